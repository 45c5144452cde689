"""Alignment: clear pairs that must and must not align, groups, unique flags, the knob."""

from __future__ import annotations

import gc
import importlib
import itertools
import os
import subprocess
import sys

import numpy as np
import pytest
from rapidfuzz import fuzz

import readingdesk
from readingdesk.analysis import DEFAULT_MIN_SCORE, analyze_corpus, names_of
from readingdesk.analysis.align import (
    CLOSEST_COUNT,
    CLOSEST_FLOOR,
    OPENING_KINDS,
    OPENING_MARGIN,
    OPENING_SENTENCES,
    PARAPHRASE_SCORE,
    QUANTITY_MARGIN,
    SUPPORT_MARGIN,
)
from readingdesk.analysis.entities import extract_entities
from readingdesk.analysis.figures import extract_figures
from readingdesk.analysis.profiles import (
    ALIGNABLE_KINDS,
    NO_NAMES,
    OFFICER,
    UNKNOWN,
    Names,
    about_other_things,
    of_other_times,
    profile,
    relative_days,
)
from readingdesk.analysis.scoring import (
    CLAUSE_EVIDENCE,
    CLAUSE_SHARE,
    COUNT_SUPPORT,
    COUNT_WORDS,
    FIGURE_ANCHOR,
    RARE_WEIGHT,
    REPORTING_WEIGHT,
    VERBATIM_DICE,
    VERBATIM_RATIO,
    Scorer,
    candidate_pairs,
)
from readingdesk.analysis.terms import is_amount, is_telling_amount, tells_a_fact_alone
from readingdesk.corpus.loader import corpus_from_texts
from readingdesk.corpus.model import article_of

from .conftest import DATA, SEEDS, linked


def test_paraphrase_across_two_sources_aligns() -> None:
    analysis = readingdesk.analyze_texts(
        {
            "efe": "Kim left Pyongyang bound for Russia on Sunday afternoon, according to state media.",
            "yonhap": "KCNA confirmed early Tuesday that Kim had left Pyongyang for Russia by his "
            "train on Sunday afternoon.",
        }
    )
    assert len(analysis.links) == 1
    link = analysis.links[0]
    assert 0.0 < link.score <= 1.0
    assert {"Pyongyang", "Sunday"} <= set(link.shared)
    assert analysis.groups[0].sources == ("efe", "yonhap")


def test_partial_pair_packing_several_facts_aligns() -> None:
    analysis = readingdesk.analyze_texts(
        {
            "a": "Kim is accompanied by Foreign Affairs Minister Choe Son-hui and Defense Minister Kang "
            "Sun-nam, and senior military representatives, including the director of the Munitions "
            "Industry Department.",
            "b": "Kim’s delegation likely includes his foreign minister, Choe Sun Hui, and his top two "
            "military officials.",
        }
    )
    assert len(analysis.links) == 1


def test_spelling_variants_align_as_near_verbatim() -> None:
    analysis = readingdesk.analyze_texts(
        {
            "uk": "The armoured train travelled 1,180 kilometres to Vladivostok.",
            "us": "The armored train traveled 1180 kilometers to Vladivostok.",
        }
    )
    assert [ln.score for ln in analysis.links] == [1.0]


def test_near_verbatim_pairs_name_the_same() -> None:
    """Two lines that differ in one name are two facts told alike, not one fact copied."""
    analysis = readingdesk.analyze_texts(
        {"a": "World Cup live: France 0-0 Germany", "b": "World Cup live: Germany 0-0 Ghana"}, min_score=0.0
    )
    assert [ln.score < VERBATIM_RATIO for ln in analysis.links] == [True]


def test_clear_seed_pairs(seed_analysis) -> None:
    must = [
        ("has been sanctioned since 2016", "has been sanctioned by UN Security Council resolutions"),
        ("Also in the delegation was Pak Thae-song", "Also in the delegation appears to be Pak"),
        ("would violate UN sanctions against Pyongyang", "would imply a violation of several"),
        ("Navy chief Kim Myong-sik", "the Navy’s High Command, Kim Myong-sik"),
        # One distance, Pyongyang to Vladivostok, given as 1,130 km and as 680 km: a conflict to show.
        ("Vladivostok lies around 1,130 kilometers", "first meeting with Mr Kim was held in 2019"),
    ]
    for a, b in must:
        assert linked(seed_analysis, a, b), (a, b)
    must_not = [
        # Same people and places, different facts: a photo caption and the lead.
        ("Putin (right) with the North Korean leader", "Kim Jong-uncrossed the border"),
        # A distance and a speed that share units and the train: amounts of different measures.
        ("Vladivostok lies around 1,130 kilometers", "rattle at a speed of about 50km/h"),
        ("DPRK stands for the Democratic", "The Industrial Ministry of Munitions has been sanctioned"),
    ]
    for a, b in must_not:
        assert not linked(seed_analysis, a, b), (a, b)


def test_meta_never_aligns_and_same_article_never_links(seed_analysis) -> None:
    for link in seed_analysis.links:
        a, b = seed_analysis.sentence(link.a), seed_analysis.sentence(link.b)
        assert a.article_id != b.article_id
        assert a.kind in ALIGNABLE_KINDS and b.kind in ALIGNABLE_KINDS


def test_groups_are_dense_and_disjoint(seed_analysis) -> None:
    pairs = {frozenset((ln.a, ln.b)) for ln in seed_analysis.links}
    seen: set[str] = set()
    for group in seed_analysis.groups:
        assert len(group.sources) >= 2
        assert not seen & set(group.sentences)
        seen |= set(group.sentences)
        for sid in group.sentences:
            others = [o for o in group.sentences if article_of(o) != article_of(sid)]
            linked_to = sum(1 for o in others if frozenset((sid, o)) in pairs)
            assert linked_to >= len(others) / 2, (group.id, sid)


def test_unique_flags_and_group_fields_in_json(seed_analysis) -> None:
    doc = seed_analysis.to_dict()
    linked_ids = {sid for ln in doc["links"] for sid in (ln["a"], ln["b"])}
    grouped = {sid: g["id"] for g in doc["groups"] for sid in g["sentences"]}
    for article in doc["articles"]:
        for s in article["sentences"]:
            assert s["group"] == grouped.get(s["id"])
            if s["kind"] == "meta":
                assert s["unique"] is False
            else:
                assert s["unique"] == (s["id"] not in linked_ids)
    assert any(s["unique"] for a in doc["articles"] for s in a["sentences"])


def test_corroborated_pairs_link_below_the_threshold(seed_corpus) -> None:
    analysis = analyze_corpus(seed_corpus)
    below = [ln for ln in analysis.links if ln.score < analysis.min_score]
    assert below, "the seeds have facts told by three or more sources"
    openings = {
        s.id
        for a in seed_corpus.articles
        for s in [s for s in a.sentences if s.kind in OPENING_KINDS][:OPENING_SENTENCES]
    }
    for link in below:
        # Corroborated a little under the threshold, or two openings a little further under it.
        margin = OPENING_MARGIN if {link.a, link.b} <= openings else SUPPORT_MARGIN
        assert link.score >= analysis.min_score - margin, link


_CHILE = "A strong earthquake struck central Chile on Monday, destroying hundreds of homes south of Santiago."
_CHILE_AGAIN = "Hundreds of houses collapsed when the ground shook in the central valley of Chile on Monday."


def test_the_ledes_of_one_story_link_a_little_under_the_threshold() -> None:
    ledes = readingdesk.analyze_texts(
        {
            "a": f"Quake hits Chile\n\n{_CHILE}\n\nRescuers searched all night.",
            "b": f"Chile shaken\n\n{_CHILE_AGAIN}\n\nThe army sent field hospitals.",
            # Another story's lede with words in common but nobody named in common.
            "c": "Floods in Peru\n\nHeavy rain flooded the city of Piura on Monday, forcing thousands from homes.",
        }
    )
    [lede] = ledes.links
    assert {lede.a, lede.b} == {"a:1", "b:1"}
    assert DEFAULT_MIN_SCORE - OPENING_MARGIN <= lede.score < DEFAULT_MIN_SCORE
    # The same two sentences further down their articles are no ledes, and do not link.
    later = readingdesk.analyze_texts(
        {
            "a": f"Quake hits Chile\n\nThe region had been calm for years.\n\n{_CHILE}",
            "b": f"Chile shaken\n\nThe army sent field hospitals.\n\n{_CHILE_AGAIN}",
        }
    )
    assert later.links == []


_DERNA = "After two dams upstream gave way in Sunday's storm, a torrent swept through the Libyan city of Derna."


def test_a_headline_links_to_another_article_s_lede_a_little_under_the_threshold() -> None:
    paper = f"Libya counts its dead\n\n{_DERNA}\n\nThe army sent field hospitals."
    wire = "Dams burst in Libyan city\n\nRescuers dug all night."
    opening = readingdesk.analyze_texts({"wire": wire, "paper": paper})
    # The two headlines share one word only ("Libya"): too little, however it scores.
    [link] = opening.links
    assert (link.a, link.b) == ("wire:0", "paper:1")
    assert DEFAULT_MIN_SCORE - OPENING_MARGIN <= link.score < DEFAULT_MIN_SCORE
    # Third in its article, the same sentence opens nothing, and does not link.
    later = {"wire": "Rescue goes on\n\nRescuers dug all night.\n\nDams burst in Libyan city.", "paper": paper}
    assert readingdesk.analyze_texts(later).links == []


def test_a_sentence_linked_to_one_of_two_near_paraphrases_links_to_both(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two agencies tell one fact in much the same words; the paper's sentence reports it as
    the wire does, and so as the agency does, though further from the agency's words."""
    texts = {
        "wire": "Fishing boats were idle. Ferries stayed in port. Neither government has said when and where the talks "
        "between the two presidents will be held, which are expected to take place on Friday in the border town of "
        "Tiraspol, according to diplomats.",
        "agency": "Fishing boats were idle. Bakeries ran out of flour. Neither government has confirmed when and where "
        "the talks between both presidents will be held, which diplomats place in the border town of Tiraspol.",
        "paper": "Farmers protested. Roads were closed. The talks are expected on Friday in Tiraspol, where a trade "
        "fair opens with wine growers from three countries.",
    }
    analysis = readingdesk.analyze_texts(texts)
    scores = {(ln.a, ln.b): ln.score for ln in analysis.links}
    assert scores[("wire:2", "agency:2")] >= PARAPHRASE_SCORE
    assert scores[("wire:2", "paper:2")] >= DEFAULT_MIN_SCORE
    assert DEFAULT_MIN_SCORE - SUPPORT_MARGIN <= scores[("agency:2", "paper:2")] < DEFAULT_MIN_SCORE
    # Two sentences that are only linked pass nothing on.
    monkeypatch.setattr(importlib.import_module("readingdesk.analysis.align"), "PARAPHRASE_SCORE", 0.8)
    assert ("agency:2", "paper:2") not in {(ln.a, ln.b) for ln in readingdesk.analyze_texts(texts).links}


def test_two_sentences_after_the_lede_are_no_opening_pair() -> None:
    """Without headlines, the sentence after each lede opens its article too, but two such
    sentences may each add a detail of their own."""
    wire = (
        "Heavy rain fell across the county on Monday, forecasters said. Floodwaters cut the only road into the "
        "town of Arlee, and crews with heavy trucks cleared mud from its bridge."
    )
    paper = (
        "Arlee was cut off after floods washed out its road. Farmers moved cattle with trucks to higher ground near "
    )
    paper += "Arlee."
    analysis = readingdesk.analyze_texts({"wire": wire, "paper": paper})
    assert [(ln.a, ln.b) for ln in analysis.links] == [("wire:1", "paper:0")]
    [closest] = analysis.closest["paper:1"]
    assert closest.b == "wire:1" and DEFAULT_MIN_SCORE - OPENING_MARGIN <= closest.score < DEFAULT_MIN_SCORE


def test_min_score_is_a_threshold(seed_corpus) -> None:
    loose = analyze_corpus(seed_corpus, min_score=0.25)
    strict = analyze_corpus(seed_corpus, min_score=0.6)
    loose_pairs = {(ln.a, ln.b) for ln in loose.links}
    assert {(ln.a, ln.b) for ln in strict.links} < loose_pairs
    # Below the threshold only by the support margin, and only when corroborated twice, or
    # linked to a near-paraphrase of the other sentence: at 0.6, every strong link is one, so
    # a strong neighbour in common is needed either way.
    assert PARAPHRASE_SCORE <= 0.6
    strong = [ln for ln in strict.links if ln.score >= 0.6]
    neighbours: dict[str, set[str]] = {}
    for ln in strong:
        neighbours.setdefault(ln.a, set()).add(ln.b)
        neighbours.setdefault(ln.b, set()).add(ln.a)
    for ln in strict.links:
        if ln.score < 0.6:
            assert ln.score >= 0.6 - SUPPORT_MARGIN
            assert neighbours.get(ln.a, set()) & neighbours.get(ln.b, set())
    assert loose.to_dict()["min_score"] == 0.25
    assert analyze_corpus(seed_corpus).min_score == DEFAULT_MIN_SCORE


def test_a_sentence_only_one_source_has_keeps_its_closest_sentences_elsewhere() -> None:
    texts = {
        "efe": "Markets in Seoul were calm on Monday. Traders watched the currency. Kim left Pyongyang "
        "bound for Russia on Sunday afternoon, according to state media.",
        "yonhap": "Rain fell across the southern provinces. Farmers welcomed the showers. KCNA confirmed "
        "early Tuesday that Kim had left Pyongyang for Russia by his train on Sunday afternoon.",
    }
    (link,) = readingdesk.analyze_texts(texts).links
    # Just over the pair's score, nothing links: each sentence is its source's own, and the other
    # is the closest sentence elsewhere, with the score and the words that linked them before.
    strict = readingdesk.analyze_texts(texts, min_score=link.score + 0.01)
    assert not strict.links
    for one, other in ((link.a, link.b), (link.b, link.a)):
        assert strict.is_unique(strict.sentence(one))
        (closest,) = strict.closest_to(one)
        assert (closest.a, closest.b, closest.shared) == (one, other, link.shared)
        assert closest.score == pytest.approx(link.score)
    sentence = strict.to_dict()["articles"][0]["sentences"][2]
    assert sentence["closest"] == [{"sentence": link.b, "score": link.score, "shared": list(link.shared)}]


def test_a_subheading_is_never_one_sources_own() -> None:
    texts = {
        "wire": "Six workers are missing after the bridge collapsed.\n\nHow many people are missing?\n\n"
        "Divers found two workers on Wednesday.\n\nRescue Teams Return\n\nThe crane barges arrived at dawn.",
        "paper": "Six workers remain missing since the bridge collapse. The mayor asked for patience.",
    }
    analysis = readingdesk.analyze_texts(texts, min_score=0.2)
    article = analysis.articles[0]
    kinds = [s.kind for s in article.sentences]
    assert kinds == ["body", "headline", "body", "headline", "body"]
    question, subheading = article.sentences[1], article.sentences[3]
    assert analysis.links_of(article.sentences[0].id), "the ledes report one fact"
    assert analysis.is_unique(article.sentences[2])
    for sentence in (question, subheading):
        assert not analysis.links_of(sentence.id)
        assert not analysis.is_unique(sentence) and analysis.closest_to(sentence.id) == []
    shown = {s["id"]: s for s in analysis.to_dict()["articles"][0]["sentences"]}
    assert shown[question.id]["unique"] is False and shown[question.id]["closest"] == []
    # An article's own headline above its lede still counts: a title may be the only one of its kind.
    titled = readingdesk.analyze_texts({"wire": "Crane Barges Arrive\n\nThe mayor spoke.", "paper": "Rain fell."})
    assert titled.articles[0].sentences[0].kind == "headline"
    assert titled.is_unique(titled.articles[0].sentences[0])


def test_only_sentences_that_link_to_nothing_have_closest_ones(seed_analysis) -> None:
    closest = {s.id: seed_analysis.closest_to(s.id) for a in seed_analysis.articles for s in a.sentences}
    assert any(closest.values()), "some sentences of the seeds nearly match one of another source"
    for sid, found in closest.items():
        if not seed_analysis.is_unique(seed_analysis.sentence(sid)):
            assert found == []
            continue
        assert len(found) <= CLOSEST_COUNT
        assert [c.score for c in found] == sorted((c.score for c in found), reverse=True)
        for c in found:
            assert c.a == sid and article_of(c.b) != article_of(sid)
            assert CLOSEST_FLOOR <= c.score < seed_analysis.min_score


def test_candidates_share_a_rare_term_and_are_fewer_than_all_pairs(seed_corpus) -> None:
    profiles = _seed_profiles(seed_corpus)
    scorer = Scorer(profiles)
    first, second = candidate_pairs(scorer, floor=0.0)
    all_cross = sum(1 for x, y in itertools.combinations(profiles, 2) if x.article_index != y.article_index)
    assert 0 < len(first) < all_cross
    for x, y in zip(first, second, strict=True):
        assert x < y and profiles[x].article_index != profiles[y].article_index
        shared = profiles[x].terms & profiles[y].terms
        assert any(min(scorer.term_weight(t, x), scorer.term_weight(t, y)) >= RARE_WEIGHT for t in shared)


def test_score_bounds_bound_the_scores_of_what_pairs_share(seed_corpus) -> None:
    """Given all a pair shares (rare terms or not), its bound is at least its score."""
    scorer = Scorer(_seed_profiles(seed_corpus, names_of(extract_entities(seed_corpus.articles))))
    a, b = candidate_pairs(scorer, floor=0.0)
    scores = scorer.score_pairs(a, b)

    def shared_weight(x: int, y: int) -> float:
        p, common = scorer.profiles[x], scorer.profiles[x].terms & scorer.profiles[y].terms
        return sum(_concept_weight(scorer, x, i) for i, t in enumerate(p.concepts) if t in common)

    shared = np.asarray([shared_weight(x, y) for x, y in zip(a.tolist(), b.tolist(), strict=True)])
    bounds = scorer.score_bounds(a, b, shared)
    assert np.all(bounds >= scores - 1e-9)
    assert np.mean(bounds < 0.25) > 0.2, "the bound rules out pairs"


@pytest.mark.parametrize("floor", [0.12, 0.25])
def test_candidates_hold_every_pair_its_rare_terms_bring_to_the_floor(seed_corpus, floor: float) -> None:
    scorer = Scorer(_seed_profiles(seed_corpus, names_of(extract_entities(seed_corpus.articles))))
    every_a, every_b = candidate_pairs(scorer, floor=0.0)
    scores = scorer.score_pairs(every_a, every_b)
    kept = set(zip(*(side.tolist() for side in candidate_pairs(scorer, floor=floor)), strict=True))
    assert len(kept) < len(every_a)
    for x, y, score in zip(every_a.tolist(), every_b.tolist(), scores, strict=True):
        common = scorer.profiles[x].terms & scorer.profiles[y].terms
        heavy = (min(scorer.term_weight(t, x), scorer.term_weight(t, y)) >= RARE_WEIGHT for t in common)
        if score >= floor and all(heavy):
            assert (x, y) in kept


def _seed_profiles(corpus, names=NO_NAMES):
    profiles = [
        profile(i, a, s, names, extract_figures(a.sentence_text(s), s.start))
        for i, a in enumerate(corpus.articles)
        for s in a.sentences
        if s.kind in ALIGNABLE_KINDS
    ]
    return [p for p in profiles if p.terms]


def _concept_weight(scorer: Scorer, index: int, i: int) -> float:
    """The weight of concept ``i`` of profile ``index``: its term's in its story, less where it
    attributes."""
    p = scorer.profiles[index]
    return scorer.term_weight(p.concepts[i], index) * (REPORTING_WEIGHT if i in p.attributed else 1.0)


def _reference_score(scorer: Scorer, x: int, y: int, counts_answer: bool = True) -> float:
    """The score of one pair, computed the plain way, concept by concept; ``counts_answer``:
    two counts of one thing that differ count as shared."""
    a, b = scorer.profiles[x], scorer.profiles[y]
    if of_other_times(a.named, b.named):
        return 0.0

    def shared(index, members, common) -> float:
        p = scorer.profiles[index]
        return sum(_concept_weight(scorer, index, i) for i in members if p.concepts[i] in common)

    def unanswered(p, common) -> set[str]:
        """What the amounts of ``p`` that the other sentence lacks measure ("*": unknown)."""
        return {
            p.measures.get(i, "*")
            for i, t in enumerate(p.concepts)
            if is_amount(t) and t not in common and i not in p.restating
        }

    def used(p, other) -> set[int]:
        """The figures' other readings of ``p`` that stand in for the amounts they restate."""
        return {r for r, o in p.restating.items() if p.concepts[r] in other.terms and p.concepts[o] not in other.terms}

    def counting(p, readings: set[int]) -> list[int]:
        """The concepts of ``p`` that count in a pair where ``readings`` are used: no other
        reading, and no amount a used reading restates."""
        replaced = {p.restating[r] for r in readings}
        return [i for i in range(len(p.concepts)) if (i not in p.restating or i in readings) and i not in replaced]

    used_a, used_b = used(a, b), used(b, a)
    every_a, every_b = counting(a, used_a), counting(b, used_b)
    common = a.terms & b.terms
    measures_a, measures_b = unanswered(a, common), unanswered(b, common)
    answering = bool(measures_a and measures_b and (measures_a & measures_b or "*" in measures_a | measures_b))
    answering = answering and not about_other_things(a.named, b.named)

    def size(members_a, members_b, common, counted=(0.0, 0.0)) -> float:
        """Both sides' weight, less their unanswered amounts where these may answer each other
        (but for the ``counted`` weights, which are shared)."""
        left_a = shared(x, members_a, {t for t in a.terms - common if is_amount(t)}) - counted[0]
        left_b = shared(y, members_b, {t for t in b.terms - common if is_amount(t)}) - counted[1]
        neutral = left_a + left_b if answering and left_a > 1e-9 and left_b > 1e-9 else 0.0
        return shared(x, members_a, a.terms) + shared(y, members_b, b.terms) - neutral

    def counts(index, p, common) -> float:
        """The weight of the counts of a thing in ``p`` that the other sentence does not state."""
        return sum(
            _concept_weight(scorer, index, i)
            for i, t in enumerate(p.concepts)
            if is_amount(t) and t not in common and p.measures.get(i, "").startswith("count:") and i not in p.restating
        )

    whole = min(shared(x, every_a, common), shared(y, every_b, common))
    dice = 2 * whole / size(every_a, every_b, common)
    counts_a, counts_b = counts(x, a, common), counts(y, b, common)
    one_thing = {m for m in measures_a & measures_b if m.startswith("count:")}
    # Shared words besides amounts, one per clause that holds them.
    words = sum(len({a.concepts[i] for i in clause} & common - set(filter(is_amount, common))) for clause in a.clauses)
    supported = dice >= COUNT_SUPPORT and words >= COUNT_WORDS
    if counts_answer and one_thing and min(counts_a, counts_b) > 1e-9 and supported:
        whole += min(counts_a, counts_b)
        dice = 2 * whole / size(every_a, every_b, common, (counts_a, counts_b))
    best = 0.0
    for clause_a in a.clauses:
        for clause_b in b.clauses:
            both = {a.concepts[i] for i in clause_a if i in every_a} & {b.concepts[i] for i in clause_b if i in every_b}
            if both:
                # A used reading stands in for its amount only in the clause pair that shares it.
                in_a = counting(a, {r for r in used_a & set(clause_a) if a.concepts[r] in both})
                in_b = counting(b, {r for r in used_b & set(clause_b) if b.concepts[r] in both})
                members_a = [i for i in clause_a if i in in_a]
                members_b = [i for i in clause_b if i in in_b]
                part = min(shared(x, members_a, both), shared(y, members_b, both))
                best = max(best, 2 * part / size(members_a, members_b, both) * min(1.0, part / CLAUSE_EVIDENCE))
    anchor = FIGURE_ANCHOR if any(is_telling_amount(t) for t in common) else 0.0
    score = min(1.0, (1 - CLAUSE_SHARE) * dice + CLAUSE_SHARE * best + anchor)
    same_names = {t for t in a.terms if t.startswith("@")} == {t for t in b.terms if t.startswith("@")}
    if dice >= VERBATIM_DICE and same_names:
        verbatim = fuzz.token_sort_ratio(a.folded, b.folded) / 100
        if verbatim > VERBATIM_RATIO:
            score = verbatim
    return score if words or any(tells_a_fact_alone(t) for t in common) else 0.0


_FIGURES = {
    "wire": "The quake killed at least 820 people. Another 672 were hurt, 205 of them badly. "
    "It struck at 11:11 p.m. with a magnitude of 6.8. Some 1,000 homes fell.",
    "agency": "Officials raised the toll to 820 on Saturday. The magnitude-6.8 quake hurt 672 people. "
    "About 1,000 homes collapsed in 20 villages. It was the deadliest in decades.",
}


@pytest.mark.parametrize("corpus_name", ["seeds", "figures", "restated figures", "two stories"])
def test_array_scores_equal_the_pair_by_pair_definition(seed_corpus, corpus_name: str) -> None:
    corpus = {
        "seeds": lambda: seed_corpus,
        "figures": lambda: corpus_from_texts(_FIGURES),
        "restated figures": lambda: corpus_from_texts(_RESTATED),
        "two stories": lambda: corpus_from_texts(
            {**_FIGURES, **{f"ferry {path.stem}": path.read_text() for path in (DATA / "ferry").iterdir()}}
        ),
    }[corpus_name]()
    names = names_of(extract_entities(corpus.articles))
    scorer = Scorer(_seed_profiles(corpus, names))
    if corpus_name == "two stories":
        assert scorer.stories.tolist() == [0, 0, 1, 1, 1], "each story's terms weigh as in that story"
    pairs = [
        (x, y)
        for x, y in itertools.combinations(range(len(scorer.profiles)), 2)
        if scorer.profiles[x].article_index != scorer.profiles[y].article_index
    ]
    first = np.asarray([x for x, _ in pairs])
    second = np.asarray([y for _, y in pairs])
    scores = scorer.score_pairs(first, second)
    expected = [_reference_score(scorer, x, y) for x, y in pairs]
    if corpus_name == "seeds":
        assert max(expected) > 0.9 and sum(e > 0 for e in expected) > 100
    assert np.allclose(scores, expected, rtol=0, atol=1e-9)


def test_two_counts_of_one_thing_that_differ_answer_each_other() -> None:
    corpus = corpus_from_texts(
        {
            "wire": "Floods hit Derna on Sunday. The floods in Derna killed more than 5,300 people, officials said. "
            "Divers found two workers.",
            "paper": "Rescuers searched Derna. At least 6,000 people died in the Derna floods. "
            "Six workers remain missing after the bridge fell.",
        }
    )
    scorer = Scorer(_seed_profiles(corpus, names_of(extract_entities(corpus.articles))))
    index = {p.sentence.id: i for i, p in enumerate(scorer.profiles)}

    def scores(a: str, b: str) -> tuple[float, float, float]:
        x, y = index[a], index[b]
        found = float(scorer.score_pairs(np.asarray([x]), np.asarray([y]))[0])
        return found, _reference_score(scorer, x, y), _reference_score(scorer, x, y, counts_answer=False)

    # Two tolls: the lighter weight of the two counts is shared.
    found, expected, without = scores("wire:1", "paper:1")
    assert found == pytest.approx(expected, abs=1e-9) and found > without + 1e-3
    # Two workers found are not six workers missing: the sentences share too little else.
    found, expected, without = scores("wire:2", "paper:2")
    assert found == pytest.approx(expected, abs=1e-9) == pytest.approx(without, abs=1e-9)


def test_a_named_person_is_one_concept_whatever_the_spelling(seed_corpus) -> None:
    entities = extract_entities(seed_corpus.articles)
    admiral_kim = "@" + next(e.id for e in entities if "Myong" in e.name)
    leader_kim = "@" + next(e.id for e in entities if "Jong" in e.name and "un" in e.name.lower())
    concepts = {}
    for p in _seed_profiles(seed_corpus, names_of(entities)):
        text = seed_corpus.articles[p.article_index].sentence_text(p.sentence)
        for quote in ("Navy chief Kim Myong-sik", "Navy Admiral Kim Myong Sik", "Kim Jong Un will travel"):
            if quote in text:
                concepts[quote] = p.concepts
    navy_chief, admiral, leader = concepts.values()
    assert admiral_kim in navy_chief and admiral_kim in admiral
    # Another Kim: the surname alone is no shared concept.
    assert admiral_kim not in leader and leader_kim in leader and leader_kim not in admiral
    # "President Vladimir Putin": the title is part of the name, not a concept of its own.
    assert "presid" not in leader


def test_a_name_and_its_short_form_in_brackets_are_one_concept_of_who_reported() -> None:
    corpus = corpus_from_texts(
        {
            "a": "The train crossed the bridge, according to a spokesperson for the Joint Chiefs of Staff (JCS).",
            "b": "The JCS declined to comment.",
        }
    )
    article = corpus.articles[0]
    told = profile(0, article, article.sentences[0], names_of(extract_entities(corpus.articles)))
    named = [i for i, concept in enumerate(told.concepts) if concept.startswith("@")]
    assert len(named) == 1 and named[0] in told.attributed
    assert not {told.concepts.index("train"), told.concepts.index("cross")} & told.attributed
    # A name set apart by commas in who reported is who reported too.
    corpus = corpus_from_texts(
        {"a": "The talks will resume in May, according to the mediator, Qatar.", "b": "Qatar hosted talks."}
    )
    article = corpus.articles[0]
    told = profile(0, article, article.sentences[0], names_of(extract_entities(corpus.articles)))
    assert [told.concepts[i] for i in told.attributed if told.concepts[i].startswith("@")]
    # A place after a preposition is where the fact happened, whoever reported it.
    corpus = corpus_from_texts(
        {"a": "The leaders will meet in May, according to officials, in Vladivostok.", "b": "Vladivostok waits."}
    )
    article = corpus.articles[0]
    told = profile(0, article, article.sentences[0], names_of(extract_entities(corpus.articles)))
    place = next(i for i, concept in enumerate(told.concepts) if concept.startswith("@"))
    assert place not in told.attributed and told.concepts.index("offici") in told.attributed


def test_words_that_introduce_a_name_are_part_of_it() -> None:
    corpus = corpus_from_texts(
        {
            "a": "Vladivostok lies far north of Moscow. President Vladimir Putin flew to the far eastern port city "
            "of Vladivostok and then crossed the border with China."
        }
    )
    names = names_of(extract_entities(corpus.articles))
    article = corpus.articles[0]
    concepts = profile(0, article, article.sentences[1], names).concepts
    assert not {"presid", "far", "eastern", "port", "citi"} & set(concepts)
    assert {"flew", "cross", "border"} <= set(concepts)
    assert sum(c.startswith("@") for c in concepts) == 3
    # An abbreviated title before its full stop introduces the name too.
    titled = corpus_from_texts({"b": "The debris was found by Adm. John Mauger and his crew."}).articles
    found_by = profile(0, titled[0], titled[0].sentences[0], names_of(extract_entities(titled))).concepts
    assert "adm" not in found_by and any(c.startswith("@") for c in found_by)
    # So does a company's chief officer, in words or by initials.
    for text in ("The board named chief technology officer Mira Murati.", "The board named CTO Mira Murati."):
        named = corpus_from_texts({"c": text}).articles
        concepts = profile(0, named[0], named[0].sentences[0], names_of(extract_entities(named))).concepts
        assert not any(c.startswith(OFFICER) for c in concepts) and any(c.startswith("@") for c in concepts)
    # Where a place lies is content: "far north of Moscow".
    assert {"far", "north"} <= set(profile(0, article, article.sentences[0], names).concepts)


def test_a_clause_of_names_alone_belongs_to_the_clause_before_it() -> None:
    corpus = corpus_from_texts({"a": "The ministers signed the accord at the town hall, in Lyon, France, on Tuesday."})
    article = corpus.articles[0]
    told = profile(0, article, article.sentences[0], names_of(extract_entities(corpus.articles)))
    clauses = [[told.concepts[i] for i in members] for members in told.clauses]
    signed = next(clause for clause in clauses if "sign" in clause)
    assert sum(concept.startswith("@") for concept in signed) == 2
    # A clause with a word of its own stays apart.
    assert ["tuesday"] in clauses


def test_a_word_and_a_comma_is_no_clause() -> None:
    """Adjectives in a list ("the heavy, slow-moving train") belong to the clause of their noun,
    and so does a time in one word ("On Monday, the train ...")."""
    for text in (
        "The heavy, slow-moving, high-security train crossed the bridge.",
        "Yesterday, the train crossed the bridge.",
    ):
        article = corpus_from_texts({"a": text}).articles[0]
        assert len(profile(0, article, article.sentences[0]).clauses) == 1, text
    # Two words and a comma still make one.
    article = corpus_from_texts({"a": "Late on Monday, the heavy train crossed the bridge."}).articles[0]
    assert len(profile(0, article, article.sentences[0]).clauses) == 2


def test_a_thousands_comma_breaks_no_clause() -> None:
    for text, amount, unit in (
        ("Vladivostok lies around 1,130 kilometers from Pyongyang.", "1130", "kilomet"),
        ("The firm cut 12,500 jobs, the union said.", "12500", "job"),
    ):
        article = corpus_from_texts({"a": text}).articles[0]
        told = profile(0, article, article.sentences[0])
        clauses = [{told.concepts[i] for i in members} for members in told.clauses]
        assert any({amount, unit} <= clause for clause in clauses), clauses
    # A comma between a number and a word still does: "In March 2023, prices rose".
    article = corpus_from_texts({"a": "In March 2023, prices rose 9% across the region."}).articles[0]
    told = profile(0, article, article.sentences[0])
    assert len(told.clauses) == 2


def test_a_name_inside_a_longer_run_of_capitals_shows_as_its_own_words() -> None:
    article = corpus_from_texts({"a": "Analysts at FTX Crypto Desk said so."}).articles[0]
    found = profile(0, article, article.sentences[0], Names({}, {("ftx",): "e1"}))
    assert "@e1" in found.concepts and found.surface["@e1"] == "FTX"


def test_a_nationality_word_is_its_country() -> None:
    corpus = corpus_from_texts({"a": "Moroccan rescuers dug through the rubble. Rescuers in Morocco dug on."})
    names = names_of(extract_entities(corpus.articles))
    article = corpus.articles[0]
    adjective, country = (profile(0, article, s, names).concepts for s in article.sentences)
    assert adjective[0] == country[1] and adjective[0].startswith("@")


def test_news_predicates_in_other_words_are_one_concept() -> None:
    corpus = corpus_from_texts(
        {
            "a": "Fatalities rose and 329 were injured. Deaths rose and there were 672 injuries. "
            "The vessel crashed and two persons were rescued. The ship collided and two people were rescued. "
            "The quake hit the town. The earthquake hit the town. A tremor hit the town."
        }
    )
    article = corpus.articles[0]
    first, second, third, fourth, *quakes = (set(profile(0, article, s).concepts) for s in article.sentences)
    assert first - {"329"} == second - {"672"}
    assert third == fourth
    assert quakes[0] == quakes[1] == quakes[2]
    # A verb as general as "provide" is no sale: the county that provided details sold nothing.
    article = corpus_from_texts({"a": "The county provided details. The county sells bonds."}).articles[0]
    told, sold = (set(profile(0, article, s).concepts) for s in article.sentences)
    assert told & sold == {"counti"}
    # An irregular past tense is its verb: "sold" is "sells", "struck" is "strikes".
    article = corpus_from_texts(
        {
            "a": "Firms sold and bought bonds; talks began; they met; a drone struck. "
            "Firms sell and buy bonds; talks begin; they meet; a drone strikes."
        }
    ).articles[0]
    past, present = (set(profile(0, article, s).concepts) for s in article.sentences)
    assert past == present
    # "going to" alone goes nowhere: no rise without its particle.
    article = corpus_from_texts({"a": "It is going to rain in July. Costs are going up in July."}).articles[0]
    going, going_up = (profile(0, article, s) for s in article.sentences)
    assert "increas" not in going.concepts
    assert going_up.concepts == ["cost", "increas", "juli"] and going_up.surface["increas"] == "going up"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Sales rose sharply in July.", "Sales surged sharply in July."),
        ("Sales grew sharply in July.", "Sales jumped sharply in July."),
        ("Exports fell sharply in July.", "Exports plunged sharply in July."),
        ("Exports dropped sharply in July.", "Exports slumped sharply in July."),
        ("Its shares rose sharply in July.", "Its stock climbed sharply in July."),
        # A verb and its particle: "go up" is "rise", "went down" is "fell".
        ("The toll will go up sharply in July.", "The toll will rise sharply in July."),
        ("Prices went down sharply in July.", "Prices fell sharply in July."),
        # A leader's tour of a factory is a visit to it.
        ("The governor toured the factory in July.", "The governor visited the factory in July."),
        # What is expected of a leader and what he plans are one coming act.
        ("The leader is expected to travel north in July.", "The leader plans to travel north in July."),
        # The stemmer leaves a time word's comparative apart from it.
        ("The train crossed early on Tuesday.", "The train crossed earlier on Tuesday."),
        ("The train crossed late on Tuesday.", "The train crossed later on Tuesday."),
        ("Its seats were reduced sharply in July.", "Its seats dropped sharply in July."),
        ("The toll is forecast to rise in July.", "The toll is expected to rise in July."),
        # Losing one's post, however it is said.
        ("The board fired its founder in July.", "The board ousted its founder in July."),
        ("The board sacked its founder in July.", "The board dismissed its founder in July."),
        # Armed groups and their attacks, as different outlets call them.
        ("Rebels attacked the port in July.", "Militants attacked the port in July."),
        ("Insurgents attacked the port in July.", "Guerrillas attacked the port in July."),
        ("The army began an offensive in July.", "The army began an attack in July."),
        # Arms by their kind: artillery and missiles are weapons a state may sell.
        ("The state may sell artillery in July.", "The state may sell weapons in July."),
        ("The state may sell missiles in July.", "The state may sell munitions in July."),
        # A company's chief officer by initials or in words.
        ("The CEO resigned in July.", "The chief executive officer resigned in July."),
        ("The CTO resigned in July.", "The chief technology officer resigned in July."),
    ],
)
def test_a_predicate_told_in_other_words_is_one_concept(one: str, other: str) -> None:
    article = corpus_from_texts({"a": f"{one} {other}"}).articles[0]
    first, second = (set(profile(0, article, s).concepts) for s in article.sentences)
    assert first == second


@pytest.mark.parametrize("vague", ["in the coming days ", "soon ", "in recent weeks ", "shortly "])
def test_a_time_no_calendar_tells_is_no_part_of_the_fact(vague: str) -> None:
    # "Will visit in the coming days" reports what "will visit" does: a pair scores as if the
    # vague time were not there, and it is no concept a pair could share.
    wire = "Prime Minister Tsipras travels to Ankara to meet President Erdogan. Trade talks stalled in the spring."
    paper = "Athens confirmed that Tsipras will visit Ankara {}at the invitation of Erdogan. A ferry line reopened."

    def score(said: str) -> float:
        (link,) = readingdesk.analyze_texts({"wire": wire, "paper": paper.format(said)}, min_score=0.0).links
        return link.score

    assert score(vague) == score("")
    article = corpus_from_texts({"a": paper.format(vague)}).articles[0]
    concepts = set(profile(0, article, article.sentences[0]).concepts)
    assert not concepts & {"come", "day", "soon", "recent", "week", "short"}


def test_a_named_event_is_also_the_thing_its_name_calls_it() -> None:
    # Another source calls "the Eastern Economic Forum" "an international forum", and
    # attending a forum is participating in it.
    texts = {
        "a": "The leader is travelling north by train. Putin is participating in the Eastern Economic Forum this week.",
        "b": "The leader crossed the border on Tuesday. Putin arrived on Monday to attend an international forum.",
    }
    links = {(link.a, link.b): link for link in readingdesk.analyze_texts(texts).links}
    assert {"forum", "participating"} <= set(links[("a:1", "b:1")].shared)
    # Where both sentences name it, the shared words give the name alone, not its head again.
    both = {"a": "Argentina won the World Cup on Sunday after a shootout.", "b": "Argentina won the World Cup."}
    (link,) = readingdesk.analyze_texts(both).links
    assert "World Cup" in link.shared and "cup" not in link.shared


def test_a_word_after_a_negating_prefix_is_no_concept_of_its_own() -> None:
    article = corpus_from_texts(
        {
            "a": "Non-GAAP margins widened in July. Anti-war protests grew in July. GAAP margins widened in July. "
            "Co-founders met in mid-July."
        }
    ).articles[0]
    non_gaap, anti_war, gaap, co_founders = (profile(0, article, s).concepts for s in article.sentences)
    assert non_gaap == ["non-gaap", "margin", "widen", "juli"]
    assert gaap == ["gaap", "margin", "widen", "juli"]
    assert "anti-war" in anti_war and "war" not in anti_war
    # A co-founder is a founder, and mid-July is in July.
    assert {"founder", "juli"} <= set(co_founders)


def test_the_direction_of_a_change_in_a_share_is_a_concept_beside_the_share() -> None:
    article = corpus_from_texts(
        {"a": "Revenue declined 10% in May. Revenue fell 10 per cent in May. A 10% drop in revenue followed."}
    ).articles[0]
    declined, fell, drop = (
        profile(0, article, s, NO_NAMES, extract_figures(article.sentence_text(s), s.start)).concepts
        for s in article.sentences
    )
    assert declined == fell == ["revenu", "decreas", "10%"]
    assert set(drop) == {"10%", "decreas", "revenu", "follow"}


@pytest.mark.parametrize(
    ("precise", "rounded"),
    [("$13.51 billion", "$13.5 billion"), ("$23.35 billion", "$23.4 billion"), ("6.83 percent", "6.8 percent")],
)
def test_an_amount_another_source_rounds_to_a_tenth_is_one_concept(precise: str, rounded: str) -> None:
    article = corpus_from_texts({"a": f"Revenue rose to {precise} in July. Revenue rose to {rounded} in July."})
    first, second = (profile(0, article.articles[0], s).concepts for s in article.articles[0].sentences)
    assert first == second


@pytest.mark.parametrize(("fine", "tenth"), [("0.05 percent", "0.1 percent"), ("0.04 percent", "0.0 percent")])
def test_a_small_amount_is_not_rounded_into_another(fine: str, tenth: str) -> None:
    """Rounded to a tenth, 0.05 would be twice itself and 0.04 nothing at all."""
    article = corpus_from_texts({"a": f"Stocks rose {fine} on Monday. Stocks rose {tenth} on Monday."})
    first, second = (profile(0, article.articles[0], s).concepts for s in article.articles[0].sentences)
    assert first != second


def test_a_share_alone_is_no_fact() -> None:
    """Two sentences that share a percentage and no word report two things; a precise count
    alone may be one fact told in other words."""
    analysis = readingdesk.analyze_texts(
        {
            "stocks": "The broader Standard & Poor's 500 index was 4.77 points lower, or 0.5 percent, at 929.62.",
            "currencies": "The dollar was at 117.85 yen against the Japanese currency, up 0.5 percent.",
        }
    )
    assert not analysis.links
    injured = readingdesk.analyze_texts(
        {
            "wire": "It says the number of injured stands at 365.",
            "paper": "The death toll stood at 250, with at least 365 more hospitalized.",
        }
    )
    assert linked(injured, "number of injured", "365 more hospitalized")


def test_a_sum_s_number_takes_its_scale() -> None:
    """ "$1.75B" and "$1.75 billion" are one amount; neither is "$1.80" a share, though both
    round to 1.8; a round sum is no more telling for its scale."""
    corpus = corpus_from_texts(
        {"a": "Sales were $1.75B, or $1.80 a share. Sales were $1.75 billion. Sales were $8 billion."}
    )
    article = corpus.articles[0]
    first, second, third = (
        profile(0, article, s, figures=extract_figures(article.sentence_text(s), s.start)).concepts
        for s in article.sentences
    )
    assert {"1.8bn", "1.8"} <= set(first) and "1.8bn" in second and "1.8" not in second
    assert "8bn" in third and is_telling_amount("1.8bn") and not is_telling_amount("8bn")


def test_a_toll_in_other_words_is_a_death() -> None:
    texts = {
        "wire": "The quake in the Atlas Mountains killed at least 820 people, officials said on Saturday.",
        "agency": "The earthquake has so far claimed the lives of at least 820 individuals, with 672 injured.",
    }
    analysis = readingdesk.analyze_texts(texts)
    assert linked(analysis, "killed at least 820", "claimed the lives")
    assert "killed" in analysis.links[0].shared


@pytest.mark.parametrize(
    "sentence",
    [
        "It remains unclear when the stadium will reopen.",
        "Officials have not yet confirmed when the stadium will reopen.",
        "The club didn't say when the stadium would reopen.",
        "Neither the club nor the city has confirmed when the stadium will reopen.",
    ],
)
def test_a_thing_not_known_is_one_concept_however_it_is_said(sentence: str) -> None:
    article = corpus_from_texts({"a": sentence}).articles[0]
    told = profile(0, article, article.sentences[0])
    assert {UNKNOWN, UNKNOWN + ":when", "stadium", "reopen"} <= told.terms
    # Saying that a thing is not confirmed reports nothing: the officials are no speaker.
    assert not told.attributed


def test_a_thing_known_is_no_unknown() -> None:
    article = corpus_from_texts({"a": "The stadium will reopen when officials confirm the date."}).articles[0]
    told = profile(0, article, article.sentences[0])
    assert not any(term.startswith(UNKNOWN) for term in told.terms)
    said = corpus_from_texts({"a": "Officials confirmed the stadium will reopen in May."}).articles[0]
    assert profile(0, said, said.sentences[0]).attributed


@pytest.mark.parametrize(
    ("sentence", "asks_whether"),
    [
        ("It is unknown if the bridge was inspected.", True),
        ("It is not clear whether the bridge was inspected.", True),
        ("Officials did not confirm the toll, but the mayor said if rain comes it will rise.", False),
    ],
)
def test_if_right_after_what_is_not_known_asks_whether(sentence: str, asks_whether: bool) -> None:
    article = corpus_from_texts({"a": sentence}).articles[0]
    assert (UNKNOWN + ":whether" in profile(0, article, article.sentences[0]).terms) is asks_whether


@pytest.mark.parametrize(
    ("wire", "paper", "quotes"),
    [
        (
            "The two ministers will hold talks in Geneva next week. "
            "Neither government has confirmed when or where the talks will take place.",
            "Diplomats expect the ministers to discuss the border dispute. "
            "It remains unclear when and where they would hold talks, and who will attend.",
            ("Neither government", "It remains unclear"),
        ),
        (
            "Rescuers pulled two survivors from the collapsed school. "
            "It was not known how many children were still inside.",
            "Volunteers dug through the rubble of the school overnight. "
            "Officials did not say how many children remained trapped.",
            ("not known how many", "did not say how many"),
        ),
    ],
)
def test_what_sources_say_is_not_known_aligns(wire: str, paper: str, quotes: tuple[str, str]) -> None:
    assert linked(readingdesk.analyze_texts({"wire": wire, "paper": paper}), *quotes)


def test_two_things_not_known_do_not_align() -> None:
    texts = {
        "city": "It is unclear when the stadium will reopen. The mayor visited the site on Monday.",
        "paper": "Fans gathered outside the gates on Sunday. It is not clear when the minister will resign.",
    }
    assert not readingdesk.analyze_texts(texts).links


def _first_sentences_score(first: str, second: str) -> float:
    """The score of the first sentences of two one-sentence articles."""
    corpus = corpus_from_texts({"a": first, "b": second})
    scorer = Scorer([profile(i, a, a.sentences[0]) for i, a in enumerate(corpus.articles)])
    return float(scorer.score_pairs(np.asarray([0]), np.asarray([1]))[0])


def test_one_fact_with_different_figures_aligns() -> None:
    texts = {
        "wire": "Net income fell to $1.85 billion, or 53 cents per share, from $3.29 billion a year earlier.",
        "agency": "The company earned $1.9 billion from July through September, down from $3.3 billion last year.",
    }
    analysis = readingdesk.analyze_texts(texts)
    assert linked(analysis, "Net income fell", "The company earned")


_WIRE = "Revenue rose {}in the quarter, short of estimates."
_AGENCY = "Sales grew {}on strong demand for trucks."


@pytest.mark.parametrize(("travelled", "one_trip"), [("1,180km (733 miles)", True), ("12km (7 miles)", False)])
def test_a_weak_pair_that_measures_one_distance_links(travelled: str, one_trip: bool) -> None:
    """Two sentences a little under the min score that give one distance in other figures
    report one fact, and so their conflict is shown inside a fact group; a distance of
    another scale measures another thing."""
    texts = {
        "a": "Officials met on Sunday. Vladivostok lies around 1,130 kilometers (700 miles) from Pyongyang by rail. "
        "Nobody else was hurt.",
        "b": f"The minister spoke on Tuesday. Kim spent 20 hours travelling {travelled} by rail on the slow-moving "
        "green-and-yellow train. Schools were closed.",
    }
    analysis = readingdesk.analyze_texts(texts, min_score=0.3)
    assert linked(analysis, "Vladivostok lies", "Kim spent") is one_trip
    if one_trip:
        (link,) = analysis.links
        assert 0.3 - QUANTITY_MARGIN <= link.score < 0.3
        (discrepancy,) = analysis.discrepancies
        assert discrepancy.group is not None


def test_a_precise_figure_both_give_anchors_the_fact() -> None:
    told = "{} said the earthquake had claimed the lives of at least {} individuals by morning."
    retold = "The deadliest quake in decades has killed {} people, causing damage in the mountains."
    bare = _first_sentences_score(told.format("Officials", "many"), retold.format("many"))
    precise = _first_sentences_score(told.format("Officials", "820"), retold.format("820"))
    round_figure = _first_sentences_score(told.format("Officials", "1,000"), retold.format("1,000"))
    assert precise >= bare + FIGURE_ANCHOR and round_figure < precise
    assert linked(
        readingdesk.analyze_texts({"a": told.format("Officials", "820"), "b": retold.format("820")}),
        "claimed the lives",
        "has killed",
    )


def test_an_amount_only_one_side_gives_still_counts() -> None:
    both_bare = _first_sentences_score(_WIRE.format(""), _AGENCY.format(""))
    one_amount = _first_sentences_score(_WIRE.format("9% "), _AGENCY.format(""))
    both_amounts = _first_sentences_score(_WIRE.format("9% "), _AGENCY.format("8% "))
    assert 0 < one_amount < both_bare < 1
    assert both_amounts == pytest.approx(both_bare)


def test_amounts_of_different_things_do_not_answer_each_other() -> None:
    # Each pair after an opening of its own: two articles' openings link more easily.
    texts = {
        "wire": "Carmakers reported their results.\n\nAnalysts were surprised.\n\n"
        "The company cut 12,000 jobs in Europe this year.",
        "agency": "Sales figures came out on Friday.\n\nShares fell.\n\n"
        "The company sold 1.8 million vehicles in Europe this year.",
    }
    jobs, vehicles = "The company cut 12,000 jobs", "The company sold 1.8 million vehicles"
    assert not linked(readingdesk.analyze_texts(texts), jobs, vehicles)
    # The same sentences with one measure each way do link: the two figures answer each other.
    texts["agency"] = texts["agency"].replace("1.8 million vehicles", "9,000 jobs")
    assert linked(readingdesk.analyze_texts(texts), jobs, "The company sold 9,000 jobs")


def test_different_years_are_not_amounts() -> None:
    years = _first_sentences_score(_WIRE.format("in 2022 "), _AGENCY.format("in 2023 "))
    assert years < _first_sentences_score(_WIRE.format(""), _AGENCY.format(""))


def test_a_number_in_a_name_is_no_amount() -> None:
    corpus = corpus_from_texts({"a": "The Boeing 737 Max 8 carried 157 people."})
    article = corpus.articles[0]
    concepts = profile(0, article, article.sentences[0]).concepts
    assert "157" in concepts and "737" not in concepts and "8" not in concepts
    assert not any(is_amount(c) for c in concepts if c != "157")


def test_a_models_designation_is_one_concept_in_any_order_of_its_parts() -> None:
    texts = {
        "a": "A Boeing 737 Max 9 carried 171 passengers.",
        "b": "The Boeing 737-9 Max landed.",
        "c": "The Boeing 737 Max landed.",
    }
    corpus = corpus_from_texts(texts)
    designations = [
        [c for c in profile(i, article, article.sentences[0]).concepts if c.startswith("#")]
        for i, article in enumerate(corpus.articles)
    ]
    # "737 Max 9" is one model, however its parts are ordered; "737 Max" is another.
    assert designations[0] == designations[1] and len(designations[0]) == 1
    assert designations[2] != designations[0] and len(designations[2]) == 1
    # A score after a team's name is no designation.
    score = corpus_from_texts({"a": "Argentina beat France 4-2 on penalties."}).articles[0]
    assert not any(" " in c for c in profile(0, score, score.sentences[0]).concepts if c.startswith("#"))


def test_a_restated_amount_is_the_other_reading_of_its_figure() -> None:
    corpus = corpus_from_texts({"a": "Kim spent 20 hours travelling 1,180km (733 miles) on the train."})
    article = corpus.articles[0]
    sentence = article.sentences[0]
    found = profile(0, article, sentence, figures=extract_figures(article.sentence_text(sentence), sentence.start))
    # The amount in brackets says the one before it again, in the clause of the one it restates;
    # its unit is a word of the sentence.
    reading, said = found.concepts.index("733"), found.concepts.index("1180")
    assert found.restating == {reading: said}
    assert any({reading, said} <= set(clause) for clause in found.clauses)
    assert {"kilomet", "mile"} <= set(found.concepts)
    # An amount the sentence says again elsewhere is that concept, no second reading.
    corpus = corpus_from_texts({"a": "Winds of 265km/h (165mph) hit the coast, and gusts reached 165 at the port."})
    article = corpus.articles[0]
    again = profile(0, article, article.sentences[0], figures=extract_figures(article.text, 0))
    assert again.restating == {} and again.concepts.count("165") == 1


_RESTATED = {
    "bbc": "Hurricane Otis hit Acapulco with winds of 265km/h (165mph), forecasters said. "
    "The storm caused damage estimated at £12bn ($15bn) across Guerrero. Schools stayed shut.",
    "ap": "Otis slammed into Acapulco packing winds of 165 mph. Damage across Guerrero was estimated at $15 billion. "
    "The airport reopened on Friday.",
    "afp": "Winds of 265 kilometres per hour (165 miles per hour) tore roofs off in Acapulco on Wednesday.",
}


def test_a_figure_restated_in_another_unit_links_with_a_source_that_gives_that_unit() -> None:
    analysis = readingdesk.analyze_texts(_RESTATED)
    links = {frozenset((ln.a, ln.b)): ln.shared for ln in analysis.links}
    # The British source's second reading is the American's only one: one figure, shared.
    assert "165" in links[frozenset(("ap:0", "bbc:0"))] and "15" in links[frozenset(("ap:1", "bbc:1"))]
    # Where both give both readings, the figure still counts once: "265" and "165" are one amount.
    scorer = Scorer(_seed_profiles(corpus_from_texts(_RESTATED)))
    index = {p.sentence.id: i for i, p in enumerate(scorer.profiles)}
    both = scorer.score_pairs(np.asarray([index["afp:0"]]), np.asarray([index["bbc:0"]]))[0]
    assert both == pytest.approx(_reference_score(scorer, index["afp:0"], index["bbc:0"]))
    assert both <= 1.0


def test_a_time_of_day_is_no_count_and_no_number_in_a_name() -> None:
    corpus = corpus_from_texts({"a": "Divers search Wednesday 6 a.m. to 7:30 p.m. for six workers."})
    article = corpus.articles[0]
    concepts = profile(0, article, article.sentences[0]).concepts
    assert {"6:00", "19:30", "6"} <= set(concepts) and concepts.count("6") == 1
    assert not {"30", "7"} & set(concepts)


def test_a_share_is_one_concept_apart_from_a_count() -> None:
    corpus = corpus_from_texts({"a": "About 80% of the town burned, 5.25 per cent of the county, and 80 people died."})
    article = corpus.articles[0]
    sentence = article.sentences[0]
    concepts = profile(0, article, sentence, figures=extract_figures(article.text, 0)).concepts
    # "80%" and "80 percent" agree, a share rounds as any amount, and neither is the count.
    assert {"80%", "5.3%", "80"} <= set(concepts) and "percent" not in concepts
    assert is_telling_amount("5.3%") and not is_telling_amount("80%")
    texts = {
        "county": "Officials said there were already 80 fatalities.",
        "governor": "The governor estimated that about 80% of the town was destroyed.",
    }
    assert not linked(readingdesk.analyze_texts(texts), "there were already", "The governor estimated")


def test_a_date_is_one_concept() -> None:
    corpus = corpus_from_texts(
        {
            "a": "Tuesday, September 12, 2023 - Kim has arrived in Russia.",
            "b": "Soldiers are seen at the station on Sept. 11, 2023. Kim arrived on Sept. 12.",
        }
    )
    first, other_day, same_day = (
        profile(0, a, s, NO_NAMES, extract_figures(a.sentence_text(s), s.start))
        for a in corpus.articles
        for s in a.sentences
    )
    assert "date:09-12" in first.concepts and "date:09-12" in same_day.concepts
    # Another day of the same month and year shares neither the month nor the year.
    assert "date:09-11" in other_day.concepts
    assert not {"septemb", "2023"} & (first.terms | other_day.terms)
    assert other_day.surface["date:09-11"] == "Sept. 11, 2023"


@pytest.mark.parametrize(
    ("written", "concept"),
    [
        ("Sales doubled in Q2 2002.", "quarter:2"),
        ("Sales doubled in the second quarter of 2002.", "quarter:2"),
        ("Second-quarter sales doubled in 2002.", "quarter:2"),
        ("Sales doubled in its third fiscal quarter of 2002.", "quarter:3"),
        ("Sales doubled in H1 2002.", "half:1"),
        ("Sales doubled in the first half of 2002.", "half:1"),
    ],
)
def test_a_quarter_or_half_of_a_year_is_one_concept_however_written(written: str, concept: str) -> None:
    article = corpus_from_texts({"a": written}).articles[0]
    sentence = article.sentences[0]
    concepts = profile(0, article, sentence, figures=extract_figures(article.text, 0)).concepts
    # The year after "Q2" is the year, not the number of a name ("Boeing 737").
    assert concept in concepts and "2002" in concepts
    assert not {"second", "third", "first", "2", "fiscal"} & set(concepts)


@pytest.mark.parametrize(
    ("written", "concept"),
    [
        ("In the previous quarter, revenue had gone up 8%.", "quarter:previous"),
        ("Revenue rose 9% during the prior fiscal quarter.", "quarter:previous"),
        ("It lost $2 million in the year-ago quarter.", "quarter:year-ago"),
        ("It lost $2 million for the same quarter last year.", "quarter:year-ago"),
        ("Sales fell in the preceding half.", "half:previous"),
        # What a figure is compared with names no period of the sentence's own.
        ("Revenue rose 4% from the previous quarter.", None),
        ("Revenue was $10 billion, up from $9 billion for the previous quarter.", None),
        ("Sales were flat in the same quarter.", None),
    ],
)
def test_a_past_quarter_as_the_time_of_a_figure_is_one_concept(written: str, concept: str | None) -> None:
    article = corpus_from_texts({"a": written}).articles[0]
    concepts = profile(0, article, article.sentences[0], figures=extract_figures(article.text, 0)).concepts
    periods = [c for c in concepts if c.startswith(("quarter:", "half:"))]
    assert periods == ([concept] if concept else [])


def test_sentences_about_different_quarters_do_not_link() -> None:
    texts = {
        "wire": (
            "Revenue increased by 4% in the quarter, which ended on Aug. 31, the company said. "
            "In the previous quarter the company's revenue had gone up 8%. "
            "Analysts expect fiscal second-quarter revenue of $10.25 billion, almost 5% growth."
        ),
        "paper": (
            "The company's revenue rose 4 percent in the quarter ending Aug. 31, it said in a statement. "
            "Its shares fell almost 5 percent after it reported fiscal first-quarter revenue that missed estimates."
        ),
    }
    analysis = readingdesk.analyze_texts(texts)
    assert linked(analysis, "Revenue increased by 4%", "revenue rose 4 percent")
    # Last quarter's growth is no figure of this quarter's, and next quarter's forecast no
    # account of this one, however alike their words.
    assert not linked(analysis, "In the previous quarter", "revenue rose 4 percent")
    assert not linked(analysis, "second-quarter revenue", "first-quarter revenue")
    # A past quarter a figure is compared with leaves the sentence about the report's own.
    texts = {
        "wire": "The company's revenue rose to $10 billion, up from $9 billion for the previous quarter.",
        "paper": "The company said its revenue climbed to $10 billion, a record.",
    }
    assert linked(readingdesk.analyze_texts(texts), "up from $9 billion", "climbed to $10 billion")


@pytest.mark.parametrize(
    ("wire", "paper", "one_fact", "conflict"),
    [
        # Two days' closes: two facts, and no conflict between their figures.
        ("fell 1.2% on Monday", "rose 0.4% on Tuesday", False, None),
        ("closed down 0.8% on Monday", "closed up 1.1% on Wednesday", False, None),
        # One change on two days, or two changes on one day: one fact the sources disagree on.
        ("fell 1.2% on Monday", "fell 1.2% on Tuesday", True, "weekday: Tuesday vs Monday"),
        ("fell 1.2% on Monday", "fell 0.9% on Monday", True, "percent: fell 0.9% vs fell 1.2% (25% apart)"),
    ],
)
def test_changes_reported_for_different_days_are_different_facts(
    wire: str, paper: str, one_fact: bool, conflict: str | None
) -> None:
    texts = {
        "wire": f"Markets were busy. The Dow Jones Industrial Average {wire} as yields climbed. Traders were calm.",
        "paper": f"Investors watched. The Dow Jones Industrial Average {paper} as yields climbed. Oil was flat.",
    }
    analysis = readingdesk.analyze_texts(texts)
    assert linked(analysis, wire, paper) is one_fact
    assert [d.describe() for d in analysis.discrepancies] == ([conflict] if conflict else [])


def test_an_earlier_year_s_event_is_history_beside_this_week_s() -> None:
    """News tells an earlier event as background: a summit "on April 25, 2019" in a report of
    2023 is not the one "on Wednesday", however alike their words."""
    then = "Putin and Kim met at a university in Vladivostok on April 25, 2019, in their first summit."
    now = "Putin and Kim will meet at a university in Vladivostok on Wednesday, officials said."
    dated = "---\ndate: 2023-09-12\n---\n{} Oil prices were flat.\n"

    def analysis(wire: str, paper: str, form: str = dated) -> readingdesk.Analysis:
        return readingdesk.analyze_texts({"wire": form.format(wire), "paper": form.format(paper)})

    assert not linked(analysis(then, now), "April 25, 2019", "on Wednesday")
    # A year of the report's own is no history; nor is a past year beside this week's day.
    assert linked(analysis(then.replace("2019", "2023"), now), "April 25, 2023", "on Wednesday")
    since = "Putin and Kim will meet at a university in Vladivostok on Wednesday, their first summit since 2019."
    assert linked(analysis(since, now), "since 2019", "on Wednesday")
    # Where the articles' dates are not known, no year is known to be past.
    assert linked(analysis(then, now, "{} Oil prices were flat."), "April 25, 2019", "on Wednesday")


def test_a_departure_and_an_arrival_are_two_legs_of_a_journey() -> None:
    """Leaving and arriving (or crossing into a place) are two facts, however alike the words
    that tell them; a sentence that tells of both reports each."""
    left = "The armoured convoy carrying the president left the capital on Friday, officials said."
    crossed = "The armoured convoy carrying the president crossed into Chad on Friday, officials said."

    def analysis(wire: str, paper: str) -> readingdesk.Analysis:
        return readingdesk.analyze_texts({"wire": wire, "paper": paper})

    assert not analysis(left, crossed).links
    both = "The armoured convoy carrying the president left the capital and crossed into Chad on Friday."
    assert linked(analysis(both, crossed), "left the capital and", "crossed into Chad on Friday, officials")
    assert linked(analysis(left, both), "left the capital on", "left the capital and")
    assert linked(analysis(left, left.replace("left", "departed")), "left the", "departed the")
    # Where a caption places someone in its photo, "left" is no departure.
    caption = "The president (left) with the armoured convoy carrying him into Chad on Friday."
    assert linked(analysis(caption, crossed), "(left)", "crossed into")


def test_the_day_a_change_was_reported_is_not_the_day_of_the_change() -> None:
    """A day in the attribution ("officials said Tuesday") dates the report, not the change."""
    texts = {
        "wire": "Exports fell 3.5% in August, officials said on Monday.",
        "paper": "Exports rose 2% in August, officials said on Tuesday.",
    }
    analysis = readingdesk.analyze_texts(texts)
    assert linked(analysis, "Exports fell", "Exports rose")
    assert [d.kind for d in analysis.discrepancies] == ["percent"]


def test_an_age_is_one_concept() -> None:
    article = corpus_from_texts({"a": "The 25-year-old France captain signed a five-year contract."}).articles[0]
    concepts = profile(0, article, article.sentences[0]).concepts
    assert "age:25" in concepts and "old" not in concepts
    # Two facts about one person of that age are two facts.
    texts = {
        "wire": "However, the 25-year-old decided that he would not be extending his contract in Paris.",
        "paper": "As for Mbappe, the 25-year-old France international, took to his X page to write.",
    }
    assert not readingdesk.analyze_texts(texts).links


def test_a_day_named_relative_to_a_dated_report_is_its_weekday() -> None:
    corpus = corpus_from_texts(
        {
            "dated": "---\ndate: 2023-09-12\n---\nThe train crossed the border today. Kim left yesterday.",
            "undated": "The train crossed the border today. It crossed on Tuesday and left on Monday.",
        }
    )
    dated, undated = corpus.articles
    today, yesterday = (profile(0, dated, s) for s in dated.sentences if s.kind == "body")
    # A written weekday is the same concept: "Tuesday" of the undated report.
    on_tuesday = set(profile(1, undated, undated.sentences[1]).concepts)
    assert "today" not in today.concepts and set(today.concepts) & on_tuesday == {"cross", "tuesday"}
    assert set(yesterday.concepts) & on_tuesday == {"leav", "monday"}
    # The reader still sees the word the report used.
    assert today.surface["tuesday"] == "today"
    # A report of no known date says "today" of no known day.
    assert "today" in profile(1, undated, undated.sentences[0]).concepts
    assert relative_days("2024-01-01T08:00:00")["yesterday"] == "sunday"
    assert relative_days("2023-12-31")["tomorrow"] == "monday"
    assert relative_days(None) == relative_days("12 Sept") == {}


@pytest.mark.parametrize(
    ("sentence", "speaker", "fact"),
    [
        ("Kim will meet Putin in Vladivostok, according to the TASS news agency.", {"tass", "agenc"}, {"meet"}),
        ("South Korea's military said the train crossed into Russia.", {"militari", "said"}, {"train", "cross"}),
        ("The train crossed into Russia on Tuesday, officials said.", {"offici", "said"}, {"train", "tuesday"}),
        ("The debris is consistent with an implosion, Adm. John Mauger told reporters.", {"told"}, {"debri", "implos"}),
        ("The two leaders met on Wednesday, the Kremlin said, in the port.", {"kremlin", "said"}, {"leader", "meet"}),
        # What a quotation says is the fact, and the speaker after it is not.
        ('"Our decision is limited," the judges stated in their opinion.', {"judg", "state"}, {"decis", "limit"}),
        ("“The strike has failed,” the minister wrote on Friday.", {"minist", "wrote"}, {"attack", "friday"}),
        ('"Our decision is limited," they conclude.', {"end"}, {"decis", "limit"}),
        ("The reform has failed, the report concluded.", {"report", "end"}, {"reform", "fail"}),
        # "added" before an amount is a rise.
        ("The blue-chip index added 38 points on Friday.", set(), {"blue", "index", "38"}),
        # A passive or a verb still to come reports nothing: its subject is the fact.
        ("Details on pricing will be announced within weeks, McBride said.", {"said"}, {"detail", "price"}),
        ("All 157 people onboard were reported dead after the crash.", set(), {"157", "onboard"}),
        # A clause and a comma before the verb is what was reported; two commas set off a speaker.
        ("The State Department issues a travel alert, says an attack is possible.", set(), {"issu", "alert"}),
        (
            "It had moved to a recovery effort, said Admiral Shannon Gilreath.",
            set(),
            {"recoveri", "effort"},
        ),
        ("John Kirby, a White House spokesman, said the ship sank.", {"spokesman", "said"}, {"ship", "sank"}),
        # A clause before the main one sets its time or condition: the speaker stands after it.
        (
            "Before the ministry confirmed the trip, officials said Monday the convoy had left the capital.",
            {"offici", "said", "monday"},
            {"ministri", "convoy", "capit"},
        ),
    ],
)
def test_attribution_weighs_little(sentence: str, speaker: set[str], fact: set[str]) -> None:
    corpus = corpus_from_texts({"a": sentence})
    article = corpus.articles[0]
    p = profile(0, article, article.sentences[0])
    attributed = {p.concepts[i] for i in p.attributed}
    assert speaker <= attributed
    assert fact <= set(p.concepts) - attributed


def test_one_quotation_with_its_speaker_told_two_ways_aligns() -> None:
    analysis = readingdesk.analyze_texts(
        {
            "wire": '"Our ruling today is quite limited," the judges stated in their opinion.',
            "paper": '"Our ruling today is quite limited," they conclude.',
        }
    )
    assert [set(link.shared) for link in analysis.links] == [{"ruling", "today", "quite", "limited"}]


def test_single_article_has_nothing_to_compare() -> None:
    analysis = readingdesk.analyze_texts({"only": "Kim left on Sunday. Putin waited in Vladivostok."})
    assert analysis.links == [] and analysis.groups == []
    assert not any(analysis.is_unique(s) for s in analysis.articles[0].sentences)


def test_the_analysis_is_the_same_in_every_run() -> None:
    """Python salts string hashes per process: nothing in the JSON may follow set order."""
    code = "import readingdesk, json, sys; print(json.dumps(readingdesk.analyze([sys.argv[1]]).to_dict()))"
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code, str(SEEDS)],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "SEOUL, Sept. 12 (Yonhap) -- The armored train crossed the border.",
        "DUNDALK, Md. — The armored train crossed the border.",
    ],
)
def test_a_dateline_is_no_part_of_the_fact(sentence: str) -> None:
    article = corpus_from_texts({"a": sentence}).articles[0]
    concepts = profile(0, article, article.sentences[0]).concepts
    assert concepts == ["armor", "train", "cross", "border"]


def test_the_analysis_leaves_the_cycle_collector_as_it_found_it() -> None:
    texts = {"a": "Kim left Pyongyang on Sunday.", "b": "Kim left Pyongyang on Sunday afternoon."}
    assert gc.isenabled()
    readingdesk.analyze_texts(texts)
    assert gc.isenabled()
    gc.disable()
    try:
        readingdesk.analyze_texts(texts)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_figures_of_different_places_count_against_a_pair() -> None:
    """Where two sentences name different towns and none in common, their different tolls are
    no longer one fact's figures told two ways: they count against the pair as unshared."""
    corpus = corpus_from_texts(
        {"a": "In Amatrice, 47 people died in the quake.", "b": "In Accumoli, 53 people died in the quake."}
    )
    mentions: dict[str, list[tuple[int, int, str]]] = {}
    for article, (town, name) in zip(corpus.articles, (("e1", "Amatrice"), ("e2", "Accumoli")), strict=True):
        start = article.text.index(name)
        mentions[article.sentences[0].id] = [(start, start + len(name), town)]

    def score(kinds: dict[str, str]) -> float:
        names = Names(mentions, {}, kinds)
        profiles = [
            profile(i, article, article.sentences[0], names, extract_figures(article.text))
            for i, article in enumerate(corpus.articles)
        ]
        return float(Scorer(profiles).score_pairs(np.array([0]), np.array([1]))[0])

    assert score({"e1": "PLACE", "e2": "PLACE"}) < score({})
