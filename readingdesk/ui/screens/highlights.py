"""Every highlight: jump to one, or delete it after confirming."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from readingdesk.session.model import Highlight
from readingdesk.ui.guard import Guarded
from readingdesk.ui.layout import display_text, one_line
from readingdesk.ui.screens.confirm import ConfirmScreen

# A highlight's quote is cut to this many cells in the list (its note follows it).
QUOTE_CELLS = 160


class HighlightsScreen(Guarded, ModalScreen[tuple[str, str] | None]):
    """Returns ("jump", id), ("delete", id) or None."""

    AUTO_FOCUS = "OptionList"
    BINDINGS = [
        Binding("escape,q", "close", "Close", id="highlights.close"),
        Binding("delete,backspace,x", "delete", "Delete", id="highlights.delete",
                tooltip="Delete the highlight under the cursor (asks first)"),
    ]  # fmt: skip

    def __init__(self, highlights: list[Highlight], sources: dict[str, str]) -> None:
        super().__init__()
        self.highlights = highlights
        self.sources = sources

    def compose(self) -> ComposeResult:
        if not self.highlights:
            yield Static(Text("No highlights yet: m marks the selected sentence."), id="highlights-empty")
            yield Footer()
            return
        options = []
        for h in self.highlights:
            label = Text(self.sources.get(h.article_id, h.article_id), style="bold")
            if h.status != "attached":
                label.append(f" [{h.status}]", style="bold red" if h.status == "orphaned" else "italic")
            label.append("  " + one_line(h.quote, QUOTE_CELLS))
            if h.note:
                label.append(f"  — {display_text(h.note)}", style="italic")
            options.append(Option(label, id=h.id))
        yield OptionList(*options, id="highlight-list")
        yield Footer()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(("jump", event.option.id or ""))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Delete only where there is a highlight to delete."""
        return bool(self.highlights) or action != "delete"

    def action_delete(self) -> None:
        option_list = self.query_one(OptionList)
        if option_list.highlighted is None:
            return
        chosen = option_list.get_option_at_index(option_list.highlighted).id or ""

        def answered(yes: bool | None) -> None:
            if yes:
                self.dismiss(("delete", chosen))

        self.app.push_screen(ConfirmScreen("Delete this highlight? It cannot be undone."), answered)

    def action_close(self) -> None:
        self.dismiss(None)
