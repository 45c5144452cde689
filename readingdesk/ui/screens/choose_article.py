"""Choose which article a pane shows."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Footer, OptionList
from textual.widgets.option_list import Option

from readingdesk.corpus.model import Article
from readingdesk.ui.layout import display_text


class ChooseArticleScreen(ModalScreen[int | None]):
    """A list of the articles (with the story each is on, where there are several); Enter
    puts the chosen one in the pane."""

    AUTO_FOCUS = "OptionList"
    BINDINGS = [Binding("escape", "dismiss_none", "Cancel", id="choose.cancel")]

    def __init__(self, articles: list[Article], current: int, stories: Sequence[str | None]) -> None:
        """``stories`` says, for each article, which story it is on (None: say nothing)."""
        super().__init__()
        self.articles = articles
        self.current = current
        self.stories = stories

    def compose(self) -> ComposeResult:
        options = []
        for index, (article, story) in enumerate(zip(self.articles, self.stories, strict=True)):
            label = Text(display_text(article.source), style="bold")
            label.append(f" · {article.date or 'no date'} · ")
            if story:
                label.append(f"{story} · ", style="dim")
            label.append(display_text(article.title))
            options.append(Option(label, id=str(index)))
        option_list = OptionList(*options, id="article-choices")
        option_list.highlighted = self.current
        yield option_list
        yield Footer()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(int(event.option.id or 0))

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
