"""Shared fixtures: the seed corpus and its analysis, loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from readingdesk.analysis import Analysis, analyze_corpus
from readingdesk.corpus import Corpus, load_corpus

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"


async def ready(pilot) -> None:
    """Let the desk start, its analysis worker finish and the screen show the result."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.fixture(autouse=True)
def private_user_dirs(tmp_path: Path, monkeypatch) -> Path:
    """No test reads or writes the real user's config, state or data directories."""
    for name in ("CONFIG", "STATE", "DATA"):
        monkeypatch.setenv(f"READINGDESK_{name}_DIR", str(tmp_path / name.lower()))
    return tmp_path


@pytest.fixture(scope="session")
def seed_corpus() -> Corpus:
    return load_corpus([SEEDS])


@pytest.fixture(scope="session")
def seed_analysis(seed_corpus: Corpus) -> Analysis:
    return analyze_corpus(seed_corpus)


def linked(analysis: Analysis, quote_a: str, quote_b: str) -> bool:
    """Whether a sentence quoting ``quote_a`` is linked to one quoting ``quote_b``."""
    ids = {}
    for quote in (quote_a, quote_b):
        found = [s.id for a in analysis.articles for s in a.sentences if quote in a.sentence_text(s)]
        assert found, quote
        ids[quote] = set(found)
    return any({ln.a, ln.b} & ids[quote_a] and {ln.a, ln.b} & ids[quote_b] for ln in analysis.links)
