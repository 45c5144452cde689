"""readingdesk: compare how several sources cover one story.

For scripts and notebooks::

    import readingdesk
    analysis = readingdesk.analyze(["seeds/"])
    document = analysis.to_dict()      # the same JSON as `readingdesk analyze --format json`
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping

from readingdesk.analysis import Analysis, analyze_corpus
from readingdesk.corpus import corpus_from_texts, load_corpus

__version__ = "0.1.0"


def analyze(paths: Iterable[str | os.PathLike[str]], *, min_score: float | None = None) -> Analysis:
    """Load the articles under ``paths`` and analyse them."""
    return analyze_corpus(load_corpus(paths), min_score=min_score)


def analyze_texts(texts: Mapping[str, str], *, min_score: float | None = None) -> Analysis:
    """Analyse in-memory articles given as ``{name: text}``."""
    return analyze_corpus(corpus_from_texts(texts), min_score=min_score)


__all__ = ["Analysis", "__version__", "analyze", "analyze_texts"]
