"""Snapshots of the main screen at a narrow and a wide size (pytest-textual-snapshot).

Update them after a deliberate visual change with ``pytest --snapshot-update``.
"""

from __future__ import annotations

import pytest

from readingdesk.corpus import load_corpus
from readingdesk.ui.app import ReadingDeskApp

from .conftest import SEEDS, ready


async def settle(pilot) -> None:
    await ready(pilot)
    await pilot.press("f")  # select the first shared fact: panes sync, the detail strip fills
    await pilot.pause()


@pytest.mark.parametrize("size", [(80, 24), (200, 50)], ids=["80x24", "200x50"])
def test_main_screen(snap_compare, size: tuple[int, int]) -> None:
    app = ReadingDeskApp(load_corpus([SEEDS]), theme="desk-dark")
    assert snap_compare(app, terminal_size=size, run_before=settle)
