"""Stamps: a date and time as a machine prints it, glued into a run of prose.

A scraper sometimes runs a post's metadata into the text around it ("…the new
plan2015-03-17 19:05:41 (read the original)We spoke…", "2023/11/14 18:42:05 Author : …"): a
line too long to be a dateline, yet a year-first date with a clock time to the second, glued
to the word before it or opening the line, is no sentence's way of writing a time.
"""

from __future__ import annotations

import re
from typing import Final

from normalize.timestamps.lines import Context, Reading, prepare
from normalize.timestamps.reading import read_segment

# A year-first date, the same dash, slash or dot between its parts, and a clock time to the
# second: 2015-03-17 19:05:41, 2023/11/14 18:42:05.
_STAMP: Final = re.compile(
    r"[12][0-9]{3}(?:-[01]?[0-9]-|/[01]?[0-9]/|\.[01]?[0-9]\.)[0-3]?[0-9],? "
    r"[0-2]?[0-9]:[0-5][0-9]:[0-5][0-9]"
)


def machine_stamps(line: str, ctx: Context) -> list[tuple[Reading, int, int]]:
    """The first machine stamp of a line (a list of one, or none), with its reading and its
    extent, when it opens the line or touches a letter before it (a cell run into the text; a
    value after "=> " in a data dump is not one), no digit follows it, and it reads as a date
    and time.

    >>> ctx = Context(None, None, None, "en")
    >>> [(reading, start, end)] = machine_stamps("On the plan2015-03-17 19:05:41 (source)", ctx)
    >>> str(reading.value), start, end
    ('2015-03-17 19:05:41+00:00', 11, 30)
    >>> machine_stamps("[cdate] => 2024-02-07 11:52:10 [uid] => 4", ctx)
    []
    """
    found = _STAMP.search(line)
    if found is None or line[found.end() : found.end() + 1].isdigit():
        return []
    if found.start() and not line[found.start() - 1].isalpha():
        return []
    reading = read_segment(prepare(found[0]), 0, len(found[0]), ctx)
    if reading.value is None or reading.shape != "full":
        return []
    return [(reading, found.start(), found.end())]
