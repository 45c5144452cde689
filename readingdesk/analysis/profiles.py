"""What the aligner compares of a sentence: its concepts, clauses and attribution.

A sentence becomes a list of *concepts*, one term each: a named referent is
one concept (``@`` and its entity id) however a source spells or shortens it
("Kim Jong-un", "Kim Jong Un", "Kim"), a title before a name is part of
naming the person, and every other content term is a concept of its own. A named
event is also the thing it is ("the Eastern Economic Forum" is a forum), and a word
after "non-", "pre-" or "anti-" is one concept with its prefix ("non-GAAP" is no "GAAP").
Concepts are grouped into clauses (split at punctuation and clause-opening
words), and the concepts of an attribution clause ("according to TASS") are
marked: who reported a fact is not the fact. An amount inside a figure
("12,000 jobs", "$1.9 billion") carries what that figure measures, and a
death toll in other words ("claimed the lives of 820") is a death, as "killed" is.
A sentence that says a thing is not known ("remains unclear", "did not say when")
has one concept for that however it is said, and one for each question it leaves open.
"""

from __future__ import annotations

import bisect
import datetime
import itertools
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from readingdesk.analysis.entities.gazetteer import OTHER_CUES, demonym_country, introduces_a_name
from readingdesk.analysis.figures import (
    DEATH,
    PERCENT_UNIT,
    Figure,
    in_title_case,
    is_toll,
    measured,
    names_number,
    parse_number,
)
from readingdesk.analysis.lexicon import (
    NOT_KNOWN,
    PHOTO_POSITION,
    PHRASAL_CLASS,
    PHRASAL_VERB,
    REPORT_TIME,
    REPORTING_VERB,
    SAYING_VERB,
    SYNONYMS,
    TURNING_PREFIXES,
    VAGUE_TIME,
)
from readingdesk.analysis.terms import SCALE_MARKS, is_amount, is_clock, term_of, terms_of, tokens_of
from readingdesk.corpus.model import Article, Sentence
from readingdesk.corpus.segment import dateline

ALIGNABLE_KINDS = frozenset({"headline", "body", "caption"})
# Where a sentence breaks into clauses: punctuation and clause-opening words.
_CLAUSE_BREAK = re.compile(
    r"(?<!\d),|,(?!\d{3}\b)|[;:()\[\]–—\"“”]|\s-\s|\b(?:which|who|whom|whose|while|whereas|although|though|but|after|before"
    r"|according|because|since|when|where|if|unless|until)\b",
    re.IGNORECASE,
)
_ATTRIBUTION = re.compile(r"according\b", re.IGNORECASE)
# Verbs that introduce what someone reported, and how many words a speaker before them may take.
_REPORTED = re.compile(REPORTING_VERB)
_TOLD_BEFORE = re.compile(r"\s*[,.;:]")
# A clause and one comma before the reporting verb: what was reported, not who reported it
# ("State Dept. issues travel alert, says attack possible", "The train crossed, said
# officials"); a speaker set off by two commas is still one ("Kirby, a spokesman, said").
_FACT_BEFORE_THE_VERB = re.compile(r"[^,]+,\s*")
# A clause that opens on a subordinating word and ends on a comma sets the time or the
# condition of the main clause, where the speaker stands: "Before Russia confirmed the trip,
# officials said Monday the train had left."
_LEADING_CLAUSE = re.compile(
    r"(?:before|after|while|when|as|since|although|though|if|once|until|unless|because)\b[^,]*,\s*", re.IGNORECASE
)
# "added" before an amount is a rise, not a report: "the index added 38 points".
_ADDED_AN_AMOUNT = re.compile(r"add(?:ed|s)\s+[$€£¥]?\d")
# A reporting verb after one of these words is what will or may happen, or what was done to
# something ("details will be announced", "yet to be confirmed"), not who reported the fact.
_NOT_REPORTED_AFTER = re.compile(
    r"\b(?:be|been|being|is|are|was|were|will|would|could|can|may|might|must|should|to)\s+$", re.IGNORECASE
)
# Where a quotation closes: "... limited," the judges stated. What was quoted is the fact.
_QUOTE_CLOSED = re.compile(r"[,.?!…]\s*(?:[\"”»]|'')")
# Verbs of saying that close a statement from its end: ", they concluded.", ", he wrote."
_SAID_LAST = re.compile(SAYING_VERB)
# The day a statement was made: "officials said Monday", "reported late on Monday".
_REPORTED_DAY = re.compile(
    REPORTING_VERB + REPORT_TIME + r"(?P<day>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.IGNORECASE
)
SPEAKER_WORDS = 10
# What may stand between a title or place description and its name: "leader, Kim", "city of Vladivostok".
_NAME_GAP = re.compile(r"[\s,.’'s-]*(?:\bof\s+(?:the\s+)?)?", re.IGNORECASE)
# An amount given to two decimals or more ("13.51", "6.835").
_FINE_DECIMAL = re.compile(r"\d+\.\d\d+")
# How far, relative to its value, rounding a fine amount to a tenth may move it and still give
# the amount other sources write: "13.51" is their "13.5"; "0.46" is not "0.5", nor "0.05" "0.1".
_ROUNDING_SLACK = Decimal("0.05")
# What may stand between two words of one capitalised run ("Kim Jong-un", "U.S. Navy").
_RUN_GLUE = re.compile(r"[\s\-’'.]*")
# What stands between a name and its short form in brackets: "Joint Chiefs of Staff (JCS)".
_SHORT_FORM_OPENS = re.compile(r"\s*[(\[]\s*")
# A name set right after a comma or an opening bracket: an apposition ("the mediator, Qatar").
_APPOSED = re.compile(r"[,(\[]\s*(?:the\s+)?$", re.IGNORECASE)

# "It remains unclear", "did not specify", "have not confirmed": one concept however it is said.
_NOT_KNOWN = re.compile(NOT_KNOWN, re.IGNORECASE)
_PHRASAL_VERB = re.compile(PHRASAL_VERB, re.IGNORECASE)
_VAGUE_TIME = re.compile(VAGUE_TIME, re.IGNORECASE)
_PHOTO_POSITION = re.compile(PHOTO_POSITION, re.IGNORECASE)
# The concept of words that make none (:data:`VAGUE_TIME`, :data:`PHOTO_POSITION`): their span holds no term.
_NO_CONCEPT = ""
# A quarter or half of a (fiscal) year, however it is written: "Q2", "2Q", "second quarter",
# "2nd-quarter", "H1", "first half".
_PERIOD_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_YEAR_PART = re.compile(
    r"\b(?:(?P<letter>Q)(?P<number>[1-4])|(?P<number_first>[1-4])(?P<letter_after>Q)|(?P<half>H)(?P<half_number>[12])"
    r"|(?i:(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?(?P<part>quarter|half)))\b"
)
# A quarter or half before the one a report is about, as the time of its figure: "in the
# previous quarter", "during the year-ago quarter", "for the same quarter last year". After
# "from", "than" or "over" it is what a figure is compared with, and names no period.
_PAST_YEAR_PART = re.compile(
    r"\b(?:in|during|for)\s+(?:the|its)\s+(?:(?P<previous>previous|prior|preceding)|(?P<year_ago>year[\s-](?:earlier|ago))"
    r"|same)\s+(?:fiscal\s+)?(?P<part>quarter|half)\b"
    r"(?P<a_year_before>\s+(?:a\s+year\s+(?:earlier|ago|before)|(?:of\s+)?last\s+year|of\s+the\s+previous\s+year))?",
    re.IGNORECASE,
)
_COMPARED_BEFORE = re.compile(
    r"\b(?:from|than|over|versus|vs|compared\s+(?:with|to))\s+(?:\S+\s+){0,3}$", re.IGNORECASE
)
_COMPARED_WIDTH = 48
_PREVIOUS, _YEAR_AGO = ":previous", ":year-ago"
_PAST_PERIODS = (_PREVIOUS, _YEAR_AGO)
# A company's chief officer by initials or in words: "CTO", "chief technology officer", "chief
# executive". Before a name it is a title, as "President" is.
OFFICER = "officer:"
_OFFICER_FIELDS = {
    "executive": "ceo",
    "technology": "cto",
    "financial": "cfo",
    "operating": "coo",
    "information": "cio",
}
_OFFICER = re.compile(
    r"\b(?:(?P<initials>C[ETFOI]O)s?|(?i:chief\s+(?P<field>executive|technology|financial|operating|information)"
    r"(?:\s+officer)?))\b"
)
# A person's age as news gives it before a noun: "the 25-year-old", "a 52-year-old man".
_AGE = re.compile(r"\b(?P<years>\d{1,3}|[a-z]+)[\s-]+years?[\s-]+old\b", re.IGNORECASE)
_YEAR_PART_HINT = re.compile(r"[QH][1-4]|[1-4]Q|uarter|alf")
_OFFICER_HINT = re.compile(r"hief|C[ETFOI]O")
UNKNOWN = SYNONYMS["unknown"]
# The questions a thing not known may leave open, within a few words of saying so.
_QUESTION = re.compile(r"\b(when|where|what|why|how|who|whether)\b", re.IGNORECASE)
_QUESTION_REACH = 40
# "If" right after what is not known asks whether: "it is unknown if the changes were made".
_IF_ASKS = re.compile(r"\s+(if)\b", re.IGNORECASE)

Span = tuple[int, int, str]
# What marks the concept of a number that is part of a name ("Boeing 737"): no amount.
NAME_NUMBER = "#"
# A name's number of at most this many characters (its mark included) and a hyphen are a score.
_SCORE_WIDTH = 3
# Days a news report names relative to the day it is dated, and how many days later each is.
_RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
# The weekdays in order from Monday, each as the concept of its written name.
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True, slots=True)
class Names:
    """The named referents the aligner knows: where each sentence names them, and their aliases.

    ``mentions`` maps a sentence id to ``(start, end, referent)`` spans in the
    article text; ``aliases`` maps the terms of an alias ("North Korea") to its
    referent, so a name the finder did not mark ("North Korean officials")
    still counts as that referent.
    """

    mentions: Mapping[str, Sequence[Span]]
    aliases: Mapping[tuple[str, ...], str]
    # The kind of each referent ("PERSON", "ORG", "PLACE", "OTHER").
    kinds: Mapping[str, str] = field(default_factory=dict)


NO_NAMES = Names({}, {})
# The kinds of referent of which two sentences naming different ones, and none in common, are
# about different things: "in Amatrice" and "in Accumoli", "JetBlue shares" and "Express Scripts shares".
SUBJECT_KINDS = ("PERSON", "ORG", "PLACE")
# The kind of the quarters and halves of a year a sentence names ("quarter:2"): the figures of
# "second-quarter earnings" are not those of "first-quarter sales".
PERIOD = "PERIOD"
_PERIOD_CONCEPTS = ("quarter:", "half:")
# The weekdays and the calendar dates a sentence names outside its attribution ("monday",
# "date:09-12"), and the changes it reports ("-1.2 percent"): a market that "fell 1.2% on
# Monday" and one that "rose 0.4% on Tuesday" are two days' news, not one fact told two ways.
WEEKDAY, DATE, CHANGE = "WEEKDAY", "DATE", "CHANGE"
# The years before its article's own that a sentence names ("2019" in a report of 2023): a
# meeting "in 2019" is history beside one "on Wednesday".
PAST_YEAR = "PAST_YEAR"
# The legs of a journey a sentence tells of, by the concepts of their verbs: leaving, and
# arriving, crossing into or entering a place.
LEG = "LEG"
_LEGS = {SYNONYMS["leav"]: "departure", SYNONYMS["arriv"]: "arrival", "cross": "arrival", "enter": "arrival"}
_DATE_CONCEPT = "date:"
# The kinds of figure that may give a year.
_DATED = ("year", "date")
# The referents a sentence names, by kind.
Named = Mapping[str, frozenset[str]]


@dataclass(slots=True)
class Profile:
    """What the aligner compares of one sentence."""

    sentence: Sentence
    article_index: int
    concepts: list[str]
    clauses: list[list[int]]
    # Concepts that only say who reported the fact: they weigh as attribution does.
    attributed: frozenset[int]
    terms: frozenset[str]
    folded: str
    surface: dict[str, str]
    # Concepts that are amounts of a figure: what the figure measures ("distance", "count:job").
    measures: dict[int, str]
    # An amount that restates another in brackets ("733" of "1,180km (733 miles)"), by the index
    # of the amount it restates: one figure read two ways, which counts once in a pair, as the
    # reading the other sentence shares.
    restating: dict[int, int] = field(default_factory=dict)
    # The referents the sentence names outside its attribution, by kind (:data:`SUBJECT_KINDS`),
    # the parts of a year it names (:data:`PERIOD`), the weekdays and dates it names outside its
    # attribution (:data:`WEEKDAY`, :data:`DATE`), the years before its article's it names
    # (:data:`PAST_YEAR`), the changes it reports (:data:`CHANGE`) and the legs of a journey it
    # tells of (:data:`LEG`).
    named: Named = field(default_factory=dict)


def about_other_things(a: Named, b: Named) -> bool:
    """Whether two sentences that name ``a`` and ``b`` (:attr:`Profile.named`) name different
    places, organisations or people of one kind and none of that kind in common, or tell of
    different times (:func:`of_other_times`): their figures are of different things ("at least
    50 died in Amatrice", "11 died in Accumoli"; "first-quarter sales", "second-quarter
    earnings"), however alike their words."""
    for kind in SUBJECT_KINDS:
        here, there = a.get(kind), b.get(kind)
        if here and there and not here & there:
            return True
    return of_other_times(a, b)


def of_other_times(a: Named, b: Named) -> bool:
    """Whether two sentences that name ``a`` and ``b`` tell of different quarters or halves of a
    year (:func:`of_other_periods`), report changes on different days (:func:`of_other_days`),
    one tells of a past year and the other of this week (:func:`of_other_years`), or they tell
    of two legs of a journey, which happen at different times (:func:`of_other_legs`)."""
    return of_other_periods(a, b) or of_other_days(a, b) or of_other_years(a, b) or of_other_legs(a, b)


def of_other_days(a: Named, b: Named) -> bool:
    """Whether two sentences that name ``a`` and ``b`` report changes of different days: each
    reports a change the other does not and names weekdays (or dates), none in common ("the Dow
    fell 1.2% on Monday", "the Dow rose 0.4% on Tuesday"). One change on two days ("fell 1.2% on
    Monday", "fell 1.2% on Tuesday") is one fact on which two sources disagree, and so is a
    day alone ("photos published Tuesday", "published on Monday")."""
    changes, other_changes = a.get(CHANGE), b.get(CHANGE)
    if not changes or not other_changes or changes & other_changes:
        return False
    for kind in (WEEKDAY, DATE):
        here, there = a.get(kind), b.get(kind)
        if here and there and not here & there:
            return True
    return False


def of_other_legs(a: Named, b: Named) -> bool:
    """Whether, of two sentences that name ``a`` and ``b``, one tells of a departure and the
    other of an arrival, neither of both: "the armoured train carrying Kim left for Russia" and
    "the armoured train carrying Kim crossed into Russia" are two legs of one journey, however
    alike their words; "Kim left Pyongyang and arrived in Vladivostok" tells of both."""
    here, there = a.get(LEG), b.get(LEG)
    return bool(here and there and len(here) == 1 and len(there) == 1 and here != there)


def of_other_years(a: Named, b: Named) -> bool:
    """Whether, of two sentences that name ``a`` and ``b``, one names a year before its
    article's and no weekday, and the other a weekday and no such year: "Kim and Putin met in
    Vladivostok on April 25, 2019" is history beside "Kim and Putin would meet in Vladivostok,
    where Putin arrived on Monday", as news tells an earlier event as background to this week's."""
    return _then_and_now(a, b) or _then_and_now(b, a)


def _then_and_now(then: Named, now: Named) -> bool:
    return PAST_YEAR in then and WEEKDAY not in then and WEEKDAY in now and PAST_YEAR not in now


def of_other_periods(a: Named, b: Named) -> bool:
    """Whether two sentences that name ``a`` and ``b`` tell of different quarters or halves of
    a year: they name different ones and none in common ("first-quarter sales", "second-quarter
    earnings"), or one names only a past one and the other none ("in the previous quarter,
    revenue had gone up 8%", "revenue rose 4 percent"), which is the report's own."""
    here, there = a.get(PERIOD, frozenset()), b.get(PERIOD, frozenset())
    if here and there:
        return not here & there
    return _only_past(here) or _only_past(there)


def _only_past(periods: frozenset[str]) -> bool:
    """Whether ``periods`` (:data:`PERIOD` concepts) are all before the one a report is about."""
    return bool(periods) and all(period.endswith(_PAST_PERIODS) for period in periods)


def _word(term: str, token: str) -> str:
    """The concept of one content word: its synonym class, and a nationality word ("Moroccan")
    its country's term, so that "Moroccan officials" and "Morocco" share one."""
    if token[0].isupper() and (country := demonym_country(token)):
        return term_of(country) or term
    return SYNONYMS.get(term, term)


@lru_cache(maxsize=200_000)
def _token_word(token: str) -> str | None:
    """The concept of one token as :func:`_word` gives it, or None for a stop word; an amount
    given to two decimals or more is rounded to one, as other sources round it ("$13.51
    billion" is "$13.5 billion" elsewhere; the figures themselves are compared as stated),
    where that moves it by little: "0.05%" rounded would be twice itself, and "0.04%" nothing."""
    term = term_of(token)
    if term is None:
        return None
    if _FINE_DECIMAL.fullmatch(term):
        value = Decimal(term)
        rounded = value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        return str(rounded) if abs(rounded - value) <= _ROUNDING_SLACK * value else term
    return _word(term, token)


def _amount_concept(figure: Figure, written: str) -> tuple[int, int, str] | None:
    """The concept of a share or a sum, and where it stands in ``written`` (the figure's text).
    A share is one concept, its number's and "%": "80%" of a town is not "80" dead, and is "80
    percent". The number of a sum with a scale takes the scale: "1.8bn" of "$1.75B" and "$1.75
    billion", not "$1.80" a share. None for other figures, and for a sum without a scale."""
    if figure.kind not in ("percent", "money"):
        return None
    # The last number: a range's high end, the figure's value ("4.5 percent to 4.75 percent").
    numbers = [token for token in tokens_of(written) if parse_number(token[0]) is not None]
    if not numbers:
        return None
    number, start, end = numbers[-1]
    word = _token_word(number) or number
    if figure.kind == "percent":
        # The number and its unit: the word that tells a change's direction ("fell 10%", "a 10%
        # drop") is a concept of its own.
        unit = PERCENT_UNIT.match(written, end)
        return start, unit.end() if unit else end, word + "%"
    value = parse_number(number)
    if not value or not isinstance(figure.value, float):
        return None
    mark = SCALE_MARKS.get(round(math.log10(figure.value / value)))
    return (start, end, word + mark) if mark else None


def alias_terms(alias: str) -> tuple[str, ...]:
    """The terms of a name, as a capitalised run of them appears to :func:`profile`."""
    return tuple(dict.fromkeys(_word(t.term, alias[t.start : t.end]) for t in terms_of(alias)))


@dataclass(slots=True)
class _Run:
    """Consecutive terms: one named referent, or capitalised words, or one other word."""

    terms: list[str]
    # Where each term's words start and end in the sentence (a referent's: its whole name).
    spans: list[tuple[int, int]]
    capitalised: bool
    referent: str | None = None

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


@lru_cache(maxsize=1024)
def relative_days(date: str | None) -> Mapping[str, str]:
    """The weekday each relative day word ("today", "yesterday") names in an article dated
    ``date`` (ISO), as the concept of that weekday's name: "today" in a report dated Tuesday
    is the "Tuesday" of another. Empty for an article of no known date."""
    try:
        day = datetime.date.fromisoformat((date or "")[:10])
    except ValueError:
        return {}
    return {word: _WEEKDAYS[(day + datetime.timedelta(days=shift)).weekday()] for word, shift in _RELATIVE_DAYS.items()}


def _runs(
    text: str, offset: int, spans: Sequence[Span], surface: dict[str, str], days: Mapping[str, str]
) -> list[_Run]:
    """Runs of the terms of ``text``; ``spans`` (start, end, concept) each make one concept;
    ``days`` gives the weekday of each relative day word (:func:`relative_days`)."""
    runs: list[_Run] = []
    spans = sorted(spans)
    span_index = 0
    last: _Run | None = None
    previous_end = -1
    title_case: bool | None = None
    for token, start, end in tokens_of(text):
        word = _token_word(token)
        if word is None:
            continue
        word = days.get(word, word)
        if word[0].isdigit() and not is_clock(word):
            if title_case is None:
                title_case = in_title_case(text)
            if names_number(text, start, title_case):
                word = NAME_NUMBER + word  # "Boeing 737": part of a name, no amount
        at = start + offset
        while span_index < len(spans) and spans[span_index][1] <= at:
            span_index += 1
        if span_index < len(spans) and spans[span_index][0] <= at:
            name_start, name_end, referent = spans[span_index]
            if referent == _NO_CONCEPT:
                last = None
                continue
            # One name told twice in a row is one concept: "Joint Chiefs of Staff (JCS)".
            name_at = name_start - offset
            if not (
                last is not None
                and last.referent == referent
                and (last.end >= name_at or _SHORT_FORM_OPENS.fullmatch(text, last.end, name_at))
            ):
                if referent not in surface:
                    surface[referent] = text[name_at : name_end - offset]
                last = _Run([referent], [(start, name_end - offset)], False, referent)
                runs.append(last)
            previous_end = end
            continue
        if (
            last is not None
            and last.referent is None
            and last.terms[-1] in TURNING_PREFIXES
            and previous_end == start - 1
            and text[previous_end] == "-"
        ):
            # The prefix and its word are one concept.
            last.terms[-1] = f"{last.terms[-1]}-{word}"
            last.spans[-1] = (last.spans[-1][0], end)
            surface.setdefault(last.terms[-1], text[last.spans[-1][0] : end])
            previous_end = end
            continue
        if (
            last is not None
            and last.referent is None
            and last.terms[-1].startswith(NAME_NUMBER)
            and (
                token[0].isupper()
                or word.startswith(NAME_NUMBER)
                or (token[0].isdigit() and text[previous_end] == "-" and len(last.terms[-1]) > _SCORE_WIDTH)
            )
            and _RUN_GLUE.fullmatch(text, previous_end, start) is not None
        ):
            # A name's number and the words and numbers after it are one designation: "737 Max 9"
            # of "Boeing 737 Max 9" is one concept, as a model's name is one thing, and in any
            # order of its parts ("737-9 Max"); but a score after a team's name is no model's
            # ("Argentina 3-3 France").
            parts = {*last.terms[-1].removeprefix(NAME_NUMBER).split(), word.removeprefix(NAME_NUMBER)}
            last.terms[-1] = NAME_NUMBER + " ".join(sorted(parts))
            last.spans[-1] = (last.spans[-1][0], end)
            surface.setdefault(last.terms[-1], text[last.spans[-1][0] : end])
            previous_end = end
            continue
        if word not in surface:
            surface[word] = token
        capitalised = token[0].isupper()
        if (
            last is not None
            and last.capitalised
            and last.referent is None
            and (capitalised or (previous_end == start - 1 and text[previous_end] == "-"))
            and _RUN_GLUE.fullmatch(text, previous_end, start) is not None
        ):
            last.terms.append(word)
            last.spans.append((start, end))
        else:
            last = _Run([word], [(start, end)], capitalised)
            runs.append(last)
        previous_end = end
    return runs


def _phrase_concepts(text: str) -> Iterator[tuple[int, int, str]]:
    """Where ``text`` says in several words, or in initials, what is one concept, and that
    concept: a quarter or half of a year ("quarter:2"), a person's age ("age:25"), a chief
    officer ("officer:cto"). Most sentences hold none: cheap tests skip the patterns."""
    if _YEAR_PART_HINT.search(text):
        for match in _YEAR_PART.finditer(text):
            if match["ordinal"]:
                concept = f"{match['part'].lower()}:{_PERIOD_ORDINALS[match['ordinal'].lower()]}"
            elif match["half"]:
                concept = f"half:{match['half_number']}"
            else:
                concept = f"quarter:{match['number'] or match['number_first']}"
            yield match.start(), match.end(), concept
        for match in _PAST_YEAR_PART.finditer(text):
            compared = _COMPARED_BEFORE.search(text, max(0, match.start() - _COMPARED_WIDTH), match.start())
            if compared is None and (match["previous"] or match["year_ago"] or match["a_year_before"]):
                when = _PREVIOUS if match["previous"] else _YEAR_AGO
                yield match.start(), match.end(), match["part"].lower() + when
    if "old" in text or "Old" in text:
        for age in _AGE.finditer(text):
            if (years := _token_word(age["years"])) is not None and years.isdigit():
                yield age.start(), age.end(), f"age:{years}"
    if _OFFICER_HINT.search(text):
        for officer in _OFFICER.finditer(text):
            role = officer["initials"].lower() if officer["initials"] else _OFFICER_FIELDS[officer["field"].lower()]
            yield officer.start(), officer.end(), OFFICER + role


def _split_aliases(run: list[str], aliases: Mapping[tuple[str, ...], str]) -> list[tuple[str, int, int]]:
    """A run of terms with each known alias in it (longest first) replaced by its referent: each
    concept with the first and last index of its terms in the run."""
    concepts: list[tuple[str, int, int]] = []
    position = 0
    while position < len(run):
        for end in range(len(run), position, -1):
            referent = aliases.get(tuple(run[position:end]))
            if referent is not None:
                concepts.append(("@" + referent, position, end - 1))
                position = end
                break
        else:
            concepts.append((run[position], position, position))
            position += 1
    return concepts


def _concepts(
    text: str,
    offset: int,
    names: Names,
    spans: Sequence[Span],
    figures: Sequence[Figure],
    days: Mapping[str, str],
) -> tuple[list[str], list[int], dict[str, str]]:
    """Concepts of a sentence, the offset where each begins, and each concept's surface word;
    ``days`` gives the weekday of each relative day word."""
    # A named referent is one concept, and so is a calendar date among the sentence's figures:
    # "Sept. 11, 2023" shares neither its month nor its year with "September 12, 2023"; and so
    # is a share or a scaled sum (:func:`_amount_concept`).
    concept_spans = [(start, end, "@" + entity) for start, end, entity in spans]
    for f in figures:
        if f.kind == "date":
            concept_spans.append((f.start, f.end, _DATE_CONCEPT + f.value[-5:]))
        elif f.start >= offset and (amount := _amount_concept(f, text[f.start - offset : f.end - offset])):
            at, to, concept = amount
            concept_spans.append((f.start + at, f.start + to, concept))
    # A phrasal verb is one concept, its class's: "will go up" is "will rise".
    for phrasal in _PHRASAL_VERB.finditer(text):
        concept_spans.append(
            (offset + phrasal.start(), offset + phrasal.end(), PHRASAL_CLASS[phrasal["particle"].lower()])
        )
    concept_spans.extend((offset + start, offset + end, concept) for start, end, concept in _phrase_concepts(text))
    # A time that says only "soon" or "lately" is no concept at all, nor a place in a photo.
    for pattern in (_VAGUE_TIME, _PHOTO_POSITION):
        concept_spans.extend(
            (offset + found.start(), offset + found.end(), _NO_CONCEPT) for found in pattern.finditer(text)
        )
    surface: dict[str, str] = {}
    concepts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for run in _runs(text, offset, concept_spans, surface, days):
        if run.referent is None and run.capitalised and names.aliases:
            pieces = []
            for piece, first, last in _split_aliases(run.terms, names.aliases):
                if piece.startswith("@"):  # "FTX" of "FTX Crypto Failure", not the whole run
                    surface.setdefault(piece, text[run.spans[first][0] : run.spans[last][1]])
                pieces.append(piece)
        else:
            pieces = run.terms
        concepts.extend(pieces)
        starts.extend([run.start] * len(pieces))
        ends.extend([run.end] * len(pieces))
    # Words that only introduce a name are part of naming it: a title ("President Vladimir
    # Putin", "leader, Kim") or a place's description ("the far eastern port city of Vladivostok").
    naming = [False] * len(concepts)
    for index in range(len(concepts) - 2, -1, -1):
        introduces = concepts[index + 1].startswith("@") or naming[index + 1]
        if introduces and _NAME_GAP.fullmatch(text, ends[index], starts[index + 1]):
            naming[index] = concepts[index].startswith(OFFICER) or (
                not concepts[index].startswith("@") and introduces_a_name(surface.get(concepts[index], concepts[index]))
            )
    # A figure in brackets that restates the one before it ("1,180km (733 miles)", "£1bn
    # ($1.3bn)") says its amount again, in the unit another source may use: its amount is the
    # figure's other reading (:attr:`Profile.restating`), in the clause of the figure it restates.
    restated = {(f.start, f.end): figures[f.restates] for f in figures if f.restates is not None}
    kept: list[str] = []
    kept_starts: list[int] = []
    readings: dict[tuple[int, str], tuple[int, str]] = {}
    for index in range(len(concepts)):
        if naming[index]:
            continue
        if is_amount(concepts[index]) and (
            original := next((f for (start, end), f in restated.items() if start <= starts[index] + offset < end), None)
        ):
            said = [
                position
                for position, (concept, at) in enumerate(zip(kept, kept_starts, strict=True))
                if is_amount(concept) and original.start <= at + offset < original.end
            ]
            if said and concepts.count(concepts[index]) == 1:  # not said elsewhere in the sentence
                # Right after the amount it restates, so in its clause.
                at = said[-1]
                readings[(kept_starts[at], concepts[index])] = (kept_starts[at], kept[at])
                kept.insert(at + 1, concepts[index])
                kept_starts.insert(at + 1, kept_starts[at])
            continue
        kept.append(concepts[index])
        kept_starts.append(starts[index])
        # A named event or thing is also its head noun, by which other sources may call it:
        # "the Eastern Economic Forum" is "an international forum", "the World Cup" "the cup".
        if (head := _named_head(concepts[index], surface)) is not None:
            kept.append(head)
            kept_starts.append(starts[index])
    return kept, kept_starts, surface, readings


def _named_head(concept: str, surface: dict[str, str]) -> str | None:
    """The concept of the head noun that ends the name of the referent ``concept`` (as the
    sentence writes it, in ``surface``), if it is the kind of thing the name calls it
    ("Forum", "Cup", "Summit"); None for other concepts and names."""
    if not concept.startswith("@") or concept not in surface:
        return None
    last = surface[concept].rsplit(None, 1)[-1]
    if not last[:1].isupper() or last.casefold() not in OTHER_CUES:
        return None
    head = _token_word(last.casefold())
    if head is not None:
        surface.setdefault(head, last.casefold())
    return head


def _clauses(
    text: str, starts: list[int], concepts: list[str], unsaid: int = -1
) -> tuple[list[list[int]], frozenset[int]]:
    """Indices of each clause's ``concepts`` (which begin at ``starts``), and those that only
    say who reported the fact; the reporting verb at ``unsaid``, which a negation governs
    ("have not confirmed"), reports nothing."""
    bounds = [0]
    for match in _CLAUSE_BREAK.finditer(text):
        bounds.append(match.start())
    bounds.append(len(text) + 1)
    clauses: list[list[int]] = []
    attributed: set[int] = set()
    position = 0
    # The concepts of one word a comma ends, which join the clause after it.
    carried: list[int] = []
    for lower, upper in itertools.pairwise(bounds):
        members, carried = carried, []
        while position < len(starts) and starts[position] < upper:
            members.append(position)
            position += 1
        # One word and a comma is no clause but an item of a list, most often an adjective of
        # the noun after it: "The heavy, slow-moving, high-security train crossed ..." (a name
        # alone belongs to the clause before it: :func:`_join_names`).
        if (
            text.startswith(",", upper)
            and sum(term_of(word) is not None for word in text[lower:upper].strip(" ,").split()) == 1
            and not all(concepts[i].startswith("@") for i in members)
        ):
            carried = members
            continue
        if members:
            clauses.append(members)
            if _ATTRIBUTION.match(text, lower) or (_said_clause(text[lower:upper]) and not lower <= unsaid < upper):
                attributed.update(members)
    # "South Korea's military said the train crossed ...": the speaker opens the sentence.
    leading = _LEADING_CLAUSE.match(text)
    opens = leading.end() if leading else 0
    verb = _REPORTED.search(text, opens)
    if verb and verb.start() == unsaid:
        verb = None
    # A verb a comma or stop follows closes a fact already told ("They met, the Kremlin said, in ...").
    if (
        verb
        and len(text[opens : verb.start()].split()) <= SPEAKER_WORDS
        and len(text[verb.end() :].split()) >= 3
        and not _TOLD_BEFORE.match(text, verb.end())
        and not _ADDED_AN_AMOUNT.match(text, verb.start())
        and not _NOT_REPORTED_AFTER.search(text, max(0, verb.start() - 8), verb.start())
        and not _FACT_BEFORE_THE_VERB.fullmatch(text, opens, verb.start())
    ):
        # A quotation before the speaker is what was said ("'...,' the judges stated in ...").
        speaker = _last_quotation_end(text, verb.start()) or opens
        attributed.update(i for i, start in enumerate(starts) if speaker <= start < verb.end())
    # A few words after a quotation, up to a verb of saying: "'...,' they concluded", "'...,'
    # the minister wrote on Friday". Whose words they are is part of a quotation's fact, so a
    # speaker's name still counts in full, and so does where or when they were said.
    quoted = _last_quotation_end(text, len(text))
    if quoted is not None and len(text[quoted:].split()) <= SPEAKER_WORDS and (said := _SAID_LAST.search(text, quoted)):
        attributed.update(
            i for i, start in enumerate(starts) if quoted <= start < said.end() and not concepts[i].startswith("@")
        )
    # Only a sentence that names a day can date a report: the rest skip the slower pattern.
    for match in _REPORTED_DAY.finditer(text) if "day" in text.lower() else ():
        attributed.update(i for i, start in enumerate(starts) if start == match.start("day"))
    return clauses, frozenset(attributed)


def _join_names(
    clauses: list[list[int]], concepts: list[str], attributed: frozenset[int], text: str, starts: list[int]
) -> tuple[list[list[int]], frozenset[int]]:
    """Clauses with each clause of names alone (an apposition, ", Kim Jong-un,", or a place's
    place, ", Vladivostok, Russia.") joined to the clause before it. Names set right after a
    comma or bracket in who reported are who reported too ("according to the mediator, Qatar",
    "the Joint Chiefs of Staff (JCS)"); a place after a preposition is where the fact happened
    ("according to officials, in Vladivostok")."""
    joined: list[list[int]] = []
    reporters = set(attributed)
    for members in clauses:
        if joined and all(concepts[i].startswith("@") for i in members):
            if joined[-1][-1] in attributed and _APPOSED.search(text, 0, starts[members[0]]):
                reporters.update(members)
            joined[-1] = joined[-1] + members
        else:
            joined.append(members)
    return joined, frozenset(reporters)


def _last_quotation_end(text: str, end: int) -> int | None:
    """Where the last quotation of ``text`` before ``end`` closes on a mark ("limited,\""),
    if one does."""
    return max((match.end() for match in _QUOTE_CLOSED.finditer(text, 0, end)), default=None)


def _said_clause(clause: str) -> bool:
    """A short clause that ends on a reporting verb: ", officials said.", ", the text said", or
    names whom it was told: ", Mauger told reporters"."""
    words = clause.strip(" ,.;:").split()
    if len(words) >= 2 and words[-2] in ("told", "tells"):
        words = words[:-1]
    return 0 < len(words) <= SPEAKER_WORDS // 2 and _SAID_LAST.fullmatch(words[-1]) is not None


def profile(
    article_index: int,
    article: Article,
    sentence: Sentence,
    names: Names = NO_NAMES,
    figures: Sequence[Figure] = (),
) -> Profile:
    """The profile of one sentence of ``article`` (the ``article_index``-th of the corpus);
    ``figures`` are the sentence's figures as :func:`~readingdesk.analysis.figures.extract_figures`
    finds them (offsets into the article text): its dates, tolls and amounts."""
    text = article.sentence_text(sentence)
    offset = sentence.start
    # A dateline ("SEOUL, Sept. 12 (Yonhap) --", "DUNDALK —") says who and where from, not what happened.
    if opening := dateline(text):
        text = text[opening.end() :]
        offset += opening.end()
    concepts, starts, surface, readings = _concepts(
        text, offset, names, names.mentions.get(sentence.id, ()), figures, relative_days(article.date)
    )
    if toll := next((f for f in figures if is_toll(f)), None):
        _add_concept(concepts, starts, surface, DEATH, toll.start - offset, "toll")
    unsaid = -1
    if (not_known := _NOT_KNOWN.search(text)) is not None:
        _add_unknown(concepts, starts, surface, text, not_known)
        if not_known["verb"]:
            unsaid = not_known.start("verb")
    # Where each concept stands now that a toll or a thing not known may have been added.
    restating = {}
    if readings:
        position = {
            (start, concept): index for index, (start, concept) in enumerate(zip(starts, concepts, strict=True))
        }
        restating = {position[reading]: position[said] for reading, said in readings.items()}
    clauses, attributed = _clauses(text, starts, concepts, unsaid)
    clauses, attributed = _join_names(clauses, concepts, attributed, text, starts)
    terms = frozenset(concepts)
    return Profile(
        sentence=sentence,
        article_index=article_index,
        concepts=concepts,
        clauses=clauses,
        attributed=attributed,
        terms=terms,
        folded=" ".join(sorted(terms)),
        surface=surface,
        measures=_measures(concepts, [offset + start for start in starts], figures),
        restating=restating,
        named=_named(concepts, attributed, names.kinds, figures, _year_of(article.date)),
    )


def _named(
    concepts: list[str],
    attributed: frozenset[int],
    kinds: Mapping[str, str],
    figures: Sequence[Figure],
    this_year: int | None,
) -> Named:
    """The referents among ``concepts`` outside the attribution, by kind; the parts of a year;
    the weekdays and dates outside the attribution; the years before ``this_year`` (the
    article's; none where it is not known) among ``figures``, and the changes among them; the
    legs of a journey outside the attribution."""
    named: dict[str, set[str]] = {}
    for index, concept in enumerate(concepts):
        if concept.startswith("@") and index not in attributed and (kind := kinds.get(concept[1:])) in SUBJECT_KINDS:
            named.setdefault(kind, set()).add(concept)
        elif concept.startswith(_PERIOD_CONCEPTS):
            named.setdefault(PERIOD, set()).add(concept)
        elif index not in attributed and (concept in _WEEKDAYS or concept.startswith(_DATE_CONCEPT)):
            named.setdefault(WEEKDAY if concept in _WEEKDAYS else DATE, set()).add(concept)
    if legs := {
        _LEGS[concept] for index, concept in enumerate(concepts) if concept in _LEGS and index not in attributed
    }:
        named[LEG] = legs
    if changes := {_change(f) for f in figures if f.direction and isinstance(f.value, float | int)}:
        named[CHANGE] = changes
    if this_year is not None:
        years = {_year_of(str(f.value)) for f in figures if f.kind in _DATED}
        if past := {str(year) for year in years if year is not None and year < this_year}:
            named[PAST_YEAR] = past
    return {kind: frozenset(referents) for kind, referents in named.items()}


def _year_of(date: str | None) -> int | None:
    """The year of an ISO date or a year ("2019-04-25", "2019"); None for none ("--09-12")."""
    return int(date[:4]) if date and date[:4].isdigit() else None


def _change(figure: Figure) -> str:
    """A change as its signed size, in its kind's base unit where it has one: "-1.2 percent"."""
    if figure.base is not None:
        return f"{figure.direction * figure.base:g} {figure.kind}"
    return f"{figure.direction * float(figure.value):g} {figure.unit}"


def _add_concept(
    concepts: list[str], starts: list[int], surface: dict[str, str], concept: str, start: int, word: str
) -> None:
    """Add ``concept``, which the sentence says in other words (``word``, at ``start``), to the
    clause there, unless a word of the sentence already is it: a toll ("claimed the lives of
    820", "the fatality count rose to 53") is a death, as "killed 820" is, and "did not specify
    when" says a thing is unknown, as "unclear" does."""
    if concept in concepts:
        return
    at = bisect.bisect_right(starts, start)
    concepts.insert(at, concept)
    starts.insert(at, start)
    surface.setdefault(concept, word)


def _add_unknown(
    concepts: list[str], starts: list[int], surface: dict[str, str], text: str, not_known: re.Match[str]
) -> None:
    """Add that ``not_known`` says a thing is unknown, and each question it leaves open right
    after it ("unclear *when and where* they will meet", "did not say *how*"), in the clause
    that asks it: the question joins what is not known to the fact it is about."""
    word = "not " + not_known["verb"] if not_known["verb"] else not_known[0]
    _add_concept(concepts, starts, surface, UNKNOWN, not_known.start(), word)
    if asks := _IF_ASKS.match(text, not_known.end()):
        _add_concept(concepts, starts, surface, f"{UNKNOWN}:whether", asks.start(1), word)
    for question in _QUESTION.finditer(text, not_known.end(), not_known.end() + _QUESTION_REACH):
        _add_concept(concepts, starts, surface, f"{UNKNOWN}:{question[0].lower()}", question.start(), word)


def _measures(concepts: list[str], starts: list[int], figures: Sequence[Figure]) -> dict[int, str]:
    """What each amount among ``concepts`` measures, from the figure it stands in (``starts``
    and the figures' offsets are into the article text)."""
    measures: dict[int, str] = {}
    if not figures:
        return measures
    for index, (concept, start) in enumerate(zip(concepts, starts, strict=True)):
        figure = next((f for f in figures if f.start <= start < f.end), None) if is_amount(concept) else None
        if figure is not None and (what := measured(figure)):
            measures[index] = what
    return measures
