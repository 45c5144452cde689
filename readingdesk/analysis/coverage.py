"""The coverage map: every fact as a row, every source as a column.

A row is a fact group (reported by several sources) or a sentence only one
source has. A cell says whether the source reports the fact, misses it, or
reports it with a figure that conflicts with another source's; on a row of a
sentence only one source has, a source with one of its closest sentences
(scoring under the min score) is "near": it misses the fact as far as the
aligner can tell, but a reader should look there before calling it exclusive.
In a folder of several stories, a source on another story than the row's is
"elsewhere": it could not report the fact, so it does not miss it. Column
totals give each source's facts, exclusives and share of its story's facts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from readingdesk.analysis.model import Analysis
from readingdesk.corpus.model import article_of

Cell = Literal["reported", "missing", "conflict", "near", "elsewhere"]
# The cells of a source that reports the row's fact.
REPORTING: frozenset[Cell] = frozenset({"reported", "conflict"})
# How each cell is drawn, in the desk and in every export, and what it means.
SYMBOLS: dict[Cell, str] = {"reported": "●", "missing": "○", "conflict": "≠", "near": "◌", "elsewhere": "·"}
MEANINGS: dict[Cell, str] = {
    "reported": "reports",
    "missing": "misses",
    "conflict": "reports it with a conflicting figure",
    "near": "has a close sentence, under the min score",
    "elsewhere": "is on another story",
}
SORTS = ("coverage", "exclusives", "source", "conflicts")
GIST_LIMIT = 70


@dataclass(frozen=True, slots=True)
class CoverageRow:
    id: str
    kind: Literal["fact", "only"]
    gist: str
    # Per article id: the sentence ids of that source in this row (empty when missing).
    sentences: dict[str, tuple[str, ...]]
    cells: dict[str, Cell]
    # Per article id of a "near" cell: that source's closest sentences, best first.
    closest: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # The story the fact is told in, where the folder tells several (see Analysis.stories).
    story: int | None = None

    @property
    def sources(self) -> int:
        return sum(1 for c in self.cells.values() if c in REPORTING)

    def reported_by(self, article_id: str) -> bool:
        return self.cells.get(article_id) in REPORTING

    @property
    def conflicts(self) -> int:
        return sum(1 for c in self.cells.values() if c == "conflict")


@dataclass(frozen=True, slots=True)
class SourceTotals:
    article_id: str
    facts: int
    exclusives: int
    share: float


def gist(text: str, limit: int = GIST_LIMIT) -> str:
    """A short readable label: the sentence, trimmed at a word."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def build_rows(analysis: Analysis) -> list[CoverageRow]:
    """Rows in reading order: facts by their first sentence, then each source's exclusives."""
    conflicted = {sid for d in analysis.discrepancies for sid, _ in d.values}
    articles = analysis.articles
    rows: list[CoverageRow] = []
    for group in analysis.groups:
        by_article = {a.id: tuple(s for s in group.sentences if article_of(s) == a.id) for a in articles}
        members = [analysis.sentence(s) for s in group.sentences]
        shortest = min(members, key=lambda s: len(analysis.text_of(s)))
        story = analysis.story_among(group.sources)
        cells: dict[str, Cell] = {}
        for article in articles:
            sids = by_article[article.id]
            if not sids:
                cells[article.id] = _absent(analysis, article.id, story)
            else:
                cells[article.id] = "conflict" if conflicted & set(sids) else "reported"
        rows.append(CoverageRow(group.id, "fact", gist(analysis.text_of(shortest)), by_article, cells, story=story))
    for article in articles:
        for sentence in article.sentences:
            if analysis.is_unique(sentence):
                near: dict[str, list[str]] = {}
                for link in analysis.closest_to(sentence.id):
                    near.setdefault(article_of(link.b), []).append(link.b)
                closest = {article_id: tuple(ids) for article_id, ids in near.items()}
                story = analysis.stories.get(article.id)
                cells: dict[str, Cell] = {a.id: _absent(analysis, a.id, story) for a in articles}
                cells.update(dict.fromkeys(closest, "near"))
                cells[article.id] = "reported"
                sentences = {a.id: ((sentence.id,) if a.id == article.id else ()) for a in articles}
                text = gist(article.sentence_text(sentence))
                rows.append(CoverageRow(sentence.id, "only", text, sentences, cells, closest, story))
    return rows


def _absent(analysis: Analysis, article_id: str, story: int | None) -> Cell:
    """The cell of a source with no sentence in a row of ``story``."""
    return "elsewhere" if analysis.on_another_story(article_id, story) else "missing"


def legend(analysis: Analysis, separator: str = " · ") -> str:
    """What each cell's symbol means: "● reports · ○ misses · …" ("elsewhere" only where the
    folder tells several stories)."""
    cells = [cell for cell in SYMBOLS if cell != "elsewhere" or analysis.story_count > 1]
    return separator.join(f"{SYMBOLS[cell]} {MEANINGS[cell]}" for cell in cells)


def totals(analysis: Analysis, rows: list[CoverageRow]) -> list[SourceTotals]:
    """Each source's facts, exclusives and share of the rows of its story."""
    result = []
    for article in analysis.articles:
        reported = sum(1 for r in rows if r.kind == "fact" and r.reported_by(article.id))
        exclusives = sum(1 for r in rows if r.kind == "only" and r.reported_by(article.id))
        every = sum(1 for r in rows if r.cells.get(article.id) != "elsewhere")
        share = (reported + exclusives) / every if every else 0.0
        result.append(SourceTotals(article.id, reported, exclusives, share))
    return result


def sort_rows(analysis: Analysis, rows: list[CoverageRow], how: str, source: str | None = None) -> list[CoverageRow]:
    """``coverage``: facts every source has first; ``exclusives`` first; a ``source``'s
    reading order; ``conflicts`` first."""
    position = {s.id: i for a in analysis.articles for i, s in enumerate(a.sentences)}

    def first(row: CoverageRow, article_id: str | None) -> int:
        ids = row.sentences.get(article_id, ()) if article_id else [s for v in row.sentences.values() for s in v]
        return min((position[s] for s in ids), default=1 << 30)

    if how == "coverage":
        return sorted(rows, key=lambda r: (-r.sources, r.kind != "fact", first(r, None)))
    if how == "exclusives":
        return sorted(rows, key=lambda r: (r.kind != "only", r.sources, first(r, None)))
    if how == "conflicts":
        return sorted(rows, key=lambda r: (-r.conflicts, -r.sources, first(r, None)))
    if how == "source" and source is not None:
        return sorted(rows, key=lambda r: (not r.reported_by(source), first(r, source)))
    raise ValueError(f"unknown order {how!r}")


def filter_rows(
    analysis: Analysis,
    rows: list[CoverageRow],
    *,
    source: str | None = None,
    entity: str | None = None,
    story: int | None = None,
) -> list[CoverageRow]:
    """Rows a source reports, rows that mention an entity (by id), and rows of a story."""
    if source is not None:
        rows = [r for r in rows if r.reported_by(source)]
    if story is not None:
        rows = [r for r in rows if r.story == story]
    if entity is not None:
        chosen = next((e for e in analysis.entities if e.id == entity), None)
        named = {m.sentence for m in chosen.mentions} if chosen else set()
        rows = [r for r in rows if named & {s for v in r.sentences.values() for s in v}]
    return rows
