"""Analysis layer: pure Python, no UI imports. One entry point: :func:`analyze_corpus`."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from readingdesk.analysis.align import align
from readingdesk.analysis.discrepancies import find_discrepancies, spelling_variants
from readingdesk.analysis.entities import Entity, MentionFinder, extract_entities
from readingdesk.analysis.figures import extract_figures
from readingdesk.analysis.groups import build_groups
from readingdesk.analysis.model import SCHEMA_VERSION, Analysis, FactGroup, Link
from readingdesk.analysis.profiles import Names, alias_terms
from readingdesk.corpus.model import Corpus

DEFAULT_MIN_SCORE = 0.25


@contextmanager
def _cycle_collection_paused() -> Iterator[None]:
    """Hold Python's cycle collector while the analysis runs.

    The analysis makes millions of small objects that stay alive to its end and
    form no cycles to collect; each full collection walks all of them again, a
    cost that grows faster than the corpus (a tenth of the time at 20,000
    sentences). Whoever paused it resumes it; a second analysis meanwhile
    leaves it as it found it.
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def names_of(entities: list[Entity]) -> Names:
    """What the aligner needs of the entities: mention spans by sentence, unambiguous aliases."""
    mentions: dict[str, list[tuple[int, int, str]]] = {}
    owners: dict[tuple[str, ...], set[str]] = {}
    for entity in entities:
        for mention in entity.mentions:
            mentions.setdefault(mention.sentence, []).append((mention.start, mention.end, entity.id))
        for alias in entity.aliases:
            if terms := alias_terms(alias):
                owners.setdefault(terms, set()).add(entity.id)
    aliases = {terms: next(iter(ids)) for terms, ids in owners.items() if len(ids) == 1}
    return Names(mentions, aliases, {entity.id: entity.type for entity in entities})


def analyze_corpus(
    corpus: Corpus, *, min_score: float | None = None, mention_finder: MentionFinder | None = None
) -> Analysis:
    """Turn a corpus into an analysis: links, fact groups, entities, discrepancies.

    ``mention_finder`` replaces the built-in name finder (for example a spaCy
    pipeline through :func:`readingdesk.analysis.entities.spacy_backend.load_spacy_finder`).
    """
    with _cycle_collection_paused():
        return _analyze(corpus, DEFAULT_MIN_SCORE if min_score is None else min_score, mention_finder)


def _analyze(corpus: Corpus, threshold: float, mention_finder: MentionFinder | None) -> Analysis:
    figures = {
        s.id: found
        for article in corpus.articles
        for s in article.sentences
        if s.kind != "meta" and (found := extract_figures(article.sentence_text(s), s.start))
    }
    entities = extract_entities(corpus.articles, mention_finder)
    alignment = align(corpus.articles, threshold, names=names_of(entities), figures=figures)
    groups = build_groups(alignment.links, [a.id for a in corpus.articles])
    return Analysis(
        corpus=corpus,
        min_score=threshold,
        links=alignment.links,
        groups=groups,
        closest=alignment.closest,
        entities=entities,
        figures=figures,
        discrepancies=find_discrepancies(figures, alignment.links, groups, alignment.named),
        variants=spelling_variants(entities),
        stories=alignment.stories,
    )


__all__ = ["DEFAULT_MIN_SCORE", "SCHEMA_VERSION", "Analysis", "FactGroup", "Link", "analyze_corpus"]
