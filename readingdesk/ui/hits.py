"""Places the reader walks to with n/N."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Hit:
    """A place to walk to with n/N: an entity mention, a search match, a highlight."""

    article: int
    start: int
    end: int
