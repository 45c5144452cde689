"""Figure extraction and discrepancy quality on the annotated seeds.

    python benchmarks/figure_quality.py

Figures are matched by article, sentence, exact text and kind against
tests/data/figure_gold.json; discrepancies as the cross-source pairs of
conflicting figures (two figures in one discrepancy from different articles).
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

from readingdesk.analysis import analyze_corpus
from readingdesk.corpus import load_corpus
from readingdesk.corpus.model import split_sentence_id

ROOT = Path(__file__).resolve().parent.parent
GOLD = json.loads((ROOT / "tests/data/figure_gold.json").read_text(encoding="utf-8"))


def prf(found: set, wanted: set) -> str:
    tp = len(found & wanted)
    p = tp / len(found) if found else 0.0
    r = tp / len(wanted) if wanted else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f1:.3f} ({len(wanted)} gold, {len(found)} found)"


def main() -> None:
    corpus = load_corpus([ROOT / "seeds"])
    analysis = analyze_corpus(corpus)

    def key(sentence_id: str) -> tuple[str, int]:
        article, index = split_sentence_id(sentence_id)
        return article[:3], index

    found = {(*key(sid), f.text, f.kind) for sid, figures in analysis.figures.items() for f in figures}
    wanted = {tuple(row) for row in GOLD["figures"]}
    print(f"figures        {prf(found, wanted)}")

    def pairs(values: list[tuple[str, int, str]]) -> set[frozenset]:
        return {frozenset((x, y)) for x, y in itertools.combinations(values, 2) if x[0] != y[0]}

    gold_pairs = set().union(*(pairs([tuple(v) for v in d["values"]]) for d in GOLD["discrepancies"]))
    system_pairs = set().union(
        set(), *(pairs([(*key(sid), f.text) for sid, f in d.values]) for d in analysis.discrepancies)
    )
    print(f"discrepancies  {prf(system_pairs, gold_pairs)}")
    for d in analysis.discrepancies:
        print(f"  {d.id} {d.describe()}")


if __name__ == "__main__":
    main()
