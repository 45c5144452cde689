"""Highlights that persist next to the corpus, re-anchored when articles change."""

from readingdesk.session.anchor import Anchored, anchor
from readingdesk.session.model import Highlight
from readingdesk.session.store import SessionStore, corpus_root

__all__ = ["Anchored", "Highlight", "SessionStore", "anchor", "corpus_root"]
