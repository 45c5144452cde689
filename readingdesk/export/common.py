"""Shared pieces of the exports: provenance of a sentence or excerpt, HTML page frame."""

from __future__ import annotations

import html
from datetime import UTC, datetime

from readingdesk.analysis.model import Analysis
from readingdesk.corpus.model import Article, Sentence


def stamp() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def provenance(article: Article) -> dict[str, str | None]:
    return {
        "source": article.source,
        "date": article.date,
        "title": article.title,
        "url": article.url,
        "file": article.path,
        "article": article.id,
    }


def citation(article: Article, start: int, end: int) -> str:
    parts = [article.source, article.date or "undated", f"“{article.title}”"]
    if article.url:
        parts.append(article.url)
    if article.path:
        parts.append(article.path)
    parts.append(f"characters {start}–{end}")
    return ", ".join(parts)


def file_span(article: Article, sentence: Sentence) -> str:
    """A sentence's file (or article id) and character span."""
    return f"{article.path or article.id}, characters {sentence.start}–{sentence.end}"


def location(article: Article, sentence: Sentence) -> str:
    """Where a sentence stands: its web address where known, its file (or article id) and
    character span."""
    where = file_span(article, sentence)
    return f"{article.url}, {where}" if article.url else where


def counterparts(analysis: Analysis, sentence: Sentence) -> list[tuple[Article, Sentence, float]]:
    """The sentences of other sources that report the same fact, best first."""
    found = []
    for link in sorted(analysis.links_of(sentence.id), key=lambda ln: -ln.score):
        other = analysis.sentence(link.other(sentence.id))
        found.append((analysis.corpus.article(other.article_id), other, link.score))
    return found


def blockquote(text: str) -> str:
    return "> " + " ".join(text.split())


HTML_STYLE = """
body { font: 16px/1.55 Georgia, serif; max-width: 46em; margin: 2em auto; padding: 0 1em; color: #1e2126; }
h1, h2, h3 { font-family: system-ui, sans-serif; }
blockquote { margin: 1em 0; padding: .5em 1em; border-left: 4px solid #0072b2; background: #f1efea; }
mark { background: #fbe6bf; padding: 0 .1em; }
.cite, .meta { font: 13px/1.4 system-ui, sans-serif; color: #55556a; }
.note { font-style: italic; }
ul.counterparts li { margin: .3em 0; }
.missing { color: #a33f00; }
.orphaned { color: #c0392b; font-weight: bold; }
"""


def html_page(title: str, body: list[str]) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n<style>{HTML_STYLE}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )
