"""The aligner's word lists: each word means one thing."""

from __future__ import annotations

from collections import Counter

from readingdesk.analysis.lexicon import SYNONYM_CLASSES, SYNONYMS


def test_a_stem_belongs_to_one_synonym_class() -> None:
    """A stem listed in two classes would silently belong to the later one only."""
    counts = Counter(stem for group in SYNONYM_CLASSES for stem in group.split())
    assert [stem for stem, n in counts.items() if n > 1] == []


def test_every_stem_maps_to_the_first_word_of_its_class() -> None:
    for group in SYNONYM_CLASSES:
        first, *rest = group.split()
        assert {SYNONYMS[stem] for stem in rest} <= {first}, group
