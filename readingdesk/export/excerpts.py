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
class _Counterpart:
    """A sentence of another source that reports the excerpt's fact, as an export shows it."""

    source: str
    score: float
    text: str
    where: str


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

    def remarks(self) -> list[tuple[str, str]]:
        """The lines under the quote, each with its kind ("cite", "orphaned", "note"): what the
        Markdown and HTML exports say alike, each in its own markup."""
        remarks = []
        if self.article is not None:
            remarks.append(("cite", f"— {citation(self.article, self.start, self.end)}"))
        if self.status != "attached":
            remarks.append(("orphaned", f"Status: {self.status} since it was marked."))
        if self.highlight.note:
            remarks.append(("note", f"Note: {self.highlight.note}"))
        return remarks

    def others(self) -> list[_Counterpart]:
        return [
            _Counterpart(other.source, score, other.sentence_text(sentence), location(other, sentence))
            for other, sentence, score in self.counterparts
        ]


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


def _summary(analysis: Analysis, excerpts: list[_Excerpt]) -> str:
    """The line under an export's title."""
    return f"{counted(len(excerpts), 'excerpt')} from {counted(len(analysis.articles), 'article')}, exported {stamp()}."


def _markdown(analysis: Analysis, excerpts: list[_Excerpt], by: str) -> str:
    lines = [f"# Excerpts — {analysis.corpus.name}", "", _summary(analysis, excerpts), ""]
    for title, members in _grouped(excerpts, by).items():
        lines += [f"## {title}", ""]
        for excerpt in members:
            lines.append(blockquote(excerpt.quote))
            # One paragraph each: consecutive lines would run together as one in Markdown.
            for kind, text in excerpt.remarks():
                lines += ["", f"*{text}*" if kind == "orphaned" else text]
            if others := excerpt.others():
                lines += ["", "Also reported by:"]
                lines += [f"- {o.source} ({o.score:.2f}): “{o.text}” [{o.where}]" for o in others]
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
        f'<p class="meta">{esc(_summary(analysis, excerpts))}</p>',
    ]
    for title, members in _grouped(excerpts, by).items():
        body.append(f"<h2>{esc(title)}</h2>")
        for excerpt in members:
            body.append(f"<blockquote><mark>{esc(excerpt.quote)}</mark></blockquote>")
            body += [f'<p class="{kind}">{esc(text)}</p>' for kind, text in excerpt.remarks()]
            if others := excerpt.others():
                body.append('<ul class="counterparts">')
                body += [
                    f"<li><strong>{esc(o.source)}</strong> ({o.score:.2f}): {esc(o.text)} "
                    f'<span class="cite">[{esc(o.where)}]</span></li>'
                    for o in others
                ]
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
