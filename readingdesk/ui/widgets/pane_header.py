"""The label above a pane: source, date, story and title of its article, as plain text."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from readingdesk.corpus.model import Article
from readingdesk.ui.layout import display_text


def header_text(article: Article, story: str | None = None) -> Text:
    """Source and date (and which story, in a folder of several) above the title."""
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append(display_text(article.source), style="bold")
    if article.date:
        text.append(f" · {article.date}")
    if story:
        text.append(f" · {story}", style="dim")
    text.append("\n")
    text.append(display_text(article.title), style="italic")
    return text


class PaneHeader(Static):
    def show(self, article: Article, story: str | None = None) -> None:
        self.update(header_text(article, story))
