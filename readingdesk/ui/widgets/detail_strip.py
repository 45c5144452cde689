"""The strip under the panes: the selected sentence's counterparts in every other source.

Compact, the strip gives each counterpart one line, cut to the strip's width,
so that a fact told by many sources still fits in a few rows; expanded, it is
taller and shows every sentence in full.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from readingdesk.analysis.discrepancies import Discrepancy
from readingdesk.analysis.model import Analysis, Link
from readingdesk.corpus.model import Sentence, article_of
from readingdesk.ui.layout import display_text, one_line

# At most this many shared terms follow a counterpart.
SHARED_SHOWN = 6
# Compact, the source, score and shared terms of a counterpart take at most this share of
# the strip's width, the rest being for the sentence; the most telling shared term stays as
# long as the sentence keeps MIN_SENTENCE cells. Widths are terminal cells: a wide (CJK)
# character takes two.
LABEL_SHARE = 0.5
MIN_SENTENCE = 24


def _source(link: Link, sentence: Sentence, source_of: dict[str, str]) -> str:
    """The source of the sentence that ``link`` joins to ``sentence``."""
    article_id = article_of(link.other(sentence.id))
    return source_of.get(article_id, article_id)


def _counterpart(
    analysis: Analysis,
    link: Link,
    sentence: Sentence,
    source_of: dict[str, str],
    width: int | None,
    column: int = 0,
) -> Text:
    """One line for a sentence of another source that ``link`` joins to ``sentence``; with a
    ``width``, cut to it, with as many shared terms as leave the sentence its share. The
    source is padded to ``column`` cells, so that the scores of several lines align."""
    other = analysis.sentence(link.other(sentence.id))
    source = _source(link, sentence, source_of)
    source += " " * (column - cell_len(source)) + " "
    score = f"{link.score:.2f} "

    def label(terms: list[str]) -> str:
        return "  shared: " + ", ".join(terms) if terms else ""

    terms = [display_text(t) for t in link.shared[:SHARED_SHOWN]]
    if width is not None:
        while terms and (
            (len(terms) > 1 and cell_len(source + score + label(terms)) > width * LABEL_SHARE)
            or width - cell_len(source + score + label(terms)) < MIN_SENTENCE
        ):
            terms.pop()
    shared = label(terms)
    room = None if width is None else width - cell_len(source + score + shared)
    line = Text()
    line.append(source, style="bold")
    line.append(score, style="dim")
    line.append(one_line(analysis.text_of(other), room))
    line.append(shared, style="italic dim")
    return line


def describe(
    analysis: Analysis | None, sentence: Sentence | None, source_of: dict[str, str], width: int | None = None
) -> list[Text]:
    """Conflicting figures, counterparts with score and shared terms, and the sources that do
    not report it; for a sentence only its source has, the closest sentences of other sources.
    With a ``width``, every line is cut to it but the conflicts, which wrap: a figure is never
    hidden. Without, everything is given in full."""
    lines = _lines(analysis, sentence, source_of, width)
    if width is not None:
        for line in lines:
            if line.no_wrap is None:
                line.no_wrap = True
                line.overflow = "ellipsis"
    return lines


def _conflict(analysis: Analysis, discrepancy: Discrepancy, source_of: dict[str, str]) -> Text:
    """One conflict's figures side by side, those of one source together: "≠ distance:
    1,130 kilometers (EFE) | 1,180km, 425 miles (BBC)  42% apart". Never cut (``no_wrap`` False)."""
    by_source: dict[str, list[str]] = {}
    for sid, figure in discrepancy.values:
        article_id = analysis.sentence(sid).article_id
        by_source.setdefault(source_of.get(article_id, article_id), []).append(display_text(figure.text))
    line = Text(f"≠ {discrepancy.kind}: ", style="bold", no_wrap=False)
    for n, (source, figures) in enumerate(by_source.items()):
        line.append((" | " if n else "") + ", ".join(figures), style="bold")
        line.append(f" ({source})", style="dim")
    if discrepancy.spread:
        line.append(f"  {discrepancy.spread:.0%} apart", style="italic")
    return line


def _lines(
    analysis: Analysis | None, sentence: Sentence | None, source_of: dict[str, str], width: int | None
) -> list[Text]:
    if sentence is None:
        return [Text("No sentence selected.")]
    here = source_of.get(sentence.article_id, sentence.article_id)
    if analysis is None:
        return [Text(f"{here}: comparing the sources…", style="italic")]
    if sentence.kind == "meta":
        return [Text(f"{here}: metadata (date line, byline, photo credit, slug…): not compared.", style="dim")]
    lines: list[Text] = []
    lines.extend(
        _conflict(analysis, discrepancy, source_of)
        for discrepancy in analysis.discrepancies
        if any(sid == sentence.id for sid, _ in discrepancy.values)
    )
    links = sorted(analysis.links_of(sentence.id), key=lambda ln: -ln.score)
    closest = [] if links else analysis.closest_to(sentence.id)
    column = max((cell_len(_source(link, sentence, source_of)) for link in links + closest), default=0)
    reporting: set[str] = set()
    for link in links:
        reporting.add(article_of(link.other(sentence.id)))
        lines.append(_counterpart(analysis, link, sentence, source_of, width, column))
    story = analysis.stories.get(sentence.article_id)
    others = [a.id for a in analysis.articles_on(story) if a.id != sentence.article_id]
    missing = [source_of.get(a, a) for a in others if a not in reporting]
    if not others:
        lines.append(Text("Only one article: nothing to compare.", style="italic"))
    elif not links:
        lines.append(Text(f"Only in {here}: no other source matches it", style="bold"))
        lines[-1].append(f" at min score {analysis.min_score:.2f}.", style="dim")
        if closest:
            lines.append(Text("Closest elsewhere, under the min score:", style="italic"))
            lines.extend(_counterpart(analysis, link, sentence, source_of, width, column) for link in closest)
    elif missing:
        lines.append(Text("Not reported by: " + ", ".join(missing), style="dim"))
    return lines


class DetailStrip(ScrollView, can_focus=False):
    """What the other sources say about the selected sentence.

    The lines are drawn through the line API: filling the strip on a key press
    repaints it alone, without relaying out the screen (which costs every pane a repaint).
    """

    # Taller, with every sentence in full (else one line per counterpart).
    expanded: reactive[bool] = reactive(False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        # What is shown: plain text of the lines as cut to the strip's width.
        self.plain = ""
        self._shown: tuple[Analysis | None, Sentence | None, dict[str, str]] = (None, None, {})
        self._strips: list[Strip] = []

    def show(self, analysis: Analysis | None, sentence: Sentence | None, source_of: dict[str, str]) -> None:
        self._shown = (analysis, sentence, source_of)
        self._refresh_lines()
        self.scroll_home(animate=False)

    def watch_expanded(self, expanded: bool) -> None:
        self.set_class(expanded, "-expanded")
        self._refresh_lines()
        self.scroll_home(animate=False)

    def on_resize(self) -> None:
        self._refresh_lines()

    def _refresh_lines(self) -> None:
        room = self.content_region
        width = max(1, room.width)
        strips = self._fill(width)
        if len(strips) > room.height:
            # Lines that overflow the strip need its scrollbar: they are laid out beside it.
            width = max(1, width - self.styles.scrollbar_size_vertical)
            strips = self._fill(width)
        self._strips = strips
        size = Size(width, len(strips))
        if size != self.virtual_size:
            # Set plainly, the virtual size would relayout the whole screen, when only the
            # strip's scrollbar depends on it (Textual's OptionList does the same).
            self.set_reactive(DetailStrip.virtual_size, size)
            self._scroll_update(size)
        self.refresh()

    def _fill(self, width: int) -> list[Strip]:
        """The rows of the strip at ``width`` cells (tall, a long line wraps onto several)."""
        lines = describe(*self._shown, width=None if self.expanded else width)
        self.plain = "\n".join(line.plain for line in lines)
        console = self.app.console
        options = console.options.update_width(width)
        return [Strip(row) for line in lines for row in console.render_lines(line, options, pad=False)]

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        style = self.rich_style
        if index >= len(self._strips):
            return Strip.blank(width, style)
        return self._strips[index].extend_cell_length(width).crop(0, width).apply_style(style)
