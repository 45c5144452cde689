"""Stories in a folder: articles on one story are found together, and each story's words
weigh as they would in a folder of that story alone."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from scipy import sparse
from textual.widgets import OptionList

from readingdesk.analysis import Analysis, analyze_corpus, names_of
from readingdesk.analysis.coverage import build_rows, filter_rows, legend, totals
from readingdesk.analysis.entities import extract_entities
from readingdesk.analysis.profiles import ALIGNABLE_KINDS, profile
from readingdesk.analysis.scoring import Scorer
from readingdesk.analysis.stories import NO_STORY, find_stories
from readingdesk.corpus import Corpus, load_corpus
from readingdesk.corpus.loader import corpus_from_texts
from readingdesk.corpus.model import article_of
from readingdesk.export import export_facts
from readingdesk.summary import format_summary
from readingdesk.ui.app import ReadingDeskApp
from readingdesk.ui.screens.coverage import CoverageScreen
from readingdesk.ui.widgets.detail_strip import describe

from .conftest import DATA, SEEDS, ready

# A second story, on nothing the seeds report: a ferry aground, told by three sources.
FERRY = DATA / "ferry"


def _weight(term: str) -> float:
    """Names and rare words weigh 1, everyday words little."""
    return 0.05 if term in {"said", "people", "year", "on", "new"} else 1.0


def _article(*terms: str, **repeated: int) -> dict[str, int]:
    """How many sentences of an article hold each term: once, or as many as ``repeated`` says."""
    return {**dict.fromkeys(terms, 1), **repeated}


def _stories(articles: list[dict[str, int]]) -> list[int | None]:
    """:func:`find_stories` of articles given as term counts (None: on no story)."""
    vocabulary = sorted({term for article in articles for term in article})
    counts = np.asarray([[article.get(term, 0) for term in vocabulary] for article in articles], dtype=float)
    stories = find_stories(sparse.csr_matrix(counts), np.asarray([_weight(term) for term in vocabulary]))
    return [None if story == NO_STORY else story for story in stories.tolist()]


def test_articles_sharing_a_story_s_words_form_one_story() -> None:
    articles = [
        _article("212", "aground", "said", "people", ferry=4, gozo=3),
        _article("212", "sandbank", "coastguard", "said", ferry=3, gozo=2),
        _article("820", "marrakesh", "said", "people", "year", quake=4, morocco=3),
        _article("820", "atlas", "people", quake=3, morocco=3),
        _article("budget", "tax", "said", "people", "year", "new", parliament=2),
    ]
    assert _stories(articles) == [0, 0, 1, 1, None]


def test_a_story_joins_articles_through_others() -> None:
    """The first and last articles share little, but each shares a story with the middle one."""
    articles = [
        _article("lifeboats", "hypothermia", ferry=3, gozo=3),
        _article("gale", ferry=2, gozo=2, cirkewwa=2, inquiry=2),
        _article("recorder", "investigators", cirkewwa=3, inquiry=3),
    ]
    assert _stories(articles) == [0, 0, 0]


def test_two_articles_alike_by_chance_do_not_merge_their_stories() -> None:
    """One article of each story shares a few rare words with the other, and nothing else
    does: a chance likeness between two stories, not a third story joining them."""
    chance = {"recorder": 3, "investigators": 2}
    articles = [
        _article("lifeboats", ferry=3, gozo=3, aground=2),
        _article("sandbank", ferry=3, gozo=2, aground=2),
        {**_article("coastguard", ferry=4, gozo=3, aground=1), **chance},
        {**_article("atlas", quake=4, morocco=3, marrakesh=2), **chance},
        _article("820", quake=3, morocco=3, marrakesh=2),
        _article("aftershock", quake=3, morocco=2, marrakesh=3),
    ]
    assert _stories(articles) == [0, 0, 0, 1, 1, 1]


def test_everyday_words_make_no_story() -> None:
    common = {"said": 5, "people": 4, "year": 2, "on": 6, "new": 2}
    articles = [{**common, **_article("aground", ferry=3, gozo=2)}, {**common, **_article("820", quake=3)}]
    assert _stories(articles) == [None, None]


def test_a_background_line_two_stories_both_print_makes_no_story() -> None:
    """Topic words recur in a story's sentences; one line's words are in one sentence."""
    background = ("vladivostok", "pyongyang", "1130", "kilometers")
    articles = [
        _article(*background, ferry=5, gozo=4, aground=3),
        _article(*background, kim=5, putin=4, train=3),
        _article(kim=4, putin=4, train=2, summit=2),
    ]
    assert _stories(articles) == [None, 0, 0]


@pytest.fixture(scope="module")
def mixed_folder(tmp_path_factory) -> Corpus:
    """The seeds and the ferry story in one folder, as a reader's collection mixes them."""
    folder = tmp_path_factory.mktemp("mixed")
    for source in [*SEEDS.iterdir(), *FERRY.iterdir()]:
        if source.name.startswith("."):
            continue
        (folder / source.name).write_bytes(source.read_bytes())
    return load_corpus([folder])


@pytest.fixture(scope="module")
def mixed_analysis(mixed_folder: Corpus) -> Analysis:
    return analyze_corpus(mixed_folder)


def _scorer(corpus: Corpus) -> Scorer:
    names = names_of(extract_entities(corpus.articles))
    profiles = [
        profile(i, a, s, names, ())
        for i, a in enumerate(corpus.articles)
        for s in a.sentences
        if s.kind in ALIGNABLE_KINDS
    ]
    return Scorer([p for p in profiles if p.terms])


def _term_weights(scorer: Scorer) -> dict[tuple[str, str], list[float]]:
    """Every (sentence id, term's words) of the scorer's profiles, and the weights of the terms
    with those words there, in order (a named referent is known by its words: which number names
    it depends on the folder; and several terms may share words, as "not specify" holds both
    "unknown" and "unknown:when")."""
    weights: dict[tuple[str, str], list[float]] = {}
    for index, p in enumerate(scorer.profiles):
        for term in p.terms:
            weights.setdefault((p.sentence.id, p.surface[term]), []).append(scorer.term_weight(term, index))
    return {key: sorted(values) for key, values in weights.items()}


@pytest.mark.parametrize("story", [SEEDS, FERRY], ids=["seeds", "ferry"])
def test_a_story_s_words_weigh_the_same_alone_or_mixed_with_another(
    seed_corpus: Corpus, mixed_folder: Corpus, story: Path
) -> None:
    alone = _term_weights(_scorer(seed_corpus if story == SEEDS else load_corpus([story])))
    mixed = _term_weights(_scorer(mixed_folder))
    assert alone.keys() <= mixed.keys()
    assert all(mixed[key] == pytest.approx(weights, abs=1e-12) for key, weights in alone.items())


def _seed_view(analysis: Analysis) -> dict[str, object]:
    """What a reader of the seeds sees, by sentence text: links, groups, unique flags, closest
    sentences and discrepancies."""
    seeds = {path.stem for path in SEEDS.glob("*.txt")}
    text = {s.id: a.sentence_text(s) for a in analysis.articles for s in a.sentences}
    of_seeds = [s for a in analysis.articles if a.id in seeds for s in a.sentences]
    return {
        "links": {(text[link.a], text[link.b], link.score) for link in analysis.links if article_of(link.a) in seeds},
        "groups": {
            frozenset(map(text.get, group.sentences))
            for group in analysis.groups
            if article_of(group.sentences[0]) in seeds
        },
        "unique": {text[s.id] for s in of_seeds if analysis.is_unique(s)},
        "closest": {text[s.id]: [(text[c.b], c.score) for c in analysis.closest_to(s.id)] for s in of_seeds},
        "discrepancies": {
            frozenset((text[sid], figure.text) for sid, figure in discrepancy.values)
            for discrepancy in analysis.discrepancies
            if article_of(discrepancy.values[0][0]) in seeds
        },
    }


def test_a_second_story_in_the_folder_leaves_what_the_seeds_show_as_it_was(
    seed_analysis: Analysis, mixed_analysis: Analysis
) -> None:
    alone = _seed_view(seed_analysis)
    assert all(alone.values())
    assert _seed_view(mixed_analysis) == alone


def test_sentences_of_two_stories_never_link_however_alike(mixed_folder: Corpus) -> None:
    """A background line two stories both print ("Vladivostok lies ...") is no fact either
    story's sources report together; within each story, links stay."""
    texts = {article.id: article.text for article in mixed_folder.articles}
    background = next(
        a.sentence_text(s) for a in mixed_folder.articles for s in a.sentences if "lies around" in a.sentence_text(s)
    )
    texts["radio"] = texts["radio"].rstrip() + "\n\n" + background + "\n"
    analysis = analyze_corpus(corpus_from_texts(texts))
    seeds = {path.stem for path in SEEDS.glob("*.txt")}
    sides = [{article_of(link.a) in seeds, article_of(link.b) in seeds} for link in analysis.links]
    assert {True} in sides and {False} in sides
    assert {True, False} not in sides


def test_each_article_s_story_is_in_the_json_and_the_summary(
    seed_analysis: Analysis, mixed_folder: Corpus, mixed_analysis: Analysis
) -> None:
    mixed = mixed_analysis
    seeds = {path.stem for path in SEEDS.glob("*.txt")}
    assert {a["id"]: a["story"] for a in mixed.to_dict()["articles"]} == {
        a.id: 0 if a.id in seeds else 1 for a in mixed_folder.articles
    }
    assert mixed.story_count == 2 and seed_analysis.story_count == 1
    assert "8 articles, 2 stories," in format_summary(mixed).splitlines()[0]
    assert "stories" not in format_summary(seed_analysis).splitlines()[0]


def test_the_strip_names_as_missing_only_sources_on_the_sentence_s_story(mixed_analysis: Analysis) -> None:
    sources = {a.id: a.source for a in mixed_analysis.articles}
    ferry = {sources[a] for a, story in mixed_analysis.stories.items() if story == 1}
    seeds = set(sources.values()) - ferry
    missed = {True: set(), False: set()}
    for article in mixed_analysis.articles:
        for sentence in article.sentences:
            if mixed_analysis.links_of(sentence.id):
                for line in describe(mixed_analysis, sentence, sources):
                    if line.plain.startswith("Not reported by: "):
                        named = set(line.plain.removeprefix("Not reported by: ").split(", "))
                        missed[article.source in ferry] |= named
    assert missed[False] and missed[False] <= seeds
    assert missed[True] and missed[True] <= ferry


def test_the_coverage_map_counts_no_source_as_missing_another_story_s_facts(
    seed_analysis: Analysis, mixed_analysis: Analysis
) -> None:
    rows = build_rows(mixed_analysis)
    for row in rows:
        for article, cell in row.cells.items():
            other = mixed_analysis.stories[article] != row.story
            assert (cell == "elsewhere") == other, (row.gist, article, cell)
    # Each seed's facts, exclusives and share are those of the seeds alone.
    seeds = {a.id for a in seed_analysis.articles}
    assert [t for t in totals(mixed_analysis, rows) if t.article_id in seeds] == totals(
        seed_analysis, build_rows(seed_analysis)
    )
    assert filter_rows(mixed_analysis, rows, story=1) == [r for r in rows if r.story == 1] != []
    assert "on another story" in legend(mixed_analysis) and "on another story" not in legend(seed_analysis)


def test_an_exported_fact_is_missed_only_by_sources_on_its_story(mixed_analysis: Analysis) -> None:
    report = json.loads(export_facts(mixed_analysis, "json"))
    ferry = {a.source for a in mixed_analysis.articles if mixed_analysis.stories[a.id] == 1}
    seeds = {a.source for a in mixed_analysis.articles} - ferry
    for fact in report["facts"]:
        told_by_seeds = {s["source"] for s in fact["sentences"]} <= seeds
        assert set(fact["missing"]) <= (seeds if told_by_seeds else ferry)
    assert any(fact["missing"] for fact in report["facts"])


async def test_the_desk_says_when_a_folder_tells_several_stories(mixed_folder: Corpus) -> None:
    app = ReadingDeskApp(mixed_folder)
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        assert "8 articles · 2 stories" in app.sub_title
        assert any("2 stories" in n.message for n in app._notifications)
        # Each pane's header says which story its article is on, and so does the article chooser.
        await pilot.press("a")
        choices = app.screen.query_one(OptionList)
        labels = [str(choices.get_option_at_index(i).prompt) for i in range(choices.option_count)]
        assert [label.split(" · ")[2] for label in labels] == [
            f"story {app.analysis.stories[a.id] + 1}" for a in mixed_folder.articles
        ]
        await pilot.press("end", "enter")  # the last article, the ferry's
        await pilot.pause()
        assert [_header(app, n) for n in range(len(app.panes))][:2] == ["story 2", "story 1"]
        # The coverage map shows one story's rows at a time on request.
        await pilot.press("v")
        assert isinstance(app.screen, CoverageScreen)
        every = len(app.screen.shown)
        await pilot.press("s")
        assert {row.story for row in app.screen.shown} == {0}
        assert "story 1" in str(app.screen.query_one("#map-status").render())
        assert app.screen.columns == [a.id for a in mixed_folder.articles if app.analysis.stories[a.id] == 0]
        # Enter on the last column opens that story's last source, not another story's.
        await pilot.press("right", "right", "right", "right", "right", "right", "right", "right", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, CoverageScreen)
        assert app.panes[0].article.id == app.analysis.articles[4].id
        await pilot.press("v", "s", "s", "s")
        assert len(app.screen.shown) == every


async def test_the_story_filter_is_offered_only_where_there_are_stories(seed_corpus: Corpus) -> None:
    app = ReadingDeskApp(seed_corpus)
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await pilot.press("v")
        every = len(app.screen.shown)
        assert "next_story" not in {b.action for _, b, enabled, _ in app.screen.active_bindings.values() if enabled}
        await pilot.press("s")
        assert len(app.screen.shown) == every


def _header(app: ReadingDeskApp, slot: int) -> str | None:
    """The story a pane's header names, if any."""
    header = str(app.query_one(f"#header-{slot}").render())
    return next((part for part in header.splitlines()[0].split(" · ") if part.startswith("story")), None)
