"""What the desk marks on each sentence, derived once from the analysis."""

from __future__ import annotations

from dataclasses import dataclass

from readingdesk.analysis.model import Analysis
from readingdesk.corpus.model import Article

TINTS = 8


@dataclass(frozen=True, slots=True)
class SentenceMarks:
    """Per sentence of one article: its fact number (1-based, None) and "only here" flag."""

    fact: tuple[int | None, ...]
    only_here: tuple[bool, ...]

    @classmethod
    def empty(cls, article: Article) -> SentenceMarks:
        n = len(article.sentences)
        return cls((None,) * n, (False,) * n)

    @classmethod
    def of(cls, analysis: Analysis, article: Article) -> SentenceMarks:
        number = {g.id: i for i, g in enumerate(analysis.groups, start=1)}
        facts = tuple(number.get(analysis.group_of(s.id) or "") for s in article.sentences)
        return cls(facts, tuple(analysis.is_unique(s) for s in article.sentences))


def tint_of(fact: int) -> int:
    return (fact - 1) % TINTS
