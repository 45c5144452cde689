"""Finding name mentions in a sentence, with offsets into the article text.

A mention starts as a run of capitalised words joined by spaces, hyphens or
apostrophes, with connectors inside (``Central Committee of the Workers'
Party``). Then the rules a reader applies: a sentence-initial capital is a name
only if the word is no everyday word or is a common given name before another
name word ("John Kirby said"; so is the first word after a label such as
``Photos:``); in a headline set in title case only words that are names by
themselves count; titles are not part of the name (the part after the last
title is a person); weekdays, months and nationality words are not names on
their own; a possessive ``'s`` is left out; ``Singapore-flagged`` is a name and
a word; an acronym in parentheses after a name defines it (``Joint Chiefs of
Staff (JCS)``) and trims the name to the words it abbreviates. What kind of
thing each name is, ``kinds`` reads from its words and the words around it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import NamedTuple

from readingdesk.analysis.entities.aliases import spells
from readingdesk.analysis.entities.gazetteer import (
    BARE_LEGAL_FORMS,
    COMPASS,
    COMPOUND_RANKS,
    FAITH_WORDS,
    FIRM_HEADS,
    GENERATIONS,
    GIVEN_NAME_PARTICLES,
    HOLIDAYS,
    LEGAL_FORMS,
    NAME_CONNECTORS,
    NAME_PARTICLES,
    NEWS_AGENCIES,
    ORG_CUES,
    PLACE_ABBREVIATIONS,
    PUBLIC_BODY_HEADS,
    ROLE_NOUNS,
    SECTOR_CUES,
    WEEKDAYS_MONTHS,
    common_word,
    demonym_country,
    inflected_word,
    is_descriptive,
    is_family_name,
    is_generic_initials,
    is_given_name,
    is_title,
    known_country,
    known_place,
    known_region,
    two_word_demonym,
    us_state,
    well_known_place,
)
from readingdesk.analysis.entities.kinds import (
    beats_a_name,
    before_a_region,
    cue_type,
    is_acronym,
    kind_before,
    kind_of,
    organisation_context,
    partners,
    party_and_state,
    place_noun_before,
)
from readingdesk.analysis.entities.model import EntityType
from readingdesk.analysis.entities.tokens import POSSESSIVE, WORD, Token, sentence_tokens, span
from readingdesk.analysis.lexicon import HYPHEN_PREFIXES, REPORTING_VERB
from readingdesk.analysis.terms import CLOCK, STOP_WORDS, YEAR_DIGITS, YEAR_PART_CODE
from readingdesk.corpus.segment import dateline

_CONNECTORS = NAME_CONNECTORS | {"of the", "for the", "for a", "on"}
# The fewest letters of a lede's first word set in capitals (see ``_set_in_capitals``).
_SHOUTED_LENGTH = 5
# A nationality word this frequent (Zipf) is read as one before a given name, though it is a
# given name too ("German Axel Schulz"); "Francis" (4.4) is a name.
_NATIONALITY_FIRST = 4.5
# Endings of participles: "Hooded", "Speaking".
_PARTICIPLES = ("ing", "ed")
# The longest abbreviation of a place a dateline gives, its stop included: "Calif.", "Mass.".
_ABBREVIATED_PLACE = 6
# The quotes around a nickname inside a person's name: Gerardo "Tata" Martino.
_NICKNAME_OPENS = re.compile(r" [\"“]")
_NICKNAME_CLOSES = re.compile(r"[\"”] ")
# A number in Roman numerals alone, a variant's letter after it or not: "clade II", "clade Ib".
_ROMAN_NUMBER = re.compile(r"[IVX]{1,4}[ab]?")
# A hyphen with a blank on both sides is a dash between two things: "Geneva, Switzerland - The WHO".
_GLUE = re.compile(r"(?:\s+|-\s*|\s+-(?!\s)|[’']\s+|\s+&\s+)")
# An owner in the plural before a name: "RealNetworks' Rhapsody" (not "the Workers' Party").
_PLURAL_OWNER = re.compile(r"[’']\s+")
# A market's code for a share or an index: "Goldman Sachs GS.N", "ING ING.AS", ".SPX", "<.DJI>",
# "[RABN.UL]", "[$INDU]": letters a name goes by on a trading screen, no name in the sentence.
_INSTRUMENT_CODE = re.compile(
    r"(?<![\w.$])[<\[(]?(?:\.?[A-Z][A-Z0-9]{1,5}\.[A-Z]{1,2}|\.[A-Z]{2,5}|(?<=\[)\$[A-Z]{2,6})(?!\w|\.\w)[>\])]?"
)
# A credit rating ("BBB+", "AA-", Moody's "Baa1", or "AAA rating"): a grade, no organisation's
# initials ("the BBB", the Better Business Bureau, stays).
_RATING_GRADE = re.compile(
    r"(?<![\w.$+-])(?:(?:A{1,3}|B{1,3}|C{1,3})[+-](?![\w+-])|(?:Aa|Baa|Ba|Caa)[1-3](?!\w)"
    r"|(?:A{1,3}|B{1,3}|C{1,3}|Aaa|(?:Aa|A|Baa|Ba|B|Caa)[1-3])"
    r"(?=[\s-]+(?:credit\s+|debt\s+|issuer\s+|sovereign\s+)?(?:ratings?|grades?|rated)\b))"
)
# Words that open offices and names more often than they are titles, but are titles before a
# given name: "Police Chief John Pelletier", "General Mark Milley", "Justice Sonia Sotomayor"
# (not "Department of Justice").
_TITLES_BEFORE_A_GIVEN_NAME = frozenset({"chief", "general", "justice", "justices"})
# Words that open sentences and never names: conjunctions ("But Bankman-Fried's lawyer said"),
# and adverbs written before a name with no comma ("Meanwhile Parliament voted").
_SENTENCE_OPENERS = frozenset(
    """but and or nor yet although though because while whereas however meanwhile yesterday tomorrow
    tonight later earlier also instead overall separately additionally finally similarly recently
    currently previously eventually initially""".split()
)
# Everyday adjectives that, capitalised before another capitalised word, open an institution's
# or a firm's name far more often than they describe one ("National Grid", "Federal Reserve");
# not before a nationality ("Central European countries").
_NAME_OPENING_ADJECTIVES = frozenset("national federal royal united international central supreme great grand".split())
# Roles that open a sentence before a name, said of people, teams or firms: "Defender Hassan
# Abbas rose", "Officials Hassan Nasrallah and ...", "Hosts UAE play Kuwait", "Rival AMD slipped".
_OPENING_ROLES = ROLE_NOUNS | frozenset("official host holder champion newcomer veteran rookie rival".split())
# A time of day just before a word in capitals makes it a time zone: "7:37 p.m. ET", "14:00 GMT".
_CLOCK_BEFORE = re.compile(rf"(?:{CLOCK})\s*$", re.IGNORECASE)
_ABBREVIATION_GLUE = re.compile(r"\.\s")
# Capitals of a code after a word, and the number after them, not a year nor a measure's:
# "Flight ET 302", "Route US 1"; not "the UK 10-year yield".
_CODE = re.compile(r"[A-Z]{2,3}")
# A number or code just before a word: the word names a model of it ("737-9 Max", "iPhone 15 Pro").
_CODE_BEFORE = re.compile(r"\d[\w-]*\s+$")
_CODE_NUMBER = re.compile(rf" (?!(?:{YEAR_DIGITS})\b)\d{{1,4}}\b(?![.,:]\d|-)")
# Words a number after them names: "Flight 1282", "Route 66", "Interstate 95".
_NUMBERED_HEADS = frozenset({"flight", "route", "highway", "interstate"})
# The numbers of a variant or a version after its letters: "JN.1", "XBB.1.5".
_VERSION_AFTER = re.compile(r"(?:\.\d+)+(?![\w.]|,\d)")
# Words in quotation marks, none of them a mark of a clause: a title ("Gone with the Wind").
_QUOTED = re.compile(r"[\"“](?P<words>[A-Z][\w’'-]*(?: [\w’'-]+){1,9})[\"”]")
# What joins the names of a list: "Auburn, Lisbon and Sabattus".
_LIST_GLUE = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_LIST_CLOSE = re.compile(r"\b(?:and|or)\b")
# Particles inside a holder's name after a title: "President Ursula von der Leyen".
_HOLDER_PARTICLES = NAME_PARTICLES | GIVEN_NAME_PARTICLES
# A member of a party, after the place they represent: "a Florida Republican".
_PARTY_MEMBERS = frozenset({"democrat", "democrats", "republican", "republicans"})
# Words a number after them makes a grade on a scale, no name: "a Category 4 hurricane", "Level 3".
_GRADES = frozenset("category level phase stage grade tier class type step size".split())
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Z.&]{1,9})\)")
# A title and "of" before a run: "Secretary of Defense ...", "Director of the ...".
_TITLE_OF = re.compile(r"\b([A-Z][a-z]+)\s+(?:of|for)\s+(?:the\s+)?$")
# The definite article before a run of capitalised words, right before it or before one word
# that describes it: "the Federal Reserve", "the Coast Guard", "the triangular World Series".
# Capitals after it, mid-sentence, make a name even of everyday words.
_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[a-z][a-z-]*\s+)?$")
# What may follow a name that closes its phrase: an owner's "'s", a stop, a word that opens
# another phrase ("joined Human Rights Watch in 2010") or a verb in the past ("the deal with
# Energy Transfer closed"); not a noun it modifies ("a Search and Rescue team") nor a connector
# that goes on with it ("Urban Search and Rescue").
_CLOSES_A_NAME = re.compile(
    r"[’']s\b|\s*(?:[,.;:)!?\"”]|$)"
    r"|\s+(?:in|on|at|to|from|with|by|since|after|before|as|is|was|has|had|said|says|who|which|that|[a-z]{2,}ed)\b"
)
_OWNER = re.compile(r"[’']s$")
# A capitalised word or one in capitals standing alone: not inside a hyphenated or dotted name,
# an owner's "'s" allowed.
_BARE_WORD = re.compile(r"(?<![\w’'.-])(?:[A-Z][a-z]+|[A-Z]{3,})(?![\w-])")
# A reporting verb right after a word: the word is whoever spoke ("Green said", "Young told").
_SPEAKER_BEFORE = re.compile(r",?\s+" + REPORTING_VERB)
# A capitalised word next: a title before a name ("Bishop Michael Curry").
_TITLE_BEFORE_A_NAME = re.compile(r"\s+[A-Z]")
# A label that opens a headline or caption: "Photos:", "Update:", "WATCH -".
_LABEL = re.compile(r"[A-Z][A-Za-z]{1,15}\s?(?::|\s-)\s+")
# The first letter of a capitalised word.
_WORD_CAPITAL = re.compile(r"(?<![\w’'.-])[A-Z]")
# The end of a sentence of running prose: a stop, maybe inside a quotation or brackets.
_PROSE_END = re.compile(r"[.!?…][\"”’')\]]*\s*$")
# How frequent (Zipf) a word before a rare name must be to describe it, in prose and in a headline.
_DESCRIBING_ZIPF = {False: 3.9, True: 3.0}
# Suffixes of derived everyday words, which are seldom names ("Tragically", "Rescuers").
_DERIVED = re.compile(r"(?:ly|ities|ness|ments?|tions?|ways|ers)$")
# A heading with every word capitalised has at most this many words.
_HEADING_WORDS = 16
# Small words that names keep in lower case ("Bank of America"), which only title case capitalises.
_SMALL_CAPITALISED = frozenset("for of and in on to with at by from".split())
# The short words a headline in title case leaves in lower case.
TITLE_CASE_SMALL = frozenset(
    "a an the and but or nor for so yet as at by in of off on per to up via vs v with from into over"
    # Longer prepositions, which some styles keep in lower case ("... Says after Seeing the Bridge Topple").
    " after amid about above among before below near onto than upon past since until".split()
)
# Place heads that take "of": "Republic of Korea", "Sea of Japan", "Gulf of Mexico".
_OPEN_PLACES = frozenset({"republic", "kingdom", "emirates", "sea", "gulf", "bay", "isle", "cape", "lake"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """A name found in a sentence, before merging: offsets are into the sentence text."""

    start: int
    end: int
    type: EntityType | None
    titled: bool = False
    acronym_of: tuple[int, int] | None = None


def blank_market_codes(text: str) -> str:
    """``text`` with each market code of a share or an index ("GS.N", ".SPX") and each credit
    rating ("BBB+") blanked out, every other character where it was."""
    if "." in text or "$" in text:
        text = _INSTRUMENT_CODE.sub(_blank, text)
    return _RATING_GRADE.sub(_blank, text)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _common_noun_initials(token: Token) -> bool:
    """Initials the news uses for a common noun, no name ("AI", "EVs", "GDP"), also after a
    prefix ("Non-GAAP", "Pre-IPO")."""
    prefix, _, word = token.text.rpartition("-")
    letters = (word if prefix.casefold() in HYPHEN_PREFIXES else token.text).replace(".", "")
    return letters.removesuffix("s").isupper() and is_generic_initials(letters)


def _runs(
    tokens: list[Token], text: str, lower_words: frozenset[str], lone_names: frozenset[str] = frozenset()
) -> Iterator[list[Token]]:
    """Maximal runs of capitalised tokens, with connectors kept inside.

    A possessive ends a run ("Russia's TASS" is two names; so is "Trump's Cabinet" where the
    corpus names Trump alone, ``lone_names``); a connector joins
    only after a head word ("Ministry of Defense", not "Pyongyang for Russia"),
    or "and" between two everyday words ("Search and Rescue", not "Kim and Putin").
    """
    run: list[Token] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.capitalised:
            if run and not _glued(run[-1], token, text) and not _portfolio_list_goes_on(run, tokens, i, text):
                yield run
                run = []
            if not run:
                run = _particles_before(tokens, i, text)  # "said von der Leyen"
            run.append(token)
            i += 1
            owned = tokens[i] if i < len(tokens) else None
            if _OWNER.search(token.text) and (
                _owner_is_a_name(run, text) or _a_persons_name_at(owned) or _named_alone(run, lone_names, lower_words)
            ):
                yield run
                run = []
            continue
        if run:
            width = _connector_width(tokens, i, run, text, lower_words)
            if width:
                run.extend(tokens[i : i + width])
                i += width
                continue
            yield run
            run = []
        i += 1
    if run:
        yield run


def _glued(last: Token, token: Token, text: str) -> bool:
    """Whether ``token`` goes on the run that ``last`` ends: "Kim Jong-un"; across the full stop
    of an abbreviation that opens a name, "St. Louis", "Gov. Wes Moore", or of an initial,
    "S. Jaishankar" (not "Plan B. Then"); after an everyday word in the plural and its
    apostrophe, "Workers' Party" (not "RealNetworks' Rhapsody", an owner and its thing)."""
    if _PLURAL_OWNER.fullmatch(text, last.end, token.start):
        return common_word(last.text, 3.0) and not is_given_name(token.text)  # not "CBS News' Jonathan Vigliotti"
    if _GLUE.fullmatch(text, last.end, token.start):
        return True
    return _ABBREVIATION_GLUE.fullmatch(text, last.end, token.start) is not None and (
        last.text in PLACE_ABBREVIATIONS
        or last.lower == "bros"  # "Warner Bros. Discovery"
        or _abbreviated_title(last, text)
        or (_initial(last) and (_initial(token) or not common_word(token.text, 5.0)))
    )


def _initial(token: Token) -> bool:
    """One capital letter: an initial of a name ("H." and "W." of "George H. W. Bush")."""
    return len(token.text) == 1 and token.text.isupper()


def _a_persons_name_at(token: Token | None) -> bool:
    """Whether ``token`` opens a person's name by a given name: what follows an owner's "'s" is
    then that person, however everyday the owner's name ("Labour's Jon Ashworth")."""
    return token is not None and token.capitalised and is_given_name(token.text)


def _named_alone(run: list[Token], lone_names: frozenset[str], lower_words: frozenset[str]) -> bool:
    """Whether a one-word owner is a word the corpus capitalises alone, never writes in lower
    case, and that cues no kind of name: "Trump" of "Trump's Cabinet"; not "Navy" of "Navy's
    High Command"."""
    if len(run) != 1:
        return False
    owner = POSSESSIVE.sub("", run[0].text)
    return owner in lone_names and owner.casefold() not in lower_words and cue_type([owner]) is None


def _owner_is_a_name(run: list[Token], text: str) -> bool:
    """ "Russia's TASS" is two names; "People's Republic" and "Navy's High Command" are one."""
    run = [t for t in run if not is_stop(t.text)]
    if not run:
        return False
    owner = POSSESSIVE.sub("", span(text, run))
    if known_place(owner) or (len(run) == 1 and owner.isupper()):
        return True
    # An organisation's full name owns what follows: "Pfizer Inc's RSV vaccine", "the World
    # Health Organization's European office"; one word may open a name ("Navy's High Command").
    last = POSSESSIVE.sub("", run[-1].lower)
    if len(run) > 1 and (last.rstrip(".") in LEGAL_FORMS or cue_type([last]) == "ORG"):
        return True
    # "Elon Musk's Tesla", "Real Madrid's Balkan strike force" (a name that ends on a place's is
    # one, however common a word the place is); not "People's Republic", "Navy's High Command"
    # nor "St Mary's Church" (a given name).
    last_word = POSSESSIVE.sub("", run[-1].text)
    return not common_word(last_word, 4.0) or (len(run) > 1 and known_place(last_word) and not is_given_name(last_word))


def _connector_width(tokens: list[Token], i: int, run: list[Token], text: str, lower_words: frozenset[str]) -> int:
    """How many tokens at ``i`` connect the run to a following capitalised word (0: none)."""
    if particles := _particles(tokens, i, text, run[-1].end):
        return particles  # "Ursula von der Leyen", "Rio de Janeiro"
    if _particle_after_a_given_name(tokens, i, run, text):
        return 1  # "Erik ten Hag", "Marc-Andre ter Stegen"
    if tokens[i].lower == "and" and text[run[-1].end : tokens[i].start].isspace() and i + 1 < len(tokens):
        if _defined_across_and(tokens, i + 1, run, text):
            return 1  # "Nippon Telegraph and Telephone Corp (NTT)"
        if any(t.lower in ("of", "for") for t in run) and _ends_an_organisation(tokens, i + 1, text, plural=True):
            return 1  # "Federation of Red Cross and Red Crescent Societies": the plural head spans both
        if _ends_an_organisation(tokens, i + 1, text) and not _names_alone(run) and not _opens_a_name(tokens[i + 1]):
            return 1  # "Cybersecurity and Infrastructure Security Agency", not "FBI and Justice Department"
        if _portfolios_of_one_body(run[-1], tokens, i + 1, text):
            return 1  # "House Energy and Commerce Committee", "Communications and Transportation Ministry"
        if tokens[i + 1].capitalised and _everyday(run[-1], lower_words) and _everyday(tokens[i + 1], lower_words):
            return 1  # "Urban Search and Rescue", "Health and Human Services"
        # Rarer words close a body's name after its "of": "Allergy and Infectious Diseases",
        # "Alcohol, Tobacco, Firearms and Explosives".
        if any(t.lower in ("of", "for") for t in run) and _everyday_words_follow(tokens, i + 1, _PORTFOLIO_ZIPF):
            return 1  # "Centers for Disease Control and Prevention", "Ministry of Foreign Affairs and Trade"
    head = cue_type([run[-1].text])
    # "Office for the Coordination of Humanitarian Affairs": the office's name goes on, but not
    # into a place ("Ministry of Foreign Affairs of Russia").
    named_on = head is None and cue_type([t.text for t in run]) == "ORG"
    if named_on:
        head = "ORG"
    if head is None or (head == "PLACE" and len(run) >= 2 and run[-1].lower not in _OPEN_PLACES):
        # "Friendship Bridge of the Tuman River" is two places; "Gulf of Mexico" is one.
        return 0
    for width in (2, 1):
        words = tokens[i : i + width]
        if len(words) == width and " ".join(w.lower for w in words) in _CONNECTORS:
            nxt = tokens[i + width] if i + width < len(tokens) else None
            if (
                nxt is not None
                and nxt.capitalised
                and not (words[0].lower == "on" and (nxt.calendar_word or known_place(nxt.text)))  # "Council on Monday"
                and (not is_title(nxt.text) or _plural_title(nxt))  # "Council of Ministers"
                and not (named_on and known_place(nxt.text))
            ):
                return width
    return 0


def _defined_across_and(tokens: list[Token], start: int, run: list[Token], text: str) -> bool:
    """Whether initials in brackets after the capitalised words from ``start`` on spell the
    whole name of ``run``, an "and" and those words: "Nippon Telegraph and Telephone Corp (NTT)"."""
    end = _capitalised_until(tokens, start, text)
    defined = _ACRONYM_AFTER.match(text, tokens[end - 1].end) if end > start else None
    return defined is not None and spells(defined[1], text[run[0].start : tokens[end - 1].end])


def _particles(tokens: list[Token], i: int, text: str, after: int) -> int:
    """How many name particles ("von der", "bin") stand at ``i``, a space apart from the word
    that ends at ``after`` and from the capitalised word that follows them (0: none)."""
    width = 0
    while (
        width < 2
        and i + width < len(tokens)
        and tokens[i + width].text in NAME_PARTICLES
        and text[after : tokens[i + width].start] == " "
    ):
        after = tokens[i + width].end
        width += 1
    following = tokens[i + width] if width and i + width < len(tokens) else None
    if following is None or text[after : following.start] != " ":
        return 0
    return width if following.capitalised and not is_title(following.text) else 0


def _particle_after_a_given_name(tokens: list[Token], i: int, run: list[Token], text: str) -> bool:
    """Whether a particle that is also an everyday word ("ten", "ter") stands at ``i`` between a
    given name that ends ``run`` and a capitalised word that is no everyday one ("Erik ten
    Euros" is no name), a space apart from both."""
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        tokens[i].text in GIVEN_NAME_PARTICLES
        and following is not None
        and following.capitalised
        and not common_word(following.text, 4.5)
        and is_given_name(run[-1].text.split("-")[0])
        and text[run[-1].end : tokens[i].start] == " "
        and text[tokens[i].end : following.start] == " "
    )


def _particles_before(tokens: list[Token], i: int, text: str) -> list[Token]:
    """The name particles just before the capitalised word at ``i``, a space apart ("von der"
    of "von der Leyen"), when that word is no day, month or title."""
    if tokens[i].calendar_word or is_title(tokens[i].text):
        return []
    start = i
    while (
        start > 0
        and i - start < 2
        and tokens[start - 1].text in NAME_PARTICLES
        and text[tokens[start - 1].end : tokens[start].start] == " "
    ):
        start -= 1
    return list(tokens[start:i])


def _everyday(token: Token, lower_words: frozenset[str]) -> bool:
    """A capitalised word the corpus also writes in lower case, and no day, month or place."""
    return token.lower in lower_words and not token.calendar_word and not known_place(token.text)


def _everyday_words_follow(tokens: list[Token], start: int, zipf: float = 4.0) -> bool:
    """Whether capitalised words stand at ``start``, and all are everyday English words that
    are no given name, place, nationality or organisation's head: the rest of a long name ("...
    and Prevention"), not another name ("... and Kim Jong Un", "... and Wells Fargo", "... and
    Russian media", "... and Ministry of Finance")."""
    end = start
    while end < len(tokens) and tokens[end].capitalised:
        if not _plain_word(tokens[end], zipf):
            return False
        end += 1
    return end > start


def _plain_word(token: Token, zipf: float = 4.0) -> bool:
    """An English word at least ``zipf`` common that is no given name, place, nationality or
    organisation's head."""
    return (
        common_word(token.text, zipf)
        and not is_given_name(token.text)
        and not known_place(token.text)
        and not demonym_country(token.text)
        and cue_type([token.text]) != "ORG"
    )


# How common in English each word of a listed portfolio is at least: "Firearms", "Fisheries".
_PORTFOLIO_ZIPF = 3.5


def _portfolio_list_goes_on(run: list[Token], tokens: list[Token], start: int, text: str) -> bool:
    """Whether a comma after ``run``, a body named for its portfolios ("Bureau of Alcohol"),
    goes on listing them up to an "and" that closes the name: "Bureau of Alcohol, Tobacco,
    Firearms and Explosives", "Department for Environment, Food and Rural Affairs"; not a list
    of names after one ("Bank of England, Paris and Berlin")."""
    head = next((t for t in run if not is_stop(t.text)), None)
    if not (
        head is not None
        and cue_type([head.text]) == "ORG"
        and any(t.lower in ("of", "for") for t in run)
        and text[run[-1].end : tokens[start].start] == ", "
    ):
        return False
    position = start
    while (
        position + 1 < len(tokens) and tokens[position].capitalised and _plain_word(tokens[position], _PORTFOLIO_ZIPF)
    ):
        following = tokens[position + 1]
        gap = text[tokens[position].end : following.start]
        if following.lower == "and" and gap == " ":
            return _everyday_words_follow(tokens, position + 2, _PORTFOLIO_ZIPF)
        if not (following.capitalised and gap in (" ", ", ")):
            return False
        position += 1
    return False


def _names_alone(run: list[Token]) -> bool:
    """Whether a run names something whole before an "and": initials ("the FBI") or words that
    end in an organisation's head ("U.S. Coast Guard"), so what follows is another name."""
    return is_acronym(run[-1].text) or cue_type([run[-1].text]) == "ORG"


def _portfolios_of_one_body(last: Token, tokens: list[Token], start: int, text: str) -> bool:
    """Whether ``last``, a field of activity that heads firms' names too ("Energy",
    "Communications"), and the everyday capitalised words from ``start`` on are the portfolios
    of one public body that ends them: "Energy and Commerce Committee" (not "Duke Energy and
    Southern Company", two firms)."""
    end = _capitalised_until(tokens, start, text)
    if end - start < 2 or _bare(last) not in SECTOR_CUES or tokens[end - 1].lower not in PUBLIC_BODY_HEADS:
        return False
    return all(_plain_word(t) for t in tokens[start : end - 1])


def _opens_a_name(token: Token) -> bool:
    """Whether a word after "and" opens a name of its own: a place ("... and Maryland State
    Police") or an organisation's head ("... and Ministry of Finance")."""
    return known_place(token.text) or cue_type([token.text]) == "ORG"


def _ends_an_organisation(tokens: list[Token], start: int, text: str, plural: bool = False) -> bool:
    """Whether the capitalised words from ``start`` on, a space apart, end in an organisation's
    head word (in the plural, ``plural``); not a firm's legal form nor the word that ends a
    firm's name, since "Microsoft and Amazon.com Inc" and "Ford and General Motors" are two
    firms (one is "Procter & Gamble")."""
    end = _capitalised_until(tokens, start, text)
    last = tokens[end - 1] if end > start else None
    if last is None or (plural and not last.lower.endswith("s")):
        return False
    head = last.lower.rstrip(".")
    return cue_type([last.text]) == "ORG" and head not in LEGAL_FORMS and head not in FIRM_HEADS


def _capitalised_until(tokens: list[Token], start: int, text: str) -> int:
    """Where the capitalised words from ``start`` on, a space apart, end."""
    end = start
    while (
        end < len(tokens) and tokens[end].capitalised and (end == start or _spaced(tokens[end - 1], tokens[end], text))
    ):
        end += 1
    return end


def _spaced(before: Token, after: Token, text: str) -> bool:
    """Whether only blanks stand between two tokens: "Red Crescent", not "Societies (IFRC"."""
    return text[before.end : after.start].isspace()


def _shouting(token: Token) -> bool:
    """An everyday word or common noun in capitals: FILE, PHOTO, CEO."""
    return token.text.isalpha() and token.text.isupper() and len(token.text) > 2 and not is_acronym(token.text)


def _initials_of_a_kind(run: list[Token]) -> bool:
    """Common initials that open an organisation's name ("DVD Copy Control Association"), where
    before a person's ("CEO Tim Cook") they are only a title."""
    return is_generic_initials(run[0].text) and len(run) > 1 and cue_type([t.text for t in run]) == "ORG"


def _time_zone(token: Token, text: str) -> bool:
    """Capitals right after a time of day: "ET" of "7:37 p.m. ET", "GMT" of "14:00 GMT"; or the
    time's own "AM" of "6 AM ET"."""
    return (
        token.text.isupper()
        and len(token.text) <= 5
        and any(_CLOCK_BEFORE.search(text, 0, end) for end in (token.start, token.end))
    )


def _trim_edges(run: list[Token], text: str) -> list[Token]:
    """``run`` without the connectors, shouted everyday words and calendar words at its ends;
    capitals after "the" in ``text`` are initials ("the WHO") and stay, and so does a generation
    that ends a person's name ("III")."""

    def shouted(token: Token) -> bool:
        return _shouting(token) and not _initials_after_the(token, text)

    def generation(token: Token) -> bool:  # "Martin Luther King III", not "Phase III"
        return token.lower in GENERATIONS and any(is_given_name(t.text) for t in run[:-1])

    while run and (
        run[-1].lower in _CONNECTORS
        or run[-1].lower in ("the", "and")
        or (shouted(run[-1]) and not generation(run[-1]))
    ):
        run = run[:-1]
    while run and ((shouted(run[0]) and not _initials_of_a_kind(run)) or run[0].lower in ("and", "of", "for")):
        run = run[1:]
    while run and run[0].calendar_word:
        run = run[1:]
    while run and run[-1].calendar_word:
        run = run[:-1]
    if len(run) > 1 and run[-1].lower in HOLIDAYS and known_place(span(text, run[:-1])):
        run = run[:-1]  # "the Luxembourg Christmas market": the place's, a time of year
    return run


def _bare(token: Token) -> str:
    return POSSESSIVE.sub("", token.lower)


def _only_descriptive(run: list[Token]) -> bool:
    """Nationality adjectives, compass words, faiths and the like: "North Korean", "Russian",
    "Algerian Moslem", and such words joined by a hyphen ("Israeli-held", "Russian-Ukrainian")."""
    if len(run) >= 2 and two_word_demonym(run[0].text, POSSESSIVE.sub("", run[1].text)):
        run = run[2:]  # "Sri Lankan", "New Zealander"
    return all(
        is_descriptive(_bare(t)) or _bare(t) in COMPASS or _bare(t) in FAITH_WORDS or _described_by(t.text) for t in run
    )


def _described_by(word: str) -> bool:
    """Nationality words joined to each other or to a word in lower case that says how:
    "Israeli-held", "Russian-Ukrainian"."""
    first, *rest = word.split("-")
    return (
        bool(rest) and is_descriptive(first) and all(w.isalpha() and (w.islower() or is_descriptive(w)) for w in rest)
    )


def _descriptive_words(run: list[Token]) -> int:
    """How many nationality and compass words open ``run``, its last word aside."""
    k = 2 if len(run) > 2 and two_word_demonym(run[0].text, POSSESSIVE.sub("", run[1].text)) else 0  # "New Zealander"
    while k < len(run) - 1 and (is_descriptive(_bare(run[k])) or _bare(run[k]) in COMPASS):
        k += 1
    return k


def _organisation_run_on(run: list[Token]) -> int:
    """Where an organisation's name that opens on a nationality and ends on its head word runs
    into another name with no stop between them ("Ethiopian Airlines Boeing", "South African
    Airways Airbus"): the position after the head word, or 0. A connector ("Ministry of ...") or
    another head word ("Air Force", "Airlines Holdings") goes on with the name."""
    k = _descriptive_words(run)
    if k == 0 or k >= len(run) - 1 or _bare(run[k]) not in ORG_CUES:
        return 0
    after = run[k + 1]
    if after.lower in _CONNECTORS or _bare(after) in ORG_CUES or is_acronym(after.text) or not after.text[0].isupper():
        return 0
    return k + 1


def _strip_descriptive(run: list[Token]) -> list[Token]:
    """ "South Korean Ministry of National Defense": the nationality is not part of the name
    when what follows starts with an institution's head word and goes on, or is an acronym
    ("Uruguayan UN"); "Russian Navy" and "Russian Air Force" keep it, or every country's navy
    and air force would be one."""
    if known_place(" ".join(t.text for t in run)):
        return run
    if len(run) > 1 and _described_by(run[0].text):
        return _strip_descriptive(run[1:])  # "the Soviet-led Warsaw Pact", "a Saudi-led Coalition"
    k = _descriptive_words(run)
    if 0 < k < len(run) - 1 and _bare(run[k]) in ORG_CUES and not _head_words_alone(run[k:]):
        return run[k:]
    if 0 < k < len(run) and is_given_name(run[k].text) and not any(_given_name_first(t.text) for t in run[:k]):
        # "Moroccan Mohamed Benchaou", "German Axel Schulz", "Brazilian Marcelo"; not "Francis
        # Scott Key Bridge"
        return run[k:]
    if 0 < k == len(run) - 1 and is_acronym(POSSESSIVE.sub("", run[k].text)):
        return run[k:]  # "Uruguayan UN peacekeepers", "Russian FSB officers"
    if len(run) > 2 and run[0].lower in _PARTY_MEMBERS and is_given_name(run[1].text):
        return run[1:]  # "Republican Glenn Youngkin": a party, as a nationality, describes him
    return run


def _given_name_first(word: str) -> bool:
    """A word that reads as a nationality but is a given name first ("Francis"); one as frequent
    as "German" is a nationality first, whatever the census says."""
    return is_given_name(word) and not common_word(word, _NATIONALITY_FIRST)


def _head_words_alone(run: list[Token]) -> bool:
    """Institution head words and nothing else ("Air Force", "Coast Guard", "Armed Forces"):
    a service every state has, which only its nationality names."""
    return all(_bare(t) in ORG_CUES for t in run)


def _only_everyday_words(
    run: list[Token],
    text: str,
    lower_words: frozenset[str],
    in_prose: bool = False,
    *,
    repeated_names: frozenset[str] = frozenset(),
) -> bool:
    """ "Use Only", "Pool", "Science": capitalised everyday words with nothing to make them a name.
    ``in_prose``: the run stands mid-sentence in running prose, where two capitalised words or
    more that close a phrase are a name ("joined Human Rights Watch in 2010"); a word the corpus
    capitalises alone again and again (``repeated_names``) is one too ("Apple reported ...")."""
    if cue_type([t.text for t in run]) or known_place(span(text, run)) or partners(run, text):
        return False
    if _a_repeated_name(run, text, repeated_names, lower_words):
        return False
    if _numbered(run[-1], text):
        return False  # "Flight 1282", "Route 66"
    if _opens_a_full_name(run, text):
        return False  # "Mark Smith", "Will Young"
    words = [t.text for t in run if t.lower not in _CONNECTORS]
    if any(is_descriptive(w) or known_country(w) for w in words):
        return False  # "Russian Far East", "Air France": a nationality or country inside a name makes it one
    # "the Federal Reserve", "New York Stock Exchange composite trading"; not names run together
    # into a modifier ("the Russia-North Korea border").
    compound = any("-" in w for w in words)
    if len(words) >= 2 and not compound and (_THE_BEFORE.search(text, 0, run[0].start) or _holds_a_place(words)):
        return False
    in_capitals = len(run) >= 2 and all(t.text[0].isupper() for t in run)
    if in_prose and in_capitals and not compound and _CLOSES_A_NAME.match(text, run[-1].end):
        return False
    if len(run) == 1 and _initials_after_the(run[0], text):
        return False
    return all(w.casefold() in lower_words or common_word(w, 4.6) for w in words) and not any(
        is_acronym(w) for w in words
    )


def _a_repeated_name(run: list[Token], text: str, repeated_names: frozenset[str], lower_words: frozenset[str]) -> bool:
    """Whether ``run`` is one everyday word that the corpus capitalises alone more than once
    (``repeated_names``) and never writes in lower case: "Apple reported ...", "beat Trump"; not
    the name of a model after its number ("the Boeing 737-9 Max")."""
    if len(run) != 1:
        return False
    word = POSSESSIVE.sub("", run[0].text)
    return (
        word in repeated_names
        and word[1:].islower()  # a word, not initials ("R&D")
        and word.casefold() not in lower_words
        and not _CODE_BEFORE.search(text, 0, run[0].start)
    )


def _initials_after_the(token: Token, text: str) -> bool:
    """Short capitals after "the" that spell an everyday word and are no common noun's initials:
    "according to the WHO" names an organisation; "the CEO" does not, nor "the PHOTO"."""
    word = token.text
    return (
        2 <= len(word) <= 4
        and word.isalpha()
        and word.isupper()
        and not is_generic_initials(word)
        and _THE_BEFORE.search(text, 0, token.start) is not None
    )


def _joined_names(token: Token) -> list[Token]:
    """The names a hyphen joins into one word when one of them is a country or a region: "the
    Russia-Ukraine war", "a stable US-China relationship", "the Israel-Hamas ceasefire"; none for
    one name written so ("Guinea-Bissau", "Coca-Cola") nor for a name and a word ("Kremlin-backed")."""
    parts = token.text.split("-")
    if len(parts) < 2 or known_place(token.text) or not all(len(part) > 1 and part[0].isupper() for part in parts):
        return []  # nor a party and state ("R-Texas")
    if not any(known_region(part) for part in parts):
        return []
    found, start = [], token.start
    for part in parts:
        found.append(Token(start, start + len(part), part))
        start += len(part) + 1
    return found


def _holds_a_place(words: list[str]) -> bool:
    """Whether two or more words in a row of ``words`` name a place ("New York Stock Exchange")."""
    return any(known_place(" ".join(words[i:j])) for i in range(len(words) - 1) for j in range(i + 2, len(words) + 1))


def find_candidates(
    text: str,
    known_names: frozenset[str] = frozenset(),
    lower_words: frozenset[str] = frozenset(),
    lone_names: frozenset[str] | None = None,
    repeated_names: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """Name candidates in one sentence.

    ``known_names`` are words the corpus capitalises mid-sentence, ``lower_words``
    the words it also writes in lower case (so "Science" there is no name), ``lone_names``
    those of ``known_names`` it capitalises alone or to end a name (all, when not given), and
    ``repeated_names`` those it capitalises alone more than once (``WordEvidence.repeated``):
    an everyday word among them that it never writes in lower case is a name ("Apple",
    "Google", "Trump").
    """
    lone_names = known_names if lone_names is None else lone_names
    tokens = sentence_tokens(text)
    opening = dateline(text)
    first_words = _name_openings(text, tokens[0].start if tokens else None, opening)
    words = [t.text for t in tokens]
    title_case = _title_case(text, words)
    prose = _in_prose(words)
    candidates = _dateline_names(opening) + ([] if title_case else _quoted_titles(text))
    taken = {token.start for token in tokens for c in candidates if c.start <= token.start < c.end}
    defined_at: set[int] = set()
    for run in _runs(tokens, text, lower_words, lone_names):
        run = [token for token in run if token.start not in taken]
        if not run or run[0].start in defined_at:
            continue
        if title_case:
            # In a headline set in title case, capitals say nothing: keep the words that are names.
            run = _name_words(run, known_names)
            if not run:
                continue
        if run[0].start in first_words and _everyday_opening(run, text, known_names, lower_words, lone_names):
            run = run[1:]
        while run and ((is_stop(run[0].text) and not _initials_after_the(run[0], text)) or _time_zone(run[0], text)):
            run = run[1:]
        run = _trim_edges(run, text)
        if not run:
            continue
        if len(run) == 1 and (parts := _joined_names(run[0])):
            candidates.extend(_candidate(text, [part], None, False) for part in parts)
            continue
        if state := _state_after_city(run, text):
            candidates.append(state)
            continue
        if len(run) > 1 and run[-1].lower in _PARTY_MEMBERS and known_region(span(text, run[:-1])):
            candidates.append(_candidate(text, run[:-1], "PLACE", False))  # "a Pennsylvania Democrat"
            continue
        institutions, run, titled = _after_titles(run, text, lower_words)
        candidates.extend(institutions)
        if not run:
            continue
        if _only_descriptive(run) or (len(run) == 1 and run[0].calendar_word):
            continue
        if len(run) > 1 and _only_descriptive(run[:-1]) and is_title(run[-1].text) and not cue_type([run[-1].text]):
            continue  # "an expelled Slovak MP", "the Russian President": an office, no name
        if len(run) == 1 and (
            len(run[0].text) < 2
            or _common_noun_initials(run[0])
            or is_title(POSSESSIVE.sub("", run[0].text))  # "the District Attorney’s office"
            or run[0].lower.rstrip(".") in BARE_LEGAL_FORMS
            or party_and_state(run[0].text)
            or YEAR_PART_CODE.fullmatch(run[0].text)
            or _ROMAN_NUMBER.fullmatch(run[0].text)
            or text.startswith("$", run[0].end)  # a currency: "US$ 24 billion", "HK$5"
            or (run[0].lower in _GRADES and _CODE_NUMBER.match(text, run[0].end) is not None)
        ):
            continue
        if (
            not titled
            and _only_everyday_words(
                run,
                text,
                lower_words,
                # The words after a name-opening adjective are capitalised mid-sentence.
                prose and (run[0].start not in first_words or run[0].lower in _NAME_OPENING_ADJECTIVES),
                repeated_names=repeated_names,
            )
            and not organisation_context(text, run[0].start, run[-1].end)
        ):
            continue
        # An acronym defined right after the name: keep the words it abbreviates
        # ("White House National Security Council (NSC)" names two organisations).
        defined = _ACRONYM_AFTER.match(text, run[-1].end)
        if defined and (defined.start(1) in taken or (len(run) == 1 and is_acronym(POSSESSIVE.sub("", run[0].text)))):
            # A dateline's agency: "LAHAINA, Hawaii (AP) —"; initials need no initials, so after
            # them the brackets hold another name ("NASA's (DART) effort").
            defined = None
        spelled = False
        if defined:
            suffix = _initials_suffix(run, defined.group(1))
            spelled = suffix is not None and len(run) - suffix > 1
            if suffix:
                prefix = _strip_descriptive(_trim_edges(run[:suffix], text))
                if prefix and not _only_descriptive(prefix) and not _only_everyday_words(prefix, text, lower_words):
                    candidates.append(_candidate(text, prefix, None, False))
            if suffix is not None:
                run = run[suffix:]
        if len(run) > 2 and run[-1].lower == "flight" and _bare(run[-2]) in ORG_CUES:
            # "Alaska Airlines Flight 1282": the airline, then its flight.
            candidates.append(_candidate(text, run[:-1], "ORG", False))
            run = run[-1:]
        if split := _organisation_run_on(run):
            # "Ethiopian Airlines Boeing 737": the airline, then the maker.
            candidates.append(_candidate(text, run[:split], None, False))
            run = run[split:]
        run = _strip_descriptive(run)
        if not run:
            continue
        if not titled and _name_before_country(run, text, known_names):
            # "that Putin North Korea would like": two names run together, the second a country.
            candidates.append(_candidate(text, run[:1], None, False))
            run = run[1:]
        candidate = _candidate(text, run, "PERSON" if titled else None, titled)
        # Initials that spell the words of the name before them are its acronym even where they
        # spell a word too: "Immigration and Customs Enforcement (ICE)".
        if defined and (is_acronym(defined.group(1)) or (spelled and defined.group(1).isupper())):
            defined_at.add(defined.start(1))
            candidates.append(candidate)
            candidates.append(
                Candidate(defined.start(1), defined.end(1), candidate.type, False, (candidate.start, candidate.end))
            )
        else:
            candidates.append(candidate)
    candidates.sort(key=lambda c: c.start)
    return _lists_of_one_kind(_with_nicknames(candidates, text), text)


def _lists_of_one_kind(candidates: list[Candidate], text: str) -> list[Candidate]:
    """Candidates with the names of a list of three or more that "and" or "or" closes read as
    one kind: the untyped ones as places where at least two are places, or a noun for places
    comes before the list, and none is anything else ("schools in Auburn, Lisbon and Sabattus",
    "the towns of Amatrice, Accumoli and Pescara del Tronto"; not "to Nairobi, Kenya, BlackBox Nigeria
    reports"), and those a preposition made places as organisations where a firm is listed
    ("from Microsoft, Meta Platforms and Alphabet"). Two names are read by
    :func:`_pair_of_one_kind`."""
    typed = list(candidates)
    start = 0
    while start < len(typed):
        end = start + 1
        while end < len(typed) and _LIST_GLUE.fullmatch(text, typed[end - 1].end, typed[end].start):
            end += 1
        listed = typed[start:end]
        places = [c for c in listed if c.type == "PLACE" or (c.type is None and known_place(text[c.start : c.end]))]
        closed = len(listed) >= 3 and _LIST_CLOSE.search(text, listed[-2].end, listed[-1].start) is not None
        named_places = len(places) >= 2 or place_noun_before(text, listed[0].start)  # "the towns of ..."
        if len(listed) == 2 and _LIST_CLOSE.search(text, listed[0].end, listed[1].start):
            typed[start:end] = _pair_of_one_kind(listed, text)
        elif closed and named_places and all(_may_be_a_place(c, text) for c in listed):
            typed[start:end] = [replace(c, type="PLACE") for c in listed]
        elif closed and any(c.type == "ORG" for c in listed) and all(_may_be_an_organisation(c, text) for c in listed):
            # "from Microsoft, Meta Platforms and Alphabet": the preposition is the list's, not
            # the first name's alone, and a firm's name in the list says what that name is.
            typed[start:end] = [replace(c, type="ORG") if c.type == "PLACE" else c for c in listed]
        start = end
    return typed


def _pair_of_one_kind(pair: list[Candidate], text: str) -> list[Candidate]:
    """Two names that "and" or "or" join after words giving them a kind: the second, of no kind,
    takes the first's where it is that kind ("in Brittany and Normandy", "across Cornwall and
    Devon", "shares in Shell and TotalEnergies"); not "between Israel and Hamas", whose
    preposition says nothing of kinds."""
    first, second = pair
    kind = kind_before(text, first.start)
    if kind is None or second.type is not None:
        return pair
    if kind == "PLACE" and (first.type == "PLACE" or known_place(text[first.start : first.end])):
        if _may_be_a_place(second, text):
            return [replace(first, type="PLACE"), replace(second, type="PLACE")]
    elif kind == "ORG" and first.type == "ORG" and _may_be_an_organisation(second, text):
        return [first, replace(second, type="ORG")]
    return pair


def _may_be_an_organisation(candidate: Candidate, text: str) -> bool:
    """Whether a listed candidate may be an organisation: one already, or of no kind, or a place
    by the words around it alone (no place known by the name); not a given name and more."""
    name = text[candidate.start : candidate.end]
    if candidate.type not in (None, "ORG", "PLACE") or (candidate.type == "PLACE" and known_place(name)):
        return False
    return candidate.type == "ORG" or " " not in name or not is_given_name(name.split()[0])


def _may_be_a_place(candidate: Candidate, text: str) -> bool:
    """Whether nothing makes a candidate anything but a place: no kind, and not a given name
    and more ("Tom Smith")."""
    if candidate.type not in (None, "PLACE"):
        return False
    name = text[candidate.start : candidate.end]
    return " " not in name or known_place(name) or not is_given_name(name.split()[0])


def _with_nicknames(candidates: list[Candidate], text: str) -> list[Candidate]:
    """Candidates with a person's quoted nickname kept inside the name: ``Gerardo "Tata" Martino``
    is one person, where the nickname alone would read as a name of its own."""
    merged: list[Candidate] = []
    index = 0
    while index < len(candidates):
        first, *rest = candidates[index : index + 3]
        if len(rest) == 2:
            nickname, last = rest
            given = WORD.match(text, first.start)
            if (
                _NICKNAME_OPENS.fullmatch(text, first.end, nickname.start)
                and _NICKNAME_CLOSES.fullmatch(text, nickname.end, last.start)
                and given is not None
                and is_given_name(given.group())
            ):
                merged.append(Candidate(first.start, last.end, "PERSON", first.titled or last.titled))
                index += 3
                continue
        merged.append(first)
        index += 1
    return merged


def _after_titles(
    run: list[Token], text: str, lower_words: frozenset[str]
) -> tuple[list[Candidate], list[Token], bool]:
    """A run read for titles: the institution before the last title (as candidates), what
    remains to name, and whether a title introduced it (then it names a person).

    "Foreign Minister Choe Son-hui" and "Maryland Gov. Wes Moore" name a person after the
    title; "Secretary of Defense Lloyd Austin" names the holder after the office; "Director
    of Public Affairs" names no one; "US Navy Director" names the navy.
    """
    if cue_type([t.text for t in run]) is not None and not _holder_named_after(run):
        return [], run, False
    office = _TITLE_OF.search(text, 0, run[0].start)
    if office and _office_word(office[1]):
        holder = _office_holder(run, lower_words)
        if holder is None and len(run) > 1:
            return [], [], False
        if holder:
            return [], run[holder:], True
    title_at = _last_title(run)
    if title_at < 0 and len(run) > 1 and _office_word(run[-1].text):
        institution = _trim_edges(run[:-1], text)
        if institution and (cue_type([t.text for t in institution]) or known_place(span(text, institution))):
            return [], institution, False
    if title_at < 0:
        return [], run, False
    before, after = _trim_edges(run[:title_at], text), run[title_at + 1 :]
    # The rest of a rank of several words: "Air Commodore", "Lieutenant General".
    following = run[title_at]
    while before and (
        _office_word(before[-1].text)  # "Chief Executive", "General Manager"
        or following.lower in COMPOUND_RANKS.get(before[-1].lower, ())
    ):
        following = before[-1]
        before = _trim_edges(before[:-1], text)
    while len(after) > 1 and after[0].lower in COMPOUND_RANKS.get(run[title_at].lower, ()):
        after = after[1:]
    # "Tesla CEO Elon Musk", "Hamas leader Yahya Sinwar": a name before the title, if it is
    # more than everyday words ("Senior Adviser"); before a minister or secretary, only an
    # institution or a place: the rest is the portfolio ("Interior Minister").
    portfolio = run[title_at].lower.startswith(("minister", "secretar", "commissioner"))
    named_before = (
        bool(before)
        and not _only_descriptive(before)
        and not _lone_place_head(before)
        and (
            cue_type([t.text for t in before]) is not None
            or known_place(span(text, before))
            or (not portfolio and not _only_everyday_words(before, text, lower_words))
        )
    )
    if named_before and (places := _places_in_turn(before, text)):
        return [_candidate(text, place, "PLACE", False) for place in places], after, True
    if portfolio and not named_before and (institution := _institution_opening(before, text)):
        # "Maine Public Safety Commissioner", "NATO Secretary-General", "UK Home Secretary"
        return [institution], after, True
    # A service before its chief's title is an organisation: "Maui Fire Chief ...".
    service: EntityType | None = "ORG" if _service_before_title(before, text) else None
    return ([_candidate(text, before, service, False)] if named_before else []), after, True


def _places_in_turn(run: list[Token], text: str) -> tuple[list[Token], list[Token]] | None:
    """Two places the gazetteer knows, one after the other, that are not one place together:
    "Manhattan US" of "Manhattan US Attorney", "Ohio US" of "Ohio US Senator"."""
    if known_place(span(text, run)):
        return None
    return next(
        (
            (run[:k], run[k:])
            for k in range(1, len(run))
            if known_place(span(text, run[:k])) and known_place(span(text, run[k:]))
        ),
        None,
    )


def _institution_opening(run: list[Token], text: str) -> Candidate | None:
    """The institution that opens the words before a portfolio's title: initials ("NATO", "UK",
    "FDA") or the longest place the gazetteer knows ("Maine" of "Maine Public Safety")."""
    if run and is_acronym(POSSESSIVE.sub("", run[0].text)):
        return _candidate(text, run[:1], None, False)
    place = next((run[:k] for k in range(len(run) - 1, 0, -1) if known_place(span(text, run[:k]))), None)
    return _candidate(text, place, "PLACE", False) if place else None


def _service_before_title(run: list[Token], text: str) -> bool:
    """A name and then an everyday word, as a public service or a company's branch is named
    before its chief's title ("Maui Fire", "Los Angeles Fire", "Acme Water"): a person's name
    does not end in one."""
    name = run[:-1]
    return (
        bool(name)
        and common_word(run[-1].text)
        and (not all(common_word(t.text) for t in name) or known_place(span(text, name)))
    )


def _holder_named_after(run: list[Token]) -> bool:
    """Whether an institution's name ends in an office and its holder's name of two words or
    more: "Federal Reserve Chairman Jerome Powell", "Bank of Japan Governor Kazuo Ueda"; not an
    institution with a title inside ("Council of Ministers", "Council of Ministers Office"). The
    holder's name may hold particles: "European Commission President Ursula von der Leyen"."""
    title_at = _last_title(run)
    holder = run[title_at + 1 :]
    return (
        title_at > 0
        and len(holder) >= 2
        and all((t.capitalised and t.lower not in _CONNECTORS) or t.text in _HOLDER_PARTICLES for t in holder)
        and cue_type([t.text for t in holder]) is None
    )


def _plural_title(token: Token) -> bool:
    """A title in the plural ("Ministers", "Governors"), which names a body's members, not the
    office of one person named after it."""
    return token.lower.endswith("s") and is_title(token.text[:-1])


def _office_word(word: str) -> bool:
    """A title, or a word that is one before a given name, as it opens an office: "Chief of
    Staff", "General of the Army"."""
    return is_title(word) or word.lower() in _TITLES_BEFORE_A_GIVEN_NAME


def _last_title(run: list[Token]) -> int:
    """Where the last title word before the run's end stands (-1: none). A title word before a
    generation alone ends a name: "Martin Luther King Jr." has no king; a word of
    ``_TITLES_BEFORE_A_GIVEN_NAME`` is a title before a given name only."""
    return max(
        (
            k
            for k, t in enumerate(run[:-1])
            if (is_title(t.text) or (t.lower in _TITLES_BEFORE_A_GIVEN_NAME and is_given_name(run[k + 1].text)))
            and not _generation_only(run[k + 1 :])
        ),
        default=-1,
    )


def _generation_only(tokens: list[Token]) -> bool:
    """Whether the words are only what ends a son's name: "Jr.", "III"."""
    return all(token.lower.rstrip(".") in GENERATIONS for token in tokens)


def _lone_place_head(run: list[Token]) -> bool:
    """A place's head word alone before a title, where it names no place but the office's
    reach: "County Judge Tim Harley", "City Councilman Cedric Wilson" (alone elsewhere it
    may be a family name: "Park said")."""
    return len(run) == 1 and cue_type([run[0].text]) == "PLACE" and not known_place(run[0].text)


def _state_after_city(run: list[Token], text: str) -> Candidate | None:
    """ "Mo." of "St. Louis, Mo.": a state abbreviated after its city, full stop and all."""
    token = run[0]
    end = token.end + 1 if text.startswith(".", token.end) else token.end
    after_comma = text[: token.start].rstrip().endswith(",")
    if len(run) == 1 and after_comma and text[end - 1] == "." and us_state(text[token.start : end]):
        return Candidate(token.start, end, "PLACE")
    return None


def _everyday_opening(
    run: list[Token], text: str, known_names: frozenset[str], lower_words: frozenset[str], lone_names: frozenset[str]
) -> bool:
    """Whether the word opening the sentence, first of ``run``, is an everyday word, no name.

    A longer run needs a more everyday first word to lose it: "Kim Jong Un met" keeps "Kim",
    "Photos published" and "Before North Korea" lose theirs; "John Kirby said" keeps "John".
    Words of business news after it keep it ("Apple analysts said"), unless it is a word the
    corpus also writes in lower case or a function word ("Former chief executive ...", "Many
    analysts said").
    """
    word = POSSESSIVE.sub("", run[0].text)  # "Japan's Prime Minister ..."
    if is_stop(word) or word.casefold() in _SENTENCE_OPENERS or _set_in_capitals(word, lower_words):
        return True  # "But" even where a quote's second sentence capitalises it mid-sentence
    # A word the corpus writes in lower case and capitalises only to lead a longer name is
    # everyday alone: "Bank shares fell" beside "Bank of America" and "the bank".
    known = word in (known_names if len(run) > 1 or run[0].lower not in lower_words else lone_names)
    if is_acronym(word) or known or run[0].lower in COMPASS or known_region(word):
        return False
    if is_news_agency(span(text, run)):
        return False  # "Reuters said ...", "Bloomberg reported ...": everyday words by their frequency
    if beats_a_name(text, run[-1].end):
        return False  # "Chelsea beat Arsenal ...": a side, however everyday its name
    if len(run) == 1 and well_known_place(word):
        return False  # "Wales grappled with ...": a nation, a province or a city of millions
    if (
        len(run) > 1
        and run[0].lower in _NAME_OPENING_ADJECTIVES
        and (not is_descriptive(_bare(run[1])) or (len(run) > 2 and cue_type([t.text for t in run]) is not None))
    ):
        # "National Grid said ...", "Federal Reserve officials ...", "Royal Navy ships ...", and
        # before a nationality where a name's head word ends the run: "Great Western Railway".
        return False
    if len(run) > 1 and (word in PLACE_ABBREVIATIONS or is_title(word)):
        return False  # "St. Petersburg is ...", "President Trump said ...", "Mr. Smith said ..."
    if any(known_place(span(text, run[:end])) for end in range(len(run), 1, -1)):
        return False  # "New York City Mayor Eric Adams said ...", "Great Britain won ..."
    if before_a_region(text, run[-1].end):
        return False  # "Baltimore, Md. officials said ..."
    if (
        word.casefold() not in STOP_WORDS
        and run[0].lower not in lower_words
        and organisation_context(text, run[0].start, run[-1].end, opening=True)
    ):
        return False  # "Apple chief executive Tim Cook said ..."
    # A nationality stays for the later rules to judge: "Russian Navy ships", "Russian officials",
    # "New Zealander Lydia Ko".
    if len(run) > 1 and (is_descriptive(_bare(run[0])) or two_word_demonym(word, POSSESSIVE.sub("", run[1].text))):
        return False
    if 1 < len(run) <= 3 and _bare(run[-1]) in ORG_CUES and word.casefold() not in STOP_WORDS:
        return False  # "State Department officials said", "Health Ministry figures show"; not "As CBS News'"
    if len(run) > 2 and _bare(run[0]) in ORG_CUES and run[1].lower in _CONNECTORS:
        return False  # "Bank of England Governor ...", "Council of Europe warned ..."
    if _a_role(word) and (len(run) == 1 or run[1].lower not in STOP_WORDS):
        # "Jurors began ...", "Defender Hassan Abbas rose", "Hosts UAE play Kuwait"; not the
        # first word of a name that goes on with a small word ("Doctors Without Borders").
        return True
    if len(run) == 1:
        return _everyday_single(word) and not _numbered(run[0], text)  # "Flight 370 vanished"
    if len(run) == 2 and _describes_a_name(word, run[1].text, lone_names, _PROSE_END.search(text) is None):
        return True  # "Fugitive Snowden short-listed ...", where the corpus names Snowden alone
    return (word.casefold() in STOP_WORDS or common_word(word, 5.0)) and not _opens_a_full_name(run, text)


def is_news_agency(name: str) -> bool:
    """Whether ``name`` is a news agency's: "Reuters", "the Associated Press", "Bloomberg's"."""
    return POSSESSIVE.sub("", name).casefold().removeprefix("the ") in NEWS_AGENCIES


def _describes_a_name(word: str, name: str, lone_names: frozenset[str], headline: bool) -> bool:
    """Whether an everyday word opening a sentence describes the rare name after it, which the
    corpus gives alone: "Fugitive Snowden"; not a given name ("Will Young") nor a place.

    Only a ``headline`` (no full stop) drops the article and the given name before such a word;
    in a sentence of prose a word as rare as a given name a reader knows is that given name
    ("Elon Musk said ..."), and a describing word is an everyday one ("Veteran Smith said").
    """
    return (
        common_word(word, _DESCRIBING_ZIPF[headline])
        and not is_given_name(word)
        and not known_place(word)  # "Vancouver Canucks"
        and name in lone_names
        and name.isalpha()  # no code: "Flight ET302"
        and not common_word(name, 3.5)
        and not is_title(word)
    )


def _a_role(word: str) -> bool:
    """A role people or teams have, in the singular or the plural: "Jurors", "Defender", "Hosts"."""
    lowered = word.casefold()
    return lowered in _OPENING_ROLES or lowered.removesuffix("s") in _OPENING_ROLES


def _numbered(token: Token, text: str) -> bool:
    """Whether ``token`` is a word a number after it names: "Flight 1282", "Interstate 95"."""
    return token.lower in _NUMBERED_HEADS and _CODE_NUMBER.match(text, token.end) is not None


def _name_before_country(run: list[Token], text: str, known_names: frozenset[str]) -> bool:
    """A run of a name the corpus knows on its own ("Putin", not "Air") and then a whole country."""
    first = run[0].text
    return (
        len(run) > 1
        and first in known_names
        and not common_word(first, 4.5)
        and not known_place(first)
        and known_country(span(text, run[1:]))
        and not known_region(span(text, run))  # "Northeastern Libya" is one place
    )


def _office_holder(run: list[Token], lower_words: frozenset[str]) -> int | None:
    """Where the name begins in a run after "Title of": at its given name ("Defense Lloyd
    Austin": 1); else at the first word that is neither a place nor everyday (common in English,
    or written in lower case elsewhere in the corpus): "Foreign Affairs Choe Son-hui": 2,
    "Russia Vladimir Putin": 1; or at a place that is the run ("Maryland", "New York": 0). None when
    every word is everyday, or the run ends on a derived everyday word: "Director of Public
    Affairs" and "Director of Salvage Operations" name offices, no one."""
    if known_place(" ".join(t.text for t in run)):
        return 0
    for k, token in enumerate(run):
        if is_given_name(token.text):
            return k
    if is_derived_word(run[-1].text):
        return None
    for k, token in enumerate(run):
        if token.lower in _CONNECTORS:
            continue
        if known_country(token.text) or (k == 0 and known_place(token.text)):
            if k == len(run) - 1:
                return k
            continue  # "President of Russia Vladimir Putin"
        if not common_word(token.text, 4.3) and not (token.lower in lower_words and common_word(token.text, 2.5)):
            return k
    return None


def _opens_a_full_name(run: list[Token], text: str) -> bool:
    """ "John Kirby told reporters": a common given name before another name word opens a
    person's name, however everyday the word ("Mark", "Will"); "Will Russia ...?" asks."""
    if len(run) < 2 or not is_given_name(run[0].text) or text.rstrip().endswith("?"):
        return False
    rest = run[1:]
    words = [t.text for t in rest]
    return (
        rest[0].lower not in _CONNECTORS
        and not _only_descriptive(rest)
        and cue_type(words) is None
        and not (known_country(" ".join(words)) and not is_family_name(words[0]))  # "Bill Jordan", not "Will Russia"
    )


def _abbreviated_title(token: Token, text: str) -> bool:
    return len(token.text) <= 5 and text.startswith(".", token.end) and is_title(token.text)


def is_derived_word(word: str, threshold: float = 2.5) -> bool:
    """An everyday word derived by a suffix ("Tragically", "Fatalities", "Operations"), which is
    seldom a name."""
    return _DERIVED.search(word.casefold()) is not None and common_word(word, threshold)


def _set_in_capitals(word: str, lower_words: frozenset[str]) -> bool:
    """A lede's first word set in capitals, which the corpus also writes in lower case:
    "RESCUERS dug for survivors ...". Initials are shorter, and seldom written in lower case
    ("NATO"); those that spell a word ("WHO", "AIDS") are shorter still."""
    return len(word) >= _SHOUTED_LENGTH and word.isupper() and word.casefold() in lower_words


def _everyday_single(word: str) -> bool:
    """A capitalised first word that is an everyday word: "Police", or a derived one ("Tragically",
    "Fatalities", "Rescuers") a little rarer than names a reader would know, or a participle of
    an everyday word ("Hooded protesters threw ..."), no one's name ("Browning")."""
    if common_word(word, 3.5) or is_derived_word(word):
        return True
    return inflected_word(word, _PARTICIPLES) and not (is_family_name(word) or is_given_name(word))


def family_name(name: str, kind: EntityType | None) -> str | None:
    """The word later mentions may use alone for a person named in full or after a title:
    "Trump" of "Donald Trump" or "President Trump"; None for other names."""
    words = POSSESSIVE.sub("", name).split()
    if not words or not (kind == "PERSON" or (len(words) >= 2 and is_given_name(words[0]))):
        return None
    last = words[-1]
    if len(last) < 2 or not last.isalpha() or not last[0].isupper() or known_region(last):
        return None
    if is_title(last) and not (len(words) >= 2 and is_family_name(last)):
        return None  # a title alone; but "Herzog" of "Thierry Herzog", "King" of "Coretta Scott King"
    return last


def bare_names(text: str, names: frozenset[str], lower_words: frozenset[str]) -> list[Candidate]:
    """Where ``text`` uses one of ``names`` alone ("Trump said ...", "according to the WHO"),
    common word or not. Where capitals say nothing (the first word, any word of a title-case
    headline), only a word the corpus never writes in lower case counts, or one a verb of
    speech follows: "Green said" after "Josh Green" where "green hills" burned too, but not
    "Young people" after "Will Young"; in a headline set in capitals, none does."""
    found = [
        match for match in _BARE_WORD.finditer(text) if match.group() in names and not _used_as_a_title(text, match)
    ]
    if not found or not any(c.islower() for c in text):
        return []
    words = list(WORD.finditer(text))
    openings = _name_openings(text, words[0].start() if words else None, dateline(text))
    title_case = _title_case(text, [word.group() for word in words])
    return [
        Candidate(match.start(), match.end(), None)
        for match in found
        if match.group().isupper()
        or not (title_case or match.start() in openings)
        or match.group().casefold() not in lower_words
        or (not title_case and _SPEAKER_BEFORE.match(text, match.end()) is not None)
    ]


def _used_as_a_title(text: str, match: re.Match[str]) -> bool:
    """Whether a family name that is also a title ("Bishop", "Herzog") stands as one here:
    before a name ("Bishop Michael Curry") or after "the" ("the King")."""
    return is_title(match.group()) and (
        _TITLE_BEFORE_A_NAME.match(text, match.end()) is not None
        or _THE_BEFORE.search(text, max(0, match.start() - 5), match.start()) is not None
    )


# How often a corpus must capitalise an everyday word alone, never writing it in lower case,
# for the word to be a name: once may be a heading's or a slogan's capitals. Sentences that open
# on the word count, where it stands alone mid-sentence at least once.
REPEATED_NAME = 2


@dataclass(frozen=True, slots=True)
class WordEvidence:
    """What a corpus's capitals and lower case say of its words."""

    # Words it capitalises other than at a sentence start.
    names: frozenset[str]
    # Words it writes in lower case.
    lower: frozenset[str]
    # Of ``names``, those it capitalises alone or to end a name ("Putin", "Green" of "Josh
    # Green"), not only to lead a longer one ("Bank" of "Bank of America").
    lone: frozenset[str]
    # Of ``lone``, those it capitalises alone (not as a longer name's last word) at least
    # ``REPEATED_NAME`` times, counting the sentences that open on the word alone.
    repeated: frozenset[str] = frozenset()


class SentenceEvidence(NamedTuple):
    """What one sentence's case says of its words (see :func:`word_evidence`)."""

    # Words capitalised alone or to end a name: "Putin", "Green" of "Josh Green".
    ending: list[str]
    # Words capitalised only to lead a longer name: "Bank" of "Bank of America".
    leading: list[str]
    # Words in lower case.
    lower: list[str]
    # Of ``ending``, the words capitalised alone: "Putin", not "Green" of "Josh Green" nor
    # "State" of "Secretary of State".
    alone: list[str]
    # The words that open the sentence (or follow its dateline or a label) alone, which capitals
    # say nothing of: "Google" of "Google said ...".
    opening_alone: list[str]


def word_evidence(text: str) -> SentenceEvidence:
    """The capitalised words of a sentence that capitals may mark as names: those that stand
    alone or end a name ("Putin", "Green" of "Josh Green"), and those that only lead a longer
    one ("Bank" of "Bank of America"); and its words in lower case. No word of a title-case
    headline counts as capitalised, nor its first word, nor the first after a label
    ("Photos: Deadly ...")."""
    matches = list(WORD.finditer(text))
    words = [m.group() for m in matches]
    lower = [w for w in words if w[0].islower()]
    if not matches or _title_case(text, words):
        return SentenceEvidence([], [], lower, [], [])
    opening = _name_openings(text, matches[0].start(), dateline(text))
    ending: list[str] = []
    leading: list[str] = []
    alone: list[str] = []
    opening_alone: list[str] = []
    for index, (word, match) in enumerate(zip(words, matches, strict=True)):
        if not word[0].isupper():
            continue
        if match.start() in opening:
            if not _leads_a_name(text, matches, index):
                opening_alone.append(word)
        elif _leads_a_name(text, matches, index):
            leading.append(word)
        else:
            ending.append(word)
            if not _ends_a_name(text, matches, index):
                alone.append(word)
    return SentenceEvidence(ending, leading, lower, alone, opening_alone)


def _ends_a_name(text: str, matches: list[re.Match[str]], index: int) -> bool:
    """Whether the word ``matches[index]`` closes a name that a capitalised word before it
    opens, directly or across a connector ("Josh Green", "Secretary of State")."""
    for width in range(1, 4):
        if index - width < 0:
            return False
        before = matches[index - width : index + 1]
        if any(text[one.end() : other.start()] != " " for one, other in itertools.pairwise(before)):
            return False
        if before[0].group()[0].isupper():
            return width == 1 or " ".join(m.group().lower() for m in before[1:-1]) in _CONNECTORS
    return False


def _leads_a_name(text: str, matches: list[re.Match[str]], index: int) -> bool:
    """Whether the word ``matches[index]`` goes on into a capitalised word, directly or across
    a connector ("Bank of America", "Bank for the Poor")."""
    following = matches[index + 1 : index + 4]
    for width, word in enumerate(following):
        if text[matches[index + width].end() : word.start()] != " ":
            return False
        if word.group()[0].isupper():
            return width == 0 or " ".join(m.group().lower() for m in following[:width]) in _CONNECTORS
    return False


def _name_openings(text: str, first: int | None, opening: re.Match[str] | None) -> set[int]:
    """Where a word may be a name only by luck of capitals: the first word (``first``), or the
    first after the dateline ``opening``, and the first after a label ("Photos: Deadly ...")."""
    return _openings(text, opening.end() if opening else first)


def _quoted_titles(text: str) -> list[Candidate]:
    """The titles of works in quotation marks, set in title case with a small word inside:
    "Killers of the Flower Moon", "Gone with the Wind"; one name, not the names its capitals
    would make ("Killers", "Flower Moon")."""
    found = []
    for quoted in _QUOTED.finditer(text):
        words = quoted["words"].split()
        small = [w for w in words[1:] if w in TITLE_CASE_SMALL]
        titled = all(w[0].isupper() or w in TITLE_CASE_SMALL for w in words) and len(words) > len(small) + 1
        if small and titled and cue_type(words) is None:  # not "Republic of Padania", a place's name
            found.append(Candidate(quoted.start("words"), quoted.end("words"), "OTHER"))
    return found


def _dateline_names(opening: re.Match[str] | None) -> list[Candidate]:
    """The place of the dateline ``opening``, its country and the agency it names, where it
    names them: "SEOUL, Sept. 12 (Yonhap) --", "NAIROBI, Kenya (Reuters) -", "WASHINGTON —"."""
    if opening is None:
        return []
    found = [
        # A body its headquarters go by ("UNITED NATIONS") is the body, for its head word.
        Candidate(opening.start(group), opening.start(group) + len(place), cue_type(place.split()) or "PLACE")
        for group in ("place", "region")
        if opening.groupdict().get(group) and (place := _dateline_place(opening[group]))
    ]
    if opening.groupdict().get("agency") is not None:
        found.append(Candidate(opening.start("agency"), opening.end("agency"), "ORG"))
    return found


def _dateline_place(words: str) -> str:
    """A dateline's place without the stop or comma after it, but with an abbreviation's own
    stop: "LAHAINA" of "LAHAINA,", "Fla." of "TALLAHASSEE, Fla."."""
    place = words.rstrip(" ,")
    last = place.rsplit(" ", 1)[-1]
    return place if place.endswith(".") and len(last) <= _ABBREVIATED_PLACE else place.rstrip(".")


def dateline_line_names(text: str) -> list[Candidate]:
    """The place and agency of a dateline standing alone on its line ("LONDON (Reuters) -",
    "TIRANA 1996-12-07"), which the segmenter keeps apart from the story as metadata."""
    opening = dateline(text)
    return _dateline_names(opening) if opening and not text[opening.end() :].strip() else []


def _openings(text: str, first: int | None) -> set[int]:
    """Where words open the sentence: its first word (``first``), and the first after a label."""
    openings = set() if first is None else {first}
    if label := _LABEL.match(text):
        openings.add(label.end())
    return openings


def _in_prose(words: list[str]) -> bool:
    """Whether a sentence (its tokens, ``words``) is running prose: it leaves a word after the
    first in lower case that a title in title case would capitalise."""
    return any(w[0].islower() and w not in TITLE_CASE_SMALL for w in words[1:])


def _title_case(text: str, words: list[str]) -> bool:
    """A headline in title case ("More Than 820 Dead After Strong Earthquake"): most of its
    everyday words (``words`` are its tokens) after the first are capitalised. Days, months
    and titles ("President") are capitalised in any sentence, so they do not count."""
    capitals = len(_WORD_CAPITAL.findall(text)) - 1
    if capitals < 3 or capitals < 0.4 * (len(words) - 1):
        # Most sentences: few capitals, and only a short heading of them all needs words looked up.
        return capitals >= 1 and _capitalised_heading(words)
    if _in_prose(words):
        return False  # "The World Health Organization warned ...": title case leaves no verb in lower case
    if any(w[0].isupper() and w.casefold() in _SMALL_CAPITALISED for w in words[1:]):
        return True  # "Belarusians Short-Listed For Sakharov Prize": only title case capitalises "For"
    everyday = [
        w
        for w in words[1:]
        if w.isalpha()
        and common_word(w, 4.6)
        and not is_acronym(w)
        and w.casefold() not in WEEKDAYS_MONTHS
        and not is_title(w)
    ]
    capitalised = sum(w[0].isupper() for w in everyday)
    # A short one has fewer: "Sam Bankman-Fried Found Guilty", all of its everyday words capitalised.
    return (
        (capitalised >= 3 and capitalised >= 0.6 * len(everyday))
        or (capitalised >= 2 and capitalised == len(everyday))
        or _capitalised_heading(words)
    )


def _capitalised_heading(words: list[str]) -> bool:
    """A heading whose words are all capitalised, mostly everyday ones: "A Frightening Ordeal",
    "Inspections and Cancellations", "Kamala Harris Endorsed by Biden as Potential Democrat
    Nominee"; not a name alone ("Jennifer Homendy", "Alaska Airlines"), where given names and
    places are no everyday words."""
    content = [w for w in words if w.isalpha() and w.casefold() not in TITLE_CASE_SMALL]
    if len(words) > _HEADING_WORDS or len(content) < 2 or not all(w[0].isupper() for w in content):
        return False
    everyday = [w for w in content if common_word(w, 3.0) and not (is_given_name(w) or known_place(w) or is_acronym(w))]
    return 2 * len(everyday) > len(content)


def _name_words(run: list[Token], known_names: frozenset[str]) -> list[Token]:
    """The longest stretch of a title-case run made of words that are names by themselves
    (with connectors inside: "Republic of Korea")."""
    best: list[Token] = []
    current: list[Token] = []
    for token in run:
        if token.text in known_names or known_place(token.text) or not common_word(token.text, 3.0):
            current.append(token)
            if len(current) > len(best):
                best = list(current)
        elif current and token.lower in _CONNECTORS:
            current.append(token)
        else:
            current = []
    return best


_STOP = frozenset({"the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "no"})


def is_stop(word: str) -> bool:
    return word.casefold() in _STOP


def _initials_suffix(run: list[Token], acronym: str) -> int | None:
    """Index where the run's suffix whose initials spell ``acronym`` begins, if any."""
    letters = acronym.replace(".", "").upper()
    for start in range(len(run)):
        words = [t for t in run[start:] if t.lower not in _CONNECTORS and t.lower not in ("of", "the", "and")]
        if "".join(w.text[0].upper() for w in words) == letters:
            return start
    return None


def _candidate(text: str, run: list[Token], hint: EntityType | None, titled: bool) -> Candidate:
    """The candidate ``run`` spells, without a possessive "'s", and of the kind it reads as."""
    start, end = run[0].start, run[-1].end
    coded = (len(run) > 1 and _CODE.fullmatch(run[-1].text)) or run[-1].lower in _NUMBERED_HEADS
    if coded and (number := _CODE_NUMBER.match(text, end)):
        end = number.end()  # "Flight ET 302", "Flight 1282": a code and its number are one name
    elif run[-1].text.isupper() and (version := _VERSION_AFTER.match(text, end)):
        end, hint = version.end(), "OTHER"  # a variant or a version: "JN.1", "XBB.1.5"
    possessive = POSSESSIVE.search(text, start, end)
    if possessive and possessive.start() > start and text[possessive.start() - 1].isalpha():
        end = possessive.start()
    return Candidate(start, end, kind_of(text, run, end, hint), titled)
