"""Articles saved as web pages: the story's text and labels, without the page around it."""

from __future__ import annotations

from pathlib import Path

import pytest

import readingdesk
from readingdesk.corpus import corpus_from_texts, load_corpus

from .conftest import DATA

PAGE = (DATA / "pages" / "quake.html").read_text(encoding="utf-8")


def test_a_saved_page_reads_as_its_article(tmp_path: Path) -> None:
    (tmp_path / "quake.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "wire.txt").write_text("RABAT (Reuters) - A powerful earthquake struck Morocco on Friday.\n")
    corpus = load_corpus([tmp_path])
    page = corpus.article("quake")
    assert (page.title, page.source, page.date, page.byline, page.url) == (
        "Quake kills hundreds in Morocco",
        "Example News",
        "2023-09-09",
        "Ana Ortiz",
        "https://news.example.com/world/quake-2023",
    )
    body = [page.sentence_text(s) for s in page.sentences if s.kind == "body"]
    assert body[0].startswith("A powerful earthquake struck Morocco late on Friday")
    # The page around the story is not read: menus, asides and footers.
    for furniture in ("Sport", "newsletter", "Privacy", "All rights reserved"):
        assert furniture not in page.text
    # Its text is shown as written, never as markup.
    assert any("[bold] text stays." in sentence for sentence in body)
    headline = next(s for s in page.sentences if s.kind == "headline")
    assert page.sentence_text(headline) == "Quake kills hundreds in Morocco"
    assert all(page.text[s.start : s.end] == page.sentence_text(s) for s in page.sentences)


def test_a_page_with_no_story_is_named_and_the_rest_still_load(tmp_path: Path) -> None:
    (tmp_path / "menu.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    (tmp_path / "wire.txt").write_text("The quake struck on Friday.\n")
    corpus = load_corpus([tmp_path])
    assert [a.id for a in corpus.articles] == ["wire"]
    assert [str(p) for p in corpus.problems] == [f"{tmp_path / 'menu.html'}: web page with no article text found"]


def test_a_page_is_known_by_its_text_whatever_its_name(tmp_path: Path) -> None:
    path = tmp_path / "saved.txt"
    path.write_text(PAGE, encoding="utf-8")
    assert load_corpus([path]).articles[0].source == "Example News"
    assert readingdesk.analyze_texts({"quake": PAGE}).articles[0].title == "Quake kills hundreds in Morocco"
    # Text that merely mentions a tag is no page.
    assert corpus_from_texts({"a": "The <html> tag opens a page.\n"}).articles[0].text.startswith("The <html>")


def test_a_page_the_extractor_fails_on_is_a_problem_not_a_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    def fail(*args: object, **kwargs: object) -> None:
        raise ValueError("broken tree")

    monkeypatch.setattr(trafilatura, "bare_extraction", fail)
    corpus = corpus_from_texts({"bad.html": PAGE, "wire": "The quake struck on Friday."})
    assert [a.id for a in corpus.articles] == ["wire"]
    assert [str(p) for p in corpus.problems] == ["bad.html: the web page could not be read (ValueError)"]
