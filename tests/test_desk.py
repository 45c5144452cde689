"""The desk, driven as a reader drives it: keys, clicks, what each pane shows."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.console import Console
from rich.style import Style

import readingdesk
from readingdesk.corpus import corpus_from_texts, load_corpus
from readingdesk.ui.app import ReadingDeskApp
from readingdesk.ui.layout import display_text
from readingdesk.ui.screens.choose_article import ChooseArticleScreen
from readingdesk.ui.screens.help import MARKS, HelpScreen, help_table
from readingdesk.ui.widgets.article_pane import ArticlePane
from readingdesk.ui.widgets.detail_strip import DetailStrip, describe
from readingdesk.ui.widgets.entity_sidebar import EntitySidebar, EntityTree, names_matching
from readingdesk.ui.widgets.pane_header import PaneHeader

from .conftest import SEEDS, ready


@pytest.fixture()
def private_config(private_user_dirs: Path) -> Path:
    return private_user_dirs / "config"


def seeds_app(**kwargs) -> ReadingDeskApp:
    return ReadingDeskApp(load_corpus([SEEDS]), **kwargs)


def row_text(pane: ArticlePane) -> str:
    """Everything the pane's rows show, as plain text."""
    return "\n".join("".join(c.char for c in row.cells) for row in pane._rows)


async def test_wide_terminal_shows_every_seed_and_the_sidebar() -> None:
    app = seeds_app()
    async with app.run_test(size=(200, 50)) as pilot:
        await ready(pilot)
        assert len(app.panes) == 5
        assert app.query_one(EntitySidebar).display
        assert [p.article.id for p in app.panes] == [a.id for a in app.corpus.articles]
        assert isinstance(app.focused, ArticlePane)
        assert "5 articles" in app.sub_title and "shared facts" in app.sub_title


async def test_narrow_terminal_shows_two_panes_and_the_sidebar_on_demand() -> None:
    app = seeds_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert not app.query_one(EntitySidebar).display
        assert len(app.panes) == 2
        await pilot.press("b")
        await pilot.pause()
        assert app.query_one(EntitySidebar).display
        assert len(app.panes) == 1
        for widget in app.query("ArticlePane, #detail, #sidebar"):
            assert widget.region.right <= 80 and widget.region.bottom <= 24


async def test_moving_by_sentence_paragraph_and_edges() -> None:
    app = seeds_app()
    async with app.run_test(size=(200, 50)) as pilot:
        await ready(pilot)
        pane = app.panes[0]
        start = pane.cursor
        await pilot.press("j", "j", "down")
        assert pane.cursor == start + 3
        await pilot.press("k")
        assert pane.cursor == start + 2
        await pilot.press("end")
        assert pane.cursor == len(pane.article.sentences) - 1
        await pilot.press("home")
        assert pane.cursor == 0
        await pilot.press("right_square_bracket")
        assert pane.article.sentences[pane.cursor].paragraph == 1


async def test_sync_selects_each_counterpart_and_can_be_turned_off() -> None:
    app = seeds_app()
    async with app.run_test(size=(200, 50)) as pilot:
        await ready(pilot)
        analysis = app.analysis
        first = app.panes[0]
        await pilot.press("f")  # next aligned fact
        sentence = first.sentence
        assert analysis.group_of(sentence.id) is not None
        synced = 0
        for pane in app.panes[1:]:
            expected = app.counterpart(sentence.id, pane.article.id)
            if expected is not None:
                assert pane.cursor == expected
                synced += 1
        assert synced >= 1
        await pilot.press("s")
        assert app.sync is False and "sync off" in app.sub_title
        others = [p.cursor for p in app.panes[1:]]
        await pilot.press("f")
        assert [p.cursor for p in app.panes[1:]] == others


async def test_counterparts_share_a_tint_and_only_here_is_marked() -> None:
    app = seeds_app()
    async with app.run_test(size=(200, 50)) as pilot:
        await ready(pilot)
        analysis = app.analysis
        group = analysis.groups[0]
        facts = set()
        for sid in group.sentences:
            sentence = analysis.sentence(sid)
            facts.add(app.marks[sentence.article_id].fact[sentence.index])
        assert facts == {1}
        pane = app.panes[0]
        await pilot.press("o")
        assert pane.marks.only_here[pane.cursor]
        assert analysis.is_unique(pane.sentence)
        detail = app.query_one(DetailStrip)
        # "Only here" says what the analysis found, not that no source could report it.
        assert "Only in" in detail.plain and f"at min score {analysis.min_score:.2f}" in detail.plain


async def test_only_here_shows_the_closest_sentences_of_other_sources() -> None:
    app = seeds_app()
    async with app.run_test(size=(200, 50)) as pilot:
        await ready(pilot)
        analysis = app.analysis

        def closeness(pane: ArticlePane) -> set[bool]:
            """Whether each sentence only this article has has closest sentences elsewhere."""
            return {bool(analysis.closest_to(s.id)) for s in pane.article.sentences if analysis.is_unique(s)}

        # An article with sentences of its own of both kinds.
        pane = next(p for p in app.panes if closeness(p) == {True, False})
        pane.focus()
        detail = app.query_one(DetailStrip)
        seen = {"with": False, "without": False}
        for _ in range(sum(analysis.is_unique(s) for s in pane.article.sentences)):
            await pilot.press("o")
            closest = analysis.closest_to(pane.sentence.id)
            seen["with" if closest else "without"] = True
            assert ("Closest elsewhere" in detail.plain) == bool(closest)
            for link in closest:
                other = analysis.sentence(link.b)
                source = re.escape(app.source_of[other.article_id])
                assert re.search(rf"(?m)^{source} +{link.score:.2f} ", detail.plain)
                assert " ".join(analysis.text_of(other).split()[:5]) in detail.plain
        assert seen == {"with": True, "without": True}


def gutter(pane: ArticlePane, row) -> str:
    return "".join(segment.text for segment in pane._gutter(row, Style()))


async def test_only_here_mark_says_when_other_sources_have_close_sentences() -> None:
    app = seeds_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        analysis = app.analysis
        marks = {"  ◇": 0, " ◇?": 0}
        for pane in app.panes:
            for row in pane._rows:
                if len(row.starts) != 1 or not pane.marks.only_here[index := row.starts[0]]:
                    continue
                mark = gutter(pane, row)[:3]
                assert mark == (" ◇?" if analysis.closest_to(pane.article.sentences[index].id) else "  ◇")
                marks[mark] += 1
        assert all(marks.values())


def expected_mark(marks, starts: list[int]) -> str:
    """The gutter label a row should show, from the marks of the sentences starting on it."""
    if conflicted := [i for i in starts if i in marks.conflicted]:
        fact = marks.fact[conflicted[0]]
        return f"≠{fact:>2}" if fact is not None else " ≠ "
    if facts := [marks.fact[i] for i in starts if marks.fact[i] is not None]:
        return f"{facts[0]:>3}"
    if any(marks.only_here[i] and i not in marks.near_elsewhere for i in starts):
        return "  ◇"
    return " ◇?" if any(marks.only_here[i] for i in starts) else "   "


async def test_a_sentence_that_starts_mid_row_has_its_mark_beside_the_earlier_sentence_bar() -> None:
    app = seeds_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        mid_row = 0
        for pane in app.panes:
            marks = pane.marks
            for row in pane._rows:
                if not row.cells:
                    continue
                shown = gutter(pane, row)
                continued = pane._sentence_at(row.cells[0].offset)
                # The bar: the fact of the sentence the row's first cell belongs to.
                assert shown[3] == ("▌" if marks.fact[continued] is not None else " ")
                mid_row += bool(row.starts) and row.starts[0] != continued
                assert shown[:3] == expected_mark(marks, row.starts)
        assert mid_row


async def test_a_row_where_two_sentences_start_shows_the_more_telling_mark() -> None:
    # "Storm hits." is the wire's own; the sentence after it, on the same row, gives a
    # figure the other source states differently: the row's mark is the conflict's.
    texts = {
        "Wire": "Storm hits. The river rose 3 meters in Dhaka on Monday after heavy rain flooded the old quarter.",
        "Daily": "The river rose 5 meters in Dhaka on Monday after heavy rain flooded the old quarter.",
    }
    app = ReadingDeskApp(corpus_from_texts(texts))
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        pane = next(p for p in app.panes if p.article.id == "Wire")
        (row, *_) = (r for r in pane._rows if r.starts)
        assert row.starts == [0, 1] and pane.marks.only_here[0] and 1 in pane.marks.conflicted
        assert gutter(pane, row)[:3] == "≠ 1"


async def test_detail_strip_lists_counterparts_and_missing_sources() -> None:
    app = seeds_app()
    async with app.run_test(size=(200, 50)) as pilot:
        await ready(pilot)
        await pilot.press("f")
        shown = app.query_one(DetailStrip).plain
        links = app.analysis.links_of(app.panes[0].sentence.id)
        assert links
        assert f"{max(ln.score for ln in links):.2f}" in shown


async def test_detail_strip_fits_a_line_per_counterpart_and_expands_to_full_sentences() -> None:
    app = seeds_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        pane, detail = app.panes[0], app.query_one(DetailStrip)
        await pilot.press("f")
        while len(app.analysis.links_of(pane.sentence.id)) < 2:
            await pilot.press("f")
        links = sorted(app.analysis.links_of(pane.sentence.id), key=lambda ln: -ln.score)
        others = [app.analysis.sentence(ln.other(pane.sentence.id)) for ln in links]
        texts = [" ".join(display_text(app.analysis.text_of(o)).split()) for o in others]
        width = detail.scrollable_content_region.width
        rows = detail.plain.splitlines()
        compact = detail.outer_size.height
        # Compact: one line per counterpart, cut to the strip, its sentence begun and its
        # most telling shared term kept.
        for link, other, text, row in zip(links, others, texts, rows, strict=False):
            source = re.escape(app.source_of[other.article_id])
            assert re.match(rf"{source} +{link.score:.2f} {re.escape(text[:10])}", row)
            assert len(row) <= width
            assert "shared: " + display_text(link.shared[0]) in row
        assert not any(text in detail.plain for text in texts if len(text) > width)
        await pilot.press("i")
        await pilot.pause()
        assert detail.outer_size.height > compact
        assert all(text in " ".join(detail.plain.split()) for text in texts)
        # Where the sentences in full overflow half of a 24-line terminal, J and K scroll them,
        # and the next sentence shows from the top.
        while detail.max_scroll_y < 2:
            await pilot.press("f")
            await pilot.pause()
        await pilot.press("J")
        await pilot.pause()
        assert detail.scroll_y > 0
        await pilot.press("K")
        await pilot.pause()
        assert detail.scroll_y == 0
        await pilot.press("J", "f")
        await pilot.pause()
        assert detail.scroll_y == 0
        await pilot.press("i")
        await pilot.pause()
        assert detail.outer_size.height == compact
        assert all(len(row) <= width for row in detail.plain.splitlines() if "shared: " in row)


def test_compact_strip_lines_fit_its_width_in_terminal_cells() -> None:
    texts = {
        "甲": "金正恩委员长乘坐专列 Kim left Pyongyang bound for Vladivostok by armored train on Sunday afternoon.",
        "乙": "朝鲜中央通讯社报道称 Kim left Pyongyang for Vladivostok on his armored train on Sunday afternoon.",
    }
    analysis = readingdesk.analyze_texts(texts)
    (link,) = analysis.links
    # A wide character takes two cells: cut by characters, the line would overflow the strip.
    for width in (50, 70):
        (line, *_) = describe(analysis, analysis.sentence(link.a), {"甲": "甲", "乙": "乙"}, width)
        assert cell_len(line.plain) <= width and line.plain.startswith(f"乙 {link.score:.2f} 朝鲜")


def test_strip_scores_line_up_whatever_the_sources_labels(seed_analysis) -> None:
    names = ["EFE", "A wide source", "一二三", "B", "C"]
    labels = {a.id: name for a, name in zip(seed_analysis.articles, names, strict=True)}
    sentence = max(
        (s for s in seed_analysis.corpus.sentences() if s.kind != "meta"),
        key=lambda s: len({ln.other(s.id).split(":")[0] for ln in seed_analysis.links_of(s.id)}),
    )
    for width in (None, 100):
        rows = [ln.plain for ln in describe(seed_analysis, sentence, labels, width) if "shared: " in ln.plain]
        assert len({row.split(" ")[0] for row in rows}) >= 3
        # The score of every counterpart starts in the same terminal cell (wide characters take two).
        columns = {cell_len(row[: re.search(r" \d\.\d\d ", row).start()]) for row in rows}
        assert len(columns) == 1


async def test_entity_jump_visits_every_mention_across_panes() -> None:
    app = seeds_app()
    async with app.run_test(size=(200, 50)) as pilot:
        await ready(pilot)
        entity = next(e for e in app.analysis.entities if e.name == "Choe Son-hui")
        app.query_one(EntitySidebar).post_message(EntitySidebar.EntityChosen(entity.id))
        await pilot.pause()
        visited = []
        for _ in range(len(entity.mentions)):
            pane = app.focused
            assert isinstance(pane, ArticlePane)
            visited.append((pane.article.id, pane.cursor))
            await pilot.press("n")
        expected = [(m.article_id, app.analysis.sentence(m.sentence).index) for m in entity.mentions]
        assert visited == expected
        # Every mention is highlighted in the pane of its article.
        for pane in app.panes:
            for m in entity.mentions:
                if m.article_id == pane.article.id:
                    assert set(range(m.start, m.end)) <= pane.highlighted


async def test_sidebar_filter_and_enter() -> None:
    app = seeds_app()
    async with app.run_test(size=(200, 50)) as pilot:
        await ready(pilot)
        await pilot.press("e")
        await pilot.press(*"putin")
        tree = app.query_one(EntityTree)
        labels = [str(n.label) for n in tree.root.children[0].children]
        assert labels and all("Putin" in label for label in labels)
        await pilot.press("enter")  # from the filter to the first matching name
        await pilot.press("enter")
        await pilot.pause()
        assert app.hits and isinstance(app.focused, ArticlePane)
        assert "Putin" in app.focused.article.text[app.hits[0].start : app.hits[0].end]


async def test_search_highlights_matches_and_walks_them() -> None:
    app = seeds_app()
    async with app.run_test(size=(200, 50)) as pilot:
        await ready(pilot)
        await pilot.press("slash")
        await pilot.press(*"vladivostok", "enter")
        await pilot.pause()
        total = sum(a.text.lower().count("vladivostok") for a in app.corpus.articles)
        assert len(app.hits) == total
        first = app.focused
        assert isinstance(first, ArticlePane) and "Vladivostok" in first.article.sentence_text(first.sentence)
        await pilot.press("n")
        second = app.focused
        assert "Vladivostok" in second.article.sentence_text(second.sentence)
        assert any(p.matches for p in app.panes)
        await pilot.press("escape")
        assert not any(p.matches for p in app.panes)


async def test_choose_article_for_a_pane() -> None:
    app = seeds_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("a")
        assert isinstance(app.screen, ChooseArticleScreen)
        await pilot.press("end", "enter")
        await pilot.pause()
        assert app.panes[0].article.id == app.corpus.articles[-1].id


async def test_panes_sync_once_the_comparison_arrives() -> None:
    app = seeds_app()
    async with app.run_test(size=(200, 50)) as pilot:
        await ready(pilot)
        first, others = app.panes[0], app.panes[1:]
        synced = [(p, app.counterpart(first.sentence.id, p.article.id)) for p in others]
        assert any(index is not None for _, index in synced)
        for pane, index in synced:
            if index is not None:
                assert pane.cursor == index


async def test_click_selects_a_sentence() -> None:
    app = seeds_app()
    async with app.run_test(size=(200, 50)) as pilot:
        await ready(pilot)
        pane = app.panes[1]
        height = pane.scrollable_content_region.height
        target = max(i for i, row in enumerate(pane._first_row) if 0 < row < height - 1)
        row = pane._first_row[target] - pane.scroll_offset.y
        await pilot.click(pane, offset=(6, row))
        assert app.focused is pane and pane.cursor == target


async def test_help_screen_lists_the_keys() -> None:
    app = seeds_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        console = Console(width=100, file=io.StringIO(), record=True)
        console.print(help_table(app.screen.sections))
        shown = console.export_text()
        assert "next sentence" in shown.lower()
        # The marks beside the text are explained where the keys are.
        assert "MARKS" in shown
        for mark, meaning in MARKS:
            assert f"{mark.strip()}" in shown and meaning.split(":")[0] in shown
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_theme_switch_persists(private_config: Path) -> None:
    app = seeds_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        assert app.theme == "desk-dark"
        # Starting on the default theme writes nothing: no settings file the reader did not ask for.
        assert not (private_config / "config.toml").exists()
        app.theme = "desk-light"
        await pilot.pause()
    assert 'theme = "desk-light"' in (private_config / "config.toml").read_text()
    again = seeds_app()
    async with again.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert again.theme == "desk-light"
    chosen = seeds_app(theme="desk-contrast")
    async with chosen.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert chosen.theme == "desk-contrast"
    # A theme chosen with --theme is remembered as one chosen in the palette is.
    assert 'theme = "desk-contrast"' in (private_config / "config.toml").read_text()


async def test_broken_theme_file_warns_and_the_desk_runs(private_config: Path) -> None:
    themes = private_config / "themes"
    themes.mkdir(parents=True)
    (themes / "broken.toml").write_text("name = 'x'\nprimary = 'not a colour'\n")
    (themes / "garbage.toml").write_text("this is [not toml")
    app = seeds_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        messages = [n.message for n in app._notifications]
        assert any("broken.toml" in m and "not a colour" in m for m in messages)
        assert any("garbage.toml" in m for m in messages)
        assert app.panes


async def test_markup_and_control_sequences_show_as_plain_text() -> None:
    hostile = (
        "The [bold]summit[/bold] opened [@click=app.quit]quit[/] today.\n"
        "A \x1b[31mred\x1b[0m word and a \x1b]0;title\x07 title and a \x07bell.\n"
    )
    corpus = corpus_from_texts({"hostile": hostile, "plain": "The summit opened today in the city."})
    app = ReadingDeskApp(corpus)
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        pane = next(p for p in app.panes if p.article.id == "hostile")
        shown = row_text(pane)
        assert "[bold]summit[/bold]" in shown and "[@click=app.quit]quit[/]" in shown
        assert "\x1b" not in shown and "\x07" not in shown
        # The blanks around a hidden sequence show as one space.
        assert "A red word and a title and a bell." in shown
        await pilot.click(pane, offset=(10, 0))
        assert app.is_running
    assert display_text("a\x1b[2Jb\u202ec") == "abc"


async def test_headlines_and_subheadings_are_set_in_bold() -> None:
    story = "Ferry sinks off the coast\n\nA ferry sank on Monday.\n\nWhat caused it?\n\nNobody knows, officials said."
    app = ReadingDeskApp(corpus_from_texts({"ferry": story, "other": "A ferry sank on Monday near the island."}))
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        pane = next(p for p in app.panes if p.article.id == "ferry")
        pane.focus()
        for _ in pane.article.sentences:
            await pilot.press("j")  # the cursor (bold itself) ends on the last sentence
        await pilot.pause()
        bold: dict[str, bool] = {}
        for y, row in enumerate(pane._rows):
            for index in row.starts:
                text = pane.article.sentence_text(pane.article.sentences[index])
                words = [s for s in pane.render_line(y) if s.text.strip() and s.text.strip() in text]
                bold[text] = bool(words) and all(s.style is not None and s.style.bold for s in words)
        assert [s.kind for s in pane.article.sentences] == ["headline", "body", "headline", "body"]
        assert bold == {
            "Ferry sinks off the coast": True,
            "A ferry sank on Monday.": False,
            "What caused it?": True,
            "Nobody knows, officials said.": True,
        }
        assert pane.cursor == 3


async def test_a_title_wider_than_its_pane_ends_in_an_ellipsis() -> None:
    headline = "US approves first vaccine for RSV, a virus that kills thousands of older Americans each year"
    corpus = corpus_from_texts({"long": f"{headline}\n\nThe agency approved it.", "short": "It was approved."})
    app = ReadingDeskApp(corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        header = app.query_one("#header-0", PaneHeader)
        title_line = "".join(segment.text for segment in header.render_line(1)).rstrip()
        assert title_line.endswith("…") and headline.startswith(title_line[:-1].strip())
        assert cell_len(title_line) <= header.size.width


async def test_single_article_desk_works() -> None:
    app = ReadingDeskApp(corpus_from_texts({"only": "Kim left on Sunday. Putin waited."}))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert len(app.panes) == 1
        await pilot.press("j")
        assert "nothing to compare" in app.query_one(DetailStrip).plain


async def test_discrepancies_are_marked_listed_and_walkable() -> None:
    app = seeds_app()
    async with app.run_test(size=(200, 50)) as pilot:
        await ready(pilot)
        assert app.analysis.discrepancies and "conflicts" in app.sub_title
        places = [(sid, f) for d in app.analysis.discrepancies for sid, f in d.values]
        for sid, figure in places:
            sentence = app.analysis.sentence(sid)
            marks = app.marks[sentence.article_id]
            assert set(range(figure.start, figure.end)) <= marks.conflicts
            assert sentence.index in marks.conflicted
        for sid, figure in places:
            await pilot.press("d")
            pane = app.focused
            assert isinstance(pane, ArticlePane)
            assert pane.sentence.id == sid
            shown = app.query_one(DetailStrip).plain
            assert "≠" in shown and figure.text in shown


def test_a_name_no_source_spells_is_found_by_that_name() -> None:
    """The sidebar's filter and the map's name finder look at the name shown, too."""
    texts = {"a": "The plant in Springfield, Mo., closed.", "b": "The plant in Springfield shut."}
    entities = readingdesk.analyze_texts(texts).entities
    assert [e.name for e in names_matching(entities, "missouri")] == ["Missouri"]
    assert [e.name for e in names_matching(entities, "Mo.")] == ["Missouri"]


async def test_moving_the_selection_does_not_relayout_the_screen(monkeypatch) -> None:
    # A relayout repaints every widget: on a large corpus it tripled the cost of a key press.
    app = seeds_app()
    async with app.run_test(size=(200, 50)) as pilot:
        await ready(pilot)
        layouts = []
        original = type(app.screen)._refresh_layout
        monkeypatch.setattr(
            type(app.screen), "_refresh_layout", lambda screen, *a, **k: layouts.append(1) or original(screen, *a, **k)
        )
        shown = set()
        for _ in range(12):
            await pilot.press("j")
            await pilot.pause()
            shown.add(app.query_one(DetailStrip).plain)
        assert len(shown) > 6 and len(layouts) <= 2


async def test_strip_lines_are_laid_out_beside_its_scrollbar_when_they_overflow() -> None:
    app = seeds_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        detail = app.query_one(DetailStrip)
        seen = set()
        for _ in range(8):
            await pilot.press("f")
            await pilot.pause()
            lines = detail.plain.splitlines()
            overflowing = len(lines) > detail.content_region.height
            seen.add(overflowing)
            assert detail.show_vertical_scrollbar == overflowing
            shown = ["".join(s.text for s in detail.render_line(y)).rstrip() for y in range(detail.size.height)]
            # Each counterpart's line, cut to the room the scrollbar leaves, is shown whole.
            counterparts = [row for row in shown if "shared: " in row]
            assert counterparts and all(row in {line.rstrip() for line in lines} for row in counterparts)
        assert seen == {True, False}


async def test_strip_shows_a_conflicts_figures_whole_even_when_compact_and_narrow() -> None:
    app = seeds_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("d")
        await pilot.pause()
        detail = app.query_one(DetailStrip)
        pane = app.focused
        (conflict, *_) = [d for d in app.analysis.discrepancies if any(s == pane.sentence.id for s, _ in d.values)]
        rows = ["".join(s.text for s in detail.render_line(y)).strip() for y in range(detail.size.height)]
        shown = " ".join(rows)
        assert rows[0].startswith(f"≠ {conflict.kind}:") and not rows[0].endswith("…")
        by_source: dict[str, list[str]] = {}
        for sid, figure in conflict.values:
            source = app.source_of[app.analysis.sentence(sid).article_id]
            by_source.setdefault(source, []).append(figure.text)
        # Each source's figures together, then the source: nothing cut, nothing repeated.
        for source, figures in by_source.items():
            assert f"{', '.join(figures)} ({source})" in shown
        assert any(len(figures) > 1 for figures in by_source.values())
