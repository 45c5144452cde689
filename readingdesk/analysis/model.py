"""The analysis of a corpus and its JSON document, the public contract.

``Analysis.to_dict()`` is what ``readingdesk analyze --format json`` prints and
what scripts depend on: keys are only ever added. ``SCHEMA_VERSION`` changes
only together with a migration note in README.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from readingdesk.analysis.discrepancies import Discrepancy

from readingdesk.analysis.entities.model import Entity
from readingdesk.analysis.figures import Figure
from readingdesk.corpus.model import Article, Corpus, Sentence

SCHEMA_VERSION = 1


@dataclass(frozen=True, slots=True)
class Link:
    """Two sentences of different articles that report the same fact."""

    a: str
    b: str
    score: float
    shared: tuple[str, ...]

    def other(self, sentence_id: str) -> str:
        """The sentence at the other end of the link from ``sentence_id``."""
        return self.b if self.a == sentence_id else self.a


@dataclass(frozen=True, slots=True)
class FactGroup:
    """One fact and the sentences, across sources, that report it."""

    id: str
    sentences: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(slots=True)
class Analysis:
    """Everything readingdesk knows about a corpus, for the desk and for scripts."""

    corpus: Corpus
    min_score: float = 0.0
    links: list[Link] = field(default_factory=list)
    groups: list[FactGroup] = field(default_factory=list)
    # Of each sentence no link touches: links to its closest sentences of other articles, under
    # ``min_score``, best first.
    closest: dict[str, list[Link]] = field(default_factory=dict)
    entities: list[Entity] = field(default_factory=list)
    figures: dict[str, list[Figure]] = field(default_factory=dict)
    discrepancies: list[Discrepancy] = field(default_factory=list)
    variants: list[dict[str, Any]] = field(default_factory=list)
    # Of each article (by id): the story it is on, numbered from 0, where the corpus mixes
    # stories (:mod:`readingdesk.analysis.stories`); None (or absent) where it shares none.
    stories: dict[str, int | None] = field(default_factory=dict)
    _sentences: dict[str, Sentence] = field(default_factory=dict, repr=False)
    _group_of: dict[str, str] = field(default_factory=dict, repr=False)
    _links_of: dict[str, list[Link]] = field(default_factory=dict, repr=False)
    _subheadings: frozenset[str] = field(default_factory=frozenset, repr=False)

    def __post_init__(self) -> None:
        self.reindex()

    def reindex(self) -> None:
        """Rebuild the look-up tables after links or groups change."""
        self._sentences = {s.id: s for s in self.corpus.sentences()}
        self._subheadings = frozenset(s.id for a in self.corpus.articles for s in a.sentences if a.is_subheading(s))
        self._group_of = {sid: g.id for g in self.groups for sid in g.sentences}
        self._links_of = {}
        for link in self.links:
            self._links_of.setdefault(link.a, []).append(link)
            self._links_of.setdefault(link.b, []).append(link)

    @property
    def articles(self) -> list[Article]:
        return self.corpus.articles

    def sentence(self, sentence_id: str) -> Sentence:
        return self._sentences[sentence_id]

    def text_of(self, sentence: Sentence) -> str:
        return self.corpus.article(sentence.article_id).sentence_text(sentence)

    def group_of(self, sentence_id: str) -> str | None:
        return self._group_of.get(sentence_id)

    def is_unique(self, sentence: Sentence) -> bool:
        """True where no other article reports this sentence's fact. Metadata and subheadings
        report none: they are never one source's own."""
        return (
            sentence.kind != "meta"
            and len(self.corpus.articles) > 1
            and sentence.id not in self._links_of
            and sentence.id not in self._subheadings
        )

    @property
    def story_count(self) -> int:
        """How many stories of two articles or more the corpus holds."""
        return len({story for story in self.stories.values() if story is not None})

    def story_label(self, article_id: str) -> str | None:
        """Which story an article is on, in a reader's words ("story 2", counting from 1, or
        "on no shared story"); None where the corpus tells one story or none."""
        if self.story_count < 2:
            return None
        story = self.stories.get(article_id)
        return "on no shared story" if story is None else f"story {story + 1}"

    def story_among(self, article_ids: Iterable[str]) -> int | None:
        """The story of the first of these articles that is on one: the story of a fact they
        report, since sentences of two different stories never link."""
        return next((story for a in article_ids if (story := self.stories.get(a)) is not None), None)

    def on_another_story(self, article_id: str, story: int | None) -> bool:
        """Whether an article is on a story other than ``story``, so it cannot report that
        story's facts (never where either is on no shared story)."""
        own = self.stories.get(article_id)
        return own is not None and story is not None and own != story

    def articles_on(self, story: int | None) -> list[Article]:
        """The articles that may report a fact of ``story``: all but those on another story
        (every article where ``story`` is None)."""
        return [a for a in self.articles if not self.on_another_story(a.id, story)]

    def links_of(self, sentence_id: str) -> list[Link]:
        """The links that touch this sentence, best first."""
        return self._links_of.get(sentence_id, [])

    def closest_to(self, sentence_id: str) -> list[Link]:
        """Of a sentence no link touches, the closest sentences of other articles (``link.b``),
        best first: where to look before calling it one source's own (none for a sentence
        that is not :meth:`is_unique`)."""
        if not self.is_unique(self.sentence(sentence_id)):
            return []
        return self.closest.get(sentence_id, [])

    def to_dict(self) -> dict[str, Any]:
        """The JSON document of the public contract (schema ``version`` 1)."""
        return {
            "version": SCHEMA_VERSION,
            "min_score": self.min_score,
            "articles": [self._article_dict(a) for a in self.corpus.articles],
            "links": [
                {"a": ln.a, "b": ln.b, "score": round(ln.score, 4), "shared": list(ln.shared)} for ln in self.links
            ],
            "groups": [{"id": g.id, "sentences": list(g.sentences), "sources": list(g.sources)} for g in self.groups],
            "entities": [e.to_dict() for e in self.entities],
            "discrepancies": [d.to_dict() for d in self.discrepancies],
            "variants": self.variants,
            "problems": [{"path": p.path, "reason": p.reason} for p in self.corpus.problems],
        }

    def _article_dict(self, article: Article) -> dict[str, Any]:
        return {
            "id": article.id,
            "path": article.path,
            "title": article.title,
            "source": article.source,
            "date": article.date,
            "byline": article.byline,
            "url": article.url,
            "encoding": article.encoding,
            "text_length": len(article.text),
            "story": self.stories.get(article.id),
            "sentences": [
                {
                    "id": s.id,
                    "start": s.start,
                    "end": s.end,
                    "kind": s.kind,
                    "paragraph": s.paragraph,
                    "text": article.text[s.start : s.end],
                    "group": self.group_of(s.id),
                    "unique": self.is_unique(s),
                    "closest": [
                        {"sentence": ln.b, "score": round(ln.score, 4), "shared": list(ln.shared)}
                        for ln in self.closest_to(s.id)
                    ],
                    "figures": [f.to_dict() for f in self.figures.get(s.id, [])],
                }
                for s in article.sentences
            ],
        }
