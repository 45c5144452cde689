"""The reader's settings file: what the desk remembers, and what it never disturbs."""

from __future__ import annotations

from pathlib import Path

import pytest

from readingdesk.corpus import load_corpus
from readingdesk.ui.app import ReadingDeskApp
from readingdesk.ui.config import load_settings, remember, save_theme, settings_path
from readingdesk.ui.widgets.detail_strip import DetailStrip

from .conftest import SEEDS, ready

WRITTEN_BY_HAND = """\
# My desk: light by day.
theme = "desk-dark"

[keymap]  # emacs habits
"pane.next_sentence" = "down,j,ctrl+n"  # keep j too
"""


@pytest.fixture
def config_file(private_user_dirs: Path) -> Path:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def test_saving_the_theme_keeps_the_readers_comments_and_keymap(config_file: Path) -> None:
    config_file.write_text(WRITTEN_BY_HAND, encoding="utf-8")
    assert save_theme("desk-light") is None
    text = config_file.read_text(encoding="utf-8")
    assert text == WRITTEN_BY_HAND.replace('"desk-dark"', '"desk-light"')
    settings = load_settings()
    assert settings.theme == "desk-light" and settings.keymap == {"pane.next_sentence": "down,j,ctrl+n"}


def test_desk_settings_go_in_their_own_table(config_file: Path) -> None:
    config_file.write_text(WRITTEN_BY_HAND, encoding="utf-8")
    assert remember("strip", "tall", table="desk") is None
    assert remember("sync", False, table="desk") is None
    text = config_file.read_text(encoding="utf-8")
    assert text.startswith(WRITTEN_BY_HAND) and "[desk]" in text
    settings = load_settings()
    assert settings.tall_strip and settings.sync is False and settings.theme == "desk-dark"


@pytest.mark.parametrize("broken", ['theme = "desk-dark\n', "desk = 3\n"], ids=["not TOML", "desk not a table"])
def test_a_file_the_desk_cannot_read_is_left_alone(config_file: Path, broken: str) -> None:
    config_file.write_text(broken, encoding="utf-8")
    problem = remember("strip", "tall", table="desk")
    assert problem and str(config_file) in problem and "\n" not in problem
    assert config_file.read_text(encoding="utf-8") == broken


def test_a_value_already_saved_leaves_the_file_untouched(config_file: Path) -> None:
    config_file.write_text(WRITTEN_BY_HAND, encoding="utf-8")
    before = config_file.stat().st_mtime_ns, config_file.stat().st_ino
    assert save_theme("desk-dark") is None
    assert (config_file.stat().st_mtime_ns, config_file.stat().st_ino) == before


def test_unexpected_values_fall_back_to_the_defaults(config_file: Path) -> None:
    config_file.write_text('[desk]\nstrip = 5\nsync = "yes"\n', encoding="utf-8")
    settings = load_settings()
    assert not settings.tall_strip and settings.sync is True and settings.problem is None


async def test_strip_size_and_sync_are_remembered_between_runs(config_file: Path) -> None:
    app = ReadingDeskApp(load_corpus([SEEDS]))
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        assert not app.query_one(DetailStrip).expanded and app.sync
        await pilot.press("i", "s")
        await pilot.pause()
        assert app.query_one(DetailStrip).expanded and not app.sync
    again = ReadingDeskApp(load_corpus([SEEDS]))
    async with again.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        assert again.query_one(DetailStrip).expanded and not again.sync
        assert again.query_one(DetailStrip).has_class("-expanded")
        await pilot.press("i")
        await pilot.pause()
    assert not load_settings().tall_strip
