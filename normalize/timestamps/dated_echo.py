"""The headline's copy opened by its day: a line next to the headline that prints the story's
day, a dash and the headline again ("18.09.2017 г. - <headline>", a mobile page's teaser for
its own story over the headline). That day is the article's, as though labelled: it outranks a
today widget above ("11.03.2024, понедельник |"). A copy of another story's head, or a date
that does not open its line, says nothing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from normalize.options import Options
from normalize.timestamps.datelines import LABEL_RANK, Dateline
from normalize.timestamps.lines import context, line_starts, prepare
from normalize.timestamps.reading import read_segment

# The copy stands at most this many lines above or below the headline.
_REACH: Final = 2
# The day, what may close it (a Russian year's mark "г."/"года"), then a dash or a bar that
# sets the headline's copy apart.
_SEPARATOR: Final = regex.compile(r"\s[-–—|]\s")
_YEAR_MARK: Final = regex.compile(r"(?:года|г)\.?")
# What alone may stand before the day on its line: spaces and opening brackets.
_OPENERS: Final = " [("


def dated_echo(
    lines: Sequence[str], near: int, title: str, options: Options, *, lang: str | None = None
) -> Dateline | None:
    """The day that opens a copy of the headline (``title``, on line ``near``) on another line
    at most ``_REACH`` lines from it, set apart from the copy by a dash or a bar, as the page's
    publication dateline of a label's rank; None when no line is such a copy. ``lang`` is the
    headline's language, whose conventions the day follows.

    >>> lines = ["12.04.2024, пятница |", "03.04.2024 г. - Мост открыт", "Мост открыт", "Текст."]
    >>> found = dated_echo(lines, 2, "Мост открыт", Options(), lang="ru")
    >>> str(found.reading.value), found.line, found.rank
    ('2024-04-03 00:00:00+00:00', 1, 4)
    >>> dated_echo(["03.04.2024 - Паром отменён", "Мост открыт"], 1, "Мост открыт", Options())
    """
    for index in range(max(near - _REACH, 0), min(near + _REACH + 1, len(lines))):
        if index == near:
            continue
        line = lines[index]
        separator = _SEPARATOR.search(line)
        if separator is None or not line[separator.end() :].lstrip().startswith(title):
            continue
        head = line[: separator.start()]
        reading = read_segment(prepare(head), 0, len(head), context(options, lang))
        if reading.value is None or reading.shape not in ("date", "full"):
            continue
        first = min(start for start, _ in reading.spans)
        last = max(end for _, end in reading.spans)
        after = head[last:].strip()
        if head[:first].strip(_OPENERS) or (after and not _YEAR_MARK.fullmatch(after)):
            continue
        offset = line_starts(lines[:index])[-1]
        return Dateline(index, "published", LABEL_RANK, reading, offset + first, offset + last)
    return None
