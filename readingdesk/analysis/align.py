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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz
from scipy import sparse

from readingdesk.analysis.lexicon import DEMONYMS, REPORTING, SYNONYMS
from readingdesk.analysis.model import Link
from readingdesk.analysis.terms import TermWeights, terms_of
from readingdesk.corpus.model import Article, Sentence
from readingdesk.corpus.segment import DATELINE

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
# How much of a pair's score comes from its best clause pair (the rest: whole-sentence Dice).
CLAUSE_SHARE = 0.5
# A pair scoring up to this much under the threshold still links when at least this many
# sentences of other sources are linked to both of its sentences (the fact is corroborated).
SUPPORT_MARGIN = 0.16
SUPPORT_NEIGHBOURS = 2
# Terms at least this heavy seed candidate pairs (common words and attribution do not).
RARE_WEIGHT = 0.2
# Candidates whose bound from rare terms is under this share of the floor are not scored.
PREFILTER_SHARE = 1.0
CANDIDATE_BLOCK = 2048


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
        hyphenated = previous_end == term.start - 1 and text[previous_end] == "-"
        if concepts and glued and previous_capital and (term.capitalised or hyphenated):
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
    # A dateline ("SEOUL, Sept. 12 (Yonhap) --") says who and where from, not what happened.
    if dateline := DATELINE.match(text):
        text = text[dateline.end() :]
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


@dataclass(slots=True)
class _Weighed:
    """A profile's weights, computed once per corpus."""

    concept_weights: list[float]
    total: float
    term_concepts: dict[str, list[int]]
    clause_terms: list[frozenset[str]]
    clause_concepts: list[frozenset[int]]
    clause_totals: list[float]


class Scorer:
    """Scores pairs of profiles with weights learned from one corpus."""

    def __init__(self, profiles: list[Profile]) -> None:
        self.profiles = profiles
        weights = TermWeights(p.surface for p in profiles)
        self.weight: dict[str, float] = {
            term: weights(term) * (REPORTING_WEIGHT if term in REPORTING else 1.0) for term in weights.df
        }
        self.weighed = [self._weigh(p) for p in profiles]

    def term_weight(self, term: str) -> float:
        return self.weight.get(term, 0.0)

    def _weigh(self, p: Profile) -> _Weighed:
        # A name is as common as its most common word: "Vladimir Putin" weighs as "Putin".
        concept_weights = [min(self.weight[t] for t in c) for c in p.concepts]
        term_concepts: dict[str, list[int]] = {}
        for index, concept in enumerate(p.concepts):
            for term in concept:
                term_concepts.setdefault(term, []).append(index)
        return _Weighed(
            concept_weights=concept_weights,
            total=sum(concept_weights),
            term_concepts=term_concepts,
            clause_terms=[frozenset(t for i in cl for t in p.concepts[i]) for cl in p.clauses],
            clause_concepts=[frozenset(cl) for cl in p.clauses],
            clause_totals=[sum(concept_weights[i] for i in cl) for cl in p.clauses],
        )

    def _shared(self, w: _Weighed, terms: Iterable[str], within: frozenset[int] | None = None) -> float:
        """Weight of ``terms`` in one sentence, each concept counted once at its lightest term."""
        best: dict[int, float] = {}
        weight_of = self.weight
        term_concepts = w.term_concepts
        for term in terms:
            weight = weight_of[term]
            for concept in term_concepts[term]:
                if (within is None or concept in within) and weight < best.get(concept, 2.0):
                    best[concept] = weight
        return sum(best.values())

    def score(self, x: int, y: int, floor: float = 0.0) -> tuple[float, list[str]]:
        """Similarity in [0, 1] of the facts two sentences report, and the shared terms.

        The blend of whole-sentence Dice and the best clause-pair Dice (scaled
        by the clause evidence); pairs that cannot reach ``floor`` return early.
        """
        a, b = self.profiles[x], self.profiles[y]
        wa, wb = self.weighed[x], self.weighed[y]
        shared_terms = a.terms & b.terms
        if not shared_terms or not wa.total or not wb.total:
            return 0.0, []
        verbatim = fuzz.token_set_ratio(a.folded, b.folded) / 100.0
        if verbatim > 0.9:
            return verbatim, self.rank(shared_terms)
        shared = min(self._shared(wa, shared_terms), self._shared(wb, shared_terms))
        dice = 2 * shared / (wa.total + wb.total)
        if (1 - CLAUSE_SHARE) * dice + CLAUSE_SHARE * min(1.0, shared / CLAUSE_EVIDENCE) < floor:
            return (1 - CLAUSE_SHARE) * dice, []
        best_clause = 0.0
        for i, terms_a in enumerate(wa.clause_terms):
            common_a = terms_a & shared_terms
            if not common_a:
                continue
            for j, terms_b in enumerate(wb.clause_terms):
                common = common_a & terms_b
                if not common:
                    continue
                clause_shared = min(
                    self._shared(wa, common, wa.clause_concepts[i]),
                    self._shared(wb, common, wb.clause_concepts[j]),
                )
                clause_dice = 2 * clause_shared / (wa.clause_totals[i] + wb.clause_totals[j])
                best_clause = max(best_clause, clause_dice * min(1.0, clause_shared / CLAUSE_EVIDENCE))
        score = min(1.0, (1 - CLAUSE_SHARE) * dice + CLAUSE_SHARE * best_clause)
        return score, self.rank(shared_terms) if score >= floor else []

    def rank(self, terms: Iterable[str]) -> list[str]:
        """Terms, most telling first."""
        return sorted(terms, key=lambda t: -self.weight[t])


def candidate_pairs(
    scorer: Scorer,
    floor: float,
    weak_floor: float | None = None,
    weak: Sequence[bool] | None = None,
    only: Sequence[bool] | None = None,
) -> list[tuple[int, int]]:
    """Pairs of sentences from different articles whose score may reach ``floor``.

    A sparse sentence-by-term matrix over the rarer terms, multiplied by its
    (binary) transpose, is the inverted index in matrix form: it gives, at C
    speed, the shared rare weight of every pair that shares a rare term and of
    no other pair. Pairs whose score bound from that weight stays well under
    ``floor`` are dropped before the exact, clause-level scoring; pairs of two
    ``weak`` sentences are kept down to ``weak_floor``; with ``only``, just the
    pairs of two sentences it marks.
    """
    profiles = scorer.profiles
    vocabulary: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    values: list[float] = []
    for index, p in enumerate(profiles):
        for term in p.terms:
            weight = scorer.weight[term]
            if weight >= RARE_WEIGHT:
                rows.append(index)
                cols.append(vocabulary.setdefault(term, len(vocabulary)))
                values.append(weight)
    if not values:
        return []
    shape = (len(profiles), len(vocabulary))
    weighted = sparse.csr_matrix((np.asarray(values), (np.asarray(rows), np.asarray(cols))), shape=shape)
    present = weighted.copy()
    present.data[:] = 1.0
    present_t = present.T.tocsr()
    articles = np.asarray([p.article_index for p in profiles])
    totals = np.asarray([w.total for w in scorer.weighed])
    pairs: list[tuple[int, int]] = []
    chosen = None if only is None else np.asarray(only, dtype=bool)
    # Row blocks keep the product's memory bounded on large corpora.
    for start in range(0, len(profiles), CANDIDATE_BLOCK):
        block = (weighted[start : start + CANDIDATE_BLOCK] @ present_t).tocoo()
        a = block.row + start
        b = block.col
        weight = block.data
        dice = 2 * weight / np.maximum(totals[a] + totals[b], 1e-9)
        bound = (1 - CLAUSE_SHARE) * dice + CLAUSE_SHARE * np.minimum(1.0, weight / CLAUSE_EVIDENCE)
        wanted = bound >= PREFILTER_SHARE * floor
        if weak is not None and weak_floor is not None:
            flags = np.asarray(weak, dtype=bool)
            wanted |= flags[a] & flags[b] & (bound >= PREFILTER_SHARE * weak_floor)
        if chosen is not None:
            wanted &= chosen[a] & chosen[b]
        keep = (a < b) & (articles[a] != articles[b]) & wanted
        pairs.extend(zip(a[keep].tolist(), b[keep].tolist(), strict=True))
    return pairs


def align(
    articles: list[Article],
    min_score: float,
    *,
    weak_floor: float | None = None,
    weak: Callable[[Sentence], bool] | None = None,
) -> tuple[list[Link], list[tuple[str, str]]]:
    """Links between sentences of different articles scoring at least ``min_score``, or at
    least ``min_score - SUPPORT_MARGIN`` where two other sentences link strongly to both.

    Also returns the pairs of sentences accepted by ``weak`` that score between
    ``weak_floor`` and ``min_score``: too loose to call the same fact, close
    enough to compare their figures.
    """
    profiles = [
        profile(index, article, sentence)
        for index, article in enumerate(articles)
        for sentence in article.sentences
        if sentence.kind in ALIGNABLE_KINDS
    ]
    profiles = [p for p in profiles if p.terms]
    if len({p.article_index for p in profiles}) < 2:
        return [], []
    scorer = Scorer(profiles)
    flags = [bool(weak and weak(p.sentence)) for p in profiles] if weak else None
    floor = min_score if weak_floor is None else min(min_score, weak_floor)
    links: list[Link] = []
    weak_pairs: list[tuple[str, str]] = []
    linked: dict[int, set[int]] = defaultdict(set)

    def add_link(x: int, y: int, score: float, shared: list[str]) -> None:
        a, b = profiles[x], profiles[y]
        words = tuple(dict.fromkeys(a.surface.get(t, t) for t in shared[:8]))
        links.append(Link(a.sentence.id, b.sentence.id, round(score, 4), words))

    for x, y in candidate_pairs(scorer, min_score, weak_floor, flags):
        both_weak = bool(flags and flags[x] and flags[y])
        score, shared = scorer.score(x, y, floor=floor if both_weak else min_score)
        if score >= min_score:
            add_link(x, y, score, shared)
            linked[x].add(y)
            linked[y].add(x)
        elif both_weak and score >= floor:
            weak_pairs.append((profiles[x].sentence.id, profiles[y].sentence.id))
    # Corroboration: a weaker pair of two well-linked sentences joins when sentences of
    # other sources link strongly to both of them.
    hubs = [len(linked[i]) >= SUPPORT_NEIGHBOURS for i in range(len(profiles))]
    support_floor = max(0.0, min_score - SUPPORT_MARGIN)
    if any(hubs):
        for x, y in candidate_pairs(scorer, support_floor, only=hubs):
            if y not in linked[x] and len(linked[x] & linked[y]) >= SUPPORT_NEIGHBOURS:
                score, shared = scorer.score(x, y, floor=support_floor)
                if score >= support_floor:
                    add_link(x, y, score, shared)
    links.sort(key=lambda link: (-link.score, link.a, link.b))
    return links, weak_pairs
