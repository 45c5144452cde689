"""Segmentation accuracy on the dev cases, and speed, for readingdesk and the raw libraries.

    python benchmarks/segmentation_quality.py

Prints, for each segmenter, the share of dev cases segmented exactly right,
boundary precision/recall/F1 (a boundary is the end offset of a unit), kind
accuracy (readingdesk only) and sentences per second on the seeds repeated;
then the English Golden Rules of pragmatic_segmenter
(``benchmarks/data/golden_rules_en.json``), a public set of hard cases:
how many of its texts each segmenter splits exactly as given.
pysbd is measured when installed (pip install -e '.[bench]').
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import syntok.segmenter as syntok

from readingdesk.corpus.decode import normalize_newlines
from readingdesk.corpus.segment import paragraphs, segment

ROOT = Path(__file__).resolve().parent.parent
CASES = json.loads((ROOT / "tests/data/segmentation_cases.json").read_text(encoding="utf-8"))
GOLDEN_RULES = json.loads((ROOT / "benchmarks/data/golden_rules_en.json").read_text(encoding="utf-8"))["cases"]
Spans = list[tuple[int, int]]


def readingdesk_spans(text: str) -> Spans:
    return [(u.start, u.end) for u in segment(text)]


def syntok_spans(text: str) -> Spans:
    spans: Spans = []
    for start, end in paragraphs(text):
        for para in syntok.analyze(text[start:end]):
            for sent in para:
                spans.append((start + sent[0].offset, start + sent[-1].offset + len(sent[-1].value)))
    return spans


def pysbd_segmenter() -> Callable[[str], Spans] | None:
    try:
        import pysbd
    except ImportError:
        return None
    seg = pysbd.Segmenter(language="en", clean=False, char_span=True)

    def spans(text: str) -> Spans:
        out: Spans = []
        for start, end in paragraphs(text):
            for piece in seg.segment(text[start:end]):
                body = piece.sent.rstrip()
                out.append((start + piece.start, start + piece.start + len(body)))
        return out

    return spans


def expected(case: dict, text: str) -> Spans:
    spans, pos = [], 0
    for unit, _kind in case["units"]:
        start = text.index(unit, pos)
        spans.append((start, start + len(unit)))
        pos = start + len(unit)
    return spans


def evaluate(name: str, fn: Callable[[str], Spans]) -> None:
    exact = tp = fp = fn_ = 0
    for case in CASES:
        text = normalize_newlines(case["text"])
        gold = {e for _, e in expected(case, text)}
        got = {e for _, e in fn(text)}
        exact += gold == got
        tp += len(gold & got)
        fp += len(got - gold)
        fn_ += len(gold - got)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn_) if tp + fn_ else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    seeds = "\n".join(f.read_text(encoding="utf-8") for f in sorted((ROOT / "seeds").glob("*.txt"))) * 40
    started = time.perf_counter()
    count = len(fn(seeds))
    rate = count / (time.perf_counter() - started)
    print(
        f"{name:<12} cases exact {exact}/{len(CASES)} ({exact / len(CASES):.0%})  boundaries "
        f"P {p:.3f} R {r:.3f} F1 {f1:.3f}  {rate:,.0f} sentences/s"
    )


def golden_rules(name: str, fn: Callable[[str], Spans]) -> None:
    """How many Golden Rules texts ``fn`` splits into exactly the sentences given."""
    passed = sum([rule["text"][s:e].strip() for s, e in fn(rule["text"])] == rule["sentences"] for rule in GOLDEN_RULES)
    print(f"{name:<12} Golden Rules (English) {passed}/{len(GOLDEN_RULES)} texts split exactly as given")


def kind_accuracy() -> None:
    right = total = 0
    for case in CASES:
        text = normalize_newlines(case["text"])
        units = segment(text)
        got = {(u.start, u.end): u.kind for u in units}
        for span, (_, kind) in zip(expected(case, text), case["units"], strict=True):
            total += 1
            right += got.get(span) == kind
    print(f"readingdesk kinds right on {right}/{total} dev units ({right / total:.1%})")


if __name__ == "__main__":
    segmenters: list[tuple[str, Callable[[str], Spans]]] = [
        ("readingdesk", readingdesk_spans),
        ("syntok", syntok_spans),
    ]
    if (pysbd := pysbd_segmenter()) is not None:
        segmenters.append(("pysbd", pysbd))
    for name, fn in segmenters:
        evaluate(name, fn)
    if pysbd is None:
        print("pysbd        not installed (pip install -e '.[bench]')")
    kind_accuracy()
    for name, fn in segmenters:
        golden_rules(name, fn)
