"""Writing the reader's files safely: atomically, and never through a symbolic link."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class UnsafePathError(OSError):
    """A write that would go through a symbolic link."""


def write_atomic(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` in one rename, so a crash leaves the old or the new file."""
    if path.is_symlink():
        raise UnsafePathError(f"{path}: is a symbolic link; not writing through it")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
