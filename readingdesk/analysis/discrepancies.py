"""Where sources disagree: figures of one kind and quantity that do not agree, and spellings.

Two sentences are compared when they report the same fact (a link or a fact
group); the aligner links two sentences a little under its threshold that measure
one quantity (:func:`measure_one_quantity`) for that. Their figures are paired by kind and context
(the words around each figure); a pair that does not agree after conversion
and rounding is a conflict, and conflicts that share a figure are one
discrepancy. A figure in parentheses that restates the one before it is not
compared again, except a sum in the currency the other source gives and the
figure's is not: "£12bn ($15bn)" against "$16bn" is "$15bn" against "$16bn".
Two sentences about different things ("In Amatrice, 47 died", "In Accumoli,
11 died") are never compared, however they are linked.

Sizes written before their noun ("a 948-foot vessel", "the 985-foot tanker")
are a thing's standing properties, not one sentence's news: they are compared
across the whole corpus, wherever two sources size a thing named alike.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from readingdesk.analysis.disjoint import DisjointSets
from readingdesk.analysis.entities.aliases import parts
from readingdesk.analysis.entities.extract import written_name
from readingdesk.analysis.entities.model import Entity
from readingdesk.analysis.figures import (
    COUNTED_DEAD,
    DEATH,
    NOUN_KINDS,
    QUANTITY_KINDS,
    STATES,
    Figure,
    agree,
    counts_people,
    is_toll,
    within_rounding,
)
from readingdesk.analysis.model import FactGroup, Link
from readingdesk.analysis.profiles import Named, about_other_things
from readingdesk.corpus.model import article_of

# A context word around more than this share of the corpus' figures (and this many) is a topic word.
COMMON_CONTEXT_SHARE = 0.08
COMMON_CONTEXT_MIN = 3
# Two quantities further apart than this factor measure different things.
MAX_CONFLICT_RATIO = 3.0
# Two sums further apart than this factor (a thousand, and float rounding) are two sums: a
# company's revenue and its earnings a share.
MAX_SUM_RATIO = 1_000.001
# Two magnitudes further apart than this are two quakes (the main shock and an aftershock).
MAX_MAGNITUDE_GAP = 1.0
# Kinds compared only with matching context (dates and weekdays of the same event).
_CONTEXT_KINDS = frozenset({"date", "weekday", "year", "count", "duration", "money", "percent", "ordinal"})
# Kinds whose values a relative spread does not describe.
_NO_SPREAD = frozenset({"ordinal", "temperature"})


@dataclass(slots=True)
class Discrepancy:
    id: str
    group: str | None
    kind: str
    values: list[tuple[str, Figure]]  # (sentence id, figure)

    @property
    def spread(self) -> float | None:
        """Relative spread of the values (max - min) / max, for quantities; none for a rank or a
        temperature, whose zero is no absence ("the 65th minute", "0°C")."""
        if self.kind in _NO_SPREAD:
            return None
        bases = [f.base for _, f in self.values if f.base is not None]
        if len(bases) < 2 or not max(abs(b) for b in bases):
            return None
        return round((max(bases) - min(bases)) / max(abs(b) for b in bases), 4)

    def describe(self) -> str:
        shown = " vs ".join(dict.fromkeys(f.text for _, f in self.values))
        spread = self.spread
        return f"{self.kind}: {shown}" + (f" ({spread:.0%} apart)" if spread else "")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "group": self.group,
            "kind": self.kind,
            "values": [
                {"sentence": sid, "start": f.start, "end": f.end, "text": f.text, "value": f.value, "unit": f.unit}
                for sid, f in self.values
            ],
            "spread": self.spread,
        }


def _by_kind(found: list[Figure]) -> dict[str, list[tuple[int, Figure]]]:
    """A sentence's figures by kind, with their places in its list; restatements left out."""
    kinds: dict[str, list[tuple[int, Figure]]] = defaultdict(list)
    for index, figure in enumerate(found):
        if figure.restates is None:
            kinds[figure.kind].append((index, figure))
    return kinds


def _figures_of(kinds: dict[str, list[tuple[int, Figure]]]) -> Iterator[tuple[int, Figure]]:
    """A sentence's figures from :func:`_by_kind`: all of them, restatements left out."""
    for figures in kinds.values():
        yield from figures


def _pairs(
    a: dict[str, list[tuple[int, Figure]]],
    b: dict[str, list[tuple[int, Figure]]],
    quantities_only: bool = False,
    common: frozenset[str] = frozenset(),
) -> Iterable[tuple[tuple[int, Figure], tuple[int, Figure]]]:
    """Figures of the two sentences (from :func:`_by_kind`) that speak of the same quantity or
    event; with ``quantities_only``, of the same quantity (:data:`QUANTITY_KINDS`).

    Context words shared by many figures of the corpus (the story's topic words,
    "train" in a story about a train) say nothing about which event is meant;
    but two death tolls are one toll, however often the story counts its dead,
    unless a sentence counts the dead of several events or groups ("two crashes
    that killed 346 people", "12 soldiers and 3 civilians").
    """
    for kind in a.keys() & b.keys():
        if quantities_only and kind not in QUANTITY_KINDS:
            continue
        left, right = a[kind], b[kind]
        groups = kind == "count" and _groups_of_dead(left) and _groups_of_dead(right)
        # One toll is no part of a sentence that counts the dead group by group: "killing 2,300"
        # against "1,651 people were killed in Turkey; in Syria the toll rose to 968".
        apart = kind == "count" and (
            (_one_toll_only(left) and _tolls(right) > 1) or (_one_toll_only(right) and _tolls(left) > 1)
        )
        if kind in _CONTEXT_KINDS or len(left) > 1 or len(right) > 1:
            for i, x in left:
                if any(_states(y, x) for _, y in right):
                    continue  # the other source states the same figure somewhere: no conflict
                # A count answers only a count of the same thing ("45 people", not "two crashes"),
                # an ordinal only one of the same thing ("the 72nd minute", not "the 12th century").
                answers = [
                    (j, y)
                    for j, y in right
                    if (kind not in NOUN_KINDS or y.unit == x.unit) and not (apart and is_toll(x) and is_toll(y))
                ]
                scored = [
                    (_shared_context(x, y, _ignored(common, x, y, groups)), (j, y))
                    for j, y in answers
                    if _same_scale(x, y)
                ]
                # The most context shared, then the nearest amount: "810 deaths" in Syria answers
                # "968", not "1,651" in Turkey, where each shares only the dying.
                shared, best = max(scored, key=lambda s: (s[0], -_apart(x, s[1][1])), default=(0, None))
                if best is not None and shared >= 1:
                    yield (i, x), best
        elif _same_scale(left[0][1], right[0][1]):
            yield left[0], right[0]


def measure_one_quantity(a: Sequence[Figure], b: Sequence[Figure]) -> bool:
    """Whether two sentences' figures (``a`` and ``b``) state one quantity between them: a
    distance, speed, duration, mass or temperature of the same scale, and, where either gives
    several of a kind, with a context word in common. "Vladivostok lies around 1,130
    kilometers from Pyongyang" and "Kim spent 20 hours travelling 1,180km" measure one trip,
    however else they differ; "a 1.6-mile bridge" and "a 948-foot ship" measure two things."""
    return any(True for _ in _pairs(_by_kind(list(a)), _by_kind(list(b)), quantities_only=True))


def _in_currencies_of(
    found: list[Figure], kinds: dict[str, list[tuple[int, Figure]]], other: dict[str, list[tuple[int, Figure]]]
) -> dict[str, list[tuple[int, Figure]]]:
    """A sentence's figures (``found``, by kind as :func:`_by_kind` gives them) with each sum in
    a currency the other sentence (``other``) gives none in read as the sentence restates it
    in one the other does give: "£12bn ($15bn)" is "$15bn" beside "$16bn". Sums in two
    currencies cannot be compared; other quantities convert."""
    currencies = {figure.unit for _, figure in other.get("money", ())}
    if not currencies or "money" not in kinds:
        return kinds
    read = [
        next(((k, r) for k, r in enumerate(found) if r.restates == i and r.unit in currencies), (i, figure))
        if figure.unit not in currencies
        else (i, figure)
        for i, figure in kinds["money"]
    ]
    return {**kinds, "money": read}


def _apart(x: Figure, y: Figure) -> float:
    """How many times the larger of two amounts is the smaller (0 where one has none)."""
    if x.base is None or y.base is None or min(abs(x.base), abs(y.base)) == 0:
        return 0.0
    return max(abs(x.base), abs(y.base)) / min(abs(x.base), abs(y.base))


def _ignored(common: frozenset[str], x: Figure, y: Figure, groups: bool) -> frozenset[str]:
    """The context words that tell nothing of which quantity two figures are: the topic's
    (``common``), except a word for dying between two tolls of one group of dead, where both
    sentences count groups of dead and nothing else near that word (``groups``): "killed 115
    people" and "a toll of 114"; "four adults" and "five adults" beside "22 dead pupils"."""
    return common - {DEATH} if groups and is_toll(x) and is_toll(y) else common


def _shared_context(x: Figure, y: Figure, ignored: frozenset[str]) -> int:
    """How many context words two figures share, topic words aside, and a change's direction
    both tell ("fell by 60 percent", "plummeted nearly 70%"), whose word is part of the figure;
    but two figures framed in the very same words share their frame, topic words or not
    ("faces up to 110 years in prison", "faces 115 years in prison" in a story about a trial)."""
    shared = (
        len((x.context & y.context) - ignored)
        + (x.direction != 0 and x.direction == y.direction)
        + (x.unit == y.unit and x.unit in STATES)  # "9,733 were injured", "11,119 injured"
    )
    return 1 if not shared and len(x.context) >= 2 and x.context == y.context else shared


def _states(y: Figure, x: Figure) -> bool:
    """``y`` states ``x``'s figure: they agree, and a count of another noun gives the same number
    ("1.8 million vehicles", "1.8 million deliveries"), not just any number ("two crashes"), nor
    one that a round number's rounding covers ("6,000 people" beside "10,000 missing"), nor a
    sum in another currency."""
    if x.kind in NOUN_KINDS and x.unit != y.unit:
        return within_rounding(x, y, strict=True)
    if x.kind == "money" and x.unit != y.unit:
        return False  # a sum in another currency says nothing of this one
    return agree(x, y)


def _tolls(figures: list[tuple[int, Figure]]) -> int:
    """How many tolls a sentence's counts hold."""
    return sum(is_toll(figure) for _, figure in figures)


def _one_toll_only(figures: list[tuple[int, Figure]]) -> bool:
    """Whether a sentence's counts hold one toll alone, of people at large: a total ("killing
    2,300 people"), no group of the dead ("four adults")."""
    tolls = [figure for _, figure in figures if is_toll(figure)]
    return len(tolls) == 1 and tolls[0].unit.lower() in COUNTED_DEAD


def _groups_of_dead(figures: list[tuple[int, Figure]]) -> bool:
    """A sentence's counts (``figures``, all of kind "count") beside a word for dying all count
    people: "22 dead pupils and four adults", "1,541 people had died and 9,733 were injured";
    not "Two wildfires that killed 230 people", which counts events too."""
    return all(counts_people(figure) for _, figure in figures if DEATH in figure.context)


def _same_scale(a: Figure, b: Figure) -> bool:
    """Two quantities close enough to be one measured twice: "1,130 km" and "425 miles" may be
    (a conflict), "a 1.6-mile bridge" and "a 948-foot ship" are two things measured. Counts
    and dates may differ by any factor ("6 dead" and "20 dead"), sums by up to a thousand
    ("$3.87 billion" and "$3.87 million" may be one sum misprinted; "$1.47" a share is another).
    Magnitudes more than one apart are two quakes: "magnitude 6.8" and "a magnitude 4.9
    aftershock"."""
    if a.kind == "magnitude" and isinstance(a.value, float) and isinstance(b.value, float):
        return abs(a.value - b.value) <= MAX_MAGNITUDE_GAP
    if a.kind == "money" and isinstance(a.base, float) and isinstance(b.base, float) and min(a.base, b.base) > 0:
        return max(a.base, b.base) / min(a.base, b.base) <= MAX_SUM_RATIO
    if a.kind not in QUANTITY_KINDS or a.base is None or b.base is None or a.base <= 0 or b.base <= 0:
        return True
    return max(a.base, b.base) / min(a.base, b.base) <= MAX_CONFLICT_RATIO


def _size_conflicts(figures: dict[str, list[Figure]]) -> Iterator[tuple[tuple[str, int], tuple[str, int]]]:
    """Pairs of (sentence id, figure index) from two sources that size a thing named alike
    differently: "a 948-foot vessel" and "the 985-foot tanker" (both a ship)."""
    sizing: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
    for sid, found in figures.items():
        for index, figure in enumerate(found):
            for term in figure.measures if figure.restates is None else ():
                sizing[(figure.kind, term)].append((sid, index))
    for sized in sizing.values():
        for (x, i), (y, j) in combinations(sized, 2):
            a, b = figures[x][i], figures[y][j]
            if article_of(x) != article_of(y) and _same_scale(a, b) and not agree(a, b):
                yield (x, i), (y, j)


def find_discrepancies(
    figures: dict[str, list[Figure]],
    links: list[Link],
    groups: list[FactGroup],
    named: Mapping[str, Named] | None = None,
) -> list[Discrepancy]:
    """Conflicting figures between sentences that report the same fact; ``named``, what each
    sentence names by kind: two about different things (:func:`about_other_things`: different
    places, organisations, people or quarters of a year, or changes on different days) give
    figures that do not conflict."""
    group_of = {sid: g.id for g in groups for sid in g.sentences}
    named = named or {}
    nothing: Named = {}

    def comparable(x: str, y: str) -> bool:
        """Whether both sentences state a figure (only those can disagree), of the same things."""
        return x in figures and y in figures and not about_other_things(named.get(x, nothing), named.get(y, nothing))

    compared: dict[tuple[str, str], None] = {}
    for link in links:
        if comparable(link.a, link.b):
            compared[(link.a, link.b)] = None
    for group in groups:
        stating = [(sid, article_of(sid)) for sid in group.sentences if sid in figures]
        for i, (x, article) in enumerate(stating):
            for y, other in stating[i + 1 :]:
                if article != other and comparable(x, y):
                    compared.setdefault((x, y), None)

    every = [f for found in figures.values() for f in found]
    seen = Counter(term for f in every for term in f.context)
    common = frozenset(t for t, n in seen.items() if n > max(COMMON_CONTEXT_MIN, COMMON_CONTEXT_SHARE * len(every)))

    # Conflicting figure pairs, joined into discrepancies when they share a figure.
    conflicts: DisjointSets[tuple[str, int]] = DisjointSets()
    by_kind = {sid: _by_kind(found) for sid, found in figures.items()}
    # Of each sentence, the sentences of each other article it is compared with.
    partners: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for x, y in compared:
        partners[x][article_of(y)].append(y)
        partners[y][article_of(x)].append(x)

    def stated_in(sid: str, figure: Figure, article: str) -> bool:
        """Whether another sentence of ``article`` that reports the fact of ``sid`` states ``figure``:
        then that source gives the same figure, and the one it does not match measures another
        thing ("GAAP earnings of $0.99" beside "non-GAAP earnings of $2.18")."""
        return any(_states(other, figure) for z in partners[sid][article] for _, other in _figures_of(by_kind[z]))

    def reversed_in(sid: str, figure: Figure, article: str) -> tuple[str, int] | None:
        """Where another sentence of ``article`` that reports the fact of ``sid`` gives the
        change ``figure`` measures at its size but the other way ("up 10 per cent" against
        "declined 10%"): that, and not some other share of the sentence, is what it contradicts."""
        for z in partners[sid][article]:
            for k, other in _figures_of(by_kind[z]):
                if other.direction * figure.direction < 0 and within_rounding(other, figure):
                    return z, k
        return None

    for x, y in compared:
        left = _in_currencies_of(figures[x], by_kind[x], by_kind[y])
        right = _in_currencies_of(figures[y], by_kind[y], left)
        for (i, a), (j, b) in _pairs(left, right, common=common):
            if agree(a, b):
                continue
            if reversal := reversed_in(x, a, article_of(y)):
                conflicts.union((x, i), reversal)
            elif reversal := reversed_in(y, b, article_of(x)):
                conflicts.union((y, j), reversal)
            elif not stated_in(x, a, article_of(y)) and not stated_in(y, b, article_of(x)):
                conflicts.union((x, i), (y, j))
    for one, other in _size_conflicts(figures):
        conflicts.union(one, other)
    found: list[Discrepancy] = []
    for nodes in conflicts.sets():
        if len(nodes) < 2:
            continue
        nodes.sort()
        values = [(sid, figures[sid][i]) for sid, i in nodes]
        groups_here = {group_of.get(sid) for sid, _ in nodes}
        group = groups_here.pop() if len(groups_here) == 1 else None
        found.append(Discrepancy("", group, values[0][1].kind, values))
    found.sort(key=lambda d: (d.values[0][0], d.values[0][1].start))
    for number, discrepancy in enumerate(found, start=1):
        discrepancy.id = f"d{number}"
    return found


def spelling_variants(entities: list[Entity]) -> list[dict[str, Any]]:
    """Names that sources write differently for one entity: full forms only, per source. A name
    set in capitals (a dateline's "MEXICO CITY") is typography, not spelling: it counts as the
    form written in lower case, where a source writes one; so are a curly apostrophe and a line
    break inside a name ("Microsoft’s Xbox" is "Microsoft's Xbox")."""
    variants = []
    for entity in entities:
        forms: dict[str, set[str]] = defaultdict(set)
        shown: dict[str, str] = {}  # each spelling as the first source to use it sets it
        for mention in entity.mentions:
            if len(parts(mention.text)) >= 2 or "-" in mention.text:
                form = shown.setdefault(_typeset(mention.text), written_name(mention.text))
                forms[form].add(mention.article_id)
        written = {form.casefold(): form for form in forms if not form.isupper()}
        for form in [form for form in forms if form.isupper() and form.casefold() in written]:
            forms[written[form.casefold()]] |= forms.pop(form)
        if len(forms) >= 2:
            variants.append({
                "entity": entity.id,
                "name": entity.name,
                "forms": {form: sorted(sources) for form, sources in sorted(forms.items())},
            })  # fmt: skip
    return variants


def _typeset(name: str) -> str:
    """A name with straight apostrophes and single spaces: how it is spelt, not how it is set."""
    return written_name(name.replace("’", "'").replace("‘", "'"))
