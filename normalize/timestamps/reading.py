"""Reading one segment of a line (the text after a label, or a whole short string): its date,
its clock time, its zone, and from them one instant.

A segment with no date is handed to ``relative.read_relative`` (offsets from now and lone
clock times).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import Final, NamedTuple

import regex

from normalize.timestamps.durations import a_length
from normalize.timestamps.grammar import Grammar, Match, Pattern, grammar, key
from normalize.timestamps.hyphened import ends_a_number, opens_a_name
from normalize.timestamps.lines import (
    NOTHING,
    Clock,
    Context,
    Line,
    Reading,
    conventions,
    mask_all,
    quote,
)
from normalize.timestamps.periods import closes_a_period
from normalize.timestamps.relative import is_date, needs_now, read_relative
from normalize.timestamps.zones import month_first, stated_zone, utc, zone_or_default

_DIGIT: Final = re.compile(r"\d")
# What a numeric date needs: digits on both sides of a separator (2024-05-17, 17.05.2024), a
# year's four digits before a comma (2020,10,22) or spaced parts before a clock time
# (2023 04 16 19:42).
_SEPARATED_DIGITS: Final = re.compile(r"\d\s?[-./]\s?\d|\d{4},\d|\d{4}\s\d\d\s\d\d\s\d\d?:")
# A letter or a digit: what a word or a number between a date and a clock time holds.
_WORD_MARK: Final = regex.compile(r"[\p{L}\d]")
# A dash or a tilde between two days, at most three spaces on each side: a span of days.
_SPAN_DASH: Final = re.compile(r"\s{0,3}[-~〜]\s{0,3}")
# A letter: a half-day word ("pm", "오후") in a clock time's span.
_LETTER: Final = regex.compile(r"\p{L}")
# A run of letters, a word of a clause between a yearless date and a year apart from it, and
# how many such words part a record's year from its day (see `_year_joins`).
_LETTERS: Final = regex.compile(r"\p{L}+")
_CLAUSE_WORDS: Final = 3
# What a bare hour needs (9 pm, 5 утра, 2 часа дня), looked for before its pattern is tried.
_BARE_HOUR_HINT: Final = re.compile(r"\d\W{0,3}[apувнч]")


def _clock_first(text: str, clock: Clock | None, date_start: int) -> bool:
    """Whether a clock time of the day's 24 hours, no half-day word, stands before the date:
    the day-first order's way of printing both ("14:22 12/02/2014"), not the month-first's
    ("12/02/2014 2:22 PM").

    >>> text = "last updated 14:22 12/02/2014"
    >>> _clock_first(text, Clock(14, 22, 0, 0, 13, 18, "minute"), 19)
    True
    """
    return (
        clock is not None
        and clock.end <= date_start
        and not _LETTER.search(text, clock.start, clock.end)
    )


class _DateParts(NamedTuple):
    """What a date match says: year, month and day where known, or two numbers whose order
    the language decides (05.06.2024)."""

    year: int | None
    month: int | None
    day: int | None
    order_free: tuple[int, int] | None


def read_segment(line: Line, start: int, end: int, ctx: Context) -> Reading:
    """The instant one segment of a line states, or the reason it states none.

    The whole line's words (a Korean label) hint at the zone; its word set gates the patterns.
    """
    g = grammar()
    segment, text, words = line.text[start:end], line.low[start:end], line.words
    relative = bool(words & g.gates["relative"]) or line.hangul
    if not relative and not _DIGIT.search(text) and not words & g.gates["clock"]:
        return NOTHING  # no number, no relative word, no noon: no time
    spans: list[tuple[int, int]] = []
    found_date = _date_match(text, words, g)
    if found_date is not None and _opens_a_span(text, found_date, words, g):
        return NOTHING  # an event's run of days, "Jan. 10 – Feb. 29, 2020", dates nothing
    if found_date is not None:
        spans.append(found_date.span())
        spans.extend(_glued_copy(text, found_date, g))
    # Dates hold no colon, "시" or half-day word, so the clock patterns run on the text as is;
    # only the dotted clock (13.12), read after a date, must not see the date's own dots.
    clock_spans: list[tuple[int, int]] = []
    clock = _clock(text, found_date, clock_spans, words, g)
    before = found_date is not None and _clock_first(text, clock, found_date.start())
    if before and a_length(clock, ctx):  # a clip's length before its day ("2:07 | 11/09/20")
        clock, clock_spans = None, []
    if clock is not None and found_date is not None:
        clock = _date_clock(text, found_date, clock, clock_spans, words, g)
    spans.extend(clock_spans if clock is not None else ())
    anchors = [clock.end] if clock is not None else []
    if found_date is not None:
        anchors.append(found_date.end())
    zone, usual, zone_day_first = stated_zone(text, anchors, spans, ctx, words, g)
    if found_date is None:
        masked = mask_all(text, spans)
        return read_relative(segment, masked, clock, zone, usual, spans, ctx, line)
    year, month, day, order_free = _date_parts(found_date, g)
    if year is None:
        # a year standing apart from its date: Wed Aug 05 12:00:00 EDT 2015
        lone = g.lone_year.search(text)
        if lone is not None and _year_joins(text, found_date, lone, g):
            year = int(lone["y"])
            spans.append(lone.span())
    if year is None:
        shape = "yearless_clock" if clock is not None else "yearless"
    else:
        shape = "full" if clock is not None else "date"
    if order_free is not None:
        first, second = order_free
        if conventions(line, ctx) == "ko" and len(found_date["y"]) == 2:
            # Korean sites shorten the year in front: 24.05.17 is 2024-05-17
            year, month, day = _year(found_date["a"]), second, int(found_date["y"])
        else:
            in_order = month_first(line, ctx, zone_day_first) and not _clock_first(
                text, clock, found_date.start()
            )
            first_is_month = (in_order and first <= 12) or second > 12
            month, day = (first, second) if first_is_month else (second, first)
    if month is None or day is None:
        return Reading(None, f"timestamp_unparsed: {quote(segment)}", None, spans, shape)
    if clock is None:
        hour = minute = second = micro = 0
    else:
        hour, minute, second, micro = clock.hour, clock.minute, clock.second, clock.microsecond
    if year is None:
        if ctx.now is None:
            return Reading(None, needs_now(segment), None, spans, shape)
        zone_used, assumed = zone_or_default(zone, usual, line, ctx)
        today = ctx.now.astimezone(zone_used).date()
        year = today.year
        if is_date(year, month, day) and date(year, month, day) > today + timedelta(days=1):
            year -= 1
    if not is_date(year, month, day) or minute > 59 or second > 60 or hour * 60 + minute > 1440:
        return Reading(None, f"timestamp_unparsed: {quote(segment)}", None, spans, shape)
    if clock is None:
        # A day with no time of day falls on the printed day in UTC: its instant is that day's
        # midnight in UTC, whatever the zone, and its precision says so.
        return Reading(datetime(year, month, day, tzinfo=UTC), None, None, spans, shape, "day")
    zone_used, assumed = zone_or_default(zone, usual, line, ctx)
    if hour < 24:  # built in its zone at once: the earlier reading of a repeated hour (fold 0)
        local = datetime(year, month, day, hour, minute, min(second, 59), micro, zone_used)
    else:  # 24:00 is the next midnight, which 9999-12-31 lacks
        try:
            local = datetime(year, month, day) + timedelta(
                hours=hour, minutes=minute, seconds=min(second, 59), microseconds=micro
            )
        except OverflowError:
            return Reading(None, f"timestamp_unparsed: {quote(segment)}", None, spans, shape)
    value = utc(local, zone_used)
    if value is None:
        return Reading(None, f"timestamp_unparsed: {quote(segment)}", None, spans, shape)
    return Reading(value, None, assumed, spans, shape, clock.precision)


def _opens_a_span(text: str, found: Match, words: frozenset[str], g: Grammar) -> bool:
    """Whether the date opens a span of days: another date right after it past a dash or a
    tilde, at most three spaces on each side ("jan. 10 - feb. 29, 2020", an en dash read as a
    hyphen; "2024.03.04 ~ 2024.03.29"), an exhibition's or an application's run, not a stamp.
    """
    dash = _SPAN_DASH.match(text, found.end())
    if dash is None:
        return False
    following = _date_match(text[dash.end() :], words, g)
    return following is not None and following.start() == 0


def _glued_copy(text: str, found: Match, g: Grammar) -> list[tuple[int, int]]:
    """The span of the date's short copy glued right after it, of the same day, read with it
    once: "14 февраля14 фев", a card's long and short forms run together; none otherwise.

    >>> g = grammar()
    >>> _glued_copy("14 февраля14 фев", g.month_date.match("14 февраля14 фев"), g)
    [(10, 16)]
    """
    if found.re is not g.month_date or found["d"] is None:
        return []
    copy = g.month_date.match(text, found.end())
    return [copy.span()] if copy is not None and copy["d"] == found["d"] else []


def date_span(line: Line) -> tuple[int, int] | None:
    """Where the leftmost date the grammar reads in a prepared line stands, or None.

    >>> from normalize.timestamps.lines import prepare
    >>> date_span(prepare("Entries close on 4 May 2026")), date_span(prepare("No date"))
    ((17, 27), None)
    """
    if not _DIGIT.search(line.low):
        return None
    found = _date_match(line.low, line.words, grammar())
    return found.span() if found is not None else None


def _date_match(text: str, words: frozenset[str], g: Grammar) -> Match | None:
    """The leftmost date of the text, trying only the patterns whose marks it holds."""
    separated = ("-" in text or "." in text or "/" in text or "," in text or ":" in text) and (
        _SEPARATED_DIGITS.search(text) is not None  # not the dots of "p.m." alone
    )
    return _leftmost(
        text,
        g.date if separated else None,
        g.numeric_date if separated else None,
        g.korean_date if "월" in text or "月" in text else None,
        g.month_date if words & g.gates["month"] else None,
    )


def _year_joins(text: str, found_date: Match, lone: Match, g: Grammar) -> bool:
    """Whether a year standing apart from a yearless date is that date's: past a clock time, a
    zone, a weekday or a joining word ("Wed Aug 05 12:00:00 EDT 2015"), not past a clause of
    three words or more, a record's year in a sentence ("9 марта самая высокая температура была
    в 1990 году": the year the warmest 9 March fell in, no day the page prints).
    """
    if found_date.start() < lone.start():
        gap = text[found_date.end() : lone.start()]
    else:
        gap = text[lone.end() : found_date.start()]
    return len(_LETTERS.findall(g.noise_word.sub(" ", gap))) < _CLAUSE_WORDS


def _tells_time_of(text: str, found_date: Match, clock: Clock, g: Grammar) -> bool:
    """Whether a clock time tells the time of day of the segment's date: next to it, or apart
    from it only by punctuation, a bar or a dash, a weekday, a joining word ("at", "в",
    "года"), the zone of the clock before the date ("16:00 CET, 8 November 2025") or a line
    break (a date's line completed by a clock time alone, see `datelines`). A clock time
    past other words is another thing's: "Saturday, 8 November 2025 Premier League 16:00
    CET", a fixture's kick-off under the day's heading.
    """
    if found_date.start() < clock.start:
        gap_start, gap_end = found_date.end(), clock.start
    else:
        gap_start, gap_end = clock.end, found_date.start()
    gap = text[gap_start:gap_end]
    if "\n" in gap or gap.strip() == "t":
        return True
    zone = g.zone_after.match(text, gap_start)
    if zone is not None and zone.end() <= gap_end:
        gap = gap[zone.end() - gap_start :]
    return _WORD_MARK.search(g.noise_word.sub(" ", gap)) is None


def _date_clock(
    text: str,
    found_date: Match,
    clock: Clock,
    spans: list[tuple[int, int]],
    words: frozenset[str],
    g: Grammar,
) -> Clock | None:
    """The clock time that tells the date's time of day: the text's first one, or, when that
    one stands before the date and is another thing's (a programme's hour in its name: "Dawn
    Show 6am  KXYZ  March 8, 2023 6:00am-7:00am EST"), the first one after the date; ``spans``
    holds the span of the one kept, if any.
    """
    if _tells_time_of(text, found_date, clock, g):
        return clock
    spans.clear()
    if clock.start > found_date.start():
        return None
    after = _clock(mask_all(text, [(0, found_date.end())]), found_date, spans, words, g)
    if after is None or not _tells_time_of(text, found_date, after, g):
        spans.clear()
        return None
    return after


def _date_parts(found: Match, g: Grammar) -> _DateParts:
    """Year, month and day of a date match, or its two numbers of open order."""
    year_digits = found["y"]
    month = day = None
    order_free = None
    if found.re is g.month_date:
        if found["mon"] is None:  # the month name before the day
            month = g.months.get(key(found["mon2"]).rstrip("."))
            day, year_digits = int(found["d2"]), found["y2"]
        else:
            month = g.months.get(key(found["mon"]).rstrip("."))
            day = int(found["d"])
    elif found.re is g.numeric_date:
        order_free = (int(found["a"]), int(found["b"]))
    else:
        month, day = int(found["m"]), int(found["d"])
    year = _year(year_digits) if year_digits is not None else None
    return _DateParts(year, month, day, order_free)


def _leftmost(text: str, *patterns: Pattern | None) -> Match | None:
    """The earliest (then longest) match of several patterns; None stands for a skipped one."""
    best: Match | None = None
    for pattern in patterns:
        if pattern is None:
            continue
        found = pattern.search(text)
        while found is not None and (ends_a_number(text, found) or opens_a_name(text, found)):
            found = pattern.search(text, found.end())
        if found is None:
            continue
        if best is None:
            best = found
            continue
        start, best_start = found.start(), best.start()
        if start < best_start or (start == best_start and found.end() > best.end()):
            best = found
    return best


def _year(digits: str) -> int:
    """A printed year; two digits mean 1970-2069, as newspapers of either century used them."""
    value = int(digits.lstrip("'"))
    if len(digits.lstrip("'")) == 2:
        value += 2000 if value < 70 else 1900
    return value


def _clock(
    text: str,
    found_date: Match | None,
    spans: list[tuple[int, int]],
    words: frozenset[str],
    g: Grammar,
) -> Clock | None:
    """The clock time of the text (its half of the day read), with its span added to ``spans``."""
    found = _leftmost(
        text,
        g.time if ":" in text or "：" in text else None,
        g.hour_mark if "h" in text else None,
        g.korean_time if "시" in text else None,
        g.bare_hour if words & g.gates["half_day"] and _BARE_HOUR_HINT.search(text) else None,
    )
    if found is None and found_date is not None:
        found = g.dotted_time.search(mask_all(text, [found_date.span()]))
        if found is not None and closes_a_period(text, found_date.span(), found.span()):
            found = None  # the date's period's closing day (see `periods`), no clock time
    if found is None:
        word = g.clock_word.search(text) if words & g.gates["clock"] else None
        if word is None:
            return None
        spans.append(word.span())
        return Clock(g.clock_words[key(word["w"])], 0, 0, 0, word.start(), word.end(), "minute")
    named = found.re.groupindex
    hour = int(found["H"] if found["H"] is not None else found["H2"])
    minute = int(found["M"] or 0) if "M" in named else 0
    second = int(found["S"] or 0) if "S" in named else 0
    fraction = found["F"] if "F" in named else None
    micro = int((fraction + "000000")[:6]) if fraction else 0
    start, end = found.span()
    half: str | None = None
    if words & g.gates["meridiem"]:
        after = g.meridiem_after.match(text, end)
        before = None if after else g.meridiem_before.search(text, max(0, start - 12), start)
        if after is not None:
            half = g.meridiems[key(after["ap"])]
            end = after.end()
        elif before is not None:
            half = g.meridiems[key(before["ap"])]
            start = before.start()
    if half is not None and 1 <= hour <= 12:
        hour = hour % 12 + (12 if half == "pm" else 0)
    spans.append((start, end))
    precision = "second" if "S" in named and found["S"] is not None else "minute"
    return Clock(hour, minute, second, micro, start, end, precision)
