"""News-aware segmentation: the dev cases in tests/data/segmentation_cases.json."""

from __future__ import annotations

import itertools
import json

import pytest

from readingdesk.corpus import corpus_from_texts
from readingdesk.corpus.segment import _plain_spans, _syntok_spans, segment

from .conftest import DATA

CASES = json.loads((DATA / "segmentation_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_segmentation_case(case: dict) -> None:
    article = corpus_from_texts({"case": case["text"]}).articles[0]
    got = [[article.sentence_text(s), s.kind] for s in article.sentences]
    assert got == case["units"]


def test_units_are_exact_spans_in_order() -> None:
    text = "  Seoul, Sep 12 (EFE).- One.  Two.\n\n\nThree   \n"
    units = segment(text)
    assert [text[u.start : u.end] for u in units] == ["Seoul, Sep 12 (EFE).- One.", "Two.", "Three"]
    assert all(a.end <= b.start for a, b in itertools.pairwise(units))
    assert [u.paragraph for u in units] == [0, 0, 1]


def test_seed_sentences_reproduce_their_text(seed_corpus) -> None:
    for article in seed_corpus.articles:
        assert article.sentences, article.id
        for sentence in article.sentences:
            piece = article.text[sentence.start : sentence.end]
            assert piece == piece.strip() and piece
        # Nothing but whitespace lies outside the sentences.
        covered = set()
        for s in article.sentences:
            covered.update(range(s.start, s.end))
        outside = "".join(ch for i, ch in enumerate(article.text) if i not in covered)
        assert not outside.strip()


PLAIN = [
    "The train left on Sunday. It crossed the border on Tuesday. Officials confirmed it.",
    "A magnitude 6.8 quake struck. Hundreds died! Who was to blame? Nobody knows yet.",
    "“We will rebuild.” Green spoke late on Friday. “It will take years,” he said.",
    "The ship lost power... Then it struck the bridge.",
]
NEEDS_SYNTOK = [
    "The U.S. Navy sent a ship. It arrived.",  # an initialism
    "Rear Adm. John Doe spoke. He left.",  # a title
    "They brought food, water, etc. Then they left.",  # an abbreviation syntok knows
    "It was World War II. The war ended.",  # a Roman numeral
    "The train (armoured. slow.) left. It arrived.",  # brackets
]


@pytest.mark.parametrize("text", PLAIN)
def test_plain_paragraphs_are_split_without_syntok_as_syntok_splits_them(text: str) -> None:
    spans = _plain_spans(text, 0, len(text))
    assert spans is not None
    assert len(spans) > 1
    assert spans == _syntok_spans(text, 0, len(text))


@pytest.mark.parametrize("text", NEEDS_SYNTOK)
def test_stops_that_may_not_end_a_sentence_are_left_to_syntok(text: str) -> None:
    assert _plain_spans(text, 0, len(text)) is None


def test_hard_wrapped_lines_are_one_paragraph_and_list_items_stay_apart() -> None:
    text = (
        "SVB collapsed on Friday.\n"
        " - Earlier\n on Friday, the lender was attempting \nto find a buyer.\n"
        " - The agency formed a new bank, the National Bank of \nSanta Clara, to hold deposits.\n"
        "Customers were told.\nShares fell.\n"
        "EFE\nasb/tw"
    )
    units = [(text[u.start : u.end], u.kind) for u in segment(text)]
    assert ("Earlier\n on Friday, the lender was attempting \nto find a buyer.", "body") in units
    assert ("The agency formed a new bank, the National Bank of \nSanta Clara, to hold deposits.", "body") in units
    # A line that ends on a stop, a sign-off and an editor's slug stand on their own.
    assert ("Customers were told.", "body") in units and ("Shares fell.", "body") in units
    assert ("EFE", "meta") in units and ("asb/tw", "meta") in units


@pytest.mark.parametrize(
    "note",
    [
        "*Adds new information from President Biden endorsing Kamala Harris and reaction.",
        "[Updates with toll, quotes from rescuers]",
        "Editor's note: This story was updated at 5 p.m. with the latest toll.",
        "This story has been updated with reaction.",
    ],
)
def test_an_editors_note_on_a_version_is_meta_and_no_title(note: str) -> None:
    article = corpus_from_texts({"a": f"{note}\n\nBiden dropped out of the race on Sunday.\n\nHe said so."}).articles[0]
    first = article.sentences[0]
    assert (article.sentence_text(first), first.kind) == (note, "meta")
    assert article.title == "Biden dropped out of the race on Sunday."
    # A plural noun that opens a sentence is no note: "Updates to the app arrive on Monday."
    plain = corpus_from_texts({"a": "Updates to the app arrive on Monday.\n\nIt was fine."}).articles[0]
    assert plain.sentences[0].kind != "meta"


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "“We did it!” Labour leader, Sir Keir Starmer, said in his victory speech.",
            ["“We did it!” Labour leader, Sir Keir Starmer, said in his victory speech."],
        ),
        ("“Go.” Smith said.", ["“Go.” Smith said."]),
        # What follows the verb is a fact of its own, not where or when the words were said.
        ('"Why now?" Officials said the plan was flawed.', ['"Why now?"', "Officials said the plan was flawed."]),
        ("He shouted “We did it!” The crowd cheered.", ["He shouted “We did it!”", "The crowd cheered."]),
    ],
)
def test_a_quotation_and_who_said_it_after_it_are_one_sentence(text: str, sentences: list[str]) -> None:
    article = corpus_from_texts({"a": f"Title line here\n\n{text}"}).articles[0]
    assert [article.sentence_text(s) for s in article.sentences if s.kind == "body"] == sentences
