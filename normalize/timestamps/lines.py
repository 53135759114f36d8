"""A line as the timestamp patterns see it, the settings a reading needs, and what it gives.

Every reading function takes a ``Line`` (the text lower-cased, brackets as spaces, its set of
words) and a ``Context`` (the caller's ``Options`` and the page's language), and gives a
``Reading``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo
from itertools import accumulate, islice
from typing import Final, NamedTuple, Protocol

import regex

from normalize.cache import once
from normalize.facts import scripts_with, section
from normalize.options import Options
from normalize.timestamps.grammar import decorated_as_spaces, grammar, words
from normalize.timestamps.phrases import LETTERS

_HANGUL: Final = regex.compile(r"\p{Hangul}")
_CYRILLIC: Final = regex.compile(r"\p{Cyrillic}")
# A capitalised word glued to the word before it and followed by a number, maybe after two
# short words in small letters: "readMar 4", "roundWritten on the 14 August 2019".
_GLUED_WORD: Final = regex.compile(
    r"(?<=\p{Ll})(?=\p{Lu}\p{Ll}{2,8}(?:\s\p{Ll}{2,3}){0,2}\.?\s?\d)"
)
# A clock time's last digit, maybe its half of the day, and a zone's abbreviation in capitals
# glued to a capitalised word after it: "09:10AM ISTSource: City Now".
_GLUED_ZONE: Final = regex.compile(
    r"\d(?:\s?[AaPp]\.?[Mm]\.?)?\s?(?P<zone>\p{Lu}{2,5})(?=\p{Lu}\p{Ll})"
)


# A key of stored data a page printed as it is kept, in quotes before its colon, its words run
# together with each one after the first capitalised: '"firstPublished": "2021-05-31 23:27:06"',
# '"dateModified": …'. Its quotes leave room for two spaces between its words.
_DATA_KEY: Final = regex.compile(r'"(?P<key>[a-z]+(?:[A-Z][a-z]+){1,2})"[ \t]*:')
_KEY_WORD: Final = regex.compile(r"[A-Z]?[a-z]+")


class Line(NamedTuple):
    """One line as the patterns see it: lower case, brackets as spaces, its set of words."""

    text: str
    low: str
    words: frozenset[str]
    hangul: bool


def prepare(text: str) -> Line:
    """The line lower-cased with positions kept, its decorations as spaces, and its words.

    >>> line = prepare("입력 2024.05.17 (KST)")
    >>> line.low, sorted(line.words), line.hangul
    ('입력 2024.05.17  kst ', ['kst', '입력'], True)
    """
    low = text.lower()
    if len(low) != len(text):  # "İ" lower-cases to two code points; keep positions
        low = "".join(char.lower()[:1] for char in text)
    low = decorated_as_spaces(low)
    if '"' in text:
        low = spelled_data_keys(text, low)
    if _GLUED_WORD.search(text) is not None:
        # "3 min readMar 4, 2021": the letter before a glued capitalised word is read as a
        # space, so that the word starts where the patterns look for a word
        for glued in _GLUED_WORD.finditer(text):
            low = low[: glued.start() - 1] + " " + low[glued.start() :]
    for zoned in _GLUED_ZONE.finditer(text):
        # the capital of a word glued after a zone is read as a space, so that the zone ends
        # where the patterns look for its end; a label glued so is read as one ("EDTFirst
        # published")
        at, zone = zoned.end(), zoned["zone"].lower()
        g = grammar()
        known = zone in g.zones or zone in g.ambiguous
        if known and g.label.match(low, at) is None:
            low = low[:at] + " " + low[at + 1 :]
    hangul = not low.isascii() and _HANGUL.search(low) is not None
    return Line(text, low, frozenset(LETTERS.findall(low)), hangul)


def spelled_data_keys(text: str, low: str) -> str:
    """The lowered line with each key of stored data (see `_DATA_KEY`) that opens with a label
    (`_opens_with_label`) spelled as its words, quotes and all, so that the labels read it:
    '"lastUpdate":' as 'last update :'.

    >>> spelled_data_keys('"lastUpdate": "2021-05-31"', '"lastupdate": "2021-05-31"')
    'last update : "2021-05-31"'
    """
    for found in _DATA_KEY.finditer(text):
        start, end = found.start(), found.end("key") + 1
        spelled = " ".join(_KEY_WORD.findall(found["key"])).lower()
        if _opens_with_label(spelled):
            low = low[:start] + spelled.ljust(end - start) + low[end:]
    return low


def _opens_with_label(spelled: str) -> bool:
    """Whether a spelled key opens with a publication's or a modification's label ("last
    update", "date modified", "created at"): a key of another moment, whose last word alone is a
    label ('"startDate":', an event's; '"birthDate":'), is none.

    >>> _opens_with_label("last update"), _opens_with_label("start date")
    (True, False)
    """
    split = spelled.split()
    return any(" ".join(split[:count]) in _key_labels() for count in range(1, len(split) + 1))


@once
def _key_labels() -> frozenset[str]:
    """The labels of a publication and of a modification, in every language."""
    labels = words()["labels"]
    return frozenset([*labels["published"], *labels["modified"]])


class Clock(NamedTuple):
    """A clock time read in a text, and where it was."""

    hour: int
    minute: int
    second: int
    microsecond: int
    start: int
    end: int
    precision: str  # "minute", or "second" when seconds were printed


class Reading(NamedTuple):
    """What one segment of a line says: the instant, or why there is none."""

    value: datetime | None
    problem: str | None  # a warning when value is None
    assumed: str | None  # "Asia/Seoul (Korean page)" when the zone was not in the text
    spans: list[tuple[int, int]]  # the parts that were read, for dateline tests
    shape: str  # "full", "date", "yearless", "yearless_clock", "clock", "relative" or ""
    precision: str | None = None  # "day", "minute" or "second": what the text states


NOTHING: Final = Reading(None, None, None, [], "")


class Found(NamedTuple):
    """One timestamp in a line: its role from the label, its reading, and its extent."""

    role: str  # "published", "modified", "elsewhere" or "" when unlabelled
    reading: Reading
    start: int
    end: int


class Placed(Protocol):
    """Where a page's timestamp stands (a ``Dateline``), as the checks that set a date aside
    read it: its line, its role from the label, its extent in the whole text."""

    @property
    def line(self) -> int: ...
    @property
    def role(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class Context(NamedTuple):
    """The caller's settings as a reading uses them, and what the page says of itself."""

    zone: tzinfo | None  # the caller's default_tz
    zone_name: str | None
    now: datetime | None
    lang: str | None  # the page's language, when the facts know its conventions
    places: frozenset[str] = frozenset()  # zones whose places the page names
    dateline_zone: str | None = None  # the zone of the city an agency's dateline names
    page_zone: str | None = None  # the one zone the page's other times state
    day_first: bool = False  # the page's e-mail addresses are of a day-first country's
    board_zone: str | None = None  # the zone a forum states for all its times
    durations: frozenset[tuple[int, int, int]] = frozenset()  # lengths the page labels so


def context(options: Options, lang: str | None, places: frozenset[str] = frozenset()) -> Context:
    """The reading context of a document: only the languages whose timestamp conventions the
    facts know decide anything ("und" or "ja" leave the line's own words to decide).

    >>> context(Options(default_tz="Asia/Seoul"), "ja").lang is None
    True
    """
    known = lang if lang in section("timestamps") else None
    return Context(options.zone, options.default_tz, options.now, known, places)


def own_conventions(line: Line) -> str | None:
    """The language whose conventions the line's own letters follow, if they say.

    A Korean label ("입력") or a Russian month on an English page still means a Korean or a
    Russian dateline; a bare "2024-05-17 17:03" says nothing.

    >>> own_conventions(prepare("17 мая 2024")), own_conventions(prepare("2024-05-17"))
    ('ru', None)
    """
    conventions = scripts_with("conventions")
    if line.hangul:
        return str(conventions["Hangul"])
    if line.low.isascii() or _CYRILLIC.search(line.low) is None:
        return None
    return str(conventions["Cyrillic"])


def conventions(line: Line, ctx: Context) -> str | None:
    """The language whose conventions the line follows: its own letters first, then the page's."""
    return own_conventions(line) or ctx.lang


def quote(text: str) -> str:
    """The text a warning names, shortened to one readable line.

    >>> quote("Posted   on : 2024")
    "'Posted on : 2024'"
    """
    text = " ".join(text.split())
    return repr(text if len(text) <= 60 else text[:57] + "...")


def mask_all(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with every span blanked out, positions kept.

    >>> mask_all("17 May 2024 KST", [(0, 11)])
    '            KST'
    """
    pieces: list[str] = []
    position = 0
    for start, end in sorted(spans):
        if end <= position:
            continue
        start = max(start, position)
        pieces.append(text[position:start])
        pieces.append(" " * (end - start))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


# A cell of a row of metadata ("Name | No. 1012 | 2019.08.22 09:47 | Views 984"): bars, dots or
# two spaces on each side (or the line's end), a short label ("дата:") before it allowed; after
# it a lenticular bracket may open the next part ("재생 12회 | 등록 2024.03.05【 앵커 】").
_CELL_BEFORE: Final = regex.compile(r"(?:^|[|·•]|\s{2})\s*(?:\p{L}{1,12}\s?[:：]\s*)?$")
_CELL_AFTER: Final = regex.compile(r"^\s*(?:[|·•【]|\s\s|$)")
_CELL_MARK: Final = regex.compile(r"[|·•]|\S\s\s+\S")
# Or a labelled field between commas: "Views: 942, date: 14.02.2020, author: …".
_LABELLED_BEFORE: Final = regex.compile(r"(?:^|,)\s*\p{L}{1,12}\s?[:：]\s*$")
_LABELLED_AFTER: Final = regex.compile(r"^\s*(?:,|$)")
_FIELD_START: Final = regex.compile(r"(?:^|,)\s*$")
# Or a labelled field followed by another, white space between ("시간:2011-3-9 08:41:12 작성자:…
# 출처:…"): a short word glued to its colon on each side.
_FIELD_BEFORE: Final = regex.compile(r"(?:^|\s)\p{L}{1,12}[:：]\s*$")
_NEXT_FIELD: Final = regex.compile(r"^\s+\p{L}{1,12}[:：]")
# Or a labelled field in a row of fields the line opens with a field of its own, white space
# before the time's label and another field after the time ("제목 : TITLE 등록일 : 2021-10-21
# 조회: 612"): a board's header run into one line, its title the first field's value.
_ROW_OPENING: Final = regex.compile(r"^\s*\p{L}{1,12}\s?[:：]\s.*\s\Z")
# What follows a date that heads an entry on its line: a colon, then the entry's words.
_ENTRY_AFTER: Final = regex.compile(r"[:：]\s+\S")


def in_own_cell(line: str, start: int, end: int, *, labelled: bool = False) -> bool:
    """Whether the text between start and end fills a cell of a row of metadata of its own;
    ``labelled`` when that text starts with its label.

    >>> row = "Jane Roe | No. 1012 | 2019.08.22 09:47 | Views 984"
    >>> in_own_cell(row, 22, 38), in_own_cell("Talks resume on 2019.08.22 in Seoul", 16, 26)
    (True, False)
    >>> row = "Views: 942, date: 14.02.2020, author: Jane Roe"
    >>> in_own_cell(row, 18, 28), in_own_cell(row, 12, 28, labelled=True)
    (True, True)
    >>> in_own_cell("Time:2022-10-05 14:20 Author:webdesk Hits:311", 5, 21)
    True
    >>> row = "Title : Pier reopens Posted : 2021-10-21  Views: 612"
    >>> in_own_cell(row, 21, 40, labelled=True), in_own_cell(row, 30, 40)
    (True, False)
    """
    before, after = line[:start], line[end:]
    field = _LABELLED_BEFORE.search(before) or (labelled and _FIELD_START.search(before))
    if field and _LABELLED_AFTER.match(after):
        return "," in before + after  # "Views: 942, date: 14.02.2020, author: …"
    if (field or _FIELD_BEFORE.search(before)) and _NEXT_FIELD.match(after):
        return True  # "시간:2011-3-9 08:41:12 작성자:探索者 출처:연예"
    if labelled and _ROW_OPENING.match(before) and _NEXT_FIELD.match(after):
        return True  # "제목 : TITLE 등록일 : 2021-10-21    조회: 612"
    if not (_CELL_BEFORE.search(before) and _CELL_AFTER.match(after)):
        return False
    return _CELL_MARK.search(before + " " + after) is not None


def heads_entry(line: str, start: int, end: int) -> bool:
    """Whether the text between start and end opens its line before a colon and the words of
    an entry: a dated entry's heading, the date of the thing the line names.

    >>> heads_entry("14 февраля 2015: «Звонки в студию» - 3", 0, 15)
    True
    >>> heads_entry("Posted 14 February 2015: rain again", 7, 23)
    False
    """
    return start == 0 and _ENTRY_AFTER.match(line, end) is not None


# A name a line repeats from the line above before the date glued to it: at most this long.
_ECHO_LIMIT = 40


def unechoed(line: str, above: str) -> str:
    """The line with the text it repeats from the line above blanked out, when that text ends
    in a digit and a number is glued to it: a board prints its poster's name, then the name
    again with the post's date run into its last digits ("Nick305" / "Nick30524.05.17"), and
    only the line above tells where the date starts. Positions stay those of the text."""
    if (
        not above
        or len(above) > _ECHO_LIMIT
        or not above[-1].isdigit()
        or not line[len(above) : len(above) + 1].isdigit()
        or not line.startswith(above)
    ):
        return line
    return " " * len(above) + line[len(above) :]


def line_starts(lines: Sequence[str]) -> list[int]:
    """Where each of the lines a text was split into at its newlines starts in it, in code
    points, and one past the last line's end."""
    return list(accumulate((len(line) + 1 for line in lines), initial=0))


def filled_lines(lines: Sequence[str], start: int = 0, stop: int | None = None) -> list[int]:
    """The positions of the lines with text among ``lines[start:stop]`` (the whole page by
    default), blank lines passed over: the page's lines as a reader counts them.

    >>> page = ["Pier reopens", "", "By Ana Roe", "  ", "May 2, 2024"]
    >>> filled_lines(page), filled_lines(page, 1, 4)
    ([0, 2, 4], [2])
    """
    return [at for at, text in enumerate(lines[start:stop], start) if text.strip()]


def lines_under(lines: Sequence[str], index: int, count: int) -> list[int]:
    """The positions of the first ``count`` lines with text under line ``index``, blank lines
    passed over: where a headline's credit, byline or own day stands.

    >>> lines_under(["Pier reopens", "", "By Ana Roe", "  ", "May 2, 2024", "Text."], 0, 2)
    [2, 4]
    """
    below = (at for at in range(index + 1, len(lines)) if lines[at].strip())
    return list(islice(below, count))


def unmarked(masked: str) -> str:
    """The words beside a day (the day masked, its weekday and fillers blanked) with the mark
    that closes a clipping's day blanked when nothing else is beside it ("2023년10월2일(월)字": a
    repost's source paper's day), so that such a day alone on its line is a day alone; the mark
    after a word stays one.

    >>> unmarked("          字"), unmarked("   신문 字")
    ('           ', '   신문 字')
    """
    if masked.rstrip().endswith(_DATED) and not masked.rstrip()[:-1].strip():
        return " " * len(masked)
    return masked


# The mark a clipping's day closes with: "字", that day's.
_DATED: Final = "字"
