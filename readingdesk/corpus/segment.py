"""News-aware sentence segmentation with exact character offsets.

syntok finds candidate boundaries inside a paragraph; the rules here add what
news text needs and a general splitter lacks: every line is a hard paragraph
boundary, datelines stay with their sentence, slug lines, bylines, sign-offs
and date lines become ``meta`` units, photo captions and headlines are told
apart from body text. Articles saved as Markdown keep their words and leave
out their markup (:mod:`readingdesk.corpus.markup`): front matter and lines of
links are ``meta``, an image line is the caption its alternative text gives,
and heading, list, quote and emphasis marks stay outside the units.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import syntok.segmenter as syntok

from readingdesk.corpus.markup import IMAGE_LINE, LINE_MARKS, front_matter_end, is_link_line, unwrap_line
from readingdesk.corpus.model import SentenceKind

try:  # the words syntok reads as abbreviations, so that the plain path below agrees with it
    from syntok._segmentation_states import State as _SyntokState

    _SYNTOK_ABBREVIATIONS: frozenset[str] = _SyntokState.abbreviations | _SyntokState.months
except (ImportError, AttributeError):  # pragma: no cover - another syntok: always ask syntok
    _SYNTOK_ABBREVIATIONS = frozenset()

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# A date as news writes it, its weekday optional: "Tuesday, September 12, 2023", "21 September 2017".
WRITTEN_DATE = rf"(?:{WEEKDAY},?\s+)?(?:{MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH}\.?,?\s+\d{{4}})"

# "Seoul, Sep 12 (EFE).-", "SEOUL, Sept. 12 (Yonhap) --", "LONDON (Reuters) -",
# "WASHINGTON, April 3 (AP) —", or the agency alone: "(AP) —"; the agency is group "agency".
DATELINE = re.compile(
    r"(?:(?P<place>[A-Z][A-Za-z\u00C0-\u024F.' -]{1,40}?)"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z\u00C0-\u024F.' -]{1,30}?))?"  # its country: "NAIROBI, Kenya (Reuters)"
    rf"(?:,\s*(?P<when>{MONTH}\.?\s+\d{{1,2}}(?:,?\s*\d{{4}})?))?\s*)?"
    r"\((?P<agency>[A-Z][A-Za-z&.' /-]{0,30})\)\s*"  # "(Reuters)", "(WJW / AP)"
    r"(?:\.?-{1,2}|\.?[—–]|:)\s*"
)
# A dateline without an agency, its place in capitals: "DUNDALK —", "BALTIMORE, Md. -", "NEW YORK —".
LOCAL_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.’'-]*[A-Z.](?:\s[A-Z][A-Z.’'-]*[A-Z.]){0,3})(?:,\s*[A-Z][A-Za-z.]{1,15})?\s+[—–-]{1,2}(?:\s+|$)"
)

# A place and its agency in capitals, then a dash, alone on a line: "New York CNN –".
_AGENCY_AFTER_PLACE = re.compile(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3}\s+(?P<agency>[A-Z]{2,6})\s*[—–-]{1,2}")


_ISO_DATE = r"\d{4}-\d{2}-\d{2}"
# A wire archive's dateline: the place in capitals, perhaps its country, and the day in ISO
# form: "TIRANA 1996-12-07", "AL-AIN, United Arab Emirates 1996-12-06".
DATED_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.’'-]*[A-Z.](?:\s[A-Z][A-Z.’'-]*[A-Z.]){0,3})"
    r"(?:\s?,\s*(?P<region>[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){0,3}))?"
    rf"\s+(?P<when>{_ISO_DATE})(?:\s+|$)"
)


def dateline(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The dateline that opens ``text[start:end]``, with an agency (group "agency") or without."""
    end = len(text) if end is None else end
    return (
        DATELINE.match(text, start, end)
        or LOCAL_DATELINE.match(text, start, end)
        or DATED_DATELINE.match(text, start, end)
    )


# Metadata that news feeds glue in front of the first sentence.
_META_PREFIXES = (
    re.compile(rf"(?:date|published|updated|posted)\s*:?\s*{_ISO_DATE}(?:[ T][\d:]+Z?)?\s*", re.I),
    re.compile(r"\((?:ATTN|EDS|EDITORS?|CORRECTS?|UPDATES?|RECASTS?|ADDS)\b[^)]*\)\s*", re.I),
)
# A byline ("By Lee Minji", "By Ana Ortiz | Reuters") and a lone agency sign-off ("EFE", "(Yonhap)");
# the metadata reads the name from the same patterns.
# Lower-case particles inside the names a byline gives ("By Ana de Souza").
_PARTICLES = r"de|van|von|al|bin|da|del"
BYLINE = re.compile(
    rf"By\s+(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|{_PARTICLES}))*)"
    r"(?:\s*[,|/]\s*[A-Z][\w .'’&-]{0,40})?"
)
SIGN_OFF_LINE = re.compile(r"\(?(?P<name>[A-Z][A-Za-z]{1,10})\)?")
# A line that says what it credits: "Photo: Reuters", "(Photo: City Fire Department)", "Source: EFE".
_CREDIT_LABEL = (
    r"(?:Source|Sources|Credit|Credits|Photo|Photograph|Picture|Image|Reporting|Editing|Writing)"
    r"\s*(?:by)?\s*:"
)
# What opens a credit in brackets: a label, or "Photo by" ("(Photo by Jane Doe/Reuters)").
_CREDIT_OPENER = rf"(?:{_CREDIT_LABEL}|(?-i:Photo|Photograph|Picture|Image|PHOTO)s?\s+by\s)"
_LABELLED_CREDIT = re.compile(rf"\({_CREDIT_OPENER}[^()]*\)|{_CREDIT_LABEL}.*", re.I)
# What a web page prints between paragraphs and a copied article keeps: "Advertisement",
# "Read more", "Sign up for our newsletter", "RELATED: Bridge inspections lag nationwide".
_SITE_FURNITURE = re.compile(
    r"(?:[>»›]+\s*)?(?:advertisement|advertising|sponsored(?: content)?|story continues below(?: advertisement)?"
    r"|(?:hide|skip|close) ad|ad feedback|advertorial"
    r"|leave a (?:reply|comment)|required fields are marked \*"
    r"|your email address will not be published\.?(?:\s*required fields are marked \*)?"
    r"|continue reading(?: below| the main story)?|(?:read|see) more(?: here| [\w ]{0,30}(?:news|stories|articles))?"
    r"|(?:read|find) (?:the )?full (?:story|article)(?: (?:at|here)\b.{0,200})?"
    r"|share (?:this|the) (?:article|story|page)(?: on \w+)?|listen to (?:this|the) (?:article|story)[\w ,.:()-]{0,30}"
    r"|sign up for [\w ’'-]{0,60}newsletters?[\w ,!’'-]{0,60}"
    r"|subscribe(?: now| today| here)?"
    r"(?: (?:to|for) (?:our|the) [\w ’'-]{0,40}(?:newsletter|podcast|channel|updates)s?)?"
    r"|(?:related|see also|also read|read also|recommended|more on this(?: story)?)\s*:.{0,150})[.!]?",
    re.I,
)
# A paragraph that only dates the article, its time and zone optional: "Thursday 21 September
# 2017 07:26", "Sept. 12, 2023 10:30 a.m. ET", "2023-09-12 07:26".
DATE_LINE = re.compile(
    rf"(?:{WRITTEN_DATE}|{_ISO_DATE})"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?)?"
)
# Names alone on a line under a headline: a byline without its "By" ("Samuel Osborne", "David
# Agren and Doug Stanglin"). Two to four capitalised words each, joined by commas or "and".
_NAME = rf"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|{_PARTICLES})){{1,3}}"
# Names alone on a line, and where the writer files from: "Emmanuel Addeh in Abuja".
BARE_BYLINE = re.compile(
    rf"(?P<name>{_NAME}(?:(?:,\s+|,?\s+and\s+){_NAME})*)(?P<place>\s+in\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{0,2}})?"
)
# A byline of several names may follow a standfirst of this many sentences under the headline.
STANDFIRST_SENTENCES = 2
_SEVERAL_NAMES = re.compile(r",|\sand\s")
# The outlet on the line under a byline: a few capitalised words and no stop ("Baltimore Sun").
_AFFILIATION = re.compile(r"(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}")
# Whole paragraphs that are metadata (and sign-offs: see _is_sign_off).
_META_PARAGRAPHS = (
    DATE_LINE,
    BYLINE,
    _SITE_FURNITURE,
    _LABELLED_CREDIT,
    re.compile(r"\(?(?:END|MORE|ENDS|ENDALL)\)?\.?"),
    re.compile(r"[a-z]{1,5}(?:/[a-z]{1,5})+"),  # editor slugs: asb/tw
    re.compile(r"[#*=_~-]{3,}"),  # rules and separators
    # Editors' notes on a version: "*Adds new information from ...", "[Updates with toll]",
    # "Editor's note: ...", "This story has been updated with ...".
    re.compile(
        r"(?:[*\[(]\s*(?:Adds|Updates|Recasts|Corrects|Changes|Rewrites|Refiles|Removes|Inserts|Clarifies"
        r"|Writes through)\b"
        r"|Editor[’']?s[’']?\s+note\s*:"
        r"|(?:This|The)\s+(?:story|article|report|post)\s+(?:has\s+been|was)\s+(?:updated|corrected|amended)\b).*",
        re.I,
    ),
    re.compile(
        r"(?:date|published|updated|posted)(?:\s+on)?\s*:?\s*[\w ,.:/+-]{0,40}\d{4}"
        r"[\w ,.:/+-]{0,20}",
        re.I,
    ),
)
_SIGN_OFF = re.compile(r"(?<=[.!?\"”’)])\s+(?P<sign>[A-Z]{2,6}(?:/[A-Z]{2,6})?)\s*$")
# A labelled credit in brackets that closes a paragraph with no stop before it: "Crews search
# the river (Photo: AP)", "… (Photo by Jane Doe/Reuters)".
_TRAILING_CREDIT = re.compile(rf"(?<=\S)\s*(?P<sign>\({_CREDIT_OPENER}[^()]*\))\s*$", re.I)

_CAPTION_CUES = re.compile(
    r"\((?:L|R|C|left|right|centre|center|top|bottom|front|2nd [LR]|[LR] to [LR])\)"
    r"|\b(?:FILE|PHOTO|File Photo|Photo)\s*/"
    r"|/\s*(?:Pool|AFP|AP|Reuters|Getty Images|EPA|EFE|Xinhua|Yonhap)\b"
    r"|\|\s*(?:Shutterstock|Getty Images|Alamy|iStock|AFP|AP|Reuters|EPA)\s*$"  # "President Joe Biden | Shutterstock"
    r"|\bGetty Images\b|\bAP Photo\b|\b(?:photo|picture|image) (?:credit|courtesy)\b"
    r"|\bposes? for (?:a )?(?:photo|picture)s?\b|\bin this (?:file |handout )?(?:photo|picture|image)\b"
    r"|\b(?:photo|image|picture) (?:released|taken|provided|distributed) by\b"
    r"|[.!?]\s*\([A-Z][A-Za-z]{1,15}\)\s*$"  # a trailing agency credit after the last sentence
    # A photo credit after a sentence or in brackets: "… on Tuesday. Photograph: Jim Lo", "(Photo by Jo Li)",
    # "US President Joe Biden. Credit: Bloomberg".
    r"|(?:[.!?]\s+|\()(?:photo|photograph|picture|image)(?:(?:\s+by)?\s*:|\s+by\s)"
    r"|[.!?]\s+credit\s*:",
    re.I,
)
# A word or mark every caption cue holds: most paragraphs hold none and skip the slower pattern.
_CAPTION_HINTS = ("(", "/", "|", "photo", "picture", "image", "credit")

# A unit that only credits a photo or restricts its use: metadata, like a byline, not a
# statement any source could share ("EFE FILE/Alexander Zemlianichenko / Pool", "AP Photo/Evan
# Vucci", "(For Use Only in the Republic of Korea. No Redistribution)"), or a sign-off ("(Yonhap)").
# Each word is taken whole (possessive), so a failed match never tries splitting words.
_CREDIT_WORDS = r"(?:(?:[A-Z][\w.'’&-]*+|via|by|and|de|del|van|von)\s*)+"
_CREDIT = re.compile(
    rf"\(?{_CREDIT_WORDS}(?:/\s*{_CREDIT_WORDS})+\)?"
    r"|(?:[A-Z][\w.'’&-]*\s+){0,4}(?:via\s+)?Getty Images"
    # A few capitalised words alone in brackets after a sentence: "(Associated Press)", "(Read More)".
    r"|\((?:[A-Z][\w.'’&-]*+\s*){2,3}\)"
)
# Longer than this, a run of capitalised words is a title-case headline, not a credit.
CREDIT_WORDS = 6
_USE_NOTE = re.compile(
    r"\((?:for use only|editorial use only|no redistribution|handout|no sales|no archives)\b[^()]{0,100}\)", re.I
)

# Titles before a name: a period after them never ends a sentence. The last row are ranks and
# offices of the armed forces, the police and the courts ("Cpl. James Crump").
# fmt: off
_TITLES = frozenset((
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "gov", "sen", "rep", "rev", "st", "capt",
    "adm", "sgt", "maj",
    "cpl", "pfc", "pvt", "spc", "sfc", "ssgt", "msgt", "cmdr", "cdr", "ens", "brig", "det", "insp",
    "supt", "atty", "cllr", "sens", "reps",
))
# Words after which a period does not end a sentence: the titles, and these.
_ABBREVIATIONS = _TITLES | frozenset((
    "cpt", "mt", "ft", "no", "nos", "vol", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "jr", "sr", "inc", "co", "corp", "ltd", "bros", "vs", "approx",
    "est", "dept", "univ", "fig", "ave", "blvd", "pres", "amb", "hon", "n°", "nº",
))
# fmt: on
# Words that open a sentence and go on no name: after a stop that may be an abbreviation's
# ("Warner Bros. The deal", "Tesco Ltd. He said", "Malcolm X. He"), the stop ends a sentence.
_SENTENCE_OPENERS = frozenset(
    "the a an it its he she they we i you this that these those there but and or so yet in on at for after "
    "before as while when if his her their our then however meanwhile later now".split()
)
_OPENER = rf"(?=\s+[\"'“‘]?(?:{'|'.join(sorted(word.capitalize() for word in _SENTENCE_OPENERS))})\b)"
# A company's form that more of its name may follow ("Warner Bros. Discovery"); a form that ends
# the name, "Inc." or "Ltd.", is _COMPANY_FORM_THEN_OPENER's.
_NAME_GOES_ON_AFTER = "bros"
# Abbreviated place words that open a name: "Ft. McHenry", "Mt. Hood", "Pt. Reyes" (not "10 ft. The").
_PLACE_WORDS = frozenset(("Ft", "Mt", "Pt"))
_INITIALISM = re.compile(r"(?:[A-Za-z]\.){2,}$")
# A sentence part that stops on an ellipsis of three dots ("we can ... We will", "is . . . I"): the
# words go on after it. Four dots are a full stop and an ellipsis, and do end a sentence.
_ELLIPSIS_END = re.compile(r"(?:^|[^.\s])\s*\.\s?\.\s?\.$")
# The end of a quotation that its sentence goes on after: "… here!” a woman cried", "…?", he said.
_QUOTE_GOES_ON = re.compile(r"[^\"”]*[\"”]\s*(?:,|[a-z])")
# A quotation closed on its stop: '... it!”', '... now?"'.
_QUOTE_CLOSED_ON_A_STOP = re.compile(r"[.!?…][\"”’']\s*$")
# Verbs of saying that follow what was said ('"...," he wrote'); the aligner reads them too.
SAYING_VERBS = (
    "said|says|told|tells|asked|asks|added|adds|wrote|writes|shouted|cried|exclaimed|declared|insisted|insists"
    "|replied|explained|explains|argued|argues|concluded|concludes|conclude|continued|recalled|stressed"
    "|acknowledged|admitted|warned|warns"
)
# Who said a quotation, after it, and no more than where or when: "Labour leader, Sir Keir Starmer,
# said in his victory speech."; not "Officials said the plan was flawed."
_SPEAKER_AFTER_QUOTE = re.compile(rf"(?:[\w.’'-]+,?\s+){{1,7}}?(?:{SAYING_VERBS})\b(?P<rest>[^.!?]*)[.!?]?[\"”’']?\s*$")
_SPEAKER_TAIL = re.compile(
    r"\s*(?:[,;]\s*)?(?:$|(?:in|on|at|during|after|before|to|from|with|via|yesterday|today|tonight|later|earlier"
    r"|reporters|journalists|supporters|[A-Z][a-z]+day)\b)"
)
_SPEAKER_TAIL_WORDS = 6
# A lone capital after a capitalised word reads to syntok as a middle initial ("John F.
# Kennedy"), but no family name is a pronoun, article or sentence adverb: "Plan B. Then",
# "Malcolm X. He", "Patient A. The" end a sentence at the stop.
_LETTER_THEN_OPENER = re.compile(r"\b[A-Z][a-z]+ [A-Z]\." + _OPENER)
# A company's legal form ends its name, so an opener after it starts a sentence: "sold to Tesco
# Ltd. He said", "Acme Inc. But"; syntok reads these stops as abbreviations ("Apple Inc. Chief
# Executive Tim Cook" is one sentence, and stays one).
_COMPANY_FORM_THEN_OPENER = re.compile(r"\b[A-Z][\w&'’-]* (?:Inc|Corp|Ltd|Co|Plc|PLC|LLC)\." + _OPENER)
# A time of day ends a sentence when a capitalised word follows that no time is told with: "at 6
# p.m. Firefighters arrived", not "at 6 p.m. Tuesday", "6 a.m. EDT" or "5 p.m. Pacific time".
_TIME_THEN_SENTENCE = re.compile(
    r"\b\d{1,2}(?::\d{2})?\s*[aApP]\.[mM]\.(?=\s+[\"'“‘]?(?!"
    rf"(?:{WEEKDAY}|{MONTH}|[A-Z]{{1,3}}[SD]?T|UTC|GMT|Eastern|Central|Mountain|Pacific|Atlantic)\b"
    r"|[A-Z][a-z]+ time\b)[A-Z])"
)
# A web or e-mail address that ends a sentence: its last stop is the sentence's.
_ADDRESS_THEN_SENTENCE = re.compile(
    r"(?:(?:https?://|www\.)[^\s<>()\[\]\"'`]*[\w/]|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[a-z0-9-]+\.(?:com|org|net|gov|edu|info|news))\.(?=\s+[\"'“‘]?[A-Z])"
)
# "I" after a lower-case word is the pronoun, not an initial: "you and I. Did you ...".
_PRONOUN_I_THEN_SENTENCE = re.compile(r"\b[a-z]+ I\.(?=\s+[\"'“‘]?[A-Z])")
_MISSED_ENDS = (
    _LETTER_THEN_OPENER,
    _COMPANY_FORM_THEN_OPENER,
    _PRONOUN_I_THEN_SENTENCE,
    _TIME_THEN_SENTENCE,
    _ADDRESS_THEN_SENTENCE,
)
# What every missed end holds: a stop, then a capital (perhaps after a quote mark).
_STOP_THEN_CAPITAL = re.compile(r"\.\s+[\"'“‘]?[A-Z]")
# The mark of an item of a list run into one paragraph: "1. ", "2.) ", "b) ", "• 10. ".
_LIST_ITEM = re.compile(r"(?<!\S)(?:[•⁃▪‣◦]\s*)?(?P<label>\d{1,2}|[a-z])(?:\.\)|[.)])(?=\s+\S)")
_HEADING = re.compile(r"#{1,6}\s+")
# The longest line taken for a subheading when nothing marks it as one.
SUBHEAD_LENGTH = 100
_INNER_STOP = re.compile(r"[.!?]")


@dataclass(frozen=True, slots=True)
class Unit:
    """A sentence-to-be: a span of the text, its kind and paragraph number."""

    start: int
    end: int
    kind: SentenceKind
    paragraph: int


def paragraphs(text: str, front_matter: int = 0) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each paragraph, surrounding blanks trimmed: a non-blank line and
    the lines right under it that carry on its sentence (hard-wrapped text); lines of front
    matter (before ``front_matter``) stay apart."""
    start = end = -1
    for line_start, line_end in _lines(text):
        if start >= front_matter and _carries_on(text, end, line_start):
            end = line_end
            continue
        if start >= 0:
            yield start, end
        start, end = line_start, line_end
    if start >= 0:
        yield start, end


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each non-blank line, surrounding blanks trimmed."""
    pos = 0
    length = len(text)
    while pos <= length:
        newline = text.find("\n", pos)
        end = length if newline < 0 else newline
        start, stop = _trim(text, pos, end)
        if start < stop:
            yield start, stop
        if newline < 0:
            break
        pos = newline + 1


def _carries_on(text: str, end: int, start: int) -> bool:
    """Whether the line starting at ``start`` carries on the sentence of the line ending at
    ``end``, a line break and no blank line apart: that line stops on no mark and the next opens
    in lower case ("... attempting" / "to find a buyer"), or it stops on a word that needs more
    ("the National Bank of" / "Santa Clara"). A list item's mark opens a line of its own."""
    if text.count("\n", end, start) != 1 or text[end - 1] in _LINE_STOPS or not _WORD.search(text, end - 2, end):
        return False  # a line ending in a mark or a rule ("---") is its own
    if _LIST_ITEM.match(text, start) or LINE_MARKS.match(text, start):
        return False
    return _GOES_ON.match(text, start) is not None or _WANTS_MORE.search(text, max(0, end - 12), end) is not None


# A page's section, one capitalised word on its own line above the story: "Politics", "World".
_SECTION = re.compile(r"[A-Z][a-z]{2,15}")
# Marks a line of its own may end on; and words a sentence does not stop on.
_LINE_STOPS = frozenset(".!?:;\"”’')]|")
_WORD = re.compile(r"\w")
# A line that opens on a word in lower case, no code ("asb/tw", an editor's slug) nor label
# ("tags:" in front matter).
_GOES_ON = re.compile(r"[a-z][a-z'’-]*(?:[\s,.;!?]|$)")
_WANTS_MORE = re.compile(r"(?:^|\s)(?:of|the|a|an|to|and|or|in|for|with|by|on|at|from|its|their),?$|,$")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or not text[start].isprintable()):
        start += 1
    while end > start and (text[end - 1].isspace() or not text[end - 1].isprintable()):
        end -= 1
    return start, end


def _syntok_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans syntok proposes inside ``text[start:end]``."""
    chunk = text[start:end]
    spans: list[tuple[int, int]] = []
    try:
        for paragraph in syntok.analyze(chunk):
            for sentence in paragraph:
                if not sentence:
                    continue
                first = sentence[0]
                last = sentence[-1]
                spans.append((start + first.offset, start + last.offset + len(last.value)))
    except Exception:  # syntok is robust, but never let one paragraph sink an article
        return [(start, end)]
    if not spans:
        return [(start, end)]
    # Tile the chunk: stretch spans so that nothing between them is lost.
    tiled: list[tuple[int, int]] = []
    for i, (s, e) in enumerate(spans):
        s = start if i == 0 else tiled[-1][1]
        e = end if i == len(spans) - 1 else e
        tiled.append(_trim(text, s, e))
    return [span for span in tiled if span[0] < span[1]]


# A stop that plainly ends a sentence: after a word of two or more letters, all lower case
# but the first, and before white space and a capital (an opening quote may come between).
_PLAIN_END = re.compile(r"(?<![\w.'’-])(?P<word>[A-Za-z][a-z]+)[.!?]+[\"'”’]*(?=\s+[\"'“‘]?[A-Z])")
_LAST_WORD = re.compile(r"[\w.'’-]+$")
# How far back the word before a stop is looked for.
_WORD_REACH = 40


def _plain_spans(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """Sentence spans of ``text[start:end]`` when every stop in it plainly ends a sentence
    or sits inside a number ("6.8"); None when any stop needs syntok to judge (an
    abbreviation, an initial, brackets). Gives what syntok gives, at a fraction of its cost."""
    if not _SYNTOK_ABBREVIATIONS or "(" in text[start:end] or "[" in text[start:end]:
        return None
    bounds: list[int] = []
    for stop in _INNER_STOP.finditer(text, start, max(start, end - 3)):
        at = stop.start()
        if bounds and at < bounds[-1]:
            continue  # part of the run of stops and quotes already read
        if text[at - 1 : at].isdigit() and text[at + 1 : at + 2].isdigit():
            continue
        word = _LAST_WORD.search(text, max(start, at - _WORD_REACH), at)
        plain = _PLAIN_END.match(text, word.start()) if word else None
        if plain is None or plain.end("word") != at:
            return None
        if plain["word"] in _SYNTOK_ABBREVIATIONS or plain["word"].lower() in _ABBREVIATIONS:
            return None
        bounds.append(plain.end())
    return _pieces(text, start, bounds, end)


def _pieces(text: str, start: int, bounds: list[int], end: int) -> list[tuple[int, int]]:
    """The non-blank, trimmed spans of ``text[start:end]`` cut at ``bounds``."""
    spans = [_trim(text, s, e) for s, e in itertools.pairwise([start, *bounds, end])]
    return [span for span in spans if span[0] < span[1]]


def _first_word(text: str) -> str:
    """The first word of ``text``, quotes and brackets before it left out."""
    words = text.lstrip("\"'“‘(").split(None, 1)
    return words[0].strip(",.;:") if words else ""


def _ends_with_abbreviation(sentence: str) -> bool:
    words = sentence.rstrip().rsplit(None, 1)
    if not words:
        return False
    last = words[-1]
    if not last.endswith("."):
        return False
    bare = last[:-1].lstrip("(\"'“‘")
    return bare.lower() in _ABBREVIATIONS or bool(_INITIALISM.search(last))


def _inside_quotation(text: str) -> bool:
    """Whether a quotation opened in ``text`` is still open at its end."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _should_merge(text: str, prev: tuple[int, int], nxt: tuple[int, int]) -> bool:
    """Boundaries the base splitter gets wrong on news text."""
    before = text[prev[0] : prev[1]]
    after = text[nxt[0] : nxt[1]]
    head = after.lstrip("\"'“‘(")[:1]
    if not head:
        return True
    if not any(ch.isalnum() for ch in after):
        return True  # a stray ". ." or closing quote
    if head in ",;:)]" or head.islower() or _ELLIPSIS_END.search(before):
        return True
    if _inside_quotation(before) and _QUOTE_GOES_ON.match(after):
        return True  # "“Help! We are here!” a woman cried."
    if _QUOTE_CLOSED_ON_A_STOP.search(before) and (speaker := _SPEAKER_AFTER_QUOTE.fullmatch(after)):
        rest = speaker["rest"]
        if len(rest.split()) <= _SPEAKER_TAIL_WORDS and " that " not in f" {rest} " and _SPEAKER_TAIL.match(rest):
            return True  # "“We did it!” Labour leader, Sir Keir Starmer, said in his victory speech."
    if re.match(r"\d", head) and _ends_with_abbreviation(before) and not _INITIALISM.search(before):
        return True  # "Sept. 12", "No. 5"
    last = before.rsplit(None, 1)[-1] if before.split() else ""
    if last.rstrip(".").lower() in _TITLES or (last.rstrip(".") in _PLACE_WORDS and head.isupper()):
        return True
    if last.rstrip(".").lower() == _NAME_GOES_ON_AFTER and _first_word(after).lower() not in _SENTENCE_OPENERS:
        return True  # "Warner Bros. Discovery said", not "bought by Warner Bros. The deal closed."
    return bool(re.fullmatch(r"\d+\s*\d*/?\d*\.?", after.strip()))


def _split_missed_ends(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` split at the sentence ends syntok reads as abbreviations: a lone
    capital letter or the pronoun "I", a time of day or a web address before a new sentence."""
    if not _STOP_THEN_CAPITAL.search(text, start, end):
        return [(start, end)]
    ends = sorted(
        (
            (match.end(), match.start() if pattern is _TIME_THEN_SENTENCE else None)
            for pattern in _MISSED_ENDS
            for match in pattern.finditer(text, start, end)
        ),
        key=lambda found: found[0],
    )
    bounds: list[int] = []
    for bound, time in ends:
        # A time that opens its sentence ("At 5 a.m. Mr. Smith went") does not end it.
        opens = time is not None and len(text[bounds[-1] if bounds else start : time].split()) < 2
        if not opens and bound not in bounds:
            bounds.append(bound)
    return _pieces(text, start, bounds, end) if bounds else [(start, end)]


def _list_items(text: str, start: int, end: int) -> list[tuple[re.Match[str], int]]:
    """The mark and end of each item of a list written inside one paragraph ("1. Pack. 2. Go.",
    "a) rice b) beans"); none unless the paragraph opens on the first item's mark and a second
    item's mark follows. The label of each item follows the one before (1, 2, 3 or a, b, c), so
    a number that merely ends a sentence ("rose to 3. Then") is no item."""
    marks = iter(_LIST_ITEM.finditer(text, start, end))
    first = next(marks, None)
    if first is None or first.start() != start:
        return []
    items = [first]
    for mark in marks:
        if mark["label"] == _next_label(items[-1]["label"]):
            items.append(mark)
    if len(items) < 2:
        return []
    return [(mark, following.start()) for mark, following in itertools.pairwise(items)] + [(items[-1], end)]


def _next_label(label: str) -> str:
    return str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph; a list written inside it splits before each item, and
    the mark that opens an item never ends a sentence."""
    items = _list_items(text, start, end)
    if not items:
        return _split_prose(text, start, end)
    spans: list[tuple[int, int]] = []
    for mark, item_end in items:
        body_start, item_end = _trim(text, mark.end(), item_end)
        item = _split_prose(text, body_start, item_end) if body_start < item_end else []
        spans.append((mark.start(), item[0][1] if item else mark.end()))
        spans.extend(item[1:])
    return spans


def _split_prose(text: str, start: int, end: int) -> list[tuple[int, int]]:
    # Most news paragraphs hold one sentence: no stop before the last few characters.
    if not _INNER_STOP.search(text, start, max(start, end - 3)):
        return [(start, end)]
    spans = _plain_spans(text, start, end) or _syntok_spans(text, start, end)
    merged: list[tuple[int, int]] = []
    for span in itertools.chain.from_iterable(_split_missed_ends(text, *span) for span in spans):
        if merged and _should_merge(text, merged[-1], span):
            merged[-1] = (merged[-1][0], span[1])
        else:
            merged.append(span)
    # A dateline is part of the first sentence: "Seoul, Sep 12 (EFE).- The train ...",
    # "DUNDALK, Md. — Six people ...".
    opening = dateline(text, start, end)
    if opening and len(merged) > 1 and merged[0][1] <= opening.end() + 1:
        merged[0:2] = [(merged[0][0], merged[1][1])]
    return merged


def _meta_prefix(text: str, start: int, end: int) -> int:
    """Length of metadata glued in front of a paragraph's first sentence."""
    pos = start
    while pos < end:
        for pattern in _META_PREFIXES:
            match = pattern.match(text, pos, end)
            if match and match.end() > pos:
                pos = match.end()
                break
        else:
            break
    return pos


def _is_credit(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` only credits a photo or a source, restricts a photo's use,
    or is a bracketed label such as "(Read More)"."""
    unit = text[start:end]
    if _USE_NOTE.fullmatch(unit) or _LABELLED_CREDIT.fullmatch(unit) or _is_sign_off(unit):
        return True  # "(For Use Only in …)", "(Photo: AP)", "(Yonhap)"
    return len(unit.split()) <= CREDIT_WORDS and _CREDIT.fullmatch(unit) is not None


def _is_sign_off(text: str) -> bool:
    """A lone agency name, as a paragraph or after a caption: "(Yonhap)", "EFE"; not a one-word
    sentence ("Thanks")."""
    return bool(SIGN_OFF_LINE.fullmatch(text)) and (text.startswith("(") or text.isupper())


def _is_meta_paragraph(paragraph: str) -> bool:
    if len(paragraph) > 160:
        return False
    if any(pattern.fullmatch(paragraph) for pattern in _META_PARAGRAPHS):
        return True
    return _is_sign_off(paragraph) or _is_dateline_line(paragraph)


def _is_dateline_line(paragraph: str) -> bool:
    """A dateline alone on its line, as a web page sets it above the story: "LONDON (Reuters) -",
    "NEW YORK —", or a place and then its agency in capitals, "New York CNN –"."""
    opening = dateline(paragraph)
    return (opening is not None and opening.end() == len(paragraph)) or _AGENCY_AFTER_PLACE.fullmatch(
        paragraph
    ) is not None


def dateline_agency(unit: str) -> str | None:
    """The agency a unit's dateline names: "Reuters" of "LONDON (Reuters) - The bank ...", "CNN"
    of a line "New York CNN –"."""
    found = DATELINE.match(unit) or _AGENCY_AFTER_PLACE.fullmatch(unit)
    return found["agency"].strip() if found else None


def _ends_as_a_sentence(text: str, end: int) -> bool:
    """Whether the line ending at ``end`` ends as a sentence or a clause does: with a stop, a
    colon or a comma, or a quote closed after one ('... it is over."'); a headline may end on a
    quoted word ("Governor says toll will rise ‘significantly’")."""
    last = text[end - 1]
    if last in '"”’':
        return end >= 2 and text[end - 2] in ".!?:;,"
    return last in ".!:;,"


def in_capitals(line: str) -> bool:
    """Whether a line is set in capitals, as wire copy sets its headline, stop or none: several
    words, and no letter in lower case ("SOCCER - JAPAN GET LUCKY WIN.")."""
    if line.upper() != line:  # a letter in lower case: most lines, told fast
        return False
    return sum(c.isalpha() for c in line) > 10 and len(line.split()) >= 3


def is_bare_byline(paragraph: str, units: Sequence[Unit]) -> bool:
    """Whether a paragraph after ``units`` is a byline without its "By": names alone. Under
    a standfirst (a sentence or two of the story), only several names joined by commas or "and"
    ("Lia Russell, Dillon Mullan"), or a name and where the writer files from ("Emmanuel Addeh
    in Abuja"): one name there may be a subheading in title case."""
    if (byline := BARE_BYLINE.fullmatch(paragraph)) is None:
        return False
    told = sum(unit.kind == "body" for unit in units)
    several = byline["place"] is not None or _SEVERAL_NAMES.search(paragraph) is not None
    return told == 0 or (told <= STANDFIRST_SENTENCES and several)


def _is_subhead(text: str, start: int, end: int) -> bool:
    """Whether a one-sentence paragraph inside an article is a subheading: short, opening on a
    capital or digit, no list item, and ending on a question mark ("How many are missing?") or
    on no stop at all ("Rescue crews return"), as a sentence of the story would not."""
    line = text[start:end]
    return (
        len(line) <= SUBHEAD_LENGTH
        and (line[0].isupper() or line[0].isdigit())
        and (line[-1] == "?" or line[-1].isalnum())
        and _LIST_ITEM.match(line) is None
    )


def _has_caption_cue(paragraph: str) -> bool:
    """Whether a paragraph holds a caption cue ("(L)", "AP Photo/…", "poses for a photo")."""
    lower = paragraph.lower()
    return any(hint in lower for hint in _CAPTION_HINTS) and _CAPTION_CUES.search(paragraph) is not None


def _is_caption(paragraph: str) -> bool:
    """Whether a paragraph holds a caption cue after its dateline: "(WJW / AP) –" opens a
    story, not a photo's credit. The dateline is looked for only where a cue is."""
    if not _has_caption_cue(paragraph):
        return False
    opening = dateline(paragraph)
    return opening is None or _has_caption_cue(paragraph[opening.end() :])


def segment(text: str) -> list[Unit]:
    """Split an article into units, in order: together they hold every word of its text,
    and nothing but blanks, Markdown marks and image addresses lies between them."""
    units: list[Unit] = []
    front_matter = front_matter_end(text)
    paragraph_spans = list(paragraphs(text, front_matter))
    repeated = Counter(text[s:e] for s, e in (unwrap_line(text, *span) for span in paragraph_spans) if e - s > 40)
    headline_seen = False
    byline_before = False  # whether the paragraph before was a byline
    # Front matter is one block, shown as one paragraph (number 0); the paragraphs after it count on.
    merged_lines = max(0, sum(1 for start, _ in paragraph_spans if start < front_matter) - 1)
    for index, (p_start, p_end) in enumerate(paragraph_spans):
        number = max(0, index - merged_lines)
        if p_start < front_matter:
            units.append(Unit(p_start, p_end, "meta", number))
            continue
        image = IMAGE_LINE.fullmatch(text, p_start, p_end)
        if image and (alt := _trim(text, image.start("alt"), image.end("alt")))[0] < alt[1]:
            units.append(Unit(*alt, "caption", number))
            continue
        if image or is_link_line(text[p_start:p_end]):
            units.append(Unit(p_start, p_end, "meta", number))
            continue
        line_start = p_start
        p_start, p_end = unwrap_line(text, p_start, p_end)
        if p_start > line_start and _list_items(text, line_start, p_end):
            p_start = line_start  # a list run into one line keeps every item's mark, the first's too
        paragraph = text[p_start:p_end]
        body_start = _meta_prefix(text, p_start, p_end)
        if body_start > p_start:
            s, e = _trim(text, p_start, body_start)
            units.append(Unit(s, e, "meta", number))
            p_start, _ = _trim(text, body_start, p_end)
            if p_start >= p_end:
                continue
            paragraph = text[p_start:p_end]
        if _is_meta_paragraph(paragraph):
            units.append(Unit(p_start, p_end, "meta", number))
            byline_before = BYLINE.fullmatch(paragraph) is not None
            continue
        heading = _HEADING.match(paragraph)
        if heading:
            units.append(Unit(p_start + heading.end(), p_end, "headline", number))
            headline_seen = True
            continue
        # A short line of capitalised words under a byline names the writers' outlet ("Baltimore Sun").
        if byline_before and _AFFILIATION.fullmatch(paragraph):
            units.append(Unit(p_start, p_end, "meta", number))
            byline_before = False
            continue
        byline_before = headline_seen and is_bare_byline(paragraph, units)
        if byline_before:
            units.append(Unit(p_start, p_end, "meta", number))
            continue
        sign_off = _SIGN_OFF.search(paragraph) or _TRAILING_CREDIT.search(paragraph)
        body_end = p_end
        if sign_off and not DATELINE.match(paragraph):
            body_end = _trim(text, p_start, p_start + sign_off.start())[1]
        spans = _split_paragraph(text, p_start, body_end)
        kind: SentenceKind = "body"
        told = any(u.kind != "meta" for u in units)  # stops at the story's first unit
        if not told and _SECTION.fullmatch(paragraph) and index < len(paragraph_spans) - 1:
            units.append(Unit(p_start, p_end, "meta", number))  # "Politics" above the headline
            continue
        if repeated[paragraph] > 1 or _is_caption(paragraph):
            kind = "caption"
        elif (
            not headline_seen
            and not told
            and len(paragraph) <= 200
            and (not _ends_as_a_sentence(text, body_end) or in_capitals(paragraph))
            and index < len(paragraph_spans) - 1
        ):
            # A headline is one unit, whatever stops it holds: "Bam! NASA spacecraft crashes
            # into asteroid", "Who pays? Cities count the cost".
            spans = [(spans[0][0], spans[-1][1])]
            kind = "headline"
            headline_seen = True
        elif (
            told
            and len(spans) == 1
            and body_end == p_end
            and index < len(paragraph_spans) - 1
            and _is_subhead(text, p_start, p_end)
        ):
            kind = "headline"
        units.extend(Unit(s, e, "meta" if _is_credit(text, s, e) else kind, number) for s, e in spans)
        if body_end < p_end:
            s, e = _trim(text, body_end, p_end)
            units.append(Unit(s, e, "meta", number))
    return units
