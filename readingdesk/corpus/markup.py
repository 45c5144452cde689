"""The markup of articles saved from the web: front matter, Markdown line marks, web addresses.

Readers save articles with browser clippers and note apps, which write
Markdown: a front matter block of metadata first (YAML between ``---`` lines,
or TOML between ``+++`` lines), then the article with headings, list and quote
marks, emphasis, images and links. The text stays as read, so every offset
still indexes it; this module tells where the markup is, so that sentences
can leave it out and metadata can read it.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Mapping
from typing import NamedTuple
from urllib.parse import urlsplit

import yaml

# A front matter block longer than this is not front matter.
FRONT_MATTER_LIMIT = 64 * 1024
_FENCE = re.compile(r"(---|\+\+\+)[ \t]*\n")
# What lines of a front matter block look like: "key: value", "key = value", "[table]",
# an indented or listed continuation, a comment, or nothing.
_YAML_LINE = re.compile(r"[^\s#:-][^\n]*?:(?:[ \t].*)?|[ \t]+.*|-(?:[ \t].*)?|#.*|")
_TOML_LINE = re.compile(r"[A-Za-z_\"'][\w.\"' -]*=.*|\[[^\]\n]+\][ \t]*|[ \t]+.*|#.*|")

# Block quote marks and a list marker in front of a line's words: "> ", "- ", "* ", "12. ".
LINE_MARKS = re.compile(r"(?:>[ \t]?)+(?:(?:[-*+]|\d{1,3}[.)])[ \t]+)?|(?:[-*+]|\d{1,3}[.)])[ \t]+")
# A line wrapped in emphasis: "*By Ana Ortiz*", "**Updated 3 p.m.**", "_Photo: AP_".
_EMPHASIS = re.compile(r"(?P<mark>\*{1,3}|_{1,3})(?P<inner>[^\s*_](?:.*[^\s*_])?)(?P=mark)")
# A line that is one image, maybe inside a link: its alternative text is what it shows.
IMAGE_LINE = re.compile(r"\[?!\[(?P<alt>[^\]\n]*)\]\([^)\n]*\)(?:\]\([^)\n]*\))?")
_LINK = re.compile(r"!?\[(?P<label>[^\]\n]*)\]\([^)\n]*\)")
_LABEL = re.compile(r"[\s*_|•·,;:–—-]*(?:[^\W_]+[\s*_|•·,;:–—-]*){0,4}:[\s*_|•·,;:–—-]*")
_FILLER = re.compile(r"[\s*_|•·,;:–—-]*")
# A web address as articles write one; a Markdown link's target ends at its closing bracket.
URL = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]\"'`]+", re.I)
_BARE_URL_LINE = re.compile(r"<?(?:https?://|www\.)\S+?>?", re.I)


class _NoAliases(yaml.SafeLoader):
    """Safe YAML without anchors and aliases: a few bytes of aliases can expand to gigabytes."""

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            raise yaml.YAMLError("aliases are not read in front matter")
        return super().compose_node(parent, index)  # type: ignore[no-any-return]


def _front_matter_span(text: str) -> tuple[int, int, int, str] | None:
    """(start of its contents, end of its contents, end of its closing fence, fence) of the
    front matter that opens ``text``, or None."""
    opening = _FENCE.match(text)
    if not opening:
        return None
    fence = opening[1]
    line_shape = _YAML_LINE if fence == "---" else _TOML_LINE
    position = opening.end()
    limit = min(len(text), FRONT_MATTER_LIMIT)
    while position <= limit:
        newline = text.find("\n", position)
        end = len(text) if newline < 0 else newline
        line = text[position:end]
        if line.rstrip() == fence:
            return opening.end(), position, end, fence
        if not line_shape.fullmatch(line) or newline < 0:
            return None
        position = newline + 1
    return None


def front_matter_end(text: str) -> int:
    """Where the front matter block that opens ``text`` ends (after its closing fence); 0 if
    the text opens with none."""
    span = _front_matter_span(text)
    return span[2] if span else 0


class FrontMatter(NamedTuple):
    """The fields of an article's front matter (keys in lower case), and where it ends."""

    fields: dict[str, object]
    end: int


def front_matter(text: str) -> FrontMatter:
    """The front matter that opens ``text``: no fields when it has none or they cannot be read,
    and ``end`` 0 when it has none."""
    span = _front_matter_span(text)
    if span is None:
        return FrontMatter({}, 0)
    start, end, after, fence = span
    body = text[start:end]
    try:
        fields = tomllib.loads(body) if fence == "+++" else yaml.load(body, Loader=_NoAliases)
    except (yaml.YAMLError, tomllib.TOMLDecodeError, ValueError, RecursionError):
        return FrontMatter({}, after)
    if not isinstance(fields, Mapping):
        return FrontMatter({}, after)
    return FrontMatter({str(key).strip().lower(): value for key, value in fields.items()}, after)


def field_text(value: object) -> str | None:
    """A front matter value as one line of text: lists joined, note-app link brackets
    ("[[Ana Ortiz]]") and quotes dropped; None when it holds no text."""
    if isinstance(value, list | tuple):
        parts = [part for item in value if (part := field_text(item))]
        return ", ".join(parts) or None
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Mapping) or value is None or isinstance(value, bool):
        return None
    text = " ".join(str(value).split()).strip("\"'")
    if text.startswith("[[") and text.endswith("]]"):
        text = text[2:-2].rsplit("|", 1)[-1]
    return text or None


def site_of(url: str) -> str | None:
    """The site a web address points to, as a reader names it: "reuters.com", "bbc.co.uk"."""
    if not URL.match(url):
        return None
    address = url if "://" in url else f"http://{url}"
    try:
        host = urlsplit(address).hostname or ""
    except ValueError:
        return None
    for prefix in ("www.", "m.", "amp.", "mobile."):
        host = host.removeprefix(prefix)
    return host if "." in host else None


def blank_urls(text: str) -> str:
    """``text`` with each web address blanked out, every other character where it was."""
    if "/" not in text and "www" not in text.lower():
        return text
    return URL.sub(lambda match: " " * len(match.group()), text)


def unwrap_line(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a line's words inside its Markdown marks: after block quote and list marks,
    inside emphasis that wraps the whole line."""
    if (marks := LINE_MARKS.match(text, start, end)) and marks.end() < end:
        start = marks.end()
    if (wrapped := _EMPHASIS.fullmatch(text, start, end)) and wrapped["mark"][0] not in wrapped["inner"]:
        return wrapped.start("inner"), wrapped.end("inner")
    return start, end


def is_link_line(line: str) -> bool:
    """Whether a line is only links, or links after a short label ("Related: [...](...)",
    "Read more: ..."), or a bare web address: site furniture, not the article's words."""
    if _BARE_URL_LINE.fullmatch(line):
        return True
    if "](" not in line:
        return False
    rest = _LINK.sub(" ", line)
    if rest == line:
        return False
    return bool(_FILLER.fullmatch(rest) or _LABEL.fullmatch(rest))
