"""Colour themes from TOML files: validated, turned into Textual themes, registered.

Textual has no theme-file loader, so readingdesk reads ``*.toml`` from its
shipped ``themes/`` folder and from the user's ``themes/`` folder in the config
directory. A broken file yields a one-line warning naming it, never a crash.
Each theme carries the fact-group tints as variables ``tint-0`` … ``tint-7``
(sentence backgrounds) and ``mark-0`` … ``mark-7`` (gutter marks).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from textual.color import Color, ColorParseError
from textual.theme import Theme

SHIPPED = Path(__file__).resolve().parent.parent / "themes"
TINT_COUNT = 8
_COLOURS = ("primary", "secondary", "accent", "warning", "error", "success", "foreground",
            "background", "surface", "panel")  # fmt: skip


class ThemeFileError(ValueError):
    """A theme file that cannot be used; the message says why."""


@dataclass(frozen=True, slots=True)
class LoadedThemes:
    themes: list[Theme]
    warnings: list[str]


def _colour(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise ThemeFileError(f"{where} must be a colour string")
    try:
        Color.parse(value)
    except ColorParseError as exc:
        raise ThemeFileError(f"{where}: {value!r} is not a colour") from exc
    return value


def theme_from_toml(path: Path) -> Theme:
    """Parse and validate one theme file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ThemeFileError(f"cannot be read ({exc.__class__.__name__})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ThemeFileError(f"not valid TOML ({exc})") from exc
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ThemeFileError("needs a 'name'")
    if "primary" not in data:
        raise ThemeFileError("needs a 'primary' colour")
    colours = {key: _colour(data[key], key) for key in _COLOURS if key in data}
    tints = data.get("tints", {})
    if not isinstance(tints, dict):
        raise ThemeFileError("[tints] must be a table")
    variables: dict[str, str] = {}
    for group, prefix in (("colors", "tint"), ("marks", "mark")):
        values = tints.get(group, [])
        if not isinstance(values, list) or (values and len(values) < TINT_COUNT):
            raise ThemeFileError(f"tints.{group} needs {TINT_COUNT} colours")
        for index, value in enumerate(values[:TINT_COUNT]):
            variables[f"{prefix}-{index}"] = _colour(value, f"tints.{group}[{index}]")
    if not variables:
        variables = default_tints(bool(data.get("dark", True)))
    return Theme(name=name.strip(), dark=bool(data.get("dark", True)), variables=variables, **colours)


# Okabe & Ito's colour-blind-safe palette: the marks of a theme that names none.
DEFAULT_MARKS = ("#56B4E9", "#E69F00", "#009E73", "#CC79A7", "#F0E442", "#0072B2", "#D55E00", "#999999")


def default_tints(dark: bool) -> dict[str, str]:
    variables = {f"mark-{i}": m for i, m in enumerate(DEFAULT_MARKS)}
    for i, mark in enumerate(DEFAULT_MARKS):
        base = Color.parse("#15171C" if dark else "#FAF9F6")
        variables[f"tint-{i}"] = base.blend(Color.parse(mark), 0.3).hex
    return variables


def load_themes(*folders: Path) -> LoadedThemes:
    """Themes from the ``*.toml`` files of ``folders`` (shipped first, then the user's)."""
    themes: list[Theme] = []
    warnings: list[str] = []
    for folder in folders or (SHIPPED,):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            try:
                themes.append(theme_from_toml(path))
            except ThemeFileError as exc:
                warnings.append(f"theme file {path}: {exc}")
    return LoadedThemes(themes, warnings)
