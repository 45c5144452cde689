"""Counts the reader sees agree with their number."""

from __future__ import annotations

import readingdesk
from readingdesk.counts import counted
from readingdesk.summary import format_summary


def test_one_is_singular_and_thousands_are_grouped() -> None:
    assert counted(1, "conflict") == "1 conflict"
    assert counted(0, "conflict") == "0 conflicts"
    assert counted(12_345, "match", "matches") == "12,345 matches"


def test_the_summary_counts_in_words() -> None:
    analysis = readingdesk.analyze_texts({"only": "Kim left on Sunday."})
    assert format_summary(analysis).splitlines()[0] == "texts: 1 article, 1 sentence, 0 shared facts, 0 links"
