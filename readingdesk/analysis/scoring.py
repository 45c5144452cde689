"""How alike the facts of two sentences are, for many pairs at once.

A pair scores as the blend of the whole-sentence weighted Dice overlap of
their concepts and the best Dice overlap between one clause of each, the
latter scaled by how much weight the two clauses share ("evidence"), so a
sentence that packs three facts still aligns with one that repeats one of
them. A precise figure both sentences give ("820", "6.8", not "1,000") adds a
fixed amount: it anchors one fact however differently the rest is told.
Near-verbatim pairs (same terms in the same order, up to spelling, and the
same names) score their rapidfuzz ratio.

Amounts the other sentence answers with amounts of its own are neutral: where
both sentences (or both clauses) give numbers the other does not, and those
numbers may measure the same thing, they leave both totals instead of counting
as unshared. "Revenue rose 9% to $23.35 billion" and "revenue grew 8% to $23.4
billion" report one fact with different figures, which the desk should flag,
not hide; the rest of their words decide. Not so where the sentences are about
different places, firms, people or quarters (:func:`about_other_things`): "47
died in Amatrice" and "11 died in Accumoli". A number only one side gives still
counts against the pair, and so do "12,000 jobs" against "1.8 million
vehicles": two figures that measure different things. Sentences that tell of different
quarters of a year, changes on different days, a past year and this week, or a
departure and an arrival (:func:`of_other_times`) report different facts and score 0,
however alike their words: "fiscal first-quarter revenue" and "second-quarter revenue";
"fell 1.2% on Monday" and "rose 0.4% on Tuesday".

Everything runs on arrays. Candidates come from a sparse sentence-by-term
product over the rarer terms, which is the inverted index in matrix form: it
yields, at C speed, the pairs that share a rare term and no others, and the
pairs whose shared rare weight could bring them to the floor are scored. Their
exact scores come from a join of the two sentences' (clause, term)
entries on the term, done with sorting and searching instead of Python loops.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cached_property
from typing import TypeVar

import numpy as np
from rapidfuzz import fuzz, process
from scipy import sparse

from readingdesk.analysis.arrays import run_starts
from readingdesk.analysis.lexicon import REPORTING
from readingdesk.analysis.profiles import (
    CHANGE,
    LEG,
    PAST_YEAR,
    PERIOD,
    WEEKDAY,
    Profile,
    about_other_things,
    of_other_times,
)
from readingdesk.analysis.stories import NO_STORY, find_stories
from readingdesk.analysis.terms import TermWeights, is_amount, is_telling_amount, tells_a_fact_alone

REPORTING_WEIGHT = 0.3
# Added to the score of two sentences that give one precise figure ("820", "6.8"): a shared
# figure anchors a fact that the rest of their words may tell very differently.
FIGURE_ANCHOR = 0.08
# Shared clause weight at which clause evidence counts in full (about two rare terms).
CLAUSE_EVIDENCE = 1.5
# How much of a pair's score comes from its best clause pair (the rest: whole-sentence Dice).
CLAUSE_SHARE = 0.5
# Terms at least this heavy seed candidate pairs (common words and attribution do not).
RARE_WEIGHT = 0.2
# Pairs whose whole-sentence Dice reaches this are checked for near-verbatim wording.
VERBATIM_DICE = 0.5
VERBATIM_RATIO = 0.9
CANDIDATE_BLOCK = 512
# Pairs scored at once: bounds the memory of the join.
SCORE_CHUNK = 50_000
# Weights this small are rounding, not an unanswered amount.
NO_WEIGHT = 1e-9
# What an amount measures is one bit of a mask; this bit marks an amount of no known figure,
# which may answer any other. Two measures may share a bit (then they may answer each other).
ANY_MEASURE = 1
MEASURE_BITS = 62
# Two counts of one thing answer each other as a shared term where the sentences' Dice is
# already this high without them.
COUNT_SUPPORT = 0.2
# ... and where they share at least this many words besides amounts.
COUNT_WORDS = 2

Pairs = tuple[np.ndarray, np.ndarray]
# numpy and scipy release the GIL in their array work, so threads use more than one core.
WORKERS = max(1, min(4, os.cpu_count() or 1))
T = TypeVar("T")
R = TypeVar("R")


def in_parallel(work: Callable[[T], R], items: Iterable[T]) -> list[R]:
    """``[work(item) for item in items]``, on up to ``WORKERS`` threads, in order."""
    items = list(items)
    if WORKERS == 1 or len(items) < 2:
        return [work(item) for item in items]
    with ThreadPoolExecutor(max_workers=min(WORKERS, len(items))) as pool:
        return list(pool.map(work, items))


@dataclass(slots=True)
class _Entries:
    """Every (clause, term) of the corpus that another sentence shares, with its weight.

    The entries of sentence ``i`` are ``pointer[i]:pointer[i + 1]``, sorted by
    term; a term said twice in one clause is one entry with the summed weight.
    A term found in one sentence only has no entry: it counts in the totals alone.
    """

    pointer: np.ndarray
    term: np.ndarray
    clause: np.ndarray
    weight: np.ndarray
    # Whether the entry's term is at least ``RARE_WEIGHT`` heavy in its sentence's story.
    heavy: np.ndarray
    # For an amount: the bit of what it measures (0 for other terms).
    measure: np.ndarray
    # For the other reading of a figure (:attr:`Profile.restating`): the term of the amount it
    # restates, and that amount's weight; -1 and 0 for other entries. A reading counts in a
    # pair only where the other sentence shares it and not the amount it restates, and then
    # in that amount's stead.
    original: np.ndarray
    replaces: np.ndarray


@dataclass(slots=True)
class _Concepts:
    """Every concept of every profile, in order: its term's column, its clause and its sentence."""

    column: np.ndarray
    clause: np.ndarray
    sentence: np.ndarray
    # Clauses in all (some may hold no concept).
    clause_count: int


@dataclass(slots=True)
class _Totals:
    """Of each sentence (or each clause): its weight in full, the weight of its amounts, and of
    those amounts that count a thing ("5,300 people", "seven counts")."""

    weight: np.ndarray
    amounts: np.ndarray
    counts: np.ndarray


class Scorer:
    """Scores pairs of profiles with weights learned from one corpus, story by story.

    Where the corpus mixes stories (:mod:`readingdesk.analysis.stories`), each
    sentence's terms weigh as in its own story, and sentences of two different
    stories are never paired; a sentence of an article on no shared story weighs
    its terms as the whole corpus does, and may pair with any other.
    """

    def __init__(self, profiles: list[Profile]) -> None:
        self.profiles = profiles
        learned = TermWeights(p.surface for p in profiles)
        self.articles = np.asarray([p.article_index for p in profiles], dtype=np.int64)
        self.vocabulary = learned.vocabulary
        once = learned.df == 1
        self.amount = np.asarray([is_amount(term) for term in self.vocabulary], dtype=bool)
        self.telling = np.asarray([is_telling_amount(term) for term in self.vocabulary], dtype=bool)
        self._telling_alone = np.asarray([tells_a_fact_alone(term) for term in self.vocabulary], dtype=bool)
        # A word that only says who reported weighs less.
        self._factor = np.asarray([REPORTING_WEIGHT if term in REPORTING else 1.0 for term in self.vocabulary])
        concepts = self._concepts()
        self._folder = learned.weights() * self._factor
        # The story of each article (by index), and the weights learned in each story.
        self.stories = find_stories(self._term_counts(concepts), self._folder)
        self._story_keys, self._story_weights = self._learn_story_weights(learned)
        # Each concept's weight in its sentence's story; a profile's concepts start at ``_first``.
        self._concept_weight = self._weights_at(concepts.sentence, concepts.column)
        self._first = np.r_[0, np.cumsum([len(p.concepts) for p in profiles])].tolist()
        self.entries, self.sentences, self.clauses, self.lone_measures, self.count_bits = self._entries(concepts, once)
        # Which sentences name a quarter or half of a year, which report a change, which name a
        # year before their article's, which a weekday and which tell of a leg of a journey.
        self._periods = np.asarray([PERIOD in p.named for p in profiles], dtype=bool)
        self._changes = np.asarray([CHANGE in p.named for p in profiles], dtype=bool)
        self._past_years = np.asarray([PAST_YEAR in p.named for p in profiles], dtype=bool)
        self._weekdays = np.asarray([WEEKDAY in p.named for p in profiles], dtype=bool)
        self._legs = np.asarray([LEG in p.named for p in profiles], dtype=bool)
        self._ranked: dict[int, list[str]] = {}

    def may_report_one_fact(self, a: np.ndarray | int, b: np.ndarray | int) -> np.ndarray:
        """Whether articles ``a[k]`` and ``b[k]`` (indices; or two article indices) may report
        one fact: they are two articles, not on two different stories."""
        story_a, story_b = self.stories[a], self.stories[b]
        return (a != b) & ((story_a == story_b) | (story_a == NO_STORY) | (story_b == NO_STORY))

    def _learn_story_weights(self, learned: TermWeights) -> tuple[np.ndarray, np.ndarray]:
        """The weights learned over each story's sentences alone, as sorted keys
        ``(story + 1) * len(vocabulary) + term`` and weights; none where the profiles are on
        one story (or none), which then weigh their terms as the whole corpus does."""
        stories = self.stories[self.articles]
        if len(np.unique(stories)) < 2:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        keys, weights = learned.group_weights(stories + 1)
        return keys, weights * self._factor[keys % len(self.vocabulary)]

    def _weights_at(self, profiles: np.ndarray, columns: np.ndarray) -> np.ndarray:
        """The weight of term ``columns[k]`` in the story of profile ``profiles[k]`` (0 for a
        term the story lacks); a profile on no shared story weighs terms as the corpus does."""
        weights = self._folder[columns]
        if not len(self._story_keys):
            return weights
        stories = self.stories[self.articles[profiles]]
        inside = np.flatnonzero(stories != NO_STORY)
        key = (stories[inside] + 1) * len(self.vocabulary) + columns[inside]
        at = np.minimum(np.searchsorted(self._story_keys, key), len(self._story_keys) - 1)
        weights[inside] = np.where(self._story_keys[at] == key, self._story_weights[at], 0.0)
        return weights

    def term_weight(self, term: str, index: int) -> float:
        """The weight of ``term`` in the story of profile ``index``."""
        if (column := self.vocabulary.get(term)) is None:
            return 0.0
        return float(self._weights_at(np.asarray([index]), np.asarray([column]))[0])

    def _concepts(self) -> _Concepts:
        """Every concept of every profile, in order."""
        columns: list[int] = []
        clauses: list[int] = []
        clause_count = 0
        for p in self.profiles:
            for members in p.clauses:
                columns.extend(self.vocabulary[p.concepts[i]] for i in members)
                clauses.extend([clause_count] * len(members))
                clause_count += 1
        sentence = np.repeat(np.arange(len(self.profiles)), [len(p.concepts) for p in self.profiles])
        return _Concepts(
            np.asarray(columns, dtype=np.int64), np.asarray(clauses, dtype=np.int64), sentence, clause_count
        )

    def _term_counts(self, concepts: _Concepts) -> sparse.csr_matrix:
        """Articles by terms: how many of the article's sentences hold the term."""
        width = len(self.vocabulary)
        held = np.sort(concepts.sentence * width + concepts.column)
        held = held[run_starts(held)]
        rows = self.articles[held // width]
        shape = (int(self.articles.max()) + 1, width)
        return sparse.csr_matrix((np.ones(len(held)), (rows, held % width)), shape=shape)

    def _entries(self, concepts: _Concepts, once: np.ndarray) -> tuple[_Entries, _Totals, _Totals, np.ndarray, int]:
        """The entries that can match (terms not ``once``, in one sentence only); the totals of
        each sentence and of each clause; what each sentence's amounts that no other sentence
        has measure; and the measure bits of counts."""
        column, clause, sentence = concepts.column, concepts.clause, concepts.sentence
        factor = np.ones(len(column))
        attributed = [first + i for first, p in zip(self._first[:-1], self.profiles, strict=True) for i in p.attributed]
        factor[np.asarray(attributed, dtype=np.int64)] = REPORTING_WEIGHT
        base = self._concept_weight
        weight = base * factor
        # A figure's other reading counts in no total: only in the pairs that share it.
        original = np.full(len(column), -1, dtype=np.int64)
        for first, p in zip(self._first[:-1], self.profiles, strict=True):
            for reading, said in p.restating.items():
                original[first + reading] = first + said
        reading = original >= 0
        weight_in_totals = weight * ~reading
        amount = weight_in_totals * self.amount[column]
        bits, count_bits = self._measures()
        measure = bits * self.amount[column]
        counting = amount * ((measure & count_bits) != 0)
        sentences = _Totals(
            np.bincount(sentence, weights=weight_in_totals, minlength=len(self.profiles)),
            np.bincount(sentence, weights=amount, minlength=len(self.profiles)),
            np.bincount(sentence, weights=counting, minlength=len(self.profiles)),
        )
        clauses = _Totals(
            np.bincount(clause, weights=weight_in_totals, minlength=concepts.clause_count),
            np.bincount(clause, weights=amount, minlength=concepts.clause_count),
            np.bincount(clause, weights=counting, minlength=concepts.clause_count),
        )
        lone = once[column] & (measure > 0) & ~reading
        lone_measures = np.zeros(len(self.profiles), dtype=np.int64)
        np.bitwise_or.at(lone_measures, sentence[lone], measure[lone])
        # One entry per (clause, term), sorted by sentence, then term; none for a term no other
        # sentence has.
        order = np.lexsort((clause, column, sentence))
        key = (clause * len(self.vocabulary) + column)[order]
        starts = run_starts(key)
        summed = np.add.reduceat(weight[order], starts) if len(starts) else np.zeros(0)
        kept = order[starts]
        shared = ~once[column[kept]]
        kept, summed = kept[shared], summed[shared]
        pointer = np.searchsorted(sentence[kept], np.arange(len(self.profiles) + 1), "left").astype(np.int64)
        measures = np.bitwise_or.reduceat(measure[order], starts)[shared] if len(starts) else np.zeros(0, np.int64)
        # A reading's term is in no other concept of its sentence, so its entry is itself alone.
        said = original[kept]
        restated = said >= 0
        entries = _Entries(
            pointer=pointer,
            term=column[kept],
            clause=clause[kept],
            weight=summed,
            heavy=(base >= RARE_WEIGHT)[kept],
            measure=measures,
            original=np.where(restated, column[np.maximum(said, 0)], -1),
            replaces=np.where(restated, weight[np.maximum(said, 0)], 0.0),
        )
        return entries, sentences, clauses, lone_measures, count_bits

    def _measures(self) -> tuple[np.ndarray, int]:
        """The measure bit of every concept, in concept order (``ANY_MEASURE`` where none is known),
        and the mask of the bits that only counts of a thing ("count:kill") have."""
        bits: dict[str, int] = {}
        measures = [
            1 << (1 + bits.setdefault(p.measures[i], len(bits)) % MEASURE_BITS) if i in p.measures else ANY_MEASURE
            for p in self.profiles
            for i in range(len(p.concepts))
        ]
        counted = other = 0
        for measured, bit in bits.items():
            if measured.startswith("count:"):
                counted |= 1 << (1 + bit % MEASURE_BITS)
            else:
                other |= 1 << (1 + bit % MEASURE_BITS)
        return np.asarray(measures, dtype=np.int64), counted & ~other

    @cached_property
    def rare_weights(self) -> sparse.csr_matrix:
        """Sentences by the terms at least ``RARE_WEIGHT`` heavy: summed weights (the rest zero)."""
        rows = np.repeat(np.arange(len(self.profiles)), np.diff(self.entries.pointer))
        keep = self.entries.heavy
        shape = (len(self.profiles), len(self.vocabulary))
        return sparse.csr_matrix((self.entries.weight[keep], (rows[keep], self.entries.term[keep])), shape=shape)

    @cached_property
    def anchored(self) -> np.ndarray:
        """Of each sentence, whether it gives a precise figure that another sentence gives too."""
        rows = np.repeat(np.arange(len(self.profiles)), np.diff(self.entries.pointer))
        flags = np.zeros(len(self.profiles), dtype=bool)
        flags[rows[self.telling[self.entries.term]]] = True
        return flags

    @cached_property
    def _least_clause_totals(self) -> np.ndarray:
        """Of each sentence, the smallest total of one of its clauses, without its amounts."""
        counts = np.asarray([len(p.clauses) for p in self.profiles], dtype=np.int64)
        firsts = np.r_[0, np.cumsum(counts)[:-1]]
        return np.minimum.reduceat(self.clauses.weight - self.clauses.amounts, firsts)

    def score_bounds(self, a: np.ndarray, b: np.ndarray, shared: np.ndarray) -> np.ndarray:
        """Upper bounds of the scores of the pairs ``(a[k], b[k])`` if they share at most
        ``shared[k]`` of sentence ``a[k]``'s weight.

        Each side of a (whole-sentence or clause) Dice total weighs at least what it shares
        and at least its total without amounts, which may be neutral; a sentence's counts may
        answer the other's as shared weight; Dice and evidence only grow with the shared
        weight; a near-verbatim pair may score up to 1.
        """
        lowest = self.sentences.weight - self.sentences.amounts
        counts = self.sentences.counts
        shared_counts = np.minimum(counts[a], counts[b])
        dice = np.minimum(1.0, 2 * (shared + shared_counts) / np.maximum(lowest[a] + lowest[b], NO_WEIGHT))
        least = self._least_clause_totals
        clause_dice = 2 * shared / np.maximum(np.maximum(shared, least[a]) + np.maximum(shared, least[b]), NO_WEIGHT)
        bounds = (1 - CLAUSE_SHARE) * dice + CLAUSE_SHARE * np.minimum(1.0, clause_dice) * np.minimum(
            1.0, shared / CLAUSE_EVIDENCE
        )
        bounds += FIGURE_ANCHOR * (self.anchored[a] & self.anchored[b])
        return np.where(dice >= VERBATIM_DICE, 1.0, np.minimum(1.0, bounds))

    def ranked_terms(self, index: int) -> list[str]:
        """The terms of profile ``index``, most telling first."""
        if (ranked := self._ranked.get(index)) is None:
            p = self.profiles[index]
            weights = self._concept_weight[self._first[index] : self._first[index + 1]].tolist()
            weight = dict(zip(p.concepts, weights, strict=True))
            ranked = self._ranked[index] = sorted(p.terms, key=lambda t: (-weight[t], t))
        return ranked

    def score_pairs(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Scores in [0, 1] of the pairs ``(a[k], b[k])`` of profile indices."""
        if not len(a):
            return np.zeros(0)
        starts = range(0, len(a), SCORE_CHUNK)
        return np.concatenate(
            in_parallel(
                lambda start: self._score_chunk(a[start : start + SCORE_CHUNK], b[start : start + SCORE_CHUNK]), starts
            )
        )

    def _unanswered_counts(
        self, rows: np.ndarray, pair: np.ndarray, entry: np.ndarray, found: np.ndarray, n: int
    ) -> np.ndarray:
        """Of each pair, the weight of sentence ``rows[k]``'s counts of a thing that the other
        sentence does not state."""
        e = self.entries
        stated = found & self.amount[e.term[entry]] & ((e.measure[entry] & self.count_bits) != 0)
        return self.sentences.counts[rows] - np.bincount(pair, weights=e.weight[entry] * stated, minlength=n)

    def _unanswered_measures(
        self, sentences: np.ndarray, pair: np.ndarray, entry: np.ndarray, found: np.ndarray
    ) -> np.ndarray:
        """For each pair, what the amounts of its sentence in ``sentences`` that the other
        sentence lacks measure (a mask); ``pair``, ``entry`` and ``found`` are that side's entries."""
        measures = self.lone_measures[sentences]
        np.bitwise_or.at(measures, pair, np.where(found, 0, self.entries.measure[entry]))
        return measures

    def _may_answer(self, a: np.ndarray, b: np.ndarray, measures_a: np.ndarray, measures_b: np.ndarray) -> np.ndarray:
        """Whether the unanswered amounts of the pairs ``(a[k], b[k])`` (masks of what they
        measure) may be one fact's figures: they may measure one thing (:func:`_may_measure_one`),
        and the sentences are not about different things (:func:`about_other_things`)."""
        answering = _may_measure_one(measures_a, measures_b)
        if answering.any():
            at = np.flatnonzero(answering)
            profiles = self.profiles
            answering[at] = [
                not about_other_things(profiles[x].named, profiles[y].named)
                for x, y in zip(a[at].tolist(), b[at].tolist(), strict=True)
            ]
        return answering

    def _score_chunk(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        n = len(a)
        if not n:
            return np.zeros(0)
        e = self.entries
        pair_a, entry_a = _expand(e.pointer, a)
        pair_b, entry_b = _expand(e.pointer, b)
        # Entries are sorted by term within each sentence, so both key arrays are sorted.
        width = len(self.vocabulary) + 1
        key_a = pair_a * width + e.term[entry_a]
        key_b = pair_b * width + e.term[entry_b]
        if not len(key_a) or not len(key_b):
            return np.zeros(n)
        low = np.searchsorted(key_b, key_a, "left")
        found_a = key_b[np.minimum(low, len(key_b) - 1)] == key_a
        # Every match of an a-entry with a b-entry of the same term (one per clause pair).
        matched = np.flatnonzero(found_a)
        count = np.searchsorted(key_b, key_a[matched], "right") - low[matched]
        owner, right = _ranges(low[matched], count)
        left = matched[owner]
        found_b = np.zeros(len(key_b), dtype=bool)
        found_b[right] = True
        # A figure's other reading that the other sentence shares stands in for the amount it
        # restates, unless the other sentence shares that amount too.
        reading_a, reading_b = e.original[entry_a] >= 0, e.original[entry_b] >= 0
        used_a = _used_readings(found_a & reading_a, pair_a, e.original[entry_a], key_b, width)
        used_b = _used_readings(found_b & reading_b, pair_b, e.original[entry_b], key_a, width)
        counted_a = found_a & (~reading_a | used_a)
        counted_b = found_b & (~reading_b | used_b)
        if len(left):
            keep = counted_a[left] & counted_b[right]
            left, right = left[keep], right[keep]
        # Whole sentences: each side's weight of the terms both have.
        shared_a = np.bincount(pair_a, weights=e.weight[entry_a] * counted_a, minlength=n)
        shared_b = np.bincount(pair_b, weights=e.weight[entry_b] * counted_b, minlength=n)
        shared = np.minimum(shared_a, shared_b)
        # Amounts: the weight of those both give, and whether the rest may answer each other.
        amount_a, amount_b = self.amount[e.term[entry_a]], self.amount[e.term[entry_b]]
        stated_a = np.where(reading_a, e.replaces[entry_a] * used_a, e.weight[entry_a] * (found_a & amount_a))
        stated_b = np.where(reading_b, e.replaces[entry_b] * used_b, e.weight[entry_b] * (found_b & amount_b))
        answered_a = np.bincount(pair_a, weights=stated_a, minlength=n)
        answered_b = np.bincount(pair_b, weights=stated_b, minlength=n)
        measures_a = self._unanswered_measures(a, pair_a, entry_a, found_a | reading_a)
        measures_b = self._unanswered_measures(b, pair_b, entry_b, found_b | reading_b)
        answering = self._may_answer(a, b, measures_a, measures_b)
        sentences = self.sentences
        # What a used reading adds to its sentence's total in its amount's stead.
        swap_a = (e.weight[entry_a] - e.replaces[entry_a]) * used_a
        swap_b = (e.weight[entry_b] - e.replaces[entry_b]) * used_b
        swapped = np.bincount(pair_a, weights=swap_a, minlength=n) + np.bincount(pair_b, weights=swap_b, minlength=n)
        together = (
            sentences.weight[a]
            + sentences.weight[b]
            + swapped
            - _neutral(sentences.amounts[a] - answered_a, sentences.amounts[b] - answered_b, answering)
        )
        dice = np.divide(2 * shared, together, out=np.zeros(n), where=together > 0)
        # Two counts of one thing that differ ("over 6,000 people have died", "5,300 people have
        # lost their lives") are one fact's figures told two ways, where the sentences share
        # more than the thing counted: the lighter side's weight of them is then shared, so the
        # pair may link and its figures be compared. Two workers found are not six missing.
        counts_a = self._unanswered_counts(a, pair_a, entry_a, found_a & ~reading_a, n)
        counts_b = self._unanswered_counts(b, pair_b, entry_b, found_b & ~reading_b, n)
        words = np.bincount(pair_a, weights=found_a & ~amount_a, minlength=n)
        one_count = (
            ((measures_a & measures_b & self.count_bits) != 0)
            & (np.minimum(counts_a, counts_b) > NO_WEIGHT)
            & (dice >= COUNT_SUPPORT)
            & (words >= COUNT_WORDS)
        )
        if one_count.any():
            counts_a, counts_b = np.where(one_count, counts_a, 0.0), np.where(one_count, counts_b, 0.0)
            together = (
                sentences.weight[a]
                + sentences.weight[b]
                + swapped
                - _neutral(
                    sentences.amounts[a] - answered_a - counts_a,
                    sentences.amounts[b] - answered_b - counts_b,
                    answering,
                )
            )
            shared = shared + np.minimum(counts_a, counts_b)
            dice = np.divide(2 * shared, together, out=np.zeros(n), where=together > 0)
        best_clause = np.zeros(n)
        if len(left):
            clause_a = e.clause[entry_a[left]]
            clause_b = e.clause[entry_b[right]]
            clauses = self.clauses
            clause_key = clause_a * len(clauses.weight) + clause_b
            unique, first, inverse = np.unique(clause_key, return_index=True, return_inverse=True)
            weight_a = np.bincount(inverse, weights=e.weight[entry_a[left]], minlength=len(unique))
            weight_b = np.bincount(inverse, weights=e.weight[entry_b[right]], minlength=len(unique))
            clause_shared = np.minimum(weight_a, weight_b)
            answered_a = np.bincount(inverse, weights=stated_a[left], minlength=len(unique))
            answered_b = np.bincount(inverse, weights=stated_b[right], minlength=len(unique))
            first_a, first_b = clause_a[first], clause_b[first]
            totals = (
                clauses.weight[first_a]
                + clauses.weight[first_b]
                + np.bincount(inverse, weights=swap_a[left] + swap_b[right], minlength=len(unique))
                - _neutral(
                    clauses.amounts[first_a] - answered_a,
                    clauses.amounts[first_b] - answered_b,
                    answering[pair_a[left[first]]],
                )
            )
            clause_dice = np.divide(2 * clause_shared, totals, out=np.zeros(len(unique)), where=totals > 0)
            clause_score = clause_dice * np.minimum(1.0, clause_shared / CLAUSE_EVIDENCE)
            np.maximum.at(best_clause, pair_a[left[first]], clause_score)
        anchored = np.bincount(pair_a, weights=found_a & self.telling[e.term[entry_a]], minlength=n) > 0
        scores = np.minimum(1.0, (1 - CLAUSE_SHARE) * dice + CLAUSE_SHARE * best_clause + FIGURE_ANCHOR * anchored)
        near = np.flatnonzero(dice >= VERBATIM_DICE)
        if len(near):
            verbatim = (
                process.cpdist(
                    [self.profiles[x].folded for x in a[near].tolist()],
                    [self.profiles[y].folded for y in b[near].tolist()],
                    scorer=fuzz.token_sort_ratio,
                    dtype=np.float64,
                )
                / 100.0
            )
            # "France 0-0 Germany" and "Germany 0-0 Ghana" differ in one name, not in wording.
            same_names = np.fromiter(
                (
                    _referents(self.profiles[x]) == _referents(self.profiles[y])
                    for x, y in zip(a[near].tolist(), b[near].tolist(), strict=True)
                ),
                dtype=bool,
                count=len(near),
            )
            close = (verbatim > VERBATIM_RATIO) & same_names
            scores[near[close]] = verbatim[close]
        # Amounts alone are no fact, but for a precise one that is no share (:func:`tells_a_fact_alone`).
        alone = np.bincount(pair_a, weights=found_a & self._telling_alone[e.term[entry_a]], minlength=n) > 0
        scores[(words == 0) & ~alone] = 0.0
        scores[self._of_other_times(a, b)] = 0.0
        return scores

    def _of_other_times(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Of the pairs ``(a[k], b[k])``, the indices of those that tell of different times
        (:func:`of_other_times`)."""
        # A period on either side may set the pair apart (a past one against none); days only
        # where both sides report a change; a past year only against a weekday; legs of a journey
        # only against legs.
        past, weekdays = self._past_years, self._weekdays
        timed = np.flatnonzero(
            self._periods[a]
            | self._periods[b]
            | (self._changes[a] & self._changes[b])
            | (past[a] & weekdays[b])
            | (past[b] & weekdays[a])
            | (self._legs[a] & self._legs[b])
        )
        profiles = self.profiles
        other = [
            of_other_times(profiles[x].named, profiles[y].named)
            for x, y in zip(a[timed].tolist(), b[timed].tolist(), strict=True)
        ]
        return timed[np.asarray(other, dtype=bool)]


def _used_readings(
    shared: np.ndarray, pair: np.ndarray, original: np.ndarray, other_keys: np.ndarray, width: int
) -> np.ndarray:
    """Of the entries ``shared`` (readings the other sentence shares), those whose restated
    amount (term ``original``) the other sentence of their pair (keys ``other_keys``) lacks."""
    used = shared.copy()
    if used.any() and len(other_keys):
        at = np.flatnonzero(used)
        key = pair[at] * width + original[at]
        found = other_keys[np.minimum(np.searchsorted(other_keys, key), len(other_keys) - 1)] == key
        used[at[found]] = False
    return used


def _referents(p: Profile) -> set[str]:
    """The referents a sentence names."""
    return {term for term in p.terms if term.startswith("@")}


def _may_measure_one(measures_a: np.ndarray, measures_b: np.ndarray) -> np.ndarray:
    """Whether the unanswered amounts of two sentences (masks of what they measure) may measure
    one thing: each side has some, and they share a measure or one measures what any may."""
    shared = (measures_a & measures_b) != 0
    unknown = ((measures_a | measures_b) & ANY_MEASURE) != 0
    return (measures_a != 0) & (measures_b != 0) & (shared | unknown)


def _neutral(unanswered_a: np.ndarray, unanswered_b: np.ndarray, answering: np.ndarray) -> np.ndarray:
    """The weight that leaves a pair's totals: both sides' unanswered amounts where each side
    has some and they may answer each other."""
    both = answering & (unanswered_a > NO_WEIGHT) & (unanswered_b > NO_WEIGHT)
    return np.where(both, unanswered_a + unanswered_b, 0.0)


def _ranges(starts: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The ranges ``starts[k]:starts[k] + lengths[k]`` laid end to end: (k, position) of each item."""
    owner = np.repeat(np.arange(len(starts)), lengths)
    shift = np.repeat(starts - (np.cumsum(lengths) - lengths), lengths)
    return owner, shift + np.arange(int(lengths.sum()))


def _expand(pointer: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The items of each of ``rows`` (items ``pointer[r]:pointer[r + 1]``): (row number, item index)."""
    return _ranges(pointer[rows], pointer[rows + 1] - pointer[rows])


def candidate_pairs(scorer: Scorer, floor: float, only: Sequence[bool] | None = None) -> Pairs:
    """Pairs ``(a, b)``, ``a < b``, of sentences of articles that may report one fact
    (:meth:`Scorer.may_report_one_fact`) whose rare terms may bring them to ``floor``; with
    ``only``, just the pairs of two sentences it marks.

    The product of the sentence-by-rare-term weights with the (binary)
    transpose gives the shared rare weight of every pair that shares a rare
    term. Pairs whose score bound (:meth:`Scorer.score_bounds`) from that
    weight stays under ``floor`` are dropped before exact scoring: common words
    add to the score of a pair, but never make one a candidate.
    """
    if not scorer.rare_weights.nnz or len(scorer.profiles) < 2:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    rows = np.arange(len(scorer.profiles)) if only is None else np.flatnonzero(np.asarray(only, dtype=bool))
    weighted = scorer.rare_weights[rows]
    present = weighted.copy()
    present.data[:] = 1.0
    present_t = present.T.tocsr()
    articles = scorer.articles[rows]

    def block_pairs(start: int) -> Pairs:
        block = (weighted[start : start + CANDIDATE_BLOCK] @ present_t[:, start:]).tocoo()
        a = block.row.astype(np.int64) + start
        b = block.col.astype(np.int64) + start
        keep = (a < b) & scorer.may_report_one_fact(articles[a], articles[b])
        a, b = rows[a[keep]], rows[b[keep]]
        wanted = scorer.score_bounds(a, b, block.data[keep]) >= floor
        return a[wanted], b[wanted]

    # Row blocks keep the product's memory bounded; each block meets only the rows after its start.
    found = in_parallel(block_pairs, range(0, len(rows), CANDIDATE_BLOCK))
    found_a = [a for a, _ in found]
    found_b = [b for _, b in found]
    return np.concatenate(found_a), np.concatenate(found_b)
