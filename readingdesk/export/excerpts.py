"""Exporting the reader's highlights with citations and the other sources' counterparts."""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from typing import Any

from readingdesk.analysis.model import Analysis
from readingdesk.counts import counted
from readingdesk.export.common import (
    blockquote,
    citation,
    counterparts,
    html_page,
    provenance,
    stamp,
)
from readingdesk.session.anchor import anchor
from readingdesk.session.model import Highlight

FORMATS = ("md", "json", "html")


def _entries(analysis: Analysis, highlights: Sequence[Highlight]) -> list[dict[str, Any]]:
    """Each highlight re-anchored in its article, with provenance and counterparts."""
    articles = {a.id: a for a in analysis.articles}
    entries = []
    for highlight in highlights:
        article = articles.get(highlight.article_id)
        if article is None:
            entries.append({"highlight": highlight, "article": None, "status": "orphaned", "counterparts": []})
            continue
        place = anchor(article.text, highlight)
        orphaned = place.status == "orphaned" or not article.sentences
        sentence = None if orphaned else article.sentences[article.sentence_index_at(place.start)]
        entries.append({
            "highlight": highlight,
            "article": article,
            "start": place.start,
            "end": place.end,
            "status": place.status,
            "quote": article.text[place.start : place.end] if place.status != "orphaned" else highlight.quote,
            "group": analysis.group_of(sentence.id) if sentence else None,
            "counterparts": counterparts(analysis, sentence) if sentence else [],
        })  # fmt: skip
    return entries


def _grouped(entries: list[dict[str, Any]], by: str) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    for entry in entries:
        if entry["article"] is None:
            title = "Orphaned (article no longer in the corpus)"
        elif by == "fact":
            title = f"Fact {entry['group']}" if entry["group"] else f"Only in {entry['article'].source}"
        else:
            title = f"{entry['article'].source} — {entry['article'].title}"
        grouped.setdefault(title, []).append(entry)
    return grouped


def _markdown(analysis: Analysis, entries: list[dict[str, Any]], by: str) -> str:
    lines = [
        f"# Excerpts — {analysis.corpus.name}",
        "",
        f"{counted(len(entries), 'excerpt')} from {counted(len(analysis.articles), 'article')}, exported {stamp()}.",
        "",
    ]
    for title, members in _grouped(entries, by).items():
        lines += [f"## {title}", ""]
        for entry in members:
            highlight: Highlight = entry["highlight"]
            article = entry["article"]
            lines += [blockquote(entry.get("quote", highlight.quote)), ""]
            if article is not None:
                lines.append(f"— {citation(article, entry['start'], entry['end'])}")
            if entry["status"] != "attached":
                lines.append(f"*Status: {entry['status']} since it was marked.*")
            if highlight.note:
                lines.append(f"Note: {highlight.note}")
            if entry["counterparts"]:
                lines += ["", "Also reported by:"]
                for other, sentence, score in entry["counterparts"]:
                    lines.append(
                        f"- {other.source} ({score:.2f}): “{other.sentence_text(sentence)}” "
                        f"[{other.path or other.id}, characters {sentence.start}–{sentence.end}]"
                    )
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _json(analysis: Analysis, entries: list[dict[str, Any]]) -> str:
    items = []
    for entry in entries:
        highlight: Highlight = entry["highlight"]
        article = entry["article"]
        item = highlight.to_dict() | {
            "quote": entry.get("quote", highlight.quote),
            "status": entry["status"],
            "fact": entry.get("group"),
        }
        if article is not None:
            item |= {"start": entry["start"], "end": entry["end"], **provenance(article)}
        item["counterparts"] = [
            {"sentence": s.id, "text": other.sentence_text(s), "score": round(score, 4), **provenance(other)}
            for other, s, score in entry["counterparts"]
        ]
        items.append(item)
    document = {"version": 1, "corpus": analysis.corpus.name, "exported": stamp(), "excerpts": items}
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def _html(analysis: Analysis, entries: list[dict[str, Any]], by: str) -> str:
    esc = html.escape
    body = [
        f"<h1>Excerpts — {esc(analysis.corpus.name)}</h1>",
        f'<p class="meta">{len(entries)} excerpts, exported {esc(stamp())}</p>',
    ]
    for title, members in _grouped(entries, by).items():
        body.append(f"<h2>{esc(title)}</h2>")
        for entry in members:
            highlight: Highlight = entry["highlight"]
            article = entry["article"]
            body.append(f"<blockquote><mark>{esc(entry.get('quote', highlight.quote))}</mark></blockquote>")
            if article is not None:
                body.append(f'<p class="cite">— {esc(citation(article, entry["start"], entry["end"]))}</p>')
            if entry["status"] != "attached":
                body.append(f'<p class="orphaned">Status: {esc(entry["status"])}</p>')
            if highlight.note:
                body.append(f'<p class="note">Note: {esc(highlight.note)}</p>')
            if entry["counterparts"]:
                body.append('<ul class="counterparts">')
                for other, sentence, score in entry["counterparts"]:
                    body.append(
                        f"<li><strong>{esc(other.source)}</strong> ({score:.2f}): "
                        f"{esc(other.sentence_text(sentence))}</li>"
                    )
                body.append("</ul>")
    return html_page(f"Excerpts — {analysis.corpus.name}", body)


def export_excerpts(analysis: Analysis, highlights: Sequence[Highlight], fmt: str, *, by: str = "fact") -> str:
    """The highlights as a document in ``fmt`` (md, json, html), grouped ``by`` fact or source."""
    entries = _entries(analysis, highlights)
    if fmt == "md":
        return _markdown(analysis, entries, by)
    if fmt == "json":
        return _json(analysis, entries)
    if fmt == "html":
        return _html(analysis, entries, by)
    raise ValueError(f"unknown export format {fmt!r}")
