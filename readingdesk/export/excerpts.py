"""Exporting the reader's highlights with citations and the other sources' counterparts."""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from readingdesk.analysis.model import Analysis
from readingdesk.corpus.model import Article, Sentence
from readingdesk.counts import counted
from readingdesk.export.common import (
    blockquote,
    citation,
    counterparts,
    html_page,
    location,
    provenance,
    stamp,
)
from readingdesk.session.anchor import anchor
from readingdesk.session.model import Highlight


@dataclass(frozen=True, slots=True)
class _Excerpt:
    """One highlight re-anchored in its article: where it is now, and who else reports its fact."""

    highlight: Highlight
    article: Article | None
    status: str
    quote: str
    start: int = 0
    end: int = 0
    fact: str | None = None
    counterparts: list[tuple[Article, Sentence, float]] = field(default_factory=list)


def _excerpts(analysis: Analysis, highlights: Sequence[Highlight]) -> list[_Excerpt]:
    """Each highlight re-anchored in its article, with provenance and counterparts."""
    articles = {a.id: a for a in analysis.articles}
    excerpts = []
    for highlight in highlights:
        article = articles.get(highlight.article_id)
        if article is None:
            excerpts.append(_Excerpt(highlight, None, "orphaned", highlight.quote))
            continue
        place = anchor(article.text, highlight)
        orphaned = place.status == "orphaned" or not article.sentences
        sentence = None if orphaned else article.sentences[article.sentence_index_at(place.start)]
        quote = highlight.quote if place.status == "orphaned" else article.text[place.start : place.end]
        excerpts.append(
            _Excerpt(
                highlight,
                article,
                place.status,
                quote,
                place.start,
                place.end,
                analysis.group_of(sentence.id) if sentence else None,
                counterparts(analysis, sentence) if sentence else [],
            )
        )
    return excerpts


def _grouped(excerpts: list[_Excerpt], by: str) -> dict[str, list[_Excerpt]]:
    grouped: dict[str, list[_Excerpt]] = {}
    for excerpt in excerpts:
        if excerpt.article is None:
            title = "Orphaned (article no longer in the corpus)"
        elif by == "fact":
            title = f"Fact {excerpt.fact}" if excerpt.fact else f"Only in {excerpt.article.source}"
        else:
            title = f"{excerpt.article.source} — {excerpt.article.title}"
        grouped.setdefault(title, []).append(excerpt)
    return grouped


def _markdown(analysis: Analysis, excerpts: list[_Excerpt], by: str) -> str:
    lines = [
        f"# Excerpts — {analysis.corpus.name}",
        "",
        f"{counted(len(excerpts), 'excerpt')} from {counted(len(analysis.articles), 'article')}, exported {stamp()}.",
        "",
    ]
    for title, members in _grouped(excerpts, by).items():
        lines += [f"## {title}", ""]
        for excerpt in members:
            lines += [blockquote(excerpt.quote), ""]
            if excerpt.article is not None:
                lines.append(f"— {citation(excerpt.article, excerpt.start, excerpt.end)}")
            if excerpt.status != "attached":
                lines.append(f"*Status: {excerpt.status} since it was marked.*")
            if excerpt.highlight.note:
                lines.append(f"Note: {excerpt.highlight.note}")
            if excerpt.counterparts:
                lines += ["", "Also reported by:"]
                for other, sentence, score in excerpt.counterparts:
                    lines.append(
                        f"- {other.source} ({score:.2f}): “{other.sentence_text(sentence)}” "
                        f"[{location(other, sentence)}]"
                    )
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _json(analysis: Analysis, excerpts: list[_Excerpt]) -> str:
    items = []
    for excerpt in excerpts:
        item = excerpt.highlight.to_dict() | {"quote": excerpt.quote, "status": excerpt.status, "fact": excerpt.fact}
        if excerpt.article is not None:
            item |= {"start": excerpt.start, "end": excerpt.end, **provenance(excerpt.article)}
        item["counterparts"] = [
            {"sentence": s.id, "text": other.sentence_text(s), "score": round(score, 4), **provenance(other)}
            for other, s, score in excerpt.counterparts
        ]
        items.append(item)
    document = {"version": 1, "corpus": analysis.corpus.name, "exported": stamp(), "excerpts": items}
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def _html(analysis: Analysis, excerpts: list[_Excerpt], by: str) -> str:
    esc = html.escape
    body = [
        f"<h1>Excerpts — {esc(analysis.corpus.name)}</h1>",
        f'<p class="meta">{counted(len(excerpts), "excerpt")}, exported {esc(stamp())}</p>',
    ]
    for title, members in _grouped(excerpts, by).items():
        body.append(f"<h2>{esc(title)}</h2>")
        for excerpt in members:
            body.append(f"<blockquote><mark>{esc(excerpt.quote)}</mark></blockquote>")
            if excerpt.article is not None:
                body.append(f'<p class="cite">— {esc(citation(excerpt.article, excerpt.start, excerpt.end))}</p>')
            if excerpt.status != "attached":
                body.append(f'<p class="orphaned">Status: {esc(excerpt.status)}</p>')
            if excerpt.highlight.note:
                body.append(f'<p class="note">Note: {esc(excerpt.highlight.note)}</p>')
            if excerpt.counterparts:
                body.append('<ul class="counterparts">')
                for other, sentence, score in excerpt.counterparts:
                    body.append(
                        f"<li><strong>{esc(other.source)}</strong> ({score:.2f}): "
                        f"{esc(other.sentence_text(sentence))} "
                        f'<span class="cite">[{esc(location(other, sentence))}]</span></li>'
                    )
                body.append("</ul>")
    return html_page(f"Excerpts — {analysis.corpus.name}", body)


def export_excerpts(analysis: Analysis, highlights: Sequence[Highlight], fmt: str, *, by: str = "fact") -> str:
    """The highlights as a document in ``fmt`` (md, json, html), grouped ``by`` fact or source."""
    excerpts = _excerpts(analysis, highlights)
    if fmt == "md":
        return _markdown(analysis, excerpts, by)
    if fmt == "json":
        return _json(analysis, excerpts)
    if fmt == "html":
        return _html(analysis, excerpts, by)
    raise ValueError(f"unknown export format {fmt!r}")
