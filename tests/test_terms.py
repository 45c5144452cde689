"""Term normalisation: what differs between sources but not in meaning folds together."""

from __future__ import annotations

import numpy as np
import pytest

from readingdesk.analysis.terms import (
    TermWeights,
    americanize,
    is_telling_amount,
    tells_a_fact_alone,
    term_of,
    terms_of,
)


def terms(text: str) -> list[str]:
    return [t.term for t in terms_of(text)]


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("armoured", "armored"),
        ("travelling", "traveling"),
        ("kilometres", "kilometers"),
        ("centre", "center"),
        ("analysed", "analyzed"),
        ("defence", "defense"),
        ("programme", "program"),
        ("colours", "colors"),
        ("Sept", "September"),
        ("km", "kilometers"),
    ],
)
def test_spelling_variants_share_terms(british: str, american: str) -> None:
    assert terms(british) == terms(american)


def test_words_that_only_look_british_are_kept() -> None:
    assert americanize("four") == "four"
    assert americanize("hour") == "hour"
    assert americanize("devour") == "devour"
    assert americanize("rise") == "rise"


def test_an_adverb_in_ily_is_its_adjective() -> None:
    assert terms("heavily armoured, easily seen") == terms("heavy armor, easy, seen")
    assert terms("temporarily") == terms("temporary")
    # Words that only end like such an adverb are kept: no "famy" of "family", no "day" of "daily".
    assert terms("family") != terms("famy")
    assert terms("daily") != terms("day")


def test_hyphen_space_case_accent_and_number_variants() -> None:
    assert terms("Kim Jong-un") == terms("Kim Jong Un") == terms("KIM JONG UN")
    assert terms("Bogotá") == terms("Bogota")
    assert terms("1,130 km") == terms("1130 km")
    assert terms("Korea’s") == terms("Korea's") == terms("Korea")
    # Number words are their figures; "one" stays a pronoun as often as a number.
    assert terms("six workers") == terms("6 workers") == ["6", "worker"]
    assert terms("one of them") == []
    # An ordinal in digits is its number, with no suffix left over as a word of its own.
    assert terms("the 72nd minute") == terms("72 minutes") == ["72", "minut"]
    assert terms("the 2,000th visitor") == ["2000", "visitor"]


def test_a_time_of_day_is_one_term_on_the_24_hour_clock() -> None:
    assert terms("at 7:30 p.m.") == terms("at 19:30") == terms("at 7.30pm") == ["19:30"]
    assert terms("at 6 a.m.") == terms("at 6am") == terms("at 6 AM") == ["6:00"]
    assert terms("at 12 a.m.") == ["0:00"] and terms("at 12 p.m.") == ["12:00"]
    # Its hour is no count, and its minutes no amount of their own.
    assert terms("divers go out at 6 a.m.") == ["diver", "go", "6:00"]
    assert terms("six divers at 7:30") == ["6", "diver", "7:30"]
    # A ratio, a decimal and a race time are not times of day; "am" after a space is a word.
    assert terms("a 3:1 ratio") == ["3", "1", "ratio"]
    assert terms("6.30 metres") == ["6.30", "meter"]
    assert terms("in 2:15:30") == ["2", "15", "30"]
    assert terms("I am 6 am I") == ["6"]


def test_stop_words_and_titles_are_not_terms() -> None:
    assert terms("the of and Mr") == []


def test_offsets_point_at_the_words() -> None:
    text = "The armoured train"
    assert [(text[t.start : t.end], t.capitalised) for t in terms_of(text)] == [
        ("armoured", False),
        ("train", False),
    ]


def _weights(documents: list[dict[str, str]]) -> dict[str, float]:
    learned = TermWeights(documents)
    return dict(zip(learned.vocabulary, learned.weights().tolist(), strict=True))


def test_weights_prefer_rare_words() -> None:
    docs = [{"train": "train", "said": "said"}, {"said": "said", "tumen": "Tumen"}, {"said": "said"}]
    weights = _weights(docs)
    assert weights["tumen"] > weights["train"] > weights["said"]
    assert all(0.0 <= weight <= 1.0 for weight in weights.values())


def test_a_figure_is_rare_whether_written_in_digits_or_words() -> None:
    in_words = _weights([{"2": "two", "train": "train"}, {"2": "two"}, {"train": "train"}])
    in_digits = _weights([{"2": "2", "train": "train"}, {"2": "2"}, {"train": "train"}])
    assert in_words["2"] == in_digits["2"] > in_words["train"]


def test_each_group_weighs_its_terms_as_if_alone() -> None:
    """A word every sentence of one group repeats is that group's topic, however rare it is
    in the other group."""
    ferry = [{"ferry": "ferry", "aground": "aground"}, {"ferry": "ferry", "gozo": "Gozo"}, {"ferry": "ferry"}]
    quake = [{"quake": "quake", "ferry": "ferry"}, {"quake": "quake", "atlas": "Atlas"}]
    both = TermWeights([*ferry, *quake])
    keys, weights = both.group_weights(np.asarray([0, 0, 0, 1, 1]))
    width = len(both.vocabulary)
    terms = list(both.vocabulary)
    learned = {
        (key // width, terms[key % width]): weight for key, weight in zip(keys.tolist(), weights.tolist(), strict=True)
    }
    assert {term: learned[(0, term)] for term in ("ferry", "aground", "gozo")} == _weights(ferry)
    assert {term: learned[(1, term)] for term in ("quake", "ferry", "atlas")} == _weights(quake)
    assert learned[(0, "ferry")] < learned[(1, "ferry")]


@pytest.mark.parametrize(
    ("number", "telling"),
    [
        ("820", True),
        ("6.8", True),
        ("2,700", True),
        ("1,130", True),
        ("32", True),
        ("1,000", False),  # round: many facts give it
        ("500", False),
        ("20", False),  # a day, an hour, a small count
        ("2023", False),  # a year dates a fact; it is no amount
        ("²", False),
        ("1:30 a.m.", True),
        ("6 a.m.", False),  # on the hour: many things happen then
    ],
)
def test_a_precise_figure_is_telling(number: str, telling: bool) -> None:
    term = term_of(number)
    assert term is not None and is_telling_amount(term) is telling


@pytest.mark.parametrize(
    ("term", "alone"), [("365", True), ("7.37bn", True), ("0.5%", False), ("500", False), ("12", False)]
)
def test_a_precise_amount_that_is_no_share_tells_a_fact_alone(term: str, alone: bool) -> None:
    assert tells_a_fact_alone(term) is alone
