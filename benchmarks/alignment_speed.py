"""Speed and memory of the whole analysis on a large synthetic corpus, against brute force.

    python benchmarks/alignment_speed.py [--articles 200] [--repeat 3]

Each measurement runs in a fresh process, ``--repeat`` times per corpus, the
corpora alternating (the median is shown): wall time of
``readingdesk.analyze_texts`` (segmentation, alignment, groups, entities:
everything), peak resident memory of that process, and sentences per second,
for the corpus (stories of ten articles each) and for a corpus twice its size,
made two ways: twice the stories, and the same number of stories told by twice
the articles each, where the pairs of articles on one story, and so the links,
grow four times. Then the cost of scoring every pair of sentences with
rapidfuzz (process.cdist on all cores) and with difflib: both are timed on a
sample of sentences and scaled by the number of pairs of the full corpus, since
running them whole would take hours.
"""

from __future__ import annotations

import argparse
import difflib
import json
import subprocess
import sys
import time
from pathlib import Path

from rapidfuzz import fuzz, process

HERE = Path(__file__).resolve().parent
PER_STORY = 10
CHILD = """
import json, resource, sys, time
sys.path.insert(0, {here!r})
from synthetic import make_corpus
import readingdesk
texts = make_corpus({articles}, seed={seed}, per_story={per_story})
readingdesk.analyze_texts(dict(list(texts.items())[:3]))
started = time.perf_counter()
analysis = readingdesk.analyze_texts(texts)
elapsed = time.perf_counter() - started
print(json.dumps({{
    "seconds": elapsed,
    "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "sentences": sum(len(a.sentences) for a in analysis.articles),
    "links": len(analysis.links),
    "groups": len(analysis.groups),
    "entities": len(analysis.entities),
    "stories": analysis.story_count,
}}))
"""


def measure(articles: int, per_story: int = PER_STORY, seed: int = 7) -> dict:
    """One run of the analysis of ``articles`` articles, ``per_story`` on each story, in a
    fresh process."""
    code = CHILD.format(here=str(HERE), articles=articles, seed=seed, per_story=per_story)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def median_run(runs: list[dict]) -> dict:
    """The run with the median wall time."""
    return sorted(runs, key=lambda run: run["seconds"])[len(runs) // 2]


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
    parser.add_argument("--repeat", type=int, default=3, help="fresh runs per size; the median is shown")
    args = parser.parse_args()

    # The sizes alternate, so a machine that slows down or speeds up meanwhile weighs on all
    # alike; each round of runs gives one ratio per doubling, and the median ratio is shown.
    doublings = {"twice the stories": PER_STORY, "twice the articles per story": 2 * PER_STORY}
    ones: list[dict] = []
    twos: dict[str, list[dict]] = {name: [] for name in doublings}
    for _ in range(args.repeat):
        ones.append(measure(args.articles))
        for name, per_story in doublings.items():
            twos[name].append(measure(2 * args.articles, per_story))
    one = median_run(ones)
    print(
        f"readingdesk  {args.articles} articles ({args.articles // PER_STORY} stories), "
        f"{one['sentences']:,} sentences: {one['seconds']:.2f} s, "
        f"peak {one['peak_mb']:,.0f} MB, {one['sentences'] / one['seconds']:,.0f} sentences/s, "
        f"{one['links']:,} links, {one['groups']:,} groups, {one['entities']:,} entities, "
        f"{one['stories']} stories found"
    )
    for name, per_story in doublings.items():
        two = median_run(twos[name])
        ratios = sorted(b["seconds"] / a["seconds"] for a, b in zip(ones, twos[name], strict=True))
        print(
            f"readingdesk  {2 * args.articles} articles ({2 * args.articles // per_story} stories, {name}), "
            f"{two['sentences']:,} sentences: {two['seconds']:.2f} s, peak {two['peak_mb']:,.0f} MB, "
            f"{two['links']:,} links, {two['stories']} stories found; time x{ratios[len(ratios) // 2]:.2f} for "
            f"x{two['sentences'] / one['sentences']:.2f} the sentences and x{two['links'] / one['links']:.1f} "
            f"the links (median of {len(ratios)} rounds: {', '.join(f'x{r:.2f}' for r in ratios)})"
        )

    sys.path.insert(0, str(HERE))
    from synthetic import make_corpus

    import readingdesk

    analysis = readingdesk.analyze_texts(make_corpus(args.articles))
    plain = [a.sentence_text(s) for a in analysis.articles for s in a.sentences]
    pairs = len(plain) * (len(plain) - 1) / 2
    rapid, diff = brute_force(plain, 1500)
    print(
        f"rapidfuzz    all {pairs:,.0f} pairs (token_set_ratio, cdist, all cores): "
        f"~{rapid * pairs:,.1f} s estimated, x{rapid * pairs / one['seconds']:,.1f} readingdesk's time"
    )
    print(
        f"difflib      all {pairs:,.0f} pairs (SequenceMatcher.ratio): "
        f"~{diff * pairs:,.0f} s estimated, x{diff * pairs / one['seconds']:,.0f} readingdesk's time"
    )


if __name__ == "__main__":
    main()
