"""Relative times: offsets from now ("2시간 전", "вчера в 14:05", "in 3 days") and lone clock
times, resolved only against the caller's ``now``; nothing here reads the wall clock.
"""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta, tzinfo

from normalize.timestamps.grammar import Match, grammar, key
from normalize.timestamps.lines import NOTHING, Clock, Context, Line, Reading, quote
from normalize.timestamps.zones import zone_or_default


def is_date(year: int, month: int, day: int) -> bool:
    """Whether the calendar has this day.

    >>> is_date(2024, 2, 29), is_date(2023, 2, 29)
    (True, False)
    """
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def needs_now(segment: str) -> str:
    """The warning of a relative time read without a reference time."""
    reference = "needs a reference time (now= or a fetched-at column)"
    return f"timestamp_relative: {quote(segment)} {reference}"


def read_relative(
    segment: str,
    masked: str,
    clock: Clock | None,
    zone: tzinfo | None,
    usual: str | None,
    spans: list[tuple[int, int]],
    ctx: Context,
    line: Line,
) -> Reading:
    """Offsets from now (2시간 전, вчера в 14:05, in 3 days) and lone clock times, in the
    stated zone (``usual``: what was assumed when it is an ambiguous abbreviation's usual
    meaning), else the one `zone_or_default` gives."""
    g = grammar()
    # Korean glues units and direction to numbers (2시간전): no word gate for Hangul.
    wanted = bool(line.words & g.gates["relative"]) or line.hangul
    calendar: dict[str, float] = {}
    days = 0
    found_any = False
    direction = 0
    pairs: list[Match] = []
    halves: list[tuple[str, float]] = []
    pointers: list[tuple[int, int]] = []  # where the direction words stand
    for token in g.relative.finditer(masked) if wanted else ():
        kind = token.lastgroup
        if kind in ("unit", "word_unit", "lone_unit"):
            pairs.append(token)
            continue
        spans.append(token.span())
        if kind == "past":
            direction = direction or -1
            pointers.append(token.span())
            continue
        if kind == "future":
            direction = direction or 1
            pointers.append(token.span())
            continue
        found_any = True
        word = key(token[0])
        if kind == "less":
            calendar["seconds"] = -float(g.less_than_words[word])
        elif kind == "day":
            days = g.day_words[word]
        elif kind == "period":
            unit, step = g.period_words[word]
            calendar[unit] = float(step)
        elif kind == "half":
            halves.append(g.half_units[word])
    # A unit alone counts only with a direction word: "час назад", not "a third day".
    direction = direction or -1
    for unit, size in halves:  # полгода спустя: the direction may come after
        calendar[unit] = calendar.get(unit, 0.0) + size * direction
    sign = 0
    amount: float
    for pair in pairs:
        unit_group = pair.lastgroup or "unit"  # the unit closes each of these branches
        unit_words = pair[unit_group]
        if unit_group == "lone_unit":
            # A unit alone, and not after a number too long to read.
            before = masked[max(0, pair.start(unit_group) - 8) : pair.start(unit_group)].rstrip()
            if len(unit_words) < 3 or before[-1:].isdigit():
                continue
            if not _beside_direction(masked, pair.start(unit_group), pair.end(), pointers):
                continue
        if unit_group == "unit":
            if pair["sign"]:
                sign = 1 if pair["sign"] == "+" else -1
            amount = float(pair["num"].replace(",", "."))
        elif unit_group == "word_unit":
            amount = g.numbers[key(pair["word"])]
        else:
            amount = 1.0
        unit = g.units[key(unit_words).rstrip(".")]
        calendar[unit] = calendar.get(unit, 0.0) + amount * (sign or direction)
        spans.append(pair.span())
        found_any = True
    if not found_any and clock is None:
        return NOTHING
    shape = "relative" if found_any else "clock"
    if clock is not None and (clock.hour > 24 or clock.minute > 59 or clock.second > 60):
        return Reading(None, f"timestamp_unparsed: {quote(segment)}", None, spans, shape)
    if ctx.now is None:
        return Reading(None, needs_now(segment), None, spans, shape)
    zone_used, assumed = zone_or_default(zone, usual, line, ctx)
    try:
        value = _shift(ctx.now, zone_used, calendar, days, clock)
    except (OverflowError, ValueError):
        return Reading(None, f"timestamp_unparsed: {quote(segment)}", None, spans, shape)
    return Reading(value, None, assumed, spans, shape, _precision(calendar, days, clock))


def _beside_direction(masked: str, start: int, end: int, pointers: list[tuple[int, int]]) -> bool:
    """Whether a direction word stands next to the unit from ``start`` to ``end``, only spaces
    between: "час назад", "через неделю"; not "Second Round in Review", where "in" points at
    nothing the ordinal "Second" counts.

    >>> _beside_direction("час назад", 0, 3, [(4, 9)])
    True
    >>> _beside_direction("Second Round in Review", 0, 6, [(13, 15)])
    False
    """
    return any(
        not masked[end:left].strip() if left >= end else not masked[right:start].strip()
        for left, right in pointers
    )


def _shift(
    now: datetime,
    zone: tzinfo,
    calendar: dict[str, float],
    days: int,
    clock: Clock | None,
) -> datetime:
    """Now moved: months, years and days on the zone's wall clock, hours and less exactly."""
    get = calendar.get
    months = get("months", 0.0) + 12 * get("years", 0.0) + 120 * get("decades", 0.0)
    whole_months = int(months)
    day_count = days + get("days", 0.0) + 7 * get("weeks", 0.0) + 30 * (months - whole_months)
    seconds = 3600 * get("hours", 0.0) + 60 * get("minutes", 0.0) + get("seconds", 0.0)
    whole_days = math.floor(day_count)
    if not whole_months and not whole_days and clock is None:
        # nothing moves on the wall clock (2 hours ago, just now): the instant moves exactly
        return now.astimezone(UTC) + timedelta(days=day_count, seconds=seconds)
    local = now.astimezone(zone).replace(tzinfo=None)
    if whole_months:
        local = _add_months(local, whole_months)
    if whole_days:
        local += timedelta(days=whole_days)
    if clock is not None and not seconds:
        hour, minute, second, micro = clock.hour, clock.minute, clock.second, clock.microsecond
        if hour > 23 or minute > 59 or second > 59:
            raise ValueError("clock time out of range")
        local = local.replace(hour=hour, minute=minute, second=second, microsecond=micro)
        return local.replace(tzinfo=zone).astimezone(UTC)
    exact = timedelta(days=day_count - whole_days, seconds=seconds)
    return local.replace(tzinfo=zone).astimezone(UTC) + exact


def _add_months(moment: datetime, months: int) -> datetime:
    """Calendar months added, the day clamped to the month's length (Jan 31 + 1 month: Feb 29)."""
    if months == 0:
        return moment
    index = moment.year * 12 + moment.month - 1 + months
    year, month = divmod(index, 12)
    day = moment.day
    while day > 28 and not is_date(year, month + 1, day):
        day -= 1
    return moment.replace(year=year, month=month + 1, day=day)


def _precision(calendar: dict[str, float], days: int, clock: Clock | None) -> str:
    """What a relative time states: the time of day when it prints a clock or counts hours,
    minutes or seconds; else only the day ("вчера", "3 days ago", "last week")."""
    if clock is not None:
        return clock.precision
    if calendar.get("seconds"):
        return "second"
    if calendar.get("minutes") or calendar.get("hours"):
        return "minute"
    return "day" if days or calendar else "minute"
