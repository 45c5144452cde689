"""The sidebar of people, organisations, places and other names, with a filter."""

from __future__ import annotations

from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, Tree
from textual.widgets.tree import TreeNode

from readingdesk.analysis.entities.model import ENTITY_TYPES, Entity
from readingdesk.analysis.terms import fold
from readingdesk.ui.guard import Guarded
from readingdesk.ui.layout import display_text

HEADINGS = {"PERSON": "People", "ORG": "Organisations", "PLACE": "Places", "OTHER": "Other"}


# A name is cut to no fewer cells than this before the source count leaves its row.
SHORTEST_NAME = 8


def entity_label(entity: Entity, width: int | None = None, *, unit: bool = True) -> Text:
    """ "12 Name · 4 src" as plain text: names from articles are never markup.

    Without ``unit`` the source count stands alone ("12 Name · 4"). Within
    ``width`` cells the counts stay and the name gives way, cut with "…" down to
    ``SHORTEST_NAME`` cells; only then does the source count go.
    """
    count = f"{len(entity.mentions):>3} "
    name = Text(display_text(entity.name))
    ending = f" · {len(entity.sources)}" + (" src" if unit else "")
    if width is not None and len(count) + name.cell_len + len(ending) > width:
        if width - len(count) - len(ending) < SHORTEST_NAME:
            ending = ""
        name.truncate(max(1, width - len(count) - len(ending)), overflow="ellipsis")
    label = Text(no_wrap=True, overflow="ellipsis")
    label.append(count, style="bold")
    label.append(name)
    label.append(ending, style="dim")
    return label


def names_matching(entities: list[Entity], needle: str) -> list[Entity]:
    """The entities whose name or one of whose spellings contains ``needle``, case and accents
    aside (an entity named "Maryland" may only ever be spelt "Md.")."""
    needle = fold(needle.strip())
    return [e for e in entities if not needle or any(needle in fold(a) for a in (e.name, *e.aliases))]


class EntityTree(Tree[str]):
    """Entities grouped by type; aliases show when an entity is expanded.

    Rows fit the tree's width instead of scrolling sideways: an entity's name
    gives way to its counts (see :func:`entity_label`), other rows end in "…".
    """

    BINDINGS = [
        Binding("enter", "select_cursor", "Show mentions", id="entities.show",
                tooltip="Highlight every mention of this entity and jump to the first"),
    ]  # fmt: skip

    def __init__(self, label: str, *, id: str | None = None) -> None:
        super().__init__(label, id=id)
        self.entity_of_row: dict[int, Entity] = {}
        # Of each width an entity row may take: whether every row fits with " src" written out.
        self._units_fit: dict[int, bool] = {}

    def clear(self) -> EntityTree:
        self.entity_of_row.clear()
        self._units_fit.clear()
        super().clear()
        return self

    def add_entity(self, heading: TreeNode[str], entity: Entity, sources: dict[str, str]) -> None:
        """A row for ``entity`` under ``heading``, with its other spellings and its sources inside."""
        node = heading.add(entity_label(entity), data=entity.id)
        self.entity_of_row[node.id] = entity
        self._units_fit.clear()
        for alias in entity.aliases:
            if alias != entity.name:
                node.add_leaf(Text(display_text(alias), style="italic"), data=entity.id)
        named_by = ", ".join(sources.get(a, a) for a in entity.sources)
        node.add_leaf(Text(f"in {named_by}", style="dim"), data=entity.id)

    def render_label(self, node: TreeNode[str], base_style: Style, style: Style) -> Text:
        label = super().render_label(node, base_style, style)
        room = self.scrollable_content_region.width - self._indent(node)
        entity = self.entity_of_row.get(node.id)
        if room <= 0 or (entity is None and label.cell_len <= room):
            return label
        if entity is None:
            label.truncate(room, overflow="ellipsis")
            return label
        icon = label.cell_len - node.label.cell_len
        width = room - icon
        if width not in self._units_fit:
            self._units_fit[width] = all(entity_label(e).cell_len <= width for e in self.entity_of_row.values())
        # One form for every row: " · 4 src" where all fit so, else " · 4".
        fitted = entity_label(entity, width, unit=self._units_fit[width])
        fitted.stylize(style)
        return Text.assemble(label[:icon], fitted)

    def _indent(self, node: TreeNode[str]) -> int:
        """The cells of guides before ``node``'s label."""
        depth = 0
        while (node := node.parent) is not None and (self.show_root or node is not self.root):
            depth += 1
        return depth * self.guide_depth


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
                tree.add_entity(heading, entity, self.sources)
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
