"""The plain-text summary printed by ``readingdesk analyze --format text``."""

from __future__ import annotations

from collections import Counter

from readingdesk.analysis.model import Analysis
from readingdesk.corpus.model import Article
from readingdesk.counts import counted


def _article_summary(analysis: Analysis, article: Article) -> list[str]:
    kinds = Counter(s.kind for s in article.sentences)
    unique = sum(1 for s in article.sentences if analysis.is_unique(s))
    grouped = sum(1 for s in article.sentences if analysis.group_of(s.id))
    lines = [
        f"== {article.source} — {article.title}",
        f"   id {article.id} · date {article.date or 'unknown'}"
        + (f" · by {article.byline}" if article.byline else "")
        + (f" · {story}" if (story := analysis.story_label(article.id)) else "")
        + f" · {len(article.text):,} characters"
        + (f" · {article.path}" if article.path else ""),
        "   "
        + ", ".join(f"{kinds[k]} {k}" for k in ("headline", "body", "caption", "meta") if kinds[k])
        + f"; {grouped} in shared facts, {unique} only here",
    ]
    for s in article.sentences:
        text = " ".join(article.sentence_text(s).split())
        mark = analysis.group_of(s.id) or ("only here" if analysis.is_unique(s) else "")
        lines.append(f"   {s.index:>3} {s.kind:<8} {mark:<10} {text}")
    return lines


def format_summary(analysis: Analysis) -> str:
    """A readable report: each article with its sentences, then the shared facts."""
    corpus = analysis.corpus
    stories = f"{counted(analysis.story_count, 'story', 'stories')}, " if analysis.story_count > 1 else ""
    lines = [
        f"{corpus.name}: {counted(len(corpus.articles), 'article')}, {stories}"
        f"{counted(sum(len(a.sentences) for a in corpus.articles), 'sentence')}, "
        f"{counted(len(analysis.groups), 'shared fact')}, {counted(len(analysis.links), 'link')}",
        "",
    ]
    for article in corpus.articles:
        lines.extend(_article_summary(analysis, article))
        lines.append("")
    source_of = {a.id: a.source for a in corpus.articles}
    if analysis.discrepancies:
        lines.append("Conflicting figures:")
        for d in analysis.discrepancies:
            lines.append(
                f"   {d.id} {d.kind}"
                + (f", fact {d.group}" if d.group else "")
                + (f", {d.spread:.0%} apart" if d.spread else "")
            )
            for sid, figure in d.values:
                sentence = analysis.sentence(sid)
                lines.append(f"      {figure.text:<20} {source_of[sentence.article_id]} (sentence {sid})")
        lines.append("")
    if analysis.variants:
        lines.append("Names spelt differently by the sources:")
        for variant in analysis.variants:
            forms = "; ".join(
                f"{form} ({', '.join(source_of.get(a, a) for a in sources)})"
                for form, sources in variant["forms"].items()
            )
            lines.append(f"   {variant['name']}: {forms}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
