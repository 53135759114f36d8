"""Stamps: dates as machines print them, apart from the text around them.

A scraper sometimes runs a post's metadata into the text around it ("…the new
plan2015-03-17 19:05:41 (read the original)We spoke…", "2023/11/14 18:42:05 Author : …"): a
line too long to be a dateline, yet a year-first date with a clock time to the second, glued
to the word before it or opening the line, is no sentence's way of writing a time; nor is one
with a clock time to the minute glued to the word after it ("…Blog 2009. 3. 14. 21:30Tags…",
a post's cells run into one line). And the
scraper's own meta date that opens a page (" date 2022-12-03") states a day, whatever the
page's text puts after it on its line.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Final

from normalize.timestamps.grammar import grammar
from normalize.timestamps.lines import Context, Line, Reading, prepare
from normalize.timestamps.reading import read_segment

# A year-first date, the same dash, slash or dot between its parts, and a clock time to the
# second: 2015-03-17 19:05:41, 2023/11/14 18:42:05.
_STAMP: Final = re.compile(
    r"[12][0-9]{3}(?:-[01]?[0-9]-|/[01]?[0-9]/|\.[01]?[0-9]\.)[0-3]?[0-9],? "
    r"[0-2]?[0-9]:[0-5][0-9]:[0-5][0-9]"
)
# A year-first date, the same dash, slash or dot between its parts (a space after a dot, and a
# dot after the day, as a blog prints it: 2009. 3. 14.), and a clock time to the minute at
# least: 2009. 3. 14. 21:30, 2015-03-17 19:05:41.
_MINUTE_STAMP: Final = re.compile(
    r"[12][0-9]{3}(?:-[01]?[0-9]-|/[01]?[0-9]/|\. ?[01]?[0-9]\. ?)[0-3]?[0-9]\.?,? "
    r"[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?"
)

# The scraper's meta date that opens a page's text: " date 2022-12-03" (lower case, year first).
_META_DAY: Final = re.compile(r" ?date [0-9]{4}-[0-9]{2}-[0-9]{2}")
# How far from the meta day's midnight (UTC) the page's own date and time after it may fall:
# the day before or after it, in any zone.
_META_DAY_REACH: Final = timedelta(days=2)
# The shapes of a page's own date and time: with its year, or without it.
_DATE_AND_TIME: Final = frozenset(("full", "yearless_clock"))
# An empty clock right after a date, its seconds printed too: "17.06.2004 00:00:00".
_EMPTY_CLOCK: Final = re.compile(r"[ T,]*00:00:00(?![0-9])")


def long_line_stamps(line: str, ctx: Context) -> list[tuple[str, Reading, int, int]]:
    """The times of a line too long to be a dateline, each a fallback with its role, reading
    and extent: the scraper's meta day that opens it (see `meta_day_opening`), "published",
    then its first machine stamp (see `machine_stamps`, else `glued_stamps`), unlabelled."""
    days = [("published", *found) for found in meta_day_opening(line, ctx)]
    stamps = machine_stamps(line, ctx) or glued_stamps(line, ctx)
    return days + [("", *found) for found in stamps]


def machine_stamps(line: str, ctx: Context) -> list[tuple[Reading, int, int]]:
    """The first machine stamp of a line (a list of one, or none), with its reading and its
    extent, when it opens the line or touches a letter before it (a cell run into the text; a
    value after "=> " in a data dump is not one), no digit follows it, and it reads as a date
    and time.

    >>> ctx = Context(None, None, None, "en")
    >>> [(reading, start, end)] = machine_stamps("On the plan2015-03-17 19:05:41 (source)", ctx)
    >>> str(reading.value), start, end
    ('2015-03-17 19:05:41+00:00', 11, 30)
    >>> machine_stamps("[cdate] => 2024-02-07 11:52:10 [uid] => 4", ctx)
    []
    """
    found = _STAMP.search(line)
    if found is None or line[found.end() : found.end() + 1].isdigit():
        return []
    if found.start() and not line[found.start() - 1].isalpha():
        return []
    reading = read_segment(prepare(found[0]), 0, len(found[0]), ctx)
    if reading.value is None or reading.shape != "full":
        return []
    return [(reading, found.start(), found.end())]


def glued_stamps(line: str, ctx: Context) -> list[tuple[Reading, int, int]]:
    """The first year-first date and clock time of a line (a list of one, or none), with its
    reading and its extent, when a letter follows its clock at once, no half-day word glued on
    ("21:30pmTags") and none that the time reads as its own: a cell run into the text after
    it.

    >>> ctx = Context(None, None, None, "en")
    >>> [(reading, start, end)] = glued_stamps("Notes Blog 2009. 3. 14. 21:30Tags and more", ctx)
    >>> str(reading.value), start, end
    ('2009-03-14 21:30:00+00:00', 11, 29)
    >>> glued_stamps("Notes Blog 2009-03-14 9:30pm and more", ctx)
    []
    >>> glued_stamps("Notes Blog 2009-03-14 9:30pmTags and more", ctx)
    []
    """
    found = _MINUTE_STAMP.search(line)
    if found is None or not line[found.end() : found.end() + 1].isalpha():
        return []
    word_end = found.end()
    while word_end < len(line) and not line[word_end].isspace():
        word_end += 1
    glued = line[found.start() : word_end]
    tail = glued[found.end() - found.start() :].lower()
    if any(tail.startswith(word) for word in grammar().meridiems):
        return []
    reading = read_segment(prepare(glued), 0, len(glued), ctx)
    if reading.value is None or reading.shape != "full":
        return []
    if max(last for _, last in reading.spans) > found.end() - found.start():
        return []
    return [(reading, found.start(), found.end())]


def meta_day_opening(line: str, ctx: Context) -> list[tuple[Reading, int, int]]:
    """The day of the scraper's meta date that opens a line too long to be a dateline (a list
    of one, or none), with its reading and its extent from the label: the scraper glued the
    page's first sentence to it, and it is still the page's own day.

    >>> ctx = Context(None, None, None, "en")
    >>> [(reading, start, end)] = meta_day_opening(" date 2023-03-24 Rain held off all day.", ctx)
    >>> str(reading.value), reading.precision, start, end
    ('2023-03-24 00:00:00+00:00', 'day', 1, 16)
    """
    found = _META_DAY.match(line)
    if found is None or line[found.end() : found.end() + 1].isdigit():
        return []
    reading = read_segment(prepare(found[0]), 0, len(found[0]), ctx)
    if reading.value is None:
        return []
    return [(reading, line.index("date"), found.end())]


def meta_day_alone(
    segments: list[tuple[str, int, int, int]], line: str
) -> list[tuple[str, int, int, int]]:
    """The segments of a line (role, label start, start, end), the one of the scraper's meta
    date that opens the line ending with its day: a clock time after it is the page's text,
    another thing's (a live clock, an update's time: " date 2022-12-03 4.27pm GMT").

    >>> meta_day_alone([("", 0, 0, 1), ("published", 1, 5, 27)], " date 2022-12-03 4.27pm GMT")
    [('', 0, 0, 1), ('published', 1, 5, 16)]
    """
    found = _META_DAY.match(line)
    if found is None or line[found.end() : found.end() + 1].isdigit():
        return segments
    cut = found.end()
    return [
        (role, label, start, min(end, cut) if start < cut else end)
        for role, label, start, end in segments
    ]


def meta_day_and_time(whole: Line, start: int, cut: int, end: int, ctx: Context) -> Reading:
    """The reading of the scraper's meta date's segment of a line (``start`` to ``end``), cut
    at its day (``cut``, see `meta_day_alone`): the page's own date and clock time when the
    rest of the segment prints one within a day of the meta day (" date 2023-11-24 Fri, 24
    Nov, 2023 - 11:52"), or one without its year right after the meta date, which gives the
    year (" date 2024-02-06 6 февраля, 09:15Общество"), the spans of both read; else the meta
    day alone (a clock time alone after it, or a year-less update further on, is another
    thing's, and a day without its year that names its weekday is the site's today line:
    " date 2025-05-27 18:02:41 Вторник, 27 мая"; a date and time that a sentence goes on after
    is the time of what it tells: " date 2019-12-30 On December 29, 2019, around 3:48pm, the
    sheriff's office …", see `_goes_on`).

    >>> ctx = Context(None, None, None, "ru")
    >>> text = " date 2024-02-06 6 февраля, 09:15Общество"
    >>> reading = meta_day_and_time(prepare(text), 6, 16, len(text), ctx)
    >>> str(reading.value), reading.spans
    ('2024-02-06 06:15:00+00:00', [(0, 10), (11, 20), (22, 27)])
    >>> text = " date 2025-05-27 18:02:41 Вторник, 27 мая"
    >>> str(meta_day_and_time(prepare(text), 6, 16, len(text), ctx).value)
    '2025-05-27 00:00:00+00:00'
    >>> text = " date 2021-04-06 В 22:40 5 апреля 2021 года на трассе столкнулись две машины"
    >>> str(meta_day_and_time(prepare(text), 6, 16, len(text), ctx).value)
    '2021-04-06 00:00:00+00:00'
    """
    day = read_segment(whole, start, cut, ctx)
    if day.value is None or cut >= end:
        return day
    own = read_segment(whole, cut, end, ctx._replace(now=day.value))
    if (
        own.value is None
        or own.shape not in _DATE_AND_TIME
        or abs(own.value - day.value) >= _META_DAY_REACH
    ):
        return day
    opening = min(first for first, _ in own.spans)
    if _goes_on(whole.text[cut + max(last for _, last in own.spans) : end]):
        return day
    if own.shape == "yearless_clock" and (
        whole.text[cut : cut + opening].strip() or grammar().weekday.search(whole.low[cut:end])
    ):
        return day
    shift = cut - start
    spans = [*day.spans, *((first + shift, last + shift) for first, last in own.spans)]
    return own._replace(spans=spans)


def _goes_on(rest: str) -> bool:
    """Whether the text after a date and time goes on with a sentence: its next word, past
    spaces, commas and semicolons, opens in lower case (", the sheriff's office responded",
    " на трассе"); a page's own stamp ends its line, or a section's name, a count or a mark
    follows it."""
    for char in rest:
        if not char.isspace() and char not in ",;":
            return char.islower()
    return False


def empty_clock_day(whole: Line, start: int, reading: Reading, ctx: Context) -> Reading:
    """The printed day of a date whose clock right after it is empty, seconds and all
    ("17.06.2004 00:00:00"): a site that keeps a story's day alone fills the clock of its
    stamp with zeros, which no newsroom's clock ever read to the second; the day is read as a
    day alone is, its instant midnight UTC and its precision "day", its spans the date's and
    the clock's. Any other reading, from ``start`` of the line, is as it is (the caller keeps a
    labelled midnight: the label states the clock).

    >>> ctx = Context(None, None, None, "ru")
    >>> line = prepare("17.06.2004 00:00:00")
    >>> reading = empty_clock_day(line, 0, read_segment(line, 0, 19, ctx), ctx)
    >>> str(reading.value), reading.shape, reading.precision
    ('2004-06-17 00:00:00+00:00', 'date', 'day')
    """
    if reading.shape != "full" or reading.precision != "second" or not reading.spans:
        return reading
    date_end = start + reading.spans[0][1]
    if not _EMPTY_CLOCK.match(whole.text, date_end):
        return reading
    day = read_segment(whole, start, date_end, ctx)
    if day.shape != "date" or day.value is None:
        return reading
    return day._replace(spans=reading.spans)
