"""Choose a name by typing part of any of its spellings."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, OptionList
from textual.widgets.option_list import Option

from readingdesk.analysis.entities.model import Entity
from readingdesk.ui.widgets.entity_sidebar import entity_label, names_matching


class ChooseNameScreen(ModalScreen[str | None]):
    """A filter box over the names of the corpus; Enter returns the chosen entity's id."""

    AUTO_FOCUS = "Input"
    BINDINGS = [
        Binding("escape", "dismiss_none", "Cancel", id="name.cancel"),
        Binding("down", "to_list", "To the list", show=False, id="name.to_list"),
    ]

    def __init__(self, entities: list[Entity]) -> None:
        super().__init__()
        self.entities = entities

    def compose(self) -> ComposeResult:
        with Vertical(id="name-choices"):
            yield Input(placeholder="Type part of a name…", id="name-needle")
            yield OptionList(id="name-options")
        yield Footer()

    def on_mount(self) -> None:
        self._fill("")

    def _fill(self, needle: str) -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options(
            Option(entity_label(entity), id=entity.id) for entity in names_matching(self.entities, needle)
        )
        if options.option_count:
            options.highlighted = 0

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._fill(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        options = self.query_one(OptionList)
        if options.highlighted is not None and options.option_count:
            self.dismiss(options.get_option_at_index(options.highlighted).id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_to_list(self) -> None:
        self.query_one(OptionList).focus()

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
