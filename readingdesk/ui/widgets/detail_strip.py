"""The strip under the panes: the selected sentence's counterparts in every other source."""

from __future__ import annotations

from rich.console import Group
from rich.text import Text
from textual.widgets import Static

from readingdesk.analysis.model import Analysis, Link
from readingdesk.corpus.model import Sentence, article_of
from readingdesk.ui.layout import display_text


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(display_text(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _counterpart(analysis: Analysis, link: Link, sentence: Sentence, source_of: dict[str, str]) -> Text:
    """One line for a sentence of another source that ``link`` joins to ``sentence``."""
    other = analysis.sentence(link.other(sentence.id))
    line = Text()
    line.append(f"{source_of.get(other.article_id, other.article_id)} ", style="bold")
    line.append(f"{link.score:.2f} ", style="dim")
    line.append(_clip(analysis.text_of(other)))
    if link.shared:
        line.append("  shared: " + ", ".join(display_text(t) for t in link.shared[:6]), style="italic dim")
    return line


def describe(analysis: Analysis | None, sentence: Sentence | None, source_of: dict[str, str]) -> list[Text]:
    """Counterparts with score and shared terms, and the sources that do not report it; for a
    sentence only its source has, the closest sentences of other sources."""
    if sentence is None:
        return [Text("No sentence selected.")]
    here = source_of.get(sentence.article_id, sentence.article_id)
    if analysis is None:
        return [Text(f"{here}: comparing the sources…", style="italic")]
    if sentence.kind == "meta":
        return [Text(f"{here}: metadata (date line, byline, slug…): not compared.", style="dim")]
    lines: list[Text] = []
    for discrepancy in analysis.discrepancies:
        if any(sid == sentence.id for sid, _ in discrepancy.values):
            line = Text(f"≠ {discrepancy.kind}: ", style="bold")
            for n, (sid, figure) in enumerate(discrepancy.values):
                source = source_of.get(analysis.sentence(sid).article_id, sid)
                line.append(("  |  " if n else "") + display_text(figure.text), style="bold")
                line.append(f" ({source})", style="dim")
            if discrepancy.spread:
                line.append(f"  {discrepancy.spread:.0%} apart", style="italic")
            lines.append(line)
    links = sorted(analysis.links_of(sentence.id), key=lambda ln: -ln.score)
    reporting: set[str] = set()
    for link in links:
        reporting.add(article_of(link.other(sentence.id)))
        lines.append(_counterpart(analysis, link, sentence, source_of))
    others = [a.id for a in analysis.articles if a.id != sentence.article_id]
    missing = [source_of.get(a, a) for a in others if a not in reporting]
    if not others:
        lines.append(Text("Only one article: nothing to compare.", style="italic"))
    elif not links:
        lines.append(Text(f"Only in {here}: no sentence of another source matches it", style="bold"))
        lines[-1].append(f" at min score {analysis.min_score:.2f}.", style="dim")
        if closest := analysis.closest_to(sentence.id):
            lines.append(Text("Closest elsewhere, under the min score:", style="italic"))
            lines.extend(_counterpart(analysis, link, sentence, source_of) for link in closest)
    elif missing:
        lines.append(Text("Not reported by: " + ", ".join(missing), style="dim"))
    return lines


class DetailStrip(Static):
    """What the other sources say about the selected sentence."""

    plain: str = ""

    def show(self, analysis: Analysis | None, sentence: Sentence | None, source_of: dict[str, str]) -> None:
        lines = describe(analysis, sentence, source_of)
        self.plain = "\n".join(line.plain for line in lines)
        self.update(Group(*lines), layout=False)
