"""Highlights: anchoring after edits, the session file, and its failure modes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from readingdesk.session import Highlight, SessionStore, anchor, corpus_root
from readingdesk.session import store as store_module
from readingdesk.session.store import SessionError

TEXT = "Kim left Pyongyang on Sunday. The train crossed the Tumen River early on Tuesday. Officials agreed."


def mark(text: str, quote: str) -> Highlight:
    start = text.index(quote)
    return Highlight.of("a", "a.txt", text, start, start + len(quote))


def test_unchanged_text_keeps_the_highlight_where_it_was() -> None:
    h = mark(TEXT, "The train crossed the Tumen River")
    assert anchor(TEXT, h).status == "attached"


def test_text_inserted_before_moves_the_highlight() -> None:
    h = mark(TEXT, "The train crossed the Tumen River")
    edited = "UPDATED: a new first paragraph.\n" + TEXT
    place = anchor(edited, h)
    assert place.status == "moved"
    assert edited[place.start : place.end] == h.quote


def test_a_word_changed_inside_is_found_fuzzily() -> None:
    h = mark(TEXT, "The train crossed the Tumen River early on Tuesday")
    edited = TEXT.replace("Tumen", "Tuman")
    place = anchor(edited, h)
    assert place.status == "changed"
    assert "Tuman River" in edited[place.start : place.end]


def test_a_deleted_sentence_leaves_the_highlight_orphaned_not_dropped() -> None:
    h = mark(TEXT, "The train crossed the Tumen River early on Tuesday.")
    edited = TEXT.replace("The train crossed the Tumen River early on Tuesday. ", "")
    assert anchor(edited, h).status == "orphaned"


def test_repeated_quote_prefers_the_one_with_matching_context() -> None:
    text = "He said yes. Then the minister arrived and he said yes. Later he left."
    start = text.index("he said yes", 20)
    h = Highlight.of("a", None, text, start, start + len("he said yes"))
    edited = "Intro. " + text
    place = anchor(edited, h)
    assert place.start == start + len("Intro. ")


def test_save_and_load_round_trip_with_w3c_selectors(tmp_path: Path) -> None:
    store = SessionStore(tmp_path)
    h = mark(TEXT, "Officials agreed.")
    h.note = "check this"
    store.save([h])
    assert store.path == tmp_path / ".readingdesk" / "session.json"
    document = json.loads(store.path.read_text())
    selectors = {s["type"] for s in document["highlights"][0]["target"]["selector"]}
    assert selectors == {"TextQuoteSelector", "TextPositionSelector"}
    (loaded,) = SessionStore(tmp_path).load()
    assert (loaded.quote, loaded.note, loaded.start, loaded.id) == (h.quote, "check this", h.start, h.id)


def test_corrupt_session_is_set_aside_not_overwritten(tmp_path: Path) -> None:
    store = SessionStore(tmp_path)
    store.path.parent.mkdir(parents=True)
    store.path.write_text("{ not json")
    assert store.load() == []
    assert store.warnings and "cannot be read" in store.warnings[0]
    aside = list(store.path.parent.glob("session.corrupt-*.json"))
    assert len(aside) == 1 and aside[0].read_text() == "{ not json"
    store.save([mark(TEXT, "Officials agreed.")])
    assert aside[0].read_text() == "{ not json"


def test_newer_session_format_is_kept_aside(tmp_path: Path) -> None:
    store = SessionStore(tmp_path)
    store.path.parent.mkdir(parents=True)
    store.path.write_text(json.dumps({"version": 99, "highlights": []}))
    assert store.load() == []
    assert "newer" in store.warnings[0]
    assert list(store.path.parent.glob("session.newer-*.json"))


def test_read_only_corpus_folder_uses_the_user_data_directory(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("READINGDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(store_module, "_writable", lambda folder: False)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    store = SessionStore(corpus)
    store.save([mark(TEXT, "Officials agreed.")])
    assert store.path.parent == tmp_path / "data" / "sessions"
    assert not (corpus / ".readingdesk").exists()
    assert len(SessionStore(corpus).load()) == 1


def test_session_file_behind_a_symlink_is_not_written_through(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    (tmp_path / "corpus").mkdir()
    store = SessionStore(tmp_path / "corpus")
    store.path.parent.mkdir(parents=True)
    os.symlink(victim, store.path)
    with pytest.raises(SessionError, match="symbolic link"):
        store.save([mark(TEXT, "Officials agreed.")])
    assert victim.read_text() == "precious"


def test_corpus_root(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("x")
    (tmp_path / "a" / "y.txt").write_text("y")
    assert corpus_root([tmp_path / "a"]) == (tmp_path / "a").resolve()
    assert corpus_root([tmp_path / "a" / "x.txt", tmp_path / "a" / "y.txt"]) == (tmp_path / "a").resolve()
