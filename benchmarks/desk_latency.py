"""Desk responsiveness, driven through Textual's pilot: cold start and key-press repaint.

    python benchmarks/desk_latency.py [--articles 200]

Prints the time from creating the app on the seeds to its first paint, the
time until the analysis has arrived, and, on a corpus of ``--articles``
synthetic articles, the time from a key press that moves the selection (with
sync on, so every other pane follows) to the repaint that shows it: median,
90th percentile and worst over 60 presses.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from synthetic import make_corpus  # noqa: E402

from readingdesk.corpus import corpus_from_texts, load_corpus  # noqa: E402
from readingdesk.ui.app import ReadingDeskApp  # noqa: E402


async def cold_start() -> tuple[float, float]:
    """Seconds from loading the seeds to the first paint, and to the analysis on screen."""
    started = time.perf_counter()
    painted: list[float] = []
    app = ReadingDeskApp(load_corpus([HERE.parent / "seeds"]))
    app.call_later(lambda: app.call_after_refresh(lambda: painted.append(time.perf_counter() - started)))
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        analysed = time.perf_counter() - started
    return painted[0], analysed


async def key_latency(articles: int) -> tuple[list[float], list[float]]:
    """Wall time through the pilot (includes its frame wait) and CPU time, per key press."""
    corpus = corpus_from_texts(make_corpus(articles))
    app = ReadingDeskApp(corpus)
    wall: list[float] = []
    cpu: list[float] = []
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        for n in range(60):
            started, started_cpu = time.perf_counter(), time.process_time()
            await pilot.press("j" if n % 10 < 7 else "f")
            await pilot.pause()
            wall.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
    return wall, cpu


async def coverage_map(articles: int) -> tuple[int, float, float]:
    """Rows of the map, seconds to open it, seconds to re-sort it (wall time through the pilot)."""
    from readingdesk.analysis.coverage import build_rows

    app = ReadingDeskApp(corpus_from_texts(make_corpus(articles, sentences_per_article=60)))
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        rows = len(build_rows(app.analysis))
        started = time.perf_counter()
        await pilot.press("v")
        await pilot.pause()
        opened = time.perf_counter() - started
        started = time.perf_counter()
        await pilot.press("o")
        await pilot.pause()
        resorted = time.perf_counter() - started
    return rows, opened, resorted


def figures(values: list[float]) -> str:
    values = sorted(values)
    p90 = values[int(0.9 * len(values)) - 1]
    return (
        f"median {statistics.median(values) * 1000:.1f} ms, p90 {p90 * 1000:.1f} ms, worst {values[-1] * 1000:.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    args = parser.parse_args()
    first_paint, analysed = asyncio.run(cold_start())
    print(f"seeds   cold start to first paint {first_paint * 1000:.0f} ms, analysis shown at {analysed * 1000:.0f} ms")
    wall, cpu = asyncio.run(key_latency(args.articles))
    print(f"{args.articles} articles, 60 presses moving the selection with sync on:")
    print(f"  CPU time per press (handling, sync, repaint): {figures(cpu)}")
    print(f"  wall time through the pilot (adds its wait for the next frame): {figures(wall)}")
    rows, opened, resorted = asyncio.run(coverage_map(50))
    print(f"coverage map, 50 sources and {rows:,} rows: opens in {opened:.2f} s, re-sorts in {resorted:.2f} s")


if __name__ == "__main__":
    main()
