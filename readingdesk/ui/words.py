"""Word boundaries inside a sentence, for choosing an excerpt word by word.

Every function works on ``text[low:high]`` (a sentence's span of the article)
and returns an offset inside it; white space of any kind separates words.
"""

from __future__ import annotations

import re

_SPACE = re.compile(r"\s")
_LAST_SPACE = re.compile(r"\s(?=\S*\Z)")


def _last_space(text: str, low: int, high: int) -> int:
    """Offset of the last white space in ``text[low:high]``, or -1."""
    found = _LAST_SPACE.search(text, low, max(low, high))
    return found.start() if found else -1


def _first_space(text: str, low: int, high: int) -> int:
    """Offset of the first white space in ``text[low:high]``, or -1."""
    found = _SPACE.search(text, low, max(low, high))
    return found.start() if found else -1


def word_start(text: str, low: int, at: int) -> int:
    """Start of the word holding offset ``at`` (``low`` at the latest)."""
    found = _last_space(text, low, at)
    return low if found < 0 else found + 1


def word_end(text: str, at: int, high: int) -> int:
    """End of the word holding offset ``at`` (``high`` at the latest)."""
    found = _first_space(text, at, high)
    return high if found < 0 else found


def next_word_start(text: str, at: int, high: int) -> int:
    """Start of the word after the one holding ``at``; ``high`` when there is none."""
    found = _first_space(text, at, high)
    return high if found < 0 else found + 1


def previous_word_end(text: str, low: int, end: int) -> int:
    """Where a span ending at ``end`` ends one word shorter; ``low`` when no word is left."""
    found = _last_space(text, low, end - 1)
    return low if found <= low else found
