"""Stories in a folder: articles on one story are found together, and each story's words
weigh as they would in a folder of that story alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from readingdesk.analysis import Analysis, analyze_corpus, names_of
from readingdesk.analysis.entities import extract_entities
from readingdesk.analysis.profiles import ALIGNABLE_KINDS, profile
from readingdesk.analysis.scoring import Scorer
from readingdesk.analysis.stories import STORY_OVERLAP, find_stories
from readingdesk.corpus import Corpus, load_corpus

from .conftest import DATA, SEEDS

# A second story, on nothing the seeds report: a ferry aground, told by three sources.
FERRY = DATA / "ferry"


def _weight(term: str) -> float:
    """Names and rare words weigh 1, everyday words little."""
    return 0.05 if term in {"said", "people", "year", "on", "new"} else 1.0


def test_articles_sharing_a_story_s_words_form_one_story() -> None:
    articles = [
        {"ferry", "gozo", "aground", "212", "said", "people"},
        {"ferry", "gozo", "sandbank", "212", "coastguard", "said"},
        {"quake", "morocco", "820", "marrakesh", "said", "people", "year"},
        {"quake", "morocco", "atlas", "820", "people"},
        {"budget", "parliament", "tax", "said", "people", "year", "new"},
    ]
    assert find_stories(articles, _weight) == [0, 0, 1, 1, None]


def test_a_story_joins_articles_through_others() -> None:
    """The first and last articles share little, but each shares a story with the middle one."""
    articles = [
        {"ferry", "gozo", "aground", "lifeboats", "hypothermia"},
        {"ferry", "gozo", "aground", "cirkewwa", "inquiry"},
        {"cirkewwa", "inquiry", "recorder", "gale", "investigators"},
    ]
    assert find_stories(articles, _weight) == [0, 0, 0]


def test_everyday_words_alone_make_no_story() -> None:
    common = {"said", "people", "year", "on", "new"}
    articles = [common | {"ferry", "gozo", "aground"}, common | {"quake", "morocco", "820"}]
    assert find_stories(articles, _weight) == [None, None]
    shared = sum(map(_weight, common)) / min(sum(map(_weight, article)) for article in articles)
    assert shared < STORY_OVERLAP


@pytest.fixture(scope="module")
def mixed_folder(tmp_path_factory) -> Corpus:
    """The seeds and the ferry story in one folder, as a reader's collection mixes them."""
    folder = tmp_path_factory.mktemp("mixed")
    for source in [*SEEDS.iterdir(), *FERRY.iterdir()]:
        if source.name.startswith("."):
            continue
        (folder / source.name).write_bytes(source.read_bytes())
    return load_corpus([folder])


def _scorer(corpus: Corpus) -> Scorer:
    names = names_of(extract_entities(corpus.articles))
    profiles = [
        profile(i, a, s, names, ())
        for i, a in enumerate(corpus.articles)
        for s in a.sentences
        if s.kind in ALIGNABLE_KINDS
    ]
    return Scorer([p for p in profiles if p.terms])


def _term_weights(scorer: Scorer) -> dict[tuple[str, str], float]:
    """Every (sentence id, term's word) of the scorer's profiles, and the term's weight there
    (a named referent by its words: which number names it depends on the folder)."""
    return {
        (p.sentence.id, p.surface[term]): scorer.term_weight(term, index)
        for index, p in enumerate(scorer.profiles)
        for term in p.terms
    }


@pytest.mark.parametrize("story", [SEEDS, FERRY], ids=["seeds", "ferry"])
def test_a_story_s_words_weigh_the_same_alone_or_mixed_with_another(
    seed_corpus: Corpus, mixed_folder: Corpus, story: Path
) -> None:
    alone = _term_weights(_scorer(seed_corpus if story == SEEDS else load_corpus([story])))
    mixed = _term_weights(_scorer(mixed_folder))
    assert alone.keys() <= mixed.keys()
    assert all(mixed[key] == pytest.approx(weight, abs=1e-12) for key, weight in alone.items())


def _links_between_texts(analysis: Analysis) -> set[tuple[str, str]]:
    texts = {s.id: a.sentence_text(s) for a in analysis.articles for s in a.sentences}
    return {tuple(sorted((texts[link.a], texts[link.b]))) for link in analysis.links}


def test_a_second_story_in_the_folder_leaves_the_seeds_links_as_they_were(
    seed_analysis: Analysis, mixed_folder: Corpus
) -> None:
    alone = _links_between_texts(seed_analysis)
    seed_texts = {text for pair in alone for text in pair}
    mixed = {pair for pair in _links_between_texts(analyze_corpus(mixed_folder)) if set(pair) <= seed_texts}
    assert mixed == alone
