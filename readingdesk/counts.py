"""Counts in words the reader sees: "1 conflict", "2 conflicts"."""

from __future__ import annotations


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """``count`` and ``noun``, in the plural unless the count is one (``plural`` when it is not
    the noun with an "s")."""
    if count == 1:
        return f"1 {noun}"
    return f"{count:,} {plural or noun + 's'}"
