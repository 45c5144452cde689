"""One article, sentence by sentence: a line-API scroll view that renders only visible rows.

The article is wrapped into rows once per width (see :mod:`readingdesk.ui.layout`);
each row is turned into a :class:`Strip` only when it scrolls into view, and
cached until the selection, the marks or the width change. Styles come from
component classes, so themes restyle tints, the cursor, mentions and matches.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from readingdesk.corpus.model import Article
from readingdesk.ui.guard import Guarded
from readingdesk.ui.layout import Row, layout_article
from readingdesk.ui.marks import TINTS, SentenceMarks, tint_of
from readingdesk.ui.words import next_word_start, previous_word_end, word_end, word_start

GUTTER = 4
# The gutter's marks of a sentence that only its source has: none close elsewhere, or some.
ONLY_HERE_MARK = "  ◇"
NEAR_ELSEWHERE_MARK = " ◇?"


def fact_label(fact: int) -> str:
    """The gutter's mark of a sentence of fact ``fact``: its number."""
    return f"{fact:>3}"


def conflict_label(fact: int | None) -> str:
    """The gutter's mark of a sentence that gives a conflicting figure, with its fact number."""
    return f"≠{fact:>2}" if fact is not None and fact < 100 else " ≠ "


class ArticlePane(Guarded, ScrollView, can_focus=True):
    """The text of one article with its sentence cursor."""

    COMPONENT_CLASSES = {
        "article-pane--cursor",
        "article-pane--cursor-unfocused",
        "article-pane--meta",
        "article-pane--headline",
        "article-pane--only-here",
        "article-pane--only-here-mark",
        "article-pane--only-here-near-mark",
        "article-pane--mention",
        "article-pane--match",
        "article-pane--conflict",
        "article-pane--highlight",
        "article-pane--span",
        "article-pane--conflict-mark",
        *(f"article-pane--tint-{i}" for i in range(TINTS)),
        *(f"article-pane--mark-{i}" for i in range(TINTS)),
    }

    # The arrows need no place in the footer; the desk's own keys (f, o, d, m...) take it.
    BINDINGS = [
        Binding("down,j", "move(1)", "Next sentence", show=False, id="pane.next_sentence",
                tooltip="Select the next sentence"),
        Binding("up,k", "move(-1)", "Prev sentence", show=False, id="pane.previous_sentence",
                tooltip="Select the previous sentence"),
        Binding("right_square_bracket", "paragraph(1)", "Next paragraph", show=False, id="pane.next_paragraph",
                tooltip="Jump to the first sentence of the next paragraph"),
        Binding("left_square_bracket", "paragraph(-1)", "Prev paragraph", show=False,
                id="pane.previous_paragraph", tooltip="Jump to the previous paragraph"),
        Binding("pagedown,space", "page(1)", "Page down", show=False, id="pane.page_down",
                tooltip="Move a screenful down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="pane.page_up", tooltip="Move a screenful up"),
        Binding("home,g", "edge(0)", "Top", show=False, id="pane.top", tooltip="First sentence"),
        Binding("end,G", "edge(1)", "Bottom", show=False, id="pane.bottom", tooltip="Last sentence"),
        Binding("f", "fact(1)", "Next fact", id="pane.next_fact",
                tooltip="Next sentence that other sources also report"),
        Binding("F", "fact(-1)", "Prev fact", show=False, id="pane.previous_fact",
                tooltip="Previous sentence that other sources also report"),
        Binding("o", "only_here(1)", "Only here", id="pane.next_only_here",
                tooltip="Next sentence no other source reports"),
        Binding("O", "only_here(-1)", "Prev only here", show=False, id="pane.previous_only_here",
                tooltip="Previous sentence no other source reports"),
        Binding("shift+right", "span(1)", "Extend excerpt", show=False, id="pane.extend_span",
                tooltip="Select part of the sentence: extend the excerpt by a word (then m marks it)"),
        Binding("shift+left", "span(-1)", "Shrink excerpt", show=False, id="pane.shrink_span",
                tooltip="Shrink the excerpt by a word"),
        Binding("shift+down", "span_start(1)", "Excerpt start later", show=False, id="pane.span_start_later",
                tooltip="Move the excerpt's start a word later"),
        Binding("shift+up", "span_start(-1)", "Excerpt start earlier", show=False, id="pane.span_start_earlier",
                tooltip="Move the excerpt's start a word earlier"),
    ]  # fmt: skip

    cursor: reactive[int] = reactive(0, init=False)

    @dataclass
    class SentenceSelected(Message):
        """The reader (or the desk, ``by_reader=False``) selected a sentence in a pane."""

        pane: ArticlePane
        article_id: str
        index: int
        by_reader: bool

        @property
        def control(self) -> ArticlePane:
            return self.pane

    def __init__(self, article: Article, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article = article
        self.marks = SentenceMarks.empty(article)
        self.highlighted: frozenset[int] = frozenset()
        self.matches: frozenset[int] = frozenset()
        self.marked: frozenset[int] = frozenset()
        # Part of the selected sentence chosen with shift+arrows: (start, end) offsets.
        self.span: tuple[int, int] | None = None
        # Where a mouse drag that chooses the excerpt began (an offset), while it lasts.
        self._drag_from: int | None = None
        self._rows: list[Row] = []
        self._first_row: list[int] = []
        self._layout_width = -1
        self._strips: dict[int, Strip] = {}
        self._component_styles: dict[str, Style] = {}
        self._starts = [s.start for s in article.sentences]
        self._quiet = False

    # ----- state pushed in by the desk -------------------------------------------------------

    def show_article(self, article: Article, marks: SentenceMarks, cursor: int = 0) -> None:
        """Show another article in this pane."""
        self.article = article
        self.marks = marks
        self._starts = [s.start for s in article.sentences]
        self._layout_width = -1
        self._relayout()
        self.select(cursor, by_reader=False)

    def set_marks(self, marks: SentenceMarks) -> None:
        self.marks = marks
        self._invalidate()

    def set_highlighted(self, offsets: frozenset[int]) -> None:
        """Offsets of characters to show as an entity's mentions."""
        self.highlighted = offsets
        self._invalidate()

    def set_marked(self, offsets: frozenset[int]) -> None:
        """Offsets of characters the reader has highlighted."""
        self.marked = offsets
        self._invalidate()

    def set_matches(self, offsets: frozenset[int]) -> None:
        """Offsets of characters to show as search matches."""
        self.matches = offsets
        self._invalidate()

    def select(self, index: int, *, by_reader: bool) -> None:
        """Move the cursor to sentence ``index`` and bring it into view."""
        if not self.article.sentences:
            return
        index = max(0, min(index, len(self.article.sentences) - 1))
        self._quiet = not by_reader
        if self.cursor == index:
            self.post_message(self.SentenceSelected(self, self.article.id, index, by_reader))
            self._scroll_to_cursor()
        else:
            self.cursor = index
        self._quiet = False

    @property
    def sentence(self):
        return self.article.sentences[self.cursor] if self.article.sentences else None

    # ----- layout and rendering ----------------------------------------------------------------

    def _text_width(self) -> int:
        return max(8, self.scrollable_content_region.width - GUTTER)

    def _relayout(self) -> None:
        width = self._text_width()
        if width == self._layout_width:
            return
        self._layout_width = width
        self._rows, self._first_row = layout_article(self.article, width)
        self.virtual_size = Size(width + GUTTER, len(self._rows))
        self._invalidate()

    def _invalidate(self) -> None:
        self._strips.clear()
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        self._relayout()
        self._scroll_to_cursor(animate=False)

    def on_mount(self) -> None:
        self._relayout()
        # Start on the first sentence a reader reads, not on a date line or slug.
        first = next((s.index for s in self.article.sentences if s.kind != "meta"), 0)
        if first:
            self.select(first, by_reader=False)

    def watch_cursor(self, previous: int, index: int) -> None:
        if self.span is not None:
            self.span = None
            self._strips.clear()
        # Only the rows of the two sentences change: re-render just those.
        for sentence_index in (previous, index):
            rows = self._rows_of(sentence_index)
            for row in rows:
                self._strips.pop(row, None)
            if rows:
                self.refresh_lines(rows.start - self.scroll_offset.y, len(rows))
        self._scroll_to_cursor()
        self.post_message(self.SentenceSelected(self, self.article.id, index, not self._quiet))

    def _rows_of(self, sentence_index: int) -> range:
        if not (0 <= sentence_index < len(self._first_row)):
            return range(0)
        top = self._first_row[sentence_index]
        following = self._first_row[sentence_index + 1 :]
        # The next sentence may start on this sentence's last row.
        bottom = following[0] if following else len(self._rows) - 1
        return range(top, bottom + 1)

    def _scroll_to_cursor(self, animate: bool = False) -> None:
        if not self._first_row or self.cursor >= len(self._first_row):
            return
        top = self._first_row[self.cursor]
        last = self._first_row[self.cursor + 1] - 1 if self.cursor + 1 < len(self._first_row) else len(self._rows) - 1
        height = max(1, self.scrollable_content_region.height)
        if top < self.scroll_offset.y or last >= self.scroll_offset.y + height:
            self.scroll_to(y=max(0, top - height // 3), animate=animate, immediate=True)

    def _sentence_at(self, offset: int) -> int:
        # The pane keeps the starts itself: this runs for every cell it renders.
        return max(0, bisect_right(self._starts, offset) - 1)

    def _style(self, name: str) -> Style:
        style = self._component_styles.get(name)
        if style is None:
            style = self.get_component_rich_style(f"article-pane--{name}", partial=False)
            self._component_styles[name] = style
        return style

    def notify_style_update(self) -> None:
        """A theme or stylesheet change: component styles and rendered rows are stale."""
        super().notify_style_update()
        self._component_styles.clear()
        self._strips.clear()

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        strip = self._strips.get(index)
        if strip is None:
            strip = self._render_row(index, width)
            self._strips[index] = strip
        return strip.crop(scroll_x, scroll_x + width)

    def _render_row(self, index: int, width: int) -> Strip:
        base = self.rich_style
        if index >= len(self._rows) or not self._rows[index].cells:
            return Strip.blank(width, base)
        row = self._rows[index]
        segments = self._gutter(row, base)
        focused = self.has_focus
        run_text: list[str] = []
        run_style: Style | None = None
        styles: dict[tuple[int, bool, bool, bool, bool, bool], Style] = {}
        for cell in row.cells:
            key = (
                self._sentence_at(cell.offset),
                cell.offset in self.highlighted,
                cell.offset in self.matches,
                cell.offset in self.marks.conflicts,
                cell.offset in self.marked,
                self.span is not None and self.span[0] <= cell.offset < self.span[1],
            )
            style = styles.get(key)
            if style is None:
                style = styles[key] = base + self._cell_style(key, focused)
            if style != run_style and run_text:
                segments.append(Segment("".join(run_text), run_style))
                run_text = []
            run_style = style
            run_text.append(cell.char)
        if run_text:
            segments.append(Segment("".join(run_text), run_style))
        used = GUTTER + sum(cell_len(c.char) for c in row.cells)
        if used < width:
            segments.append(Segment(" " * (width - used), base))
        return Strip(segments, max(width, used))

    def _cell_style(self, key: tuple[int, bool, bool, bool, bool, bool], focused: bool) -> Style:
        sentence_index, highlighted, matched, conflict, marked, in_span = key
        sentence = self.article.sentences[sentence_index]
        style = Style()
        fact = self.marks.fact[sentence_index]
        if sentence.kind == "meta":
            style += self._style("meta")
        else:
            if sentence.kind == "headline":
                style += self._style("headline")
            if fact is not None:
                style += self._style(f"tint-{tint_of(fact)}")
            elif self.marks.only_here[sentence_index]:
                style += self._style("only-here")
        if sentence_index == self.cursor:
            style += self._style("cursor" if focused else "cursor-unfocused")
        if marked:
            style += self._style("highlight")
        if in_span:
            style += self._style("span")
        if conflict:
            style += self._style("conflict")
        if highlighted:
            style += self._style("mention")
        if matched:
            style += self._style("match")
        return style

    def _gutter(self, row: Row, base: Style) -> list[Segment]:
        """The row's gutter: the mark of the sentence that starts on it (its fact number, ``≠``
        where it gives a conflicting figure, ``◇`` where only this source has it; of several, the
        most telling), then a bar in the tint of the fact its first cell belongs to, which may be
        an earlier sentence's."""
        continued = self._sentence_at(row.cells[0].offset)
        found = self.marks.most_telling(row.starts)
        label = Segment("   ", base)
        if found is not None:
            starting, mark = found
            fact = self.marks.fact[starting]
            if mark == "conflict":
                # A figure here conflicts with another source's: the sign says so before any colour does.
                label = Segment(conflict_label(fact), base + self._style("conflict-mark"))
            elif mark == "fact" and fact is not None:
                label = Segment(fact_label(fact), base + self._style(f"mark-{tint_of(fact)}"))
            elif mark == "near-elsewhere":
                # Only here as far as the desk found, but other sources have close sentences.
                label = Segment(NEAR_ELSEWHERE_MARK, base + self._style("only-here-near-mark"))
            else:
                label = Segment(ONLY_HERE_MARK, base + self._style("only-here-mark"))
        fact = self.marks.fact[continued]
        if fact is None:
            return [label, Segment(" ", base)]
        conflict = found == (continued, "conflict")
        return [label, Segment("▌", base + self._style("conflict-mark" if conflict else f"mark-{tint_of(fact)}"))]

    def on_focus(self) -> None:
        self._invalidate()
        self.post_message(self.SentenceSelected(self, self.article.id, self.cursor, True))

    def on_blur(self) -> None:
        self._invalidate()

    # ----- reader's actions --------------------------------------------------------------------

    def _offset_at(self, x: int, y: int) -> int | None:
        """The text offset under a point of the pane, or None where there is no text."""
        row_index = y + self.scroll_offset.y
        if not (0 <= row_index < len(self._rows)) or not self._rows[row_index].cells:
            return None
        x += self.scroll_offset.x - GUTTER
        offset = self._rows[row_index].cells[0].offset
        for cell in self._rows[row_index].cells:
            x -= cell_len(cell.char)
            offset = cell.offset
            if x < 0:
                break
        return offset

    def on_mouse_down(self, event: events.MouseDown) -> None:
        """A press selects the sentence under it, and starts choosing an excerpt of it."""
        offset = self._offset_at(event.x, event.y)
        if offset is None:
            return
        self.focus()
        self.select(self._sentence_at(offset), by_reader=True)
        self._drag_from = offset
        self.capture_mouse()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        """Dragging chooses whole words of the selected sentence, as shift+arrows do."""
        if self._drag_from is None:
            return  # a move without a press: nothing to do on this frequent event
        sentence = self.sentence
        offset = self._offset_at(event.x, event.y)
        if sentence is None or offset is None or (offset == self._drag_from and self.span is None):
            return
        low, high = sorted((self._drag_from, offset))
        low, high = max(low, sentence.start), min(high, sentence.end - 1)
        if low > high:
            return
        text = self.article.text
        span = (word_start(text, sentence.start, low), word_end(text, high, sentence.end))
        if span != self.span:
            self.span = span
            self._invalidate()

    def on_mouse_up(self, event: events.MouseUp) -> None:
        if self._drag_from is not None:
            self._drag_from = None
            self.release_mouse()

    def action_move(self, step: int) -> None:
        self.select(self.cursor + step, by_reader=True)

    def action_paragraph(self, step: int) -> None:
        sentences = self.article.sentences
        if not sentences:
            return
        current = sentences[self.cursor].paragraph
        indices = range(self.cursor + 1, len(sentences)) if step > 0 else range(self.cursor - 1, -1, -1)
        for i in indices:
            if sentences[i].paragraph != current and (
                step > 0 or i == 0 or sentences[i - 1].paragraph != sentences[i].paragraph
            ):
                self.select(i, by_reader=True)
                return

    def action_page(self, step: int) -> None:
        height = max(1, self.scrollable_content_region.height)
        target_row = self._first_row[self.cursor] + step * height if self._first_row else 0
        target = bisect_right(self._first_row, max(0, target_row)) - 1
        self.select(max(0, target), by_reader=True)

    def action_edge(self, end: int) -> None:
        self.select(len(self.article.sentences) - 1 if end else 0, by_reader=True)

    def _seek(self, step: int, wanted) -> None:
        n = len(self.article.sentences)
        i = self.cursor + step
        while 0 <= i < n:
            if wanted(i):
                self.select(i, by_reader=True)
                return
            i += step
        self.app.bell()

    def action_fact(self, step: int) -> None:
        current = self.marks.fact[self.cursor] if self.article.sentences else None
        self._seek(step, lambda i: self.marks.fact[i] is not None and self.marks.fact[i] != current)

    def action_only_here(self, step: int) -> None:
        self._seek(step, lambda i: self.marks.only_here[i])

    def action_span(self, step: int) -> None:
        """Grow or shrink the excerpt inside the selected sentence by one word."""
        sentence = self.sentence
        if sentence is None:
            return
        text = self.article.text
        start = sentence.start
        end = self.span[1] if self.span else start
        end = word_end(text, end + 1, sentence.end) if step > 0 else previous_word_end(text, start, end)
        self.span = (start if not self.span else self.span[0], end) if end > start else None
        if self.span and self.span[1] <= self.span[0]:
            self.span = None
        self._invalidate()

    def action_span_start(self, step: int) -> None:
        """Move the excerpt's start by one word, inside the selected sentence."""
        sentence = self.sentence
        if sentence is None:
            return
        text = self.article.text
        start, end = self.span or (sentence.start, sentence.end)
        start = next_word_start(text, start, end) if step > 0 else word_start(text, sentence.start, start - 1)
        self.span = (start, end) if start < end else None
        self._invalidate()
