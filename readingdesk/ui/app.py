"""The reading desk: articles side by side, facts aligned, names followed, keyboard first."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from functools import partial
from pathlib import Path

from textual import work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Header, Input
from textual.worker import Worker, WorkerState

from readingdesk.analysis import Analysis, analyze_corpus
from readingdesk.corpus.model import Article, Corpus
from readingdesk.counts import counted
from readingdesk.session import Highlight, SessionStore
from readingdesk.ui.config import config_dir, load_settings, remember, save_theme, state_dir
from readingdesk.ui.guard import Guarded
from readingdesk.ui.highlighting import HighlightActions
from readingdesk.ui.hits import Hit
from readingdesk.ui.labels import source_labels
from readingdesk.ui.layout import display_text
from readingdesk.ui.marks import SentenceMarks
from readingdesk.ui.screens.choose_article import ChooseArticleScreen
from readingdesk.ui.screens.coverage import CoverageScreen
from readingdesk.ui.screens.help import HelpScreen
from readingdesk.ui.themes import SHIPPED, default_tints, load_themes
from readingdesk.ui.widgets.article_pane import ArticlePane
from readingdesk.ui.widgets.detail_strip import DetailStrip
from readingdesk.ui.widgets.entity_sidebar import EntitySidebar, EntityTree
from readingdesk.ui.widgets.pane_header import PaneHeader

DEFAULT_THEME = "desk-dark"
PANE_MIN_WIDTH = 32
SIDEBAR_MIN_TERMINAL = 100
# J and K scroll the detail strip by this many lines.
DETAIL_SCROLL_LINES = 3
log = logging.getLogger("readingdesk")


class ReadingDeskApp(HighlightActions, Guarded, App[None]):
    """Compare how several sources cover one story."""

    CSS_PATH = "desk.tcss"
    TITLE = "readingdesk"
    AUTO_FOCUS = None

    # In footer order: what only the desk does first (conflicts, marks, export), moving about last.
    BINDINGS = [
        Binding("q", "quit", "Quit", id="desk.quit", tooltip="Leave the desk"),
        Binding("question_mark,f1", "help", "Help", id="desk.help", tooltip="Every key and what it does"),
        Binding("d", "discrepancy(1)", "Conflict", id="desk.next_discrepancy",
                tooltip="Next figure that another source states differently, across all articles"),
        Binding("D", "discrepancy(-1)", "Prev conflict", show=False, id="desk.previous_discrepancy",
                tooltip="Previous conflicting figure"),
        Binding("m", "mark", "Mark", id="desk.mark",
                tooltip="Mark or unmark the selected sentence (or the excerpt chosen with shift+arrows)"),
        Binding("M", "mark_fact", "Mark fact", show=False, id="desk.mark_fact",
                tooltip="Mark the selected sentence together with its counterparts in every source"),
        Binding("c", "note", "Note", show=False, id="desk.note", tooltip="Attach a note to the highlight here"),
        Binding("x", "export_excerpts", "Export", id="desk.export",
                tooltip="Export the highlights with citations (Markdown, next to the corpus)"),
        Binding("X", "export_facts", "Report", show=False, id="desk.export_facts",
                tooltip="Export the comparison: every fact, who misses it, what only one source says"),
        Binding("v", "coverage_map", "Map", id="desk.coverage_map",
                tooltip="The coverage map: every fact by every source, at a glance"),
        Binding("slash", "search", "Search", id="desk.search", tooltip="Search all articles"),
        Binding("n", "hit(1)", "Next hit", id="desk.next_hit",
                tooltip="Next search match or mention of the chosen name, across all articles"),
        Binding("N", "hit(-1)", "Prev hit", show=False, id="desk.previous_hit",
                tooltip="Previous search match or mention of the chosen name"),
        Binding("escape", "clear_hits", "Clear", show=False, id="desk.clear",
                tooltip="Clear search matches and name highlights"),
        Binding("H", "highlights", "Highlights", id="desk.highlights",
                tooltip="List every highlight: jump to one or delete it"),
        Binding("s", "toggle_sync", "Sync", id="desk.toggle_sync",
                tooltip="Turn on or off: other panes follow the selected sentence's counterparts"),
        Binding("enter", "sync_now", "Counterparts", show=False, id="desk.sync_now",
                tooltip="Scroll every other pane to this sentence's counterpart now"),
        Binding("a", "choose_article", "Article", id="desk.choose_article",
                tooltip="Choose which article this pane shows"),
        Binding("b", "toggle_sidebar", "Names", id="desk.toggle_sidebar", tooltip="Hide or show the names sidebar"),
        Binding("e", "focus_entities", "Find name", show=False, id="desk.focus_entities",
                tooltip="Focus the names sidebar and filter it by typing"),
        Binding("i", "toggle_details", "Details", show=False, id="desk.toggle_details",
                tooltip="Make the strip under the panes tall, every counterpart in full; again to make it compact"),
        Binding("J", "scroll_details(1)", "Strip down", show=False, id="desk.details_down",
                tooltip="Scroll the strip under the panes down"),
        Binding("K", "scroll_details(-1)", "Strip up", show=False, id="desk.details_up",
                tooltip="Scroll the strip under the panes up"),
        Binding("tab", "focus_pane(1)", "Next pane", show=False, id="desk.next_pane", tooltip="Focus the next pane"),
        Binding("shift+tab", "focus_pane(-1)", "Prev pane", show=False, id="desk.previous_pane",
                tooltip="Focus the previous pane"),
        Binding("right,l", "focus_pane(1)", "Pane right", show=False, id="desk.pane_right",
                tooltip="Focus the pane to the right"),
        Binding("left,h", "focus_pane(-1)", "Pane left", show=False, id="desk.pane_left",
                tooltip="Focus the pane to the left"),
    ]  # fmt: skip

    # What the desk's keys do everywhere; the rest act on the desk, so only while it is in front.
    EVERYWHERE = frozenset({"quit", "help", "command_palette"})

    sync: reactive[bool] = reactive(True)
    analysis: reactive[Analysis | None] = reactive(None, init=False)

    def __init__(
        self,
        corpus: Corpus,
        *,
        root: Path | None = None,
        theme: str | None = None,
        min_score: float | None = None,
    ) -> None:
        super().__init__()
        self.corpus = corpus
        self.root = root
        self.store = SessionStore(root) if root is not None else None
        self.highlights: list[Highlight] = []
        self.requested_theme = theme
        self.min_score = min_score
        self.slots: list[int] = []
        self.hits: list[Hit] = []
        self.hit_kind = "match"  # what n/N walk: search "match"es or a name's "mention"s
        self.hit_index = -1
        self.discrepancy_index = -1
        self.marks: dict[str, SentenceMarks] = {a.id: SentenceMarks.empty(a) for a in corpus.articles}
        self.source_of = source_labels(corpus.articles)
        self.settings = load_settings()

    # ----- composition and start-up ------------------------------------------------------------

    def get_theme_variable_defaults(self) -> dict[str, str]:
        # Textual's own themes know nothing of tints: they get the default palette.
        return default_tints(dark=True) | super().get_theme_variable_defaults()

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="desk"):
            yield EntitySidebar(id="sidebar")
            with Vertical(id="reading"):
                yield Horizontal(id="panes")
                yield DetailStrip(id="detail")
                yield Input(placeholder="Search all articles (Enter to find, Esc to close)", id="search")
        yield Footer()

    def on_mount(self) -> None:
        self._register_themes()
        if self.settings.keymap:
            self.set_keymap(self.settings.keymap)
        self._warn_if(self.settings.problem)
        self.sync = self.settings.sync
        self.query_one(DetailStrip).expanded = self.settings.tall_strip
        self.query_one("#search").display = False
        self._load_highlights()
        # On a narrow terminal the text comes first: the names sidebar is one key away (b).
        self.query_one(EntitySidebar).display = self.size.width >= SIDEBAR_MIN_TERMINAL
        self._update_title()
        self._rebuild_panes()
        self.query_one(DetailStrip).loading = True
        self.query_one(EntitySidebar).loading = True
        # The text paints first; the comparison arrives when the worker is done.
        self.call_after_refresh(self.start_analysis)

    def _register_themes(self) -> None:
        loaded = load_themes(SHIPPED, config_dir() / "themes")
        for theme in loaded.themes:
            self.register_theme(theme)
        for warning in loaded.warnings:
            self.notify(warning, severity="warning", markup=False, timeout=10)
        wanted = self.requested_theme or self.settings.theme or DEFAULT_THEME
        if wanted not in self.available_themes:
            self.notify(f"unknown theme {wanted!r}; using {DEFAULT_THEME}", severity="warning", markup=False)
            wanted = DEFAULT_THEME
        self.theme = wanted
        if not self.requested_theme:
            # The theme the desk starts with is already the file's (or the default): nothing to save.
            self.settings.theme = wanted
        self.theme_changed_signal.subscribe(self, self._remember_theme)

    def _remember_theme(self, theme) -> None:
        """Save a theme the reader chose (with --theme or the palette), once."""
        if theme.name != self.settings.theme:
            self.settings.theme = theme.name
            self._warn_if(save_theme(theme.name))

    def _warn_if(self, problem: str | None) -> None:
        if problem:
            self.notify(problem, severity="warning", markup=False)

    @work(thread=True, exclusive=True, name="analysis")
    def start_analysis(self) -> Analysis:
        """Align, group and find names off the UI thread; the panes show text meanwhile."""
        return analyze_corpus(self.corpus, min_score=self.min_score)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.name != "analysis":
            return
        if event.state == WorkerState.SUCCESS:
            self.analysis = event.worker.result
        elif event.state == WorkerState.ERROR:
            log.exception("analysis failed", exc_info=event.worker.error)
            self.query_one(DetailStrip).loading = False
            self.query_one(EntitySidebar).loading = False
            self.notify(f"analysis failed: {event.worker.error}", severity="error", markup=False)

    def watch_analysis(self, analysis: Analysis | None) -> None:
        if analysis is None:
            return
        self.marks = {a.id: SentenceMarks.of(analysis, a) for a in self.corpus.articles}
        for pane in self.panes:
            pane.set_marks(self.marks[pane.article.id])
            self._header_of(pane).show(pane.article, self._story_of(pane.article))
        sidebar = self.query_one(EntitySidebar)
        sidebar.loading = False
        sidebar.set_entities(analysis.entities, self.source_of)
        self.query_one(DetailStrip).loading = False
        self._update_title()
        self._show_detail()
        # The reader may have chosen a sentence before the comparison was ready: sync from it now,
        # so the desk looks the same whichever came first.
        if self.sync and (pane := self._focused_pane()) is not None:
            self._sync_from(pane)
        if len(self.corpus.articles) < 2:
            self.notify("Only one article: there is nothing to compare it with.", markup=False)
        elif analysis.story_count > 1:
            self.notify(
                f"These articles tell {analysis.story_count} stories: sentences are compared within each.",
                markup=False,
                timeout=6,
            )

    def _update_title(self) -> None:
        articles = self.corpus.articles
        sentences = sum(len(a.sentences) for a in articles)
        parts = [counted(len(articles), "article"), counted(sentences, "sentence")]
        if self.analysis is not None:
            if self.analysis.story_count > 1:
                parts.insert(1, counted(self.analysis.story_count, "story", "stories"))
            parts += [counted(len(self.analysis.groups), "shared fact"), counted(len(self.analysis.entities), "name")]
            if self.analysis.discrepancies:
                parts.append(counted(len(self.analysis.discrepancies), "conflict"))
        else:
            parts.append("comparing…")
        self.title = f"readingdesk — {display_text(self.corpus.name)}"
        self.sub_title = " · ".join(parts) + ("" if self.sync else " · sync off")

    # ----- panes ---------------------------------------------------------------------------------

    @property
    def panes(self) -> list[ArticlePane]:
        return list(self.query(ArticlePane))

    def _pane_count(self) -> int:
        width = self.size.width
        sidebar = self.query_one(EntitySidebar)
        if sidebar.display:
            width -= sidebar.outer_size.width or 30
        return max(1, min(len(self.corpus.articles), width // PANE_MIN_WIDTH))

    def _rebuild_panes(self) -> None:
        count = self._pane_count()
        if count == len(self.slots) and self.panes:
            return
        kept = self.slots[:count]
        unused = [i for i in range(len(self.corpus.articles)) if i not in kept]
        self.slots = kept + unused[: count - len(kept)]
        focused = self.focused if isinstance(self.focused, ArticlePane) else None
        focused_article = focused.article.id if focused else None
        container = self.query_one("#panes")
        container.remove_children()
        columns = []
        for slot, index in enumerate(self.slots):
            article = self.corpus.articles[index]
            pane = ArticlePane(article, id=f"pane-{slot}")
            pane.marks = self.marks[article.id]
            pane.marked = self._marked_offsets(article.id)
            header = PaneHeader(id=f"header-{slot}", classes="pane-header")
            header.show(article, self._story_of(article))
            columns.append(Vertical(header, pane, classes="article-column"))
        container.mount_all(columns)

        def restore_focus() -> None:
            panes = self.panes
            target = next((p for p in panes if p.article.id == focused_article), panes[0] if panes else None)
            if target is not None and (self.focused is None or isinstance(self.focused, ArticlePane)):
                target.focus()

        self.call_after_refresh(restore_focus)

    def on_resize(self) -> None:
        if self.is_mounted:
            self._rebuild_panes()

    def _focused_pane(self) -> ArticlePane | None:
        if isinstance(self.focused, ArticlePane):
            return self.focused
        panes = self.panes
        return panes[0] if panes else None

    def action_focus_pane(self, step: int) -> None:
        panes = self.panes
        if not panes:
            return
        current = self._focused_pane()
        index = panes.index(current) if current in panes else 0
        if not isinstance(self.focused, ArticlePane):
            panes[index].focus()
            return
        panes[(index + step) % len(panes)].focus()

    def action_choose_article(self) -> None:
        pane = self._focused_pane()
        if pane is None:
            return
        slot = self.panes.index(pane)

        def chosen(index: int | None) -> None:
            if index is not None:
                self._put_article(slot, index)

        stories = [self._story_of(article) for article in self.corpus.articles]
        self.push_screen(ChooseArticleScreen(self.corpus.articles, self.slots[slot], stories), chosen)

    def _put_article(self, slot: int, index: int, cursor: int = 0) -> ArticlePane:
        """Show article ``index`` in pane ``slot`` (swapping if another pane shows it)."""
        panes = self.panes
        if index in self.slots and self.slots.index(index) != slot:
            other = self.slots.index(index)
            self.slots[other] = self.slots[slot]
            self._show_in(panes[other], self.slots[other])
        self.slots[slot] = index
        self._show_in(panes[slot], index, cursor)
        return panes[slot]

    def _show_in(self, pane: ArticlePane, index: int, cursor: int = 0) -> None:
        article = self.corpus.articles[index]
        pane.show_article(article, self.marks[article.id], cursor)
        pane.set_marked(self._marked_offsets(article.id))
        self._apply_hits(pane)
        self._header_of(pane).show(article, self._story_of(article))

    def _header_of(self, pane: ArticlePane) -> PaneHeader:
        return self.query_one(f"#header-{pane.id.split('-')[1]}", PaneHeader)

    def _story_of(self, article: Article) -> str | None:
        """Which story the article is on, once the comparison knows and where there are several."""
        return self.analysis.story_label(article.id) if self.analysis is not None else None

    def action_toggle_sidebar(self) -> None:
        sidebar = self.query_one(EntitySidebar)
        sidebar.display = not sidebar.display
        self.call_after_refresh(self._rebuild_panes)

    def action_toggle_details(self) -> None:
        strip = self.query_one(DetailStrip)
        strip.expanded = not strip.expanded
        self._warn_if(remember("strip", "tall" if strip.expanded else "compact", table="desk"))

    def action_scroll_details(self, direction: int) -> None:
        self.query_one(DetailStrip).scroll_relative(y=direction * DETAIL_SCROLL_LINES, animate=False)

    def action_focus_entities(self) -> None:
        sidebar = self.query_one(EntitySidebar)
        sidebar.display = True
        self.query_one("#entity-filter", Input).focus()

    # ----- selection and sync --------------------------------------------------------------------

    def on_article_pane_sentence_selected(self, message: ArticlePane.SentenceSelected) -> None:
        if message.pane is not self.focused and message.by_reader is False:
            return
        self._show_detail()
        if message.by_reader and self.sync:
            self._sync_from(message.pane)

    def _show_detail(self) -> None:
        pane = self._focused_pane()
        sentence = pane.sentence if pane else None
        self.query_one(DetailStrip).show(self.analysis, sentence, self.source_of)

    def counterpart(self, sentence_id: str, article_id: str) -> int | None:
        """Index in ``article_id`` of the best counterpart of a sentence, if any."""
        if self.analysis is None:
            return None
        best = None
        for link in self.analysis.links_of(sentence_id):
            other = self.analysis.sentence(link.other(sentence_id))
            if other.article_id == article_id and (best is None or link.score > best[0]):
                best = (link.score, other.index)
        return best[1] if best else None

    def _sync_from(self, source: ArticlePane) -> None:
        sentence = source.sentence
        if sentence is None:
            return
        for pane in self.panes:
            if pane is source:
                continue
            index = self.counterpart(sentence.id, pane.article.id)
            if index is not None:
                pane.select(index, by_reader=False)

    def watch_sync(self, sync: bool) -> None:
        self._update_title()

    def action_toggle_sync(self) -> None:
        self.sync = not self.sync
        self._warn_if(remember("sync", self.sync, table="desk"))
        self.notify(f"Sync {'on' if self.sync else 'off'}", markup=False, timeout=2)

    def action_sync_now(self) -> None:
        pane = self._focused_pane()
        if pane is not None:
            self._sync_from(pane)

    # ----- names, search and walking hits --------------------------------------------------------

    def on_entity_sidebar_entity_chosen(self, message: EntitySidebar.EntityChosen) -> None:
        if self.analysis is None:
            return
        entity = next((e for e in self.analysis.entities if e.id == message.entity_id), None)
        if entity is None:
            return
        order = {a.id: i for i, a in enumerate(self.corpus.articles)}
        self._set_hits([Hit(order[m.article_id], m.start, m.end) for m in entity.mentions], "mention")
        self.notify(
            f"{display_text(entity.name)}: {counted(len(entity.mentions), 'mention')} in "
            f"{counted(len(entity.sources), 'source')} (n / N to walk them)",
            markup=False,
            timeout=4,
        )
        self.action_hit(1)

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        search.display = True
        search.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "search":
            return
        query = event.value.strip()
        event.input.display = False
        if not query:
            return
        pattern = re.compile(re.escape(query), re.IGNORECASE)
        hits = [
            Hit(i, m.start(), m.end())
            for i, article in enumerate(self.corpus.articles)
            for m in pattern.finditer(article.text)
        ]
        self._set_hits(hits, "match")
        if not hits:
            self.notify(f"No match for {query!r}", severity="warning", markup=False)
            return
        self.notify(f"{counted(len(hits), 'match', 'matches')} (n / N for next / previous)", markup=False, timeout=3)
        self.action_hit(1)

    def _set_hits(self, hits: list[Hit], kind: str) -> None:
        self.hits = hits
        self.hit_kind = kind
        self.hit_index = -1
        for pane in self.panes:
            self._apply_hits(pane)

    def _apply_hits(self, pane: ArticlePane) -> None:
        index = self.corpus.articles.index(pane.article)
        offsets = frozenset(o for h in self.hits if h.article == index for o in range(h.start, h.end))
        kind = self.hit_kind
        pane.set_highlighted(offsets if kind == "mention" else frozenset())
        pane.set_matches(offsets if kind == "match" else frozenset())

    def action_hit(self, step: int) -> None:
        if not self.hits:
            self.bell()
            return
        self.hit_index = (self.hit_index + step) % len(self.hits)
        self._go_to(self.hits[self.hit_index])

    def action_discrepancy(self, step: int) -> None:
        if self.analysis is None or not self.analysis.discrepancies:
            self.notify("No conflicting figures found between the sources.", markup=False, timeout=3)
            return
        order = {a.id: i for i, a in enumerate(self.corpus.articles)}
        places = [
            Hit(order[self.analysis.sentence(sid).article_id], figure.start, figure.end)
            for d in self.analysis.discrepancies
            for sid, figure in d.values
        ]
        self.discrepancy_index = (self.discrepancy_index + step) % len(places)
        self._go_to(places[self.discrepancy_index])

    def _go_to(self, hit: Hit) -> None:
        """Show the sentence holding ``hit`` in a pane (this one if no pane shows its article)."""
        pane = next((p for index, p in zip(self.slots, self.panes, strict=True) if index == hit.article), None)
        if pane is None:
            focused = self._focused_pane()
            slot = self.panes.index(focused) if focused else 0
            pane = self._put_article(slot, hit.article)
        pane.focus()
        if pane.article.sentences:
            pane.select(pane.article.sentence_index_at(hit.start), by_reader=True)

    def action_clear_hits(self) -> None:
        search = self.query_one("#search", Input)
        if search.display:
            search.display = False
            self._focused_pane() and self._focused_pane().focus()
            return
        self._set_hits([], "match")

    def action_help(self) -> None:
        sections = {
            "Reading a pane": ArticlePane.BINDINGS,
            "The desk": self.BINDINGS,
            "Names sidebar": EntityTree.BINDINGS + EntitySidebar.BINDINGS,
        }
        self.push_screen(HelpScreen(sections))

    # ----- the coverage map ------------------------------------------------------------------------

    def action_coverage_map(self) -> None:
        if self.analysis is None:
            self.notify("Still comparing the sources; try again in a moment.", markup=False)
            return
        self.push_screen(CoverageScreen(self.analysis, self.source_of), self._show_from_map)

    def _show_from_map(self, result: tuple[str, tuple[str, ...]] | None) -> None:
        """Select a map row's sentences in the desk: the whole fact, or one source's sentence."""
        if result is None or self.analysis is None:
            return
        what, sentence_ids = result
        sentences = [self.analysis.sentence(sid) for sid in sentence_ids]
        order = {a.id: i for i, a in enumerate(self.corpus.articles)}
        if what == "cell":
            sentence = sentences[0]
            self._go_to(Hit(order[sentence.article_id], sentence.start, sentence.end))
            return
        first_pane = None
        for sentence in sentences:
            pane = next((p for p in self.panes if p.article.id == sentence.article_id), None)
            if pane is not None and (first_pane is None or pane is not first_pane):
                pane.select(sentence.index, by_reader=False)
                first_pane = first_pane or pane
        if first_pane is None:  # no pane shows a source of this fact: bring the first one in
            sentence = sentences[0]
            self._go_to(Hit(order[sentence.article_id], sentence.start, sentence.end))
        else:
            first_pane.focus()

    def _is_desk(self, screen: Screen) -> bool:
        return screen is self.screen_stack[0]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The desk's own keys work (and show in the footer) only while the desk is in front:
        under the map or a list, m would mark, s switch sync and x export what the reader
        cannot see."""
        return action in self.EVERYWHERE or self._is_desk(self.screen)

    # ----- the command palette lists every action ---------------------------------------------------

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if not self._is_desk(screen):
            return
        for binding in self.BINDINGS:
            if isinstance(binding, Binding) and binding.description and binding.action != "quit":
                yield SystemCommand(binding.description, binding.tooltip or binding.description,
                                    partial(self.run_action, binding.action))  # fmt: skip
        pane = self._focused_pane()
        if pane is not None:
            for binding in ArticlePane.BINDINGS:
                if isinstance(binding, Binding):
                    yield SystemCommand(binding.description, binding.tooltip or binding.description,
                                        partial(self.run_action, binding.action, pane))  # fmt: skip


def log_file() -> Path:
    """Where unexpected errors of the desk are logged."""
    return state_dir() / "readingdesk.log"


def run_desk(
    corpus: Corpus, *, root: Path | None = None, theme: str | None = None, min_score: float | None = None
) -> None:
    directory = state_dir()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        logging.basicConfig(
            filename=log_file(), level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
        )
    except OSError:
        pass
    ReadingDeskApp(corpus, root=root, theme=theme, min_score=min_score).run()


__all__ = ["ReadingDeskApp", "run_desk"]
