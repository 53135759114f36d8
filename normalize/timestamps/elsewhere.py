"""Times a page prints for another thing than its article: an embedded social post's time,
a today widget's date beside the weather, the days of a list of dates. ``datelines`` marks
the datelines they find.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import accumulate
from typing import Final, Protocol

# A temperature as a weather widget prints it beside the date: "12°", "-3.1℃", "Сейчас-14°C";
# not an angle's degrees followed by its minutes ("55°45′").
_TEMPERATURE: Final = re.compile(r"[0-9] ?[°℃](?![0-9])")
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
    """
    if "°" not in text and "℃" not in text:
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


def line_starts(lines: Sequence[str]) -> list[int]:
    """Where each of the lines a text was split into at its newlines starts in it, in code
    points, and one past the last line's end."""
    return list(accumulate((len(line) + 1 for line in lines), initial=0))


# How many dates printed behind the same bullet make a list of dates.
_LIST_DATES: Final = 3
_BULLETS: Final = frozenset("-•·*–—▪")


class _Value(Protocol):
    @property
    def value(self) -> object: ...


class _Dated(Protocol):
    """What `listed_dates` reads of a dateline."""

    @property
    def line(self) -> int: ...
    @property
    def role(self) -> str: ...
    @property
    def reading(self) -> _Value: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def listed_dates(datelines: Sequence[_Dated], text: str) -> frozenset[int]:
    """The positions among ``datelines`` of the unlabelled dates that are a bullet's only words
    ("- 3 октября 2022", "• 03/05/2024") when at least ``_LIST_DATES`` dates are printed behind
    that same bullet: the days of a list of teasers or of an index, not the article's time.
    """
    candidates = [item for item in datelines if not item.role and item.reading.value is not None]
    if len(candidates) < _LIST_DATES:
        return frozenset()
    lines = text.split("\n")
    starts = line_starts(lines)
    bullets: dict[int, str] = {}
    for order, item in enumerate(datelines):
        if item.role or item.reading.value is None or item.line >= len(lines):
            continue
        line, first = lines[item.line], starts[item.line]
        if not 0 <= item.start - first <= item.end - first <= len(line):
            continue  # a date whose time is printed on the next line
        head = line[: item.start - first].strip(" \t")
        if head in _BULLETS and not line[item.end - first :].strip(" \t"):
            bullets[order] = head
    counts = Counter(bullets.values())
    return frozenset(order for order, bullet in bullets.items() if counts[bullet] >= _LIST_DATES)
