"""What the desk marks on each sentence, derived once from the analysis."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from readingdesk.analysis.model import Analysis
from readingdesk.corpus.model import Article

TINTS = 8
# A sentence's mark in the gutter; where several sentences start on one row, the row shows the
# mark that comes first here (and of equal marks, the first sentence's).
Mark = Literal["conflict", "fact", "only-here", "near-elsewhere"]
MARK_ORDER: tuple[Mark, ...] = ("conflict", "fact", "only-here", "near-elsewhere")


@dataclass(frozen=True, slots=True)
class SentenceMarks:
    """Per sentence of one article: its fact number (1-based, None) and "only here" flag."""

    fact: tuple[int | None, ...]
    only_here: tuple[bool, ...]
    # Offsets of characters of figures that conflict with another source's, and their sentences.
    conflicts: frozenset[int] = frozenset()
    conflicted: frozenset[int] = frozenset()
    # The "only here" sentences with close sentences in other sources (under the min score):
    # the ones to check before calling a fact exclusive.
    near_elsewhere: frozenset[int] = frozenset()

    def mark_of(self, sentence: int) -> Mark | None:
        """The mark the gutter gives the ``sentence``-th sentence, if any."""
        if sentence in self.conflicted:
            return "conflict"
        if self.fact[sentence] is not None:
            return "fact"
        if self.only_here[sentence]:
            return "near-elsewhere" if sentence in self.near_elsewhere else "only-here"
        return None

    def most_telling(self, sentences: Sequence[int]) -> tuple[int, Mark] | None:
        """Of sentences that share one gutter cell, the one whose mark to show, with that mark:
        the first whose mark comes earliest in ``MARK_ORDER``; None if none has a mark."""
        marked = [(sentence, mark) for sentence in sentences if (mark := self.mark_of(sentence))]
        return min(marked, key=lambda found: MARK_ORDER.index(found[1]), default=None)

    @classmethod
    def empty(cls, article: Article) -> SentenceMarks:
        n = len(article.sentences)
        return cls((None,) * n, (False,) * n)

    @classmethod
    def of(cls, analysis: Analysis, article: Article) -> SentenceMarks:
        number = {g.id: i for i, g in enumerate(analysis.groups, start=1)}
        facts = tuple(number.get(analysis.group_of(s.id) or "") for s in article.sentences)
        mine = [
            (analysis.sentence(sid).index, figure)
            for d in analysis.discrepancies
            for sid, figure in d.values
            if analysis.sentence(sid).article_id == article.id
        ]
        only_here = tuple(analysis.is_unique(s) for s in article.sentences)
        return cls(
            facts,
            only_here,
            frozenset(o for _, f in mine for o in range(f.start, f.end)),
            frozenset(index for index, _ in mine),
            frozenset(
                s.index
                for s, alone in zip(article.sentences, only_here, strict=True)
                if alone and analysis.closest_to(s.id)
            ),
        )


def tint_of(fact: int) -> int:
    return (fact - 1) % TINTS
