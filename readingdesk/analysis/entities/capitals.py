"""Sentences set in capitals ("SCHULZ DEFEATS RIBALTA IN IBF FIGHT."), read in the case the
corpus writes their words in, so that capitals say again which words are names.

A wire headline in capitals gives every word a capital; the name finder would take it for one
long name. Each word is written as the corpus writes it elsewhere ("Schulz", "defeats"), or,
where the corpus never writes it, as a word of its kind is written: an everyday word in lower
case, a country or a nationality with a capital, a short unknown word as initials ("IBF"),
a longer one as a name. The restored sentence has the length of the original, so every
offset found in it holds in the article's text.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

import Stemmer

from readingdesk.analysis.entities.gazetteer import (
    common_word,
    demonym_country,
    inflected_word,
    known_region,
    well_known_place,
)
from readingdesk.analysis.entities.mentions import SentenceEvidence
from readingdesk.analysis.entities.tokens import POSSESSIVE, WORD

# An unknown word in capitals this short or shorter is taken for initials ("IBF", "RW")
# unless it is as common as "hit" or "old" (Zipf frequency): news prints the best-known
# initials so often that they are frequent words too ("NBA", "BBC").
INITIALS_LENGTH = 4
EVERYDAY_SHORT = 5.0
# How common a longer word the corpus never writes must be to be put in lower case.
EVERYDAY = 3.0

_STEMMER = Stemmer.Stemmer("english")


class WrittenCase(NamedTuple):
    """How a corpus writes its words, where its case says something."""

    # Each word (folded, without an owner's 's): its form written most often.
    forms: dict[str, str]
    # The stems of the words it writes in lower case: "breathalys" of "breathalyse".
    lower_stems: frozenset[str]


def written_case(evidence: Iterable[SentenceEvidence]) -> WrittenCase:
    """How the corpus writes each word most often where its case says something, from what
    its sentences' case says (:func:`~readingdesk.analysis.entities.mentions.word_evidence`,
    of the sentences not set in capitals): in lower case, or capitalised alone or at the end
    of a name ("Schulz" of "Axel Schulz"); not inside one ("Hockey" of "National Hockey
    League"), nor where capitals say nothing (a sentence's first word, a headline in title
    case)."""
    counts: dict[str, Counter[str]] = {}
    lower_stems: set[str] = set()
    for found in evidence:
        for word in itertools.chain(found.ending, found.lower):
            word = POSSESSIVE.sub("", word)
            counts.setdefault(word.lower(), Counter())[word] += 1
        lower_stems.update(_STEMMER.stemWords([word.lower() for word in found.lower]))
    forms = {folded: written.most_common(1)[0][0] for folded, written in counts.items()}
    return WrittenCase(forms, frozenset(lower_stems))


def restore_case(text: str, case: WrittenCase) -> str:
    """``text``, set in capitals, with each word in the case the corpus writes it in (``case``)
    or its kind gives it. An everyday word stays in lower case where it opens the sentence,
    which then says plainly that it is no name ("boxing - Schulz ...")."""
    pieces: list[str] = []
    last = 0
    for match in WORD.finditer(text):
        pieces.append(text[last : match.start()])
        parts = match.group().split("-")
        pieces.append("-".join(_restored(part, case, alone=len(parts) == 1) for part in parts))
        last = match.end()
    pieces.append(text[last:])
    restored_text = "".join(pieces)
    return restored_text if len(restored_text) == len(text) else text


def _restored(word: str, case: WrittenCase, alone: bool = True) -> str:
    """One word in capitals, or a part of a hyphenated one (not ``alone``), in the case it is
    written in."""
    if len(word) > 3 and word[-2] in "'’" and word[-1] in "Ss":  # "FRIDAY'S"
        return _restored(word[:-2], case, alone) + word[-2] + "s"
    written = case.forms.get(word.lower())
    if written is not None and len(written) == len(word):
        return written
    titled = word.title()
    if len(word) == 1:
        return word  # an initial: "N" of "N.IRELAND"
    if not word.isalpha():
        return titled if "." in word else word  # "N.IRELAND", "U.S."; "AT&T", "F1"
    if len(word) <= INITIALS_LENGTH and alone:
        # "US", "IBF" stay initials; "IRAN" is a country, "FOR" and "WIN" everyday words.
        if len(word) > 3 and known_region(titled):
            return titled
        return word.lower() if common_word(word, EVERYDAY_SHORT) and not known_region(word) else word
    if well_known_place(titled) or demonym_country(titled):
        return titled
    if common_word(word, EVERYDAY) or _STEMMER.stemWord(word.lower()) in case.lower_stems or inflected_word(word):
        return word.lower()  # "BREATHALYSER" where the story says "breathalyse", "DEPRIVES"
    return titled
