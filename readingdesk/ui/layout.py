"""Wrapping an article into display rows, keeping every cell's offset into the text.

Article text is untrusted: it is shown as plain characters, never as markup,
and terminal control sequences (ANSI CSI and OSC escapes, C0/C1 control
characters, bidirectional overrides) are dropped from display. Each displayed
cell remembers the offset of the character it shows, so styles for sentences,
mentions and search matches are spans of the original text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from rich.cells import cell_len, set_cell_size

from readingdesk.corpus.model import Article

# ESC [ ... final byte, ESC ] ... BEL/ST, and other two-character escapes.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]|\x9b[0-?]*[ -/]*[@-~]")
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


def hidden_offsets(text: str) -> set[int]:
    """Offsets of characters that must not reach the terminal."""
    hidden: set[int] = set()
    for match in _ESCAPES.finditer(text):
        hidden.update(range(match.start(), match.end()))
    for index, char in enumerate(text):
        if (
            char in _BIDI
            or (unicodedata.category(char) == "Cc" and char not in "\n\t")
            or (unicodedata.category(char) == "Cs")
        ):
            hidden.add(index)
    return hidden


def display_text(text: str) -> str:
    """``text`` without what must not reach the terminal, tabs as spaces."""
    hidden = hidden_offsets(text) if not text.isprintable() else set()
    return "".join(" " if c == "\t" else c for i, c in enumerate(text) if i not in hidden)


def one_line(text: str, limit: int | None) -> str:
    """The text (displayed) on one line, cut to ``limit`` cells with an ellipsis (whole if None)."""
    text = " ".join(display_text(text).split())
    return text if limit is None or cell_len(text) <= limit else set_cell_size(text, max(0, limit - 1)) + "…"


# Rows are never narrower than this many cells, whatever the pane's width.
MIN_ROW_WIDTH = 4


@dataclass(frozen=True, slots=True)
class Cell:
    """One displayed character and the offset in the article text it shows."""

    char: str
    offset: int


@dataclass(slots=True)
class Row:
    """A display row: its cells, and the sentences whose first cell it shows, in reading
    order (for the gutter)."""

    cells: list[Cell]
    starts: list[int] = field(default_factory=list)


def _cells(article: Article, start: int, end: int, hidden: set[int]) -> list[Cell]:
    """The cells of ``text[start:end]``: a run of blanks, such as a hard-wrapped line's break and
    the indent after it, shows as one space (at the run's first offset)."""
    text = article.text
    cells: list[Cell] = []
    for i in range(start, end):
        if i in hidden:
            continue
        char = text[i]
        if char.isspace():
            if cells and cells[-1].char == " ":
                continue
            char = " "
        cells.append(Cell(char, i))
    return cells


def _wrap(cells: list[Cell], width: int) -> list[list[Cell]]:
    """Greedy word wrap by terminal cell width; words wider than a row are broken."""
    width = max(MIN_ROW_WIDTH, width)
    rows: list[list[Cell]] = []
    row: list[Cell] = []
    row_width = 0
    i = 0
    while i < len(cells):
        j = i
        while j < len(cells) and cells[j].char != " ":
            j += 1
        word = cells[i:j]
        word_width = sum(cell_len(c.char) for c in word)
        if row and row_width + word_width > width:
            rows.append(row)
            row, row_width = [], 0
        while word_width > width:  # a single long word: break it
            take, taken = [], 0
            for c in word:
                w = cell_len(c.char)
                if taken + w > width:
                    break
                take.append(c)
                taken += w
            take = take or word[:1]
            rows.append(take)
            word = word[len(take) :]
            word_width = sum(cell_len(c.char) for c in word)
        row.extend(word)
        row_width += word_width
        # The spaces after the word stay on this row when they fit.
        while j < len(cells) and cells[j].char == " ":
            if row_width + 1 <= width:
                row.append(cells[j])
                row_width += 1
            j += 1
        i = j
    if row or not rows:
        rows.append(row)
    return rows


def layout_article(article: Article, width: int) -> tuple[list[Row], list[int]]:
    """Rows of the article wrapped to ``width`` cells, and each sentence's first row.

    Paragraphs are separated by a blank row; sentences of a paragraph flow on.
    """
    hidden = hidden_offsets(article.text) if not article.text.isprintable() else set()
    rows: list[Row] = []
    first_row = [0] * len(article.sentences)
    by_paragraph: dict[int, list[int]] = {}
    for index, sentence in enumerate(article.sentences):
        by_paragraph.setdefault(sentence.paragraph, []).append(index)
    for number, members in enumerate(by_paragraph.values()):
        if number:
            rows.append(Row([]))
        start = article.sentences[members[0]].start
        end = article.sentences[members[-1]].end
        starts = {article.sentences[i].start: i for i in members}
        for row_cells in _wrap(_cells(article, start, end, hidden), width):
            row = Row(row_cells)
            for cell in row_cells:
                if cell.offset in starts:
                    sentence_index = starts.pop(cell.offset)
                    first_row[sentence_index] = len(rows)
                    row.starts.append(sentence_index)
            rows.append(row)
        for sentence_index in starts.values():  # sentences made only of hidden characters
            first_row[sentence_index] = len(rows) - 1
    return rows, first_row
