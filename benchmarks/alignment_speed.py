"""Speed and memory of the whole analysis on a large synthetic corpus, against brute force.

    python benchmarks/alignment_speed.py [--articles 200]

Prints wall time, peak memory (tracemalloc) and sentences per second of
``readingdesk.analyze_texts`` for the corpus and for twice the corpus, and the
cost of scoring every cross-article pair with rapidfuzz (process.cdist, all
cores) and with difflib. The brute-force scorers are timed on a sample of
sentences and scaled by the number of pairs of the full corpus: running them
whole would take hours, which is the point.
"""

from __future__ import annotations

import argparse
import difflib
import time
import tracemalloc

from rapidfuzz import fuzz, process
from synthetic import make_corpus

import readingdesk


def measure(texts: dict[str, str]) -> tuple[float, float, int, int]:
    tracemalloc.start()
    started = time.perf_counter()
    analysis = readingdesk.analyze_texts(texts)
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    sentences = sum(len(a.sentences) for a in analysis.articles)
    return elapsed, peak / 2**20, sentences, len(analysis.links)


def brute_force(sentences: list[str], sample: int) -> tuple[float, float]:
    """Seconds per pair for rapidfuzz cdist and for difflib, on a sample."""
    part = sentences[:sample]
    started = time.perf_counter()
    process.cdist(part, part, scorer=fuzz.token_set_ratio, workers=-1)
    rapid = (time.perf_counter() - started) / (len(part) ** 2)
    small = part[: max(2, sample // 8)]
    started = time.perf_counter()
    for a in small:
        for b in small:
            difflib.SequenceMatcher(None, a, b).ratio()
    diff = (time.perf_counter() - started) / (len(small) ** 2)
    return rapid, diff


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    args = parser.parse_args()
    texts = make_corpus(args.articles)
    readingdesk.analyze_texts(dict(list(texts.items())[:5]))  # warm caches and imports

    seconds, peak, sentences, links = measure(texts)
    print(
        f"readingdesk  {args.articles} articles, {sentences:,} sentences: {seconds:.2f} s, "
        f"peak {peak:,.0f} MB, {sentences / seconds:,.0f} sentences/s, {links:,} links"
    )
    doubled = {f"{k}-b": v for k, v in make_corpus(args.articles, seed=11).items()} | texts
    seconds2, peak2, sentences2, _ = measure(doubled)
    print(
        f"readingdesk  doubled, {sentences2:,} sentences: {seconds2:.2f} s, peak {peak2:,.0f} MB, "
        f"time ratio {seconds2 / seconds:.2f}x for {sentences2 / sentences:.2f}x the sentences"
    )

    analysis = readingdesk.analyze_texts(texts)
    plain = [a.sentence_text(s) for a in analysis.articles for s in a.sentences]
    pairs = len(plain) * (len(plain) - 1) / 2
    rapid, diff = brute_force(plain, 1500)
    print(
        f"rapidfuzz    all {pairs:,.0f} pairs (token_set_ratio, cdist, all cores): "
        f"~{rapid * pairs:,.1f} s estimated, {rapid * pairs / seconds:,.0f}x readingdesk"
    )
    print(
        f"difflib      all {pairs:,.0f} pairs (SequenceMatcher.ratio): "
        f"~{diff * pairs:,.0f} s estimated, {diff * pairs / seconds:,.0f}x readingdesk"
    )


if __name__ == "__main__":
    main()
