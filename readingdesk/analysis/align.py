"""Cross-source sentence alignment: which sentences of other articles report the same fact.

Sentences are compared fact by fact, not only as wholes. Each sentence becomes
a profile of *concepts*: a run of capitalised words (``Russian President
Vladimir Putin``) is one concept weighted by its rarest word, other content
terms are concepts of their own, and attribution (``said``, ``according to``)
weighs little. Two sentences score as the blend of their whole-sentence Dice
overlap and the best Dice overlap between one clause of each, the latter
scaled by how much rare evidence the clauses share, so a sentence that packs
three facts still aligns with a sentence that repeats one of them.

Candidates come from an inverted index over the rarer terms, so the cost grows
with the real candidates, not with the square of the sentence count.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from readingdesk.analysis.lexicon import DEMONYMS, REPORTING, SYNONYMS
from readingdesk.analysis.model import Link
from readingdesk.analysis.terms import TermWeights, terms_of
from readingdesk.corpus.model import Article, Sentence

ALIGNABLE_KINDS = frozenset({"headline", "body", "caption"})
# Where a sentence breaks into clauses: punctuation and clause-opening words.
_CLAUSE_BREAK = re.compile(
    r"[,;:()\[\]–—\"“”]|\s-\s|\b(?:which|who|whom|whose|while|whereas|although|though|but|after|before"
    r"|according|because|since|when|where|if|unless|until)\b",
    re.IGNORECASE,
)
_RUN_GLUE = re.compile(r"[\s\-’'.]*")
REPORTING_WEIGHT = 0.3
# Shared clause weight at which clause evidence counts in full (about two rare terms).
CLAUSE_EVIDENCE = 1.5
# Posting lists longer than this share of all sentences are too common to seed candidates.
COMMON_SHARE = 0.05
MIN_COMMON = 40


@dataclass(slots=True)
class Profile:
    """What the aligner compares of one sentence."""

    sentence: Sentence
    article_index: int
    concepts: list[tuple[str, ...]]
    clauses: list[list[int]]
    terms: frozenset[str]
    folded: str
    surface: dict[str, str]


def _concepts(text: str) -> tuple[list[tuple[str, ...]], list[int], dict[str, str]]:
    """Concepts of a sentence, the offset where each begins, and each term's surface word."""
    concepts: list[list[str]] = []
    starts: list[int] = []
    surface: dict[str, str] = {}
    previous_end = -1
    previous_capital = False
    for term in terms_of(text):
        word = SYNONYMS.get(term.term, term.term)
        word = DEMONYMS.get(word, word)
        surface.setdefault(word, text[term.start : term.end])
        glued = previous_end >= 0 and _RUN_GLUE.fullmatch(text, previous_end, term.start) is not None
        if term.capitalised and previous_capital and glued and concepts:
            if word not in concepts[-1]:
                concepts[-1].append(word)
        else:
            concepts.append([word])
            starts.append(term.start)
        previous_end = term.end
        previous_capital = term.capitalised
    return [tuple(c) for c in concepts], starts, surface


def _clauses(text: str, starts: list[int]) -> list[list[int]]:
    bounds = [0]
    for match in _CLAUSE_BREAK.finditer(text):
        bounds.append(match.start())
    bounds.append(len(text) + 1)
    clauses: list[list[int]] = []
    position = 0
    for upper in bounds[1:]:
        members: list[int] = []
        while position < len(starts) and starts[position] < upper:
            members.append(position)
            position += 1
        if members:
            clauses.append(members)
    return clauses


def profile(article_index: int, article: Article, sentence: Sentence) -> Profile:
    text = article.sentence_text(sentence)
    concepts, starts, surface = _concepts(text)
    return Profile(
        sentence=sentence,
        article_index=article_index,
        concepts=concepts,
        clauses=_clauses(text, starts),
        terms=frozenset(t for c in concepts for t in c),
        folded=" ".join(sorted({t for c in concepts for t in c})),
        surface=surface,
    )


class Scorer:
    """Scores pairs of profiles with weights learned from one corpus."""

    def __init__(self, profiles: Iterable[Profile]) -> None:
        self.weights = TermWeights(p.terms for p in profiles)
        self._term_weight: dict[str, float] = {}

    def term_weight(self, term: str) -> float:
        weight = self._term_weight.get(term)
        if weight is None:
            weight = self.weights(term) * (REPORTING_WEIGHT if term in REPORTING else 1.0)
            self._term_weight[term] = weight
        return weight

    def _concept_weight(self, concept: tuple[str, ...], within: frozenset[str] | None = None) -> float:
        return max((self.term_weight(t) for t in concept if within is None or t in within), default=0.0)

    def _overlap(
        self, a: Profile, a_idx: Iterable[int] | None, b: Profile, b_idx: Iterable[int] | None
    ) -> tuple[float, float, list[str]]:
        """Shared weight, Dice overlap and the shared terms of two concept selections."""
        ca = a.concepts if a_idx is None else [a.concepts[i] for i in a_idx]
        cb = b.concepts if b_idx is None else [b.concepts[i] for i in b_idx]
        ta = frozenset(t for c in ca for t in c)
        tb = frozenset(t for c in cb for t in c)
        shared_terms = ta & tb
        if not shared_terms:
            return 0.0, 0.0, []
        shared = min(
            sum(self._concept_weight(c, tb) for c in ca), sum(self._concept_weight(c, ta) for c in cb)
        )
        total = sum(self._concept_weight(c) for c in ca) + sum(self._concept_weight(c) for c in cb)
        dice = 2 * shared / total if total else 0.0
        return shared, dice, sorted(shared_terms, key=lambda t: -self.term_weight(t))

    def score(self, a: Profile, b: Profile) -> tuple[float, list[str]]:
        """Similarity in [0, 1] of the facts two sentences report, and the shared terms."""
        _, dice, shared_terms = self._overlap(a, None, b, None)
        if not shared_terms:
            return 0.0, []
        best_clause = 0.0
        for ca in a.clauses:
            for cb in b.clauses:
                shared, clause_dice, _ = self._overlap(a, ca, b, cb)
                if shared:
                    best_clause = max(best_clause, clause_dice * min(1.0, shared / CLAUSE_EVIDENCE))
        verbatim = fuzz.token_set_ratio(a.folded, b.folded) / 100.0
        score = max(0.5 * dice + 0.5 * best_clause, verbatim if verbatim > 0.9 else 0.0)
        return min(1.0, score), shared_terms


def candidate_pairs(profiles: list[Profile], scorer: Scorer) -> set[tuple[int, int]]:
    """Pairs of profiles from different articles that share at least one rarer term."""
    postings: dict[str, list[int]] = defaultdict(list)
    for index, p in enumerate(profiles):
        for term in p.terms:
            postings[term].append(index)
    limit = max(MIN_COMMON, int(COMMON_SHARE * len(profiles)))
    pairs: set[tuple[int, int]] = set()
    for term, members in postings.items():
        if len(members) < 2 or len(members) > limit or scorer.term_weight(term) < 0.35:
            continue
        for i, x in enumerate(members):
            article = profiles[x].article_index
            for y in members[i + 1 :]:
                if profiles[y].article_index != article:
                    pairs.add((x, y))
    return pairs


def align(articles: list[Article], min_score: float) -> list[Link]:
    """Links between sentences of different articles scoring at least ``min_score``."""
    profiles = [
        profile(index, article, sentence)
        for index, article in enumerate(articles)
        for sentence in article.sentences
        if sentence.kind in ALIGNABLE_KINDS
    ]
    profiles = [p for p in profiles if p.terms]
    if len({p.article_index for p in profiles}) < 2:
        return []
    scorer = Scorer(profiles)
    links: list[Link] = []
    for x, y in candidate_pairs(profiles, scorer):
        a, b = profiles[x], profiles[y]
        score, shared = scorer.score(a, b)
        if score >= min_score:
            words = tuple(dict.fromkeys(a.surface.get(t, t) for t in shared[:8]))
            links.append(Link(a.sentence.id, b.sentence.id, round(score, 4), words))
    links.sort(key=lambda link: (-link.score, link.a, link.b))
    return links
