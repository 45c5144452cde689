"""The label above a pane: source, date and title of its article, as plain text."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from readingdesk.corpus.model import Article
from readingdesk.ui.layout import display_text


def header_text(article: Article) -> Text:
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append(display_text(article.source), style="bold")
    if article.date:
        text.append(f" · {article.date}")
    text.append("\n")
    text.append(display_text(article.title), style="italic")
    return text


class PaneHeader(Static):
    def show(self, article: Article) -> None:
        self.update(header_text(article))
