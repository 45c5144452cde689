"""Articles saved as web pages: the story's text and labels, without the page around it.

trafilatura finds the main text of a page (not its menus, asides, footers or
comments) and its metadata. The article is then written as the Markdown a
clipper would save: front matter with the labels, the headline, one paragraph
a line. That text is the article as read: every offset indexes it, and the
Markdown reader (:mod:`readingdesk.corpus.markup`) labels the pane from it.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from readingdesk.corpus.decode import DecodeError

PAGE_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
# A page's main text shorter than this many words is no article.
MIN_WORDS = 5
_PAGE_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)


def is_web_page(name: str, text: str) -> bool:
    """Whether a file is a web page: by its suffix, or by how its text opens."""
    return Path(name).suffix.lower() in PAGE_SUFFIXES or bool(_PAGE_START.match(text[:4096]))


def article_from_page(page: str) -> str:
    """The article a web page holds, as Markdown with front matter; :class:`DecodeError`
    when the page holds no article text."""
    import trafilatura  # a fifth of a second to import: only for corpora that hold pages

    try:
        found = trafilatura.bare_extraction(
            page, with_metadata=True, include_comments=False, include_tables=False, include_images=False
        )
    except Exception as exc:  # a library's parser on untrusted input: one reason, never a traceback
        raise DecodeError(f"the web page could not be read ({type(exc).__name__})") from exc
    text = (getattr(found, "text", None) or "").strip()
    if len(text.split()) < MIN_WORDS:  # the extractor falls back to any text, a menu's "Home" too
        raise DecodeError("web page with no article text found")
    fields = {
        "title": getattr(found, "title", None),
        "site": getattr(found, "sitename", None),
        "url": getattr(found, "url", None),
        "published": getattr(found, "date", None),
        "author": getattr(found, "author", None),
    }
    labels = {key: " ".join(str(value).split()) for key, value in fields.items() if value and str(value).strip()}
    parts = []
    if labels:
        front = yaml.safe_dump(labels, allow_unicode=True, sort_keys=False, width=10_000)
        parts.append(f"---\n{front}---")
    paragraphs = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    title = labels.get("title")
    if title and (not paragraphs or paragraphs[0] != title):
        parts.append(f"# {title}")
    parts.extend(paragraphs)
    return "\n\n".join(parts) + "\n"
