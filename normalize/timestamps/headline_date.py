"""The headline's own date: the day its line prints set apart from its words, for a page whose
other lines state no publication time.

A video mirror's clip title carries its programme's broadcast day ("… (HBS 2023.10.20. 금
방송)", "… (2023.01.25/아침뉴스/GBC)"), a scraped weekly's title opens with its day
("3/2/2021 Trustees delay vote …"), a board's title row closes with it ("… 출연 2023-04-12 |"),
a clipping's citation ends its line ("… The Valley Gazette, 18 March 2021."), a TV archive's
programme line prints its air time ("… March 2, 2017 5:00pm-5:31pm CST"), a page scraped onto
one line prints it between its headline and its byline ("… 2021-01-13 Dana Holt, reporter …").
A date that is one of the headline's words ("… on the roads for 3 June 2024", "Tour 2019
(14-30 June)") is a thing's day, not the page's.

A theme may print the headline again on one of the first lines under it with the day closing
it ("Church bulletins and what they tell October 24, 2021"), or opening it, glued to it or not,
over a photograph's caption ("14.05.2020Pier reopens. Photo: archive"): that day is the page's,
as the echo of the headline sets it apart from the words.

A briefing's page may print its clock time alone on the line over a headline that closes with
its place and day ("11:47" over "Briefing by the press secretary, Moscow, March 5, 2025"): the
day's time, read in the zone of the city the headline's dateline names; over a headline naming
no such city the clock is another thing's (a video's length over its title).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Final

import regex

from normalize.options import Options
from normalize.timestamps.datelines import FALLBACK_RANK, Dateline
from normalize.timestamps.lines import (
    Context,
    Reading,
    context,
    line_starts,
    lines_under,
    prepare,
)
from normalize.timestamps.mastheads import town_zones
from normalize.timestamps.reading import read_segment

# What may stand before a date that opens the headline's line, or after one that closes it.
_OPENERS: Final = " [("
_CLOSERS: Final = " .|)]"
# What sets a closing date apart from the headline's words: "…, 18 March 2021", "… | 2023-04-12".
_SEPARATORS: Final = frozenset(",|-–—/:")
# A date's parts with this many words between two of them are the headline's words, not one date:
# "2021 Spring fair on the green, 4 April" holds a year and a day of its own.
_SCATTERED_WORDS: Final = 3
# A day as machines print it, year first: 2023-04-12 (prose writes a date otherwise).
_ISO_DAY: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# The crumbs of an archive's trail by date: the year, the month's name or number and the day,
# each between the trail's marks ("» 2016»Апрель»9 »", "> 2016 > 04 > 09 >").
_DATED_TRAIL: Final = regex.compile(
    r"""(?:^|[»>›])[ ]*(?P<y>(?:19|20)[0-9]{2})[ ]*[»>›]
        [ ]*(?P<m>\p{L}+|[0-9]{1,2})[ ]*[»>›][ ]*(?P<d>[0-9]{1,2})[ ]*[»>›]""",
    regex.VERBOSE,
)
# A clock time alone on its line: "06:40".
_LONE_CLOCK: Final = re.compile(r"[0-2]?[0-9]:[0-5][0-9]")
# A dateline's city closing the headline's words before its day, between commas: "…, Moscow, ".
_DATELINE_CITY: Final = regex.compile(r",[ ]*(\p{Lu}[\p{L}.' -]*?)[ ]*,[ ]*$")
# The lines with text under the headline where its echo with a day stands.
_ECHO_BELOW: Final = 3
# What may stand between a day opening a line and the headline's copy after it: spaces, a dash
# or a bar ("14.05.2020 | Pier reopens").
_COPY_MARKS: Final = " -–—|"
# The lines above the headline where its trail stands.
_TRAIL_ABOVE: Final = 2


def headline_dateline(
    lines: Sequence[str], index: int, title: str, options: Options, *, lang: str | None = None
) -> Dateline | None:
    """The date that the headline's line (``lines[index]``) prints set apart from its words, as
    the page's publication dateline of the lowest rank; None when it prints none. Set apart: it
    opens the line, or closes it after a separator (a date and time, or a machine's year-first
    day, after a word too), or stands within brackets of its own beside a programme's or an
    outlet's name, or the headline (``title``) ends right before it, cut there from the words
    after the date (a byline). ``lang`` is the headline's language, whose conventions the date
    follows.

    >>> lines = ["Menu", "3/2/2021 Trustees delay vote on water rates", "Body."]
    >>> found = headline_dateline(lines, 1, lines[1], Options(), lang="en")
    >>> str(found.reading.value), found.start, found.end
    ('2021-03-02 00:00:00+00:00', 5, 13)
    >>> line = "Road deaths for 3 June 2024 fell"
    >>> headline_dateline([line], 0, line, Options(), lang="en") is None
    True
    >>> line = "Pier reopens 2024-06-03 Dana Holt reports"
    >>> str(headline_dateline([line], 0, "Pier reopens", Options()).reading.value)
    '2024-06-03 00:00:00+00:00'
    """
    line = lines[index]
    ctx = context(options, lang)
    reading = _after_title(line, title, ctx) or read_segment(prepare(line), 0, len(line), ctx)
    if reading.value is None or reading.shape not in ("date", "full"):
        return None
    if _scattered(line, reading.spans):
        return None
    first = min(start for start, _ in reading.spans)
    last = max(end for _, end in reading.spans)
    cut = bool(title) and line[:first].rstrip().endswith(title)
    if not cut and not _set_apart(line, first, last, full=reading.shape == "full"):
        return None
    clock = _clock_over(lines, index) if reading.shape == "date" else None
    if clock is not None:
        reading = _timed(line[first:last], clock, line[:first], options, lang) or reading
    offset = line_starts(lines[:index])[-1]
    return Dateline(index, "published", FALLBACK_RANK, reading, offset + first, offset + last)


def _after_title(line: str, title: str, ctx: Context) -> Reading | None:
    """The date right after the headline (``title``) that opens the line, glued to its last
    word or after spaces, with its spans placed on the whole line; None when the line does not
    open with the headline or no date follows it at once. Read apart from the headline's
    words, which may name a day of their own first ("3 June: fair opens on the green14.05.2024").

    >>> ctx = context(Options(), "en")
    >>> line = "3 June: fair opens on the green14.05.2024"
    >>> found = _after_title(line, "3 June: fair opens on the green", ctx)
    >>> str(found.value), found.spans
    ('2024-05-14 00:00:00+00:00', [(31, 41)])
    >>> _after_title(line, line, ctx) is None
    True
    """
    if not title or not line.startswith(title) or not line[len(title) :].strip():
        return None
    skip = len(title)
    reading = read_segment(prepare(line), skip, len(line), ctx)
    opening = len(line[skip:]) - len(line[skip:].lstrip())
    if reading.value is None or not reading.spans:
        return None
    if min(start for start, _ in reading.spans) != opening:
        return None
    return reading._replace(spans=[(start + skip, end + skip) for start, end in reading.spans])


def _clock_over(lines: Sequence[str], index: int) -> str | None:
    """The clock time alone on the line with text right over the headline's line
    (``lines[index]``): a briefing's time over its headline's day; None when that line holds
    anything else.

    >>> _clock_over(["11:47", "", "Briefing, Moscow, March 5, 2025"], 2)
    '11:47'
    >>> _clock_over(["11:47", "Press room", "Briefing, Moscow, March 5, 2025"], 2) is None
    True
    """
    above = next((lines[at].strip() for at in range(index - 1, -1, -1) if lines[at].strip()), "")
    return above if _LONE_CLOCK.fullmatch(above) else None


def _timed(
    date: str, clock: str, before: str, options: Options, lang: str | None
) -> Reading | None:
    """The headline's day (``date``) at a clock time printed apart from it, in the zone of the
    city its dateline names right before the day (``before``, between commas: "…, Moscow, "),
    one of the dateline or home cities; None when no such city names the day's place (a
    video's length over its title, "04:12" over "Council meeting, March 5, 2025") or the two
    read as no date and time.

    >>> str(_timed("March 5, 2025", "11:47", "Briefing, Moscow, ", Options(), "en").value)
    '2025-03-05 08:47:00+00:00'
    >>> _timed("March 5, 2025", "04:12", "Council meeting, ", Options(), "en") is None
    True
    """
    city = _DATELINE_CITY.search(before)
    zone = town_zones().get(city[1].lower()) if city is not None else None
    if zone is None:
        return None
    ctx = context(options, lang)._replace(dateline_zone=zone)
    text = f"{date} {clock}"
    timed = read_segment(prepare(text), 0, len(text), ctx)
    return timed if timed.value is not None and timed.shape == "full" else None


def echo_dateline(
    lines: Sequence[str], index: int, title: str, options: Options, *, lang: str | None = None
) -> Dateline | None:
    """The date closing one of the first lines with text under the headline's line
    (``lines[index]``) that prints the headline (``title``) again right before it, word for
    word, or opening one that prints it right after it (see `_opening_day`), as the page's
    publication dateline of the lowest rank; None when no line echoes the headline so.
    ``lang`` is the headline's language, whose conventions the date follows.

    >>> lines = ["Pier bulletins and what they tell", "", "Pier bulletins and what they tell"
    ...     " October 24, 2021", "Text."]
    >>> found = echo_dateline(lines, 0, lines[0], Options(), lang="en")
    >>> str(found.reading.value), found.line
    ('2021-10-24 00:00:00+00:00', 2)
    >>> echo_dateline(["Pier reopens", "Pier reopens for 3 June 2024 fell"], 0, "Pier reopens",
    ...     Options()) is None
    True
    """
    if not title:
        return None
    for at in lines_under(lines, index, _ECHO_BELOW):
        offset = line_starts(lines[:at])[-1]
        if not lines[at].lstrip().startswith(title):
            opening = _opening_day(lines[at], title, context(options, lang))
            if opening is not None:
                first = min(start for start, _ in opening.spans)
                last = max(end for _, end in opening.spans)
                return Dateline(
                    at, "published", FALLBACK_RANK, opening, offset + first, offset + last
                )
            continue
        found = headline_dateline(lines, at, title, options, lang=lang)
        if found is not None and lines[at][: found.start - offset].strip() == title:
            return found
    return None


def _opening_day(line: str, title: str, ctx: Context) -> Reading | None:
    """The date that opens the line right before the headline (``title``) printed again after
    it, glued to it, spaced or set apart by a dash or a bar ("14.05.2020Pier reopens. Photo:
    archive", a photograph's caption repeating the headline under its day); None when the line
    holds no copy of the headline or anything else stands before it.

    >>> ctx = context(Options(), "en")
    >>> str(_opening_day("14.05.2020Pier reopens. Photo: archive", "Pier reopens", ctx).value)
    '2020-05-14 00:00:00+00:00'
    >>> _opening_day("Since 14.05.2020 Pier reopens", "Pier reopens", ctx) is None
    True
    """
    at = line.find(title)
    if at <= 0:
        return None
    head = line[:at]
    reading = read_segment(prepare(head), 0, len(head), ctx)
    if reading.value is None or reading.shape not in ("date", "full") or not reading.spans:
        return None
    first = min(start for start, _ in reading.spans)
    last = max(end for _, end in reading.spans)
    if head[:first].strip(_OPENERS) or head[last:].strip(_COPY_MARKS):
        return None
    return reading


def trail_dateline(
    lines: Sequence[str], index: int, options: Options, *, lang: str | None = None
) -> Dateline | None:
    """The day an archive's trail by date prints on one of the two lines over the headline
    (``lines[index]``), its crumbs the year, the month and the day (see `_DATED_TRAIL`), with the
    clock time alone on the line under the headline when there is one, as the page's publication
    dateline of the lowest rank; None when no trail above the headline is dated so. ``lang`` is
    the headline's language, whose zone the time is read in.

    >>> lines = ["Главная » 2016»Апрель»9 » Сад на балконе", "Сад на балконе", "18:05", "Текст."]
    >>> found = trail_dateline(lines, 1, Options(), lang="ru")
    >>> str(found.reading.value), found.line, found.start, found.end
    ('2016-04-09 15:05:00+00:00', 0, 10, 23)
    >>> found = trail_dateline(["Home > 2016 > 04 > 09 > Garden", "Garden"], 1, Options())
    >>> str(found.reading.value)
    '2016-04-09 00:00:00+00:00'
    """
    for above in range(index - 1, max(index - _TRAIL_ABOVE, 0) - 1, -1):
        found = _DATED_TRAIL.search(lines[above])
        if found is not None:
            break
    else:
        return None
    year, month, day = found["y"], found["m"], found["d"]
    text = f"{year}-{month}-{day}" if month.isdigit() else f"{day} {month} {year}"
    under = lines[index + 1].strip() if index + 1 < len(lines) else ""
    if _LONE_CLOCK.fullmatch(under):
        text = f"{text} {under}"
    reading = read_segment(prepare(text), 0, len(text), context(options, lang))
    if reading.value is None or reading.shape not in ("date", "full"):
        return None
    offset = line_starts(lines[:above])[-1]
    start, end = offset + found.start("y"), offset + found.end("d")
    return Dateline(above, "published", FALLBACK_RANK, reading, start, end)


def _scattered(line: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether words of the line, three or more, stand between two of the parts a date was
    read from (``spans``): a year opening the headline and a day among its words later are
    two things' ("2021 Easter service set for 4 April at the cathedral"), no date set apart.

    >>> line = "2021 Easter service set for 4 April at the cathedral"
    >>> _scattered(line, [(28, 35), (0, 4)]), _scattered("4 April 2021 Easter", [(0, 12)])
    (True, False)
    """
    placed = sorted(spans)
    return any(
        sum(1 for word in line[end:start].split() if any(c.isalpha() for c in word))
        >= _SCATTERED_WORDS
        for (_, end), (start, _) in pairwise(placed)
    )


def _set_apart(line: str, first: int, last: int, *, full: bool) -> bool:
    """Whether the date at ``first``..``last`` of the line opens it, closes it (see
    `_SEPARATORS`) or stands in brackets of its own (see `_bracketed`)."""
    before, after = line[:first], line[last:]
    if not before.strip(_OPENERS):
        return True
    if not after.strip(_CLOSERS):
        separated = before.rstrip()[-1:] in _SEPARATORS
        return separated or full or _ISO_DAY.fullmatch(line, first, last) is not None
    return _bracketed(before, after)


def _bracketed(before: str, after: str) -> bool:
    """Whether the text around a date opens a bracket before it and closes it after it, none
    other in between: "(HBS 2023.10.20. 금 방송)", not "Tour 2019 (14-30 June)"."""
    opening, closing = before.rfind("("), after.find(")")
    if opening < 0 or closing < 0:
        return False
    return ")" not in before[opening:] and "(" not in after[:closing]
