"""Alignment quality on the annotated seeds: precision, recall and F1 of links and group pairs.

    python benchmarks/alignment_quality.py [--sweep] [--corpus DIR --gold FILE]

The dev set is tests/data/alignment_gold.json on seeds/ (or any corpus with a
gold file of the same form): facts, each with the sentences that report it.
Two sentences of different articles sharing a fact make a gold pair, a
near-paraphrase when both hold the fact whole, partial otherwise.
Recall is printed for each kind separately. Then the "only here" flags: a
sentence is truly one source's own when it is in no gold pair; for those the
flag misses, how often the real counterpart is among the closest sentences the
desk shows, and how many flags are right among those with nothing close (◇) and
those with close sentences elsewhere (◇?). ``--sweep`` prints the figures over a
range of --min-score thresholds. Last, the link figures again with the
articles of another story in the same folder (``--beside``, by default the
ferry story of tests/data/ferry), counting only links between the annotated
articles: a folder that mixes stories should change nothing.
"""

from __future__ import annotations

import argparse
import itertools
import json
from pathlib import Path

from readingdesk.analysis import DEFAULT_MIN_SCORE, Analysis, analyze_corpus
from readingdesk.corpus import Corpus, load_corpus
from readingdesk.corpus.model import article_of

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests/data/alignment_gold.json"
Pair = tuple[str, str]


def gold_pairs(corpus: Corpus, gold: Path = GOLD) -> dict[Pair, str]:
    """Gold cross-article pairs, each labelled 'paraphrase' or 'partial'."""
    facts = json.loads(gold.read_text(encoding="utf-8"))["facts"]
    pairs: dict[Pair, str] = {}
    for members in facts.values():
        resolved = []
        for prefix, quote, role in members:
            found = [
                (s.id, role)
                for a in corpus.articles
                if a.id.startswith(prefix)
                for s in a.sentences
                if quote in a.sentence_text(s)
            ]
            if not found:
                raise SystemExit(f"gold quote not found in {prefix}: {quote!r}")
            resolved.extend(found)
        for (x, rx), (y, ry) in itertools.combinations(resolved, 2):
            if article_of(x) == article_of(y):
                continue
            key = (min(x, y), max(x, y))
            kind = "paraphrase" if rx == ry == "whole" else "partial"
            if pairs.get(key) != "paraphrase":
                pairs[key] = kind
    return pairs


def precision_recall_f1(predicted: set, gold: set) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``predicted`` against ``gold``."""
    tp = len(predicted & gold)
    p = tp / len(predicted) if predicted else 0.0
    r = tp / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def prf(predicted: set[Pair], gold: dict[Pair, str]) -> str:
    p, r, f1 = precision_recall_f1(predicted, set(gold))
    by_kind = []
    for kind in ("paraphrase", "partial"):
        wanted = {k for k, v in gold.items() if v == kind}
        by_kind.append(f"{kind} R {len(predicted & wanted) / len(wanted):.3f} ({len(wanted)})")
    return f"P {p:.3f} R {r:.3f} F1 {f1:.3f}  [{', '.join(by_kind)}]  predicted {len(predicted)}"


def only_here(analysis: Analysis, gold: dict[Pair, str]) -> str:
    """Precision and recall of the unique flags, and how often a wrong one's closest
    sentences hold its counterpart. Metadata and subheadings report no fact, so neither is
    counted as truly unique."""
    paired = {sid for pair in gold for sid in pair}
    sentences = [s for a in analysis.articles for s in a.sentences if s.kind != "meta" and not a.is_subheading(s)]
    flagged = {s.id for s in sentences if analysis.is_unique(s)}
    truly = {s.id for s in sentences if s.id not in paired}
    wrong = flagged - truly
    found = sum(1 for sid in wrong if any((min(sid, ln.b), max(sid, ln.b)) in gold for ln in analysis.closest_to(sid)))
    p, r, _ = precision_recall_f1(flagged, truly)
    # The desk marks flagged sentences with close sentences elsewhere apart (◇? against ◇).
    near = {sid for sid in flagged if analysis.closest_to(sid)}
    return (
        f"P {p:.3f} R {r:.3f}  flagged {len(flagged)}, truly unique {len(truly)}; "
        f"closest holds the counterpart of {found} of the {len(wrong)} wrongly flagged; "
        f"truly unique: {len((flagged - near) & truly)} of {len(flagged - near)} with nothing close (◇), "
        f"{len(near & truly)} of {len(near)} with close sentences (◇?)"
    )


def evaluate(corpus: Corpus, gold: dict[Pair, str], min_score: float) -> tuple[str, str, str]:
    analysis = analyze_corpus(corpus, min_score=min_score)
    links = {(min(ln.a, ln.b), max(ln.a, ln.b)) for ln in analysis.links}
    grouped: set[Pair] = set()
    for group in analysis.groups:
        for x, y in itertools.combinations(group.sentences, 2):
            if article_of(x) != article_of(y):
                grouped.add((min(x, y), max(x, y)))
    return prf(links, gold), prf(grouped, gold), only_here(analysis, gold)


def beside(corpus_dir: Path, other: Path, gold: dict[Pair, str], min_score: float) -> tuple[str, str]:
    """Link figures on ``corpus_dir``'s articles when ``other``'s share their folder, and the
    stories found for each folder's articles."""
    mixed = load_corpus([corpus_dir, other])
    annotated = {a.id: {s.id for s in a.sentences} for a in load_corpus([corpus_dir]).articles}
    sentences = set().union(*annotated.values())
    analysis = analyze_corpus(mixed, min_score=min_score)
    links = {(min(ln.a, ln.b), max(ln.a, ln.b)) for ln in analysis.links if {ln.a, ln.b} <= sentences}
    story = {a.id: str(analysis.stories.get(a.id)) for a in mixed.articles}
    mine = sorted(story[a] for a in story if a in annotated)
    theirs = sorted(story[a] for a in story if a not in annotated)
    return prf(links, gold), f"{corpus_dir.name}: {', '.join(mine)}; {other.name}: {', '.join(theirs)}"


def add_corpus_arguments(parser: argparse.ArgumentParser) -> None:
    """``--corpus`` and ``--gold``: the annotated articles to measure on (the seeds by default)."""
    parser.add_argument("--corpus", type=Path, default=ROOT / "seeds", help="articles to align (default: seeds/)")
    parser.add_argument("--gold", type=Path, default=GOLD, help="their fact annotations")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sweep", action="store_true")
    parser.add_argument("--beside", type=Path, default=ROOT / "tests/data/ferry", help="another story's articles")
    add_corpus_arguments(parser)
    args = parser.parse_args()
    corpus = load_corpus([args.corpus])
    gold = gold_pairs(corpus, args.gold)
    print(f"gold: {len(gold)} cross-source pairs from {args.gold}")
    thresholds = [round(0.2 + 0.02 * i, 2) for i in range(21)] if args.sweep else [DEFAULT_MIN_SCORE]
    for threshold in thresholds:
        links, groups, unique = evaluate(corpus, gold, threshold)
        print(f"min-score {threshold:.2f}  links  {links}")
        print(f"                groups {groups}")
        print(f"                only here {unique}")
    print(f"beside {args.beside.name} (another story in the folder), min-score {DEFAULT_MIN_SCORE:.2f}")
    links, stories = beside(args.corpus, args.beside, gold, DEFAULT_MIN_SCORE)
    print(f"                links  {links}")
    print(f"                stories of each folder's articles  {stories}")


if __name__ == "__main__":
    main()
