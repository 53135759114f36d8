"""A day a date block prints over the lines right above the headline: its number alone on a
line, its month and year on the next, maybe its weekday alone on the one after ("14" /
"November 2023" / "Tuesday"), only blank lines between the block and the headline. The lines
read as one date: the article's day, for a page whose other lines state no publication time."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from normalize.options import Options
from normalize.timestamps.datelines import FALLBACK_RANK, Dateline
from normalize.timestamps.grammar import grammar
from normalize.timestamps.lines import context, line_starts, prepare
from normalize.timestamps.reading import read_segment

# A day's number alone on its line: one or two digits.
_DAY_NUMBER: Final = regex.compile(r"[0-9]{1,2}")
# A month's word and a year alone on their line: "ноября 2023", "Nov. 2023".
_MONTH_YEAR: Final = regex.compile(r"\p{L}+\.?[ ]+(?:19|20)[0-9]{2}")


def split_dateline(
    lines: Sequence[str], index: int, options: Options, *, lang: str | None = None
) -> Dateline | None:
    """The day a date block prints over the headline's line (``lines[index]``): a day's number
    alone on a line, a month's word and a year alone on the next, maybe a weekday alone on
    the line after, the block's last line the line with text right over the headline; read
    as one date, a publication dateline of the lowest rank. None when the lines over the
    headline are not so. ``lang`` is the headline's language, whose conventions the date
    follows.

    >>> lines = ["14", "November 2023", "Tuesday", " ", "", "Lace makers bring home two awards"]
    >>> found = split_dateline(lines, 5, Options(), lang="en")
    >>> str(found.reading.value), found.line, found.start, found.end
    ('2023-11-14 00:00:00+00:00', 0, 0, 16)
    >>> split_dateline(["Page", "14", "Lace makers bring home two awards"], 2, Options()) is None
    True
    """
    above = index - 1
    while above >= 0 and not lines[above].strip():
        above -= 1
    if above >= 1 and grammar().weekday.fullmatch(lines[above].strip().lower()):
        above -= 1  # the weekday under the month and year
    if above < 1:
        return None
    day, month_year = lines[above - 1].strip(), lines[above].strip()
    if not _DAY_NUMBER.fullmatch(day) or not _MONTH_YEAR.fullmatch(month_year):
        return None
    text = f"{day} {month_year}"
    reading = read_segment(prepare(text), 0, len(text), context(options, lang))
    if reading.value is None or reading.shape != "date":
        return None
    starts = line_starts(lines)
    start = starts[above - 1] + lines[above - 1].index(day)
    end = starts[above] + lines[above].index(month_year) + len(month_year)
    return Dateline(above - 1, "published", FALLBACK_RANK, reading, start, end)
