"""Marking in the desk: persistence across restarts, excerpts, the whole fact, delete, export."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from textual.widgets import Footer, OptionList

from readingdesk.corpus import load_corpus
from readingdesk.session import corpus_root
from readingdesk.ui.app import ReadingDeskApp
from readingdesk.ui.screens.confirm import ConfirmScreen
from readingdesk.ui.screens.highlights import QUOTE_CELLS, HighlightsScreen
from readingdesk.ui.widgets.article_pane import GUTTER

from .conftest import SEEDS, ready


@pytest.fixture()
def corpus_dir(tmp_path: Path) -> Path:
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target, ignore=shutil.ignore_patterns(".readingdesk"))  # not the reader's own session
    return target


def desk(folder: Path) -> ReadingDeskApp:
    return ReadingDeskApp(load_corpus([folder]), root=corpus_root([folder]))


def saved(folder: Path) -> list[dict]:
    return json.loads((folder / ".readingdesk" / "session.json").read_text())["highlights"]


async def test_mark_persists_across_restarts_and_unmark(corpus_dir: Path) -> None:
    app = desk(corpus_dir)
    async with app.run_test(size=(200, 50)) as pilot:
        await ready(pilot)
        pane = app.panes[0]
        await pilot.press("j", "m")
        sentence = pane.sentence
        assert set(range(sentence.start, sentence.end)) <= pane.marked
    (item,) = saved(corpus_dir)
    quote = next(s for s in item["target"]["selector"] if s["type"] == "TextQuoteSelector")
    assert quote["exact"] == pane.article.sentence_text(sentence)

    again = desk(corpus_dir)
    async with again.run_test(size=(200, 50)) as pilot:
        await ready(pilot)
        assert len(again.highlights) == 1 and again.highlights[0].status == "attached"
        pane = again.panes[0]
        assert set(range(sentence.start, sentence.end)) <= pane.marked
        await pilot.press("j", "m")  # the same sentence again: unmark
        assert again.highlights == []
    assert saved(corpus_dir) == []


async def test_excerpt_inside_a_sentence(corpus_dir: Path) -> None:
    app = desk(corpus_dir)
    async with app.run_test(size=(200, 50)) as pilot:
        await ready(pilot)
        pane = app.panes[0]
        await pilot.press("shift+right", "shift+right", "shift+right", "m")
        (highlight,) = app.highlights
        assert highlight.quote == "Seoul, Sep 12"
        assert highlight.start == pane.sentence.start


def point_of(pane, offset: int) -> tuple[int, int]:
    """Where the character at ``offset`` of the pane's article is drawn, in pane coordinates."""
    for y, row in enumerate(pane._rows):
        x = GUTTER
        for cell in row.cells:
            if cell.offset == offset:
                return x, y - pane.scroll_offset.y
            x += len(cell.char)
    raise AssertionError(offset)


async def test_dragging_across_words_chooses_the_excerpt(corpus_dir: Path) -> None:
    app = desk(corpus_dir)
    async with app.run_test(size=(200, 50)) as pilot:
        await ready(pilot)
        pane = app.panes[0]
        text, start = pane.article.text, pane.sentence.start
        # From inside "armored" to inside "carrying": whole words, as shift+arrows choose them.
        press = point_of(pane, text.index("armored", start) + 2)
        release = point_of(pane, text.index("carrying", start) + 3)
        await pilot.mouse_down(pane, offset=press)
        await pilot.hover(pane, offset=release)
        await pilot.mouse_up(pane, offset=release)
        await pilot.press("m")
        (highlight,) = app.highlights
        assert highlight.quote == "armored train carrying"
        assert text[highlight.start : highlight.end] == highlight.quote
        # A click without a drag chooses no excerpt: m marks the whole sentence.
        await pilot.click(pane, offset=point_of(pane, pane.article.sentences[1].start + 1))
        await pilot.press("m")
        assert app.highlights[-1].quote == pane.article.sentence_text(pane.article.sentences[1])


async def test_mark_the_whole_fact_across_sources(corpus_dir: Path) -> None:
    app = desk(corpus_dir)
    async with app.run_test(size=(200, 50)) as pilot:
        await ready(pilot)
        await pilot.press("f", "M")
        sentence = app.panes[0].sentence
        expected = 1 + len(app.analysis.links_of(sentence.id))
        assert len(app.highlights) == expected
        assert len({h.article_id for h in app.highlights}) >= 2


async def test_note_and_delete_with_confirmation(corpus_dir: Path) -> None:
    app = desk(corpus_dir)
    async with app.run_test(size=(200, 50)) as pilot:
        await ready(pilot)
        await pilot.press("m", "c")
        await pilot.press(*"check", "enter")
        assert app.highlights[0].note == "check"
        assert saved(corpus_dir)[0]["note"] == "check"
        await pilot.press("H")
        assert isinstance(app.screen, HighlightsScreen)
        await pilot.press("delete")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert isinstance(app.screen, HighlightsScreen)
        await pilot.press("delete", "y")
        await pilot.pause()
        assert app.highlights == [] and saved(corpus_dir) == []


def footer_keys(app: ReadingDeskApp) -> set[str]:
    """The descriptions of the keys the footer in front of the reader shows."""
    assert app.screen.query_one(Footer).display
    return {
        active.binding.description
        for active in app.screen.active_bindings.values()
        if active.binding.show and active.binding.description
    }


async def test_a_dialog_shows_its_own_keys_not_the_desks(corpus_dir: Path) -> None:
    app = desk(corpus_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        assert {"Next fact", "Mark"} <= footer_keys(app)
        await pilot.press("H")
        await pilot.pause()
        # No highlight yet: closing is all the list offers, and delete does nothing.
        assert footer_keys(app) == {"Close"}
        await pilot.press("delete")
        assert isinstance(app.screen, HighlightsScreen)
        await pilot.press("escape", "m", "H")
        await pilot.pause()
        assert footer_keys(app) == {"Close", "Delete"}
        await pilot.press("delete")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert footer_keys(app) == {"Yes", "No"}


async def test_edited_article_reanchors_and_keeps_orphans(corpus_dir: Path) -> None:
    app = desk(corpus_dir)
    async with app.run_test(size=(200, 50)) as pilot:
        await ready(pilot)
        await pilot.press("m", "j", "j", "j", "m")
    first, second = app.highlights
    path = Path(app.corpus.articles[0].path)
    text = path.read_text(encoding="utf-8")
    path.write_text("EDITOR'S NOTE: updated.\n" + text.replace(second.quote, ""), encoding="utf-8")
    again = desk(corpus_dir)
    async with again.run_test(size=(200, 50)) as pilot:
        await ready(pilot)
        statuses = {h.quote: h.status for h in again.highlights}
        assert statuses == {first.quote: "moved", second.quote: "orphaned"}
        assert any("could not be found" in n.message for n in again._notifications)
    assert len(saved(corpus_dir)) == 2  # nothing dropped


async def test_export_from_the_desk_asks_before_overwriting(corpus_dir: Path) -> None:
    app = desk(corpus_dir)
    target = corpus_dir / "readingdesk-excerpts.md"
    async with app.run_test(size=(200, 50)) as pilot:
        await ready(pilot)
        await pilot.press("m", "x")
        await pilot.pause()
        assert target.exists() and "> Seoul, Sep 12 (EFE)" in target.read_text()
        target.write_text("my own notes")
        await pilot.press("x")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert target.read_text() == "my own notes"
        await pilot.press("x", "y")
        await pilot.pause()
        assert "Seoul, Sep 12" in target.read_text()
        assert any(str(target) in n.message for n in app._notifications)


async def test_corrupt_session_warns_and_is_kept(corpus_dir: Path) -> None:
    session = corpus_dir / ".readingdesk" / "session.json"
    session.parent.mkdir()
    session.write_text("garbage")
    app = desk(corpus_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        assert any("cannot be read" in n.message for n in app._notifications)
    assert [p.read_text() for p in session.parent.glob("session.corrupt-*.json")] == ["garbage"]


async def test_highlights_list_cuts_a_long_quote_with_an_ellipsis(corpus_dir: Path) -> None:
    app = desk(corpus_dir)
    async with app.run_test(size=(200, 50)) as pilot:
        await ready(pilot)
        await pilot.press("M")  # the whole fact: sentences long and short
        await pilot.press("H")
        options = app.screen.query_one(OptionList)
        labels = [options.get_option_at_index(i).prompt.plain for i in range(options.option_count)]
        quotes = {h.id: " ".join(h.quote.split()) for h in app.highlights}
        cut = 0
        for h, label in zip(app.highlights, labels, strict=True):
            quote = label.split("  ", 1)[1]
            if len(quotes[h.id]) > QUOTE_CELLS:
                cut += 1
                assert quote.endswith("…") and len(quote) == QUOTE_CELLS
                assert quotes[h.id].startswith(quote[:-1])
            else:
                assert quote == quotes[h.id]
        assert cut
