"""Figures in sentences: quantities with units, counts, dates and weekdays, with offsets.

Quantities are normalised to one unit per dimension (distances to kilometres,
speeds to km/h, durations to hours, masses to kilograms), so that ``1,180km (733 miles)``
is one distance stated twice, and each figure carries the tolerance its own
rounding implies (``700 miles`` is stated to the hundred, ``733`` to the unit;
``about`` widens it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from readingdesk.analysis.entities.gazetteer import PERSON_NOUNS
from readingdesk.analysis.lexicon import REPORT_TIME, REPORTING, REPORTING_VERB, SYNONYMS
from readingdesk.analysis.terms import NUMBER_WORDS, STOP_WORDS, YEAR_DIGITS, YEAR_PART_CODE, is_year, term_of
from readingdesk.corpus.markup import URL, blank_urls

_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "mn": 1_000_000, "tn": 1_000_000_000_000,
           "k": 1_000, "m": 1_000_000, "b": 1_000_000_000, "t": 1_000_000_000_000}  # fmt: skip
# Scales that say so wherever they stand; a single letter is one only after a currency ("$20m"),
# else it is a unit ("20m" is twenty metres, "20t" twenty tonnes).
_SCALE_WORDS = frozenset(_SCALES) - {"k", "m", "b", "t"}
# Surface unit -> (unit, kind). Each unit is a multiple of its kind's base unit
# (``UNIT_FACTORS``); the factors are the units' definitions (a mile is exactly 1.609344 km,
# a year 365.25 days), and the test suite checks them against pint's.
_UNITS: dict[str, tuple[str, str]] = {}
for _words, _unit, _kind in (
    ("km kms kilometer kilometers kilometre kilometres", "kilometer", "distance"),
    ("mile miles mi", "mile", "distance"),
    ("m meter meters metre metres", "meter", "distance"),
    ("ft foot feet", "foot", "distance"),
    ("yd yds yard yards", "yard", "distance"),
    ("inch inches", "inch", "distance"),
    ("nmi", "nautical_mile", "distance"),
    ("knot knots kn", "knot", "speed"),
    ("km/h kmh kph km/hr", "kilometer/hour", "speed"),
    ("mph", "mile/hour", "speed"),
    ("hour hours hr hrs h", "hour", "duration"),
    ("minute minutes min mins", "minute", "duration"),
    ("day days", "day", "duration"),
    ("week weeks", "week", "duration"),
    ("month months", "month", "duration"),
    ("year years", "year", "duration"),
    ("percent per-cent %", "percent", "percent"),
    ("kg kilogram kilograms kilogramme kilogrammes", "kilogram", "mass"),
    ("ton tons tonne tonnes", "metric_ton", "mass"),
):
    for _word in _words.split():
        _UNITS[_word] = (_unit, _kind)
_BASE = {"distance": "kilometer", "speed": "kilometer/hour", "duration": "hour", "mass": "kilogram"}
# How many of its kind's base unit one unit is.
UNIT_FACTORS: dict[str, float] = {
    "kilometer": 1.0, "mile": 1.609344, "meter": 0.001, "foot": 0.0003048, "yard": 0.0009144,
    "inch": 0.0000254, "nautical_mile": 1.852,
    "kilometer/hour": 1.0, "knot": 1.852, "mile/hour": 1.609344,
    "hour": 1.0, "minute": 1 / 60, "day": 24.0, "week": 168.0, "year": 365.25 * 24, "month": 365.25 * 24 / 12,
    "kilogram": 1.0, "metric_ton": 1000.0,
}  # fmt: skip
_PHRASE_UNITS = {
    "kilometers per hour": "km/h", "kilometres per hour": "km/h", "kilometers an hour": "km/h",
    "kilometres an hour": "km/h", "miles per hour": "mph", "miles an hour": "mph", "per cent": "percent",
    "nautical miles": "nmi", "nautical mile": "nmi",
}  # fmt: skip
# Kinds of figure that measure something in a unit: they convert, and compare across units.
QUANTITY_KINDS = frozenset(_BASE) | {"temperature"}
# Kinds whose unit is the noun they count or rank: figures of two nouns are never compared.
NOUN_KINDS = frozenset({"count", "ordinal"})
_CURRENCIES = {
    "$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "₽": "RUB",
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
    "yen": "JPY", "won": "KRW", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB",
    "yuan": "CNY",
}  # fmt: skip
_MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"), start=1)}  # fmt: skip
_MONTH_ABBR = {m[:3]: i for m, i in _MONTHS.items()} | {"sept": 9}

_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s+\d/\d)?|\d/\d|½"
_WORD_NUMBER = (
    r"(?:"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
)
_SCALE = r"(?:\s*(?:hundred|thousand|million|billion|trillion|bn|mn|tn|m|k|b|t)\b)?"
_MONTH_NAME = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATE = re.compile(
    rf"\b(?P<month>{_MONTH_NAME})\.?\s+(?P<day>\d{{1,2}})(?:,?\s+(?P<year>\d{{4}}))?\b"
    rf"|\b(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH_NAME})\.?(?:,?\s+(?P<year2>\d{{4}}))?\b"
)
_WEEKDAY = re.compile(
    r"\b(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b"
)
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(rf"(?<![\w,.$-])(?P<year>{YEAR_DIGITS})(?![\w%]|,\d|\.\d)")
# An earthquake's magnitude: "magnitude 6.8", "a magnitude of 6.8", "6.8-magnitude", "7 on the Richter scale".
_MAGNITUDE_VALUE = r"[1-9](?:\.\d)?(?!\d|[.,]\d)"
_MAGNITUDE = re.compile(
    rf"\bmagnitude(?:-|\s+of\s+|\s+)(?P<after>{_MAGNITUDE_VALUE})"
    rf"|(?<![\w.,])(?P<before>{_MAGNITUDE_VALUE})(?:-|\s+)magnitude\b"
    rf"|(?<![\w.,])(?P<richter>{_MAGNITUDE_VALUE})\s+on\s+the\s+Richter(?:\s+scale)?\b"
    # "Mexico's 7.1 earthquake", "a 6.4 quake": a decimal right before the quake is its magnitude.
    r"|(?<![\w.,$€£¥])(?P<quake>[1-9]\.\d)(?![\d.,]\d)(?:-|\s+)(?:earthquake|quake|tremor|temblor|aftershock)s?\b",
    re.IGNORECASE,
)
# A temperature with its scale: "47C", "117°F", "-5 °C", "45.5 degrees Celsius", "117 degrees F".
# A bare "117 degrees" names no scale and is left out, as is a number before a spaced "C".
_TEMPERATURE = re.compile(
    r"(?<![\w.,/])(?P<minus>[-−])?(?P<number>\d+(?:\.\d+)?)"
    r"(?:\s?[°º]\s?(?P<symbol>[CF])|(?P<attached>[CF])|\s+degrees?\s+(?P<named>(?i:celsius|fahrenheit|centigrade)|C|F))\b"
)
# Ordinals in words from "second": "first" is mostly no rank ("for the first time", "at first"),
# except after tens ("twenty-first").
_ORDINAL_WORDS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
    "ninetieth": 90, "hundredth": 100,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_UNIT_ORDINALS = {"first": 1} | {word: value for word, value in _ORDINAL_WORDS.items() if value < 10}


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


def _unit_kind(word: str) -> str | None:
    """The kind of figure a unit as written (lower case) measures: "per cent" is "percent"."""
    found = _UNITS.get(_PHRASE_UNITS.get(word, word))
    return found[1] if found else None


# A share's unit right after its number: "%", "percent", "per cent".
PERCENT_UNIT = re.compile(
    r"(?:\s*|-)(?:"
    + _alternatives(re.escape(word) for word in [*_UNITS, *_PHRASE_UNITS] if _unit_kind(word) == "percent")
    + r")(?!\w)",
    re.IGNORECASE,
)


# An ordinal and the word after it, what it ranks: "the 72nd minute", "the 2nd floor", "the
# seventh day", "the twenty-first century"; a word that says the ranks run on stands between
# them: "a 3rd consecutive day".
_ORDINAL = re.compile(
    r"(?<![\w.,/-])(?:(?P<number>\d{1,4})(?:st|nd|rd|th)|(?i:(?P<tens>"
    + _alternatives(_TENS)
    + r")-(?P<unit>"
    + _alternatives(_UNIT_ORDINALS)
    + r")|(?P<word>"
    + _alternatives(_ORDINAL_WORDS)
    + r")))\s+(?:(?:consecutive|straight|successive|running)\s+)?(?P<noun>[a-z]{3,})\b"
)


# A number right before an ordinal in words makes it a length of time ("a 20 second delay", "one
# second"), and so does a word after it that says when ("a second later").
_NUMBER_BEFORE = re.compile(r"(?:\d|\b(?i:" + "|".join(NUMBER_WORDS) + r"))[\s-]+\Z")
_WHEN_AFTER = frozenset({"later", "earlier", "ago"})


def _ranks(text: str, match: re.Match[str]) -> bool:
    """Whether an ordinal ranks the word after it, not a length of time."""
    if match["noun"] in _WHEN_AFTER or term_of(match["noun"]) is None:
        return False
    return bool(match["number"]) or not _NUMBER_BEFORE.search(text, max(0, match.start() - 16), match.start())


def _ordinal_value(match: re.Match[str]) -> float:
    """The number an ordinal ranks: "72nd" 72, "seventh" 7, "twenty-first" 21."""
    if match["number"]:
        return float(match["number"])
    if match["tens"]:
        return float(_TENS[match["tens"].lower()] + _UNIT_ORDINALS[match["unit"].lower()])
    return float(_ORDINAL_WORDS[match["word"].lower()])


# Degrees Celsius in one degree Fahrenheit.
_FAHRENHEIT_STEP = 5 / 9
# How far, in degrees Celsius, a temperature given as "about" or "nearly" may be from another.
APPROXIMATE_DEGREES = 1.0
# The units of several words, longest first so that "nautical miles" is read whole.
_PHRASES = "|".join(sorted(_PHRASE_UNITS, key=len, reverse=True))
_AMOUNT = re.compile(
    # A sign only after a space or a bracket: the hyphen of a range ("4.50%-4.75%") is no minus.
    r"(?<![\w.,/-])(?:(?<![^\s(\[])(?P<sign>[-+−])(?=\d))?"
    rf"(?P<currency>US\$|[$€£¥₩₽])?\s?(?P<number>{_NUMBER}|{_WORD_NUMBER})(?P<scale>{_SCALE})"
    rf"(?:(?P<joint>\s*|-)(?P<unit>{_PHRASES}|km/hr|km/h|[A-Za-z%]+(?:/[a-z]+)?))?",
    re.IGNORECASE,
)
# The low end of a range before an amount: "between 40 and 50 people", "40 to 50 people",
# "40-50 people", "3–5 inches", "$40 to $50 million", "4.50%-4.75%"; not "from 40 to 50",
# a change's start. A dash between two numbers is blanked for finding amounts, so that the
# amount after it is found at all.
_LOW_SHARE = r"(?:\s*(?:%|percent|per\s+cent))?"
_RANGE_LOW = re.compile(
    rf"(?:\bbetween\s+(?P<paired>{_NUMBER}|{_WORD_NUMBER})(?P<paired_share>{_LOW_SHARE})\s+and"
    rf"|(?<![\w.,/-])(?:US\$|[$€£¥₩₽])?(?P<low>{_NUMBER}|{_WORD_NUMBER})(?P<share>{_LOW_SHARE})"
    r"(?:\s*(?=[-–])|\s+(?P<to>to)))[-–\s]\s*$",
    re.IGNORECASE,
)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_RANGE_DASH = re.compile(r"(?<=[\d%])[-–](?=[$€£¥₩₽]?\d)")
# Words that make a number approximate: "about 45", "at least 820", "an estimated 1,000".
_ROUGHLY = (
    r"(?:about|around|approximately|nearly|almost|roughly|some|over|more\s+than|less\s+than|up\s+to"
    r"|at\s+least|at\s+most|close\s+to|estimated|an\s+estimated)"
)
_APPROX = re.compile(rf"\b{_ROUGHLY}\s*$", re.IGNORECASE)
# Words that make a number a floor or a ceiling of the amount: "more than 16 inches", "nearly 17".
_FLOOR = re.compile(r"\b(?:over|more\s+than|at\s+least|upwards\s+of)\s*$", re.IGNORECASE)
_CEILING = re.compile(r"\b(?:nearly|almost|less\s+than|fewer\s+than|under|up\s+to|at\s+most)\s*$", re.IGNORECASE)
# The direction of a change a share, a sum or a count measures: the word before it ("rose 9%",
# "were down 3 per cent", "fell by nearly 10%", "an increase of $2 billion", "lost 200 jobs") or
# the noun after it ("a 10% drop", "a $2 billion loss"). An amount after "to" or "from" is the
# level a change reached or left ("fell to 3%"): no direction.
_CHANGE_BEFORE = re.compile(rf"\b(?P<word>[^\W\d_]+)\s+(?:(?:by|of)\s+)?(?:{_ROUGHLY}\s+)?$", re.IGNORECASE)
_CHANGE_AFTER = re.compile(r"\s+(?P<word>[^\W\d_]+)\b")
_RISING = frozenset({"up", "higher", "gain", "gains", "gained", "added", "adds"})
_FALLING = frozenset({"down", "lower", "lost", "lose", "loses", "loss", "losses", "shed", "sheds"})
_SIGNS = {"+": 1, "-": -1, "−": -1}
# Kinds of amount that may tell a change; and the word that makes a sum or count a noun's
# modifier, so that a word after it may say the change ("a $2 billion drop"), not a verb
# ("revenue of $3.87 billion grew 50%").
_CHANGING_KINDS = frozenset({"percent", "money", "count"})
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
# A capitalised word a space before a number: the number may be part of a name ("Boeing 737",
# "Max 8", "Flight 302", "Apollo 11"), and then it is no amount.
_NAME_BEFORE = re.compile(r"(?<![\w’'.-])(?P<word>[A-Z][\w’'-]*) $")
_NAME_WIDTH = 40
# A whole number written with no separator or decimal point, as models' numbers are ("737").
_PLAIN_INTEGER = re.compile(r"\d+(?![\d.,]*\d)")
_QUANTIFIERS = re.compile(rf"{_ROUGHLY}|exactly|only|just|all|another|additional|total", re.IGNORECASE)
# Words this long or longer show title case: most of them are capitalised in a title-case headline.
_TITLE_WORD = re.compile(r"\b\w{4,}")
_TITLE_SHARE = 0.8
_RESTATED = re.compile(r"\s*\(\s*$")
# A toll before its number in one clause: "the death toll rose to", "a toll of", "the number of dead is".
_TOLL = re.compile(
    r"\b(?:toll|(?:fatality|death)\s+(?:count|tally)|(?:number|count)\s+of\s+(?:the\s+)?(?:dead|deaths|victims|fatalities))"
    r"\b(?:[^.;:()\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60}?"
    rf"\b(?:to|at|of|is|was|reached|hit|hits|reaches|now|surpass(?:es|ed)?|pass(?:es|ed)|exceed(?:s|ed)?"
    rf"|top(?:s|ped)|cross(?:es|ed))\s+(?:{_ROUGHLY}\s+)?$",
    re.IGNORECASE,
)
# Those a toll does not count, right after a number: "10,000 individuals still missing".
_NOT_DEAD_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:still\s+)?(?:missing|injured|wounded|hurt|displaced|unaccounted|rescued|evacuated)\b"
)
# Words after a number that open another phrase, so that the noun after them is not counted.
_LINKING_WORDS = frozenset("as at in on of to for by from with than and or but after before when while since".split())
# Adverbs a number may stand before, which count nothing: "The two later reconciled", "the
# three together", "two apart".
_ADVERBS_AFTER_A_NUMBER = frozenset("later earlier together apart again alone also still then now".split())
# The state of those a number counts where no noun follows it: "10,000 are missing". Two
# counts of one state count one thing, as two counts of one noun do.
STATES = frozenset({"missing", "injured", "wounded", "displaced"})
_STATE_AFTER = re.compile(
    r"\s+(?:(?:are|were|is|was|remain|remained|remains|still)\s+){0,2}(?P<state>missing|injured|wounded|displaced)\b",
    re.IGNORECASE,
)
# Lives lost, right before a count or right after it: "claimed the lives of at least 820 people",
# "1,000 people have lost their lives", "200 lives were lost".
_LIVES_BEFORE = re.compile(
    r"\b(?:claim(?:ed|s|ing)?|took|tak(?:es|en|ing)|cost(?:s|ing)?)\s+(?:the\s+)?lives\s+of\s+(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)
_LIVES_AFTER = re.compile(r"\s+(?:(?:have|has|had)\s+)?(?:lost\s+their\s+lives|(?:were|was)\s+lost)\b", re.IGNORECASE)
# The one context term of every word for dying ("killed", "dead", "deaths"); what a toll counts.
DEATH = SYNONYMS["death"]
# Nouns after a toll's number that say what it counts: these stay the count's own noun.
COUNTED_DEAD = frozenset({"people", "dead", "deaths", "victims", "fatalities", "lives", "persons"})
# The terms of nouns that count people, whom a toll counts: "12 soldiers", "45 passengers";
# not "two crashes" or "40 homes" beside a word for dying.
_PEOPLE = frozenset(
    term
    for word in PERSON_NOUNS
    | COUNTED_DEAD
    | frozenset(
        """
        men women children individual police crew staff personnel folk casualties passenger civilian troop member
        miner migrant refugee pilgrim sailor officer inmate prisoner protester militant fighter rebel
        insurgent hostage infant baby toddler adult teen climber hiker swimmer occupant guest spectator
        fan worshipper crewmember
        """.split()
    )
    if (term := term_of(word))
)
# A number right after a verb of killing, with no noun of its own: "killed 820", "killing at least 45".
_KILLED = re.compile(rf"\bkill(?:ed|ing|s)\s+(?:{_ROUGHLY}\s+)?$", re.IGNORECASE)
# A count before an elliptical one: a number and the plural noun it counts ("410 seats").
_COUNT_BEFORE = re.compile(
    rf"(?<![\w.,])(?:{_NUMBER}|{_WORD_NUMBER})\s+(?P<noun>[a-z]{{3,}}s|people|children|men|women)\b", re.IGNORECASE
)
_CONJUNCTIONS = r"and|or|but|while|whereas"
_CONJUNCTION = re.compile(rf"\b(?:{_CONJUNCTIONS})\b", re.IGNORECASE)
# The high end of a range after its low end: "seven and 13", "7 to 13", "7-13".
_RANGE_HIGH_AFTER = re.compile(rf"\s*(?:and|to|[-–])\s*(?:{_NUMBER}|{_WORD_NUMBER})\b", re.IGNORECASE)
# What may follow a number that ends its clause: a mark, a dash, or a conjunction.
_CLAUSE_ENDS = re.compile(rf"\s*(?:[,.;:–—)]|\s-\s|$|\s+(?:{_CONJUNCTIONS})\b)")
# What a number counts when a verb follows it: the noun before "of" ("a crowd of 18,000 packed").
_COUNTED_BEFORE = re.compile(rf"\b(?P<noun>[a-z]{{3,}})\s+of\s+(?:{_ROUGHLY}\s+)?$")


APPROXIMATE_SHARE = 0.025
CONTEXT_TERMS = 3
_REPORTED_ON = re.compile(REPORTING_VERB + REPORT_TIME + "$")
# A day that bounds a stretch of time, not the moment of an event: "suspended until Wednesday
# morning", "closed through Friday", "missing since Tuesday" (not "struck by Tuesday's storm").
_BOUNDING = re.compile(
    r"\b(?:(?P<end>until|till|through|by|before)|(?P<start>since))\s+(?:(?:early|late|mid|next|last)\s+)?$", re.I
)
_OWNS = re.compile(r"['’]s\b")
# What goes on over days: a day in its clause is when a source saw it going on, not when
# something happened ("the search continued Wednesday", "rescuers kept digging Thursday").
_ONGOING = re.compile(
    r"\b(?:continu(?:e|es|ed|ing)|kept|keeps?|keeping|still|resum(?:e|es|ed|ing)|(?:went|go|goes|going|carried|carry|carries)\s+on)\b",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[^\W\d_]+")
# Dimensions whose hyphenated figure ("a 948-foot ship", "a 40-ton truck") is a standing
# property of a thing, the same in every sentence that names the thing that way.
_SIZE_KINDS = frozenset({"distance", "mass"})
# The noun after such a figure: an optional "-long" and restatement in brackets ("985-foot
# (300-meter) tanker"), then up to two words of the noun phrase.
_SIZED_NOUN = re.compile(
    r"(?:-(?:long|tall|high|wide|deep|thick))?(?:\s*\([^()]{1,30}\))?\s+([A-Za-z]+)(?:\s+([A-Za-z]+))?"
)
# Where a clause ends around a figure.
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]—–]")


@dataclass(slots=True)
class Figure:
    """A figure in the text: ``text`` is ``article.text[start:end]``."""

    start: int
    end: int
    text: str
    value: float | str
    unit: str
    kind: str
    approximate: bool = False
    # For quantities: the value in the dimension's base unit and the tolerance its rounding allows.
    base: float | None = None
    tolerance: float = 0.0
    restates: int | None = None
    context: frozenset[str] = field(default_factory=frozenset)
    # For a share, a sum or a count that measures a change: 1 where it rose, -1 where it fell,
    # 0 if not told.
    direction: int = 0
    # For a size written before its noun ("a 948-foot cargo ship"): the terms of that noun, the
    # thing whose length or weight this is, whichever sentence states it.
    measures: frozenset[str] = frozenset()
    # For a range ("between 40 and 50 people", "3-5 inches"): its low end, ``value`` being its
    # high end, as stated and in the base unit.
    low: float | None = None
    low_base: float | None = None
    # 1 where the amount is a floor ("more than 16 inches"), -1 a ceiling ("nearly 17 inches"),
    # 0 where the words before it bound it neither way.
    bound: int = 0

    def to_dict(self) -> dict[str, Any]:
        found = {"start": self.start, "end": self.end, "text": self.text, "value": self.value,
                 "unit": self.unit, "kind": self.kind}  # fmt: skip
        if self.low is not None:
            found["low"] = self.low
        if self.direction:
            found["change"] = "rise" if self.direction > 0 else "fall"
        return found


def convert(value: float, unit: str, kind: str) -> float:
    """``value`` in ``unit`` expressed in the base unit of its dimension."""
    return value * UNIT_FACTORS[unit] if kind in _BASE else value


def parse_number(text: str) -> float | None:
    text = text.strip().lower()
    if text == "½":
        return 0.5
    whole, _, fraction = text.partition(" ")
    if "/" in whole and not fraction:
        top, bottom = whole.split("/")
        return int(top) / int(bottom) if int(bottom) else None
    if whole[0].isdigit():
        value = float(whole.replace(",", ""))
        if fraction and "/" in fraction:
            top, bottom = fraction.split("/")
            value += int(top) / int(bottom) if int(bottom) else 0
        return value
    if "-" in whole:
        tens, units = whole.split("-", 1)
        return float(NUMBER_WORDS.get(tens, 0) + NUMBER_WORDS.get(units, 0))
    return float(NUMBER_WORDS[whole]) if whole in NUMBER_WORDS else None


def _past_tense(word: str) -> bool:
    """A verb in the past ("packed", "included"), not a noun ending in -ed or -eed ("bed", "speed")."""
    return len(word) > 4 and word.endswith("ed") and not word.endswith("eed")


def _granularity(number_text: str) -> float:
    """The rounding step a figure is stated to: 1,130 -> 10, 700 -> 100, 3.5 -> 0.1."""
    digits = number_text.replace(",", "").split()[0]
    if not digits[0].isdigit() or "/" in digits:
        return 1.0
    if "." in digits:
        return 10 ** -len(digits.split(".")[1])
    stripped = digits.rstrip("0")
    return float(10 ** (len(digits) - len(stripped))) if stripped else 1.0


def _context(text: str, start: int, end: int, kind: str) -> frozenset[str]:
    """The three content words on each side of a figure: what it counts, dates or measures.

    Only lower-case words count: the event is in the verbs and nouns ("published
    Tuesday", "left on Sunday"), while names and nationalities recur everywhere;
    and on each side only those of the figure's own clause, if it has any: in "a
    dam burst in Mai Mahiu, Nakuru County, rose to 48 on Tuesday" the day is
    the toll's, not the burst's. Attribution ("police said") is no context.
    A day right after an attribution verb ("officials said Monday", "reported
    late Monday") dates the report, not the event: it has no context, so it is
    compared with nothing; so has a day in a clause that tells what went on over
    days ("the search continued Wednesday", "rescuers kept digging Thursday"),
    which is when a source saw it. A day after "until", "through" or "since"
    bounds a stretch of time: its context words are marked as an end's or a
    start's, so it is compared only with another such bound ("closed until
    Monday", "closed until Tuesday"), never with the day something happened
    ("suspended Tuesday night", "suspended until Wednesday morning").
    """
    if kind in ("date", "weekday") and _REPORTED_ON.search(text, 0, start):
        return frozenset()
    clause = _CLAUSE_BREAK.split(text[:start])[-1]
    if kind in ("date", "weekday") and _ONGOING.search(clause):
        return frozenset()
    if kind == "count" and not any(c.isalpha() for c in text[start:end]):
        # A bare count's words start after a conjunction: "killed 45 people and injured 130".
        clause = _CONJUNCTION.split(clause)[-1]
    before = _content_terms(clause) or _content_terms(text[:start])
    after = _content_terms(_CLAUSE_BREAK.split(text[end:], maxsplit=1)[0]) or _content_terms(text[end:])
    # Words of one synonym class are one word: "45 killed", "48 dead"; "drop to six", "reduced to eight".
    terms = [SYNONYMS.get(t, t) for t in before[-CONTEXT_TERMS:] + after[:CONTEXT_TERMS] if t not in REPORTING]
    if kind == "count" and (_LIVES_BEFORE.search(text, 0, start) or _LIVES_AFTER.match(text, end)):
        terms.append(DEATH)  # "lost their lives" counts the dead too
    if kind in ("date", "weekday") and not _OWNS.match(text, end) and (bound := _BOUNDING.search(text, 0, start)):
        side = "end" if bound["end"] else "start"
        terms = [f"{side}:{t}" for t in terms]
    elif _FROM_BEFORE.search(text, 0, start):
        # The level a change left ("drop from 43 seats to six") is compared only with another such.
        terms = [f"from:{t}" for t in terms]
    return frozenset(terms)


def _content_terms(text: str) -> list[str]:
    """The terms of the lower-case words of ``text``, web addresses aside."""
    return [t for w in _WORDS.findall(blank_urls(text)) if w[0].islower() and (t := term_of(w))]


def dates_in(text: str) -> Iterator[tuple[int, int, str]]:
    """Calendar dates in ``text``: (start, end, ISO value), ``--MM-DD`` where no year is given."""
    for match in _DATE.finditer(text):
        month_name = (match["month"] or match["month2"]).lower().rstrip(".")
        month = (
            _MONTHS.get(month_name) or _MONTH_ABBR.get(month_name[:4].rstrip("t")) or _MONTH_ABBR.get(month_name[:3])
        )
        day = int(match["day"] or match["day2"])
        year = match["year"] or match["year2"]
        if month and 1 <= day <= 31:
            value = f"{year}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
            yield match.start(), match.end(), value


def in_title_case(text: str) -> bool:
    """Whether most longer words of ``text`` are capitalised: a headline in title case, where a
    capital before a number says nothing ("Crash Kills 157"). Names count here, unlike in the
    entity finder's test of title case, which leaves them out to judge the everyday words and
    so misses short headlines made mostly of names ("Mexico City Earthquake Kills 230 People")."""
    words = _TITLE_WORD.findall(text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= _TITLE_SHARE * len(words)


def names_number(text: str, start: int, title_case: bool) -> bool:
    """Whether the number at ``start`` is part of a name, as the capitalised word a space before
    it shows ("Boeing 737", "Max 8", "Flight 302"); not after a capitalised quantifier or function
    word ("Nearly 300", "All 157") or a part of a year ("Q2 2002"), nor a decimal or a number
    with separators after an owner ("Mexico's 7.1 earthquake"), nor in a headline in title
    case (``title_case``)."""
    if title_case:
        return False
    before = _NAME_BEFORE.search(text, max(0, start - _NAME_WIDTH), start)
    if before is None:
        return False
    word = before["word"]
    if _OWNS.search(word) and not _PLAIN_INTEGER.match(text, start):
        return False  # "Mexico's 7.1 earthquake", "Japan's 1,200 troops"; but "Boeing's 737"
    return (
        word.casefold() not in STOP_WORDS
        and _QUANTIFIERS.fullmatch(word) is None
        and not (word == "FY" or YEAR_PART_CODE.fullmatch(word))  # "Q2 2002", "FY 2024": a part of a year
    )


def extract_figures(text: str, offset: int = 0) -> list[Figure]:
    """Figures of one sentence; offsets are shifted by ``offset`` (the sentence's start)."""
    figures: list[Figure] = []
    # The numbers of a web address ("/2023/09/12/", "world-africa-66760019") are no figures.
    taken: list[tuple[int, int]] = [match.span() for match in URL.finditer(text)]

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(figure: Figure) -> None:
        taken.append((figure.start - offset, figure.end - offset))
        figure.context |= _context(text, figure.start - offset, figure.end - offset, figure.kind)
        figure.bound = _bound(text, figure.start - offset)
        figures.append(figure)

    # Dates, years and magnitudes are told in digits: most sentences have none and skip them.
    digits = _DIGIT.search(text) is not None
    for start, end, value in dates_in(text) if digits else ():
        if free(start, end):
            add(Figure(offset + start, offset + end, text[start:end], value, "date", "date"))
    for match in _WEEKDAY.finditer(text):
        if free(match.start(), match.end()):
            add(Figure(offset + match.start(), offset + match.end(), match.group(), match["day"],
                       match["part"] or "day", "weekday"))  # fmt: skip
    for match in _YEAR.finditer(text) if digits else ():
        if free(match.start(), match.end()):
            add(Figure(offset + match.start(), offset + match.end(), match.group(), int(match["year"]), "year", "year"))
    for match in _MAGNITUDE.finditer(text) if digits else ():
        if free(match.start(), match.end()):
            value = float(match["after"] or match["before"] or match["richter"] or match["quake"])
            # No base to convert or round: magnitudes are given to a tenth, so 6.8 and 7 are two
            # readings (they agree only when equal), and a relative spread means nothing on their scale.
            add(Figure(offset + match.start(), offset + match.end(), match.group(), value, "magnitude", "magnitude",
                       bool(_APPROX.search(text, 0, match.start()))))  # fmt: skip
    for match in _TEMPERATURE.finditer(text) if digits else ():
        if free(match.start(), match.end()):
            add(_temperature(text, match, offset))
    for match in _ORDINAL.finditer(text):
        if free(match.start(), match.end()) and _ranks(text, match):
            value = _ordinal_value(match)
            add(Figure(offset + match.start(), offset + match.end(), match.group(), value, match["noun"], "ordinal",
                       False, value, 0.0))  # fmt: skip
    title_case = digits and in_title_case(text)
    for match in _AMOUNT.finditer(_RANGE_DASH.sub(" ", text) if digits else text):
        if not free(match.start("number"), match.end("number")):
            continue
        if not match["currency"] and names_number(text, match.start("number"), title_case):
            continue  # "Boeing 737", "Max 8": a name's number, no amount
        figure = _quantity(text, match, offset)
        if figure is None:
            continue
        if low := _range_low(text, figure, match, offset):
            # The low end is no amount of its own ("killed 40 to 50 people" counted 40 dead).
            inside = [f for f in figures if f.start >= offset + low.start() and f.end <= offset + match.start("number")]
            for f in inside:
                figures.remove(f)
                taken.remove((f.start - offset, f.end - offset))
        elif _RANGE_DASH.match(text, match.start() - 1):
            continue  # after a dash and no range: a score ("a 3-1 win") or a code
        if free(figure.start - offset, figure.end - offset):
            add(figure)
    figures.sort(key=lambda f: f.start)
    _link_restatements(text, figures, offset)
    for figure in figures:
        if figure.kind in _CHANGING_KINDS:
            _tell_direction(text, figure, offset)
    return figures


def _bound(text: str, start: int) -> int:
    """1 where the words before ``start`` make the number after them a floor, -1 a ceiling, else 0."""
    if _FLOOR.search(text, 0, start):
        return 1
    return -1 if _CEILING.search(text, 0, start) else 0


def _direction_of(word: str) -> int:
    """1 for a word that says a thing rose ("rose", "jumped", "up", "gain"), -1 for one that
    says it fell, 0 for any other."""
    lower = word.lower()
    if lower in _RISING:
        return 1
    if lower in _FALLING:
        return -1
    concept = SYNONYMS.get(term_of(lower) or "")
    return 1 if concept == SYNONYMS["rise"] else -1 if concept == SYNONYMS["fall"] else 0


def _tell_direction(text: str, figure: Figure, offset: int) -> None:
    """Give a share, a sum or a count the direction of the change it measures, from a share's
    sign ("-30%") or the word next to it, which then joins its text: "fell 10%" and "were up 10
    per cent" disagree, and so do "lost $2 billion" and "gained $2 billion"."""
    start, end = figure.start - offset, figure.end - offset
    if sign := _SIGNS.get(text[start]):
        figure.direction = sign
        return
    modifies = figure.kind == "percent" or _ARTICLE_BEFORE.search(text, 0, start) is not None
    if (before := _CHANGE_BEFORE.search(text, 0, start)) and (direction := _direction_of(before["word"])):
        start = before.start()
    elif modifies and (after := _CHANGE_AFTER.match(text, end)) and (direction := _direction_of(after["word"])):
        end = after.end()
    else:
        return
    figure.direction = direction
    figure.start, figure.end, figure.text = offset + start, offset + end, text[start:end]


def _temperature(text: str, match: re.Match[str], offset: int) -> Figure:
    """A temperature in degrees Celsius (its base), stated to the degree or to its decimals
    ("40C" is no round number stated to the ten); "about" gives it a degree either way."""
    number = match["number"]
    value = float(number) * (-1 if match["minus"] else 1)
    fahrenheit = (match["symbol"] or match["attached"] or match["named"])[0].upper() == "F"
    _, _, decimals = number.partition(".")
    tolerance = 10 ** -len(decimals) * (_FAHRENHEIT_STEP if fahrenheit else 1) / 2
    start, end = match.span()
    approximate = bool(_APPROX.search(text, 0, start))
    return Figure(offset + start, offset + end, match.group(), value, "°F" if fahrenheit else "°C", "temperature",
                  approximate, (value - 32) * _FAHRENHEIT_STEP if fahrenheit else value,
                  max(tolerance, APPROXIMATE_DEGREES) if approximate else tolerance)  # fmt: skip


def _describes(following: re.Match[str]) -> bool:
    """Whether the word after a number describes a noun after it ("3 injured players"); not a
    state the number is in ("11,119 injured, officials said", "20 wounded in the attack")."""
    return following.group(2) is not None and term_of(following.group(2)) is not None


def _quantity(text: str, match: re.Match[str], offset: int) -> Figure | None:
    number_text = match["number"]
    value = parse_number(number_text)
    if value is None:
        return None
    scale_word = (match["scale"] or "").strip().lower()
    unit_word = (match["unit"] or "").lower()
    currency = match["currency"]
    start, end = match.start("currency") if currency else match.start("number"), match.end("number")
    if match["sign"] and _unit_kind(unit_word) == "percent":
        start = match.start("sign")  # "-30%": a share that fell; a sign means nothing to other figures
    approximate = bool(_APPROX.search(text, 0, start))
    unit_end: int | None = None
    if scale_word and (currency or unit_word in _CURRENCIES or scale_word in _SCALE_WORDS):
        value *= _SCALES[scale_word]
        end = match.end("scale")
    elif scale_word and not unit_word:
        unit_word = scale_word  # "20m" is twenty metres where no currency says otherwise
        unit_end = match.end("scale")
    if currency or unit_word in _CURRENCIES:
        code = _CURRENCIES.get((currency or unit_word).lower(), "USD")
        if unit_word in _CURRENCIES:
            end = match.end("unit")
        return Figure(offset + start, offset + end, text[start:end], value, code, "money", approximate,
                      value, _granularity(number_text) * (_SCALES.get(scale_word, 1)) / 2)  # fmt: skip
    unit_word = _PHRASE_UNITS.get(unit_word, unit_word)
    if match["joint"] == "-" and (unit_word not in _UNITS or text.startswith("-old", match.end("unit"))):
        return None  # "a six-member team"; "a 20-year-old man" is an age, not a duration
    if unit_word in _UNITS:
        unit, kind = _UNITS[unit_word]
        end = unit_end if unit_end is not None else match.end("unit")
        base = convert(value, unit, kind)
        step = _granularity(number_text)
        tolerance = abs(convert(step, unit, kind)) / 2
        if approximate:  # "about", "nearly": a little more room than the rounding alone
            tolerance = max(tolerance, abs(base) * APPROXIMATE_SHARE)
        short = {"kilometer": "km", "mile": "mi", "meter": "m", "kilometer/hour": "km/h", "mile/hour": "mph",
                 "percent": "%", "metric_ton": "t", "kilogram": "kg", "foot": "ft", "yard": "yd", "inch": "in",
                 "nautical_mile": "nmi", "knot": "kn"}.get(unit, unit)  # fmt: skip
        measures = _sized_noun(text, end) if match["joint"] == "-" and kind in _SIZE_KINDS else frozenset()
        return Figure(
            offset + start, offset + end, text[start:end], value, short, kind, approximate, base, tolerance,
            measures=measures,
        )  # fmt: skip
    # A count: a number and the noun it counts ("nine sanctions resolutions", "two members").
    # What the number counts follows it and its scale: "5 million people".
    number_end = end
    following = re.match(r"\s+([a-z][a-z-]+)(?:\s+([a-z][a-z-]+))?", text[number_end:])
    if is_year(number_text):
        return None
    unnamed = following is None or term_of(following.group(1)) is None
    toll = (
        _TOLL.search(text, 0, start)
        and not (following and following.group(1) in COUNTED_DEAD)
        and not _NOT_DEAD_AFTER.match(text, end)
    )
    if toll or (unnamed and _KILLED.search(text, 0, start)):
        # "The death toll rose to 48 on Tuesday": a count of the dead whatever follows; not
        # "the toll may rise, with around 10,000 people still missing". "The quake killed 820
        # and injured 672": the dead, though no noun says so.
        return Figure(offset + start, offset + end, text[start:end], value, "people", "count", approximate, value,
                      _count_tolerance(number_text, value), context=frozenset({DEATH}))  # fmt: skip
    in_a_state = following is not None and following.group(1).lower() in STATES and not _describes(following)
    if (unnamed or in_a_state) and (state := _STATE_AFTER.match(text, end)):
        # "10,000 are missing", "at least 10,000 were still missing", "killed and 11,119 injured":
        # a count of those in that state.
        end = state.end()
        return Figure(offset + start, offset + end, text[start:end], value, state["state"].lower(), "count",
                      approximate, value, _count_tolerance(number_text, value))  # fmt: skip
    if (
        unnamed
        and _CLAUSE_ENDS.match(text, end)
        and not _RANGE_LOW.search(text, 0, start)
        and not _RANGE_HIGH_AFTER.match(text, end)
        and (earlier := _last_count(text, start))
    ):
        # "win 410 seats, ... with the Conservatives on about 130", "killed 45 people and injured
        # 130": a number that ends its clause counts what the count before it counts; not an end
        # of a range, which may be an age ("21 children, aged between seven and 13").
        return Figure(offset + start, offset + end, text[start:end], value, earlier, "count", approximate, value,
                      _count_tolerance(number_text, value))  # fmt: skip
    if following is None:
        return None
    noun = following.group(1)
    second = following.group(2)
    if _past_tense(noun) and second and term_of(second) and not _past_tense(second):
        noun = second  # "820 recorded deaths": the participle describes what is counted
    elif _past_tense(noun):
        # "A crowd of 18,000 packed the stadium": a verb follows, so the number counts the noun
        # before it, if any.
        before = _COUNTED_BEFORE.search(text, 0, start)
        if before is None or term_of(before["noun"]) is None:
            return None
        start = before.start()
        end = number_end
        return Figure(offset + start, offset + end, text[start:end], value, before["noun"], "count", approximate,
                      value, _count_tolerance(number_text, value))  # fmt: skip
    elif noun in _LINKING_WORDS or noun.lower() in _ADVERBS_AFTER_A_NUMBER:
        return None  # "on Mar. 10 as depositors rushed": the noun after "as" is not what is counted
    elif second and second.endswith("s") and not second.endswith("ss") and term_of(second):
        noun = second  # the head of the noun phrase: "two military officials", "nine sanctions resolutions"
    counted = term_of(noun)
    if counted is None or (value == 1 and number_text.lower() == "one"):
        return None
    end = number_end + following.end(1 if noun == following.group(1) else 2)
    # "273 dead", "45 deaths": a death toll, which counts people whatever word it counts them by.
    dead = SYNONYMS.get(counted) == DEATH
    return Figure(
        offset + start,
        offset + end,
        text[start:end],
        value,
        "people" if dead else noun,
        "count",
        approximate,
        value,
        _count_tolerance(number_text, value),
        context=frozenset({DEATH}) if dead else frozenset(),
    )


def _last_count(text: str, before: int) -> str | None:
    """The plural noun the last count before ``before`` in ``text`` counts ("410 seats"), if
    one does."""
    counts = list(_COUNT_BEFORE.finditer(text, 0, before))
    if not counts:
        return None
    noun = counts[-1]["noun"]
    return noun if term_of(noun) is not None else None


def _range_low(text: str, figure: Figure, match: re.Match[str], offset: int) -> re.Match[str] | None:
    """Make ``figure`` (found by ``match``) a range where the low end of one stands before it,
    and return that low end's match: its text then opens on it, and ``low`` and ``low_base``
    hold it (in the high end's scale where it has none: "between 1 and 2 million"). A range
    only runs upward: "a 3-1 win" is none."""
    number = parse_number(match["number"])
    found = _RANGE_LOW.search(text, 0, figure.start - offset)
    if (
        found is None
        or not number
        or not isinstance(figure.value, float)
        or _FROM_BEFORE.search(text, 0, found.start())
    ):
        return None
    low = parse_number(found["paired"] or found["low"])
    if low is None:
        return None
    if found["share"] or found["paired_share"]:
        # "4.50%-4.75%", "between 3% and 5%"; but "fell 3% to 5%" may be a change to 5%.
        changed = (
            found["to"] and (word := _CHANGE_BEFORE.search(text, 0, found.start())) and _direction_of(word["word"])
        )
        if figure.kind != "percent" or changed:
            return None
    scale = figure.value / number
    low = low * scale if low * scale < figure.value else low
    if not low < figure.value:
        return None
    figure.low = low
    figure.low_base = low * figure.base / figure.value if figure.base is not None else None
    figure.start = offset + found.start()
    figure.text = text[found.start() : figure.end - offset]
    return found


def _sized_noun(text: str, end: int) -> frozenset[str]:
    """The terms of the noun a hyphenated size describes: the next two words up to a stop word,
    "cargo ship" of "a 948-foot cargo ship collided". After a noun of one word the second is
    often its verb ("the 948-foot vessel lost power": "ship" and "lost"); two things sized are
    compared only if also close in size, so a shared verb alone seldom pairs them wrongly."""
    noun = _SIZED_NOUN.match(text, end)
    terms: list[str] = []
    for word in noun.groups() if noun else ():
        term = term_of(word) if word else None
        if term is None or term in REPORTING:
            break
        terms.append(SYNONYMS.get(term, term))
    return frozenset(terms)


def _count_tolerance(number_text: str, value: float) -> float:
    """How far a count may be from another and agree: exact under ten, else half its rounding."""
    return max(0.5, _granularity(number_text) / 2) if value >= 10 else 0.0


def _link_restatements(text: str, figures: list[Figure], offset: int) -> None:
    """ "1,180km (733 miles)": the figure in parentheses restates the one before it."""
    for i in range(1, len(figures)):
        before, figure = figures[i - 1], figures[i]
        gap = text[before.end - offset : figure.start - offset]
        if figure.kind == before.kind and _RESTATED.fullmatch(gap):
            figure.restates = i - 1


def measured(figure: Figure) -> str | None:
    """What an amount measures, for telling whether two amounts may answer each other:
    its kind ("distance", "money"), and for a count the thing counted ("count:vehicl");
    None for a date, a weekday or a year, which are no amounts."""
    if figure.kind in ("date", "weekday", "year"):
        return None
    if figure.kind != "count":
        return figure.kind
    if is_toll(figure):
        return "count:" + DEATH
    counted = term_of(figure.unit) or figure.unit
    return "count:" + SYNONYMS.get(counted, counted)


def counts_people(figure: Figure) -> bool:
    """A count of people, dead or alive: "45 passengers", "9,733 were injured"; not "two
    crashes"."""
    return figure.kind == "count" and (term_of(figure.unit) in _PEOPLE or figure.unit.lower() in STATES)


def is_toll(figure: Figure) -> bool:
    """A count of the dead: "killed 45 people", "the death toll rose to 48"; not "two crashes
    killed 45 people", where the crashes are counted."""
    return figure.kind == "count" and DEATH in figure.context and term_of(figure.unit) in _PEOPLE


def within_rounding(a: Figure, b: Figure, strict: bool = False) -> bool:
    """Two amounts equal up to the rounding each is stated to (their units aside): a figure
    stated to the ten covers less than half a ten either way, and half a ten below, as 115
    rounds to 120, not 110 (and 1.35% to 1.4%). ``strict``: up to the finer of the two
    roundings only."""
    if a.base is None or b.base is None:
        return False
    # A range covers every amount between its ends: "40 to 50 people" agrees with "45 people".
    apart = max(_low_end(a) - b.base, _low_end(b) - a.base, 0.0)
    room = min(a.tolerance, b.tolerance) if strict else max(a.tolerance, b.tolerance)
    if apart <= 1e-9 or apart < room - 1e-9:
        return True
    # Exactly half a step apart: the finer amount rounds half up to the coarser one.
    finer, coarser = (a, b) if a.tolerance < b.tolerance else (b, a)
    return abs(apart - room) <= 1e-9 and finer.tolerance < coarser.tolerance and finer.base < coarser.base


def _low_end(figure: Figure) -> float:
    """A figure's lowest amount in its base unit: a range's low end, else its amount."""
    assert figure.base is not None
    return figure.low_base if figure.low_base is not None else figure.base


def agree(a: Figure, b: Figure) -> bool:
    """Two figures of one kind that say the same thing, after conversion and rounding."""
    if a.kind != b.kind:
        return False
    if a.direction * b.direction < 0:
        return False  # "fell 10%" and "rose 10%"
    if a.base is not None and b.base is not None:
        if (a.kind == "money" or a.kind in NOUN_KINDS) and a.unit != b.unit:
            return True  # different currencies, things counted or things ranked: not comparable
        lower, higher = (a, b) if a.base <= b.base else (b, a)
        if lower.bound > 0 and higher.bound < 0:
            return True  # "more than 16 inches" and "nearly 17 inches": one amount, bounded from each side
        return within_rounding(a, b)
    dates = a.kind == "date" and isinstance(a.value, str) and isinstance(b.value, str)
    if dates and (a.value.startswith("--") or b.value.startswith("--")):
        return a.value[-5:] == b.value[-5:]  # a date without its year agrees with that day of any year
    return a.value == b.value
