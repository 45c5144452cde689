"""The sidebar of people, organisations, places and other names, with a filter."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, Tree

from readingdesk.analysis.entities.model import ENTITY_TYPES, Entity
from readingdesk.analysis.terms import fold
from readingdesk.ui.guard import Guarded
from readingdesk.ui.layout import display_text

HEADINGS = {"PERSON": "People", "ORG": "Organisations", "PLACE": "Places", "OTHER": "Other"}


def entity_label(entity: Entity, sources: dict[str, str]) -> Text:
    """ "12 Name · 4 src" as plain text: names from articles are never markup."""
    label = Text(no_wrap=True, overflow="ellipsis")
    label.append(f"{len(entity.mentions):>3} ", style="bold")
    label.append(display_text(entity.name))
    label.append(f" · {len(entity.sources)} src", style="dim")
    return label


def names_matching(entities: list[Entity], needle: str) -> list[Entity]:
    """The entities whose name or one of whose spellings contains ``needle``, case and accents
    aside (an entity named "Maryland" may only ever be spelt "Md.")."""
    needle = fold(needle.strip())
    return [e for e in entities if not needle or any(needle in fold(a) for a in (e.name, *e.aliases))]


class EntityTree(Tree[str]):
    """Entities grouped by type; aliases show when an entity is expanded."""

    BINDINGS = [
        Binding("enter", "select_cursor", "Show mentions", id="entities.show",
                tooltip="Highlight every mention of this entity and jump to the first"),
    ]  # fmt: skip


class EntitySidebar(Guarded, Vertical):
    """Filterable list of the entities the articles name."""

    BINDINGS = [
        Binding("escape", "clear_filter", "Clear filter", id="entities.clear_filter",
                tooltip="Show every entity again"),
    ]  # fmt: skip

    @dataclass
    class EntityChosen(Message):
        """The reader chose an entity to follow across the articles."""

        entity_id: str

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.entities: list[Entity] = []
        self.sources: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        yield Input(placeholder="Filter names…", id="entity-filter")
        tree: EntityTree = EntityTree("Names", id="entity-tree")
        tree.show_root = False
        tree.guide_depth = 2
        yield tree

    def set_entities(self, entities: list[Entity], sources: dict[str, str]) -> None:
        self.entities = entities
        self.sources = sources
        self._fill(self.query_one(Input).value)

    def _fill(self, needle: str) -> None:
        tree = self.query_one(EntityTree)
        tree.clear()
        matching = names_matching(self.entities, needle)
        for kind in ENTITY_TYPES:
            members = [e for e in matching if e.type == kind]
            if not members:
                continue
            heading = tree.root.add(Text(f"{HEADINGS[kind]} ({len(members)})", style="bold"), expand=True)
            for entity in members:
                node = heading.add(entity_label(entity, self.sources), data=entity.id)
                for alias in entity.aliases:
                    if alias != entity.name:
                        node.add_leaf(Text(display_text(alias), style="italic"), data=entity.id)
                named_by = ", ".join(self.sources.get(a, a) for a in entity.sources)
                node.add_leaf(Text(f"in {named_by}", style="dim"), data=entity.id)
        if tree.root.children:
            tree.cursor_line = 1  # the first name, under its heading

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._fill(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one(EntityTree).focus()

    def on_tree_node_selected(self, event: Tree.NodeSelected[str]) -> None:
        event.stop()
        if event.node.data:
            self.post_message(self.EntityChosen(event.node.data))

    def action_clear_filter(self) -> None:
        self.query_one(Input).value = ""
        self.query_one(EntityTree).focus()
