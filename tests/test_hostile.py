"""The hostile corpus: every product surface survives it and says what it skipped."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rich.cells import cell_len

from readingdesk.analysis import analyze_corpus
from readingdesk.cli import main
from readingdesk.corpus import corpus_from_texts, load_corpus
from readingdesk.export import export_excerpts, export_facts, export_map
from readingdesk.session import Highlight
from readingdesk.ui.app import ReadingDeskApp
from readingdesk.ui.layout import MIN_ROW_WIDTH, layout_article

from .conftest import ready
from .data.hostile.make_hostile import build

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    folder = tmp_path_factory.mktemp("hostile")
    return folder, build(folder)


def test_analyze_loads_what_it_can_and_names_each_skipped_file(hostile, capsys) -> None:
    folder, expect = hostile
    assert main(["analyze", str(folder), "--format", "json"]) == 0
    captured = capsys.readouterr()
    doc = json.loads(captured.out)
    loaded = {Path(a["path"]).name for a in doc["articles"]}
    assert loaded == {name for name, outcome in expect.items() if outcome == "load"}
    skipped_lines = captured.err.strip().splitlines()
    for name, outcome in expect.items():
        if outcome != "load":
            line = next(line for line in skipped_lines if f"{name}:" in line)
            assert outcome in line, line
    for article in doc["articles"]:
        text = load_corpus([article["path"]]).articles[0].text
        for s in article["sentences"]:
            assert text[s["start"] : s["end"]] == s["text"]
    assert not any(a["id"].startswith("duplicate") and a["id"] != "duplicate-a" for a in doc["articles"])


def test_exports_survive_the_hostile_corpus(hostile, tmp_path) -> None:
    folder, _ = hostile
    analysis = analyze_corpus(load_corpus([folder]))
    markup = next(a for a in analysis.articles if a.id == "markup")
    highlight = Highlight.of(markup.id, markup.path, markup.text, 0, 40)
    for fmt in ("md", "json", "html"):
        assert export_excerpts(analysis, [highlight], fmt)
        assert export_facts(analysis, fmt)
    for fmt in ("md", "html", "csv"):
        assert export_map(analysis, fmt)
    assert main(["export", str(folder), "--facts", "--format", "html", "-o", str(tmp_path / "r.html")]) == 0


def test_wide_and_combining_text_keeps_rows_within_the_pane() -> None:
    article = corpus_from_texts({"u": "宽字符的中文句子在这里。" * 20 + "\n" + "e\u0301" * 300}).articles[0]
    for width in (11, 20, 37):
        rows, _ = layout_article(article, width)
        assert all(sum(cell_len(c.char) for c in row.cells) <= max(width, MIN_ROW_WIDTH) for row in rows)


def test_a_hard_wrapped_sentence_shows_one_space_where_its_line_broke() -> None:
    text = "Banks fell.\n - Earlier\n on Friday, the lender was attempting \nto find a buyer.\n"
    article = corpus_from_texts({"w": text}).articles[0]
    rows, _ = layout_article(article, 80)
    shown = " / ".join("".join(c.char for c in row.cells) for row in rows)
    assert "Earlier on Friday, the lender was attempting to find a buyer." in shown
    # Each shown cell still points at its own character of the text.
    assert all(article.text[c.offset] == c.char or article.text[c.offset].isspace() for r in rows for c in r.cells)


async def test_the_desk_opens_the_hostile_corpus_and_shows_plain_text(hostile) -> None:
    folder, _ = hostile
    app = ReadingDeskApp(load_corpus([folder]))
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        for article in app.corpus.articles:
            pane = app.panes[0]
            app._put_article(0, app.corpus.articles.index(article))
            await pilot.pause()
            shown = "\n".join("".join(c.char for c in row.cells) for row in pane._rows)
            assert not CONTROL.search(shown), article.id
            await pilot.press("end", "home", "f", "o", "j")
        markup = next(i for i, a in enumerate(app.corpus.articles) if a.id == "markup")
        app._put_article(0, markup)
        await pilot.pause()
        shown = "\n".join("".join(c.char for c in row.cells) for row in app.panes[0]._rows)
        assert "[@click=app.quit]quit[/]" in shown and "[bold red]summit[/]" in shown
        await pilot.press("slash", *"train", "enter", "n", "v")
        await pilot.pause()
        await pilot.press("escape")
        assert app.is_running


def five_hundred() -> dict[str, str]:
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    return {
        f"story-{n:03d}": (
            f"Officials in city {n % 17} said the bridge number {n} reopened on {days[n % 5]}.\n"
            f"Traffic across river {n % 23} resumed after {n % 9 + 2} hours of repairs.\n"
            f"Residents of district {n} welcomed the news, the mayor's office said.\n"
        )
        for n in range(500)
    }


def test_a_corpus_of_five_hundred_articles() -> None:
    corpus = corpus_from_texts(five_hundred())
    analysis = analyze_corpus(corpus)
    assert len(analysis.articles) == 500
    assert analysis.links and analysis.groups
    json.dumps(analysis.to_dict())


async def test_the_desk_opens_five_hundred_articles() -> None:
    app = ReadingDeskApp(corpus_from_texts(five_hundred()))
    async with app.run_test(size=(200, 50)) as pilot:
        await ready(pilot)
        assert len(app.panes) == 5
        await pilot.press("f", "j", "a", "end", "enter")
        await pilot.pause()
        assert app.panes[0].article.id == "story-499"


def test_a_file_that_vanishes_between_listing_and_reading(tmp_path: Path, monkeypatch) -> None:
    from readingdesk.corpus import loader

    (tmp_path / "stays.txt").write_text("The train left on Sunday.\n", encoding="utf-8")
    gone = tmp_path / "gone.txt"
    gone.write_text("Soon deleted.\n", encoding="utf-8")
    listed = loader.find_article_files

    def list_then_delete(paths):
        files, problems = listed(paths)
        gone.unlink()  # deleted after the folder was listed, before it is read
        return files, problems

    monkeypatch.setattr(loader, "find_article_files", list_then_delete)
    corpus = loader.load_corpus([tmp_path])
    assert [a.id for a in corpus.articles] == ["stays"]
    assert [(Path(p.path).name, p.reason) for p in corpus.problems] == [
        ("gone.txt", "vanished before it could be read")
    ]
