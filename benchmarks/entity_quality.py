"""Entity quality on the annotated seeds, and extraction speed on the large synthetic corpus.

    python benchmarks/entity_quality.py [--articles 200]

Prints mention precision/recall/F1 (exact span), typed F1 (span and type),
and alias-merge precision/recall over pairs of mentions put in the same entity
(counted on the mentions both the gold and the system found), against
tests/data/entity_gold.json; then the time to extract entities from the
synthetic corpus of benchmarks/synthetic.py, and from a corpus that names some
two thousand different people and organisations (the speed corpus names few),
where every name is compared with the names it shares a word with.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path

from readingdesk.analysis.entities import extract_entities
from readingdesk.corpus import corpus_from_texts, load_corpus

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests/data/entity_gold.json"
Span = tuple[str, int, int]


def gold_mentions(corpus) -> dict[Span, tuple[str, str]]:
    """(article id, start, end) -> (type, referent)."""
    articles = {a.id[:3]: a for a in corpus.articles}
    gold: dict[Span, tuple[str, str]] = {}
    for prefix, index, text, occurrence, kind, referent in json.loads(GOLD.read_text("utf-8"))["mentions"]:
        article = articles[prefix]
        sentence = article.sentences[index]
        body = article.sentence_text(sentence)
        at = -1
        for _ in range(occurrence + 1):
            at = body.find(text, at + 1)
            if at < 0:
                raise SystemExit(f"gold mention {text!r} not found in {prefix}:{index}")
        gold[(article.id, sentence.start + at, sentence.start + at + len(text))] = (kind, referent)
    return gold


def prf(tp: int, predicted: int, wanted: int) -> tuple[float, float, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / wanted if wanted else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def quality() -> None:
    corpus = load_corpus([ROOT / "seeds"])
    gold = gold_mentions(corpus)
    entities = extract_entities(corpus.articles)
    system = {(m.article_id, m.start, m.end): (e.type, e.id) for e in entities for m in e.mentions}
    matched = gold.keys() & system.keys()
    p, r, f = prf(len(matched), len(system), len(gold))
    print(f"mentions  {len(gold)} gold, {len(system)} found: P {p:.3f} R {r:.3f} F1 {f:.3f}")
    typed = sum(1 for span in matched if gold[span][0] == system[span][0])
    p, r, f = prf(typed, len(system), len(gold))
    print(f"typed     P {p:.3f} R {r:.3f} F1 {f:.3f}")
    pairs = list(itertools.combinations(sorted(matched), 2))
    same_gold = {pair for pair in pairs if gold[pair[0]][1] == gold[pair[1]][1]}
    same_system = {pair for pair in pairs if system[pair[0]][1] == system[pair[1]][1]}
    p, r, f = prf(len(same_gold & same_system), len(same_system), len(same_gold))
    print(f"merges    {len(same_gold)} gold pairs: P {p:.3f} R {r:.3f} F1 {f:.3f}")
    print(f"entities  {len({v[1] for v in gold.values()})} gold referents, {len(entities)} found")


def speed(articles: int) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synthetic import make_corpus

    corpus = corpus_from_texts(make_corpus(articles))
    sentences = sum(len(a.sentences) for a in corpus.articles)
    started = time.perf_counter()
    entities = extract_entities(corpus.articles)
    elapsed = time.perf_counter() - started
    print(
        f"speed     {sentences:,} sentences: {elapsed:.2f} s, {sentences / elapsed:,.0f} sentences/s, "
        f"{len(entities):,} entities"
    )


# Words for the corpus of many names: people and organisations of made-up but ordinary names.
_GIVEN = (
    "Anna Boris Carla Dmitri Elena Farid Grace Hiro Ines Jonas Kofi Lena Marco Nadia Omar Priya Quentin Rosa "
    "Samir Tara Umar Vera Wanda Xavier Yusuf Zara Adel Bianca Cyrus Dana Emil Fatima Goran Hana Ivan Jana"
).split()
_FAMILY = (
    "Okafor Lindqvist Moreau Tanaka Novak Haddad Kowalski Silva Brennan Castillo Dubois Eriksen Ferreira "
    "Gallagher Hoffmann Ivanova Jensen Kaplan Larsen Mendes Nakamura Olsen Petrov Quinn Rahman Schultz "
    "Torres Urbina Varga Weber Yilmaz Zhang Abbott Becker Cortez Delgado Engel Fischer Greco Horvat"
).split()
_HEADS = "Holdings Institute Foundation Group Council Agency".split()


def many_names(articles: int = 100, sentences: int = 20) -> None:
    """Time the entity pass over articles that name many different people and organisations."""
    people = [f"{g} {f}" for g in _GIVEN for f in _FAMILY]
    bodies = [f"{f} {h}" for f in _FAMILY for h in _HEADS]
    texts = {}
    for a in range(articles):
        lines = []
        for n in range(sentences):
            k = a * sentences + n
            person, body = people[(k * 7) % len(people)], bodies[(k * 11) % len(bodies)]
            lines.append(f"{person}, who works for the {body}, said on Monday that the plan would change.")
        texts[f"a{a:03d}"] = "Plan changes\n\n" + " ".join(lines)
    corpus = corpus_from_texts(texts)
    started = time.perf_counter()
    entities = extract_entities(corpus.articles)
    elapsed = time.perf_counter() - started
    print(f"many names {articles * sentences:,} sentences: {elapsed:.2f} s, {len(entities):,} entities")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    args = parser.parse_args()
    quality()
    speed(args.articles)
    many_names()
