"""How the desk names each source where space is short: the strip, the map, lists.

An article that does not say its source is labelled by its file name, which is
often a long run of letters and digits (``001_9c3a1096077da6d3``). Such a label,
one word longer than ``LONG_LABEL`` cells, is cut to its shortest beginning of at
least ``SHORT_LABEL`` cells that no other label begins with, and ends in "…". The
pane header and every export keep the whole label.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.cells import cell_len

from readingdesk.corpus.model import Article
from readingdesk.ui.layout import display_text

LONG_LABEL = 16
SHORT_LABEL = 10


def _short(label: str, others: list[str]) -> str:
    """``label`` as shown where space is short, told apart from the ``others``."""
    if " " in label or cell_len(label) <= LONG_LABEL:
        return label
    for end in range(1, len(label)):
        beginning = label[:end]
        if cell_len(beginning) >= SHORT_LABEL and not any(other.startswith(beginning) for other in others):
            return beginning + "…"
    return label


def source_labels(articles: Iterable[Article]) -> dict[str, str]:
    """Each article's source (by article id), as the desk shows it where space is short."""
    full = {article.id: display_text(article.source) for article in articles}
    return {
        article_id: _short(label, [other for key, other in full.items() if key != article_id])
        for article_id, label in full.items()
    }
