"""Build the hostile corpus: files a reading desk is fed from the web and from email.

    python tests/data/hostile/make_hostile.py DIR

Generated rather than committed: some files cannot live in a repository as
they are (a 50 MB article, a symlink loop, a file that vanishes, undecodable
bytes). ``build(folder)`` returns, for each file, what the product must do
with it: ``"load"`` or the reason it is skipped (a substring of the message).
"""

from __future__ import annotations

import codecs
import os
import sys
from pathlib import Path

MARKUP = (
    "Officials said the [bold red]summit[/] would open [@click=app.quit]quit[/] on Monday, "
    "and a [link=https://example.com]link[/link] was shared.\n"
    "The delegation of [b]Kim[/b] left Pyongyang on Sunday afternoon.\n"
)
ESCAPES = (
    "A \x1b[31mred\x1b[0m word, a \x1b[2J clear, a \x1b]0;stolen title\x07 title and a "
    "\x1b]8;;https://evil.example\x1b\\hyperlink\x1b]8;;\x1b\\ in the text.\n"
    "Cursor \x1b[10;10H moves and a bell \x07 ring; the train crossed the river on Tuesday.\n"
)
UNICODE = (
    "Bidi \u202eoverride\u202c and zero\u200bwidth\u200d joiners sit in this sentence.\n"
    "Combining accents: Cafe\u0301 and n\u0303 and emoji 🚆🇰🇵 travel 1,180 km.\n"
    "宽字符的中文句子在这里。金正恩乘坐装甲列车抵达俄罗斯。\n"
)


def build(folder: Path) -> dict[str, str]:
    folder.mkdir(parents=True, exist_ok=True)
    expect: dict[str, str] = {}

    def put(name: str, data: bytes | str, outcome: str = "load") -> None:
        path = folder / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        expect[name] = outcome

    put("markup.txt", MARKUP)
    put("escapes.txt", ESCAPES)
    put("unicode.txt", UNICODE)
    put("nul-inside.txt", "The train left on Sunday.\x00 It crossed the border on Tuesday afternoon.\n" * 40)
    put("utf16.txt", codecs.BOM_UTF16_LE + "Kim’s train crossed into Russia on Tuesday.\n".encode("utf-16-le"))
    put("cp1252.txt", "“Kim’s train” crossed the border – on Tuesday – officials said.\n".encode("cp1252"))
    put("latin1.txt", "The delegation met in Bogotá and São Paulo on Monday.\n".encode("latin-1"))
    put("mixed-endings.txt", b"First paragraph here.\r\nSecond one.\rThird one.\nFourth one.")
    put("no-final-newline.txt", "The forum runs through Wednesday, officials said")
    put("one-char.txt", "x")
    put("whitespace.txt", " \n\t\n   \n", "whitespace only")
    put("empty.txt", b"", "empty file")
    put("binary-renamed.txt", bytes(range(256)) * 64, "binary")
    put("huge.txt", b"The train is slow. " * (50 * 1024 * 1024 // 19), "too large")
    put("long-line.txt", ("word " * 4000).strip() + "\n" + "x" * 20000 + "\n")
    put("duplicate-a.txt", "Exactly the same story told twice under two names.\n")
    put("duplicate-b.txt", "Exactly the same story told twice under two names.\n", "same text as")
    put("russian.txt", "Поезд Ким Чен Ына пересёк границу с Россией во вторник утром.\n")
    loop = folder / "loop.txt"
    loop.symlink_to(loop.name)
    expect["loop.txt"] = "symbolic link"
    (folder / "dangling.md").symlink_to("nowhere.md")
    expect["dangling.md"] = "symbolic link"
    return expect


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile")
    for name, outcome in sorted(build(target).items()):
        print(f"{name:<24} {outcome}")
    print(f"{len(os.listdir(target))} files in {target}")
