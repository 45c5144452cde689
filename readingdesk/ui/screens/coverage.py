"""The coverage map: facts as rows, sources as columns, the whole comparison at a glance."""

from __future__ import annotations

from dataclasses import replace

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Static

from readingdesk.analysis.coverage import SORTS, CoverageRow, build_rows, filter_rows, legend, sort_rows, totals
from readingdesk.analysis.model import Analysis
from readingdesk.counts import counted
from readingdesk.ui.guard import Guarded
from readingdesk.ui.layout import display_text
from readingdesk.ui.screens.choose_name import ChooseNameScreen
from readingdesk.ui.widgets.coverage_view import CoverageView, header_cells

BAR = "▁▂▃▄▅▆▇█"


def bar(share: float, width: int = 6) -> str:
    filled = share * width
    whole = int(filled)
    rest = BAR[int((filled - whole) * (len(BAR) - 1))] if whole < width else ""
    return ("█" * whole + rest).ljust(width, " ")


class CoverageScreen(Guarded, Screen[tuple[str, tuple[str, ...]] | None]):
    """Returns ("fact", its sentence ids) or ("cell", that source's sentence ids) for the desk, or None."""

    AUTO_FOCUS = "CoverageView"
    BINDINGS = [
        Binding("escape,q,v", "close", "Back to desk", id="map.close"),
        Binding("o", "next_sort", "Order", id="map.sort",
                tooltip="Order rows: by coverage, exclusives first, a source's reading order, conflicts first"),
        Binding("c", "next_source", "Source filter", id="map.source_filter",
                tooltip="Show only the rows one source reports (cycles through the sources)"),
        Binding("e", "next_entity", "Name filter", id="map.entity_filter",
                tooltip="Show only the rows that mention a name (cycles through the most named)"),
        Binding("s", "next_story", "Story filter", id="map.story_filter",
                tooltip="Show only the rows of one story, where the folder tells several (cycles through them)"),
        Binding("slash", "find_entity", "Find a name", id="map.find_entity",
                tooltip="Show only the rows that mention a name you type"),
        Binding("enter", "open", "Show in desk", id="map.open",
                tooltip="On the label: the fact in every pane; on a cell: that source's sentence (or closest)"),
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
        self.story_filter: int | None = None
        # The article ids shown as columns: all, or those the story filter leaves.
        self.columns: list[str] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="map-body"):
            yield Static(id="map-status")
            yield CoverageView(id="map-grid")
        yield Footer()

    def on_mount(self) -> None:
        self.refill()

    def refill(self) -> None:
        articles = [a.id for a in self.analysis.articles]
        self.columns = [a.id for a in self.analysis.articles_on(self.story_filter)]
        sort_source = articles[self.sort_source_index % len(articles)]
        rows = filter_rows(
            self.analysis, self.rows, source=self.source_filter, entity=self.entity_filter, story=self.story_filter
        )
        self.shown = sort_rows(self.analysis, rows, self.sort, sort_source)
        headers = [
            header_cells(display_text(self.source_of[t.article_id]), t.facts, t.exclusives, t.share, bar(t.share))
            for t in totals(self.analysis, self.rows)
            if t.article_id in self.columns
        ]
        shown = [replace(r, gist=display_text(r.gist)) for r in self.shown]
        self.query_one(CoverageView).show(shown, self.columns, headers)
        order = self.sort + (f" ({self.source_of[sort_source]})" if self.sort == "source" else "")
        filters = []
        if self.story_filter is not None:
            filters.append(f"story {self.story_filter + 1}")
        if self.source_filter:
            filters.append(f"reported by {self.source_of[self.source_filter]}")
        if self.entity_filter:
            entity = next(e for e in self.analysis.entities if e.id == self.entity_filter)
            filters.append(f"naming {entity.name}")
        status = Text(f"{counted(len(self.shown), 'row')} · order: {order}")
        if filters:
            status.append(" · " + ", ".join(display_text(f) for f in filters))
        status.append("   " + legend(self.analysis, "  "), style="dim")
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

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The story filter is there only where the folder tells several stories."""
        return action != "next_story" or self.analysis.story_count > 1

    def action_next_story(self) -> None:
        stories = [None, *range(self.analysis.story_count)]
        self.story_filter = stories[(stories.index(self.story_filter) + 1) % len(stories)]
        self.refill()

    def action_next_entity(self) -> None:
        ids = [None, *(e.id for e in self.analysis.entities[:20])]
        current = self.entity_filter if self.entity_filter in ids else None
        self.entity_filter = ids[(ids.index(current) + 1) % len(ids)]
        self.refill()

    def action_find_entity(self) -> None:
        def chosen(entity: str | None) -> None:
            if entity is not None:
                self.entity_filter = entity
                self.refill()

        self.app.push_screen(ChooseNameScreen(self.analysis.entities), chosen)

    def action_open(self) -> None:
        view = self.query_one(CoverageView)
        self._open(view.row, view.column)

    def on_coverage_view_opened(self, event: CoverageView.Opened) -> None:
        event.stop()
        self._open(event.row, event.column)

    def _open(self, index: int, column: int) -> None:
        if not self.shown:
            return
        row = self.shown[index]
        chosen = self.columns[column - 1] if 1 <= column <= len(self.columns) else None
        if chosen is not None and (sentences := row.sentences[chosen] or row.closest.get(chosen)):
            self.dismiss(("cell", sentences))
        else:
            self.dismiss(("fact", tuple(s for v in row.sentences.values() for s in v)))

    def action_close(self) -> None:
        self.dismiss(None)
