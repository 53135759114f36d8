"""A day printed again a few lines under the article's own, in another notation ("Tuesday,
May 7, 2019" under a notice's title, "Notice 5-7-19" over its body): the same day restated,
not the next teaser's date, which a list prints from one pattern. Set apart, it no
longer makes the article's day look like the first of a list of teasers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from normalize.timestamps.datelines import Dateline
from normalize.timestamps.lines import line_starts

# How many lines under the article's day its restatement stands, at most (a teaser's step).
_WITHIN: Final = 6
_LETTER: Final = regex.compile(r"\p{L}")


def restated_days(
    datelines: Sequence[Dateline], lines: Sequence[str], near: int | None
) -> frozenset[int]:
    """The positions among ``datelines`` of the unlabelled days under the headline (at line
    ``near``) that read the same day as an unlabelled date a few lines above them, one of the
    two spelling its month in letters and the other in digits alone.

    >>> from normalize.timestamps import find_datelines
    >>> lines = ["Parks crew returns", "", "Monday, May 6, 2019", "", "Notice 5-6-19", "Text."]
    >>> sorted(restated_days(find_datelines("\\n".join(lines), lang="en"), lines, 0))
    [1]
    >>> lines = ["Parks crew returns", "", "Monday, May 6, 2019", "", "Notice 5-3-19", "Text."]
    >>> sorted(restated_days(find_datelines("\\n".join(lines), lang="en"), lines, 0))
    []
    """
    if near is None:
        return frozenset()
    starts = line_starts(lines)

    def spelled(item: Dateline) -> bool:
        start = starts[item.line]
        return _LETTER.search(lines[item.line][item.start - start : item.end - start]) is not None

    def day(item: Dateline) -> bool:
        return (
            not item.role
            and item.line > near
            and item.reading.value is not None
            and item.reading.precision == "day"
        )

    found = set()
    for order, item in enumerate(datelines):
        if not day(item):
            continue
        for earlier in datelines[:order]:
            if (
                day(earlier)
                and 0 < item.line - earlier.line <= _WITHIN
                and earlier.reading.value == item.reading.value
                and spelled(earlier) != spelled(item)
            ):
                found.add(order)
                break
    return frozenset(found)
