"""Shared fixtures: the seed corpus and its analysis, loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from readingdesk.analysis import Analysis, analyze_corpus
from readingdesk.corpus import Corpus, load_corpus

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def seed_corpus() -> Corpus:
    return load_corpus([SEEDS])


@pytest.fixture(scope="session")
def seed_analysis(seed_corpus: Corpus) -> Analysis:
    return analyze_corpus(seed_corpus)
