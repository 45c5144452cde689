"""Writing an export: never over a file without ``force``, never through a symlink, atomically."""

from __future__ import annotations

from pathlib import Path

from readingdesk.files import write_atomic


class ExportError(Exception):
    """An export that was not written; the message names the file and the reason."""


def write_export(path: Path, text: str, *, force: bool = False) -> Path:
    if path.is_symlink():
        raise ExportError(f"{path}: is a symbolic link; choose another file name")
    if path.exists() and not force:
        raise ExportError(f"{path}: already exists (use --force to overwrite it)")
    if path.exists() and not path.is_file():
        raise ExportError(f"{path}: is not a regular file")
    try:
        write_atomic(path, text)
    except OSError as exc:
        raise ExportError(f"{path}: {exc.strerror or exc}") from exc
    return path
