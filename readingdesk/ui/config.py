"""The reader's settings between runs: chosen theme and key remaps, in the config directory.

``config.toml`` in ``platformdirs.user_config_dir("readingdesk")``::

    theme = "desk-light"

    [keymap]            # binding id = keys, as Textual's keymaps take them
    "pane.next_sentence" = "down,j,ctrl+n"

Writes are atomic (temporary file, then rename); a broken file is reported
and left alone, never overwritten.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_config_dir, user_state_dir

from readingdesk.files import write_atomic


def config_dir() -> Path:
    return Path(os.environ.get("READINGDESK_CONFIG_DIR") or user_config_dir("readingdesk"))


def state_dir() -> Path:
    return Path(os.environ.get("READINGDESK_STATE_DIR") or user_state_dir("readingdesk"))


@dataclass(slots=True)
class Settings:
    theme: str | None = None
    keymap: dict[str, str] = field(default_factory=dict)
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
    return Settings(theme=theme, keymap=keymap)


def _toml_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def save_theme(theme: str) -> str | None:
    """Remember the chosen theme; returns a problem to show, or None."""
    settings = load_settings()
    if settings.problem:
        return settings.problem
    lines = [f"theme = {_toml_string(theme)}"]
    if settings.keymap:
        lines += ["", "[keymap]"] + [f"{_toml_string(k)} = {_toml_string(v)}" for k, v in settings.keymap.items()]
    try:
        write_atomic(settings_path(), "\n".join(lines) + "\n")
    except OSError as exc:
        return f"could not save settings to {settings_path()}: {exc.strerror or exc}"
    return None
