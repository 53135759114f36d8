"""Times a page prints for another thing than its article: an embedded social post's time,
a today widget's date beside the weather, the days of a list of dates, a heading's day deep in
the body (a site's clock at the top of the page is `site_clocks`'). ``datelines`` and the
caller that knows the headline mark the datelines they find.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Final, Protocol

import regex

from normalize.timestamps.grammar import grammar
from normalize.timestamps.lines import Placed, line_starts, mask_all, prepare, unmarked
from normalize.timestamps.managers import under_manager

# A temperature as a weather widget prints it beside the date: "12°", "-3.1℃", "Сейчас-14°C",
# or with a look-alike of the degree sign before the scale's letter ("−4˚C", "12ºF"); not an
# angle's degrees followed by its minutes ("55°45′").
_TEMPERATURE: Final = re.compile(r"[0-9] ?(?:[°℃](?![0-9])|[˚º][CF])")
# The signs a temperature is printed with, looked for before the pattern.
_DEGREE_SIGNS: Final = ("°", "℃", "˚", "º")
# How many lines from a date a weather widget may stand to be that date's widget.
_WEATHER_REACH: Final = 2
# A weather widget's line is short ("• Seoul 5.2℃", "Partly cloudy 61 °F"); a lead that
# reports a temperature ("Temperatures reached 35°C on Monday as ...") is not one.
_WEATHER_LINE: Final = 40
_HANDLE_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def weather_lines(text: str) -> frozenset[int]:
    """The lines of a text that are a weather reading: a short line holding a temperature.

    >>> sorted(weather_lines("2023.11.02 (목)\\n• 서울 5.2℃\\nThe square sits at 37°34′N."))
    [1]
    >>> sorted(weather_lines("Сейчас в Заречье\\n−4˚C\\nБыл 1º раз"))
    [1]
    """
    if not any(sign in text for sign in _DEGREE_SIGNS):
        return frozenset()
    return frozenset(
        index
        for index, line in enumerate(text.split("\n"))
        if len(line) <= _WEATHER_LINE and _TEMPERATURE.search(line)
    )


def beside_weather(line: int, warm: frozenset[int]) -> bool:
    """Whether a line stands within reach of a weather reading (one of ``warm``'s lines)."""
    return not warm.isdisjoint(range(line - _WEATHER_REACH, line + _WEATHER_REACH + 1))


def ends_with_handle(text: str) -> bool:
    """Whether a text ends with a social handle in brackets: "Jane Roe (@janeroe)".

    >>> ends_with_handle("— Jane Roe (@janeroe) "), ends_with_handle("Jane Roe (editor)")
    (True, False)
    """
    text = text.rstrip()
    opening = text.rfind("(@")
    handle = text[opening + 2 : -1]
    if opening < 0 or not text.endswith(")") or not 0 < len(handle) <= 15:
        return False
    return all(char in _HANDLE_CHARS for char in handle)


def apart_times(datelines: Sequence[_Dated], text: str) -> frozenset[int]:
    """The positions among ``datelines`` of another thing's times: an embedded social post's
    unlabelled time, right after its author's handle on the handle's line or opening the next
    one ("— Jane Roe (@janeroe) June 9, 2018", as the embed code of a post prints it; a labelled
    one there is the byline's own field, "Jane Roe (@janeroe) Published June 9, 2018"), and an
    unlabelled time beside a weather reading (see `weather_lines`: a today widget, "2023.11.02
    (목)" / "• 맑음서울 5.2℃"), never an article's time; and a modification under a page's
    manager block (see `under_manager`)."""
    apart: set[int] = set()
    lines = text.split("\n")
    if "(@" in text:
        starts = line_starts(lines)
        for order, item in enumerate(datelines):
            before = lines[item.line][: item.start - starts[item.line]]
            above = lines[item.line - 1] if item.line and not before.strip() else ""
            if not item.role and (ends_with_handle(before) or ends_with_handle(above)):
                apart.add(order)
    warm = weather_lines(text)
    if warm:
        apart.update(
            order
            for order, item in enumerate(datelines)
            if not item.role and beside_weather(item.line, warm)
        )
    apart.update(
        order
        for order, item in enumerate(datelines)
        if item.role == "modified" and under_manager(lines, item.line)
    )
    return frozenset(apart)


# How many dates printed behind the same bullet make a list of dates.
_LIST_DATES: Final = 3
_BULLETS: Final = frozenset("-•·*–—▪")
# How many clock times alone under a day behind a bullet make that day a feed's.
_FEED_CLOCKS: Final = 2
_CLOCK_ALONE: Final = re.compile(r"[0-9]{1,2}:[0-9]{2}")


class _Value(Protocol):
    @property
    def value(self) -> object: ...
    @property
    def shape(self) -> str: ...


class _Dated(Placed, Protocol):
    """What `listed_dates` and `apart_times` read of a dateline: where it stands and its
    reading."""

    @property
    def reading(self) -> _Value: ...


def listed_dates(datelines: Sequence[_Dated], text: str) -> frozenset[int]:
    """The positions among ``datelines`` of the unlabelled dates that are a bullet's only words
    ("- 3 октября 2022", "• 03/05/2024") when at least ``_LIST_DATES`` dates are printed behind
    that same bullet, or when the lines under the date are a feed's clock times (see
    `_heads_clocks`): the days of a list of teasers, of an index or of a feed, not the article's
    time; and the days alone on their lines in a run of them (see `_runs_of_days`).

    >>> from normalize.timestamps import find_datelines
    >>> text = "The hall reopens.\\n- 4 мая 2021\\n-\\n18:20\\n-\\n17:05"
    >>> [item.role for item in find_datelines(text, lang="ru")]  # marked by `find_datelines`
    ['elsewhere']
    """
    if not any(not item.role and item.reading.value is not None for item in datelines):
        return frozenset()
    lines = text.split("\n")
    starts = line_starts(lines)
    bullets: dict[int, str] = {}
    alone: list[int] = []  # the dates that are their line's only words, a bullet aside
    for order, item in enumerate(datelines):
        if item.role or item.reading.value is None or item.line >= len(lines):
            continue
        line, first = lines[item.line], starts[item.line]
        if not 0 <= item.start - first <= item.end - first <= len(line):
            continue  # a date whose time is printed on the next line
        head = line[: item.start - first].strip(" \t")
        if (not head or head in _BULLETS) and not line[item.end - first :].strip(" \t"):
            alone.append(order)
            if head:
                bullets[order] = head
    counts = Counter(bullets.values())
    return frozenset(
        order
        for order, bullet in bullets.items()
        if counts[bullet] >= _LIST_DATES or _heads_clocks(lines, datelines[order].line)
    ) | _runs_of_days(datelines, alone)


def _runs_of_days(datelines: Sequence[_Dated], alone: Sequence[int]) -> frozenset[int]:
    """The positions among ``datelines``, taken from ``alone`` (those of the dates that are
    their line's only words, in order), of the days without a clock time printed line after
    line, at least ``_LIST_DATES`` in a run: a list of days to browse ("14 февраля 2026" /
    "13 февраля 2026" / "12 февраля 2026"), where an article prints its own day once.

    >>> from normalize.timestamps import find_datelines
    >>> text = "Archive\\n3 May 2021\\n2 May 2021\\n1 May 2021\\nThe hall reopens."
    >>> [item.role for item in find_datelines(text, lang="en")]
    ['elsewhere', 'elsewhere', 'elsewhere']
    """
    found: set[int] = set()
    run: list[int] = []
    for order in alone:
        item = datelines[order]
        if item.reading.shape != "date":
            continue
        if run and datelines[run[-1]].line + 1 != item.line:
            run = []
        run.append(order)
        if len(run) >= _LIST_DATES:
            found.update(run)
    return frozenset(found)


def _heads_clocks(lines: Sequence[str], line: int) -> bool:
    """Whether the lines right under line ``line`` are at least ``_FEED_CLOCKS`` clock times
    alone, each behind a bullet or after a bullet's line of its own ("-", "09:10", "-",
    "08:52"), up to the first other line: a feed's items under their day, the titles gone."""
    clocks = 0
    for below in lines[line + 1 :]:
        filled = below.strip(" \t")
        rest = filled[1:].strip(" \t") if filled[:1] in _BULLETS else filled
        if not rest and filled:
            continue  # a bullet alone
        if not _CLOCK_ALONE.fullmatch(rest):
            break
        clocks += 1
    return clocks >= _FEED_CLOCKS


# The lines below the headline that its article's own dateline may take: its head (`choice`
# weighs the datelines within it as the article's).
HEAD_BELOW: Final = 8
_WORD: Final = regex.compile(r"[\p{L}\d]+")
# A link's label beside a day under the article's sign-off ("원문 보기", "Read the original"):
# at most this many words; more is a related story's head.
_LINK_LABEL_WORDS: Final = 3
_DIGIT: Final = re.compile(r"\d")
# What sets a heading's words apart from its day: "Agenda - May 3, 2025", "2025-04-22 – Notes".
_HEADING_DASHES: Final = (" - ", " – ", " — ")


def body_dates(
    datelines: Sequence[_Dated], lines: Sequence[str], near: int | None
) -> frozenset[int]:
    """The positions among ``datelines`` of the unlabelled days (no clock time) that share their
    line with other words, further below the headline (line ``near``) than its head: what names
    a thing's day deep in the body, not the article's time. A heading naming the day of what it
    heads, set apart by a dash ("Council Meeting Agenda - Wednesday, January 20, 2021", "##
    2025-04-22 - Receipt layout update"); without a dash, words and no other number: a chart's
    label ("장 마감 2024.05.02"), a letter's date ("NOTICE OF APPEAL DATED 3RD MAY 2022"), a
    clipping's edition ("( 동 해 신 문 2001년 04월 12일자 )"). A day alone on its line (a blog's
    date header, a statement's closing date) is not one, nor a day beside a counter (a video's
    "48,201 views Premiered Jun 5, 2024", "조회수 3.2만회 2024. 6. 28."), nor a day opening the
    line right under the article's sign-off (see `_signs_off`: "(부산=통신) 홍길동 기자 =
    gildong@news.example" / "2021.11.20원문 보기") with at most a link's label beside it: the
    page's (a related story's head after the day keeps it the story's).

    >>> from normalize.timestamps import find_datelines
    >>> lines = ["Harbor board approves fares", *[""] * 9, "Board Meeting Agenda - May 3, 2025"]
    >>> sorted(body_dates(find_datelines("\\n".join(lines), lang="en"), lines, 0))
    [0]
    """
    if near is None:
        return frozenset()
    starts = line_starts(lines)
    found: set[int] = set()
    for order, item in enumerate(datelines):
        if item.role or item.reading.shape != "date" or item.line - near <= HEAD_BELOW:
            continue
        if item.line >= len(lines) or item.start < starts[item.line]:
            continue
        first = starts[item.line]
        line = prepare(lines[item.line])
        masked = grammar().noise_word.sub(
            " ", mask_all(line.low, [(item.start - first, item.end - first)])
        )
        masked = unmarked(masked)
        heading = any(dash in lines[item.line] for dash in _HEADING_DASHES)
        signed = (
            item.start == first
            and len(_WORD.findall(masked)) <= _LINK_LABEL_WORDS
            and _signs_off(_text_above(lines, item.line))
        )
        if _WORD.search(masked) and (heading or not _DIGIT.search(masked)) and not signed:
            found.add(order)
    return frozenset(found)


def _text_above(lines: Sequence[str], index: int) -> str:
    """The nearest line above line ``index`` that holds text, or nothing."""
    return next((line for line in reversed(lines[:index]) if line.strip()), "")


def _signs_off(line: str) -> bool:
    """Whether a line closes with an e-mail address as its last word: an article's sign-off,
    its writer's address after the byline ("Jane Roe, staff reporter jane@news.example").

    >>> _signs_off("(부산=통신) 홍길동 기자 = gd@news.example"), _signs_off("Write to @desk")
    (True, False)
    """
    words = line.split()
    local, _, domain = words[-1].rpartition("@") if words else ("", "", "")
    return bool(local) and "." in domain.strip(".")


# A story's paragraph (a digest item's, a teaser's lead): at least this many words, or a
# sentence of at least this many closed by a stop.
_STORY_WORDS: Final = 20
_SENTENCE_WORDS: Final = 12


def is_story_paragraph(text: str) -> bool:
    """Whether a line is a story's paragraph (see ``_STORY_WORDS``): a digest item's, a teaser's."""
    words = len(text.split())
    return words >= _STORY_WORDS or (words >= _SENTENCE_WORDS and text.rstrip()[-1:] in ".!?")
