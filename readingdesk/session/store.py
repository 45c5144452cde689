"""The session file: highlights saved atomically next to the corpus, never lost.

``.readingdesk/session.json`` inside the corpus folder, or, where that folder
cannot be written, a file named after the corpus path in the user data
directory. A corrupt file, or one written by a newer readingdesk, is moved
aside (never overwritten) and the reader is told. Writes go to a temporary
file that replaces the session in one rename, and never through a symlink.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from platformdirs import user_data_dir

from readingdesk.files import write_atomic
from readingdesk.session.model import Highlight

SESSION_VERSION = 1
FOLDER = ".readingdesk"


class SessionError(OSError):
    """The session could not be written; the message says where and why."""


def corpus_root(paths: Sequence[str | os.PathLike[str]]) -> Path:
    """The folder a corpus lives in: the folder given, or the common folder of the files."""
    resolved = [Path(p).resolve() for p in paths]
    if len(resolved) == 1 and resolved[0].is_dir():
        return resolved[0]
    folders = [p if p.is_dir() else p.parent for p in resolved]
    return Path(os.path.commonpath(folders)) if folders else Path.cwd()


def data_dir() -> Path:
    return Path(os.environ.get("READINGDESK_DATA_DIR") or user_data_dir("readingdesk"))


def _writable(folder: Path) -> bool:
    target = folder / FOLDER
    return os.access(target if target.exists() else folder, os.W_OK)


class SessionStore:
    """Loads and saves the highlights of one corpus."""

    def __init__(self, root: Path) -> None:
        self.root = root
        if _writable(root):
            self.path = root / FOLDER / "session.json"
        else:
            digest = hashlib.sha256(str(root).encode("utf-8")).hexdigest()[:16]
            self.path = data_dir() / "sessions" / f"{root.name or 'corpus'}-{digest}.json"
        self.warnings: list[str] = []
        self._lock: IO[str] | None = None
        self.read_only = False

    def acquire(self) -> bool:
        """Take the corpus' session lock; False (and a warning) when another desk holds it.

        Two desks on one corpus would each save their own list and undo the
        other's highlights; the second one reads the highlights but saves none.
        """
        try:
            import fcntl
        except ImportError:  # pragma: no cover - no advisory locks on this platform
            return True
        lock_path = self.path.with_name(self.path.name + ".lock")
        try:
            lock_path.parent.mkdir(parents=True, exist_ok=True)
            handle = open(lock_path, "a+", encoding="utf-8")  # noqa: SIM115 - held for the desk's life
        except OSError as exc:
            self.warnings.append(f"could not lock {lock_path}: {exc.strerror or exc}")
            return True
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            self.read_only = True
            self.warnings.append(
                f"another readingdesk has this corpus open ({self.path.parent}); highlights made here will not be saved"
            )
            return False
        self._lock = handle
        return True

    def release(self) -> None:
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def load(self) -> list[Highlight]:
        """The saved highlights; a damaged or newer file is set aside with a warning."""
        if not self.path.exists():
            return []
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not a session object")
            version = data.get("version")
            if not isinstance(version, int) or version > SESSION_VERSION:
                self._set_aside(f"written by a newer readingdesk (format {version!r})", "newer")
                return []
            return [Highlight.from_dict(item) for item in data.get("highlights", [])]
        except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, StopIteration) as exc:
            self._set_aside(f"cannot be read ({exc.__class__.__name__})", "corrupt")
            return []

    def _set_aside(self, why: str, label: str) -> None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        aside = self.path.with_name(f"{self.path.stem}.{label}-{stamp}.json")
        try:
            os.replace(self.path, aside)
            self.warnings.append(f"session file {self.path} {why}; kept as {aside.name}, starting afresh")
        except OSError as exc:
            self.warnings.append(f"session file {self.path} {why} and could not be moved aside: {exc}")
            self.path = self.path.with_name(f"{self.path.stem}.new-{stamp}.json")

    def save(self, highlights: Sequence[Highlight]) -> None:
        if self.read_only:
            raise SessionError(f"not saved: another readingdesk holds {self.path.parent}")
        document = {
            "version": SESSION_VERSION,
            "@context": "http://www.w3.org/ns/anno.jsonld",
            "corpus": str(self.root),
            "highlights": [h.to_dict() for h in highlights],
        }
        try:
            write_atomic(self.path, json.dumps(document, ensure_ascii=False, indent=1) + "\n")
        except OSError as exc:
            raise SessionError(f"could not save highlights to {self.path}: {exc.strerror or exc}") from exc
