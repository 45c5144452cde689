"""Articles saved from the web: front matter, Markdown marks and web addresses."""

from __future__ import annotations

import pytest

import readingdesk
from readingdesk.analysis.figures import extract_figures
from readingdesk.analysis.terms import terms_of
from readingdesk.corpus import corpus_from_texts
from readingdesk.corpus.markup import (
    field_text,
    front_matter,
    front_matter_end,
    is_link_line,
    site_of,
    unwrap_line,
)
from readingdesk.export.common import citation
from readingdesk.export.facts import export_facts

CLIPPING = """---
title: "Quake kills hundreds in Morocco"
source: "https://www.reuters.com/world/africa/quake-2023-09-09/"
author:
  - "[[Ana Ortiz]]"
published: 2023-09-09
created: 2023-09-11
tags:
  - "clippings"
---
# Morocco quake

![Rescuers search the rubble](https://example.com/rubble.jpg)

A powerful earthquake struck Morocco late on Friday, the [ministry](https://www.example.ma/News/Quake-2023) said.
"""


def article(text: str, name: str = "story.md"):
    return corpus_from_texts({name: text}).articles[0]


def test_front_matter_gives_the_labels_and_stays_out_of_the_sentences() -> None:
    a = article(CLIPPING)
    assert (a.title, a.source, a.date, a.byline) == (
        "Quake kills hundreds in Morocco",
        "reuters.com",  # the clipper's "source" is the page's address: its site names the source
        "2023-09-09",  # published, not the day it was clipped
        "Ana Ortiz",
    )
    kinds = {a.sentence_text(s): s.kind for s in a.sentences}
    assert all(kind == "meta" for text, kind in kinds.items() if "clippings" in text or text.startswith("title:"))
    assert kinds["Morocco quake"] == "headline"
    assert kinds["Rescuers search the rubble"] == "caption"
    # The front matter is one block (shown as one paragraph), and the paragraphs after it count on.
    assert [s.paragraph for s in a.sentences] == [0] * 10 + [1, 2, 3]


def test_a_named_source_in_front_matter_wins_over_an_address() -> None:
    a = article(
        "+++\ntitle = 'Talks end'\npublisher = 'The Daily Courier'\nurl = 'https://courier.example.com/x'\n+++\n"
        "Talks ended.\n"
    )
    assert (a.title, a.source) == ("Talks end", "The Daily Courier")


def test_a_web_address_names_the_source_when_the_text_does_not() -> None:
    assert (
        article("Talks end\nhttps://www.bbc.co.uk/news/world-66760019\n\nTalks ended on Monday.\n").source
        == "bbc.co.uk"
    )
    assert article("Talks ended on Monday.\n\nSource: https://apnews.com/article/talks\n").source == "apnews.com"
    # A dateline's agency still names the source before any address does.
    assert article("https://example.com/x\n\nLONDON (Reuters) - Talks ended.\n").source == "Reuters"


@pytest.mark.parametrize(
    "text",
    [
        "---\nThe quake struck late on Friday.\n---\nMore.\n",  # a rule, then prose: no metadata
        "---\ntitle: never closed\n\nThe quake struck.\n",
        "Intro.\n---\ntitle: not at the start\n---\n",
    ],
)
def test_what_is_not_front_matter(text: str) -> None:
    assert front_matter_end(text) == 0
    assert front_matter(text) == ({}, 0)


def test_front_matter_that_cannot_be_read_gives_no_labels_and_no_error() -> None:
    # Unreadable fields, but still a block of metadata: its lines stay out of the sentences.
    for text in ("---\ntitle: [unclosed\n---\nText.\n", "+++\ntitle = \n+++\nText.\n"):
        assert front_matter(text) == ({}, text.index("\nText."))
    # Aliases can expand a few lines into gigabytes: they are refused, not expanded.
    bomb = "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n---\nText.\n"
    assert front_matter(bomb).fields == {}
    assert article(bomb).title == "Text."


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (["[[Ana Ortiz]]", "Lee Minji"], "Ana Ortiz, Lee Minji"),
        ("[[people/Ana Ortiz|Ana Ortiz]]", "Ana Ortiz"),
        ('  "Quoted  title" ', "Quoted title"),
        ({"name": "x"}, None),
        (None, None),
        (True, None),
    ],
)
def test_field_text(value: object, text: str | None) -> None:
    assert field_text(value) == text


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://www.reuters.com/world/", "reuters.com"),
        ("http://m.bbc.co.uk/news", "bbc.co.uk"),
        ("www.apnews.com", "apnews.com"),
        ("https://localhost/x", None),
        ("not an address", None),
    ],
)
def test_site_of(url: str, site: str | None) -> None:
    assert site_of(url) == site


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("- The quake hit.", "The quake hit."),
        ("> > 12. Roads were cut.", "Roads were cut."),
        ("**By Ana Ortiz**", "By Ana Ortiz"),
        ("_Photo: AP_", "Photo: AP"),
        ("*Kim* met *Putin*.", "*Kim* met *Putin*."),  # emphasis inside a line is its own
        ("-5 degrees at night.", "-5 degrees at night."),
        ("2023. A year of change.", "2023. A year of change."),
    ],
)
def test_unwrap_line(line: str, words: str) -> None:
    start, end = unwrap_line(line, 0, len(line))
    assert line[start:end] == words


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("[Live updates](https://example.com/live)", True),
        ("**Read more:** [Aid arrives](https://example.com/a) | [Maps](https://example.com/m)", True),
        ("https://www.example.com/story", True),
        ("The ministry [said](https://example.com/s) 296 people died.", False),
        ("[Kim](https://example.com/k) said [this](https://example.com/t)", False),
        ("Officials said so: the toll rose.", False),
    ],
)
def test_link_lines(line: str, furniture: bool) -> None:
    assert is_link_line(line) is furniture


def test_web_addresses_give_no_terms_figures_or_names() -> None:
    sentence = "The ministry [said](https://www.example.ma/News/Morocco-Quake/2023/09/09/66760019) 296 people died."
    assert [t.term for t in terms_of(sentence)] == ["ministri", "said", "296", "peopl", "die"]
    assert [f.text for f in extract_figures(sentence)] == ["296 people"]
    analysis = readingdesk.analyze_texts({"a.md": sentence, "b.txt": "Officials said 296 people died in Morocco."})
    assert {e.name for e in analysis.entities} == {"Morocco"}


def test_the_address_an_article_was_saved_from_is_kept_for_citations() -> None:
    a = article(CLIPPING)
    assert a.url == "https://www.reuters.com/world/africa/quake-2023-09-09/"
    assert a.url in citation(a, 0, 10)
    assert readingdesk.analyze_texts({"clip.md": CLIPPING}).to_dict()["articles"][0]["url"] == a.url
    assert article("Talks ended on Monday.\n\nSource: https://apnews.com/article/talks\n").url == (
        "https://apnews.com/article/talks"
    )
    assert article("LONDON (Reuters) - Talks ended.\n").url is None


def test_the_comparison_cites_each_page_by_its_address() -> None:
    wire = "RABAT (Reuters) - A powerful earthquake struck Morocco late on Friday, the ministry said.\n"
    analysis = readingdesk.analyze_texts({"clip.md": CLIPPING, "wire": wire})
    assert analysis.links
    url = "https://www.reuters.com/world/africa/quake-2023-09-09/"
    assert f"— reuters.com, {url}, clip, characters" in export_facts(analysis, "md")
    assert f'<a href="{url}">reuters.com</a>, clip, characters' in export_facts(analysis, "html")
    # Only a web address is ever a link: a script in the front matter is no address.
    hostile = CLIPPING.replace(url, "javascript:alert(1)")
    assert readingdesk.analyze_texts({"clip.md": hostile}).articles[0].url is None
