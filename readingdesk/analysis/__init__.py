"""Analysis layer: pure Python, no UI imports. One entry point: :func:`analyze_corpus`."""

from __future__ import annotations

from readingdesk.analysis.align import align
from readingdesk.analysis.entities import extract_entities
from readingdesk.analysis.groups import build_groups
from readingdesk.analysis.model import SCHEMA_VERSION, Analysis, FactGroup, Link
from readingdesk.corpus.model import Corpus

DEFAULT_MIN_SCORE = 0.38


def analyze_corpus(corpus: Corpus, *, min_score: float | None = None) -> Analysis:
    """Turn a corpus into an analysis: links, fact groups, entities, discrepancies."""
    threshold = DEFAULT_MIN_SCORE if min_score is None else min_score
    links = align(corpus.articles, threshold)
    groups = build_groups(links, [a.id for a in corpus.articles])
    entities = extract_entities(corpus.articles)
    return Analysis(corpus=corpus, min_score=threshold, links=links, groups=groups, entities=entities)


__all__ = ["DEFAULT_MIN_SCORE", "SCHEMA_VERSION", "Analysis", "FactGroup", "Link", "analyze_corpus"]
