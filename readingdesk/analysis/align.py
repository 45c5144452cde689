"""Cross-source sentence alignment: which sentences of other articles report the same fact.

Sentences become profiles of concepts (:mod:`readingdesk.analysis.profiles`),
pairs that share a rare term are scored fact by fact
(:mod:`readingdesk.analysis.scoring`), and a pair links when it scores at
least the threshold, or a little under it when sentences of other sources
link strongly to both of its sentences (the fact is corroborated), when one of
them links strongly to a near-paraphrase of the other, when both
open articles on one story (news puts the main fact first), or when both measure
one quantity, however differently ("Vladivostok lies 1,130 km from Pyongyang",
"Kim spent 20 hours travelling 1,180km"): then the desk can show how the figures
differ inside one fact. A sentence that links to nothing keeps its closest sentences
of other articles, so a reader can check that no other source reports it before
saying so.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse

from readingdesk.analysis.discrepancies import measure_one_quantity
from readingdesk.analysis.figures import QUANTITY_KINDS, Figure
from readingdesk.analysis.model import Link
from readingdesk.analysis.profiles import ALIGNABLE_KINDS, NO_NAMES, Named, Names, about_other_things, profile
from readingdesk.analysis.scoring import Scorer, candidate_pairs
from readingdesk.analysis.stories import NO_STORY
from readingdesk.corpus.model import Article

# A pair scoring up to this much under the threshold still links when at least this many
# sentences of other sources are linked to both of its sentences.
SUPPORT_MARGIN = 0.12
SUPPORT_NEIGHBOURS = 2
# Two sentences of different articles that score at least this tell one fact in much the same words.
PARAPHRASE_SCORE = 0.5
# Sentences that open two articles on one story link this much under the threshold.
OPENING_MARGIN = 0.15
# An article's opening: its first headline or body sentences (headline and lede, or the lede
# and the sentence after it).
OPENING_SENTENCES = 2
OPENING_KINDS = frozenset({"headline", "body"})
# Two sentences that measure one quantity (a distance, a speed) link this much under the threshold.
QUANTITY_MARGIN = 0.07
# Two opening sentences must share at least this many terms: one word in common ("Libya")
# says too little, however short the sentences and so however high it scores.
OPENING_SHARED_TERMS = 2
# A sentence that links to nothing keeps up to this many sentences of other articles that
# score at least CLOSEST_FLOOR with it, so that a sentence wrongly taken for one source's
# own often shows its counterpart (benchmarks/alignment_quality.py counts how often).
CLOSEST_FLOOR = 0.12
CLOSEST_COUNT = 3


@dataclass(frozen=True, slots=True)
class Alignment:
    """What the aligner found of a corpus."""

    links: list[Link]
    # Of each sentence that links to nothing: its closest sentences of other articles, best
    # first, as links from it (scoring under the threshold).
    closest: dict[str, list[Link]] = field(default_factory=dict)
    # Of each article (by id): its story (numbered from 0), or None where it shares none.
    stories: dict[str, int | None] = field(default_factory=dict)
    # Of each sentence that names places, organisations or people outside its attribution, or
    # parts of a year: those it names, by kind (:func:`~readingdesk.analysis.profiles.about_other_things`).
    named: dict[str, Named] = field(default_factory=dict)


def align(
    articles: list[Article],
    min_score: float,
    *,
    names: Names = NO_NAMES,
    figures: Mapping[str, Sequence[Figure]] | None = None,
) -> Alignment:
    """Links between sentences of different articles scoring at least ``min_score``, or at
    least ``min_score - SUPPORT_MARGIN`` where two other sentences link strongly to both, or
    one links strongly to a near-paraphrase of the other.

    ``names`` tells which spans name which referent, ``figures`` the figures of
    each sentence (by id), which tell what its amounts measure and which quantities it
    gives. Also finds the closest sentences to each sentence that links to nothing.
    """
    figures = figures or {}
    profiles = [
        profile(index, article, sentence, names, figures.get(sentence.id, ()))
        for index, article in enumerate(articles)
        for sentence in article.sentences
        if sentence.kind in ALIGNABLE_KINDS
    ]
    profiles = [p for p in profiles if p.terms]
    if len({p.article_index for p in profiles}) < 2:
        return Alignment([])
    scorer = Scorer(profiles)
    # Every pair that may link or be one of a sentence's closest.
    a, b = candidate_pairs(scorer, min(min_score - QUANTITY_MARGIN, CLOSEST_FLOOR))
    scores = scorer.score_pairs(a, b)
    strong = scores >= min_score
    links = [_link(scorer, x, y, score) for x, y, score in zip(a[strong], b[strong], scores[strong], strict=True)]
    near = ~strong & (scores >= min_score - QUANTITY_MARGIN)
    links.extend(_one_quantity(scorer, a[near], b[near], scores[near], figures))
    links.extend(_corroborated(scorer, a[strong], b[strong], scores[strong], min_score - SUPPORT_MARGIN))
    links.extend(_openings(scorer, {(link.a, link.b) for link in links}, min_score - OPENING_MARGIN))
    links.sort(key=lambda link: (-link.score, link.a, link.b))
    # The scorer knows articles up to the last with a sentence to align; any after it (all
    # metadata) are on no shared story, as an absent id says.
    stories = {
        article.id: None if story == NO_STORY else story
        for article, story in zip(articles, scorer.stories.tolist(), strict=False)
    }
    named = {p.sentence.id: p.named for p in profiles if p.named}
    return Alignment(links, _closest(scorer, links, a, b, scores, CLOSEST_FLOOR), stories, named)


def _closest(
    scorer: Scorer, links: list[Link], a: np.ndarray, b: np.ndarray, scores: np.ndarray, floor: float
) -> dict[str, list[Link]]:
    """Of each sentence that no link touches, up to ``CLOSEST_COUNT`` sentences of other
    articles, best first, among the scored pairs ``(a, b)`` that reach ``floor``.

    The aligner scores every pair that may reach ``CLOSEST_FLOOR``, so these are the
    closest of all the pairs that share a rare term.
    """
    linked = {sid for link in links for sid in (link.a, link.b)}
    lone = np.asarray([p.sentence.id not in linked for p in scorer.profiles])
    close = (scores >= floor) & (lone[a] | lone[b])
    a, b, scores = a[close], b[close], scores[close]
    # Each pair, once from each of its lone sentences; then the best few of each.
    own = np.r_[a[lone[a]], b[lone[b]]]
    other = np.r_[b[lone[a]], a[lone[b]]]
    score = np.r_[scores[lone[a]], scores[lone[b]]]
    order = np.lexsort((other, -score, own))
    own, other, score = own[order], other[order], score[order]
    best = np.arange(len(own)) - np.searchsorted(own, own, "left") < CLOSEST_COUNT
    closest: dict[str, list[Link]] = {}
    for x, y, value in zip(own[best].tolist(), other[best].tolist(), score[best].tolist(), strict=True):
        closest.setdefault(scorer.profiles[x].sentence.id, []).append(_link(scorer, x, y, value))
    return closest


def _openings(scorer: Scorer, linked: set[tuple[str, str]], floor: float) -> list[Link]:
    """Links between sentences that open two articles on one story and score at least
    ``floor``: the top of a news story tells its main fact, so the openings of two
    articles on one story report the same one.

    Two articles are on one story when their openings name someone or something in
    common; that keeps apart the ledes of two stories in one corpus ("Quake hits Chile",
    "Floods in Peru") whatever words they share, and so do the stories the scorer found.
    The sentence after the lede of an article without a headline opens it too, as it often
    tells the main fact again, but two such sentences may each add a detail of its own: they
    pair with headlines and ledes, not with each other.
    """
    opening_of: dict[int, list[int]] = {}
    for index, p in enumerate(scorer.profiles):
        if p.sentence.kind in OPENING_KINDS:
            opening = opening_of.setdefault(p.article_index, [])
            if len(opening) < OPENING_SENTENCES:
                opening.append(index)
    named = {
        article: {term for i in opening for term in scorer.profiles[i].terms if term.startswith("@")}
        for article, opening in opening_of.items()
    }
    articles = sorted(opening_of)
    after_lede = {
        opening[1]
        for opening in opening_of.values()
        if len(opening) > 1 and scorer.profiles[opening[0]].sentence.kind != "headline"
    }
    pairs = [
        (x, y)
        for i, one in enumerate(articles)
        for other in articles[i + 1 :]
        if named[one] & named[other] and scorer.may_report_one_fact(one, other)
        for x in opening_of[one]
        for y in opening_of[other]
        if x not in after_lede or y not in after_lede
    ]
    if not pairs or floor <= 0:
        return []
    a = np.asarray([x for x, _ in pairs], dtype=np.int64)
    b = np.asarray([y for _, y in pairs], dtype=np.int64)
    return [
        _link(scorer, x, y, score)
        for x, y, score in zip(a, b, scorer.score_pairs(a, b), strict=True)
        if score >= floor
        and len(scorer.profiles[x].terms & scorer.profiles[y].terms) >= OPENING_SHARED_TERMS
        and (scorer.profiles[x].sentence.id, scorer.profiles[y].sentence.id) not in linked
    ]


def _one_quantity(
    scorer: Scorer, a: np.ndarray, b: np.ndarray, scores: np.ndarray, figures: Mapping[str, Sequence[Figure]]
) -> list[Link]:
    """Links of the pairs ``(a[k], b[k])`` (scoring ``scores[k]``) whose two sentences measure one
    quantity (:func:`measure_one_quantity`) and are not about different things."""
    profiles = scorer.profiles
    measures = np.asarray([any(f.kind in QUANTITY_KINDS for f in figures.get(p.sentence.id, ())) for p in profiles])
    both = measures[a] & measures[b]
    return [
        _link(scorer, x, y, score)
        for x, y, score in zip(a[both].tolist(), b[both].tolist(), scores[both].tolist(), strict=True)
        if measure_one_quantity(figures.get(profiles[x].sentence.id, ()), figures.get(profiles[y].sentence.id, ()))
        and not about_other_things(profiles[x].named, profiles[y].named)
    ]


def _corroborated(scorer: Scorer, a: np.ndarray, b: np.ndarray, scores: np.ndarray, floor: float) -> list[Link]:
    """Links of weaker pairs, scoring at least ``floor``, whose two sentences are both linked to
    at least ``SUPPORT_NEIGHBOURS`` of the same other sentences, or to one whose link to either
    scores at least ``PARAPHRASE_SCORE``, among the links ``(a[k], b[k])`` that score ``scores[k]``.

    Two sentences that score that much tell one fact in much the same words (one wire story run
    twice, or translated twice), so a sentence that reports the fact of one reports the other's
    too, though in words further from the other's.
    """
    size = len(scorer.profiles)

    def matrix(x: np.ndarray, y: np.ndarray) -> sparse.csr_matrix:
        return sparse.coo_matrix((np.ones(2 * len(x)), (np.r_[x, y], np.r_[y, x])), shape=(size, size)).tocsr()

    close = scores >= PARAPHRASE_SCORE
    linked, alike = matrix(a, b), matrix(a[close], b[close])
    # Who may gain a link: a sentence linked to two others, or to one of two told alike.
    hubs = (np.diff(linked.indptr) >= SUPPORT_NEIGHBOURS) | (linked @ alike).getnnz(axis=1).astype(bool)
    if not hubs.any() or floor <= 0:
        return []
    c, d = candidate_pairs(scorer, floor, only=hubs)
    fresh = ~np.isin(c * size + d, a * size + b)
    c, d = c[fresh], d[fresh]
    pair_scores = scorer.score_pairs(c, d)
    kept = pair_scores >= floor
    c, d, pair_scores = c[kept], d[kept], pair_scores[kept]
    # Sentences linked to both: the row-wise product of their rows of the link matrix.
    common = np.asarray(linked[c].multiply(linked[d]).sum(axis=1)).ravel()
    told_alike = np.asarray((linked[c].multiply(alike[d]) + alike[c].multiply(linked[d])).sum(axis=1)).ravel()
    keep = (common >= SUPPORT_NEIGHBOURS) | (told_alike > 0)
    return [_link(scorer, x, y, score) for x, y, score in zip(c[keep], d[keep], pair_scores[keep], strict=True)]


def _link(scorer: Scorer, x: int, y: int, score: float) -> Link:
    """A link, with the (at most eight) most telling words the two sentences share; a word
    that a longer one says already ("cup" of "World Cup", the name's head) is left out."""
    a, b = scorer.profiles[x], scorer.profiles[y]
    words: list[str] = []
    for term in scorer.ranked_terms(x):
        if term in b.terms and (word := a.surface.get(term, term)) not in words:
            words.append(word)
            if len(words) == 8:
                break
    if longer := [_padded(w) for w in words if " " in w]:
        words = [w for w in words if not _inside(_padded(w), longer)]
    return Link(a.sentence.id, b.sentence.id, round(float(score), 4), tuple(words))


def _inside(word: str, names: list[str]) -> bool:
    """Whether ``word`` stands inside one of the longer ``names`` (both :func:`_padded`)."""
    return any(word != name and word in name for name in names)


def _padded(words: str) -> str:
    """``words`` in lower case, a hyphen a space, a space on each side: " world cup "."""
    return f" {words.casefold().replace('-', ' ')} "
