"""The headless command line and the JSON contract."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import readingdesk
from readingdesk.cli import main

from .conftest import SEEDS


def run_json(capsys, *args: str) -> dict:
    assert main(["analyze", *args, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_contract_offsets_reproduce_text(capsys) -> None:
    doc = run_json(capsys, str(SEEDS))
    assert doc["version"] == 1
    assert {"articles", "links", "groups", "entities", "discrepancies"} <= doc.keys()
    assert len(doc["articles"]) == 5
    for art in doc["articles"]:
        assert {"id", "path", "title", "source", "date", "byline", "text_length", "sentences"} <= art.keys()
        text = Path(art["path"]).read_bytes().decode("utf-8").replace("\r\n", "\n")
        assert art["text_length"] == len(text)
        for s in art["sentences"]:
            assert {"id", "start", "end", "kind", "text"} <= s.keys()
            assert text[s["start"] : s["end"]] == s["text"]
            assert s["kind"] in {"headline", "body", "caption", "meta"}


def test_library_api_matches_the_command(capsys) -> None:
    doc = run_json(capsys, str(SEEDS))
    assert readingdesk.analyze([SEEDS]).to_dict() == doc


def test_analyze_texts_names_the_articles() -> None:
    doc = readingdesk.analyze_texts({"one.txt": "Kim left on Sunday.", "two": "Putin waited."}).to_dict()
    assert [a["id"] for a in doc["articles"]] == ["one", "two"]
    assert doc["articles"][0]["path"] is None
    assert doc["articles"][0]["sentences"][0]["text"] == "Kim left on Sunday."


def test_text_format_summarises_each_article(capsys) -> None:
    assert main(["analyze", str(SEEDS), "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n== ") == 5
    assert "Yonhap" in out and "El heraldo" in out


def test_exit_codes_and_messages(tmp_path: Path, capsys) -> None:
    assert main(["analyze", str(tmp_path / "missing")]) == 1
    err = capsys.readouterr().err
    assert "missing: no such file or folder" in err
    assert "no article could be read" in err
    assert main(["analyze"]) == 2
    assert main(["analyze", str(SEEDS), "--format", "xml"]) == 2
    assert main(["analyze", str(SEEDS), "--min-score", "3"]) == 2


def test_skipped_file_is_named_and_the_rest_loads(tmp_path: Path, capsys) -> None:
    (tmp_path / "good.txt").write_text("Kim left on Sunday. Putin waited.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    doc = run_json(capsys, str(tmp_path))
    assert [a["id"] for a in doc["articles"]] == ["good"]
    assert doc["problems"] == [{"path": str(tmp_path / "bad.txt"), "reason": "binary file, not text"}]


@pytest.mark.parametrize("args", [["--version"], ["analyze", "--help"]])
def test_module_entry_point(args: list[str]) -> None:
    result = subprocess.run([sys.executable, "-m", "readingdesk", *args], capture_output=True, text=True)
    assert result.returncode == 0
    assert "readingdesk" in result.stdout
