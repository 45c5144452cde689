"""A highlight: an excerpt of an article, anchored as the W3C Web Annotation model does.

Each highlight keeps a TextQuoteSelector (the exact quote with some prefix and
suffix) and a TextPositionSelector (start and end offsets), so it can be found
again after the article file is edited.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

CONTEXT = 32


def now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass(slots=True)
class Highlight:
    article_id: str
    article_path: str | None
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    note: str = ""
    id: str = field(default_factory=lambda: secrets.token_hex(6))
    created: str = field(default_factory=now)
    # Where the quote stands now, after re-anchoring: attached, moved, changed or orphaned.
    status: str = "attached"

    @classmethod
    def of(
        cls, article_id: str, article_path: str | None, text: str, start: int, end: int, note: str = ""
    ) -> Highlight:
        return cls(
            article_id=article_id,
            article_path=article_path,
            start=start,
            end=end,
            quote=text[start:end],
            prefix=text[max(0, start - CONTEXT) : start],
            suffix=text[end : end + CONTEXT],
            note=note,
        )

    @property
    def selectors(self) -> list[dict[str, Any]]:
        return [
            {"type": "TextQuoteSelector", "exact": self.quote, "prefix": self.prefix, "suffix": self.suffix},
            {"type": "TextPositionSelector", "start": self.start, "end": self.end},
        ]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "created": self.created,
            "note": self.note,
            "target": {"article": self.article_id, "source": self.article_path, "selector": self.selectors},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Highlight:
        target = data["target"]
        quote = next(s for s in target["selector"] if s["type"] == "TextQuoteSelector")
        position = next(s for s in target["selector"] if s["type"] == "TextPositionSelector")
        return cls(
            article_id=str(target["article"]),
            article_path=target.get("source"),
            start=int(position["start"]),
            end=int(position["end"]),
            quote=str(quote["exact"]),
            prefix=str(quote.get("prefix", "")),
            suffix=str(quote.get("suffix", "")),
            note=str(data.get("note", "")),
            id=str(data["id"]),
            created=str(data.get("created", "")),
        )
