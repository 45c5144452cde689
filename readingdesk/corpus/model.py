"""The corpus model: articles as read, and the sentences that tile them."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

SentenceKind = Literal["headline", "body", "caption", "meta"]


def sentence_id(article_id: str, index: int) -> str:
    """The id of an article's ``index``-th sentence: "a_wire:3"."""
    return f"{article_id}:{index}"


def article_of(sentence_id: str) -> str:
    """The id of the article a sentence id belongs to: "a_wire:3" -> "a_wire"."""
    return split_sentence_id(sentence_id)[0]


def split_sentence_id(sentence_id: str) -> tuple[str, int]:
    """The article id and the index a sentence id names: "a_wire:3" -> ("a_wire", 3)."""
    article_id, index = sentence_id.rsplit(":", 1)
    return article_id, int(index)


class Kinded(Protocol):
    """A unit of an article with its kind: a sentence, or a unit the segmenter found."""

    @property
    def kind(self) -> str: ...


def story_start(units: Sequence[Kinded]) -> int:
    """Where the story starts: the position of the first body unit (``len(units)`` if none).
    A headline before it titles the article; a headline after it is a subheading, a signpost
    inside the story ("How many people are missing?")."""
    return next((i for i, unit in enumerate(units) if unit.kind == "body"), len(units))


@dataclass(frozen=True, slots=True)
class Sentence:
    """A unit of an article: ``article.text[start:end]`` is exactly its text."""

    id: str
    article_id: str
    index: int
    start: int
    end: int
    kind: SentenceKind
    paragraph: int


@dataclass(slots=True)
class Article:
    """One source's text and what a reader would label its pane with."""

    id: str
    path: str | None
    text: str
    title: str
    source: str
    date: str | None
    byline: str | None
    encoding: str = "utf-8"
    url: str | None = None
    sentences: list[Sentence] = field(default_factory=list)

    def sentence_text(self, sentence: Sentence) -> str:
        """The exact text of one of this article's sentences."""
        return self.text[sentence.start : sentence.end]

    def is_subheading(self, sentence: Sentence) -> bool:
        """Whether a sentence is a headline after the story's start (:func:`story_start`)."""
        return sentence.kind == "headline" and story_start(self.sentences) < sentence.index

    def sentence_index_at(self, offset: int) -> int:
        """Index of the sentence that holds ``offset`` (or the last one starting before it)."""
        return max(0, bisect_right([s.start for s in self.sentences], offset) - 1)


@dataclass(frozen=True, slots=True)
class LoadProblem:
    """A file or path that could not be read, and why, in the reader's words."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(slots=True)
class Corpus:
    """The articles that loaded, and the problems with those that did not."""

    articles: list[Article]
    problems: list[LoadProblem] = field(default_factory=list)
    name: str = "corpus"

    def article(self, article_id: str) -> Article:
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(article_id)

    def sentences(self) -> list[Sentence]:
        return [s for article in self.articles for s in article.sentences]
