"""A large synthetic news corpus for speed and memory measurements.

Several stories are mixed; each story has facts written in several
paraphrases (different wording, order, figures, spellings), and every article
tells a random subset of its story's facts in its own words, with sentences of
its own (built from common English words) between them. Nothing is a copy:
each article draws its own variants, names spellings and fillers.

Stories are cast from four templates (a summit, a budget, a storm, a final),
each cast with people and places of its own and a vocabulary of its own that
its articles' other sentences draw on, as articles on one story share words
beyond the facts they report. Two casts of one template still tell facts in
the same template words, as two storms or two budgets are reported alike.
"""

from __future__ import annotations

import random

from wordfreq import top_n_list

STORIES = [
    {
        "who": ["Kim Jong-un", "Kim Jong Un", "the North Korean leader"],
        "other": ["Vladimir Putin", "President Putin", "the Russian president"],
        "place": ["Vladivostok", "the Russian port city", "Russia's far east"],
        "facts": [
            "{who} crossed into {country} by armoured train on {day}, {agency} reported.",
            "According to {agency}, {who} left {capital} on {day} afternoon bound for {place}.",
            "{who} will meet {other} in {place}, where a forum runs until {day}.",
            "The train travelled {n} kilometres in about {h} hours, officials said.",
            "Officials have not confirmed when and where {who} and {other} will meet.",
            "{who} is accompanied by the foreign minister and senior military officials.",
            "Any exchange of weapons would violate United Nations sanctions, {agency} said.",
            "The trip is {who}'s first abroad since the pandemic closed the borders.",
        ],
        "country": ["Russia", "the Russian Federation"],
        "capital": ["Pyongyang", "the North Korean capital"],
    },
    {
        "who": ["Prime Minister Ana Ortiz", "Ms Ortiz", "the prime minister"],
        "other": ["the central bank governor", "Governor Luis Pereira", "Mr Pereira"],
        "place": ["Lisbon", "the capital", "parliament"],
        "facts": [
            "{who} announced a budget of {n} billion euros on {day}, {agency} reported.",
            "The budget raises spending on hospitals by {h} percent, {who} told {place}.",
            "{other} warned that inflation could rise above {h} percent next year.",
            "Opposition parties said they would vote against the plan on {day}.",
            "The plan cuts income tax for families earning less than {n} euros a year.",
            "Unions called a general strike for {day} to protest pension reforms.",
            "{who} said the deficit would fall to {h} percent of output by {year}.",
        ],
        "country": ["Portugal"],
        "capital": ["Lisbon"],
    },
    {
        "who": ["the storm", "Hurricane Delia", "Delia"],
        "other": ["the national weather service", "forecasters", "the hurricane centre"],
        "place": ["the Gulf coast", "coastal towns", "the port of Mobile"],
        "facts": [
            "{who} made landfall near {place} on {day} with winds of {n} km/h.",
            "At least {h} people were killed and thousands lost power, {agency} reported.",
            "{other} warned of flooding of up to {h} metres along {place}.",
            "Authorities ordered the evacuation of {n} residents before {day}.",
            "The governor declared a state of emergency on {day}, {agency} said.",
            "Schools and airports across {place} will stay closed until {day}.",
            "Insurers estimate the damage at {n} million dollars.",
        ],
        "country": ["the United States"],
        "capital": ["Washington"],
    },
    {
        "who": ["the club", "FC Norte", "Norte"],
        "other": ["coach Marta Silva", "Silva", "the coach"],
        "place": ["the final", "the stadium", "the cup final"],
        "facts": [
            "{who} won {place} {h}-1 on {day} in front of {n} fans.",
            "{other} said the victory was the best moment of her career.",
            "The winning goal came in the {h}th minute from a free kick.",
            "It is {who}'s first title in {h} years, {agency} reported.",
            "Fans celebrated in the streets of the city until {day} morning.",
            "{other} signed a new contract worth {n} euros a season.",
        ],
        "country": ["Spain"],
        "capital": ["Madrid"],
    },
]
AGENCIES = ["AP", "Reuters", "AFP", "EFE", "Yonhap", "TASS", "state media", "local media"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Sunday"]
SWAPS = [("travelled", "traveled"), ("kilometres", "kilometers"), ("armoured", "armored"),
         ("officials said", "according to officials"), ("announced", "unveiled"),
         ("warned", "cautioned"), ("killed", "dead"), ("left", "departed")]  # fmt: skip


def _filler(rng: random.Random, words: list[str], topic: list[str]) -> str:
    """A sentence of common words, ``TOPIC_SHARE`` of them drawn from the story's own."""
    length = rng.randint(12, 28)
    body = " ".join(rng.choice(topic if rng.random() < TOPIC_SHARE else words) for _ in range(length))
    return body[0].upper() + body[1:] + "."


FIRST = ["Ana", "Luis", "Mei", "Omar", "Ines", "Jae", "Olga", "Tariq", "Lena", "Raul", "Sun", "Ivan"]
LAST = ["Ortiz", "Pereira", "Park", "Haddad", "Novak", "Chen", "Silva", "Kovacs", "Moreau", "Abe"]
# Words a story's articles share beyond its facts, and how much of a filler sentence they make.
TOPIC_WORDS = 200
TOPIC_SHARE = 0.6
CITIES = ["Lisbon", "Busan", "Gdansk", "Porto", "Tbilisi", "Quito", "Accra", "Hanoi", "Perth", "Bergen"]


def _generic(names: list[str]) -> list[str]:
    """The names of a template that name no one ("the prime minister", not "Ms Ortiz")."""
    return [name for name in names if name.startswith("the ")]


def _cast(rng: random.Random, story: dict, words: list[str]) -> dict:
    """A new story of the same shape: other people and places, its facts in another
    order, and words of its own that its articles share."""
    (first, last), (other_first, other_last) = ((rng.choice(FIRST), rng.choice(LAST)) for _ in range(2))
    city = rng.choice(CITIES)
    cast = dict(story)
    cast["who"] = [*_generic(story["who"]), f"{first} {last}", f"{first}-{last}", last]
    cast["other"] = [*_generic(story["other"]), f"{other_first} {other_last}", other_last]
    cast["place"] = [*_generic(story["place"]), city, f"the city of {city}"]
    cast["facts"] = rng.sample(story["facts"], k=len(story["facts"]))
    cast["topic"] = rng.sample(words, k=TOPIC_WORDS)
    return cast


def _variant(rng: random.Random, story: dict, template: str) -> str:
    text = template.format(
        who=rng.choice(story["who"]),
        other=rng.choice(story["other"]),
        place=rng.choice(story["place"]),
        country=rng.choice(story["country"]),
        capital=rng.choice(story["capital"]),
        agency=rng.choice(AGENCIES),
        day=rng.choice(DAYS),
        n=f"{rng.choice([1, 2, 5, 12, 50, 120, 1130, 1180]) * rng.randint(1, 9):,}",
        h=rng.randint(2, 30),
        year=rng.randint(2024, 2030),
    )
    for british, american in SWAPS:
        if rng.random() < 0.5:
            text = text.replace(british, american)
    if "," in text and rng.random() < 0.3:
        head, _, tail = text.rstrip(".").partition(", ")
        if head and tail:
            text = f"{tail[0].upper()}{tail[1:]}, {head[0].lower()}{head[1:]}."
    return text[0].upper() + text[1:]


def make_corpus(
    articles: int = 200, sentences_per_article: int = 50, seed: int = 7, per_story: int = 10
) -> dict[str, str]:
    """``{name: text}``: ``articles`` articles of about ``sentences_per_article`` sentences,
    ``per_story`` articles covering each story."""
    rng = random.Random(seed)
    words = top_n_list("en", 5000)[100:]
    corpus: dict[str, str] = {}
    stories = [_cast(rng, STORIES[n % len(STORIES)], words) for n in range(-(-articles // per_story))]
    for n in range(articles):
        story = stories[n // per_story]
        lines: list[str] = []
        facts = rng.sample(story["facts"], k=min(len(story["facts"]), rng.randint(4, 7)))
        while len(lines) < sentences_per_article:
            if facts and rng.random() < 0.25:
                lines.append(_variant(rng, story, facts.pop()))
            else:
                lines.append(_filler(rng, words, story["topic"]))
        paragraphs = [" ".join(lines[i : i + 2]) for i in range(0, len(lines), 2)]
        corpus[f"article-{n:04d}"] = "\n\n".join(paragraphs) + "\n"
    return corpus
