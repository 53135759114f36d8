"""A forum's board's zone: the board states the zone of all the times it prints on a line of
its own ("All times are UTC - 8 hours [ DST ]", "Часовой пояс: UTC + 3 часа"), which a
reading takes before any zone the page shows elsewhere (``publisher``), and which is the
board's line, no post's words (``boilerplate``)."""

from __future__ import annotations

import regex

from normalize.cache import once
from normalize.timestamps.country import SHORT_LINE
from normalize.timestamps.grammar import words
from normalize.timestamps.lines import Context
from normalize.timestamps.phrases import alternation


def board_zone(text: str, ctx: Context) -> str | None:
    """The zone a forum's board states for all the times it prints, on a line that opens
    with the statement ("All times are UTC - 8 hours [ DST ]", "All times are GMT -5. The
    time now is 09:16 PM.", "Часовой пояс: UTC + 3 часа"): the offset it names from UTC,
    an hour further east when the daylight-saving flag in brackets follows; "+HH:MM", or
    "UTC" for none. The board states it on a page in any language (a Kyiv forum's "UTC + 2"
    is no Moscow time). None when the caller gives the zone, when the page states none or
    several, or when the offset is no zone's.

    >>> english = Context(None, None, None, "en")
    >>> board_zone("Post subject: Tides\\nAll times are UTC - 8 hours [ DST ]", english)
    '-07:00'
    >>> board_zone("| Часовой пояс: UTC + 2 часа |", Context(None, None, None, "ru"))
    '+02:00'
    >>> board_zone("All times are approximate.", english) is None
    True
    """
    if ctx.zone is not None:
        return None
    stated: set[str | None] = set()
    for line in text.split("\n"):
        found = _statement().match(line) if len(line) <= SHORT_LINE else None
        if found is not None:
            stated.add(_offset_name(found))
    return stated.pop() if len(stated) == 1 else None


def is_zone_statement(line: str) -> bool:
    """Whether a line is a board's statement of its times' zone ("All times are UTC+03:00",
    "Часовой пояс: UTC + 3 часа"), which `board_zone` reads: the board's, no post's words.

    >>> is_zone_statement("All times are UTC+03:00"), is_zone_statement("All times are late.")
    (True, False)
    """
    return len(line) <= SHORT_LINE and _statement().match(line) is not None


def _offset_name(found: regex.Match[str]) -> str | None:
    """The zone a statement names: its offset (hours and minutes, or hours and a decimal
    fraction of one), an hour more under the daylight-saving flag, as "+HH:MM" ("UTC" for
    none); None beyond the offsets zones have (fourteen hours)."""
    fraction = found["fraction"] or "0"  # of an hour: "5.5", "5.75"
    minutes = int(found["hours"] or 0) * 60 + int(found["minutes"] or 0)
    minutes += int(fraction) * 60 // 10 ** len(fraction)
    if found["sign"] in ("-", "\u2212"):
        minutes = -minutes
    if found["flag"] is not None:
        minutes += 60
    if abs(minutes) > 14 * 60:
        return None
    if minutes == 0:
        return "UTC"
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


@once
def _statement() -> regex.Pattern[str]:
    """A board's statement of its times' zone opening a line, in any language's words."""
    phrases = words().get("zone_statements", [])
    flags = words().get("daylight_saving_flags", [])
    space = f"[{_SPACE}]+"  # a run of them stands for a phrase's space
    return regex.compile(
        rf"""
        [{_SPACE}|•·*]*                        # a table cell's bar or a bullet before it
        (?:{alternation(phrases, space)})      # the board's words: "all times are"
        [{_SPACE}]*:?[{_SPACE}]*               # "Часовой пояс:" has a colon
        (?:utc|gmt)                            # the offset counts from UTC
        (?:[{_SPACE}]*(?P<sign>[+\-\u2212])[{_SPACE}]*
           (?P<hours>[0-9]{{1,2}})                                  # "- 8"
           (?::(?P<minutes>[0-9]{{2}})|\.(?P<fraction>[0-9]{{1,2}}))?)?  # "+05:30", "+5.5"
        (?:[{_SPACE}]+\p{{L}}+)?                # the hours' word: "hours", "часа"
        (?:[{_SPACE}]*\[[{_SPACE}]*            # the daylight-saving flag: "[ DST ]"
           (?P<flag>{alternation(flags, space)})[{_SPACE}]*\])?
        (?:$|[{_SPACE}.,;|)])                  # a word's end: not "UTC+3h" or "GMTx"
        """,
        regex.IGNORECASE | regex.VERBOSE,
    )


# The spaces a statement's words stand apart by, as a character class's members.
_SPACE = r"\x20\t\u00a0"
