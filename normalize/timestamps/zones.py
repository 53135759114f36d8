"""Zones: the one a text states, the one a reader of the page would assume, and UTC instants.

A zone is taken from the text when it states one. An abbreviation that means different zones
in different countries (IST, CST, BST, ...) is read in the caller's ``default_tz`` when that is
one of them, else in the one of them whose places the page names, else in the zone its readers
overwhelmingly mean in news text, the first of its choices in the zone facts (IST is India's),
and the row warns ``timezone_assumed``. With no zone in the text the
caller's ``default_tz`` applies; without it, the zone a reader of the page would assume (the
``zone`` of the language the line's own letters or the page are in), else the zone of the city
the article's agency dateline names ("SEOUL, March 8 (Agency) --") or its byline names ("By Jane
Roe, Seoul Daily Courier"), else the one zone the page's other times state ("aired at 22:00
KST", "Updated 08:01 pm IST": see `publisher`), else the zone of the state its footer's
postal address names, else the zone of the one country whose news agencies the page credits
("(Yonhap)"), else UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone, tzinfo

from normalize.cache import memo, once
from normalize.facts import language_info, zones
from normalize.options import named_zone
from normalize.timestamps.clock_ranges import RANGE_CLOSE, closes_range
from normalize.timestamps.grammar import Grammar, Match, grammar, key
from normalize.timestamps.lines import Context, Line, conventions, own_conventions

# The westmost zone where people live is this many hours behind UTC (Samoa's neighbours).
WESTMOST = 11


def stated_zone(
    text: str,
    anchors: list[int],
    spans: list[tuple[int, int]],
    ctx: Context,
    words: frozenset[str],
    g: Grammar,
) -> tuple[tzinfo | None, str | None, bool]:
    """The zone the text states after its clock time or date (``anchors``), or in words
    anywhere, with its span added to ``spans``, what was assumed when that is an ambiguous
    abbreviation that neither the caller's zone nor the page's places settle (see
    `_resolve_ambiguous`), and whether the abbreviation is of countries that write the day first
    (see `day_first_abbreviation`). A signed clock time with its half of the day after the clock
    is the close of a slot ("6:00pm-6:30pm GMT"), not an offset: the zone follows it."""
    ambiguous: str | None = None
    for anchor in anchors:
        if not text[anchor : anchor + 8].strip(" ,"):
            continue  # nothing follows the clock or date
        # "06:00-06:30": a range's closing clock, no offset; a zone may follow it
        position = anchor + RANGE_CLOSE if closes_range(text, anchor) else anchor
        for _ in range(3):
            found = g.zone_after.match(text, position)
            if found is None or _overlaps(found.span(), spans):
                break
            position = found.end()
            closing = g.meridiem_after.match(text, position) if found["sign"] else None
            if closing is not None:  # "5:00pm-5:31pm": a slot's closing clock, no offset
                position = closing.end()
                continue
            zone = zone_of(found)
            if zone is not None:
                spans.append(found.span())
                return zone, None, day_first_abbreviation(found["abbr"])
            if found["abbr"] is not None:
                spans.append(found.span())
                ambiguous = ambiguous or found["abbr"]
    anywhere = g.zone_anywhere.search(text) if words & g.gates["zone"] else None
    if anywhere is not None:
        spans.append(anywhere.span())
        return zone_of(anywhere), None, False
    if ambiguous is None:
        return None, None, False
    return (*_resolve_ambiguous(ambiguous, ctx), day_first_abbreviation(ambiguous))


def day_first_abbreviation(abbr: str | None) -> bool:
    """Whether every zone an abbreviation may name is of a region that writes the day before
    the month ("IST": India, Ireland and Israel alike; "SGT"), so that a numeric date printed
    with it reads day first ("08-11-2019 14:05 IST" is 8 November). An abbreviation of a fixed
    offset ("CET", "AEST") names no region, nor does UTC; one of several regions writing
    either way ("CST": Chicago or Shanghai) says nothing.

    >>> day_first_abbreviation("IST"), day_first_abbreviation("CST"), day_first_abbreviation(None)
    (True, False, False)
    """
    if abbr is None:
        return False
    g = grammar()
    name = key(abbr)
    named = g.ambiguous.get(name) or ([g.zones[name]] if name in g.zones else [])
    return bool(named) and all(day_first_zone(zone) for zone in named)


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether a span shares characters with any already read (a clock is no zone offset)."""
    return any(span[0] < end and start < span[1] for start, end in spans)


def zone_of(found: Match) -> tzinfo | None:
    """The zone one zone match names; None for an ambiguous abbreviation."""
    g = grammar()
    if found["sign"] is not None:
        spaced = found.start("oh") - found.start("sign") > 1
        return _offset(found["sign"], found["oh"], found["om"], found["pfx"] is not None, spaced)
    if "abbr" in found.re.groupindex and found["abbr"] is not None:
        name = g.zones.get(key(found["abbr"]))
        return named_zone(name) if name is not None else None
    return named_zone(g.zone_phrases[key(found["phrase"])])


@memo(512)
def _offset(
    sign: str, hours: str, minutes: str | None, prefixed: bool, spaced: bool
) -> tzinfo | None:
    """A printed UTC offset as a zone: hours up to 14 and minutes of a quarter hour. Without
    GMT/UTC before it, an offset is its sign touching two-digit hours ("+09", "+0900",
    "-05:00"); a bare "+9" is a count, and a number after a spaced dash ("20:40 - 412", a
    view count; "9:00 - 5:00", a range) is no offset, nor are bare hours west of
    ``WESTMOST`` ("10:00:00-12": no one lives there, the hours close a range)."""
    if not prefixed and (len(hours) < 2 or spaced):
        return None
    oh, om = int(hours), int(minutes or 0)
    if oh > 14 or om % 15 or (not prefixed and minutes is None and sign != "+" and oh > WESTMOST):
        return None
    return timezone((-1 if sign != "+" else 1) * timedelta(hours=oh, minutes=om))


def _resolve_ambiguous(abbr: str, ctx: Context) -> tuple[tzinfo, str | None]:
    """An ambiguous abbreviation means the caller's zone when that zone uses it, else the one
    zone of its choices whose places the page names ("IST" on a page about Delhi), else the
    first of its choices, the zone its readers overwhelmingly mean in news text, with what was
    assumed ("Asia/Kolkata (the usual meaning of IST)")."""
    choices = grammar().ambiguous[key(abbr)]
    if ctx.zone_name is not None and ctx.zone is not None and ctx.zone_name in choices:
        return _standard(abbr, ctx.zone_name) or ctx.zone, None
    named = [choice for choice in choices if choice in ctx.places]
    if len(named) == 1:
        return _standard(abbr, named[0]) or named_zone(named[0]), None
    usual = _standard(abbr, choices[0]) or named_zone(choices[0])
    return usual, f"{choices[0]} (the usual meaning of {abbr.upper()})"


def _standard(abbr: str, zone: str) -> tzinfo | None:
    """The offset an abbreviation of a standard time names in a zone that moves its clocks in
    summer, whatever the season ("CST" in Chicago is UTC-6 in September too, as "EST" is
    UTC-5); None when it names the zone's own clock (``standard_offsets``).

    >>> _standard("CST", "America/Chicago"), _standard("CST", "Asia/Shanghai")
    (datetime.timezone(datetime.timedelta(days=-1, seconds=64800)), None)
    """
    offset = zones()["standard_offsets"].get(key(abbr), {}).get(zone)
    return named_zone(offset) if offset is not None else None


def month_first(line: Line, ctx: Context, stated_day_first: bool = False) -> bool:
    """Whether 05.06.2024 is May 6: in English, unless the line's zone abbreviation is of
    day-first regions (``stated_day_first``: "08-11-2019 14:05 IST"), the caller's zone is a
    day-first region or, without one, the page's e-mail addresses are of a day-first country's
    (``day_first``); in Korean, always.

    Russian pages write the day first; so do Europe, Asia, Africa and Oceania, which the
    caller's ``default_tz`` names. Korean writes the month before the day (year, month, day),
    and a Korean site abroad that moves the year to the end keeps them so ("03.09.2018 04:26
    PM" is March 9). American and unknown conventions keep the month first.
    """
    own = conventions(line, ctx)
    if own == "ko":
        return True
    if own not in (None, "en") or stated_day_first:
        return False
    if ctx.zone_name is None:
        return not ctx.day_first
    return not day_first_zone(ctx.zone_name)


def day_first_zone(name: str) -> bool:
    """Whether a zone is of a region that writes the day before the month, and not of a
    country there that writes the month first (``month_first_zones``: the Philippines).

    >>> day_first_zone("Europe/Dublin"), day_first_zone("America/Chicago")
    (True, False)
    >>> day_first_zone("Asia/Manila")
    False
    """
    table = zones()
    return name.startswith(tuple(table["day_first_zone_prefixes"])) and (
        name not in table["month_first_zones"]
    )


def zone_or_default(
    zone: tzinfo | None, usual: str | None, line: Line, ctx: Context
) -> tuple[tzinfo, str | None]:
    """The stated zone (``usual`` says what was assumed when it is an ambiguous abbreviation's
    usual meaning), else the caller's, else the one a reader of the page would assume, with
    what was assumed (for the row's ``timezone_assumed`` warning)."""
    if zone is not None:
        return zone, usual
    if ctx.zone is not None:
        return ctx.zone, None
    return _assumed_zone(
        own_conventions(line), ctx.lang, ctx.board_zone, ctx.dateline_zone, ctx.page_zone
    )


@once
def _assumed_zone(
    own: str | None, page: str | None, board: str | None, dateline: str | None, stated: str | None
) -> tuple[tzinfo, str]:
    """The zone a reader assumes from the line's own script, else the zone a forum states for
    all its times, else the place the page's dateline, byline, footer address or agency credit
    names (on a page whose language implies a zone, only a place of another zone is given: see
    `home_zone`), else the page's language, else the one zone the page's other times state; a
    line in the script of its page's language with a zone is the page's (Kyiv's, not Moscow's)."""
    facts = language_info(page or "")
    mine = "zone" in facts and facts.get("script") == language_info(own or "").get("script")
    if own is not None and own != page and not mine:
        known = language_info(own)
        return named_zone(known["zone"]), f"{known['zone']} ({known['name']} words in the text)"
    if board is not None:
        return named_zone(board), f"{board} (the zone the page states for all its times)"
    if dateline is not None:
        named = "the place the page's dateline, byline, footer address or agency credit names"
        return named_zone(dateline), f"{dateline} ({named})"
    if "zone" in facts:
        return named_zone(facts["zone"]), f"{facts['zone']} ({facts['name']} page)"
    if stated is not None:
        return named_zone(stated), f"{stated} (stated by another time of the page)"
    return UTC, "UTC (no zone in the text)"


def language_zone(ctx: Context) -> str | None:
    """The zone the page's language implies, when the caller gives none: the home of an
    outlet that may print another zone's local time. None when the caller gives the zone or
    the language gives none."""
    return None if ctx.zone is not None else language_info(ctx.lang or "").get("zone")


def zone_given(ctx: Context) -> bool:
    """Whether the caller or the page's language gives the zone, so the page need not be read
    for one."""
    return ctx.zone is not None or "zone" in language_info(ctx.lang or "")


def utc(local: datetime, zone: tzinfo) -> datetime | None:
    """A wall-clock time in a zone (or an aware time) as a UTC instant; None outside datetime.

    >>> utc(datetime(2024, 5, 17, 17, 3), named_zone("Asia/Seoul"))
    datetime.datetime(2024, 5, 17, 8, 3, tzinfo=datetime.timezone.utc)
    """
    try:
        if local.tzinfo is not None:
            return local.astimezone(UTC)
        if zone is UTC:
            return local.replace(tzinfo=UTC)
        offset = zone.utcoffset(local)  # the earlier reading of a repeated or skipped hour
        return (local - offset).replace(tzinfo=UTC) if offset is not None else None
    except (OverflowError, ValueError):
        return None
