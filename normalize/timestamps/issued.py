"""A release's issue time printed over two lines: its day alone (a release's sign-off,
"Ends/Wednesday, March 5, 2025"), then, at most two lines below, its clock time under an issuing
or publication label, without a day ("Issued at HKT 18:10", "Published: 5:56 AM"). The two read
as one labelled publication time, wherever the release closes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from normalize.options import Options
from normalize.timestamps.datelines import LABEL_RANK, Dateline
from normalize.timestamps.lines import context, line_starts, prepare
from normalize.timestamps.reading import read_segment

# An issuing or publication label, then a clock time, its zone before or after it in capitals:
# "Issued at HKT 18:10", "Published: 5:56 AM", "Опубликовано в 10:27", "입력 10:27".
_CLOCK_LINE: Final = regex.compile(
    r"\s*(?:issued|published|posted|опубликовано|размещено|입력|등록)"
    r"(?:\s+(?:at|on|в))?\s*:?\s*(?:(?-i:(?P<before>[A-Z]{2,5}))\s+)?"
    r"(?P<clock>[0-9]{1,2}[:.][0-9]{2}(?:\s?[ap]\.?\s?m\.?)?)(?:\s+(?-i:(?P<after>[A-Z]{2,5})))?\s*",
    regex.IGNORECASE,
)
# The day stands on one of the lines right above the clock's: the next, or the one before it.
_ABOVE: Final = 2


def issued_dateline(
    lines: Sequence[str],
    datelines: Sequence[Dateline],
    options: Options,
    *,
    lang: str | None = None,
) -> Dateline | None:
    """The first labelled clock time without a day (see ``_CLOCK_LINE``) whose line stands at
    most two lines below a day printed alone (a dateline of ``datelines`` read as a date
    without a time), read with that day as one publication time of a label's rank; None when
    the page prints no such pair, or pairs of two times or more: a list's teasers, each its day
    over its "Posted at 9:15 AM". ``lang`` is the page's language, whose conventions the time
    follows.

    >>> lines = ["Ends/Wednesday, March 5, 2025", "Issued at HKT 18:10"]
    >>> from normalize.timestamps.datelines import find_datelines
    >>> found = issued_dateline(lines, find_datelines("\\n".join(lines)), Options(), lang="en")
    >>> str(found.reading.value), found.role
    ('2025-03-05 10:10:00+00:00', 'published')
    """
    days = {
        item.line: item
        for item in datelines
        if item.reading.shape == "date" and item.reading.value is not None
    }
    if not days:
        return None
    # only the lines right under a day may complete it
    under = sorted(
        {n + step for n in days for step in range(1, _ABOVE + 1) if n + step < len(lines)}
    )
    found: Dateline | None = None
    for index in under:
        line = lines[index]
        # a clock time holds a colon or a full stop: a line without either is left unread
        if ":" not in line and "." not in line:
            continue
        clock = _CLOCK_LINE.fullmatch(line)
        if clock is None:
            continue
        day = next(days[n] for n in range(index - 1, index - _ABOVE - 1, -1) if n in days)
        starts = line_starts(lines)
        offset = starts[day.line]
        printed = lines[day.line][day.start - offset : day.end - offset]
        zone = clock["before"] or clock["after"]
        text = f"{printed} {clock['clock']}" + (f" {zone}" if zone else "")
        reading = read_segment(prepare(text), 0, len(text), context(options, lang))
        if reading.value is None or reading.shape != "full":
            continue
        end = starts[index] + len(line)
        if found is None:
            found = Dateline(day.line, "published", LABEL_RANK, reading, day.start, end)
        elif reading.value != found.reading.value:
            return None  # another time so printed: the pairs are a list's teasers
    return found
