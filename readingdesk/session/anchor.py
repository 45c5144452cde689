"""Finding a highlight's quote again in an article that may have been edited."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from readingdesk.session.model import Highlight

# How alike a changed passage must be to the quote (rapidfuzz partial ratio, 0-100).
FUZZY_MIN = 85


@dataclass(frozen=True, slots=True)
class Anchored:
    start: int
    end: int
    status: str  # attached | moved | changed | orphaned


def _context_score(text: str, start: int, end: int, highlight: Highlight) -> float:
    before = text[max(0, start - len(highlight.prefix)) : start]
    after = text[end : end + len(highlight.suffix)]
    return fuzz.ratio(before, highlight.prefix) + fuzz.ratio(after, highlight.suffix)


def anchor(text: str, highlight: Highlight) -> Anchored:
    """Where ``highlight`` stands in ``text`` now; orphaned when it cannot be found."""
    quote = highlight.quote
    if not quote:
        return Anchored(highlight.start, highlight.end, "orphaned")
    if text[highlight.start : highlight.end] == quote:
        return Anchored(highlight.start, highlight.end, "attached")
    places = []
    at = text.find(quote)
    while at >= 0:
        places.append(at)
        at = text.find(quote, at + 1)
    if places:
        best = max(
            places, key=lambda p: (_context_score(text, p, p + len(quote), highlight), -abs(p - highlight.start))
        )
        return Anchored(best, best + len(quote), "moved")
    if len(quote) >= 8:
        found = fuzz.partial_ratio_alignment(quote, text, score_cutoff=FUZZY_MIN)
        if found is not None:
            return Anchored(found.dest_start, found.dest_end, "changed")
    return Anchored(highlight.start, highlight.end, "orphaned")
