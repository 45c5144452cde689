"""Exports: excerpts and the comparison, as Markdown, JSON and HTML, and overwrite protection."""

from __future__ import annotations

import dataclasses
import html
import json
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from readingdesk.analysis import analyze_corpus
from readingdesk.cli import main
from readingdesk.corpus import load_corpus
from readingdesk.export import ExportError, export_excerpts, export_facts, write_export
from readingdesk.session import Highlight, SessionStore

from .conftest import SEEDS


@pytest.fixture()
def corpus_dir(tmp_path: Path) -> Path:
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target, ignore=shutil.ignore_patterns(".readingdesk"))  # not the reader's own session
    return target


def highlight_sentence(analysis, quote: str, note: str = "") -> Highlight:
    for article in analysis.articles:
        for sentence in article.sentences:
            if quote in article.sentence_text(sentence):
                return Highlight.of(article.id, article.path, article.text, sentence.start, sentence.end, note)
    raise AssertionError(quote)


class Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append(tag)

    def handle_data(self, data) -> None:
        self.text.append(data)


def test_excerpt_exports_carry_provenance_counterparts_and_notes(corpus_dir: Path) -> None:
    analysis = analyze_corpus(load_corpus([corpus_dir]))
    h = highlight_sentence(analysis, "has been sanctioned since 2016", note="key claim")
    markdown = export_excerpts(analysis, [h], "md")
    assert "> The Munitions Industry Department has been sanctioned since 2016" in markdown
    assert "— EFE, undated" in markdown and f"characters {h.start}–{h.end}" in markdown
    # The citation and the note are paragraphs of their own, not one run-on line.
    assert f"characters {h.start}–{h.end}\n\nNote: key claim\n" in markdown
    assert "Also reported by:" in markdown and "El heraldo" in markdown
    by_source = export_excerpts(analysis, [h], "md", by="source")
    assert "## EFE —" in by_source

    document = json.loads(export_excerpts(analysis, [h], "json"))
    (item,) = document["excerpts"]
    assert item["quote"] == h.quote and item["source"] == "EFE" and item["status"] == "attached"
    assert {s["type"] for s in item["target"]["selector"]} == {"TextQuoteSelector", "TextPositionSelector"}
    assert item["counterparts"] and item["counterparts"][0]["source"] == "El heraldo"

    page = export_excerpts(analysis, [h], "html")
    parser = Collector()
    parser.feed(page)
    assert {"html", "head", "style", "body", "blockquote", "mark"} <= set(parser.tags)
    assert any("sanctioned since 2016" in t for t in parser.text)
    # Each counterpart says where it stands, in the page as in the Markdown.
    other = analysis.corpus.article(analysis.sentence(item["counterparts"][0]["sentence"]).article_id)
    sentence = analysis.sentence(item["counterparts"][0]["sentence"])
    where = f"characters {sentence.start}–{sentence.end}"
    assert where in markdown and where in page and (other.path or other.id) in page


def test_markdown_and_html_exports_say_the_same_things(corpus_dir: Path) -> None:
    """The two readable exports differ in markup only: summary, citation, status and note alike."""
    analysis = analyze_corpus(load_corpus([corpus_dir]))
    kept = highlight_sentence(analysis, "has been sanctioned since 2016", note="key claim")
    gone = dataclasses.replace(highlight_sentence(analysis, "Vladivostok lies"), article_id="no-longer-here")
    markdown = export_excerpts(analysis, [kept, gone], "md")
    parser = Collector()
    parser.feed(export_excerpts(analysis, [kept, gone], "html"))
    page = "\n".join(parser.text)
    for said in (
        "2 excerpts from 5 articles",
        f"characters {kept.start}–{kept.end}",
        "— EFE, undated, “The armored train",
        "Status: orphaned since it was marked.",
        "Note: key claim",
    ):
        assert said in markdown and said in page, said


def test_html_export_escapes_article_text(corpus_dir: Path) -> None:
    (corpus_dir / "zz.txt").write_text("A <script>alert(1)</script> & [bold]x[/bold] story.\n", encoding="utf-8")
    analysis = analyze_corpus(load_corpus([corpus_dir]))
    h = highlight_sentence(analysis, "<script>")
    page = export_excerpts(analysis, [h], "html")
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_facts_report_lists_facts_missing_sources_and_exclusives(seed_analysis) -> None:
    report = json.loads(export_facts(seed_analysis, "json"))
    assert len(report["facts"]) == len(seed_analysis.groups)
    fact = report["facts"][0]
    assert {s["sentence"] for s in fact["sentences"]} == set(seed_analysis.groups[0].sentences)
    sources = {a.source for a in seed_analysis.articles}
    assert set(fact["missing"]) == sources - {s["source"] for s in fact["sentences"]}
    assert sum(len(v) for v in report["only_in"].values()) == sum(
        1 for a in seed_analysis.articles for s in a.sentences if seed_analysis.is_unique(s)
    )
    # Under each sentence only its source has: the closest sentences elsewhere, to check it by.
    only = [s for sentences in report["only_in"].values() for s in sentences]
    for s in only:
        assert [c["sentence"] for c in s["closest"]] == [ln.b for ln in seed_analysis.closest_to(s["sentence"])]
    nearly = next(s for s in only if s["closest"])
    closest = nearly["closest"][0]
    assert closest["text"] == seed_analysis.text_of(seed_analysis.sentence(closest["sentence"]))
    markdown = export_facts(seed_analysis, "md")
    assert f"  - closest: {closest['source']} {closest['score']:.2f}: {closest['text']}" in markdown
    assert "## Fact f1" in markdown and "## Only in one source" in markdown
    assert "no sentence of another source matches at min score 0.25" in markdown
    page = export_facts(seed_analysis, "html")
    parser = Collector()
    parser.feed(page)
    assert "blockquote" in parser.tags
    # Each quote is cited by its file and span, in both reports.
    for sentence_id in seed_analysis.groups[0].sentences:
        sentence = seed_analysis.sentence(sentence_id)
        where = f"{seed_analysis.corpus.article(sentence.article_id).path}, characters {sentence.start}–{sentence.end}"
        assert where in markdown and html.escape(where) in page


def test_write_export_never_overwrites_without_force(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    target.write_text("the reader's draft")
    with pytest.raises(ExportError, match="already exists"):
        write_export(target, "new")
    assert target.read_text() == "the reader's draft"
    write_export(target, "new", force=True)
    assert target.read_text() == "new"
    link = tmp_path / "link.md"
    link.symlink_to(tmp_path / "elsewhere.md")
    with pytest.raises(ExportError, match="symbolic link"):
        write_export(link, "x", force=True)
    assert not (tmp_path / "elsewhere.md").exists()


def test_export_command(corpus_dir: Path, tmp_path: Path, capsys) -> None:
    analysis = analyze_corpus(load_corpus([corpus_dir]))
    SessionStore(corpus_dir).save([highlight_sentence(analysis, "Navy chief Kim Myong-sik")])
    out = tmp_path / "excerpts.md"
    assert main(["export", str(corpus_dir), "--format", "md", "-o", str(out)]) == 0
    assert "Navy chief Kim Myong-sik" in out.read_text()
    assert "wrote 1 excerpt to" in capsys.readouterr().err
    assert main(["export", str(corpus_dir), "--format", "md", "-o", str(out)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["export", str(corpus_dir), "--format", "json", "-o", str(out), "--force"]) == 0
    assert json.loads(out.read_text())["excerpts"][0]["source"] == "EFE"
    report = tmp_path / "report.html"
    assert main(["export", str(corpus_dir), "--facts", "--format", "html", "-o", str(report)]) == 0
    assert report.read_text().startswith("<!DOCTYPE html>")
    assert main(["export", str(corpus_dir), "-o", str(tmp_path / "x.md"), "--format", "pdf"]) == 2
