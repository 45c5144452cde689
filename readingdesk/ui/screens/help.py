"""Every key of the desk, grouped by where it works, and what the marks beside the text mean."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from readingdesk.ui.widgets.article_pane import NEAR_ELSEWHERE_MARK, ONLY_HERE_MARK, conflict_label, fact_label

_KEY_NAMES = {"left_square_bracket": "[", "right_square_bracket": "]", "question_mark": "?", "slash": "/"}


def key_display(keys: str) -> str:
    return ", ".join(_KEY_NAMES.get(k.strip(), k.strip()) for k in keys.split(","))


def _rows(bindings: list[BindingType]) -> list[tuple[str, str]]:
    return [
        (key_display(b.key), b.tooltip or b.description) for b in bindings if isinstance(b, Binding) and b.description
    ]


# The marks beside a sentence, as a reader meets them, and a row of the names sidebar.
MARKS = [
    (fact_label(3) + "▌", "Fact 3: other sources report it too; its sentences share the tint (f / F walk them)"),
    (ONLY_HERE_MARK, "Only this source has it: no sentence of another source matches it (o / O walk them)"),
    (NEAR_ELSEWHERE_MARK, "Only here at the min score, but other sources have close sentences: check the strip"),
    (conflict_label(3), "A figure that another source gives differently (d / D walk them)"),
    ("12 Name · 4", "In the names sidebar: mentioned 12 times, by 4 sources (Enter shows every mention)"),
]


def help_table(sections: dict[str, list[BindingType]]) -> Table:
    table = Table(show_header=False, box=None, padding=(0, 2), expand=True)
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    # The marks first: a reader who asks what a sign beside the text means need not scroll.
    table.add_row(Text("MARKS", style="reverse"), Text(""))
    for mark, meaning in MARKS:
        table.add_row(Text(mark), Text(meaning))
    table.add_row(Text(""), Text(""))
    for title, bindings in sections.items():
        table.add_row(Text(title.upper(), style="reverse"), Text(""))
        for keys, what in _rows(bindings):
            table.add_row(Text(keys), Text(what))
        table.add_row(Text(""), Text(""))
    table.add_row(Text("ctrl+p"), Text("Command palette: every action and theme, by name"))
    table.add_row(Text("mouse"), Text("Click a sentence to select it (and sync); click a name to follow it"))
    table.add_row(Text("drag"), Text("Across the words of a sentence: choose an excerpt of it (then m marks it)"))
    return table


class HelpScreen(ModalScreen[None]):
    """The keys, with what each does."""

    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close help", id="help.close")]

    def __init__(self, sections: dict[str, list[BindingType]]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Static(help_table(self.sections))
        yield Footer()
