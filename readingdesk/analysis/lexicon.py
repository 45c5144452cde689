"""Small general-English word lists the aligner uses: not story data.

- ``SYNONYM_CLASSES`` and ``SYNONYMS``: common news predicates that sources use
  interchangeably, as classes of Snowball stems, each stem in one class only,
  mapped to the first stem of its class.
- ``REPORTING``: attribution verbs and nouns; who said a thing is not the fact.
- ``NOT_KNOWN``: what says a thing is not known or not told ("remains unclear",
  "did not specify", "have not confirmed"): sources say it in many ways.
- ``PHRASAL_VERB`` and ``PHRASAL_CLASS``: phrasal verbs that say what a class says.
- ``REPORTING_VERB`` and ``REPORT_TIME``: the verbs that introduce what someone
  reported, and the words that may stand between such a verb and the day it
  was reported ("said Monday", "reported late on Monday"); ``SAYING_VERB``, those
  and the verbs of saying that close a quotation (", they concluded."), which the
  segmenter shares.
- ``VAGUE_TIME``: times no calendar tells, which say only "soon" or "lately"; ``PHOTO_POSITION``,
  where a caption places someone in its photo.
- ``HYPHEN_PREFIXES`` and ``TURNING_PREFIXES``: prefixes a hyphen joins to a word,
  and those of them that make it mean another thing.
"""

from __future__ import annotations

from readingdesk.corpus.segment import SAYING_VERBS

# fmt: off
SYNONYM_CLASSES = (
    "leav depart left exit", "travel trip journey visit tour", "meet met meeting summit",
    "weapon arm armament weaponri munit ammunit artilleri missil", "arriv reach", "kill dead die death fatal",
    "attack strike struck assault offens", "rebel insurg milit guerrilla", "wound injur injuri hurt",
    "presid president", "said say",
    "border frontier", "ceasefir truce", "buy bought purchas acquir", "sell sold suppli",
    "hold held", "begin began begun start commenc launch", "end finish conclud", "help aid assist",
    "increas rise rose grow grew climb soar surg jump",
    "decreas fall fell drop declin plung plummet slump tumbl reduc", "talk discuss negoti",
    "accompani escort", "expect anticip plan intend forecast predict", "attend particip", "confirm verifi",
    "peopl person",
    "ship vessel tanker freighter", "collid collis crash", "share stock", "earthquak quak tremor temblor",
    "unknown unclear uncertain", "fire sack oust dismiss",
    # Comparatives of time words, which the stemmer leaves apart: "early Tuesday", "earlier today".
    "earli earlier", "late later",
)
REPORTING = frozenset(
    """
said say report told tell state indic announc accord confirm ad quot underscor assur note claim
brief statement spokesperson spokesman spokeswoman sourc media outlet agenc news
""".split()
)
REPORTING_VERB = (
    r"\b(?:said|says|say|reported|reports|told|tells|announced|confirmed|confirms|stated|added|noted|quoted|claimed)\b"
)
# Verbs that close a quotation or a statement as its last words (", they concluded."): the
# reporting verbs, and verbs of saying that only report when they come after what was said.
SAYING_VERB = REPORTING_VERB.removesuffix(r")\b") + rf"|{SAYING_VERBS})\b"
REPORT_TIME = r"\s+(?:(?:on|late|early|last)\s+)*"
# Every way of saying it starts on "u", "n" or "w": the lookahead lets a search skip other letters fast.
NOT_KNOWN = (
    r"(?=[unw])(?:\b(?:unknown|unclear|uncertain)\b"
    r"|(?:\b(?:not|never|neither|nor|without)|n[’']t)\s+(?:\w+\s+){0,4}?"
    r"(?P<verb>known|clear|know|confirm(?:ed|ing)?|specif(?:y|ied|ying)|disclos(?:e|ed|ing)|say|said|saying)\b)"
)
# A verb and its particle that say what one word of a class says: "go up" is "rise".
PHRASAL_VERB = r"\b(?:go|goes|going|gone|went)\s+(?P<particle>up|down)\b"
# A time no calendar tells, which says only "soon" or "lately": "in the coming days", "in recent
# weeks", "shortly after". Sources add it or leave it out at will; it is no part of the fact.
VAGUE_TIME = (
    r"\b(?:(?:coming|next\s+few|past\s+few|last\s+few|recent)\s+(?:days|weeks|months)|soon|recently|shortly|lately)\b"
)
# Where someone stands in a photo, as a caption says it: "Putin (right) with Kim (L)". It is no
# part of the fact, and "left" there is no departure.
PHOTO_POSITION = r"\((?:left|right|cent(?:er|re)|[LRC])\)"
# Prefixes a hyphen joins to a word ("non-GAAP", "pre-IPO", "mid-March"), and those of them
# that make it mean another thing: "non-GAAP" is no kind of "GAAP", a "pre-tax" profit no
# profit, an "ex-minister" no minister; but a "co-founder" is a founder, "mid-March" in March.
TURNING_PREFIXES = frozenset("non pre post anti pro ex counter".split())
HYPHEN_PREFIXES = TURNING_PREFIXES | frozenset("semi multi sub co mid".split())
# fmt: on

SYNONYMS = {stem: group.split()[0] for group in SYNONYM_CLASSES for stem in group.split()}
PHRASAL_CLASS = {"up": SYNONYMS["rise"], "down": SYNONYMS["fall"]}
