"""Figures: shapes, unit conversion, agreement after conversion, and discrepancies."""

from __future__ import annotations

import pint  # a test dependency: unit factors are checked against it, never skipped
import pytest

import readingdesk
from readingdesk.analysis.discrepancies import find_discrepancies
from readingdesk.analysis.figures import UNIT_FACTORS, Figure, agree, extract_figures, is_toll
from readingdesk.analysis.lexicon import SYNONYMS
from readingdesk.analysis.model import Link

from .conftest import linked


def figures(text: str) -> list[tuple[str, str, object, str]]:
    return [(f.text, f.kind, f.value, f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It travelled 1,180km in a day.", ("1,180km", "distance", 1180.0, "km")),
        ("about 425 miles north", ("425 miles", "distance", 425.0, "mi")),
        ("at a speed of 50km/h", ("50km/h", "speed", 50.0, "km/h")),
        ("at 31 miles per hour", ("31 miles per hour", "speed", 31.0, "mph")),
        ("for 20 hours", ("20 hours", "duration", 20.0, "hour")),
        ("in nearly 4 1/2 years", ("4 1/2 years", "duration", 4.5, "year")),
        ("inflation of 3.5 percent", ("3.5 percent", "percent", 3.5, "%")),
        ("growth of 2%", ("2%", "percent", 2.0, "%")),
        ("a budget of $12 billion", ("$12 billion", "money", 12_000_000_000.0, "USD")),
        ("a fine of 500 euros", ("500 euros", "money", 500.0, "EUR")),
        # Scales in words and letters: a single letter only after a currency sign.
        ("a debt of $1.2 trillion", ("$1.2 trillion", "money", 1_200_000_000_000.0, "USD")),
        ("revenue of $1.65B in the quarter", ("$1.65B", "money", 1_650_000_000.0, "USD")),
        ("a loss of 2.5tn euros", ("loss of 2.5tn euros", "money", 2_500_000_000_000.0, "EUR")),
        ("the nine sanctions resolutions", ("nine sanctions resolutions", "count", 9.0, "resolutions")),
        ("two members of the Politburo", ("two members", "count", 2.0, "members")),
        ("twenty-five soldiers died", ("twenty-five soldiers", "count", 25.0, "soldiers")),
        # What a number counts follows its scale.
        ("about 5 million people were displaced", ("5 million people", "count", 5_000_000.0, "people")),
        ("on April 25, 2019, in Vladivostok", ("April 25, 2019", "date", "2019-04-25", "date")),
        ("on 3 March 2021 at noon", ("3 March 2021", "date", "2021-03-03", "date")),
        ("left on Sunday afternoon", ("Sunday afternoon", "weekday", "Sunday", "afternoon")),
        ("sanctioned since 2016 by the UN", ("2016", "year", 2016, "year")),
        ("the 948-foot vessel lost power", ("948-foot", "distance", 948.0, "ft")),
        ("a 185 foot clearance", ("185 foot", "distance", 185.0, "ft")),
        ("found 1,600 feet from the bow", ("1,600 feet", "distance", 1600.0, "ft")),
        ("making 8 knots at sea", ("8 knots", "speed", 8.0, "kn")),
        ("12 nautical miles offshore", ("12 nautical miles", "distance", 12.0, "nmi")),
        ("a two-day visit", ("two-day", "duration", 2.0, "day")),
        # An ordinal in digits ranks the word after it.
        ("a penalty in the 65th minute", ("65th minute", "ordinal", 65.0, "minute")),
        ("on the 2nd floor of the hotel", ("2nd floor", "ordinal", 2.0, "floor")),
        # In words too, and past a word saying the ranks run on.
        ("protests for a seventh day", ("seventh day", "ordinal", 7.0, "day")),
        ("Third straight win for the club", ("Third straight win", "ordinal", 3.0, "win")),
        ("shares fell for a 3rd consecutive session", ("3rd consecutive session", "ordinal", 3.0, "session")),
        # Tens and a unit, "first" among them.
        ("in the twenty-first century", ("twenty-first century", "ordinal", 21.0, "century")),
        ("Forty-Second day of the strike", ("Forty-Second day", "ordinal", 42.0, "day")),
        # Temperatures with their scale, in either; a bare "117 degrees" names none.
        ("Temperatures reached 47C on Monday.", ("47C", "temperature", 47.0, "°C")),
        ("it was 117°F in Phoenix", ("117°F", "temperature", 117.0, "°F")),
        ("lows of -5 °C overnight", ("-5 °C", "temperature", -5.0, "°C")),
        ("a high of 45.5 degrees Celsius", ("45.5 degrees Celsius", "temperature", 45.5, "°C")),
        ("as hot as 117 degrees fahrenheit", ("117 degrees fahrenheit", "temperature", 117.0, "°F")),
        # A verb after a number: it counts the noun before "of", or what the participle describes.
        ("A crowd of 18,000 packed the stadium.", ("crowd of 18,000", "count", 18000.0, "crowd")),
        ("the crowd of about 19,500 included the owner", ("crowd of about 19,500", "count", 19500.0, "crowd")),
        # A count of deaths or of the dead is a death toll: it counts people.
        ("there were at least 820 recorded deaths", ("820 recorded deaths", "count", 820.0, "people")),
        ("At least 273 dead as buildings fell", ("273 dead", "count", 273.0, "people")),
        # Those a number counts may be told by their state alone.
        ("and at least 10,000 were missing in Libya", ("10,000 were missing", "count", 10000.0, "missing")),
        # A toll's verb may say it passed a mark.
        ("Libya floods death toll surpasses 5,000", ("5,000", "count", 5000.0, "people")),
        # A toll's number counts people, whatever word follows it.
        ("the death toll, officials say, rose to 48 on Tuesday", ("48", "count", 48.0, "people")),
        ("the number of dead is now 2,012", ("2,012", "count", 2012.0, "people")),
        ("a toll of 53 victims", ("53 victims", "count", 53.0, "victims")),
        # An earthquake's magnitude, however it is written; not a count of what follows.
        ("a magnitude 6.8 earthquake", ("magnitude 6.8", "magnitude", 6.8, "magnitude")),
        ("the 6.8-magnitude quake", ("6.8-magnitude", "magnitude", 6.8, "magnitude")),
        ("a preliminary magnitude of 6.8.", ("magnitude of 6.8", "magnitude", 6.8, "magnitude")),
        ("the magnitude-7.0 quake", ("magnitude-7.0", "magnitude", 7.0, "magnitude")),
        ("measured 7 on the Richter scale", ("7 on the Richter scale", "magnitude", 7.0, "magnitude")),
        ("a magnitude 4.9 aftershock", ("magnitude 4.9", "magnitude", 4.9, "magnitude")),
        # A decimal right before the quake, after an owner too: no name's number ("Boeing 737").
        ("in Mexico's 7.1 earthquake", ("7.1 earthquake", "magnitude", 7.1, "magnitude")),
        ("a 6.4 quake", ("6.4 quake", "magnitude", 6.4, "magnitude")),
    ],
)
def test_figure_shapes(text: str, expected: tuple) -> None:
    assert expected in figures(text)


def test_a_single_letter_scales_only_a_sum() -> None:
    assert [f for f in figures("The ship carried 20t over 30b of them, at $2b each.") if f[1] == "money"] == [
        ("$2b", "money", 2_000_000_000.0, "USD")
    ]


def test_a_verb_after_a_number_is_not_what_it_counts() -> None:
    assert figures("He said another 500 damaged.") == []
    # Nor is a noun after a word that opens another phrase.
    assert figures("The bank collapsed on the 10 as depositors rushed out.") == []
    # Nor an adverb: "the two" are people named before.
    assert figures("The two later reconciled, and the three together met again.") == []


def test_offsets_point_into_the_article_text() -> None:
    text = "Intro. Kim spent 20 hours travelling 1,180km (733 miles)."
    for figure in extract_figures(text[7:], 7):
        assert text[figure.start : figure.end] == figure.text


def test_first_and_a_second_of_time_are_no_ranks() -> None:
    assert figures("for the first time since 2019") == [("2019", "year", 2019, "year")]
    assert figures("Seconds later, the second of the blasts hit.") == []
    assert figures("A second later it fell") == []
    # After a number, "second" is a length of time, in digits or words.
    for text in ("a 20 second delay", "a twenty second delay", "a two second pause"):
        assert [kind for _, kind, _, _ in figures(text)] == ["count"], text


def test_names_with_numbers_are_no_figures() -> None:
    assert figures("since the COVID-19 pandemic") == []
    assert figures("the G7 summit and the F-16 jets") == []


def test_an_owners_decimal_or_separated_number_is_an_amount_and_a_plain_one_a_models() -> None:
    assert [f.text for f in extract_figures("Japan's 1,200 troops left.")] == ["1,200 troops"]
    assert extract_figures("Boeing's 737 jets were grounded.") == []


def test_a_hyphen_joins_only_a_unit_and_an_age_is_no_duration() -> None:
    assert figures("a 20-year-old man and a six-member team") == []


def test_unit_conversion_and_restatement() -> None:
    km, miles = extract_figures("1,180km (733 miles)")
    assert miles.restates == 0
    assert miles.base == pytest.approx(1179.6, abs=0.1)
    assert agree(km, miles)
    speed, mph = extract_figures("about 50km/h (31mph)")
    assert agree(speed, mph)


@pytest.mark.parametrize("unit", sorted(UNIT_FACTORS))
def test_each_unit_converts_to_its_base_as_pint_defines_it(unit: str) -> None:
    registry = pint.UnitRegistry(cache_folder=None)
    one = registry.Quantity(1, unit)
    base = next(
        b
        for b in ("kilometer", "kilometer/hour", "hour", "kilogram")
        if one.check(registry.Quantity(1, b).dimensionality)
    )
    expected = one.to(base).magnitude
    assert UNIT_FACTORS[unit] == pytest.approx(expected, rel=1e-12)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("1,130 kilometers", "1,180km", False),
        ("1,130 kilometers", "700 miles", True),  # 700 is stated to the hundred
        ("680 kilometres", "425 miles", True),
        ("20 hours", "about 20 hours", True),
        ("20 hours", "30 hours", False),
        ("Sunday", "Sunday afternoon", True),
        ("Monday", "Tuesday", False),
        ("Sept. 12", "September 12, 2023", True),
        ("two members", "three members", False),
        # Stated to the ten, a figure covers less than half a ten either way: 115 rounds to 120.
        ("110 years", "115 years", False),
        ("110 years", "114 years", True),
        ("10 kilometres", "15 kilometres", False),
        # Magnitudes are given to a tenth: "7" is 7.0, not anything from 6.5 to 7.5.
        ("magnitude 7", "7.0 on the Richter scale", True),
        ("magnitude 6.8", "magnitude 7", False),
    ],
)
def test_agreement_after_conversion_and_rounding(a: str, b: str, same: bool) -> None:
    (fa,), (fb,) = extract_figures(a), extract_figures(b)
    assert agree(fa, fb) is same


def test_no_magnitude_in_other_numbers() -> None:
    assert not [
        f
        for f in extract_figures("Quakes of this magnitude are rare; a magnitude 10.5 reading.")
        if f.kind == "magnitude"
    ]


def test_magnitudes_a_tenth_apart_disagree_and_an_aftershock_is_another_quake() -> None:
    analysis = readingdesk.analyze_texts(
        {
            "wire": "A magnitude 6.8 earthquake struck the High Atlas mountains late on Friday, the survey said.",
            "local": "The earthquake that struck the High Atlas mountains late on Friday measured 7 on the Richter"
            " scale.",
            "tv": "The 6.8-magnitude earthquake struck the High Atlas mountains late on Friday, then a magnitude 4.9"
            " aftershock.",
        }
    )
    (discrepancy,) = analysis.discrepancies
    assert discrepancy.kind == "magnitude" and discrepancy.spread is None
    texts = {f.text for _, f in discrepancy.values}
    assert {"magnitude 6.8", "7 on the Richter scale"} <= texts and "magnitude 4.9" not in texts


def test_a_main_shock_and_its_aftershock_are_two_quakes() -> None:
    texts = {
        "wire": "The magnitude 6.8 quake was followed by aftershocks in the High Atlas mountains late on Friday.",
        "local": "A magnitude 4.9 aftershock shook the High Atlas mountains late on Friday, after the quake.",
    }
    analysis = readingdesk.analyze_texts(texts)
    assert linked(analysis, "The magnitude 6.8 quake", "A magnitude 4.9 aftershock")
    assert not analysis.discrepancies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Between 40 and 50 people died.", [("Between 40 and 50 people", 50.0, 40.0)]),
        ("Some 30 to 40 people were believed buried.", [("30 to 40 people", 40.0, 30.0)]),
        ("The fire killed 40 to 50 people.", [("40 to 50 people", 50.0, 40.0)]),
        ("It dropped 3–5 inches of rain.", [("3–5 inches", 5.0, 3.0)]),
        ("Some 40-50 people fled.", [("40-50 people", 50.0, 40.0)]),
        ("Between 1 and 2 million people fled.", [("Between 1 and 2 million people", 2_000_000.0, 1_000_000.0)]),
        ("It costs $40-$50 million.", [("$40-$50 million", 50_000_000.0, 40_000_000.0)]),
        ("The rate is in a range of 4.5 percent to 4.75 percent.", [("4.5 percent to 4.75 percent", 4.75, 4.5)]),
        ("The rate is 4.50%-4.75%.", [("4.50%-4.75%", 4.75, 4.5)]),
        # A change's start, a share that changed, a score: no ranges.
        ("The toll rose from 40 to 50 people.", [("50 people", 50.0, None)]),
        ("It fell 3% to 5%.", [("fell 3%", 3.0, None), ("5%", 5.0, None)]),
        ("They won 3-1 after 2 goals.", [("2 goals", 2.0, None)]),
    ],
)
def test_a_range_is_one_figure_from_its_low_end_to_its_high_end(text: str, expected: list) -> None:
    assert [(f.text, f.value, f.low) for f in extract_figures(text)] == expected


def test_a_range_agrees_with_what_lies_inside_it_and_conflicts_with_what_lies_outside() -> None:
    (inside,), (outside,), (range_,) = (extract_figures(t) for t in ("45 people", "60 people", "40 to 50 people"))
    assert agree(range_, inside) and agree(inside, range_)
    assert not agree(range_, outside)
    story = "died when the market in Lagos caught fire on Monday night, the fire service said."
    agreeing = readingdesk.analyze_texts({"a": f"Between 40 and 50 people {story}", "b": f"Exactly 45 people {story}"})
    assert agreeing.links and not agreeing.discrepancies
    analysis = readingdesk.analyze_texts({"a": f"Between 40 and 50 people {story}", "c": f"Some 60 people {story}"})
    (discrepancy,) = analysis.discrepancies
    assert [f.text for _, f in discrepancy.values] == ["Between 40 and 50 people", "60 people"]
    figure = analysis.to_dict()["articles"][0]["sentences"][0]["figures"][0]
    assert (figure["value"], figure["low"]) == (50.0, 40.0)


def test_two_falls_told_with_their_verbs_conflict() -> None:
    sentences = {
        "a:0": "Shares of parent company SVB Financial Group fell by 60 percent the following day.",
        "b:0": "Shares of SVB Financial Group, the bank's parent company, plummeted nearly 70% Friday.",
    }
    # The verbs are the figures' own words, so the shared direction is what ties them.
    assert ["fell by 60 percent", "plummeted nearly 70%"] in conflicts_between(sentences, [("a:0", "b:0")])


def test_a_round_count_of_other_people_does_not_state_a_toll() -> None:
    sentences = {
        "a:0": "Officials estimate that over 6,000 people have died while thousands more are missing.",
        "b:0": "More than 5,300 people have died in the floods, officials said.",
        "b:1": "Another 10,000 residents are missing.",
    }
    # "10,000" is stated to the ten thousand, but as a count of others it must give the number itself.
    assert ["5,300 people", "6,000 people"] in conflicts_between(sentences, [("a:0", "b:0"), ("a:0", "b:1")])
    # Those still missing after a toll's words are no toll.
    assert not is_toll(extract_figures("The death toll may rise, with around 10,000 individuals still missing.")[0])


def test_the_dead_of_one_group_conflict_where_dying_is_the_storys_word() -> None:
    sentences = {
        "a:0": "Rescuers found 22 dead pupils and four adults.",
        "b:0": "Some 21 children and five adults died there.",
        # The story's other tolls make a word for dying common to its figures.
        **{f"c:{n}": f"The quake killed {n + 10} people in town {n}." for n in range(5)},
    }
    assert ["five adults", "four adults"] in conflicts_between(sentences, [("a:0", "b:0")])


def test_discrepancy_between_sources_and_no_flag_when_units_agree() -> None:
    analysis = readingdesk.analyze_texts(
        {
            "efe": "Vladivostok lies around 1,130 kilometers from Pyongyang by rail, officials said.",
            "bbc": "Vladivostok lies some 1,180 kilometres from Pyongyang by rail, officials said.",
            "ap": "Vladivostok lies about 700 miles from Pyongyang by rail, officials said.",
        }
    )
    assert analysis.links
    (discrepancy,) = analysis.discrepancies
    assert discrepancy.kind == "distance"
    texts = {f.text for _, f in discrepancy.values}
    assert {"1,130 kilometers", "1,180 kilometres"} <= texts
    assert 0.03 < discrepancy.spread < 0.06
    doc = analysis.to_dict()
    assert doc["discrepancies"][0]["values"][0]["unit"] in {"km", "mi"}
    sentence = doc["articles"][0]["sentences"][0]
    assert sentence["figures"][0]["text"] == "1,130 kilometers"


@pytest.mark.parametrize(("american", "conflict"), [("$16 billion", True), ("$15 billion", False)])
def test_a_sum_restated_in_another_currency_is_compared_in_that_one(american: str, conflict: bool) -> None:
    """Sums in two currencies cannot be compared, but a source that restates its pounds in
    dollars can be held to its dollars."""
    analysis = readingdesk.analyze_texts(
        {
            "bbc": "The storm caused damage estimated at £12bn ($15bn) across the state of Guerrero.",
            "ap": f"Damage across the state of Guerrero was estimated at {american}.",
        }
    )
    assert analysis.links
    if not conflict:
        assert analysis.discrepancies == []
        return
    (discrepancy,) = analysis.discrepancies
    assert sorted(f.text for _, f in discrepancy.values) == ["$15bn", "$16 billion"]


def test_a_sum_in_another_currency_is_no_statement_of_a_conflicting_one() -> None:
    """A sentence's pounds say nothing of the dollars two sources disagree on."""
    analysis = readingdesk.analyze_texts(
        {
            "bbc": "The storm caused damage estimated at $15bn across Guerrero, and the state will spend £2bn.",
            "ap": "Damage across Guerrero was estimated at $18 billion, and the state will spend $2.5 billion.",
        }
    )
    (discrepancy,) = analysis.discrepancies
    assert sorted(f.text for _, f in discrepancy.values) == ["$15bn", "$18 billion"]


@pytest.mark.parametrize("first", ["percent", "year"])
def test_two_conflicts_in_one_sentence_are_listed_in_reading_order(first: str) -> None:
    """Whichever source comes first, a sentence's conflicts are listed as the sentence reads."""
    told = {
        "percent": "The deficit would fall to 3 percent of output by 2027, the minister said.",
        "year": "By 2029 the deficit would fall to 5 percent of output, the minister said.",
    }
    other = next(kind for kind in told if kind != first)
    analysis = readingdesk.analyze_texts({"a": told[first], "b": told[other]})
    assert [d.kind for d in analysis.discrepancies] == [first, other]
    assert [d.id for d in analysis.discrepancies] == ["d1", "d2"]


def test_temperatures_compare_across_scales_to_the_degree_they_are_given() -> None:
    (celsius, fahrenheit) = extract_figures("Temperatures reached 47C (117F) on Monday.")[:2]
    assert fahrenheit.restates == 0 and agree(celsius, fahrenheit)
    (forty,), (forty_three,) = extract_figures("40C"), extract_figures("43C")
    assert not agree(forty, forty_three)  # "40C" is given to the degree, not to the ten
    analysis = readingdesk.analyze_texts(
        {
            "a": "Phoenix hit a record 47C on Monday as the heat wave baked Arizona, officials said.",
            "b": "Phoenix hit a record 119 degrees Fahrenheit on Monday as the heat wave baked Arizona.",
            "c": "Phoenix hit a record 116.6F on Monday as the heat wave baked Arizona, officials said.",
        }
    )
    # 116.6F is 47C to the tenth: those two agree, and 119F conflicts with both.
    (discrepancy,) = analysis.discrepancies
    assert discrepancy.kind == "temperature"
    assert {f.text for _, f in discrepancy.values} == {"47C", "116.6F", "119 degrees Fahrenheit"}
    assert discrepancy.spread is None
    assert agree(*(f for _, f in discrepancy.values if f.text in ("47C", "116.6F")))


def test_two_sources_ranking_one_thing_differently_conflict() -> None:
    analysis = readingdesk.analyze_texts(
        {
            "ap": "Josef Martinez converted a penalty kick in the 65th minute for Inter Miami.",
            "espn": "Josef Martinez added a penalty in the 72nd minute for Inter Miami.",
        }
    )
    (discrepancy,) = analysis.discrepancies
    assert discrepancy.kind == "ordinal"
    assert {f.text for _, f in discrepancy.values} == {"65th minute", "72nd minute"}
    assert discrepancy.spread is None  # "10% apart" says nothing of two minutes of a match
    # In words as in digits.
    words = readingdesk.analyze_texts(
        {
            "a": "Farmers blocked roads around Paris for a third consecutive day on Wednesday, police said.",
            "b": "Farmers blocked roads around Paris for a fourth straight day on Wednesday, police said.",
        }
    )
    (discrepancy,) = words.discrepancies
    assert {f.text for _, f in discrepancy.values} == {"third consecutive day", "fourth straight day"}
    # Ordinals of different things are never compared.
    (minute,), (century,) = extract_figures("the 72nd minute"), extract_figures("the 12th century")
    assert agree(minute, century)


def test_quantities_far_apart_measure_different_things() -> None:
    texts = {
        "a": "The 1.6-mile bridge fell into the river after the ship hit it on Tuesday, officials said.",
        "b": "The 948-foot ship hit the bridge, which fell into the river on Tuesday, officials said.",
        "c": "The 1.2-mile bridge fell into the river after the ship hit it on Tuesday, officials said.",
    }
    analysis = readingdesk.analyze_texts(texts)
    assert linked(analysis, "The 1.6-mile bridge", "The 948-foot ship")
    # 1.6 and 1.2 miles are one span measured twice; 948 feet is the ship, not the bridge.
    (discrepancy,) = analysis.discrepancies
    assert {f.text for _, f in discrepancy.values} == {"1.6-mile", "1.2-mile"}


def test_a_thing_sized_differently_by_two_sources_is_flagged_without_a_link() -> None:
    texts = {
        "a": "The 948-foot vessel lost power shortly before it struck a support of the bridge.",
        "b": "Divers searched the river all night. The 985-foot (300-meter) tanker had left port an hour earlier.",
        "c": "Its crew of 22 stayed on board the 948-foot ship as the 1.6-mile bridge came down.",
    }
    analysis = readingdesk.analyze_texts(texts)
    assert not linked(analysis, "948-foot vessel", "985-foot"), "two facts about one ship"
    # A vessel, a tanker and a ship are one thing sized; the bridge is another, and the 948 feet
    # said twice agree. Only the ship's length is in conflict, between sources.
    assert [sorted(f.text for _, f in d.values) for d in analysis.discrepancies] == [
        ["948-foot", "948-foot", "985-foot"]
    ]
    (tanker, restated) = extract_figures(texts["b"].split(". ")[1])
    assert tanker.measures == frozenset({"ship"}) and restated.measures == frozenset()
    (crew, ship, bridge) = extract_figures(texts["c"])
    assert crew.measures == frozenset() and ship.measures == frozenset({"ship"}) and "bridg" in bridge.measures


def test_one_source_sizing_a_thing_twice_is_not_a_discrepancy() -> None:
    analysis = readingdesk.analyze_texts(
        {
            "a": "The 948-foot vessel lost power. Later the 985-foot vessel struck the bridge.",
            "b": "Nothing was said of its size here, only that the crew was safe.",
        }
    )
    assert analysis.discrepancies == []


def test_weekday_conflict_needs_the_same_event() -> None:
    analysis = readingdesk.analyze_texts(
        {
            "a": "Photos published Tuesday by KCNA showed the delegation boarding the armoured train.",
            "b": "Photos published by state media on Monday showed the delegation boarding the armoured train.",
            "c": "The delegation boarding the armoured train was confirmed on Monday, officials said.",
        }
    )
    kinds = [(d.kind, sorted(f.text for _, f in d.values)) for d in analysis.discrepancies]
    assert ("weekday", ["Monday", "Tuesday"]) in kinds
    # "confirmed on Monday" is another event than "published Tuesday": not compared.
    assert all(len(d.values) == 2 for d in analysis.discrepancies)


def test_a_day_dates_the_event_of_its_own_clause() -> None:
    analysis = readingdesk.analyze_texts(
        {
            "a": "At least 45 people were killed when a dam burst near Mai Mahiu in the Rift Valley on Monday, "
            "police said.",
            "b": "The death toll from a dam burst in Mai Mahiu, Nakuru County, rose to 48 on Tuesday, the Red "
            "Cross said.",
        }
    )
    assert analysis.links, "both report the dam burst"
    # The burst was on Monday; the toll rose on Tuesday: no conflict of days.
    assert [d.kind for d in analysis.discrepancies if d.kind == "weekday"] == []
    tuesday = next(f for found in analysis.figures.values() for f in found if f.text == "Tuesday")
    assert tuesday.context == frozenset({SYNONYMS["rose"]})


def test_a_toll_and_a_count_of_the_killed_disagree() -> None:
    analysis = readingdesk.analyze_texts(
        {
            "a": "At least 45 people were killed when a dam burst near Mai Mahiu on Monday, police said.",
            "b": "The death toll from the dam burst near Mai Mahiu, in Nakuru County, rose to 48 on Tuesday, the "
            "Red Cross said.",
        }
    )
    assert [(d.kind, sorted(f.text for _, f in d.values)) for d in analysis.discrepancies] == [
        ("count", ["45 people", "48"])
    ]
    # Words of one synonym class are one context term, words for dying among them, around every
    # figure alike, so that the corpus' topic words are counted alike for every figure.
    (count,) = extract_figures("The crash in 2018 killed 189 people.")[1:]
    assert count.context == frozenset({SYNONYMS["crash"], "kill"})
    (count,) = extract_figures("The quake left 189 people dead.")
    assert count.context == frozenset({SYNONYMS["quak"], SYNONYMS["left"], "kill"})


@pytest.mark.parametrize(
    ("text", "toll", "not_toll"),
    [
        ("The quake has claimed the lives of at least 820 individuals, with 670 others injured.", "820", "670"),
        ("They now say 1,000 people have lost their lives and 329 were hurt.", "1,000", "329"),
        ("In all, 200 lives were lost and 40 homes burned.", "200", "40"),
        ("Officials raised the fatality count from the wildfires to 53, an increase of 17 from Wednesday.", "53", "17"),
        ("The toll in the 2019 quake reached 40, and 12 homes fell.", "40", "12"),
        ("Firefighters saved the lives of 20 people after 3 fires.", None, "20"),
        # A toll counts people: not the crashes, homes or markets beside a word for dying.
        ("Two crashes killed 5 people on Monday.", "5", "Two"),
        ("The storm killed 12 soldiers and destroyed 40 homes.", "12", "40"),
        # A number right after "killed" is the dead, though no noun says so.
        ("The quake killed 820 and injured 672.", "820", "672"),
        ("The blast, killing at least 45, hit 3 markets.", "45", "3"),
    ],
)
def test_tolls_in_other_words(text: str, toll: str | None, not_toll: str) -> None:
    counts = {f.text.split()[0]: f for f in extract_figures(text) if f.kind == "count"}
    assert [number for number, f in counts.items() if is_toll(f)] == ([toll] if toll else [])
    assert not any(is_toll(f) for number, f in counts.items() if number == not_toll)


def test_tolls_conflict_where_the_story_is_about_its_dead() -> None:
    """In a story of deaths, dying is every figure's topic word; two tolls of one event still
    conflict, and a toll over several events is no one event's toll."""
    background = "Funerals began. " + " ".join(f"Another village lost {n} people dead." for n in (3, 5, 7, 9, 11))
    analysis = readingdesk.analyze_texts(
        {
            "a": "At least 115 people have died in Lahaina, officials said. " + background,
            "b": "The death toll in Lahaina is now 114, officials said. " + background,
            "c": "Two wildfires that killed 230 people burned Lahaina and Kula. " + background,
        }
    )
    tolls = sorted(sorted(f.text for _, f in d.values) for d in analysis.discrepancies)
    assert ["114", "115 people"] in tolls
    assert not any("230 people" in texts for texts in tolls)


def test_figures_framed_in_the_same_topic_words_conflict() -> None:
    """In a story of a trial, "prison" and "faces" frame every sentence's figure: topic words.
    Two figures framed in these very words are still one figure stated twice."""
    background = " ".join(f"Witness {n} said he faces {n} charges in prison." for n in (3, 5, 7, 9, 11))
    analysis = readingdesk.analyze_texts(
        {
            "a": "Already in custody, he faces up to 115 years in prison. " + background,
            "b": "He faces up to 110 years in prison. " + background,
        }
    )
    conflicts = [sorted(f.text for _, f in d.values) for d in analysis.discrepancies]
    assert ["110 years", "115 years"] in conflicts


def conflicts_between(sentences: dict[str, str], pairs: list[tuple[str, str]]) -> list[list[str]]:
    """The conflicting figures of ``sentences`` (by id, "article:n") when ``pairs`` report one fact."""
    figures = {sid: extract_figures(text) for sid, text in sentences.items()}
    links = [Link(a, b, 0.5, ()) for a, b in pairs]
    return [sorted(f.text for _, f in d.values) for d in find_discrepancies(figures, links, [])]


def test_a_figure_the_other_source_states_in_another_sentence_is_no_conflict() -> None:
    """Source "a" gives the same $0.99 in a sentence of its own: its $2.18 is another measure."""
    sentences = {
        "a:0": "GAAP earnings per share were $0.99 in the quarter.",
        "a:1": "Adjusted earnings per share were $2.18 in the quarter.",
        "b:0": "Earnings per share were $0.99 in the quarter.",
    }
    assert conflicts_between(sentences, [("a:0", "b:0"), ("a:1", "b:0")]) == []
    # Where "a" gives only the other figure, the two still conflict.
    assert conflicts_between(sentences, [("a:1", "b:0")]) == [["$0.99", "$2.18"]]


def test_sums_a_thousand_times_apart_or_less_may_conflict_and_no_further() -> None:
    revenue = {"a:0": "Quarterly revenue was $3.87 billion.", "b:0": "Quarterly revenue was $3.87 million."}
    assert conflicts_between(revenue, [("a:0", "b:0")]) == [["$3.87 billion", "$3.87 million"]]
    per_share = {"a:0": "Quarterly revenue was $3.87 billion.", "b:0": "Quarterly revenue was $1.47 a share."}
    assert conflicts_between(per_share, [("a:0", "b:0")]) == []


@pytest.mark.parametrize(
    ("text", "shown", "direction"),
    [
        ("Its shares declined 10% on Monday.", "declined 10%", -1),
        ("Its shares were up 10 per cent on Monday.", "up 10 per cent", 1),
        ("Sales fell by nearly 10% in May.", "fell by nearly 10%", -1),
        ("There was an increase of 2 percent.", "increase of 2 percent", 1),
        ("A 5% drop followed.", "5% drop", -1),
        ("Output changed -3.5% and then +2%.", "-3.5%", -1),
        ("Output changed by −3.5%.", "−3.5%", -1),
        # A level a change reached or left has no direction; nor has a share of a whole.
        ("Unemployment rose to 4% from 3.8%.", "4%", 0),
        ("About 80% of the town was destroyed.", "80%", 0),
        # The hyphen of a range is no minus.
        ("The rate is now 4.50%-4.75%.", "4.50%-4.75%", 0),
    ],
)
def test_a_share_that_measures_a_change_has_its_direction(text: str, shown: str, direction: int) -> None:
    share = next(f for f in extract_figures(text) if f.kind == "percent")
    assert (share.text, share.direction, share.value) == (shown, direction, abs(share.value))
    assert text[share.start : share.end] == share.text
    assert share.to_dict().get("change") == {1: "rise", -1: "fall", 0: None}[direction]


@pytest.mark.parametrize(
    ("text", "kind", "shown", "direction"),
    [
        ("Sales fell $2 billion in the quarter.", "money", "fell $2 billion", -1),
        ("There was an increase of $5 million.", "money", "increase of $5 million", 1),
        ("The firm reported a $2 billion loss.", "money", "$2 billion loss", -1),
        ("Shares were down $1.50 at $48.20.", "money", "down $1.50", -1),
        ("The economy added 200,000 jobs in May.", "count", "added 200,000 jobs", 1),
        ("The economy lost 200,000 jobs in May.", "count", "lost 200,000 jobs", -1),
        # A word after a sum that no article sets before it is the sentence's verb, not a change.
        ("Its revenue of $3.87 billion grew 50 percent.", "money", "$3.87 billion", 0),
        ("Revenue rose to $3.87 billion.", "money", "$3.87 billion", 0),
        ("The death toll rose to 48 people.", "count", "48 people", 0),
    ],
)
def test_a_sum_or_a_count_that_measures_a_change_has_its_direction(
    text: str, kind: str, shown: str, direction: int
) -> None:
    amount = next(f for f in extract_figures(text) if f.kind == kind)
    assert (amount.text, amount.direction) == (shown, direction)
    assert text[amount.start : amount.end] == amount.text


def test_jobs_added_and_jobs_lost_conflict() -> None:
    sentences = {
        "a:0": "The economy added 200,000 jobs in May, the Labor Department said.",
        "b:0": "The economy lost 200,000 jobs in May, the Labor Department said.",
    }
    assert conflicts_between(sentences, [("a:0", "b:0")]) == [["added 200,000 jobs", "lost 200,000 jobs"]]


def test_a_rise_and_a_fall_of_one_size_conflict() -> None:
    sentences = {
        "a:0": "Its shares declined 10% in early trading after the company cut its forecast.",
        "b:0": "Its shares were up 10 per cent in early trading after the company cut its forecast.",
        "c:0": "Its shares fell 10% in early trading after the company cut its forecast.",
    }
    assert conflicts_between(sentences, [("a:0", "b:0")]) == [["declined 10%", "up 10 per cent"]]
    assert conflicts_between(sentences, [("a:0", "c:0")]) == []


def test_a_change_told_the_other_way_is_the_counterpart_it_contradicts() -> None:
    """Source "b" gives the 10% change as a rise in another sentence linked to "a"'s; the
    conflict is with it, not with the 76% of the first linked sentence."""
    sentences = {
        "a:0": "Its quarterly earnings declined 10% from the past year period.",
        "b:0": "Adjusted earnings were up 76 per cent from the past year period.",
        "b:1": "GAAP profit was $0.99 a share, up 10 per cent from $0.90 a year ago.",
    }
    figures = {sid: extract_figures(text) for sid, text in sentences.items()}
    found = find_discrepancies(figures, [Link("a:0", "b:0", 0.5, ()), Link("a:0", "b:1", 0.2, ())], [])
    assert [[(sid, f.text) for sid, f in d.values] for d in found] == [
        [("a:0", "declined 10%"), ("b:1", "up 10 per cent")]
    ]


def test_a_count_is_answered_by_its_number_under_another_noun() -> None:
    analysis = readingdesk.analyze_texts(
        {
            "a": "Tesla said it still expected to deliver about 1.8 million vehicles this year.",
            "b": "Tesla delivered 435,000 vehicles in the quarter and kept its goal of 1.8 million deliveries "
            "this year.",
        }
    )
    assert analysis.links, "both report the year's delivery goal"
    assert analysis.discrepancies == []


def test_a_day_after_an_attribution_verb_dates_the_report() -> None:
    analysis = readingdesk.analyze_texts(
        {
            "a": "The armoured train left Pyongyang for the border on Sunday afternoon, state media said.",
            "b": "South Korean officials said Monday the armoured train left Pyongyang for the border.",
        }
    )
    assert analysis.links, "the two sentences report one departure"
    assert analysis.discrepancies == []
    monday = next(f for found in analysis.figures.values() for f in found if f.text == "Monday")
    assert monday.context == frozenset()


def test_a_day_that_bounds_a_stretch_of_time_is_compared_only_with_another_bound() -> None:
    # Suspended on Tuesday night until Wednesday morning: no conflict between the two days.
    suspended = readingdesk.analyze_texts(
        {
            "a": "The Coast Guard suspended its rescue operations for the six missing workers Tuesday night.",
            "b": "The Coast Guard suspended its rescue operations for the six missing workers until Wednesday morning.",
        }
    )
    assert suspended.links, "both report the suspended search"
    assert suspended.discrepancies == []
    # Two sources that end one stretch on different days disagree.
    closed = readingdesk.analyze_texts(
        {
            "a": "Schools and airports across the Gulf coast will stay closed until Monday, the governor said.",
            "b": "Schools and airports across the Gulf coast will stay closed until Wednesday, the governor said.",
        }
    )
    [conflict] = closed.discrepancies
    assert conflict.kind == "weekday"
    assert {f.text for _, f in conflict.values} == {"Monday", "Wednesday"}
    # "by" before a day's possessive names the day of the event, no bound.
    [tuesday] = extract_figures("Homes were struck by Tuesday's storm in the valley.")
    assert tuesday.context == frozenset({"storm", SYNONYMS["struck"], "valley"})


def test_spelling_variants_are_listed_apart(seed_analysis) -> None:
    variants = {v["name"]: v["forms"] for v in seed_analysis.variants}
    assert set(variants["Choe Son-hui"]) == {"Choe Son-hui", "Choe Sun Hui"}
    assert not any(d.kind == "name" for d in seed_analysis.discrepancies)


def test_a_name_set_in_capitals_is_no_spelling_of_its_own() -> None:
    analysis = readingdesk.analyze_texts(
        {
            "wire": "MEXICO CITY — Rescuers dug all night. Most of the dead were in Mexico City, officials said.",
            "paper": "Mexico City was shaken on Tuesday. Buildings fell in Mexicó City, officials said.",
        }
    )
    [variant] = analysis.variants
    assert variant["forms"] == {"Mexico City": ["paper", "wire"], "Mexicó City": ["paper"]}


def test_a_curly_apostrophe_is_no_spelling_of_its_own() -> None:
    analysis = readingdesk.analyze_texts(
        {
            "wire": "Delegates of the Workers’ Party Central Committee met on Monday in Pyongyang.",
            "paper": "The Workers' Party Central Committee met on Monday. Its Workers Party Central Committee voted.",
        }
    )
    [variant] = analysis.variants
    # Each spelling shows as the first source to use it wrote it.
    assert variant["forms"] == {
        "Workers Party Central Committee": ["paper"],
        "Workers’ Party Central Committee": ["paper", "wire"],
    }


def test_a_number_in_a_name_is_no_figure() -> None:
    found = extract_figures("A Boeing 737 Max 8 crashed near Addis Ababa, killing all 157 people on board.")
    assert [f.text for f in found] == ["157 people"]
    assert extract_figures("Flight 302 left with 149 passengers.")[0].text == "149 passengers"
    # A capitalised quantifier or function word opens an amount, and a title-case headline
    # capitalises every word.
    assert [f.text for f in extract_figures("Nearly 300 people died. All 157 people died.")] == [
        "300 people",
        "157 people",
    ]
    assert [f.text for f in extract_figures("Second Boeing 737 Max Crash Kills 157 in Ethiopia")] == ["157"]


def test_two_reports_of_one_aircraft_type_share_no_figure() -> None:
    analysis = readingdesk.analyze_texts(
        {
            "a": "Crash in Ethiopia\n\nThe plane was a Boeing 737 Max 8 flying to Nairobi.",
            "b": "Jet lost\n\nThe jet, a Boeing 737 Max 8, had flown from Johannesburg earlier.",
        }
    )
    assert analysis.discrepancies == []
    assert not any(f.text.startswith(("737", "8")) for found in analysis.figures.values() for f in found)


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # A number that ends its clause counts what the count before it counts.
        (
            "Labour will have about 410 seats, with the Conservatives on about 130 – a wide margin.",
            [("410 seats", "seats"), ("130", "seats")],
        ),
        ("The SNP is forecast to drop from 43 seats to just six.", [("43 seats", "seats"), ("six", "seats")]),
        ("The quake killed 45 people and injured 130.", [("45 people", "people"), ("130", "people")]),
        # Not an end of a range, which may be an age, nor a number that counts nothing before it.
        ("At the school 21 children, aged between seven and 13, were crushed.", [("21 children", "children")]),
        ("Ronaldo wore number 7.", []),
    ],
)
def test_a_count_that_leaves_out_its_noun_counts_the_noun_before_it(text: str, counts: list[tuple[str, str]]) -> None:
    assert [(f.text, f.unit) for f in extract_figures(text) if f.kind == "count"] == counts


def test_a_count_that_leaves_out_its_noun_has_the_words_of_its_own_clause() -> None:
    injured = extract_figures("The quake killed 45 people and injured 130.")[1]
    assert injured.context == {SYNONYMS["injur"]} and not is_toll(injured)


def test_counts_told_with_verbs_of_one_class_conflict_and_a_level_left_is_not_compared() -> None:
    sentences = {
        "a:0": "The SNP's representation is forecast to drop from 43 seats to just six.",
        "b:0": "The SNP was reduced to an estimated eight seats.",
    }
    # "drop" and "reduced" are one verb; "from 43 seats" is where the change started.
    assert conflicts_between(sentences, [("a:0", "b:0")]) == [["eight seats", "six"]]


def test_an_amount_half_a_step_below_a_rounder_one_rounds_up_to_it() -> None:
    sentences = {
        "a:0": "The lira fell 0.4% and the main index dropped 1.35%.",
        "b:0": "The benchmark index fell 1.4%.",
    }
    # 1.35% is 1.4% to one decimal, and so the other source's index is answered: the lira's
    # 0.4% is another thing's change, no conflict with it.
    assert conflicts_between(sentences, [("a:0", "b:0")]) == []
    assert conflicts_between({"a:0": "The index fell 1.45%.", "b:0": "The index fell 1.4%."}, [("a:0", "b:0")])


def test_a_total_toll_is_no_groups_toll_and_each_group_answers_its_nearest() -> None:
    sentences = {
        "a:0": "The quake killed more than 2,300 people and injured about 15,000.",
        "a:1": "It said 1,541 people had died in Turkey and 9,733 were injured, while Syria reported 810 deaths.",
        "b:0": "The quake killed at least 2,600 people and wounded more than 14,000.",
        "b:1": "In Turkey, 1,651 people were killed; in Syria, the death toll rose to 968.",
        **{f"c:{n}": f"The quake killed {n + 10} people in town {n}." for n in range(5)},
    }
    pairs = [("a:0", "b:0"), ("a:0", "b:1"), ("a:1", "b:1")]
    conflicts = conflicts_between(sentences, pairs)
    assert ["2,300 people", "2,600 people"] in conflicts
    assert ["1,541 people", "1,651 people"] in conflicts
    assert ["810 deaths", "968"] in conflicts
    assert not any("1,651 people" in c and "2,300 people" in c for c in conflicts)


def test_a_count_in_a_state_after_and_is_counted_and_answers_one_in_that_state() -> None:
    found = [(f.text, f.unit) for f in extract_figures("In Turkey, 1,651 people were killed and 11,119 injured.")]
    assert ("11,119 injured", "injured") in found
    # A state word before a noun describes it: the noun is what is counted.
    assert [f.unit for f in extract_figures("He was one of 3 injured players.")] == ["players"]
    sentences = {
        "a:0": "It said 1,541 people had died and 9,733 were injured.",
        "b:0": "In Turkey, 1,651 people were killed and 11,119 injured.",
        **{f"c:{n}": f"The quake killed {n + 10} people and injured {n + 20} in town {n}." for n in range(5)},
    }
    assert ["11,119 injured", "9,733 were injured"] in conflicts_between(sentences, [("a:0", "b:0")])


def test_a_floor_under_a_ceiling_bounds_one_amount_from_each_side() -> None:
    def one(text: str) -> Figure:
        (figure,) = extract_figures(text)
        return figure

    floor, ceiling = one("It recorded more than 16 inches of rain."), one("Nearly 17 inches of rain fell.")
    assert (floor.bound, ceiling.bound) == (1, -1)
    assert agree(floor, ceiling)
    # Two floors, or a ceiling under a floor, still disagree: the sources count differently.
    assert not agree(one("It killed at least 10 people."), one("It killed at least 16 people."))
    assert not agree(one("Nearly 16 inches fell."), one("More than 17 inches fell."))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("In Amatrice, at least 47 people died in the quake.", "In Accumoli, 11 people died in the quake."),
        (
            "JetBlue shares fell 5.4 percent on the Nasdaq after the deal was announced.",
            "Express Scripts shares fell 3.6 percent on the Nasdaq in late morning trade.",
        ),
    ],
)
def test_figures_of_different_places_or_firms_do_not_conflict(one: str, other: str) -> None:
    """Each town's toll, each firm's shares: the sentences read alike, their figures are of
    different things."""
    assert not readingdesk.analyze_texts({"a": one, "b": other}).discrepancies


@pytest.mark.parametrize(
    "other",
    [
        "In Amatrice, 53 people died in the quake.",
        # The place that says who reported is no subject.
        "At least 53 people died in the quake in Amatrice, officials in Rome said.",
    ],
)
def test_figures_of_one_place_still_conflict(other: str) -> None:
    (discrepancy,) = readingdesk.analyze_texts(
        {"a": "In Amatrice, 47 people died in the quake.", "b": other}
    ).discrepancies
    assert discrepancy.kind == "count"


def test_a_figure_of_another_quarter_does_not_state_a_source_s_figure() -> None:
    """The guidance's "almost 5% revenue growth" in the second quarter is not the other
    source's 5% fall of the shares this quarter, so the 3% fall still conflicts with it."""
    texts = {
        "wire": "Oracle shares fell as much as 3% in extended trading on Monday after the software maker reported "
        "fiscal first-quarter revenue under analysts' expectations. Analysts are expecting fiscal second-quarter "
        "earnings of $1.08 per share, which works out to almost 5% revenue growth.",
        "paper": "Oracle shares fell almost 5 percent in extended trading on Monday after the company reported "
        "fiscal first-quarter sales that missed analysts' estimates.",
    }
    (discrepancy,) = readingdesk.analyze_texts(texts).discrepancies
    assert sorted(f.text for _, f in discrepancy.values) == ["3%", "fell almost 5 percent"]


@pytest.mark.parametrize(
    ("one", "other", "conflict"),
    [
        (
            "The search for survivors of the earthquake in Mexico continued on Wednesday as the death toll rose.",
            "Rescuers kept digging on Thursday for survivors of the earthquake in Mexico as the death toll rose.",
            False,
        ),
        (
            "Rescuers were still searching on Wednesday for survivors of the earthquake in Mexico.",
            "Rescuers resumed searching on Thursday for survivors of the earthquake in Mexico.",
            False,
        ),
        (
            "The earthquake struck central Mexico on Tuesday, killing dozens of people in the capital.",
            "The earthquake struck central Mexico on Wednesday, killing dozens of people in the capital.",
            True,
        ),
    ],
)
def test_days_of_what_went_on_over_days_do_not_conflict(one: str, other: str, conflict: bool) -> None:
    """Two reports written on two days see one search going on; one quake strikes on one day."""
    analysis = readingdesk.analyze_texts({"a": one, "b": other})
    assert analysis.links
    assert [d.kind for d in analysis.discrepancies] == (["weekday"] if conflict else [])
