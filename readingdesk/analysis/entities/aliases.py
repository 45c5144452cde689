"""Merging mentions into entities: one entity per referent, with all its surface forms.

Mentions join when they are the same name up to case, hyphens and spaces
(``Kim Jong-un`` / ``Kim Jong Un``); when an acronym is defined for a name or
spells its initials (``JCS`` / ``Joint Chiefs of Staff``); when two names of
the same shape differ by a transliteration (``Choe Son-hui`` / ``Choe Sun Hui``,
``Tumen River`` / ``Tuman River``) with the same family name or head word;
when organisation names have the same words in another order or translation
(``Workers' Party Central Committee``); when one-word place names are spelt
alike (``Marrakesh`` / ``Marrakech``); and when a short form (``Kim``,
``Putin``) names a person mentioned in full, resolved to the nearest full name
before it in the same article, else the most mentioned one; a ship or a storm
goes by its name without its kind (``MV Dali`` / ``Dali``, ``Hurricane Katrina``
/ ``Katrina``); an organisation by the clipped first word of its name (``Fed`` /
``Federal Reserve``). People who share a surname stay apart: ``Kim Myong-sik`` is not
``Kim Jong-un``; nor is a place named alone its own public body: ``Baltimore`` is
not ``Baltimore City Fire Department``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache

from rapidfuzz import fuzz

from readingdesk.analysis.disjoint import DisjointSets
from readingdesk.analysis.entities.gazetteer import (
    ADMINISTRATIVE_UNITS,
    CLUB_HEADS,
    GENERATIONS,
    LEGAL_FORMS,
    NAME_CONNECTORS,
    NAME_CUES,
    NAME_PARTICLES,
    NAMED_AFTER_HEADS,
    NAMED_STRUCTURE_HEADS,
    SHIP_PREFIXES,
    STORM_KINDS,
    common_word,
    country_code,
    demonym_country,
    is_given_name,
    known_place,
    us_state,
)
from readingdesk.analysis.entities.model import EntityType, Mention
from readingdesk.analysis.entities.tokens import WEB_DOMAIN
from readingdesk.analysis.terms import fold, term_of
from readingdesk.corpus.model import split_sentence_id

_PARTS = re.compile(r"[^\W_]+", re.UNICODE)
_POSSESSIVE_S = re.compile(r"['’]s\b")
# What a name's key leaves out: the web domain in a company's name ("Amazon.com Inc" is Amazon)
# and a person's quoted nickname (Gerardo "Tata" Martino is Gerardo Martino).
_LEFT_OUT_OF_KEY = re.compile(WEB_DOMAIN + r"|\s[\"“][^\"”]{1,40}[\"”](?=\s)")
# A last word added to a name after its initials were coined: "Centers for Disease Control and
# Prevention" is still the CDC.
_AND_LAST_WORD = re.compile(r"\s+(?:and|&)\s+\w+$")
# What two spellings of one given name may differ in: the vowels inside it, doubled letters.
_VOWELS = re.compile(r"[aeiouy]")
_DOUBLED = re.compile(r"(.)\1+")
# An acronym in mixed case, a small letter for a linking word: "DoJ", "MoD", "DfE".
_MIXED_ACRONYM = re.compile(r"[A-Z](?:[a-z]?[A-Z])+")
# The head words of what is named after someone, then called by that name alone.
_NAMED_AFTER = NAMED_AFTER_HEADS | NAMED_STRUCTURE_HEADS
# Endings that make another word of the same stem: "Banking" is no clipped "Bank".
_WORD_ENDINGS = frozenset("al ed er ers es ing ings ian ians ish ism ist ists ly ment ments ness".split())
# Words that join a name's parts but say nothing about it.
_LINKING = NAME_CONNECTORS | {"the", "and"}
# What a place's own public bodies are called after its name ("Baltimore City Fire Department",
# "Chicago Police", "Orange County Sheriff's Office"): the place named alone is not the body.
_PUBLIC_BODY_WORDS = ADMINISTRATIVE_UNITS | frozenset("city police fire sheriff transit municipal council".split())
VARIANT_SIMILARITY = 80
# How alike two one-word place names must be to be one place: "Marrakesh" and "Marrakech" (89).
PLACE_SIMILARITY = 85


def parts(name: str) -> list[str]:
    """Lower-case word parts of a name, hyphens split, possessive dropped ("U.S." keeps its "s")."""
    return list(_parts(name))


@lru_cache(maxsize=100_000)
def _parts(name: str) -> tuple[str, ...]:
    """:func:`parts`, read once for each name: the pairwise comparisons of names ask again."""
    words = [fold(w) for w in _PARTS.findall(_POSSESSIVE_S.sub("", name))]
    return tuple(w for w in words if w)


def name_words(name: str) -> list[str]:
    """The parts of a name that say whose it is: without particles written in lower case, so
    "von der Leyen" and "al-Assad" are one word each, as "Putin" is; "Al Gore" keeps its "Al";
    and without a son's generation: "Mills" is the last word of "John Mills Jr." too."""
    words = _PARTS.findall(_POSSESSIVE_S.sub("", name))
    kept = [w for w in words if not (w.islower() and w in NAME_PARTICLES)] or words
    folded = [f for w in kept if (f := fold(w))]
    while len(folded) > 2 and folded[-1] in GENERATIONS:
        folded.pop()
    return folded


# How everyday the first word of a sea's name may be for the sea to go by it alone.
_SEA_NAME_WORD = 4.5


@lru_cache(maxsize=100_000)
def key(name: str) -> str:
    """Case-, hyphen- and space-free form: ``Kim Jong-un`` and ``Kim Jong Un`` share it, and
    a firm's name with its legal form and without, and an ocean's name with its word "Ocean"
    and without (``North Atlantic``), and so a sea's named by a rare word (``Caribbean``).

    Every name of a country shares its ISO code: ``Russia`` and ``Russian Federation``; a
    state's abbreviation shares its name's key: ``Md.`` and ``Maryland``.
    """
    name = us_state(name) or name
    if code := country_code(name):
        return f"country:{code}"
    words = [p for p in parts(_LEFT_OUT_OF_KEY.sub("", name)) if p != "the"]
    while len(words) > 1 and words[-1] in LEGAL_FORMS:
        words.pop()  # "BMC Software Inc" is "BMC Software", "Intel Corp." is "Intel"
    if len(words) > 1 and words[-1] == "ocean":
        words.pop()
    elif len(words) == 2 and words[-1] == "sea" and not common_word(words[0], _SEA_NAME_WORD):
        words.pop()  # "the Caribbean Sea" is "the Caribbean"; the Red Sea is no "Red"
    return "".join(words)


def party_word(name: str) -> str | None:
    """The word a party goes by, folded: "labour" of "Labour Party"; None for other names."""
    words = parts(name)
    return words[0] if len(words) == 2 and words[1] == "party" else None


def short_party_word(name: str) -> str | None:
    """The word of a one-word name as :func:`party_word` gives it, its members' plural singled:
    "conservative" of "Conservative" and of "Conservatives"."""
    words = parts(name)
    return words[0].removesuffix("s") if len(words) == 1 else None


@lru_cache(maxsize=100_000)
def stems(name: str) -> frozenset[str]:
    return frozenset(t for p in parts(name) if p not in _LINKING and (t := term_of(p)))


def initials(name: str) -> str:
    return "".join(p[0] for p in parts(name) if p not in _LINKING and p not in LEGAL_FORMS).upper()


def _compatible(a: EntityType | None, b: EntityType | None) -> bool:
    return a is None or b is None or a == b


def _expand_acronyms(short: list[str], long: list[str]) -> list[str]:
    """``UN Security Council`` read against ``United Nations Security Council``: expand ``un``."""
    out: list[str] = []
    i = 0
    for word in short:
        width = len(word)
        window = long[i : i + width] if 2 <= width <= 5 else []
        if len(window) == width and "".join(w[0] for w in window) == word and word not in long:
            out.extend(window)
            i += width
        else:
            out.append(word)
            i += 1
    return out


def _letters_joined(words: list[str]) -> list[str]:
    """Runs of single letters as one word: "U.S. Coast Guard" reads as "us coast guard"."""
    out: list[str] = []
    joining = False
    for word in words:
        if len(word) == 1 and word.isalpha():
            if joining:
                out[-1] += word
            else:
                out.append(word)
            joining = True
        else:
            out.append(word)
            joining = False
    return out


def _variants(a: str, b: str, type_a: EntityType | None, type_b: EntityType | None) -> bool:
    """Two multi-word names that spell one referent differently.

    A country or a state ("U.S.", "N.Y.") is matched by its key alone: its letters
    are no acronym to expand ("Urban Search")."""
    if not _compatible(type_a, type_b) or any(country_code(n) or us_state(n) for n in (a, b)):
        return False
    pa, pb = _letters_joined(parts(a)), _letters_joined(parts(b))
    if _expand_acronyms(pa, pb) == pb or _expand_acronyms(pb, pa) == pa:
        return True
    if len(pa) < 2 or len(pb) < 2:
        return False
    person = "PERSON" in (type_a, type_b) or (type_a is None and type_b is None)
    initials_a, initials_b = _middle_initials(parts(a)), _middle_initials(parts(b))
    if person and initials_a and initials_b and initials_a != initials_b:
        return False  # "George H. W. Bush" and "George W. Bush"
    if person and _without_middle_initials(pa) == _without_middle_initials(pb):
        return True  # "Donald J. Trump" and "Donald Trump"
    if person and pa[0] == pb[0] and pa[-1] == pb[-1] in GENERATIONS and (set(pa) <= set(pb) or set(pb) <= set(pa)):
        return True  # "Donald Jr." and "Donald Trump Jr."
    if person and len(pa) == len(pb) and pa[0] == pb[0]:
        # Same family name first (Korean, Chinese order) or same given name: compare the rest.
        return fuzz.ratio("".join(pa[1:]), "".join(pb[1:])) >= VARIANT_SIMILARITY
    if person and len(pa) == len(pb) and pa[-1] == pb[-1]:
        given_a, given_b = "".join(pa[:-1]), "".join(pb[:-1])
        return fuzz.ratio(given_a, given_b) >= VARIANT_SIMILARITY + 5 or _inner_vowels_apart(given_a, given_b)
    shorter, longer = sorted((pa, pb), key=len)
    if person and 2 <= len(shorter) < len(longer) and shorter[0] in NAME_PARTICLES:
        return longer[-len(shorter) :] == shorter  # "Le Pen" of "Marine Le Pen", "De Niro" of "Robert De Niro"
    if person:
        return False
    # Places and organisations: same head word, the rest spelt alike, or the same words reordered.
    same_head = pa[-1] == pb[-1] and len(pa) == len(pb)
    if same_head and fuzz.ratio(" ".join(pa[:-1]), " ".join(pb[:-1])) >= VARIANT_SIMILARITY:
        return True
    sa, sb = stems(a), stems(b)
    return len(sa) >= 2 and sa == sb


def _inner_vowels_apart(a: str, b: str) -> bool:
    """Two spellings of one name that differ only in the vowels inside it, and in doubled
    letters: "Damian" and "Damien", "Mohammed" and "Mohamed"; not "Mario" and "Maria", whose
    last letters differ, nor short names, where one vowel makes another name ("Dana", "Dina")."""

    def skeleton(word: str) -> str:
        inner = _VOWELS.sub("", word[1:-1])
        return word[0] + _DOUBLED.sub(r"\1", inner + word[-1])

    return min(len(a), len(b)) >= 5 and a[0] == b[0] and a[-1] == b[-1] and skeleton(a) == skeleton(b)


def _middle_initials(words: list[str]) -> tuple[str, ...]:
    """The single letters between a person's first and last name parts."""
    return tuple(w for w in words[1:-1] if len(w) == 1)


def _without_middle_initials(words: list[str]) -> list[str]:
    """A person's name parts without the single letters between the first and the last."""
    return [words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1]] if len(words) > 2 else words


def _one_place_word(name: str) -> bool:
    """A place name of one word, long enough for a spelling to tell it apart, and no country."""
    words = parts(name)
    return len(words) == 1 and len(words[0]) >= 6 and not name.isupper() and country_code(name) is None


def _first_words_of(short: str, long: str) -> bool:
    """ "Abiy Ahmed" of "Abiy Ahmed Ali": a person's name, then more of it; not a generation
    ("Donald Trump Jr." is his son)."""
    ws, wl = parts(short), parts(long)
    return len(ws) < len(wl) and wl[: len(ws)] == ws and not set(wl[len(ws) :]) & GENERATIONS


def _hyphenated_family_name_of(short: str, long: str) -> bool:
    """ "Bankman-Fried" of "Sam Bankman-Fried", "Ocasio-Cortez" of "Alexandria Ocasio-Cortez":
    one hyphenated word that ends a longer name."""
    ws, wl = parts(short), parts(long)
    return " " not in short and "-" in short and len(ws) < len(wl) and wl[-len(ws) :] == ws


def _contained(short: str, long: str) -> bool:
    """ "Security Council" in "United Nations Security Council": all its words, in a longer name;
    or an institution or structure named after someone, its head word left off ("Enrique
    Rebsamen" of "Enrique Rebsamen School", "Francis Scott Key" of "Francis Scott Key Bridge")."""
    if (words := parts(long))[:-1] == parts(short) and len(words) >= 3 and words[-1] in _NAMED_AFTER:
        return True
    ws = {p for p in parts(short) if p not in _LINKING}
    wl = {p for p in parts(long) if p not in _LINKING}
    if not (len(ws) >= 2 and ws < wl) or known_place(short) or known_place(long):
        return False
    # Places with more words are often other places (Republic of Korea, Democratic People's
    # Republic of Korea); only a named structure (a bridge, a river) keeps its identity.
    head = parts(short)[-1]
    return head not in ("republic", "kingdom", "korea", "states") and head in NAME_CUES


# The longest family name that, in capitals, may be initials: "Un", "Li".
_SHORT_FAMILY_NAME = 3


def group_mentions(mentions: list[Mention], acronym_links: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Indices of ``mentions`` grouped by referent."""
    sets: DisjointSets[int] = DisjointSets(range(len(mentions)))
    # Single words that may be the short form of several people ("Kim") are resolved one by
    # one below; every other name joins the mentions spelt the same.
    first_and_last = {w for m in mentions if len(p := name_words(m.text)) >= 2 for w in (p[0], p[-1])}
    # A word in capitals that is also written in lower case, alone or ending a longer name, is the
    # name shouted ("DALI", "WEAH" of "George Weah"), no acronym; but initials as short as a
    # family name of two or three letters stay initials ("UN" beside "Kim Jong Un").
    written = {key(m.text) for m in mentions if not m.text.isupper()} | {
        key(last)
        for m in mentions
        if " " in m.text and not m.text.isupper() and len(last := m.text.rsplit(" ", 1)[-1]) > _SHORT_FAMILY_NAME
    }
    by_key: dict[str, int] = {}
    deferred: list[int] = []
    for index, mention in enumerate(mentions):
        k = key(mention.text)
        acronym = _is_acronym(mention.text) and k not in written
        words = name_words(mention.text)
        if len(words) == 1 and words[0] in first_and_last and not acronym and not k.startswith("country:"):
            deferred.append(index)
            continue
        if k in by_key:
            sets.union(by_key[k], index)
        else:
            by_key[k] = index
    for x, y in acronym_links:
        sets.union(x, y)

    # One representative per distinct name, with its type votes.
    types: dict[str, Counter[EntityType]] = defaultdict(Counter)
    for mention in mentions:
        if mention.type:
            types[key(mention.text)][mention.type] += 1

    def type_of(name: str) -> EntityType | None:
        votes = types.get(key(name))
        return votes.most_common(1)[0][0] if votes else None

    names = {k: mentions[i].text for k, i in by_key.items()}
    multi = [k for k, name in names.items() if len(parts(name)) >= 2]
    # Two multi-word names are compared only where they share a word or its stem, which every
    # rule below asks of them: names that share none are not compared at all.
    sharing = _sharing([names[k] for k in multi])
    for i, ka in enumerate(multi):
        for j in sharing[i]:
            kb = multi[j]
            if j > i and _variants(names[ka], names[kb], type_of(names[ka]), type_of(names[kb])):
                sets.union(by_key[ka], by_key[kb])

    # Places of one word spelt two ways ("Marrakesh", "Marrakech"); countries have their codes.
    places = [k for k, name in names.items() if _one_place_word(name) and type_of(name) in ("PLACE", None)]
    for i, ka in enumerate(places):
        for kb in places[i + 1 :]:
            kinds = {type_of(names[ka]), type_of(names[kb])}
            if "PLACE" in kinds and ka[:2] == kb[:2] and fuzz.ratio(ka, kb) >= PLACE_SIMILARITY:
                sets.union(by_key[ka], by_key[kb])

    def join_the_one(k: str, candidates: list[str]) -> None:
        """Join name ``k`` to the referent of ``candidates`` where they all name one referent."""
        if len({sets.find(by_key[kb]) for kb in candidates}) == 1:
            sets.union(by_key[k], by_key[candidates[0]])

    # A party's members in the plural are the party: "the Conservatives" of "Conservative Party".
    parties = {word: k for k, name in names.items() if (word := party_word(name))}
    for k, name in names.items():
        if (party := parties.get(short_party_word(name))) and party != k:
            sets.union(by_key[k], by_key[party])

    # A shorter name inside exactly one longer name of another referent.
    for i, ka in enumerate(multi):
        containing = [multi[j] for j in sharing[i] if j != i and _contained(names[ka], names[multi[j]])]
        if containing and _compatible(type_of(names[ka]), type_of(names[containing[0]])):
            join_the_one(ka, containing)

    # A person named by the first words of exactly one longer name ("Abiy Ahmed" of "Abiy
    # Ahmed Ali"), or by a hyphenated family name ("Bankman-Fried" of "Sam Bankman-Fried"); the
    # start of two ("Kim Jong" of "Kim Jong Un" and "Kim Jong Il") names neither.
    # A longer name of no known kind may be a person's too, and so makes two.
    people = {i for i, k in enumerate(multi) if type_of(names[k]) in ("PERSON", None)}
    for i in sorted(people):
        ka = multi[i]
        near = [multi[j] for j in sharing[i] if j in people]
        longer = [kb for kb in near if _first_words_of(names[ka], names[kb])]
        if not any(type_of(names[kb]) == "PERSON" for kb in longer):
            longer = [kb for kb in near if _hyphenated_family_name_of(names[ka], names[kb])]
        join_the_one(ka, longer)

    # Acronyms that spell the initials of exactly one multi-word name; a country's ("US")
    # joins its other names by key, never a name that shares its initials ("Urban Search").
    # Two letters spell too many names to join one of another kind ("GM", "Gulf of Mexico").
    for k, name in names.items():
        if k.startswith("country:"):
            continue
        letters = name.replace(".", "")
        if len(parts(name)) == 1 and (_is_acronym(letters) or _MIXED_ACRONYM.fullmatch(letters)):
            spelled = [
                kb
                for kb in multi
                if spells(letters, names[kb]) and (len(letters) > 2 or _compatible(type_of(name), type_of(names[kb])))
            ]
            join_the_one(k, spelled)

    # An organisation called by the clipped first word of exactly one longer name ("Fed" of
    # "Federal Reserve", "Met" of "Metropolitan Police").
    organisations = [kb for kb in multi if type_of(names[kb]) == "ORG"]
    for k, name in names.items():
        if type_of(name) in ("ORG", None) and not _is_acronym(name):
            join_the_one(k, [kb for kb in organisations if clipped_from(name, names[kb])])

    resolved = _resolve_short_forms(mentions, deferred, sets, type_of)
    for index in deferred:  # short forms that named nobody in full
        if index in resolved:
            continue
        k = key(mentions[index].text)
        if k in by_key:
            sets.union(by_key[k], index)
        else:
            by_key[k] = index
    return sets.sets()


def spells(letters: str, name: str) -> bool:
    """Whether an acronym spells a name's initials: in capitals, those of its words that say
    something ("JCS", Joint Chiefs of Staff; "CDC", Centers for Disease Control and
    Prevention); in mixed case, a small letter for each linking word ("DoJ", Department of
    Justice; "DfT", Department for Transport)."""
    if letters.isupper():
        return letters in (initials(name), initials(_AND_LAST_WORD.sub("", name)))
    words = [p for p in parts(name) if p not in LEGAL_FORMS]
    return letters == "".join(p[0] if p in _LINKING else p[0].upper() for p in words)


def clipped_from(short: str, long: str) -> bool:
    """Whether a word is the clipped first word of a name of two words: "Fed" of "Federal
    Reserve" (not of "Federal Open Market Committee"), an everyday word cut short of more than
    an ending. Not "Ford" of "Fordham University" (no everyday word), "Bank" of "Banking
    Committee" nor "Nation" of "National Guard" (an ending added), nor a given name ("Sam" of
    "Samsung Electronics")."""
    words, long_words = parts(short), [p for p in parts(long) if p not in _LINKING]
    if len(words) != 1 or len(long_words) != 2:
        return False  # also a name of linking words alone ("DÙ" folds to "du")
    clip, first = words[0], long_words[0]
    rest = first[len(clip) :]
    return (
        len(clip) >= 3
        and first.startswith(clip)
        and len(rest) >= 2
        and rest not in _WORD_ENDINGS
        and common_word(first)
        and not known_place(first)
        and not demonym_country(first)
        and not is_given_name(short)
    )


def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return len(letters) >= 2 and letters.isupper()


def _sharing(names: list[str]) -> list[list[int]]:
    """For each of ``names``, the indices (ascending, its own among them) of the names that
    share a word other than a linking word ("of", "the"), or its stem, with it."""
    words = [{*parts(name), *stems(name)} - _LINKING for name in names]
    holders: dict[str, set[int]] = defaultdict(set)
    for index, held in enumerate(words):
        for word in held:
            holders[word].add(index)
    return [sorted({index, *(j for word in held for j in holders[word])}) for index, held in enumerate(words)]


def _resolve_short_forms(mentions: list[Mention], short: list[int], sets: DisjointSets[int], type_of) -> set[int]:
    """``Kim``, ``Mr Putin``, ``Yonhap``: a single word that names someone mentioned in full.

    Among several people with that word, the one named in full in this or the
    two sentences before wins; otherwise the one the corpus names most.
    """
    full_by_word: dict[str, set[int]] = defaultdict(set)
    # Words a ship or a storm goes by: "Titanic" of "RMS Titanic".
    ship_and_storm_names: set[str] = set()
    for index, mention in enumerate(mentions):
        words = name_words(mention.text)
        if len(words) < 2:
            continue
        kind = type_of(mention.text)
        if kind in (None, "PERSON"):
            full_by_word[words[0]].add(index)
            full_by_word[words[-1]].add(index)
        elif kind in ("ORG", "OTHER"):
            if called := name_after_kind(words):
                ship_and_storm_names.add(called)
            if called or not _a_places_body(words):
                full_by_word[called or words[0]].add(index)
            # A country's institution goes by its last word: "U.S. Navy" is "the Navy"; and a
            # city's team by its own: "Philadelphia Eagles" are "the Eagles".
            if (head := _after_country(mention.text) or _team_after_city(mention.text)) is not None:
                full_by_word[head].add(index)
    sentence_order = {m.sentence: n for n, m in enumerate(mentions)}
    size = Counter(sets.find(i) for i in range(len(mentions)))
    resolved: set[int] = set()
    for index in short:
        mention = mentions[index]
        word = name_words(mention.text)[0]
        candidates = full_by_word.get(word)
        # A place the data sets know is no person's or ship's name ("Jordan" beside "Bill
        # Jordan"); one typed a place only by the preposition before it may be a ship's ("feet
        # from Titanic"), a person's ("from Hafizi's squad") or a firm's that goes by its legal
        # form ("from Newmont" of "Newmont Mining Corp"), not a body named after a place
        # ("Maui" beside "Maui Police").
        if candidates and type_of(mention.text) == "PLACE":
            if known_place(mention.text):
                continue
            if word not in ship_and_storm_names:
                # ... nor a club's by its own word, a place's head ("City" of "Manchester City").
                candidates = {
                    c
                    for c in candidates
                    if _a_person_or_a_firm(mentions[c].text, type_of) or _team_after_city(mentions[c].text) == word
                }
        if word in _TOWN_WORDS:
            # "City" is a club's only where its article names the club: elsewhere it may be
            # a city's hall ("The City said ..." beside "Mexico City").
            candidates = {c for c in candidates if mentions[c].article_id == mention.article_id}
        if not candidates:
            continue
        resolved.add(index)
        roots = {sets.find(c) for c in candidates}
        if len(roots) == 1:
            sets.union(index, next(iter(candidates)))
            continue
        here = split_sentence_id(mention.sentence)[1]
        recent = [
            c
            for c in candidates
            if mentions[c].article_id == mention.article_id
            and here - 2 <= split_sentence_id(mentions[c].sentence)[1] <= here
            and mentions[c].start < mention.start
        ]
        if recent:
            sets.union(index, max(recent, key=lambda c: mentions[c].start))
        else:
            sets.union(
                index,
                max(candidates, key=lambda c: (size[sets.find(c)], -sentence_order[mentions[c].sentence])),
            )
    return resolved


def _a_person_or_a_firm(name: str, type_of: Callable[[str], EntityType | None]) -> bool:
    """Whether the full name is a person's, or a firm's by its legal form ("Newmont Mining Corp")."""
    return type_of(name) == "PERSON" or parts(name)[-1] in LEGAL_FORMS


def _a_places_body(words: list[str]) -> bool:
    """Whether a name is a known place's own public body: "Baltimore City Fire Department"."""
    return bool(_PUBLIC_BODY_WORDS.intersection(words[1:])) and known_place(words[0])


def name_after_kind(words: list[str]) -> str | None:
    """The word a ship or a storm goes by alone: "MV Dali" is "the Dali", "Tropical Storm
    Claudette" is "Claudette"; None for other names (``words`` as :func:`name_words` gives them)."""
    if len(words) >= 2 and words[0] in SHIP_PREFIXES:
        return words[1]
    for size in (1, 2, 3):
        if len(words) == size + 1 and " ".join(words[:size]) in STORM_KINDS:
            return words[-1]
    return None


# A town's words that end clubs' names: "Manchester City", "Ipswich Town".
_TOWN_WORDS = frozenset({"city", "town"})


def _team_after_city(name: str) -> str | None:
    """The team's own word after the city that opens ``name`` ("Eagles" of "Philadelphia
    Eagles", "United" of "Manchester United", "City" of "Manchester City"), as :func:`parts`
    gives it: a plural or a club's last word, no public body's ("Maui Police"); None for other
    names. Only organisations' names are asked, so "City" is a club's, not "Mexico City"'s."""
    words = name.split()
    for size in range(len(words) - 1, 0, -1):
        if known_place(" ".join(words[:size])) and country_code(" ".join(words[:size])) is None:
            rest = parts(" ".join(words[size:]))
            if len(rest) == 1 and (
                rest[0] in _TOWN_WORDS
                or ((rest[0].endswith("s") or rest[0] in CLUB_HEADS) and rest[0] not in _PUBLIC_BODY_WORDS)
            ):
                return rest[0]
            return None
    return None


def _after_country(name: str) -> str | None:
    """The one word after a country that opens ``name`` ("U.S. Navy", "Russian Navy"), as
    :func:`parts` gives it; None for other names."""
    words = name.split()
    for size in range(1, len(words)):
        lead = " ".join(words[:size])
        if country_code(lead) or (size == 1 and demonym_country(lead)):
            rest = parts(" ".join(words[size:]))
            return rest[0] if len(rest) == 1 else None
    return None
