"""The comparison itself as a report: every fact with its sentences, who misses it, exclusives."""

from __future__ import annotations

import html
import json

from readingdesk.analysis.model import Analysis
from readingdesk.counts import counted
from readingdesk.export.common import blockquote, file_span, html_page, location, provenance, stamp

# What "only in one source" means: no match was found, which proves no absence.
_ONLY_IN = (
    "Sentences that no sentence of another source matches at min score {:.2f}; under each, the"
    " closest sentences of other sources, which score under it."
)


def _closest(analysis: Analysis, sentence_id: str) -> list[dict]:
    """The closest sentences of other sources to a sentence only its source has."""
    found = []
    for link in analysis.closest_to(sentence_id):
        other = analysis.sentence(link.b)
        source = analysis.corpus.article(other.article_id).source
        found.append({"sentence": other.id, "source": source, "score": link.score, "text": analysis.text_of(other)})
    return found


def _report(analysis: Analysis) -> dict:
    facts = []
    for group in analysis.groups:
        sentences = [analysis.sentence(sid) for sid in group.sentences]
        story = analysis.story_among(group.sources)
        facts.append({
            "id": group.id,
            "sentences": [
                {"sentence": s.id, "text": analysis.text_of(s), "start": s.start, "end": s.end,
                 **provenance(analysis.corpus.article(s.article_id))}
                for s in sentences
            ],
            "missing": [a.source for a in analysis.articles_on(story) if a.id not in group.sources],
        })  # fmt: skip
    only = {
        a.source: [
            {
                "sentence": s.id,
                "text": a.sentence_text(s),
                "start": s.start,
                "end": s.end,
                "closest": _closest(analysis, s.id),
            }
            for s in a.sentences
            if analysis.is_unique(s)
        ]
        for a in analysis.articles
    }
    return {"version": 1, "corpus": analysis.corpus.name, "exported": stamp(), "facts": facts, "only_in": only,
            "discrepancies": [d.to_dict() for d in analysis.discrepancies]}  # fmt: skip


def export_facts(analysis: Analysis, fmt: str) -> str:
    """Every fact group across sources, the sources that miss it, and each source's exclusives."""
    report = _report(analysis)
    if fmt == "json":
        return json.dumps(report, ensure_ascii=False, indent=1) + "\n"
    if fmt == "md":
        lines = [
            f"# Comparison — {analysis.corpus.name}",
            "",
            f"{counted(len(report['facts']), 'fact')} reported by more than one source, exported {report['exported']}.",
            "",
        ]
        for fact in report["facts"]:
            lines += [f"## Fact {fact['id']}", ""]
            for s in fact["sentences"]:
                sentence = analysis.sentence(s["sentence"])
                where = location(analysis.corpus.article(sentence.article_id), sentence)
                lines += [blockquote(s["text"]), "", f"— {s['source']}, {where}", ""]
            if fact["missing"]:
                lines += [f"Not reported by: {', '.join(fact['missing'])}", ""]
        lines += ["## Only in one source", "", _ONLY_IN.format(analysis.min_score), ""]
        for source, sentences in report["only_in"].items():
            lines += [f"### {source} ({len(sentences)})", ""]
            for s in sentences:
                lines.append(f"- {s['text']} (characters {s['start']}–{s['end']})")
                lines += [f"  - closest: {c['source']} {c['score']:.2f}: {c['text']}" for c in s["closest"]]
            lines.append("")
        return "\n".join(lines).rstrip() + "\n"
    if fmt == "html":
        esc = html.escape
        body = [f"<h1>Comparison — {esc(analysis.corpus.name)}</h1>"]
        for fact in report["facts"]:
            body.append(f"<h2>Fact {esc(fact['id'])}</h2>")
            for s in fact["sentences"]:
                sentence = analysis.sentence(s["sentence"])
                where = file_span(analysis.corpus.article(sentence.article_id), sentence)
                body.append(
                    f"<blockquote>{esc(s['text'])}</blockquote>"
                    f'<p class="cite">— {_cited_source(s["source"], s["url"])}, {esc(where)}</p>'
                )
            if fact["missing"]:
                body.append(f'<p class="missing">Not reported by: {esc(", ".join(fact["missing"]))}</p>')
        body.append(f"<h2>Only in one source</h2><p>{esc(_ONLY_IN.format(analysis.min_score))}</p>")
        for source, sentences in report["only_in"].items():
            body.append(f"<h3>{esc(source)} ({len(sentences)})</h3><ul>")
            for s in sentences:
                closest = "".join(
                    f"<li>closest: {esc(c['source'])} {c['score']:.2f}: {esc(c['text'])}</li>" for c in s["closest"]
                )
                nested = f'<ul class="closest">{closest}</ul>' if closest else ""
                body.append(f"<li>{esc(s['text'])}{nested}</li>")
            body.append("</ul>")
        return html_page(f"Comparison — {analysis.corpus.name}", body)
    raise ValueError(f"unknown export format {fmt!r}")


def _cited_source(source: str, url: str | None) -> str:
    """The source's name for an HTML citation, a link to the page it was saved from where known."""
    if url and url.lower().startswith(("https://", "http://")):
        return f'<a href="{html.escape(url)}">{html.escape(source)}</a>'
    return html.escape(source)
