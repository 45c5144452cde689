"""Loading: folders, files, encodings, and every way a file can fail."""

from __future__ import annotations

import codecs
from pathlib import Path

from readingdesk.corpus import corpus_from_texts, load_corpus
from readingdesk.corpus.decode import DecodeError, decode_bytes
from readingdesk.corpus.model import article_of, split_sentence_id

ARTICLE = "Kim’s train crossed the border on Tuesday. Officials in Seoul confirmed it.\n"


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def test_folder_contributes_sorted_articles_and_skips_hidden_and_own(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", ARTICLE)
    write(tmp_path / "a.md", "# Another story\n\nPutin waited in Vladivostok.\n")
    write(tmp_path / "notes.pdf", b"%PDF-1.4")
    write(tmp_path / ".hidden.txt", ARTICLE)
    write(tmp_path / ".readingdesk" / "session.txt", ARTICLE)
    corpus = load_corpus([tmp_path])
    assert [a.id for a in corpus.articles] == ["a", "b"]
    assert corpus.problems == []


def test_named_file_and_folder_are_not_loaded_twice(tmp_path: Path) -> None:
    article = write(tmp_path / "a.txt", ARTICLE)
    corpus = load_corpus([tmp_path, article])
    assert len(corpus.articles) == 1


def test_same_stem_in_two_folders_gets_distinct_ids(tmp_path: Path) -> None:
    write(tmp_path / "x" / "story.txt", ARTICLE)
    write(tmp_path / "y" / "story.txt", "Putin waited in Vladivostok on Monday.\n")
    corpus = load_corpus([tmp_path])
    assert [a.id for a in corpus.articles] == ["story", "story-2"]


def test_utf8_bom_is_removed_and_offsets_index_the_text(tmp_path: Path) -> None:
    write(tmp_path / "bom.txt", codecs.BOM_UTF8 + ARTICLE.encode("utf-8"))
    article = load_corpus([tmp_path]).articles[0]
    assert article.text.startswith("Kim’s")
    first = article.sentences[0]
    assert article.text[first.start : first.end] == "Kim’s train crossed the border on Tuesday."


def test_utf16_with_bom(tmp_path: Path) -> None:
    write(tmp_path / "u16.txt", ARTICLE.encode("utf-16"))
    article = load_corpus([tmp_path]).articles[0]
    assert article.text == ARTICLE
    assert article.encoding.startswith("utf-16")


def test_cp1252_is_detected(tmp_path: Path) -> None:
    text = "“Kim’s train” crossed the border – on Tuesday. Officials said it was “slow”.\n" * 3
    write(tmp_path / "win.txt", text.encode("cp1252"))
    article = load_corpus([tmp_path]).articles[0]
    assert article.text == text
    assert article.encoding == "cp1252"


def test_latin1_accents_are_decoded(tmp_path: Path) -> None:
    text = "The delegation met in Bogotá and São Paulo. Señor Muñoz was présent.\n"
    write(tmp_path / "latin.txt", text.encode("latin-1"))
    assert load_corpus([tmp_path]).articles[0].text == text


def test_crlf_is_normalised_and_offsets_hold(tmp_path: Path) -> None:
    write(tmp_path / "crlf.txt", b"Title line\r\n\r\nFirst sentence. Second one.\r\nThird.\r\n")
    article = load_corpus([tmp_path]).articles[0]
    assert "\r" not in article.text
    assert [article.sentence_text(s) for s in article.sentences] == [
        "Title line",
        "First sentence.",
        "Second one.",
        "Third.",
    ]


def test_binary_file_is_reported_and_others_still_load(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "b.txt", bytes(range(256)) * 4)
    corpus = load_corpus([tmp_path])
    assert [a.id for a in corpus.articles] == ["a"]
    assert [(Path(p.path).name, p.reason) for p in corpus.problems] == [("b.txt", "binary file, not text")]


def test_empty_and_whitespace_files_are_reported(tmp_path: Path) -> None:
    write(tmp_path / "empty.txt", b"")
    write(tmp_path / "blank.txt", b"  \n\t\n")
    corpus = load_corpus([tmp_path])
    assert corpus.articles == []
    reasons = {Path(p.path).name: p.reason for p in corpus.problems}
    assert reasons == {"empty.txt": "empty file", "blank.txt": "no text (whitespace only)"}


def test_missing_path_and_folder_without_articles(tmp_path: Path) -> None:
    (tmp_path / "nothing").mkdir()
    write(tmp_path / "nothing" / "image.png", b"\x89PNG")
    corpus = load_corpus([tmp_path / "missing.txt", tmp_path / "nothing"])
    assert corpus.articles == []
    assert [p.reason for p in corpus.problems] == [
        "no such file or folder",
        "folder holds no article files (.txt, .md, .html)",
    ]
    assert str(corpus.problems[0]).endswith("missing.txt: no such file or folder")


def test_unreadable_file_is_reported(tmp_path: Path, monkeypatch) -> None:
    path = write(tmp_path / "locked.txt", ARTICLE)

    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", deny)
    corpus = load_corpus([path])
    assert [p.reason for p in corpus.problems] == ["permission denied"]


def test_decode_rejects_nul_bytes_without_bom() -> None:
    try:
        decode_bytes(b"abc\x00def")
    except DecodeError as exc:
        assert "binary" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("expected DecodeError")


def test_a_sentence_id_names_its_article_and_its_place_in_it() -> None:
    article = corpus_from_texts({"wire:a": "The first sentence is here. The second one follows."}).articles[0]
    assert [split_sentence_id(s.id) for s in article.sentences] == [(article.id, 0), (article.id, 1)]
    assert {article_of(s.id) for s in article.sentences} == {article.id}


def test_a_lone_surrogate_in_an_in_memory_text_becomes_one_replacement_character() -> None:
    text = "Kim left Pyongyang.\ud83d Putin waited in Vladivostok, \udfffé."
    article = corpus_from_texts({"a": text}).articles[0]
    assert article.text == text.replace("\ud83d", "\ufffd").replace("\udfff", "\ufffd")
    assert article.text.encode("utf-8")  # writable to JSON, a session or an export
