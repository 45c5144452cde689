"""The names sidebar: each row fits the sidebar, its counts kept and its name cut instead."""

from __future__ import annotations

from rich.cells import cell_len

from readingdesk.analysis.entities.model import Entity, Mention
from readingdesk.corpus import load_corpus
from readingdesk.ui.app import ReadingDeskApp
from readingdesk.ui.widgets.entity_sidebar import SHORTEST_NAME, EntitySidebar, EntityTree, entity_label

from .conftest import SEEDS, ready


def named(name: str, mentions: int = 12, sources: int = 4) -> Entity:
    return Entity(
        id="e1",
        name=name,
        type="ORG",
        aliases=[name],
        mentions=[Mention(f"a{i % sources}:0", f"a{i % sources}", i, i + 1, name) for i in range(mentions)],
    )


def test_label_in_full_without_a_width() -> None:
    assert entity_label(named("Korean Central News Agency")).plain == " 12 Korean Central News Agency · 4 src"
    assert entity_label(named("Kremlin"), unit=False).plain == " 12 Kremlin · 4"


def test_label_cuts_the_name_and_keeps_the_counts() -> None:
    label = entity_label(named("Korean Central News Agency"), 22, unit=False).plain
    assert cell_len(label) == 22
    assert label.startswith(" 12 Korean") and label.endswith("… · 4")


def test_label_drops_the_source_count_before_the_name_shrinks_below_its_floor() -> None:
    width = 4 + SHORTEST_NAME + len(" · 4") - 1
    label = entity_label(named("Korean Central News Agency"), width, unit=False).plain
    assert "·" not in label and cell_len(label) == width and label.endswith("…")


def test_label_that_fits_is_untouched() -> None:
    assert entity_label(named("UN"), 40).plain == " 12 UN · 4 src"


def shown_rows(tree: EntityTree) -> list[str]:
    return ["".join(segment.text for segment in tree.render_line(y)).rstrip() for y in range(tree.size.height)]


async def test_sidebar_rows_fit_its_width_in_one_form() -> None:
    app = ReadingDeskApp(load_corpus([SEEDS]))
    async with app.run_test(size=(120, 60)) as pilot:
        await ready(pilot)
        tree = app.query_one(EntityTree)
        width = tree.scrollable_content_region.width
        # Nothing to scroll sideways to: every row is within the sidebar.
        assert tree.virtual_size.width <= width
        rows = [row for row in shown_rows(tree) if "▶" in row]
        assert rows and all(cell_len(row) <= width for row in rows)
        # The long names are cut with "…", their counts kept, and every row ends the same way.
        assert any("…" in row for row in rows)
        assert all(row.split("·")[-1].strip().isdigit() for row in rows)
        entities = {e.name: e for e in app.analysis.entities}
        kim = next(row for row in rows if "Kim Jong-un" in row)
        assert kim.split("·")[-1].strip() == str(len(entities["Kim Jong-un"].sources))

        # Made wide enough, the sidebar shows every name whole, and " src" again.
        app.query_one(EntitySidebar).styles.width = 70
        await pilot.pause()
        await pilot.pause()
        rows = [row for row in shown_rows(tree) if "▶" in row]
        assert rows and all(row.endswith(" src") and "…" not in row for row in rows)
