"""Weekdays: which datelines' lines name the day of the week beside their time.

A site's clock prints today as a calendar does, weekday first ("Tue, March 14, 2023 | 18:05",
"Среда, 12 март 2025, 08:14"); ``choice`` reads a date and time printed so right over a
headline as that clock, where a blog prints its post's day.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from normalize.timestamps.elsewhere import line_starts
from normalize.timestamps.grammar import grammar
from normalize.timestamps.lines import mask_all, prepare


class _Placed(Protocol):
    """What `weekdays_named` reads of a dateline: its line and its extent in the text."""

    @property
    def line(self) -> int: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def weekdays_named(datelines: Sequence[_Placed], text: str) -> frozenset[int]:
    """The positions among ``datelines`` of those whose lines, their own time left out, name a
    day of the week: "Tue, March 14, 2023 | 18:05"; not "2024년 5월 17일", whose "일" (a day,
    and Sunday's short name) is the time's own.

    >>> from normalize.timestamps import find_datelines
    >>> text = "Tue, March 14, 2023 | 18:05\\n2024년 5월 17일"
    >>> sorted(weekdays_named(find_datelines(text), text))
    [0]
    """
    lines = text.split("\n")
    starts = line_starts(lines)
    weekdays, named = grammar().gates["weekday"], set()
    for order, item in enumerate(datelines):
        last = item.line
        while last + 1 < len(lines) and starts[last + 1] < item.end:
            last += 1  # a date whose clock time is printed on the next line
        first = starts[item.line]
        around = text[first : starts[last + 1] - 1]
        own = (item.start - first, item.end - first)
        if not prepare(mask_all(around, [own])).words.isdisjoint(weekdays):
            named.add(order)
    return frozenset(named)
