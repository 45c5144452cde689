"""The coverage map: facts as rows, sources as columns, the whole comparison at a glance."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from readingdesk.analysis.coverage import SORTS, CoverageRow, build_rows, filter_rows, sort_rows, totals
from readingdesk.analysis.model import Analysis
from readingdesk.ui.guard import Guarded
from readingdesk.ui.layout import display_text

MARKS = {"reported": ("●", "bold"), "missing": ("○", "dim"), "conflict": ("≠", "bold red")}
BAR = "▁▂▃▄▅▆▇█"


def bar(share: float, width: int = 6) -> str:
    filled = share * width
    whole = int(filled)
    rest = BAR[int((filled - whole) * (len(BAR) - 1))] if whole < width else ""
    return ("█" * whole + rest).ljust(width, " ")


class CoverageScreen(Guarded, Screen[tuple[str, tuple[str, ...]] | None]):
    """Returns ("fact", its sentence ids) or ("cell", that source's sentence ids) for the desk, or None."""

    AUTO_FOCUS = "DataTable"
    BINDINGS = [
        Binding("escape,q,v", "close", "Back to desk", id="map.close"),
        Binding("o", "next_sort", "Order", id="map.sort",
                tooltip="Order rows: by coverage, exclusives first, a source's reading order, conflicts first"),
        Binding("c", "next_source", "Source filter", id="map.source_filter",
                tooltip="Show only the rows one source reports (cycles through the sources)"),
        Binding("e", "next_entity", "Name filter", id="map.entity_filter",
                tooltip="Show only the rows that mention a name (cycles through the most named)"),
        Binding("enter", "open", "Show in desk", id="map.open",
                tooltip="On the label: the fact in every pane; on a cell: that source's sentence"),
    ]  # fmt: skip

    def __init__(self, analysis: Analysis, source_of: dict[str, str]) -> None:
        super().__init__()
        self.analysis = analysis
        self.source_of = source_of
        self.rows = build_rows(analysis)
        self.shown: list[CoverageRow] = []
        self.sort = "coverage"
        self.sort_source_index = 0
        self.source_filter: str | None = None
        self.entity_filter: str | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="map-body"):
            yield Static(id="map-status")
            table: DataTable = DataTable(id="map-table", cursor_type="cell", zebra_stripes=True, header_height=3)
            table.fixed_columns = 1
            yield table
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        # The labels stay pinned; on a narrow terminal they leave room for two sources.
        label_width = max(24, min(48, self.app.size.width - 2 * 16 - 10))
        table.add_column(Text("Fact", style="bold"), key="label", width=label_width)
        for source_totals in totals(self.analysis, self.rows):
            header = Text(display_text(self.source_of[source_totals.article_id])[:14], style="bold")
            header.append(f"\n{source_totals.facts} facts, {source_totals.exclusives} only")
            header.append(f"\n{bar(source_totals.share)} {source_totals.share:.0%}")
            table.add_column(header, key=source_totals.article_id, width=16)
        table.add_column(Text("Sources", style="bold"), key="count", width=7)
        self.refill()

    def refill(self) -> None:
        articles = [a.id for a in self.analysis.articles]
        sort_source = articles[self.sort_source_index % len(articles)]
        rows = filter_rows(self.analysis, self.rows, source=self.source_filter, entity=self.entity_filter)
        self.shown = sort_rows(self.analysis, rows, self.sort, sort_source)
        table = self.query_one(DataTable)
        table.clear()
        for row in self.shown:
            label = Text(display_text(row.gist), no_wrap=True, overflow="ellipsis")
            if row.kind == "only":
                label.stylize("italic")
            cells = [Text(MARKS[row.cells[a]][0], style=MARKS[row.cells[a]][1], justify="center") for a in articles]
            table.add_row(label, *cells, Text(str(row.sources), justify="right"), key=row.id)
        order = self.sort + (f" ({self.source_of[sort_source]})" if self.sort == "source" else "")
        filters = []
        if self.source_filter:
            filters.append(f"reported by {self.source_of[self.source_filter]}")
        if self.entity_filter:
            entity = next(e for e in self.analysis.entities if e.id == self.entity_filter)
            filters.append(f"naming {entity.name}")
        status = Text(f"{len(self.shown)} rows · order: {order}")
        if filters:
            status.append(" · " + ", ".join(display_text(f) for f in filters))
        status.append("   ● reports  ○ misses  ≠ conflicting figure", style="dim")
        self.query_one("#map-status", Static).update(status)

    def action_next_sort(self) -> None:
        if self.sort == "source" and self.sort_source_index + 1 < len(self.analysis.articles):
            self.sort_source_index += 1
        else:
            self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
            self.sort_source_index = 0
        self.refill()

    def action_next_source(self) -> None:
        ids = [None, *(a.id for a in self.analysis.articles)]
        self.source_filter = ids[(ids.index(self.source_filter) + 1) % len(ids)]
        self.refill()

    def action_next_entity(self) -> None:
        ids = [None, *(e.id for e in self.analysis.entities[:20])]
        current = self.entity_filter if self.entity_filter in ids else None
        self.entity_filter = ids[(ids.index(current) + 1) % len(ids)]
        self.refill()

    def action_open(self) -> None:
        table = self.query_one(DataTable)
        if not self.shown:
            return
        row = self.shown[table.cursor_coordinate.row]
        column = table.cursor_coordinate.column
        articles = [a.id for a in self.analysis.articles]
        if 1 <= column <= len(articles) and row.sentences.get(articles[column - 1]):
            self.dismiss(("cell", row.sentences[articles[column - 1]]))
        else:
            self.dismiss(("fact", tuple(s for v in row.sentences.values() for s in v)))

    def on_data_table_cell_selected(self, event: DataTable.CellSelected) -> None:
        event.stop()
        self.action_open()

    def action_close(self) -> None:
        self.dismiss(None)
