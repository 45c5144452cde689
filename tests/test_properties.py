"""Properties over arbitrary text: exact spans, no exceptions, lossless highlights."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import readingdesk
from readingdesk.analysis import figures, profiles
from readingdesk.corpus import segment as segmentation
from readingdesk.corpus.decode import normalize_newlines
from readingdesk.corpus.markup import IMAGE_LINE
from readingdesk.corpus.segment import _plain_spans, _syntok_spans, segment
from readingdesk.session import Highlight, anchor

# Arbitrary Unicode, with news-like pieces mixed in so that the rules are exercised.
pieces = st.sampled_from([
    "Seoul, Sep 12 (EFE).- ", "Mr. ", "U.S. ", "4 1/2 years. ", "\n", "\r\n", " date 2023-09-12 ",
    "(ATTN: x) ", "By Lee ", "EFE", "asb/tw", "Source: x", "“quote.” ", "1,180km (733 miles). ",
    "Kim Jong-un ", "[bold]", "\x1b[31m", "\u202e", "宽", "e\u0301", "🚆",
    "---\n", "title: x\n", "+++\n", "- ", "> ", "12. ", "**", "_", "# ", "![a map](https://x.org/m.png)",
    "[link](https://x.org/a)", "https://www.x.org/2023/09/12 ",
])  # fmt: skip
texts = st.lists(st.one_of(st.text(max_size=40), pieces), max_size=25).map("".join)
common = settings(
    max_examples=int(__import__("os").environ.get("RD_EXAMPLES", "120")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@common
@given(texts)
def test_segmentation_spans_reproduce_the_text(raw: str) -> None:
    text = normalize_newlines(raw)
    units = segment(text)
    previous_end = 0
    covered = [False] * len(text)
    for unit in units:
        assert 0 <= unit.start < unit.end <= len(text)
        assert unit.start >= previous_end
        assert text[unit.start : unit.end].strip()
        previous_end = unit.end
        for i in range(unit.start, unit.end):
            covered[i] = True
    for image in IMAGE_LINE.finditer(text):  # where an image points is not shown
        covered[image.end("alt") : image.end()] = [True] * (image.end() - image.end("alt"))
    outside = "".join(ch for ch, inside in zip(text, covered, strict=True) if not inside)
    # Only blanks, control characters and Markdown marks lie between the units: no word is lost.
    assert all(not ch.isprintable() or ch.isspace() or ch in "#>*_-+!.)[]0123456789" for ch in outside)


# Sentence-like text: words, stops, quotes, numbers and abbreviations in any order.
words = st.sampled_from([
    "The", "train", "left", "Kim", "U.S.", "Mr.", "etc.", "II.", "6.8", "said.", "said!", "why?", "“No.”",
    "(AP)", "Gov.", "ended...", "A.", "it.", "“Yes,”", "Jan.", "12.", "e.g.", "co.", "Tuesday.",
])  # fmt: skip
paragraphs = st.lists(words, min_size=1, max_size=30).map(" ".join)


@common
@given(paragraphs)
def test_plain_path_splits_as_syntok_does(text: str) -> None:
    spans = _plain_spans(text, 0, len(text))
    assert spans is None or spans == _syntok_spans(text, 0, len(text))


@common
@given(st.lists(texts, min_size=1, max_size=3))
@example(["DÙ"])  # a name that folds to a linking word alone ("du")
def test_analysis_never_raises_and_offsets_hold(documents: list[str]) -> None:
    analysis = readingdesk.analyze_texts({f"a{i}": t for i, t in enumerate(documents)})
    doc = json.loads(json.dumps(analysis.to_dict()))
    for article, source in zip(analysis.articles, doc["articles"], strict=True):
        for s in source["sentences"]:
            assert article.text[s["start"] : s["end"]] == s["text"]
        for f in (f for s in source["sentences"] for f in s["figures"]):
            assert article.text[f["start"] : f["end"]] == f["text"]
    for entity in doc["entities"]:
        for m in entity["mentions"]:
            article = next(a for a in analysis.articles if m["sentence"].startswith(a.id + ":"))
            assert article.text[m["start"] : m["end"]] == m["text"]


@common
@given(texts, st.data())
def test_highlights_survive_saving_and_reloading(raw: str, data) -> None:
    text = normalize_newlines(raw) or "x"
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    note = data.draw(st.text(max_size=20))
    highlight = Highlight.of("a", "a.txt", text, start, end, note)
    again = Highlight.from_dict(json.loads(json.dumps(highlight.to_dict())))
    assert (again.quote, again.start, again.end, again.note, again.id) == (
        highlight.quote, highlight.start, highlight.end, highlight.note, highlight.id,
    )  # fmt: skip
    place = anchor(text, again)
    assert text[place.start : place.end] == highlight.quote


# Caption cues, sentence ends syntok misses and figures, among plain words and any characters.
cue_pieces = st.sampled_from([
    "(L)", "(left)", "(2nd R)", "FILE/", "File Photo /", "/ Pool", "/AFP", "Getty Images", "AP Photo",
    "photo courtesy", "poses for a photo", "pose for pictures", "in this file photo", "image released by",
    "said. (Yonhap)", "Plan B. Then", "you and I. Did", "at 6 p.m. Firefighters", "at 6 p.m. Tuesday",
    "www.x.com.\n\nThe", "a@b.org. “We", "magnitude 6.8", "March ١٢", "7-magnitude", "Sept. 12", "12 March",
    "2023", "on the Richter", "said Monday", "REPORTED LATE ON SUNDAY", " ", "the ", "said. ", "“", ".", "IMAGE",
    "PHOTO/", "Tuesday",
])  # fmt: skip
cue_texts = st.lists(st.one_of(cue_pieces, st.text(max_size=8)), max_size=12).map("".join)


@common
@given(cue_texts)
def test_quick_tests_never_skip_a_pattern_that_would_match(text: str) -> None:
    """The cheap tests that spare most sentences the slower patterns agree with those patterns."""
    assert segmentation._has_caption_cue(text) == (segmentation._CAPTION_CUES.search(text) is not None)
    if any(pattern.search(text) for pattern in segmentation._MISSED_ENDS):
        assert segmentation._STOP_THEN_CAPITAL.search(text)
    if any(p.search(text) for p in (figures._DATE, figures._YEAR, figures._MAGNITUDE, figures._TEMPERATURE)):
        assert figures._DIGIT.search(text)
    if profiles._REPORTED_DAY.search(text):
        assert "day" in text.lower()
