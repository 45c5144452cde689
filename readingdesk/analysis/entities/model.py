"""Entities and their mentions: who and what the articles name, and where."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Literal

EntityType = Literal["PERSON", "ORG", "PLACE", "OTHER"]
ENTITY_TYPES: tuple[EntityType, ...] = ("PERSON", "ORG", "PLACE", "OTHER")


@dataclass(frozen=True, slots=True)
class Mention:
    """A name in an article: ``article.text[start:end] == text``."""

    sentence: str
    article_id: str
    start: int
    end: int
    text: str
    type: EntityType | None = None
    # Position in the sentence: True where the name was preceded by a title.
    titled: bool = False


@dataclass(slots=True)
class Entity:
    """One real-world referent, with every surface form and mention across sources."""

    id: str
    name: str
    type: EntityType
    aliases: list[str]
    mentions: list[Mention] = field(default_factory=list)

    @property
    def sources(self) -> dict[str, int]:
        return dict(Counter(m.article_id for m in self.mentions))

    @property
    def salience(self) -> tuple[int, int]:
        """Sources that name it, then mentions: the sidebar's order."""
        return len(self.sources), len(self.mentions)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "aliases": self.aliases,
            "mentions": [
                {"sentence": m.sentence, "start": m.start, "end": m.end, "text": m.text} for m in self.mentions
            ],
            "sources": self.sources,
        }
