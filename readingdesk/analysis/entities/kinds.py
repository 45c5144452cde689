"""What kind of thing a name is, from its own words and the words around it.

A name's head word says it first ("... Ministry", "... River", "MV ..."); then its
context: words of business around it ("shares of Apple") make an organisation, an
age, a role or "he said" after it a person, a place preposition before it or its
region after it ("Lahaina, Hawaii") a place; initials no place has are an
organisation's.
"""

from __future__ import annotations

import itertools
import re

from readingdesk.analysis.entities.aliases import initials
from readingdesk.analysis.entities.gazetteer import (
    ADMINISTRATIVE_UNITS,
    COMPASS,
    FAITH_WORDS,
    FIRM_HEADS,
    HOLIDAYS,
    KIN_NOUNS,
    MASTHEADS,
    NAMED_AFTER_HEADS,
    NAMED_STRUCTURE_HEADS,
    ORG_CUES,
    ORGANISATION_NOUNS,
    OTHER_CUES,
    PERSON_NOUNS,
    PLACE_CUES,
    PLACE_NOUNS,
    ROLE_NOUNS,
    SHIP_PREFIXES,
    US_STATES,
    common_word,
    is_descriptive,
    is_family_name,
    is_generic_initials,
    is_given_name,
    is_language,
    is_title,
    known_place,
    known_region,
    us_state,
)
from readingdesk.analysis.entities.model import EntityType
from readingdesk.analysis.entities.tokens import AGE_WORD, POSSESSIVE, Token
from readingdesk.analysis.lexicon import REPORTING_VERB
from readingdesk.analysis.terms import STOP_WORDS, fold

# The lower-case word after a name, if one follows.
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
# An owner's 's and the first words in lower case of what it owns: "' league table", "’s second city".
_OWNED = re.compile(r"[’']s?((?:\s+[a-z-]+){1,3})")
# Common words that spell initials out, before them (the first may be capitalised, as it is
# opening a sentence: "Respiratory syncytial virus (RSV)") or after them ("ROV, or remotely
# operated vehicle").
_SPELLED_BEFORE = re.compile(r"\b((?:[A-Za-z][a-z]*[\s-]+)(?:[a-z]+[\s-]+){0,6}[a-z]+),?\s*(?:\(|\bor\s+)\s*$")
_SPELLED_AFTER = re.compile(r"\s*(?:,\s*(?:or\s+)?|\(\s*)((?:[a-z]+[\s-]+){1,7}[a-z]+)")
# How far before initials the words that spell them may begin.
_SPELLED_WIDTH = 120
# The particles of Romance places' names: "Pescara del Tronto", "Castel di Sangro", "Rio das Ostras".
_PLACE_PARTICLES = frozenset("de del della di da das dos du des".split())
_PLACE_PREPOSITIONS = re.compile(
    r"\b(?:in|from|near|nearby|into|toward|towards|via|outside|around|off|across|throughout)\s+$", re.I
)
# Head words of natural features, regions and structures that, in lower case right after a name,
# make it a place ("the High Atlas mountains", "the Tumen river", "the Kursk region", "the Francis
# Scott Key bridge"); not those that also follow people and firms in compounds ("city editor",
# "port authority", "border policy").
_NATURAL_FEATURES = frozenset(
    "river rivers mountain mountains lake sea ocean bay island islands peninsula valley desert strait gulf".split()
)
_PLACE_HEADS_AFTER = (ADMINISTRATIVE_UNITS - {"state", "territory"}) | _NATURAL_FEATURES | NAMED_STRUCTURE_HEADS
# An appositive right after a name: an age ("Hassan, 52,") or a description ("Hassan, a local
# shopkeeper who ..."), whose words up to a preposition or relative word are group "words".
_APPOSITIVE = re.compile(
    r",\s+(?:(?P<age>\d{1,3})(?=\s*(?:[,;)]|\.(?!\d)|$))"
    r"|(?:a|an|the)\s+(?P<words>(?:(?!(?:of|in|on|at|to|by|from|for|with|who|whose|that|and)\b)[\w-]+\s*){1,3}))"
)
# A name that a verb ties to "its" is no person's: "Goldman Sachs raised its forecast",
# "Sinclair Broadcast said its stations"; not "Lahaina and its harbour".
_ITS_AFTER = re.compile(r"\s+(?:(?!(?:and|or|of|with|in|on|at|to|for|from|by)\b)[a-z]+\s+){1,2}its\b")
# A name that says or thinks something of "he" or "she" is a person's: "Moore announced he
# would appeal", "Ortiz said that she left"; a firm "said it would".
_SPEAKS_OF_A_PERSON = re.compile(
    r"\s+(?:said|says|told\s+\w+|added|announced|explained|insisted|argued|claimed|admitted|denied"
    r"|recalled|wrote|believes|believed|thinks|thought|hopes|hoped|knew|knows|felt|feels)"
    r"\s+(?:that\s+)?(?:he|she)\b"
)
# A US politician's party and state after the name: "Frist, R-Tenn., said", "D-Calif.".
_PARTY_AND_STATE = re.compile(r"[RDI]-(?P<state>[A-Z][a-z]+)")
_PARTY_AFTER = re.compile(rf",\s+(?P<party>{_PARTY_AND_STATE.pattern})\b")
# A relative "who" after a name and its comma: "said Dixon, who moved into second".
# A relative "who" after a name, and its verb: "Dixon, who moved"; a plural verb after one name
# speaks of a team or a body ("Feyenoord, who have two games in hand").
_WHO_AFTER = re.compile(r",\s+who\b(?:\s+(?P<verb>\w+))?")
_PLURAL_VERBS = frozenset({"have", "are", "were"})
# A reporting verb right after a name, or right before it: "Bridge said", "said Bridge".
_SAYS_AFTER = re.compile(rf"\s+{REPORTING_VERB}")
_SAID_BEFORE = re.compile(rf"{REPORTING_VERB}\s+$")
_SAID_WIDTH = 12
_AFTER_A_PREPOSITION = re.compile(
    r"\b(?:of|in|at|on|from|for|with|by|near|to|across|outside|inside)\s+(?:the\s+)?$", re.I
)
# The oldest age an appositive number may give.
_OLDEST = 120
# Words beside a name that make it a company or another organisation: "analysts at Goldman
# Sachs", "shares of Apple", "the chief executive of Tesla"; "JPMorgan analyst", "Tesla shares".
# Not "lawyers for" nor "a spokesman for": people have those too.
_ORGANISATION_BEFORE = re.compile(
    r"\b(?:(?:analysts?|economists?|strategists?|researchers?|scientists?|engineers?|executives?|employees?"
    r"|workers|staffers?|traders?|bankers?|interns?|managers?|directors?|consultants?)\s+(?:at|with)"
    r"|(?:work(?:s|ed|ing)?|job)\s+at"
    r"|(?:shares|stock|stake|shareholders|chief\s+executive|CEO|founder|co-founder|subsidiary)\s+(?:of|in)"
    # Who counts and polls: "analysts polled by FactSet", "data compiled by LSEG".
    r"|(?:polled|surveyed|compiled|tracked)\s+by)"
    r"\s+(?:the\s+)?$",
    re.I,
)
# Whose figures a source gives, around a name: "according to Refinitiv data", "according to
# Pentagon estimates"; a country's own ("according to US data") is a place by its name first.
_FIGURES_OF = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.I)
_FIGURES_AFTER = re.compile(r"(?:[’']s?)?\s+(?:data|estimates|figures|calculations|tallies|count)\b")
# A player's position on a team: "Eagles quarterback Jalen Hurts", "Porto central defender".
_POSITIONS = (
    "defender|forward|winger|captain|goalkeeper|keeper|striker|midfielder|full-back|playmaker|quarterback|pitcher"
    "|linebacker|goaltender|shortstop"
)
_ORGANISATION_AFTER = re.compile(
    r"(?:\s+(?:and|or)\s+[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})?"  # "Apple and Microsoft shares"
    r"\s+(?P<cue>shares|stock|share\s+price|shareholders|analysts?|economists?|strategists?|CEO|CFO|chief\s+executive"
    rf"|[Cc]hair(?:man|woman)?|coach|manager|owner|{_POSITIONS}"  # "Inter Miami coach Martino"
    # "the Hamas militant group"; not "Tigray rebels", which may be a region's.
    r"|(?:militant|armed|rebel|terrorist|extremist|jihadist|paramilitary|mercenary|separatist)\s+"
    r"(?:group|organi[sz]ation|movement|faction))\b"
)
# A match's score after a name: the name is a team's ("beat Orlando City 3-1"); not a player's,
# whose score runs over sets ("beat Djokovic 1-6, 7-6(6), 6-1").
_SCORE_AFTER = re.compile(r"\s+\d{1,3}-\d{1,3}(?![\d-])(?!(?:\s*\(\d+(?:[-/]\d+)?\))?,?\s+\d{1,2}-\d)")
# A team that played to a score, before the verb: "Ajax beat PSV 2-1", "Manchester United and
# Tottenham Hotspur drew 0-0"; a player's score runs over sets, which ``_SCORE_AFTER`` refuses.
_NAME_WORDS = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
_PLAYED_TO_A_SCORE = re.compile(
    rf"(?:\s+and\s+{_NAME_WORDS}|,\s+who(?:\s+had)?)?\s+(?:beat|defeated|drew|lost|won|edged|thrashed|routed|crushed|hammered)"
    rf"(?:\s+(?:with|to|at|against))?(?:\s+(?:the\s+)?{_NAME_WORDS})?(?={_SCORE_AFTER.pattern})"
)
_PLAYED_WIDTH = 30
# A side that beat another, named right after the verb: "Chelsea beat Arsenal", "Dallas edged
# the Rangers"; not "Apple beat estimates".
_BEAT_A_NAME = re.compile(
    r"\s+(?:beat|defeated|edged|thrashed|routed|crushed|hammered|outplayed|drew\s+with|lost\s+to)\s+(?:the\s+)?[A-Z]"
)
# Head words of the names of grounds, where clubs play: "Villa Park", "Stamford Bridge".
_GROUND_HEADS = frozenset("park bridge lane road stadium arena ground oval field stade estadio stadio parc".split())
# What sport says of a team, before its name: "a 2-0 win over Barcelona", "lost to Porto", "the
# home game against Ottawa", "drew with Volendam", "scored for Liverpool", "drew 1-1 at Chelsea".
# A club often bears its city's name alone.
_PLAYED_BEFORE = re.compile(
    r"\b(?:(?:win|victory|defeat|draw|loss|game|match|tie|fixture|clash|derby)\s+(?:over|against|to|with|by)"
    r"|(?:lost|lose|loses|losing)\s+to|beat|beats|beaten|beating|drew\s+with|held\s+by|(?:at\s+)?home\s+to"
    r"|away\s+(?:to|at)|outgunned|outplayed|thrashed|routed|(?:scored|played|signed)\s+for"
    r"|\d{1,3}-\d{1,3}\s+(?:at|against|with|to|over))\s+$",
    re.I,
)
# A player's position after a team's name, its side too: "Porto central defender Joao Pinto".
_PLAYER_AFTER = re.compile(
    rf"(?:[’']s)?\s+(?:(?:central|centre|center|left|right|attacking|defensive)\s+)?(?:{_POSITIONS})s?\b", re.I
)
# A plural verb right after one place's name is said of its team: "Barcelona were twice denied";
# not of a list of places ("Paris and Berlin are") nor of what is "of" a place.
_PLURAL_VERB_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(_PLURAL_VERBS))})\b")
_LIST_BEFORE = re.compile(r"(?:\band|\bor|,|&)\s+$", re.I)
# What only an organisation has, after its possessive: "Citigroup's chief operating officer",
# "Apple's CEO", "the Fed's chairman"; not "shares" nor "earnings", which people have too.
_ORGANISATION_OWNS = re.compile(
    r"[’']s\s+(?:(?:former|new|interim|acting)\s+)?"
    r"(?:chief\s+(?:executive|operating|financial|technology)|CEO|CFO|COO|board(?:\s+of\s+directors)?"
    r"|shareholders|headquarters|subsidiar(?:y|ies)|chair(?:man|woman))\b"
)
# A name in a list of examples of a kind of organisation: "cloud providers such as Microsoft",
# "companies like Microsoft, Meta and Amazon"; not "rivals" or "clients", which people are too.
_ORGANISATIONS_SUCH_AS = re.compile(
    r"\b(?:companies|firms|corporations|conglomerates|banks|lenders|insurers|airlines|carriers|retailers"
    r"|automakers|carmakers|chipmakers|drugmakers|manufacturers|providers|platforms|giants|brands|startups"
    r"|groups|organi[sz]ations|agencies|outlets|broadcasters|newspapers|networks|charities|unions|sites|websites"
    r"|publications|magazines)"
    r",?\s+(?:such\s+as|like|including)\s+"
    r"(?:[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3},\s+)*(?:[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3},?\s+(?:and|or)\s+)?(?:[Tt]he\s+)?$"
)
# How far before a name a list of examples may begin ("chipmakers such as Nvidia, Advanced Micro Devices and ").
_EXAMPLES_WIDTH = 120
# Where a firm or a group is based, right after the place's name: "Santa Clara-based",
# "London-headquartered".
_BASED_IN = re.compile(r"[ -](?:based|headquartered)\b")
# The lower-case word right before a name, its comma optional: "the shipping company Maersk",
# "the Danish based company, Maersk", "chipmaker Nvidia".
_WORD_BEFORE = re.compile(r"(?<![\w’'-])(?P<word>[a-z][a-z-]*),?\s+$")
# Words after a name's head word and before what it is of: "Bank of England", "Stade de France",
# "Parc des Princes".
_HEAD_CONNECTORS = frozenset("of for de des du del della di".split())
# What ends a name set beside a noun as another name for it: "the company, Maersk, said".
_APPOSITION_ENDS = re.compile(r"\s*(?:[,.;:)]|$)")
# Kinds of vessel, which name a ship after them: "the ship Kenda", "the tanker Sanchi".
_VESSELS = frozenset("ship vessel tanker freighter ferry yacht trawler liner barge submarine".split())
# A kin noun after its owner, right before a name, its comma optional: "his wife, ", "their son ".
_KIN_BEFORE = re.compile(rf"\b(?:his|her|their|my|our|your)\s+(?:{'|'.join(sorted(KIN_NOUNS))}),?\s+$", re.I)
# How far before a name a kin and its owner may begin ("their granddaughter, ").
_KIN_WIDTH = 32
# How far before a name a role in lower case may begin ("all-rounder ").
_ROLE_WIDTH = 20
# Cues that are also verbs: after a sentence's first word they say nothing ("Public shares ...").
_VERB_CUES = frozenset({"shares", "stock"})
# Words that open a sentence before a player's or a manager's role and rank them, no team
# ("Veteran striker John Smith", "Regular defender Artur Lekbello").
_RANKS = frozenset(
    "veteran regular star former new young backup rookie reserve substitute injured experienced teenage".split()
)
# The longest cue before a name, in characters ("chief executive of the ").
_ORGANISATION_CUE_WIDTH = 24
# A common noun for a place, or for places, and "of" right before a name: "the town of Raboso",
# "the port of Odesa", "the towns of Amatrice, Accumoli and Pescara del Tronto".
_PLACE_OF_WIDTH = 24
_PLACES = frozenset(noun[:-1] + "ies" if noun.endswith("y") else noun + "s" for noun in PLACE_NOUNS)
_PLACE_OF = re.compile(rf"\b(?:{'|'.join(sorted(PLACE_NOUNS | _PLACES))})\s+of\s+(?:the\s+)?$")
# Where a place lies from another, right after its name: ", which is about 105 miles northwest
# of", " lies 50 km (31 miles) south of", ", 20 kilometres east of".
_SITUATED = re.compile(
    r",?\s+(?:(?:which|that)\s+)?(?:(?:is|lies|sits|was)\s+)?(?:located\s+)?"
    r"(?:about|some|around|roughly|nearly|approximately|just|only)?\s*\d[\d,.]*\s*"
    r"(?:km|kilometers|kilometres|miles|mi)\b(?:\s*\([^()]{1,30}\))?\s+"
    r"(?:north|south|east|west)(?:east|west)?\s+of\b",
    re.IGNORECASE,
)
# A person's role and "of" before the words that describe an organisation: "the head of Mexico's
# national civil defense ", "a spokesman for the ".
_ROLE_OF = re.compile(r"\b(?P<role>[a-z]+)\s+(?:of|for|at)\s+(?:[\w’'.-]+\s+){0,5}$")
_ROLE_OF_WIDTH = 80
# Roles that head an organisation and are no titles before a name.
_HEADS = frozenset({"head", "chief", "boss"})
# Words that name a source right before it: "according to Reuters", "a report from Reuters",
# "a report in CNBC", "a statement from Maersk" (not "reports from Gaza", which come from a place).
_SOURCE = re.compile(r"\b(?:according\s+to|(?:report|statement|post|interview)\s+(?:from|by|on|in))\s+$", re.I)
# What may follow a place and a comma: its state or country ("Baltimore, Md.", "Paris, France"),
# not an owner ("Peskov, Russia's spokesman").
_REGION_AFTER = re.compile(r",\s+((?:[A-Z][a-z]*\.){1,2}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?![\w’'])")
_CLAUSE_END = re.compile(r"\s*(?:[,.;:)]|$)")
# The head words that cue a name's type.
_HEAD_WORDS = ORG_CUES | PLACE_CUES
# Words that make capitalised everyday words around them an institution's name wherever they
# stand in it: "University College London", "Institute for Fiscal Studies", "the Federal Reserve".
_INSTITUTIONS = frozenset(
    "university college institute hospital school academy museum ministry department council commission federal".split()
    # The same in Spanish, Portuguese, Italian and French, whose names open on them ("Colegio
    # Enrique Rébsamen", "Escuela Normal", "Universidad de Chile", "Banco Santander").
    # Written here without accents, and compared so ("Escuela", "Lycée", "Université").
    + """colegio escuela escola liceo lycee universidad universidade universita universite instituto
    istituto institut ospedale hopital clinica ministerio ministero ministere secretaria procuraduria
    fiscalia banco banca banque partido partito fundacion fundacao fondazione fondation compania
    companhia compagnia compagnie""".split()
)


def is_acronym(text: str) -> bool:
    """Whether ``text`` is a name's initials ("FBI", "NASA", "U.N."): capitals that spell no
    everyday word ("NEW", "WATCH") and stand for no common noun ("CEO", "GDP"). News prints
    the best-known initials so often that they are frequent words too ("fbi" is as common as
    "breaking"), so three letters need more to be a word than four."""
    letters = text.replace(".", "")
    if len(letters) < 2 or not letters.isupper() or not letters.isalpha() or "&" in text:
        return False
    if is_generic_initials(letters):
        return False
    return len(letters) == 2 or not common_word(letters, 4.6 if len(letters) == 3 else 4.3)


def cue_type(words: list[str]) -> EntityType | None:
    """The type a name's head word gives it: "... Ministry" or "Ministry of ..." is an organisation;
    "MV Dali", a ship, is another kind of thing."""
    lowered = [POSSESSIVE.sub("", w.casefold()) for w in words]
    # A number names its head word's thing: "Interstate 95", "Flight 1282".
    heads = [lowered[-2] if len(lowered) > 1 and lowered[-1].isdigit() else lowered[-1]]
    for i, word in enumerate(lowered[1:], start=1):
        if word in _HEAD_CONNECTORS:
            heads.append(lowered[i - 1])
            break
    # A plural head cues as its singular does: "Centers for Disease Control", "Ports of Indiana",
    # "Red Crescent Societies".
    heads = [_singular(h) if h not in _HEAD_WORDS else h for h in heads]
    for head in heads:
        if head in ("republic", "kingdom", "emirates") or (head == "bank" and lowered[0] in COMPASS):
            return "PLACE"  # "Republic of Korea"; "West Bank" is a river's bank
        if head == "church" and _a_church(lowered):
            return "ORG"  # "the Catholic Church" is an institution; "St Mary's Church" a building
        if head in ORG_CUES:
            return "ORG"
        if head in PLACE_CUES:
            return "PLACE"
    if len(lowered) > 1 and (any(w in OTHER_CUES for w in lowered) or lowered[0] in SHIP_PREFIXES):
        return "OTHER"  # a cue word alone ("Index", "Summit") names nothing
    if len(lowered) > 1 and any(fold(w) in _INSTITUTIONS for w in lowered):
        return "ORG"  # "University College London"
    return None


def _a_church(words: list[str]) -> bool:
    """A church as an institution: a faith's or a denomination's name and "Church", a nation's
    word or "Roman" before it ("the Catholic Church", "the Russian Orthodox Church"); not a
    congregation's ("Mount Olive Baptist Church") nor a building's."""
    *before, last = words
    return (
        last == "church"
        and bool(before)
        and before[-1] in FAITH_WORDS
        and all(w in FAITH_WORDS or w == "roman" or is_descriptive(w) for w in before)
    )


def _singular(word: str) -> str:
    """A plural head word's singular, where it is a head word ("societies", "ports"); else the word."""
    for plural, single in (("ies", "y"), ("s", "")):
        if word.endswith(plural) and (stem := word[: -len(plural)] + single) in _HEAD_WORDS:
            return stem
    return word


def organisation_context(text: str, start: int, end: int, *, opening: bool = False) -> bool:
    """Whether the words around the name at ``start:end`` make it an organisation's: "shares of
    Apple", "Tesla CEO Elon Musk"; not an owner's nor a place's. An ``opening`` word needs
    a cue that is no verb."""
    if _ORGANISATION_OWNS.match(text, end):
        return True
    if text.startswith(("'s", "’s"), end) or before_a_region(text, end):
        return False  # "workers at Baltimore's port", "shares of the Austin, Texas-based company"
    after = _ORGANISATION_AFTER.match(text, end)
    if after is not None and not (opening and (after["cue"] in _VERB_CUES or text[start:end].casefold() in _RANKS)):
        return True
    if _appositive_head(text, _APPOSITIVE.match(text, end)) in ORGANISATION_NOUNS:
        return True  # "Maersk, the Danish shipping giant,"
    window = max(0, start - _ORGANISATION_CUE_WIDTH)
    before = _WORD_BEFORE.search(text, window, start)
    if before is not None and before["word"] in ORGANISATION_NOUNS and not _heads_it(text, before, start, end):
        return True  # "the shipping company Maersk"
    if _ORGANISATION_BEFORE.search(text, window, start) is not None:
        return True
    if _FIGURES_AFTER.match(text, end) and _FIGURES_OF.search(text, window, start):
        return True
    examples = max(0, start - _EXAMPLES_WIDTH)
    return _ORGANISATIONS_SUCH_AS.search(text, examples, start) is not None


def _heads_it(text: str, before: re.Match[str], start: int, end: int) -> bool:
    """Whether the name at ``start:end``, a person's by its given name, is set after a comma
    beside the organisation noun ``before`` it as the holder of a role in that organisation
    ("the head of Mexico's civil defense agency, Luis Felipe Puente"), or opens the clause after
    it ("released by the company, Sam Altman was removed"); not "the shipping company Maersk",
    nor "a spokesman for the company, Maersk"."""
    words = text[start:end].split()
    if "," not in before.group() or len(words) < 2 or not is_given_name(words[0]):
        return False
    if not _APPOSITION_ENDS.match(text, end):
        return True  # the name opens a clause: "released by the company, Sam Altman was removed"
    role = _ROLE_OF.search(text, max(0, before.start() - _ROLE_OF_WIDTH), before.start())
    return role is not None and (role["role"] in _HEADS or is_title(role["role"]))


def _full_name(run: list[Token]) -> bool:
    """A given name and a family name: a player's, who also wins to a score ("Mark Selby beat
    Ding Junhui 10-7")."""
    return len(run) > 1 and is_given_name(run[0].text) and is_family_name(run[-1].text)


def _played(text: str, start: int, end: int) -> bool:
    """Whether the words around the name at ``start:end`` speak of a team that plays: "a win
    over Barcelona", "Porto defender Pinto", "Barcelona were denied"."""
    window = max(0, start - _PLAYED_WIDTH)
    if _PLAYED_BEFORE.search(text, window, start) or _PLAYER_AFTER.match(text, end) or beats_a_name(text, end):
        return True
    return (
        _PLURAL_VERB_AFTER.match(text, end) is not None
        and not _LIST_BEFORE.search(text, window, start)
        and not _AFTER_A_PREPOSITION.search(text, window, start)
    )


def beats_a_name(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` beat (drew with, lost to) a name after it: a side's or
    a player's, whatever word it is ("Chelsea beat Arsenal")."""
    return _BEAT_A_NAME.match(text, end) is not None


def partners(run: list[Token], text: str) -> bool:
    """A firm named for its partners: "Standard & Poor's", "Procter & Gamble"."""
    return any(text[a.end : b.start].strip() == "&" for a, b in itertools.pairwise(run))


def party_and_state(word: str) -> bool:
    """Whether ``word`` is a US politician's party and state: "R-Tenn", "D-Texas"."""
    found = _PARTY_AND_STATE.fullmatch(word)
    return found is not None and (us_state(found["state"]) is not None or found["state"] in US_STATES)


def _said_of_a_person(text: str, start: int, end: int) -> bool:
    """Whether the words after the name at ``start:end`` speak of a person: an appositive age
    or role, "he" or "she" after a verb of speech, a relative "who" ("said Dixon, who moved";
    not "residents of Lahaina, who", where it speaks of the residents, nor "Feyenoord, who
    have", a team), or a politician's party and state ("Frist, R-Tenn., said")."""
    if _described_as_a_person(text, end) or _SPEAKS_OF_A_PERSON.match(text, end):
        return True
    who = _WHO_AFTER.match(text, end)
    if who and who["verb"] not in _PLURAL_VERBS and not _AFTER_A_PREPOSITION.search(text, 0, start):
        return True
    party = _PARTY_AFTER.match(text, end)
    return party is not None and party_and_state(party["party"])


def _speaks(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` says something, as no place does: "Bridge said", "said
    Bridge", or words that speak of a person after it (:func:`_said_of_a_person`)."""
    return (
        _SAYS_AFTER.match(text, end) is not None
        or _SAID_BEFORE.search(text, max(0, start - _SAID_WIDTH), start) is not None
        or _said_of_a_person(text, start, end)
    )


def _a_persons_name_with_a_places_head(run: list[Token]) -> bool:
    """Whether two words that end on a place's head word may be a person's given and family
    names: "Tom Bridge", "Charlotte Church"; not "Victoria Station" (no family name) nor "Regent
    Street" (no given name)."""
    return len(run) == 2 and is_given_name(run[0].text) and not known_place(run[0].text) and is_family_name(run[1].text)


def _described_as_a_person(text: str, end: int) -> bool:
    """Whether an appositive after the name at ``end`` gives an age or a person's role:
    "Hassan, 52, said", "Hassan, a shopkeeper", "Hassan, a 52-year-old, said"."""
    appositive = _APPOSITIVE.match(text, end)
    if appositive is not None and appositive["age"]:
        return 0 < int(appositive["age"]) <= _OLDEST
    head = _appositive_head(text, appositive)
    return head is not None and (head in PERSON_NOUNS or is_title(head) or AGE_WORD.fullmatch(head) is not None)


def _appositive_head(text: str, appositive: re.Match[str] | None) -> str | None:
    """The head noun of the description an ``_APPOSITIVE`` match found after a name ("Hassan, a
    local shopkeeper" -> "shopkeeper"); None if it found none or the head owns what follows
    ("Jones, the bank's economist")."""
    if appositive is None or not appositive["words"]:
        return None
    words = appositive["words"].rstrip()
    if text.startswith(("'", "’"), appositive.start("words") + len(words)):
        return None
    return words.split()[-1]


def _named_as_a_place(text: str, start: int, end: int) -> bool:
    """Whether the words around the name at ``start:end`` call it a place: "the town of Raboso",
    "Chiautla de Tapia, a small town in Puebla", "Norcia, which is about 105 miles northwest of
    Rome"."""
    if place_noun_before(text, start) or _SITUATED.match(text, end):
        return True
    return _appositive_head(text, _APPOSITIVE.match(text, end)) in PLACE_NOUNS


def place_noun_before(text: str, start: int) -> bool:
    """Whether a noun for a place or places and "of" stand right before ``start``: "the town of
    ", "the towns of " (before a list of places)."""
    return _PLACE_OF.search(text, max(0, start - _PLACE_OF_WIDTH), start) is not None


def kind_before(text: str, start: int) -> EntityType | None:
    """The kind the words right before ``start`` give the names after them: a place's after a
    preposition of place ("in Brittany and Normandy"), an organisation's after a cue for one
    ("shares in Shell and TotalEnergies"); None where they give none."""
    if _ORGANISATION_BEFORE.search(text, max(0, start - _ORGANISATION_CUE_WIDTH), start):
        return "ORG"
    if _after_a_place_preposition(text, start):
        return "PLACE"
    return None


def _after_a_place_preposition(text: str, start: int) -> bool:
    """Whether a preposition of place stands right before ``start`` ("in ", "across "), and
    it is no source's ("according to ", "a report from ")."""
    return _PLACE_PREPOSITIONS.search(text, 0, start) is not None and _SOURCE.search(text, 0, start) is None


def before_a_region(text: str, end: int) -> bool:
    """Whether a comma and a country, US state or named region follow ``end``: "Baltimore, Md.",
    "Paris, France", "Mai Mahiu, Nakuru County," (a region that closes the phrase, not "Maui
    County mayor")."""
    region = _REGION_AFTER.match(text, end)
    if region is None:
        return False
    # The stop after a country that ends the sentence is no abbreviation's: "to Shannon, Ireland."
    if known_region(region[1]) or known_region(region[1].rstrip(".")) or us_state(region[1]) is not None:
        return True
    head = region[1].rsplit(None, 1)[-1].casefold()
    return " " in region[1] and head in ADMINISTRATIVE_UNITS and _CLAUSE_END.match(text, region.end()) is not None


def kind_of(text: str, run: list[Token], end: int, hint: EntityType | None) -> EntityType | None:
    """The kind of the name that ``run`` spells up to ``end`` (its possessive left out), from its
    own words (``hint`` if they say nothing) and then from the words around it; None when
    nothing tells."""
    start = run[0].start
    if len(run) == 1 and (run[0].lower in HOLIDAYS or is_language(run[0].text)):
        return "OTHER"  # a time of year or a language, whatever preposition comes before it
    if any(t.lower in ("sans", "without") for t in run[1:-1]):
        # "Medecins sans Frontieres", "Doctors Without Borders": no person's or place's name
        # says "without", though "Borders" ends places' names.
        return "ORG"
    cue = _cue_of_a_name(run)
    kind: EntityType | None = "PLACE" if known_region(text[start:end]) else None
    if kind is None and (
        _SCORE_AFTER.match(text, end) or (_PLAYED_TO_A_SCORE.match(text, end) and not _full_name(run))
    ):
        kind = "ORG"  # a team, though it bears its city's name ("Orlando City 3-1")
    if (
        kind is None
        and _played(text, start, end)
        and (known_place(text[start:end]) or cue == "PLACE")
        and run[-1].lower not in _GROUND_HEADS
    ):
        # A club called by its city's name alone ("a win over Barcelona") or with a place's head
        # word ("beat Manchester City"); a player is beaten too. Not a ground ("2-1 at Villa Park").
        kind = "ORG"
    if kind is None and len(run) >= 2 and run[-2].lower in ("city", "town") and run[-1].lower == "hall":
        kind = "PLACE"  # "Lewiston City Hall"; "Hall" alone ends too many people's names to cue a place
    kind = kind or cue or hint
    if (
        cue == "PLACE"
        and _a_persons_name_with_a_places_head(run)
        and (_speaks(text, start, end) or _role_before(text, start))
    ):
        kind = "PERSON"  # "Tom Bridge said", "Charlotte Church, 37, said", "passenger Tom Bridge"; not "Albert Bridge"
    if kind in (None, "OTHER") and _role_before(text, start):
        kind = "PERSON"
    if kind is None and _noun_before(text, start, _VESSELS):
        kind = "OTHER"  # "the ship Kenda", "the container ship Ever Given"
    if kind is None and len(run) > 1 and run[-1].lower in MASTHEADS and known_place(text[start : run[-2].end]):
        kind = "ORG"  # a newspaper: "The Baltimore Sun", "Kansas City Star"
    if kind is None and _BASED_IN.match(text, end):
        kind = "PLACE"  # "the Santa Clara-based company", however "shares of the" before it reads
    if kind is None and (partners(run, text) or organisation_context(text, start, end)):
        kind = "ORG"
    if kind is None and _said_of_a_person(text, start, end):
        kind = "PERSON"
    if (
        kind is None
        and _ITS_AFTER.match(text, end)
        and not (is_given_name(run[0].text) or known_place(text[start:end]))
    ):
        kind = "ORG"  # "Goldman Sachs raised its forecast", "Mellanox said its sales rose"
    if kind is None and len(run) > 1 and known_place(text[start:end]):
        kind = "PLACE"
    if kind is None and _named_as_a_place(text, start, end):
        kind = "PLACE"
    if (
        kind is None
        and _after_a_place_preposition(text, start)
        and (len(run) == 1 or (len(run) == 2 and not _a_persons_two_words(run)) or _a_place_with_a_particle(run))
        and not ((modified := _NEXT_WORD.match(text, end)) and modified[1] not in STOP_WORDS)
        and not _owns_no_place(text, end)
    ):
        # "in Vladivostok", "around Kihei", "off Newfoundland", "in Pescara del Tronto"; not "to
        # Will Young", "from Liliane Bettencourt", nor "from OceanGate sub" (the name describes
        # the sub), nor "in Salomon Brothers' league table" (the name owns what the preposition is of)
        kind = "PLACE"
    if kind is None and before_a_region(text, end):
        kind = "PLACE"  # "Lahaina, Hawaii", "Springfield, Mo."
    if kind is None and (head := _NEXT_WORD.match(text, end)):
        if head[1] in _PLACE_HEADS_AFTER:
            kind = "PLACE"  # "the High Atlas mountains", "the Tumen river", "the Francis Scott Key bridge"
        elif head[1] in NAMED_AFTER_HEADS:
            kind = "ORG"  # "the Enrique Rebsamen school"
    if kind is None and len(run) == 1 and is_acronym(run[0].text) and not known_place(run[0].text):
        # Initials are an organisation's unless spelled out in common words.
        kind = "OTHER" if _spelled_out_in_lower_case(text, start, end, run[0].text) else "ORG"
    return kind


def _owns_no_place(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` owns what follows, and that is no place: "in Salomon
    Brothers' league table" (the table is what the preposition is of), not "in Malaysia's
    capital"."""
    owned = _OWNED.match(text, end)
    return owned is not None and not any(word in PLACE_NOUNS or word in COMPASS for word in owned[1].split())


def _role_before(text: str, start: int) -> bool:
    """Whether a role in lower case stands right before the name at ``start``: "Japan coach
    Shu Kamo", "striker Stefano Bordon", "fellow all-rounder Stuart Law" (whose last word
    alone would make a law of him); not after a comma ("hurt the player, Apple said"), but for
    a kin's after its owner ("his wife, Peggy, ...", "her son Ben")."""
    return (
        _noun_before(text, start, ROLE_NOUNS) or _KIN_BEFORE.search(text, max(0, start - _KIN_WIDTH), start) is not None
    )


def _noun_before(text: str, start: int, nouns: frozenset[str]) -> bool:
    """Whether one of ``nouns`` stands right before the name at ``start``, no comma between."""
    before = _WORD_BEFORE.search(text, max(0, start - _ROLE_WIDTH), start)
    return before is not None and "," not in before.group() and before["word"] in nouns


def _cue_of_a_name(run: list[Token]) -> EntityType | None:
    """The kind the head word of ``run`` cues (:func:`cue_type`), but none for a given name and
    one more word ("Margaret Court"): a family name may be a word that heads firms' names, though
    not a firm's plural head ("Tyson Foods", "Ford Motors")."""
    cue = cue_type([t.text for t in run])
    if (
        cue == "ORG"
        and len(run) == 2
        and is_given_name(run[0].text)
        and not known_place(run[0].text)
        and not (run[1].lower in FIRM_HEADS and run[1].lower.endswith("s"))
    ):
        return None
    return cue


def _a_place_with_a_particle(run: list[Token]) -> bool:
    """Whether a name of three words or more with a Romance "of" inside opens on no given name,
    as a place's does ("Pescara del Tronto", "Castel di Sangro"); not "Pedro de la Rosa", nor
    "Abu Bakr al-Baghdadi" (no place's particle)."""
    return len(run) > 2 and any(t.lower in _PLACE_PARTICLES for t in run[1:-1]) and not is_given_name(run[0].text)


def _a_persons_two_words(run: list[Token]) -> bool:
    """Whether two words read as a person's name: a given name first ("Will Young"), or a family
    name that is no English word after a word that is no everyday one either ("Liliane
    Bettencourt", whose given name is too rare to be listed; not "Fort Myers", "Cedar Grove")."""
    first, last = run[0].text, run[1].text
    return is_given_name(first) or (is_family_name(last) and not common_word(last, 3.5) and not common_word(first))


def _spelled_out_in_lower_case(text: str, start: int, end: int, shortened: str) -> bool:
    """Whether common words spell out the initials at ``start:end``, before them ("respiratory
    syncytial virus, or RSV", "weapons of mass destruction (WMD)") or after them ("an ROV, or
    remotely operated vehicle"): they name a thing, not an organisation, whose words are
    capitalised ("Food and Drug Administration (FDA)")."""
    letters = shortened.replace(".", "").upper()
    before = _SPELLED_BEFORE.search(text, max(0, start - _SPELLED_WIDTH), start)
    after = _SPELLED_AFTER.match(text, end)
    return (before is not None and _spells(before[1].split(), letters, False)) or (
        after is not None and _spells(after[1].split(), letters, True)
    )


def _spells(words: list[str], letters: str, from_start: bool) -> bool:
    """Whether the first (``from_start``) or last few of ``words`` spell ``letters``."""
    return any(
        initials(" ".join(words[:size] if from_start else words[-size:])) == letters
        for size in range(1, len(words) + 1)
    )
