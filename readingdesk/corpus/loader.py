"""Finding article files and reading them into a :class:`Corpus`."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from readingdesk.corpus.decode import DecodeError, decode_bytes, normalize_newlines, replace_surrogates
from readingdesk.corpus.metadata import extract_metadata
from readingdesk.corpus.model import Article, Corpus, LoadProblem, Sentence, sentence_id
from readingdesk.corpus.segment import segment
from readingdesk.corpus.webpage import PAGE_SUFFIXES, article_from_page, is_web_page

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
# What a folder contributes: articles and saved web pages.
READ_SUFFIXES = ARTICLE_SUFFIXES | PAGE_SUFFIXES
# The tool's own files and folders inside a corpus folder.
OWN_NAMES = frozenset({".readingdesk", "readingdesk.toml", "__pycache__"})
# News articles are kilobytes; a file this large is a dump or a book, not an article.
MAX_ARTICLE_BYTES = 5 * 1024 * 1024


def _is_hidden(name: str) -> bool:
    return name.startswith(".") or name.startswith("~") or name in OWN_NAMES


def find_article_files(
    paths: Iterable[str | os.PathLike[str]],
) -> tuple[list[Path], list[LoadProblem]]:
    """Expand the reader's paths into article files, in a stable order.

    A named file is taken whatever its suffix; a folder contributes its
    ``.txt``, ``.md`` and ``.html`` files (recursively, sorted by path), skipping
    hidden files and the tool's own files, and never following symlinked folders.
    """
    files: list[Path] = []
    problems: list[LoadProblem] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            files.append(path)

    for raw in paths:
        path = Path(raw)
        if not path.exists():
            reason = "broken symbolic link" if path.is_symlink() else "no such file or folder"
            problems.append(LoadProblem(str(path), reason))
        elif path.is_dir():
            found, looping = _articles_in(path)
            problems.extend(LoadProblem(str(p), "symbolic link that leads nowhere (broken or a loop)") for p in looping)
            if not found:
                problems.append(LoadProblem(str(path), "folder holds no article files (.txt, .md, .html)"))
            for file in found:
                add(file)
        elif path.is_file():
            add(path)
        else:
            problems.append(LoadProblem(str(path), "not a regular file"))
    return files, problems


def _articles_in(folder: Path) -> tuple[list[Path], list[Path]]:
    """Article files under ``folder``, and symlinks among them that lead nowhere."""
    found: list[Path] = []
    dead: list[Path] = []
    for root, dirs, names in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not _is_hidden(d))
        for name in names:
            if _is_hidden(name) or Path(name).suffix.lower() not in READ_SUFFIXES:
                continue
            file = Path(root, name)
            if file.is_file():
                found.append(file)
            elif file.is_symlink():
                dead.append(file)
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix()), sorted(dead)


def read_article_text(path: Path) -> tuple[str, str]:
    """Read and decode one file; raise :class:`DecodeError` with a reader's reason."""
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise DecodeError(
                f"too large ({size // (1024 * 1024)} MB; the limit is {MAX_ARTICLE_BYTES // (1024 * 1024)} MB)"
            )
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise DecodeError("vanished before it could be read") from exc
    except IsADirectoryError as exc:
        raise DecodeError("is a folder, not a file") from exc
    except PermissionError as exc:
        raise DecodeError("permission denied") from exc
    except OSError as exc:
        raise DecodeError(exc.strerror or "could not be read") from exc
    decoded = decode_bytes(data)
    return decoded.text, decoded.encoding


def _slug(name: str) -> str:
    slug = re.sub(r"[^\w.-]+", "-", name, flags=re.UNICODE).strip("-")
    return slug or "article"


def build_article(
    article_id: str, text: str, path: str | None, fallback_source: str, encoding: str = "utf-8"
) -> Article:
    """Segment ``text`` and label it: the one place an :class:`Article` is made."""
    units = segment(text)
    meta = extract_metadata(text, units, fallback_source)
    article = Article(
        id=article_id,
        path=path,
        text=text,
        title=meta.title,
        source=meta.source,
        date=meta.date,
        byline=meta.byline,
        encoding=encoding,
        url=meta.url,
    )
    article.sentences = [
        Sentence(sentence_id(article_id, i), article_id, i, u.start, u.end, u.kind, u.paragraph)
        for i, u in enumerate(units)
    ]
    return article


def _unique_id(base: str, taken: set[str]) -> str:
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


def load_corpus(paths: Iterable[str | os.PathLike[str]]) -> Corpus:
    """Read every article under ``paths``; files that fail become problems."""
    paths = list(paths)
    files, problems = find_article_files(paths)
    articles: list[Article] = []
    taken: set[str] = set()
    first_with_text: dict[str, Path] = {}
    for file in files:
        try:
            text, encoding = read_article_text(file)
            if is_web_page(file.name, text):
                text = article_from_page(text)
        except DecodeError as exc:
            problems.append(LoadProblem(str(file), str(exc)))
            continue
        digest = hashlib.sha256(text.strip().encode("utf-8", "surrogatepass")).hexdigest()
        if digest in first_with_text:
            # One text under two names would align with itself everywhere: read it once.
            problems.append(LoadProblem(str(file), f"same text as {first_with_text[digest]}; read once"))
            continue
        first_with_text[digest] = file
        article_id = _unique_id(_slug(file.stem), taken)
        articles.append(build_article(article_id, text, str(file), file.stem, encoding))
    name = Path(paths[0]).resolve().name if len(paths) == 1 else "corpus"
    return Corpus(articles=articles, problems=problems, name=name or "corpus")


def corpus_from_texts(texts: Mapping[str, str]) -> Corpus:
    """A corpus from in-memory texts keyed by name (the name labels the source)."""
    articles: list[Article] = []
    problems: list[LoadProblem] = []
    taken: set[str] = set()
    for name, raw in texts.items():
        text = replace_surrogates(normalize_newlines(raw.removeprefix("\ufeff")))
        if not text.strip():
            problems.append(LoadProblem(name, "no text (empty or whitespace only)"))
            continue
        if is_web_page(name, text):
            try:
                text = article_from_page(text)
            except DecodeError as exc:
                problems.append(LoadProblem(name, str(exc)))
                continue
        stem = Path(name).stem if Path(name).suffix.lower() in READ_SUFFIXES else name
        articles.append(build_article(_unique_id(_slug(stem), taken), text, None, stem))
    return Corpus(articles=articles, problems=problems, name="texts")
