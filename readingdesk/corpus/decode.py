"""Bytes to article text: encoding detection, BOMs, newline styles."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes


class DecodeError(ValueError):
    """The bytes are not text a reader could use; the message says why."""


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str


_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Single-byte Western encodings news files arrive in, tried in this order.
_WESTERN = ("cp1252", "latin-1")
_SURROGATE = re.compile("[\ud800-\udfff]")


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR become LF, as Python's universal newlines read them."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def replace_surrogates(text: str) -> str:
    """Lone surrogates (from in-memory texts) become U+FFFD, one character for one."""
    return text if text.isascii() else _SURROGATE.sub("\ufffd", text)


def _looks_binary(data: bytes) -> bool:
    """Many NULs or control bytes: a binary file. A stray NUL in text is tolerated."""
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return sample.count(0) > len(sample) // 20 or controls > max(8, len(sample) // 50)


def decode_bytes(data: bytes) -> DecodedText:
    """Decode an article file's bytes, or raise :class:`DecodeError`.

    The returned text has its BOM removed and its newlines normalised to LF;
    every offset in readingdesk indexes into this text.
    """
    if not data:
        raise DecodeError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"not valid {encoding} despite its byte-order mark") from exc
            return _finish(text, encoding)
    if _looks_binary(data):
        raise DecodeError("binary file, not text")
    try:
        return _finish(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    western = _decode_western(data)
    if western is not None:
        return western
    best = from_bytes(data).best()
    if best is None:
        raise DecodeError("binary file, not text")
    return _finish(str(best), codecs.lookup(best.encoding).name)


def _decode_western(data: bytes) -> DecodedText | None:
    """cp1252 (or latin-1) when the bytes read as Western text.

    Detection libraries hesitate between look-alike single-byte code pages on
    short texts; Western European text has mostly ASCII letters with a few
    accented ones, while Cyrillic or Greek read as cp1252 turns whole words into
    accented letters. The ratio tells them apart.
    """
    for encoding in _WESTERN:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        letters = [ch for ch in text if ch.isalpha()]
        accented = sum(1 for ch in letters if ord(ch) > 127)
        if letters and accented / len(letters) < 0.3 and not _has_c1_controls(text):
            return _finish(text, encoding)
        return None
    return None


def _has_c1_controls(text: str) -> bool:
    return any("\x80" <= ch <= "\x9f" for ch in text)


def _finish(text: str, encoding: str) -> DecodedText:
    text = normalize_newlines(text)
    if not text.strip():
        raise DecodeError("no text (whitespace only)")
    return DecodedText(text, encoding)
