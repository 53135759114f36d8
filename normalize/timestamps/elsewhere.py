"""Times a page prints for another thing than its article: an embedded social post's time,
a today widget's date beside the weather, the days of a list of dates. ``datelines`` marks
the days of a list; the others are marked here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import accumulate
from typing import Final, Protocol, TypeVar

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


class _Markable(_Dated, Protocol):
    """What the markers below read of a dateline, and how they mark it."""

    def _replace(self: _Marked, *, role: str) -> _Marked: ...


_Marked = TypeVar("_Marked", bound=_Markable)


def embedded_posts_apart(datelines: list[_Marked], text: str) -> list[_Marked]:
    """The datelines, an embedded social post's time marked as another thing's: a time right
    after its author's handle, on the handle's line or opening the next one ("— Jane Roe
    (@janeroe) June 9, 2018", as the embed code of a post prints it)."""
    if "(@" not in text:
        return datelines
    lines = text.split("\n")
    starts = line_starts(lines)
    marked: list[_Marked] = []
    for item in datelines:
        before = lines[item.line][: item.start - starts[item.line]]
        above = lines[item.line - 1] if item.line and not before.strip() else ""
        posted = ends_with_handle(before) or ends_with_handle(above)
        marked.append(item._replace(role="elsewhere") if posted else item)
    return marked


def weather_widgets_apart(datelines: list[_Marked], text: str) -> list[_Marked]:
    """The datelines, an unlabelled time beside a weather reading (a short line holding a
    temperature) marked as another thing's: a today widget ("2023.11.02 (목)" / "• 맑음서울
    5.2℃"), never an article's time."""
    warm = weather_lines(text)
    if not warm:
        return datelines
    return [
        item._replace(role="elsewhere")
        if not item.role and beside_weather(item.line, warm)
        else item
        for item in datelines
    ]
