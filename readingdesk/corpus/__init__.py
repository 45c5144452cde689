"""Corpus layer: files, decoding, metadata and sentences with exact offsets."""

from readingdesk.corpus.loader import corpus_from_texts, load_corpus
from readingdesk.corpus.model import Article, Corpus, LoadProblem, Sentence, SentenceKind

__all__ = [
    "Article",
    "Corpus",
    "LoadProblem",
    "Sentence",
    "SentenceKind",
    "corpus_from_texts",
    "load_corpus",
]
