"""Content terms of a sentence: normalised, stemmed, with offsets and weights.

Normalisation folds what differs between sources but not in meaning: case,
accents, quotes and apostrophes, hyphen/space variants of names (``Jong-un`` and
``Jong Un`` give the same terms), thousands separators, number words ("six" is
"6"), British and American spelling, and inflection (a Snowball stemmer).
Weights blend rarity in the corpus (IDF over sentences) with rarity in English
at large (wordfreq), so that a corpus of two articles still weighs words
sensibly.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from typing import NamedTuple

import numpy as np
import Stemmer
from wordfreq import zipf_frequency

from readingdesk.analysis.arrays import run_starts
from readingdesk.corpus.markup import URL

# A time of day: "7:30 p.m.", "6am", "10.30am", "6 AM", "19:30". One token, so that its hour is no
# count ("6 a.m." is not "six") and its minutes no amount of their own.
CLOCK = (
    r"\d{1,2}(?:[:.][0-5]\d)?(?:\s?[ap]\.m\b\.?|[ap]m\b|(?-i:\s?[AP]M\b))"
    r"|(?<![\d.,:])\d{1,2}:[0-5]\d(?![\d:])"
)
_CLOCK_TOKEN = re.compile(CLOCK, re.I)
# The hour, minutes and a.m. or p.m. of a token that is a time of day.
_CLOCK_PARTS = re.compile(r"(\d+)(?:[:.](\d\d))?\s?(?:([ap])\.?m\.?)?", re.I)
# Numbers keep their decimal point and lose thousands separators (and an ordinal its suffix); words keep
# inner apostrophes and split at hyphens, so "Jong-un" and "Jong Un" agree. A web
# address is one token, and no term: where a link points is not what a sentence says.
_TOKEN = re.compile(
    rf"(?P<url>{URL.pattern})|(?:{CLOCK})|\d+(?:[,.]\d+)*(?:(?:st|nd|rd|th)\b)?|[^\W\d_]+(?:['’][^\W\d_]+)*",
    re.UNICODE | re.I,
)
# The suffix of an ordinal written in digits ("72nd"): its term is the number.
_ORDINAL_SUFFIX = re.compile(r"(?<=\d)(?:st|nd|rd|th)$", re.I)
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
# The digits of a year as news writes one: 1800 to 2099.
YEAR_DIGITS = r"1[89]\d\d|20\d\d"
_YEAR = re.compile(YEAR_DIGITS)
# A quarter or half of a business year by its code: "Q2 2003", "H1".
YEAR_PART_CODE = re.compile(r"[QH][1-4]")

# fmt: off
STOP_WORDS = frozenset(
    """
a about above after again against all also am among an and any are aren't as at be because been
before being below between both but by can cannot could did do does doing down during each either
few for from further had has have having he her here hers herself him himself his how i if in into
is it its itself just least less let like made make many may me might more most much must my myself
neither no nor not now of off on once only or other ought our ours ourselves out over own per same
shall she should since so some such than that the their theirs them themselves then there these they
this those through thus to too under until up upon us very via was we were what when where whether
which while who whom whose why will with within without would yet you your yours yourself one ones
another still however already even ever often every much many several mr mrs ms dr
""".split()
)
# fmt: on

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}  # fmt: skip

_BRITISH = {
    "defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense",
    "programme": "program", "programmes": "programs", "catalogue": "catalog", "dialogue": "dialog",
    "analogue": "analog", "grey": "gray", "tyre": "tire", "tyres": "tires", "cheque": "check",
    "aluminium": "aluminum", "sceptical": "skeptical", "sceptic": "skeptic", "plough": "plow",
    "manoeuvre": "maneuver", "manoeuvres": "maneuvers", "gaol": "jail", "kerb": "curb",
    "practise": "practice", "storey": "story", "whilst": "while", "amongst": "among",
    # Abbreviations news text uses for the same word.
    "km": "kilometer", "kms": "kilometers", "kph": "kmh", "hrs": "hours", "hr": "hour",
    "jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june",
    "jul": "july", "aug": "august", "sep": "september", "sept": "september", "oct": "october",
    "nov": "november", "dec": "december", "govt": "government", "intl": "international",
}  # fmt: skip
# Roots whose British forms double the final l: travelling, cancelled, labelled.
_DOUBLE_L_ROOTS = frozenset(
    """
travel cancel label model fuel level signal counsel channel marvel tunnel total dial jewel duel
equal quarrel rival shovel pencil initial panel funnel libel enrol instal fulfil snorkel tranquil
annul dishevel grovel revel spiral
""".split()
)
_OUR = re.compile(r"^([a-z]{3,})our(s|ed|ing|ite|ites|able|ably|ful|less|er|ers|ism|ist)?$")
_OUR_KEEP = frozenset({"devour", "detour", "contour", "glamour", "paramour", "troubadour", "velour"})
_TRE = re.compile(r"^([a-z]{2,})(t|b)re(s|d)?$")
_DOUBLE_L = re.compile(r"^([a-z]+)ll(ing|ed|er|ers|ation)$")
_ISE = re.compile(r"^([a-z]{3,})(y|i)s(e|es|ed|ing|ation|ations|er|ers)$")

_stemmer = Stemmer.Stemmer("english")
# Adverbs in "-ily" at least this long ("daily" is shorter), and how common (Zipf) the adjective
# must be for the adverb to be taken for it (no "famy" of "family").
_ILY_LENGTH = 6
_COMMON_ZIPF = 3.0


def fold(word: str) -> str:
    """Case- and accent-free form of a word, with typographic apostrophes made plain."""
    word = word.casefold().replace("’", "'")
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def americanize(word: str) -> str:
    """American spelling of a folded British form (armoured, kilometres, travelling, analysed)."""
    if word in _BRITISH:
        return _BRITISH[word]
    if (match := _OUR.match(word)) and match[1] + "our" not in _OUR_KEEP:
        return f"{match[1]}or{match[2] or ''}"
    if match := _TRE.match(word):
        return f"{match[1]}{match[2]}er{match[3] or ''}"
    if (match := _DOUBLE_L.match(word)) and match[1] + "l" in _DOUBLE_L_ROOTS:
        return f"{match[1]}l{match[2]}"
    if match := _ISE.match(word):
        candidate = f"{match[1]}{match[2]}z{match[3]}"
        if zipf_frequency(candidate, "en") >= 2.0:
            return candidate
    return word


def adjective_of(word: str) -> str:
    """The adjective of an adverb in "-ily" ("heavily" is "heavy"), which the stemmer leaves
    apart from it ("heavili", "heavi"), where that adjective is a common word; else ``word``."""
    if len(word) >= _ILY_LENGTH and word.endswith("ily"):
        adjective = word[:-3] + "y"
        if zipf_frequency(adjective, "en") >= _COMMON_ZIPF:
            return adjective
    return word


@lru_cache(maxsize=200_000)
def term_of(token: str) -> str | None:
    """The comparable term of one token, or None for stop words and noise."""
    if token[0].isdigit():
        if _CLOCK_TOKEN.fullmatch(token) and (clock := _CLOCK_PARTS.fullmatch(token)):
            return _clock_term(clock)
        return _THOUSANDS.sub("", _ORDINAL_SUFFIX.sub("", token)).rstrip(".,")
    word = fold(token)
    if word.endswith("'s"):
        word = word[:-2]
    word = word.replace("'", "")
    if len(word) < 2 or word in STOP_WORDS:
        return None
    if word in NUMBER_WORDS:
        return str(NUMBER_WORDS[word])  # "six workers", "6 workers"
    return _stemmer.stemWord(americanize(adjective_of(word)))


def _clock_term(clock: re.Match[str]) -> str:
    """The term of a time of day, on the 24-hour clock where a.m. or p.m. tells ("7:30 p.m." is
    "19:30", "6 a.m." is "6:00"); a bare "7:30" stays as written."""
    hour, minutes, meridiem = int(clock[1]), clock[2] or "00", (clock[3] or "").lower()
    if meridiem:
        hour = hour % 12 + (12 if meridiem == "p" else 0)
    return f"{hour}:{minutes}"


def is_clock(term: str) -> bool:
    """Whether a term is a time of day ("19:30"; not a concept such as "date:09-12")."""
    return term[:1].isdigit() and ":" in term


def is_amount(term: str) -> bool:
    """Whether a term is a number other than a year: an amount, which another source may
    give differently for the same fact (a year dates it, so it stays telling)."""
    return term[:1].isdigit() and not is_year(term)


# Amounts up to this are days of the month, hours and small counts, which many facts share.
_SMALL_AMOUNT = 31
# The scales of sums, by power of ten, as the concept of a sum's number ends: "1.8bn" of
# "$1.75 billion" (:mod:`readingdesk.analysis.profiles`).
SCALE_MARKS = {3: "k", 6: "m", 9: "bn", 12: "tn"}
_SCALE_MARK = re.compile(r"(?<=\d)(?:" + "|".join(SCALE_MARKS.values()) + ")$")


def is_telling_amount(term: str) -> bool:
    """Whether an amount is precise enough that two sources giving it likely report one fact:
    a decimal ("6.8") or a number above the small ones with two significant digits or more
    ("820", "2700"); not a round one ("500", "1000"), which many facts share."""
    if not is_amount(term):
        return False
    # A share ("6.8%") and a sum ("6.8bn") are as telling as their numbers.
    term = _SCALE_MARK.sub("", term.removesuffix("%"))
    if is_clock(term):
        return not term.endswith(":00")  # "1:30 a.m."; not "6 a.m.", when many things happen
    if term.isascii() and term.isdigit():
        return int(term) > _SMALL_AMOUNT and len(term.rstrip("0")) >= 2
    return term.isascii()  # "6.8", "1,5"; not a superscript "²"


def tells_a_fact_alone(term: str) -> bool:
    """Whether an amount two sentences share may link them with no word besides: a telling
    one (:func:`is_telling_amount`) that is no share ("365" injured; not "0.5%", which an index
    and a currency may both move)."""
    return is_telling_amount(term) and not term.endswith("%")


def is_year(digits: str) -> bool:
    """Whether a number, as written, is a year ("2019", not "2,019" nor "19")."""
    return _YEAR.fullmatch(digits) is not None


class Term(NamedTuple):
    """One content term of a sentence: its comparable form and where it stands."""

    term: str
    start: int
    end: int
    capitalised: bool


def tokens_of(text: str) -> Iterator[tuple[str, int, int]]:
    """Each word and number of ``text`` (no web address) with its offsets: stop words too."""
    for match in _TOKEN.finditer(text):
        if match.lastgroup != "url":
            yield match.group(), match.start(), match.end()


def terms_of(text: str, offset: int = 0) -> Iterator[Term]:
    """Content terms of ``text`` with offsets shifted by ``offset``."""
    for token, start, end in tokens_of(text):
        term = term_of(token)
        if term is not None:
            yield Term(term, offset + start, offset + end, token[0].isupper())


@lru_cache(maxsize=200_000)
def background_rarity(word: str) -> float:
    """How rare a word (not a stem) is in English at large, from 0 (the) to 1 (unseen)."""
    if word[0].isdigit():
        return 1.0
    zipf = zipf_frequency(word, "en")
    return min(1.0, max(0.0, (7.5 - zipf) / 5.5))


# Terms rarer in the corpus than this are weighed in full; commoner ones (the story's
# topic: its main names, "train" in a story about a train) ever less.
TOPIC_IDF = 0.5


class TermWeights:
    """Weights of terms in one corpus: IDF over sentences blended with background rarity,
    learned over the whole corpus or over each group of its sentences (a story).

    A term weighs ``sqrt(idf) * rarity``, scaled down further where it is one of
    the story's topic words (``idf < TOPIC_IDF``): a word every source repeats
    in most sentences tells little about which fact a sentence reports, and a
    word common in English at large ("local", "time") tells little either.

    ``documents`` maps each term of a sentence to a surface word it stood for;
    a term's background rarity is that of its most common surface word, since
    stems themselves ("offici") are not words; a figure ("6", or "six") is rare
    however it is written. Terms are numbered in ``vocabulary`` in order of first use.
    """

    def __init__(self, documents: Iterable[Mapping[str, str]]) -> None:
        self.vocabulary: dict[str, int] = {}
        terms: list[int] = []
        rarities: list[float] = []
        sizes: list[int] = []
        # Words recur across sentences: each is folded and looked up once.
        rarity_of: dict[str, float] = {}
        for document in documents:
            sizes.append(len(document))
            for term, word in document.items():
                terms.append(self.vocabulary.setdefault(term, len(self.vocabulary)))
                if term[0].isdigit():
                    rarities.append(1.0)
                elif (rarity := rarity_of.get(word)) is not None:
                    rarities.append(rarity)
                else:
                    rarities.append(rarity_of.setdefault(word, background_rarity(fold(word))))
        self.count = len(sizes)
        # One entry per (document, term): which document, which term, how rare its word is.
        self._document = np.repeat(np.arange(self.count), sizes)
        self._term = np.asarray(terms, dtype=np.int64)
        self._rarity = np.asarray(rarities)
        self.df = np.bincount(self._term, minlength=len(self.vocabulary))

    def weights(self) -> np.ndarray:
        """The weight of each term of the vocabulary, learned over every document."""
        rarity = np.ones(len(self.vocabulary))
        np.minimum.at(rarity, self._term, self._rarity)
        return _weigh(self.df, np.full(len(self.df), self.count), rarity)

    def group_weights(self, groups: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Weights learned over each group of documents alone (``groups[d]`` is document
        ``d``'s, from 0): the sorted keys ``group * len(vocabulary) + term`` of the terms each
        group holds, and their weights there."""
        width = len(self.vocabulary)
        key = groups[self._document] * width + self._term
        order = np.argsort(key, kind="stable")
        key = key[order]
        first = run_starts(key)
        keys = key[first]
        df = np.diff(np.r_[first, len(key)])
        rarity = np.minimum.reduceat(self._rarity[order], first) if len(first) else np.zeros(0)
        count = np.bincount(groups)[keys // width]
        return keys, _weigh(df, count, rarity)


def _weigh(df: np.ndarray, count: np.ndarray, rarity: np.ndarray) -> np.ndarray:
    """The weights of terms found in ``df`` of ``count`` sentences, of words as rare as ``rarity``."""
    idf = np.minimum(1.0, np.log((count + 1) / (df + 1) + 1) / np.log(count + 1))
    return np.sqrt(idf) * rarity * np.minimum(1.0, idf / TOPIC_IDF)
