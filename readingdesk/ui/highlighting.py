"""The reader's highlights in the desk: mark, note, list, delete, export; saved as they change."""

from __future__ import annotations

from pathlib import Path

from readingdesk.corpus.model import Article
from readingdesk.counts import counted
from readingdesk.export import ExportError, export_excerpts, export_facts, write_export
from readingdesk.session import Highlight, anchor
from readingdesk.session.store import SessionError
from readingdesk.ui.guard import Guarded
from readingdesk.ui.hits import Hit
from readingdesk.ui.screens.confirm import ConfirmScreen
from readingdesk.ui.screens.highlights import HighlightsScreen
from readingdesk.ui.screens.note import NoteScreen


class HighlightActions(Guarded):
    """The desk's highlight actions, mixed into the app (guarded like its own): the app provides
    ``corpus``, ``analysis``, ``store``, ``root``, ``highlights``, ``panes``, ``source_of``,
    ``_focused_pane`` and ``_go_to``, and Textual's ``notify`` and ``push_screen``."""

    def _load_highlights(self) -> None:
        if self.store is None:
            return
        self.store.acquire()
        loaded = self.store.load()
        for warning in self.store.warnings:
            self.notify(warning, severity="warning", markup=False, timeout=12)
        articles = {a.id: a for a in self.corpus.articles}
        for highlight in loaded:
            article = articles.get(highlight.article_id)
            if article is None:
                highlight.status = "orphaned"
                continue
            place = anchor(article.text, highlight)
            highlight.start, highlight.end, highlight.status = place.start, place.end, place.status
        self.highlights = loaded
        orphaned = sum(1 for h in loaded if h.status == "orphaned")
        if orphaned:
            self.notify(
                f"{counted(orphaned, 'highlight')} could not be found in the articles as they are now; "
                "kept all the same (H lists them)",
                severity="warning",
                markup=False,
                timeout=8,
            )

    def _marked_offsets(self, article_id: str) -> frozenset[int]:
        return frozenset(
            o for h in self.highlights
            if h.article_id == article_id and h.status != "orphaned"
            for o in range(h.start, h.end)
        )  # fmt: skip

    def on_unmount(self) -> None:
        if self.store is not None:
            self.store.release()

    def _highlights_changed(self) -> None:
        for pane in self.panes:
            pane.set_marked(self._marked_offsets(pane.article.id))
        if self.store is None:
            return
        try:
            self.store.save(self.highlights)
        except SessionError as exc:
            self.notify(str(exc), severity="error", markup=False, timeout=12)

    def _add_highlight(self, article: Article, start: int, end: int) -> None:
        self.highlights.append(Highlight.of(article.id, article.path, article.text, start, end))

    def action_mark(self) -> None:
        pane = self._focused_pane()
        if pane is None or pane.sentence is None:
            return
        sentence = pane.sentence
        start, end = pane.span or (sentence.start, sentence.end)
        overlapping = [
            h for h in self.highlights
            if h.article_id == pane.article.id and h.status != "orphaned" and h.start < end and start < h.end
        ]  # fmt: skip
        if overlapping and pane.span is None:
            self.highlights = [h for h in self.highlights if h not in overlapping]
            self.notify("Unmarked", markup=False, timeout=2)
        else:
            self._add_highlight(pane.article, start, end)
            self.notify("Marked", markup=False, timeout=2)
        pane.span = None
        self._highlights_changed()

    def action_mark_fact(self) -> None:
        pane = self._focused_pane()
        if pane is None or pane.sentence is None:
            return
        sentence = pane.sentence
        sentences = [sentence]
        if self.analysis is not None:
            sentences += [
                self.analysis.sentence(link.other(sentence.id)) for link in self.analysis.links_of(sentence.id)
            ]
        added = 0
        for s in sentences:
            article = self.corpus.article(s.article_id)
            if not any(h.article_id == article.id and h.start == s.start and h.end == s.end for h in self.highlights):
                self._add_highlight(article, s.start, s.end)
                added += 1
        sources = counted(len({s.article_id for s in sentences}), "source")
        self.notify(f"Marked the fact in {sources}", markup=False, timeout=3)
        if added:
            self._highlights_changed()

    def _highlight_here(self) -> Highlight | None:
        pane = self._focused_pane()
        if pane is None or pane.sentence is None:
            return None
        sentence = pane.sentence
        return next(
            (h for h in self.highlights
             if h.article_id == pane.article.id and h.start < sentence.end and sentence.start < h.end),
            None,
        )  # fmt: skip

    def action_note(self) -> None:
        highlight = self._highlight_here()
        if highlight is None:
            self.notify("Mark the sentence first (m), then add a note.", markup=False, timeout=3)
            return

        def noted(note: str | None) -> None:
            if note is not None:
                highlight.note = note
                self._highlights_changed()

        self.push_screen(NoteScreen(highlight.note), noted)

    def action_highlights(self) -> None:
        def chosen(result: tuple[str, str] | None) -> None:
            if result is None:
                return
            what, highlight_id = result
            highlight = next((h for h in self.highlights if h.id == highlight_id), None)
            if highlight is None:
                return
            if what == "delete":
                self.highlights.remove(highlight)
                self._highlights_changed()
                self.notify("Highlight deleted", markup=False, timeout=2)
            elif highlight.status != "orphaned":
                index = next(i for i, a in enumerate(self.corpus.articles) if a.id == highlight.article_id)
                self._go_to(Hit(index, highlight.start, highlight.end))

        self.push_screen(HighlightsScreen(list(self.highlights), self.source_of), chosen)

    def _export_to(self, name: str, render, what: str) -> None:
        folder = self.root or Path.cwd()
        path = folder / name

        def write(force: bool | None) -> None:
            if not force and path.exists():
                return
            try:
                write_export(path, render(), force=bool(force))
            except ExportError as exc:
                self.notify(str(exc), severity="error", markup=False, timeout=10)
                return
            self.notify(f"Wrote {what} to {path}", markup=False, timeout=8)

        if path.exists():
            self.push_screen(ConfirmScreen(f"{path} exists. Overwrite it?"), write)
        else:
            write(False)

    def action_export_excerpts(self) -> None:
        if self.analysis is None:
            self.notify("Still comparing the sources; try again in a moment.", markup=False)
            return
        analysis = self.analysis
        self._export_to(
            "readingdesk-excerpts.md",
            lambda: export_excerpts(analysis, self.highlights, "md"),
            counted(len(self.highlights), "excerpt"),
        )

    def action_export_facts(self) -> None:
        if self.analysis is None:
            self.notify("Still comparing the sources; try again in a moment.", markup=False)
            return
        analysis = self.analysis
        self._export_to("readingdesk-comparison.md", lambda: export_facts(analysis, "md"), "the comparison")
