"""Short source labels: a long file name is cut to a beginning no other label shares."""

from __future__ import annotations

from readingdesk.corpus import corpus_from_texts, load_corpus
from readingdesk.ui.app import ReadingDeskApp
from readingdesk.ui.labels import SHORT_LABEL, source_labels
from readingdesk.ui.widgets.detail_strip import DetailStrip

from .conftest import SEEDS, ready

TEXT = "The council approved the budget on Monday."


def labels(*names: str) -> list[str]:
    corpus = corpus_from_texts(dict.fromkeys(names, TEXT))
    shown = source_labels(corpus.articles)
    return [shown[a.id] for a in corpus.articles]


def test_a_long_file_name_is_cut_to_a_beginning_no_other_label_shares() -> None:
    shown = labels("001_9c3a1096077da6d3", "002_f6155feb1a69ba7b")
    assert shown == ["001_9c3a10…", "002_f6155f…"]
    shown = labels("2023-09-12-reuters-summit", "2023-09-12-bbc-summit-report")
    assert shown == ["2023-09-12-r…", "2023-09-12-b…"]


def test_a_short_or_spoken_source_stays_whole() -> None:
    assert labels("bbc", "New York Times International Edition") == ["bbc", "New York Times International Edition"]


def test_a_long_name_no_beginning_tells_apart_stays_whole() -> None:
    shown = labels("agency-report-on-the-summit", "agency-report-on-the-summit-updated")
    assert shown[0] == "agency-report-on-the-summit"
    assert shown[1].startswith("agency-report-on-the-summit-") and shown[1].endswith("…")


def test_short_labels_differ_and_begin_the_whole_label() -> None:
    articles = load_corpus([SEEDS]).articles
    shown = source_labels(articles)
    assert len(set(shown.values())) == len(articles)
    for article in articles:
        label = shown[article.id]
        assert article.source.startswith(label.removesuffix("…"))
        assert label == article.source or len(label.removesuffix("…")) >= SHORT_LABEL


async def test_the_strip_names_a_file_named_source_by_its_short_label() -> None:
    name = "2023-09-12-wire-report-kim-train"
    corpus = corpus_from_texts({name: "Kim left Pyongyang by train on Sunday.", "other": "Putin waits in Moscow."})
    app = ReadingDeskApp(corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        shown = app.query_one(DetailStrip).plain
        assert "Only in 2023-09-12…:" in shown and name not in shown
