"""The reader's work is safe: kills mid-write, two desks, errors inside the desk."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

from readingdesk.corpus import corpus_from_texts
from readingdesk.session import Highlight, SessionStore
from readingdesk.session.store import SessionError
from readingdesk.ui.app import ReadingDeskApp

WRITER = """
import sys
from pathlib import Path
from readingdesk.session import Highlight, SessionStore
store = SessionStore(Path(sys.argv[1]))
text = "Kim left Pyongyang on Sunday. " * 200
n = 0
while True:
    n += 1
    store.save([Highlight.of("a", None, text, 0, 10 + n % 500, note="x" * (n % 3000)) for _ in range(40)])
"""


def test_a_kill_mid_write_leaves_the_old_or_the_new_session(tmp_path: Path) -> None:
    store = SessionStore(tmp_path)
    store.save([Highlight.of("a", None, "first version", 0, 5)])
    for delay in (0.05, 0.15, 0.3):
        process = subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path)])
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        document = json.loads(store.path.read_text(encoding="utf-8"))  # never half-written
        assert document["version"] == 1 and document["highlights"]
        assert len(SessionStore(tmp_path).load()) in (1, 40)


def test_a_second_desk_on_the_same_corpus_does_not_clobber_the_first(tmp_path: Path) -> None:
    first, second = SessionStore(tmp_path), SessionStore(tmp_path)
    assert first.acquire()
    assert not second.acquire()
    assert "another readingdesk" in second.warnings[0]
    first.save([Highlight.of("a", None, "kept text", 0, 4)])
    try:
        second.save([])
    except SessionError as exc:
        assert "another readingdesk" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("the second desk saved")
    assert len(SessionStore(tmp_path).load()) == 1
    first.release()
    assert SessionStore(tmp_path).acquire()


async def test_second_desk_says_so(tmp_path: Path) -> None:
    holder = SessionStore(tmp_path)
    holder.acquire()
    corpus = corpus_from_texts({"a": "Kim left on Sunday.", "b": "Putin waited."})
    app = ReadingDeskApp(corpus, root=tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert any("another readingdesk" in n.message for n in app._notifications)
        await pilot.press("m")
        assert any("not saved" in n.message for n in app._notifications)
    holder.release()


async def test_an_unexpected_error_is_shown_and_logged_and_the_desk_goes_on(caplog, monkeypatch) -> None:
    corpus = corpus_from_texts({"a": "Kim left on Sunday. He waved.", "b": "Putin waited in Vladivostok."})
    app = ReadingDeskApp(corpus)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()

        def broken(*args, **kwargs):
            raise RuntimeError("boom")

        monkeypatch.setattr(app, "_export_to", broken)
        await pilot.press("x")
        await pilot.pause()
        assert any("boom" in n.message for n in app._notifications)
        await pilot.press("j")
        assert app.is_running and app.panes[0].cursor == 1
    assert any("unexpected error" in r.message and r.exc_info for r in caplog.records)
