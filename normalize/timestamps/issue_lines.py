"""A print issue's line: the issue's word and number, then its day closing the line ("Выпуск 11
от 18.03.2019 г.", "№ 14 от 05.04.2017", "Issue 118, April 7, 1962"). Its day is the issue's,
the date of last resort: any other time of the page that may state the item's own publication
wins over it, however much nearer the headline the issue's line stands.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Final

import regex

from normalize.timestamps.datelines import Dateline
from normalize.timestamps.lines import line_starts

# What opens an issue's line before its day: a capitalised word ("Выпуск", "Issue") or a
# number's sign, the issue's number, then "от" ("of"), a comma or a dash at most.
_ISSUE_HEAD: Final = regex.compile(
    r"\s*(?:\p{Lu}\p{Ll}+\s+(?:№\s?)?|№\s?|No\.?\s?)[0-9]{1,5}(?:\s*[,–—-]|\s+от)?\s*"
)
# What may close the line after the day: a year's mark, a full stop.
_AFTER_DAY: Final = regex.compile(r"\s*(?:года|г)?\.?\s*")


def issue_line_days(
    datelines: Sequence[Dateline], lines: Sequence[str], apart: Collection[int]
) -> frozenset[int]:
    """The positions among ``datelines`` of the unlabelled days alone (no clock time) on a
    print issue's line (see `is_issue_line`) when another readable time of the page not set
    apart (``apart``: another thing's) may date it, a labelled publication time or a date and
    a clock time: the issue's day is the date of last resort.

    >>> from normalize.timestamps import find_datelines
    >>> lines = ["17.03.2019 09:14", "Выпуск 11 от 18.03.2019 г.", "", "Награды дояркам"]
    >>> sorted(issue_line_days(find_datelines("\\n".join(lines), lang="ru"), lines, ()))
    [1]
    >>> sorted(issue_line_days(find_datelines("\\n".join(lines[1:]), lang="ru"), lines[1:], ()))
    []
    """
    starts = line_starts(lines)
    issues = {
        order
        for order, item in enumerate(datelines)
        if not item.role
        and item.reading.shape == "date"
        and item.reading.value is not None
        and _is_issue_line(
            lines[item.line], item.start - starts[item.line], item.end - starts[item.line]
        )
    }
    others = any(
        order not in apart
        and order not in issues
        and item.reading.value is not None
        and (item.role == "published" or (not item.role and item.reading.shape == "full"))
        for order, item in enumerate(datelines)
    )
    return frozenset(issues) if others else frozenset()


def _is_issue_line(line: str, start: int, end: int) -> bool:
    """Whether the day between ``start`` and ``end`` of the line closes a print issue's line
    opened by the issue's word or sign and its number (``_ISSUE_HEAD``).

    >>> _is_issue_line("Issue 118, April 7, 1962", 11, 24)
    True
    >>> _is_issue_line("Match 118 kicks off April 7, 1962", 20, 33)
    False
    """
    if not 0 <= start <= end <= len(line):
        return False
    head = _ISSUE_HEAD.fullmatch(line[:start])
    return head is not None and _AFTER_DAY.fullmatch(line[end:]) is not None
