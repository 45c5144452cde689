"""The words of a sentence as the name finder reads them: each with where it stands."""

from __future__ import annotations

import re
from typing import NamedTuple

from readingdesk.analysis.entities.gazetteer import WEEKDAYS_MONTHS, common_word

# The web domain a company may carry in its name ("Amazon.com").
WEB_DOMAIN = r"\.(?:com|net|org)\b"
# A word: initials with full stops ("U.S."), or letters and digits that hyphens, apostrophes, "&"
# or a number's decimal point join ("Jong-un", "AT&T", "1.65B"), with a web domain; a name's
# syllable set off by a stray space ("Kang Sun -nam") stays in its word.
WORD = re.compile(
    r"(?:[A-Z]\.){2,}|[^\W_]+(?:(?:[-’'&]|(?<=\d)[.,](?=\d)|(?<=[^\W\d_]) -(?=[a-z]{2,5}\b))[^\W_]+)*"
    + f"(?:{WEB_DOMAIN})?",
    re.UNICODE,
)

# A name with a participle or the like: "Singapore-flagged", "Kremlin-backed", "Moscow-based",
# "World Cup-winner".
_DESCRIBED = re.compile(
    r"(?P<name>[A-Z][^\W\d_]*)-(?P<word>[a-z]{2,}(?:ed|ing)|based|style|born|made|bound|owned|run|era|winners?)"
)

# An age written as one word: "Twenty-nine-year-old", "52-year-old"; no name.
AGE_WORD = re.compile(r"[\w-]+-(?:years?|months?)-old", re.I)

# A family name after an Arabic article: "al-Assad", "el-Sisi".
_ARTICLE_PREFIX = re.compile(r"(?:al|el|ad|ar|as|ash|at|az)-[A-Z]")

# An amount written as one word: a number with decimals or after a currency, then its scale
# ("1.65B", "$203M"); no name, though it holds a capital. "3M" alone may be the firm.
_AMOUNT_WORD = re.compile(r"\d[\d.,]*(?:[KMBT]|bn|mn|tn)")
_CURRENCY_SIGNS = "$€£¥₩₽"

# An owner's "'s", or the bare apostrophe of a plural owner, ending a word.
POSSESSIVE = re.compile(r"[’']s?$")


class Token(NamedTuple):
    """A word of a sentence and where it stands in it."""

    start: int
    end: int
    text: str

    @property
    def capitalised(self) -> bool:
        first = self.text[0]
        return (
            first.isupper()
            or (first.isdigit() and any(c.isupper() for c in self.text))
            or (first in "ae" and _ARTICLE_PREFIX.match(self.text) is not None)
        )

    @property
    def lower(self) -> str:
        return self.text.casefold()

    @property
    def calendar_word(self) -> bool:
        """A weekday or month, possessive or not ("Tuesday's wildfires")."""
        return POSSESSIVE.sub("", self.lower) in WEEKDAYS_MONTHS


def sentence_tokens(text: str) -> list[Token]:
    """The words of a sentence; a name with a described suffix ("Singapore-flagged",
    "Kremlin-backed") is the name and a lower-case word; an age ("Twenty-nine-year-old")
    or an amount ("$1.65B") is a word, however it is capitalised."""
    tokens: list[Token] = []
    for match in WORD.finditer(text):
        start, word = match.start(), match.group()
        if ("-" in word and AGE_WORD.fullmatch(word)) or (
            word[0].isdigit()
            and _AMOUNT_WORD.fullmatch(word)
            and ("." in word or "," in word or (start > 0 and text[start - 1] in _CURRENCY_SIGNS))
        ):
            tokens.append(Token(start, match.end(), word.lower()))
        elif "-" in word and (described := _DESCRIBED.fullmatch(word)) and common_word(described["word"], 2.5):
            cut = start + described.end("name")
            tokens.append(Token(start, cut, described["name"]))
            tokens.append(Token(cut + 1, match.end(), described["word"]))
        else:
            tokens.append(Token(start, match.end(), word))
    return tokens


def span(text: str, run: list[Token]) -> str:
    """The text a run of tokens covers, from its first word to its last."""
    return text[run[0].start : run[-1].end]
