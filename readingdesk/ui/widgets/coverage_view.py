"""The coverage map's grid: a line-API view that renders only the rows and columns in sight.

Fact labels stay pinned on the left while the source columns scroll sideways,
and the three header lines (source, totals, share bar) stay on top. Changing
the order or the filters only swaps the list of rows: nothing is rendered
until it scrolls into view, so 2,000 facts by 50 sources open at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from readingdesk.analysis.coverage import SYMBOLS, CoverageRow
from readingdesk.ui.guard import Guarded

HEADER_LINES = 3
COLUMN = 16
COUNT = 8
# The fact labels take what the source columns leave, within these bounds; on a terminal too
# narrow for every column, the columns scroll sideways beside the pinned labels.
SHORTEST_LABEL = 24
LONGEST_LABEL = 64


class CoverageView(Guarded, ScrollView, can_focus=True):
    """Rows of facts by columns of sources, with a cell cursor."""

    COMPONENT_CLASSES = {
        "coverage-view--header",
        "coverage-view--label",
        "coverage-view--only",
        "coverage-view--reported",
        "coverage-view--missing",
        "coverage-view--conflict",
        "coverage-view--near",
        "coverage-view--elsewhere",
        "coverage-view--cursor",
        "coverage-view--cursor-row",
    }
    BINDINGS = [
        Binding("down,j", "move(1, 0)", "Down", show=False, id="map.down", tooltip="Next row"),
        Binding("up,k", "move(-1, 0)", "Up", show=False, id="map.up", tooltip="Previous row"),
        Binding("right,l", "move(0, 1)", "Right", show=False, id="map.right", tooltip="Next source column"),
        Binding("left,h", "move(0, -1)", "Left", show=False, id="map.left", tooltip="Previous column (the label last)"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="map.page_down", tooltip="A screenful down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="map.page_up", tooltip="A screenful up"),
        Binding("home,g", "edge(0)", "First row", show=False, id="map.first", tooltip="First row"),
        Binding("end,G", "edge(1)", "Last row", show=False, id="map.last", tooltip="Last row"),
    ]

    row: reactive[int] = reactive(0)
    column: reactive[int] = reactive(0)

    @dataclass
    class Opened(Message):
        """Enter or a click on a cell: ``column`` 0 is the fact's label, 1.. the sources."""

        row: int
        column: int

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: list[CoverageRow] = []
        self.articles: list[str] = []
        self.headers: list[list[str]] = []
        self.label_width = 40

    def show(self, rows: list[CoverageRow], articles: list[str], headers: list[list[str]]) -> None:
        self.rows, self.articles, self.headers = rows, articles, headers
        self._fit()
        self.row = min(self.row, max(0, len(rows) - 1))
        self.column = min(self.column, len(articles))
        self.refresh()

    def _fit(self) -> None:
        """Size the labels to what the source columns leave, and the grid to match."""
        columns = len(self.articles) * COLUMN + COUNT
        room = self.scrollable_content_region.width - columns
        self.label_width = max(SHORTEST_LABEL, min(LONGEST_LABEL, room))
        self.virtual_size = Size(self.label_width + columns, len(self.rows) + HEADER_LINES)

    def on_resize(self) -> None:
        self._fit()

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(f"coverage-view--{name}", partial=False)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        scroll_x, scroll_y = self.scroll_offset
        base = self.rich_style
        if y < HEADER_LINES:
            label = Segment(set_cell_size("Fact" if y == 0 else "", self.label_width), self._style("header"))
            cells = [Segment(set_cell_size(h[y] if y < len(h) else "", COLUMN), self._style("header"))
                     for h in self.headers]  # fmt: skip
            cells.append(Segment(set_cell_size("Sources" if y == 0 else "", COUNT), self._style("header")))
            return self._join(label, cells, scroll_x, width, base)
        index = y - HEADER_LINES + scroll_y
        if index >= len(self.rows):
            return Strip.blank(width, base)
        row = self.rows[index]
        here = index == self.row
        label_style = self._style("only" if row.kind == "only" else "label")
        if here:
            label_style += self._style("cursor" if self.column == 0 else "cursor-row")
        text = " " + row.gist
        if cell_len(text) > self.label_width - 1:
            text = set_cell_size(text, self.label_width - 2) + "…"
        label = Segment(set_cell_size(text, self.label_width - 1) + " ", label_style)
        cells = []
        for number, article in enumerate(self.articles, start=1):
            kind = row.cells[article]
            style = self._style(kind) + (self._style("cursor") if here and self.column == number else Style())
            pad = (COLUMN - 1) // 2
            cells.append(Segment(" " * pad + SYMBOLS[kind] + " " * (COLUMN - pad - 1), style))
        cells.append(Segment(f"{row.sources:>{COUNT - 2}}  ", self._style("label")))
        return self._join(label, cells, scroll_x, width, base)

    def _join(self, label: Segment, cells: list[Segment], scroll_x: int, width: int, base: Style) -> Strip:
        columns = Strip(cells).crop(scroll_x, scroll_x + max(0, width - self.label_width))
        strip = Strip([label, *columns])
        return strip.extend_cell_length(width, base).crop(0, width)

    # ----- the cursor ------------------------------------------------------------------------------

    def watch_row(self) -> None:
        top = self.scroll_offset.y
        height = max(1, self.scrollable_content_region.height - HEADER_LINES)
        if self.row < top:
            self.scroll_to(y=self.row, animate=False, immediate=True)
        elif self.row >= top + height:
            self.scroll_to(y=self.row - height + 1, animate=False, immediate=True)
        self.refresh()

    def watch_column(self) -> None:
        if self.column > 0:
            left = (self.column - 1) * COLUMN
            visible = max(COLUMN, self.scrollable_content_region.width - self.label_width)
            if left < self.scroll_offset.x:
                self.scroll_to(x=left, animate=False, immediate=True)
            elif left + COLUMN > self.scroll_offset.x + visible:
                self.scroll_to(x=left + COLUMN - visible, animate=False, immediate=True)
        self.refresh()

    def action_move(self, rows: int, columns: int) -> None:
        if self.rows:
            self.row = max(0, min(len(self.rows) - 1, self.row + rows))
        self.column = max(0, min(len(self.articles), self.column + columns))

    def action_page(self, step: int) -> None:
        self.action_move(step * max(1, self.scrollable_content_region.height - HEADER_LINES), 0)

    def action_edge(self, end: int) -> None:
        self.row = max(0, len(self.rows) - 1) if end else 0

    def on_click(self, event: events.Click) -> None:
        if event.y < HEADER_LINES or not self.rows:
            return
        index = event.y - HEADER_LINES + self.scroll_offset.y
        if index >= len(self.rows):
            return
        x = event.x
        column = (
            0
            if x < self.label_width
            else min(len(self.articles), (x - self.label_width + self.scroll_offset.x) // COLUMN + 1)
        )
        self.row, self.column = index, column
        self.post_message(self.Opened(index, column))


def header_cells(source: str, facts: int, only: int, share: float, bar: str) -> list[str]:
    return [source[: COLUMN - 2], f"{facts} facts {only} only"[: COLUMN - 1], f"{bar} {share:.0%}"]


__all__ = ["COLUMN", "CoverageView", "header_cells"]
