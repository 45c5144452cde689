"""Fact groups: the agglomeration merges, step by step, the best pair a reader's rule allows."""

from __future__ import annotations

import random
from itertools import combinations

import pytest

from readingdesk.analysis.groups import DENSITY, _agglomerate, build_groups
from readingdesk.analysis.model import Link
from readingdesk.corpus.model import article_of, sentence_id


def _merge_step_by_step(links: list[Link]) -> set[frozenset[str]]:
    """The rule, spelled out slowly: while some two groups may merge (links cover at least
    ``DENSITY`` of their cross-article pairs, and every member of the union is linked to at
    least that share of its members from other articles), merge the two whose links score
    highest on average over those pairs."""
    score = {frozenset((link.a, link.b)): link.score for link in links}
    groups = [frozenset([sid]) for sid in dict.fromkeys(s for link in links for s in (link.a, link.b))]

    def cross(x: str, members: frozenset[str]) -> list[str]:
        return [y for y in members if article_of(y) != article_of(x)]

    def allowed_average(g: frozenset[str], h: frozenset[str]) -> float | None:
        pairs = [frozenset((x, y)) for x in g for y in cross(x, h)]
        linked = [score[p] for p in pairs if p in score]
        if not linked or len(linked) < DENSITY * len(pairs):
            return None
        union = g | h
        for x in union:
            others = cross(x, union)
            if sum(frozenset((x, y)) in score for y in others) < DENSITY * len(others):
                return None
        return sum(linked) / len(pairs)

    while True:
        candidates = [(average, g, h) for g, h in combinations(groups, 2) if (average := allowed_average(g, h))]
        if not candidates:
            return set(groups)
        _, g, h = max(candidates, key=lambda c: c[0])
        groups = [x for x in groups if x not in (g, h)] + [g | h]


def _random_links(seed: int) -> list[Link]:
    """Up to a dozen sentences of four articles, linked at random with distinct scores."""
    rng = random.Random(seed)
    sentences = [sentence_id(f"a{rng.randrange(4)}", i) for i in range(rng.randrange(4, 13))]
    share = rng.uniform(0.2, 0.9)
    return [
        Link(x, y, 0.25 + 0.75 * rng.random(), ())
        for x, y in combinations(sentences, 2)
        if article_of(x) != article_of(y) and rng.random() < share
    ]


# The last four are graphs where a pair passed over merges once one of its groups has grown.
@pytest.mark.parametrize("seed", [*range(300), 1657, 1674, 2145, 3506])
def test_agglomeration_merges_as_the_rule_says(seed: int) -> None:
    links = _random_links(seed)
    found = {frozenset(group) for group in _agglomerate(links)} if links else set()
    assert found == _merge_step_by_step(links)


def test_a_hub_sentence_does_not_glue_two_facts() -> None:
    # a:0 reports both facts; three other sources tell each fact in a sentence of its own.
    facts = [[f"{article}:{n}" for article in "bcd"] for n in (0, 1)]
    links = [Link(x, y, 0.8, ()) for fact in facts for x, y in combinations(fact, 2)]
    links += [Link("a:0", sid, 0.9, ()) for fact in facts for sid in fact]
    groups = [set(group.sentences) for group in build_groups(links, list("abcd"))]
    # The hub may join one source's two sentences (one fact told in two there), but the two
    # facts as the other sources tell them stay apart.
    assert not any({f"{article}:0", f"{article}:1"} <= group for group in groups for article in "cd")
    assert any({"c:1", "d:1"} <= group for group in groups) and any({"c:0", "d:0"} <= group for group in groups)
