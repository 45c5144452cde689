"""The entity layer's entry point: mentions in every sentence, merged into entities."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import partial
from typing import Protocol

from readingdesk.analysis.entities.aliases import (
    clipped_from,
    group_mentions,
    initials,
    name_after_kind,
    name_words,
    parts,
    party_word,
    short_party_word,
    spells,
)
from readingdesk.analysis.entities.capitals import restore_case, written_case
from readingdesk.analysis.entities.gazetteer import (
    ADMINISTRATIVE_UNITS,
    CLUB_HEADS,
    COMPASS,
    FOREIGN_ARTICLES,
    GENERATIONS,
    LARGE_CITY,
    LEGAL_FORMS,
    NAME_CUES,
    NAME_PARTICLES,
    WORLD_CITY,
    city_population,
    common_word,
    demonym_country,
    introduces_a_name,
    is_family_name,
    is_given_name,
    known_country,
    known_place,
    known_region,
    us_state,
)
from readingdesk.analysis.entities.kinds import cue_type, is_acronym
from readingdesk.analysis.entities.mentions import (
    REPEATED_NAME,
    TITLE_CASE_SMALL,
    Candidate,
    SentenceEvidence,
    WordEvidence,
    bare_names,
    blank_market_codes,
    dateline_line_names,
    family_name,
    find_candidates,
    is_derived_word,
    is_news_agency,
    word_evidence,
)
from readingdesk.analysis.entities.model import Entity, EntityType, Mention
from readingdesk.analysis.entities.tokens import POSSESSIVE
from readingdesk.corpus.markup import blank_urls
from readingdesk.corpus.model import Article
from readingdesk.corpus.segment import in_capitals

ENTITY_KINDS = frozenset({"headline", "body", "caption"})
# A city this large names teams after it: "Buffalo Sabres".
TEAM_CITY = 100_000
# A place's name in capitals this short or shorter is its initials ("UAE", "USA").
PLACE_INITIALS = 3


class MentionFinder(Protocol):
    """A backend that finds name candidates in one sentence (offsets into the sentence)."""

    def __call__(self, text: str, known_names: frozenset[str], lower_words: frozenset[str]) -> list[Candidate]: ...


def _words_of(articles: Sequence[Article]) -> dict[str, str]:
    """Each sentence's text (by id) with its web addresses and market codes blanked: no name is
    read in where a link points, nor in a share's code ("GS.N") or a credit rating ("BBB+")."""
    return {
        sentence.id: blank_market_codes(blank_urls(article.sentence_text(sentence)))
        for article in articles
        for sentence in article.sentences
    }


def _in_written_case(
    articles: Sequence[Article], words: dict[str, str], evidence: Mapping[str, SentenceEvidence]
) -> dict[str, str]:
    """``words`` (each sentence's text, by id) with the sentences set in capitals in the case
    the corpus writes their words in, as the other sentences' ``evidence`` tells; metadata stays
    as it is ("RIO DE JANEIRO 1996-12-06" is a dateline for its capitals)."""
    shouted = {
        s.id for article in articles for s in article.sentences if s.kind in ENTITY_KINDS and in_capitals(words[s.id])
    }
    if not shouted:
        return words
    case = written_case(found for sid, found in evidence.items() if sid not in shouted)
    return words | {sid: restore_case(words[sid], case) for sid in shouted}


def _word_evidence(evidence: Iterable[SentenceEvidence]) -> WordEvidence:
    """What the corpus's capitals and lower case say of its words, from what each sentence's
    say (:func:`word_evidence`)."""
    lone: set[str] = set()
    leading: set[str] = set()
    lower: set[str] = set()
    times: Counter[str] = Counter()
    openings: Counter[str] = Counter()
    for ending, leads, lower_case, alone, opening_alone in evidence:
        lone.update(ending)
        times.update(alone)
        openings.update(opening_alone)
        leading.update(leads)
        lower.update(lower_case)
    # An owner's "'s" is the word's: "Apple's" counts for "Apple".
    times, openings = _without_owners(times), _without_owners(openings)
    repeated = frozenset(word for word, count in times.items() if count + openings[word] >= REPEATED_NAME)
    return WordEvidence(frozenset(lone | leading), frozenset(lower), frozenset(lone), repeated)


def _without_owners(counts: Counter[str]) -> Counter[str]:
    """``counts`` of words with an owner's "'s" counted for the word."""
    bare: Counter[str] = Counter()
    for word, count in counts.items():
        bare[POSSESSIVE.sub("", word)] += count
    return bare


def _trim_typos(mentions: list[Mention]) -> list[Mention]:
    """``Kim Jong-uncrossed`` holds ``Kim Jong-un``: a known name glued to a lower-case word."""
    counts = Counter(m.text for m in mentions)
    known = sorted((t for t, n in counts.items() if n >= 2 and len(parts(t)) >= 2), key=len, reverse=True)
    trimmed: list[Mention] = []
    for m in mentions:
        if counts[m.text] == 1:
            for name in known:
                rest = m.text[len(name) :]
                if m.text.startswith(name) and rest and rest.isalpha() and rest.islower():
                    m = Mention(m.sentence, m.article_id, m.start, m.start + len(name), name, m.type, m.titled)
                    break
        trimmed.append(m)
    return trimmed


def _opens_on_a_country(name: str) -> bool:
    """A name of several words that opens on a country or a nationality word, which no person's
    name does; a given name that is also a country's ("Jordan Peterson") needs a third word."""
    words = name.split()
    if len(words) < 2 or not (known_region(words[0]) or demonym_country(words[0])):
        return False
    return len(words) >= 3 or not is_given_name(words[0])


def _opens_on_a_city(name: str) -> bool:
    """A name that opens on a place of two words or more and goes on: a team, a paper or a
    firm of that place ("New York Mets", "Los Angeles Times"), no person's name; or on a city
    of one word and then a plural that is no family name, as teams are named ("Vancouver
    Canucks", "Buffalo Sabres"; not "Lincoln Roberts")."""
    words = name.split()
    if any(known_place(" ".join(words[:k])) for k in range(2, len(words))):
        return True
    return (
        len(words) == 2
        and city_population(words[0]) >= TEAM_CITY
        and not is_given_name(words[0])
        and words[1].endswith("s")
        and not is_family_name(words[1])
        and not common_word(words[1], 4.0)
    )


def _ends_on_a_city(name: str) -> bool:
    """A name of two words whose last is a region or a large city and no family name (a city of
    a million may be one), after a rare word that is no given name: a firm or a club named for
    its town ("Wells Fargo", "Atletico Madrid"), no person ("Jack London", "Stefano Bordon" of
    a town of 16,000) nor a part of a city ("Central London")."""
    words = name.split()
    if len(words) != 2:
        return False
    first, last = words
    population = city_population(last)
    return (
        (known_region(last) or population >= LARGE_CITY)
        and (not is_family_name(last) or population >= WORLD_CITY)
        and not is_given_name(first)
        and not common_word(first, 4.5)
    )


def _opens_on_initials(name: str) -> bool:
    """A name whose first word is letters in capitals and whose rest is not, or a word that
    opens on two capitals or more and goes on in lower case: a firm's initials ("BNP Paribas",
    "JPMorgan Chase"), which no person's name opens on ("LeBron James" opens on one)."""
    first, *rest = name.split()
    opens_on_initials = len(first) >= 2 and first.isalpha() and first[:2].isupper()
    return opens_on_initials and not (first.isupper() and " ".join(rest).isupper())


def _shortened_to_initials(longest: str, names: list[str]) -> bool:
    """Whether a name of several words that is no place's nor a person's also goes by its
    initials: an organisation's ("Paris Saint-Germain", "PSG"); not "Democratic Republic of
    Congo" and "DRC", nor "Sam Bankman-Fried" and "SBF"."""
    return (
        len(parts(longest)) >= 2
        and not known_place(longest)
        and not is_given_name(longest.split()[0])
        and any(_in_capitals(n) and spells(n.replace(".", ""), longest) for n in names if n != longest)
    )


def _in_capitals(name: str) -> bool:
    """Whether a name is written in capitals, full stops aside: initials ("RSV", "U.S.")."""
    return name.replace(".", "").isupper()


def _entity_type(members: list[Mention]) -> EntityType:
    if any(name_after_kind(name_words(m.text)) for m in members):
        return "OTHER"  # a ship or a storm, however its bare name reads elsewhere
    if any(is_news_agency(m.text) for m in members):
        return "ORG"  # "Reuters", "the Associated Press"
    names = [m.text for m in members]
    longest = max(names, key=lambda n: len(parts(n)))
    if _shortened_to_initials(longest, names) and cue_type(longest.split()) in (None, "ORG"):
        # "Paris Saint-Germain" and "PSG", however "from PSG" reads; not "Digital Markets Act"
        # and "DMA", a law, nor "Inflation Reduction Act" and "IRA".
        return "ORG"
    # Initials read as an organisation's wherever they stand alone, a person's too ("SBF"), so
    # where the name is spelled out its spelled forms decide. Where they were spelled out in
    # common words ("respiratory syncytial virus, or RSV") they were shown to name a thing.
    votes = Counter(m.type for m in members if m.type)
    if votes["OTHER"] and all(_in_capitals(n) for n in names):
        return "OTHER"
    if spelled := Counter(m.type for m in members if m.type and not _in_capitals(m.text)):
        # A tie goes to the kind of the fullest name: "Manchester City beat Brentford 3-1" (a
        # club) over "City" alone in a headline (a place by its word).
        fullest = {kind: max(len(parts(m.text)) for m in members if m.type == kind) for kind in spelled}
        return max(spelled, key=lambda kind: (spelled[kind], fullest[kind]))
    if votes:
        # Only initials tell: "SBF" of "Sam Bankman-Fried", a given name and more, is his.
        if len(parts(longest)) >= 2 and not _in_capitals(longest) and is_given_name(longest.split()[0]):
            return "PERSON"
        return votes.most_common(1)[0][0]
    words = parts(longest)
    # A city's name shortening a longer name says nothing: "Martin" of "David Martin".
    full = [n for n in names if len(parts(n)) == len(parts(longest))]
    if any(known_country(n) for n in names) or any(known_place(n) and not n.isupper() for n in full):
        return "PLACE"
    if all(_in_capitals(n) and not any(c.isdigit() for c in n) for n in names):
        return "ORG"  # initials ("LSEG"); not a code with digits ("H100", "COVID-19"), a thing's
    if longest[0].islower() and words[0] in NAME_PARTICLES:
        return "OTHER"  # "the al-Hoceima earthquake": a lower-case article says nothing of the kind
    if len(words) >= 2 and words[0] in COMPASS:
        return "PLACE"  # "North Atlantic", "West Bank"
    if any(_opens_on_a_country(name) or _opens_on_a_city(name) for name in names):
        return "ORG"  # "Kenya Red Cross", "Kenyan Red Cross", "New York Mets", "Los Angeles Lakers"
    if len(words) >= 2 and longest.split()[0] in FOREIGN_ARTICLES:
        return "OTHER"  # "La Prensa", "El Universal", "Der Spiegel": a paper, a firm or a place; no person
    if len(words) >= 2 and words[-1] in CLUB_HEADS:
        return "ORG"  # "Leeds United", "Tottenham Hotspur", "Blackburn Rovers"
    if len(words) >= 2 and _opens_on_initials(longest):
        return "ORG"  # "BNP Paribas", "MSN Messenger"
    if _ends_on_a_city(longest):
        return "ORG"  # "Wells Fargo", "Banco Santander"
    if any(c.isdigit() for c in longest):
        return "OTHER"  # a code ("Flight ET302", "Apollo 11"): no person's name holds a digit
    if len(words) >= 2 and is_family_name(words[-1]) and (is_given_name(words[0]) or not common_word(words[0], 4.5)):
        return "PERSON"  # "Mark Smith", "Will Young": every word everyday, but a person's name
    one_hyphenated_word = "-" in longest and " " not in longest
    if (
        len(words) >= 2
        and not one_hyphenated_word
        and not all(common_word(w, 4.5) for w in words)
        and not is_derived_word(words[-1])
        and not _everyday_last_word(longest)
        and not _ends_in_initials(longest)
        and not (common_word(words[0], 4.5) and not is_given_name(longest.split()[0]))
    ):
        # Not "Salvage Operations": no name ends in a word like "operations", nor in an everyday
        # word that is no family name ("Alameda Research"), nor in initials ("Ampere GPU"); nor
        # opens on an everyday word that is no given name ("Golden Boot"); nor is one
        # hyphenated word ("Coca-Cola"): a person called so is named in full elsewhere.
        return "PERSON"
    return "OTHER"


def _ends_in_initials(name: str) -> bool:
    """A name whose last word alone is in capitals, and no son's generation: "Ampere GPU",
    "Boeing 737 MAX"; not "Martin Luther King III", nor a name all in capitals."""
    last = name.split()[-1].replace(".", "")
    return len(last) >= 2 and last.isupper() and not name.isupper() and last.casefold() not in GENERATIONS


def _everyday_last_word(name: str) -> bool:
    """A name that ends in an everyday word no family name is, after no given name: "Alameda
    Research", not "Josh Green" (a family name) nor "Kim Jong Un" (a given name first)."""
    words = name.split()
    last = words[-1]
    return len(last) > 3 and common_word(last, 4.5) and not is_family_name(last) and not is_given_name(words[0])


def _places_named_in_places(entities: list[Entity]) -> None:
    """Type as a place a one-word name of no known kind that names a place's region or part
    elsewhere in the corpus: "Maui" beside "Maui County" and "West Maui"."""
    specific: set[str] = set()
    for entity in entities:
        if entity.type == "PLACE":
            for alias in entity.aliases:
                words = alias.split()
                if len(words) == 2 and words[1].casefold() in ADMINISTRATIVE_UNITS:
                    specific.add(words[0])  # "Maui County", "Nakuru County"
                elif len(words) == 2 and words[0].casefold() in COMPASS:
                    specific.add(words[1])  # "West Maui"
    for entity in entities:
        if entity.type == "OTHER" and entity.name in specific and all(m.type is None for m in entity.mentions):
            entity.type = "PLACE"
            entity.name = _display_name(entity.mentions, "PLACE")


def written_name(name: str) -> str:
    """A name as a reader reads it: a line break or a run of blanks inside it, from text
    wrapped by hand ("National Bank of" at the end of a line), is one space."""
    return " ".join(name.split())


def _display_name(members: list[Mention], kind: EntityType) -> str:
    """The most used form; for a person the most used full name ("Vladimir Putin", not "Putin");
    a name spelt out, not its initials or its clipped form ("Federal Reserve", not "Fed"); a
    party in full ("Labour Party", not "Labour"); a state in full ("Maryland" for an entity
    only ever called "Md.")."""
    counts = Counter(written_name(m.text) for m in members)
    forms = [t for t in counts if not _in_capitals(t)] or list(counts)
    forms = [t for t in forms if not any(clipped_from(t, other) for other in counts)] or forms
    if kind == "PERSON":  # of two written words or more: "Sam Bankman-Fried", not "Bankman-Fried"
        forms = [t for t in forms if len(name_words(t)) >= 2 and " " in t] or forms
    if kind == "ORG":  # a party in full: "Labour Party", not "Labour" nor "the Conservatives"
        parties = {party_word(form) for form in counts} - {None}
        forms = [t for t in forms if short_party_word(t) not in parties] or forms
    name = max(forms, key=lambda t: (counts[t], len(parts(t)), -len(t)))
    if kind == "PLACE" and name.isupper() and max(len(word) for word in name.split()) > PLACE_INITIALS:
        name = _from_capitals(name)  # a dateline's "SAN FRANCISCO"; not "UAE"
    return us_state(name) or name


def _from_capitals(name: str) -> str:
    """A name printed in capitals, as it is written in a sentence: "San Francisco", "Winston-Salem"."""
    return re.sub(r"[^\W\d_]+(?:['’][^\W\d_]+)*", lambda word: word[0][0] + word[0][1:].lower(), name)


def _split_names(
    mentions: list[Mention], acronym_pairs: list[tuple[int, int]]
) -> tuple[list[Mention], list[tuple[int, int]]]:
    """Each mention that holds two names split in two, and the acronym links (indices into
    ``mentions``) renumbered to match."""
    alone = {m.text for m in mentions if len(parts(m.text)) >= 2}
    singles = {m.text for m in mentions if "-" not in m.text and " " not in m.text}
    pieces = [
        [
            half
            for piece in _run_on(m, alone)
            for run in _initials_in_turn(piece, singles)
            for half in _compound(run, singles)
        ]
        for m in mentions
    ]
    first = [0, *itertools.accumulate(len(found) for found in pieces)]
    return [m for found in pieces for m in found], [(first[a], first[b]) for a, b in acronym_pairs]


def _run_on(m: Mention, alone: set[str]) -> list[Mention]:
    """ "Taking to Twitter Abiy Ahmed said": one word run on into a person's name of two words or
    more that the corpus also gives on its own (in ``alone``) is two names. A name stays whole
    where its first word introduces it ("President"), is a given name ("Marine Le Pen") or is
    hyphenated, where the rest opens on a particle ("Le Pen"), or where it ends on what it
    names ("Korea-Russia Friendship Bridge")."""
    head, _, rest = m.text.partition(" ")
    words = rest.split()
    if (
        len(words) < 2
        or rest not in alone
        or "-" in head
        or not head[:1].isupper()
        or introduces_a_name(head)
        or is_given_name(head)
        or parts(rest)[0] in NAME_PARTICLES
        or words[-1].casefold() in NAME_CUES
    ):
        return [m]
    return [
        Mention(m.sentence, m.article_id, m.start, m.start + len(head), head, None, False),
        Mention(m.sentence, m.article_id, m.end - len(rest), m.end, rest, m.type, m.titled),
    ]


def _initials_in_turn(m: Mention, singles: set[str]) -> list[Mention]:
    """ "NASA DART mission": two sets of initials in a row, each mentioned on its own elsewhere
    (in ``singles``), are two names."""
    words = m.text.split(" ")
    if len(words) != 2 or not all(is_acronym(w) and w in singles for w in words):
        return [m]
    return [
        Mention(m.sentence, m.article_id, m.start, m.start + len(words[0]), words[0], None, False),
        Mention(m.sentence, m.article_id, m.end - len(words[1]), m.end, words[1], None, False),
    ]


def _compound(m: Mention, singles: set[str]) -> list[Mention]:
    """ "Kim-Putin meeting": a hyphenated pair of names mentioned on their own elsewhere (in
    ``singles``) is two names; so is a pair of places the gazetteer knows ("the Goma-Bukavu
    area"), unless the pair is a place's own name ("Guinea-Bissau", "Winston-Salem")."""
    halves = m.text.split("-")
    if len(halves) != 2 or " " in m.text or not all(halves):
        return [m]
    places = all(known_place(h) for h in halves) and not known_place(m.text)
    if not places and not all(h in singles for h in halves):
        return [m]
    cut = m.start + len(halves[0])
    kind: EntityType | None = "PLACE" if places else None
    return [
        Mention(m.sentence, m.article_id, m.start, cut, halves[0], kind, False),
        Mention(m.sentence, m.article_id, cut + 1, m.end, halves[1], kind, False),
    ]


def _short_forms(mentions: list[Mention], acronyms: set[str]) -> frozenset[str]:
    """What later mentions may call a person or an organisation named in full: the family name
    ("Trump" of "Donald Trump"), the initials of three or more words ("WHO" of "World Health
    Organization") and ``acronyms`` the corpus defined in brackets ("ICE"), the word before
    "Party" or a firm's legal form ("Labour" of "Labour Party", "Apple" of "Apple Inc."). A
    place's name is none of them."""
    places = {m.text for m in mentions if m.type == "PLACE"}
    forms = {name for m in mentions if (name := family_name(m.text, m.type)) is not None} | acronyms
    for m in mentions:
        if m.type != "ORG" or " " not in m.text:
            continue
        if len(letters := initials(m.text)) >= 3:
            forms.add(letters)
        if len(words := m.text.split()) == 2 and (party_word(m.text) or words[1].casefold().rstrip(".") in LEGAL_FORMS):
            forms.add(words[0])
    return frozenset(forms - places)


def _bare_short_forms(
    articles: Sequence[Article],
    words: Mapping[str, str],
    mentions: list[Mention],
    lower_words: frozenset[str],
    acronyms: set[str],
) -> list[Mention]:
    """Mentions by a short form alone ("Trump", "Green", "WHO", "ICE") where the finder, taking
    the word for an everyday one, found none, once the corpus has given the name in full (and
    defined ``acronyms``); ``words`` are the texts of the sentences."""
    names = _short_forms(mentions, acronyms)
    if not names:
        return []
    taken: dict[str, list[tuple[int, int]]] = {}
    for m in mentions:
        taken.setdefault(m.sentence, []).append((m.start, m.end))
    found: list[Mention] = []
    for article in articles:
        for sentence in article.sentences:
            if sentence.kind not in ENTITY_KINDS:
                continue
            spans = taken.get(sentence.id, [])
            for candidate in bare_names(words[sentence.id], names, lower_words):
                start, end = sentence.start + candidate.start, sentence.start + candidate.end
                if not any(start < other_end and other_start < end for other_start, other_end in spans):
                    found.append(Mention(sentence.id, article.id, start, end, article.text[start:end], None, False))
    return found


def _titles_again(
    articles: Sequence[Article],
    words: Mapping[str, str],
    mentions: list[Mention],
    acronym_pairs: list[tuple[int, int]],
) -> tuple[list[Mention], list[tuple[int, int]]]:
    """``mentions`` (and the ``acronym_pairs`` among them) with every other use of a title the
    corpus gives in quotation marks (a name of kind OTHER with a small word inside: "Call of
    Duty") as that title, where it stands without them and so read as other names ("Call",
    "Duty") or none."""
    titles = {m.text for m in mentions if m.type == "OTHER" and TITLE_CASE_SMALL.intersection(m.text.split()[1:])}
    if not titles:
        return mentions, acronym_pairs
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True)) + r")\b")
    spans = {(m.sentence, m.start, m.end) for m in mentions}
    found: list[Mention] = []
    for article in articles:
        for sentence in article.sentences:
            if sentence.kind not in ENTITY_KINDS:
                continue
            for match in pattern.finditer(words[sentence.id]):
                start, end = sentence.start + match.start(), sentence.start + match.end()
                if (sentence.id, start, end) not in spans:
                    found.append(Mention(sentence.id, article.id, start, end, article.text[start:end], None, False))
    if not found:
        return mentions, acronym_pairs
    titled: dict[str, list[Mention]] = {}
    for f in found:
        titled.setdefault(f.sentence, []).append(f)
    kept = [
        index
        for index, m in enumerate(mentions)
        if not any(f.start <= m.start and m.end <= f.end for f in titled.get(m.sentence, ()))
    ]
    renumbered = {old: new for new, old in enumerate(kept)}
    pairs = [(renumbered[a], renumbered[b]) for a, b in acronym_pairs if a in renumbered and b in renumbered]
    return [mentions[index] for index in kept] + found, pairs


def extract_entities(articles: Sequence[Article], finder: MentionFinder | None = None) -> list[Entity]:
    """Every named entity of the corpus, ordered by salience (sources, then mentions); names
    found by ``finder``, the built-in :func:`find_candidates` when none is given."""
    words = _words_of(articles)
    by_sentence = {sid: word_evidence(text) for sid, text in words.items()}
    evidence = _word_evidence(by_sentence.values())
    words = _in_written_case(articles, words, by_sentence)
    known, lower_words = evidence.names, evidence.lower
    finder = finder or partial(find_candidates, lone_names=evidence.lone, repeated_names=evidence.repeated)
    mentions: list[Mention] = []
    acronym_pairs: list[tuple[int, int]] = []
    for article in articles:
        for sentence in article.sentences:
            text = words[sentence.id]
            # Of metadata, only a dateline on a line of its own names anything: its place.
            found = finder(text, known, lower_words) if sentence.kind in ENTITY_KINDS else dateline_line_names(text)
            index_of = {}
            for candidate in found:
                start, end = sentence.start + candidate.start, sentence.start + candidate.end
                index_of[(candidate.start, candidate.end)] = len(mentions)
                mentions.append(
                    Mention(
                        sentence.id,
                        article.id,
                        start,
                        end,
                        article.text[start:end],
                        candidate.type,
                        candidate.titled,
                    )
                )
                if candidate.acronym_of and candidate.acronym_of in index_of:
                    acronym_pairs.append((index_of[candidate.acronym_of], len(mentions) - 1))
    defined = {mentions[acronym].text for _, acronym in acronym_pairs}
    mentions.extend(_bare_short_forms(articles, words, mentions, lower_words, defined))
    mentions, acronym_pairs = _titles_again(articles, words, mentions, acronym_pairs)
    mentions, acronym_pairs = _split_names(_trim_typos(mentions), acronym_pairs)
    entities: list[Entity] = []
    for members_idx in group_mentions(mentions, acronym_pairs):
        members = sorted((mentions[i] for i in members_idx), key=lambda m: (m.article_id, m.start))
        aliases = sorted({written_name(m.text) for m in members}, key=lambda t: (-len(parts(t)), t))
        kind = _entity_type(members)
        entities.append(Entity("", _display_name(members, kind), kind, aliases, members))
    _places_named_in_places(entities)
    order = {a.id: i for i, a in enumerate(articles)}
    for entity in entities:
        entity.mentions.sort(key=lambda m: (order[m.article_id], m.start))
    entities.sort(key=lambda e: (-e.salience[0], -e.salience[1], e.name))
    for number, entity in enumerate(entities, start=1):
        entity.id = f"e{number}"
    return entities
