"""Analysis layer: pure Python, no UI imports. One entry point: :func:`analyze_corpus`."""

from __future__ import annotations

from readingdesk.analysis.align import align
from readingdesk.analysis.entities import MentionFinder, extract_entities
from readingdesk.analysis.entities.mentions import find_candidates
from readingdesk.analysis.groups import build_groups
from readingdesk.analysis.model import SCHEMA_VERSION, Analysis, FactGroup, Link
from readingdesk.corpus.model import Corpus

DEFAULT_MIN_SCORE = 0.38


def analyze_corpus(
    corpus: Corpus, *, min_score: float | None = None, mention_finder: MentionFinder | None = None
) -> Analysis:
    """Turn a corpus into an analysis: links, fact groups, entities, discrepancies.

    ``mention_finder`` replaces the built-in name finder (for example a spaCy
    pipeline through :func:`readingdesk.analysis.entities.spacy_backend.load_spacy_finder`).
    """
    threshold = DEFAULT_MIN_SCORE if min_score is None else min_score
    links = align(corpus.articles, threshold)
    groups = build_groups(links, [a.id for a in corpus.articles])
    entities = extract_entities(corpus.articles, mention_finder or find_candidates)
    return Analysis(corpus=corpus, min_score=threshold, links=links, groups=groups, entities=entities)


__all__ = ["DEFAULT_MIN_SCORE", "SCHEMA_VERSION", "Analysis", "FactGroup", "Link", "analyze_corpus"]
