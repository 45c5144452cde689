"""The reader's settings between runs: theme, key remaps and the desk's layout, in the config directory.

``config.toml`` in ``platformdirs.user_config_dir("readingdesk")``::

    theme = "desk-light"

    [keymap]            # binding id = keys, as Textual's keymaps take them
    "pane.next_sentence" = "down,j,ctrl+n"

    [desk]
    strip = "tall"      # or "compact": the strip under the panes
    sync = false        # other panes follow the selected sentence

The desk writes only the value that changed and keeps the rest of the file as
the reader wrote it, comments and all (tomlkit). Writes are atomic (temporary
file, then rename); a broken file is reported and left alone, never overwritten.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import tomlkit
from platformdirs import user_config_dir, user_state_dir
from tomlkit.exceptions import TOMLKitError

from readingdesk.files import write_atomic


def config_dir() -> Path:
    return Path(os.environ.get("READINGDESK_CONFIG_DIR") or user_config_dir("readingdesk"))


def state_dir() -> Path:
    return Path(os.environ.get("READINGDESK_STATE_DIR") or user_state_dir("readingdesk"))


@dataclass(slots=True)
class Settings:
    theme: str | None = None
    keymap: dict[str, str] = field(default_factory=dict)
    # The strip under the panes tall (every counterpart in full) rather than compact.
    tall_strip: bool = False
    sync: bool = True
    problem: str | None = None


def settings_path() -> Path:
    return config_dir() / "config.toml"


def load_settings() -> Settings:
    path = settings_path()
    if not path.exists():
        return Settings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return Settings(problem=f"settings file {path} is not readable TOML ({exc}); using defaults")
    theme = data.get("theme") if isinstance(data.get("theme"), str) else None
    keymap = data.get("keymap", {})
    keymap = {str(k): str(v) for k, v in keymap.items()} if isinstance(keymap, dict) else {}
    desk = data.get("desk", {}) if isinstance(data.get("desk"), dict) else {}
    sync = desk.get("sync")
    return Settings(
        theme=theme,
        keymap=keymap,
        tall_strip=desk.get("strip") == "tall",
        sync=sync if isinstance(sync, bool) else True,
    )


def remember(key: str, value: str | bool, table: str | None = None) -> str | None:
    """Set ``key`` (in ``table``, else at the top) of the settings file to ``value``, keeping
    everything else in it as written; returns a problem to show, or None."""
    path = settings_path()
    try:
        document = tomlkit.parse(path.read_text(encoding="utf-8")) if path.exists() else tomlkit.document()
    except (OSError, UnicodeDecodeError, TOMLKitError) as exc:
        return f"settings file {path} is not readable TOML ({exc}); not saving settings"
    section = document if table is None else document.get(table)
    if section is None:
        section = document[table] = tomlkit.table()
    elif not isinstance(section, dict):
        return f"settings file {path}: [{table}] is not a table; not saving settings"
    if isinstance(current := section.get(key), type(value)) and current == value:
        return None  # already so: the file is not touched
    section[key] = value
    try:
        write_atomic(path, tomlkit.dumps(document))
    except OSError as exc:
        return f"could not save settings to {path}: {exc.strerror or exc}"
    return None


def save_theme(theme: str) -> str | None:
    """Remember the chosen theme; returns a problem to show, or None."""
    return remember("theme", theme)
