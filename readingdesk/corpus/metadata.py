"""What a reader labels a pane with: title, source, date and byline."""

from __future__ import annotations

import re
from dataclasses import dataclass

from readingdesk.corpus.markup import URL, field_text, front_matter, site_of
from readingdesk.corpus.model import story_start
from readingdesk.corpus.segment import (
    BYLINE,
    DATELINE,
    MONTH,
    SIGN_OFF_LINE,
    WRITTEN_DATE,
    Unit,
    dateline_agency,
    is_bare_byline,
)

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MONTH_DAY_YEAR = re.compile(rf"\b({MONTH})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b")
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\s+({MONTH})\.?,?\s+(\d{{4}})\b")
_SOURCE_LINE = re.compile(r"(?:Source|Sources)\s*:\s*(?P<name>.+?)\s*$", re.I)
_TITLE_LIMIT = 90
# Past this a "headline" is no headline but a paragraph that lost its breaks.
_HEADLINE_LIMIT = 300
# A date written in front of the lead: "Tuesday, September 12, 2023 – North Korean leader..."
_LEADING_DATE = re.compile(rf"{WRITTEN_DATE}\s*[–—:-]+\s*")


# Front matter fields that name each label, most telling first. A source field may hold a
# web address (clippers write the page's address there): its site then names the source.
_TITLE_FIELDS = ("title", "headline", "og:title")
_SOURCE_FIELDS = ("site", "site_name", "sitename", "publisher", "publication", "outlet", "source", "og:site_name")
_ADDRESS_FIELDS = ("url", "link", "canonical", "canonical_url", "source_url", "original_url", "og:url")
_DATE_FIELDS = ("published", "date", "pubdate", "date_published", "published_at", "publish_date", "created")
_AUTHOR_FIELDS = ("author", "authors", "byline", "by", "creator")


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str
    source: str
    date: str | None
    byline: str | None
    # The web address the article was saved from, where its text gives one.
    url: str | None = None


def _iso(year: int, month: int, day: int) -> str | None:
    if 1 <= month <= 12 and 1 <= day <= 31 and 1800 <= year <= 2200:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _month(name: str) -> int:
    name = name.lower().rstrip(".")
    return _MONTHS.get(name) or _MONTHS[name[:3]]


def find_date(text: str) -> str | None:
    """The first complete calendar date in ``text`` as ISO ``YYYY-MM-DD``."""
    candidates: list[tuple[int, str]] = []
    if match := _ISO.search(text):
        iso = _iso(int(match[1]), int(match[2]), int(match[3]))
        if iso:
            candidates.append((match.start(), iso))
    if match := _MONTH_DAY_YEAR.search(text):
        iso = _iso(int(match[3]), _month(match[1]), int(match[2]))
        if iso:
            candidates.append((match.start(), iso))
    if match := _DAY_MONTH_YEAR.search(text):
        iso = _iso(int(match[3]), _month(match[2]), int(match[1]))
        if iso:
            candidates.append((match.start(), iso))
    return min(candidates)[1] if candidates else None


def shorten(text: str, limit: int = _TITLE_LIMIT) -> str:
    """Trim ``text`` to ``limit`` characters at a word boundary, marking the cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:–—- ")
    return cut + "…"


def _field(fields: dict[str, object], names: tuple[str, ...]) -> str | None:
    """The text of the first of ``names`` that the front matter fills."""
    return next((value for name in names if (value := field_text(fields.get(name)))), None)


@dataclass(frozen=True, slots=True)
class _Given:
    """The labels an article's front matter gives, and the web address it names."""

    title: str | None = None
    source: str | None = None
    url: str | None = None
    date: str | None = None
    byline: str | None = None


def _front_matter_labels(fields: dict[str, object]) -> _Given:
    if not fields:
        return _Given()
    source = url = None
    for name in (*_SOURCE_FIELDS, *_ADDRESS_FIELDS):
        value = field_text(fields.get(name))
        if value and URL.fullmatch(value):
            url = url or value
        elif value and source is None and name in _SOURCE_FIELDS:
            source = value
    when = _field(fields, _DATE_FIELDS)
    return _Given(_field(fields, _TITLE_FIELDS), source, url, when and find_date(when), _field(fields, _AUTHOR_FIELDS))


def extract_metadata(text: str, units: list[Unit], fallback_source: str) -> Metadata:
    """Title, source, date and byline of an article from its front matter, text and units.

    Front matter fields come first; a web address (in the front matter, or on a
    line of its own) names the source by its site when nothing in the text does.
    """
    fields, after_front_matter = front_matter(text)
    given = _front_matter_labels(fields)
    units = [u for u in units if u.start >= after_front_matter]
    meta = [text[u.start : u.end] for u in units if u.kind == "meta"]
    url = given.url or next(
        (address for line in meta if (address := line.strip("<>")) and URL.fullmatch(address)), None
    )
    content = [u for u in units if u.kind != "meta"]

    # The title is a headline that opens the article, not a subheading further down.
    told = story_start(content)
    headline = next((u for u in content[:told] if u.kind == "headline"), None)
    lead = content[told] if told < len(content) else (content[0] if content else None)
    # A headline is the title in full (a citation quotes it); a lead sentence standing in for
    # a missing headline is cut short.
    if given.title:
        title = shorten(given.title, _HEADLINE_LIMIT)
    elif headline is not None:
        title = shorten(text[headline.start : headline.end], _HEADLINE_LIMIT)
    elif lead is not None:
        opening = DATELINE.match(text, lead.start, lead.end) or _LEADING_DATE.match(text, lead.start, lead.end)
        title = shorten(text[opening.end() if opening else lead.start : lead.end])
    else:
        title = fallback_source

    # The agency of a dateline that opens one of the first three units of the text, or stands on
    # a line of its own before the third.
    opening = units[: units.index(content[2]) + 1] if len(content) > 2 else units
    source = given.source or next((agency for u in opening if (agency := dateline_agency(text[u.start : u.end]))), None)
    if source is None:
        for line in meta:
            if match := _SOURCE_LINE.fullmatch(line):
                source = site_of(match["name"]) or match["name"]
                url = url or (match["name"] if URL.fullmatch(match["name"]) else None)
                break
    if source is None:
        for unit in reversed(units[-3:]):
            line = text[unit.start : unit.end]
            match = SIGN_OFF_LINE.fullmatch(line)
            if unit.kind == "meta" and match and (line.isupper() or line.startswith("(")):
                source = match["name"]
                break
    if source is None and url:
        source = site_of(url)

    # Names alone on a line are a byline only at the top, as the segmenter reads them: "Sponsored
    # Content" closes a page.
    byline = (
        given.byline
        or next((found["name"].strip() for line in meta if (found := BYLINE.match(line))), None)
        or next(
            (
                line
                for i, unit in enumerate(units)
                if unit.kind == "meta" and is_bare_byline(line := text[unit.start : unit.end], units[:i])
            ),
            None,
        )
    )
    date = (
        given.date
        or next((found for line in meta if (found := find_date(line))), None)
        or find_date(" ".join(text[u.start : u.end] for u in content[:3]))
    )

    return Metadata(title=title, source=source or fallback_source, date=date, byline=byline, url=url)
