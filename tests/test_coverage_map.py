"""The coverage map: rows and marks match the analysis, order, filters, jump back, exports."""

from __future__ import annotations

import csv
import io
from html.parser import HTMLParser

from textual.widgets import Static

from readingdesk.analysis.coverage import MEANINGS, SYMBOLS, build_rows, filter_rows, sort_rows, totals
from readingdesk.corpus import load_corpus
from readingdesk.export import export_map
from readingdesk.ui.app import ReadingDeskApp
from readingdesk.ui.screens.choose_name import ChooseNameScreen
from readingdesk.ui.screens.coverage import CoverageScreen
from readingdesk.ui.widgets.article_pane import ArticlePane
from readingdesk.ui.widgets.coverage_view import SHORTEST_LABEL, CoverageView

from .conftest import SEEDS, ready


def test_rows_match_the_analysis(seed_analysis) -> None:
    rows = build_rows(seed_analysis)
    facts = [r for r in rows if r.kind == "fact"]
    assert [r.id for r in facts] == [g.id for g in seed_analysis.groups]
    conflicted = {sid for d in seed_analysis.discrepancies for sid, _ in d.values}
    for row, group in zip(facts, seed_analysis.groups, strict=True):
        for article in seed_analysis.articles:
            members = [s for s in group.sentences if seed_analysis.sentence(s).article_id == article.id]
            expected = "missing" if not members else "conflict" if conflicted & set(members) else "reported"
            assert row.cells[article.id] == expected
        assert row.sources == len(group.sources)
        assert row.gist.strip() and row.gist != row.id  # a gist of the fact, never its id
    only = [r for r in rows if r.kind == "only"]
    unique = [s.id for a in seed_analysis.articles for s in a.sentences if seed_analysis.is_unique(s)]
    assert sorted(r.id for r in only) == sorted(unique)
    assert any(c == "conflict" for r in facts for c in r.cells.values())
    # A source with one of the closest sentences of an "only here" sentence is near it, and
    # still does not count as reporting it.
    for row in only:
        closest = [link.other(row.id) for link in seed_analysis.closest_to(row.id)]
        near = {a: c for a, c in row.cells.items() if c == "near"}
        assert set(near) == {seed_analysis.sentence(s).article_id for s in closest}
        assert sorted(s for v in row.closest.values() for s in v) == sorted(closest)
        assert row.sources == 1
    assert any(c == "near" for r in only for c in r.cells.values())


def test_totals_orders_and_filters(seed_analysis) -> None:
    rows = build_rows(seed_analysis)
    for source in totals(seed_analysis, rows):
        assert source.facts == sum(1 for r in rows if r.kind == "fact" and r.cells[source.article_id] != "missing")
        own = [r for r in rows if r.kind == "only" and r.cells[source.article_id] == "reported"]
        assert source.exclusives == len(own)
        assert 0.0 <= source.share <= 1.0
    by_coverage = sort_rows(seed_analysis, rows, "coverage")
    assert [r.sources for r in by_coverage] == sorted((r.sources for r in by_coverage), reverse=True)
    assert sort_rows(seed_analysis, rows, "exclusives")[0].kind == "only"
    assert sort_rows(seed_analysis, rows, "conflicts")[0].conflicts > 0
    efe = seed_analysis.articles[0].id
    in_order = [r for r in sort_rows(seed_analysis, rows, "source", efe) if r.reported_by(efe)]
    firsts = [min(seed_analysis.sentence(s).index for s in r.sentences[efe]) for r in in_order]
    assert firsts == sorted(firsts)
    assert all(r.cells[efe] in ("reported", "conflict") for r in filter_rows(seed_analysis, rows, source=efe))
    choe = next(e for e in seed_analysis.entities if e.name == "Choe Son-hui")
    named = {m.sentence for m in choe.mentions}
    chosen = filter_rows(seed_analysis, rows, entity=choe.id)
    assert chosen and all(named & {s for v in r.sentences.values() for s in v} for r in chosen)


def test_map_exports(seed_analysis) -> None:
    table = list(csv.reader(io.StringIO(export_map(seed_analysis, "csv"))))
    assert table[0][:3] == ["row", "kind", "gist"] and table[0][-1] == "sources"
    assert len(table) == 1 + len(build_rows(seed_analysis)) + 3
    near = sum(list(r.cells.values()).count("near") for r in build_rows(seed_analysis))
    assert near and sum(row.count("near") for row in table) == near
    markdown = export_map(seed_analysis, "md")
    assert "| Fact |" in markdown and "≠" in markdown and "**share**" in markdown
    assert "◌ has a close sentence" in markdown and markdown.count("◌") == near + 1

    class Cells(HTMLParser):
        count = 0

        def handle_starttag(self, tag, attrs) -> None:
            self.count += tag == "td"

    parser = Cells()
    parser.feed(export_map(seed_analysis, "html"))
    assert parser.count >= len(build_rows(seed_analysis)) * (len(seed_analysis.articles) + 2)


async def test_map_screen_sort_filter_and_jump_back() -> None:
    app = ReadingDeskApp(load_corpus([SEEDS]))
    async with app.run_test(size=(200, 50)) as pilot:
        await ready(pilot)
        await pilot.press("v")
        screen = app.screen
        assert isinstance(screen, CoverageScreen)
        assert len(screen.shown) == len(screen.rows)
        await pilot.press("o")
        assert screen.sort == "exclusives" and screen.shown[0].kind == "only"
        await pilot.press("c")
        assert screen.source_filter == app.corpus.articles[0].id
        await pilot.press("c", "c", "c", "c", "c")  # back to every source
        assert screen.source_filter is None
        await pilot.press("o")  # each source's reading order in turn
        assert (screen.sort, screen.sort_source_index) == ("source", 0)
        await pilot.press(*"o" * (len(app.corpus.articles) - 1))
        assert screen.sort_source_index == len(app.corpus.articles) - 1
        await pilot.press("o")
        assert screen.sort == "conflicts" and screen.shown[0].conflicts > 0
        await pilot.press("o")
        assert screen.sort == "coverage"
        row = screen.shown[0]
        await pilot.press("enter")  # on the label: the whole fact
        await pilot.pause()
        assert not isinstance(app.screen, CoverageScreen)
        for pane in app.panes:
            wanted = row.sentences[pane.article.id]
            if wanted:
                assert pane.sentence.id in wanted


async def test_map_cell_selects_that_sources_sentence_at_80_columns() -> None:
    app = ReadingDeskApp(load_corpus([SEEDS]))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("v")
        screen = app.screen
        target = app.corpus.articles[-1].id
        index = next(i for i, r in enumerate(screen.shown) if r.sentences[target])
        grid = screen.query_one("CoverageView")
        grid.row = index
        await pilot.press(*["right"] * len(app.corpus.articles))
        assert grid.column == len(app.corpus.articles)
        await pilot.press("enter")
        await pilot.pause()
        pane = app.focused
        assert isinstance(pane, ArticlePane) and pane.article.id == target
        assert pane.sentence.id in screen.shown[index].sentences[target]


async def test_map_near_cell_selects_that_sources_closest_sentence() -> None:
    app = ReadingDeskApp(load_corpus([SEEDS]))
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("v")
        screen = app.screen
        articles = [a.id for a in app.corpus.articles]
        index, column = next(
            (i, articles.index(a) + 1) for i, r in enumerate(screen.shown) for a in articles if r.cells[a] == "near"
        )
        row = screen.shown[index]
        # The status line says what the near cell's symbol means, as the exports do.
        status = str(screen.query_one("#map-status", Static).render())
        assert f"{SYMBOLS['near']} {MEANINGS['near']}" in " ".join(status.split())
        grid = screen.query_one("CoverageView")
        grid.row = index
        await pilot.press(*["right"] * column, "enter")
        await pilot.pause()
        pane = app.focused
        assert isinstance(pane, ArticlePane) and pane.article.id == articles[column - 1]
        assert pane.sentence.id == row.closest[articles[column - 1]][0]
        assert app.analysis.is_unique(app.analysis.sentence(row.id))


async def test_map_filters_to_a_name_typed_in_any_spelling() -> None:
    app = ReadingDeskApp(load_corpus([SEEDS]))
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("v", "slash")
        assert isinstance(app.screen, ChooseNameScreen)
        # "sun hui" is one source's spelling of Choe Son-hui; case does not matter.
        await pilot.press(*"SUN HUI", "enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CoverageScreen)
        choe = next(e for e in app.analysis.entities if e.id == screen.entity_filter)
        assert choe.name == "Choe Son-hui"
        named = {m.sentence for m in choe.mentions}
        assert screen.shown and all(named & {s for v in r.sentences.values() for s in v} for r in screen.shown)
        # Escape leaves the filter as it was.
        await pilot.press("slash", "escape")
        await pilot.pause()
        assert app.screen is screen and screen.entity_filter == choe.id


async def test_map_shows_every_source_when_the_terminal_allows() -> None:
    app = ReadingDeskApp(load_corpus([SEEDS]))
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        await pilot.press("v")
        await pilot.pause()
        grid = app.screen.query_one(CoverageView)
        # At 120 columns the five sources and the count fit beside shortened labels: nothing
        # is hidden off to the right.
        assert grid.virtual_size.width <= grid.scrollable_content_region.width
        assert grid.label_width >= SHORTEST_LABEL
        header = "".join(segment.text for segment in grid.render_line(0))
        assert all(app.source_of[a.id] in header for a in app.corpus.articles) and "Sources" in header
        narrow = grid.label_width
        await pilot.resize_terminal(200, 36)
        await pilot.pause()
        assert grid.label_width > narrow  # a wider terminal gives the facts' labels more room
        await pilot.resize_terminal(80, 36)
        await pilot.pause()
        # Too narrow for every column: the labels keep their least width and the sources scroll.
        assert grid.label_width == SHORTEST_LABEL
        assert grid.virtual_size.width > grid.scrollable_content_region.width


async def test_the_desks_keys_do_nothing_under_the_map(tmp_path) -> None:
    """m, s and x act on the desk: under the map they would mark, switch or export unseen."""
    app = ReadingDeskApp(load_corpus([SEEDS]), root=tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, CoverageScreen)
        shown = {key for key, active in app.screen.active_bindings.items() if active.binding.show}
        assert "m" not in shown and "x" not in shown
        await pilot.press("m", "s", "x", "H", "a", "b")
        await pilot.pause()
        assert isinstance(app.screen, CoverageScreen)
        assert app.highlights == [] and app.sync
        assert not list(tmp_path.glob("*.md"))
        await pilot.press("escape")
        await pilot.pause()
        # Back at the desk the same keys work, the command palette's too.
        await pilot.press("m")
        assert len(app.highlights) == 1
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Map")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause(0.5)
        assert isinstance(app.screen, CoverageScreen)
