"""An agency's dateline inside a page run into one line: the place in capitals, its day and
the dash the lead goes on after, somewhere after the release's headline.

A press release copied as plain text loses its line breaks: its exhibit number, contact
lines and headline in capitals run straight into the dateline that opens its lead ("…
REPORTS SECOND QUARTER RESULTS COLUMBUS, JULY 19, 2005 - Harbor Freight Inc. today
reported …"). The dateline no longer opens a line, yet it is the release's day, as it would
be at a line's head (see `datelines`): the place in capitals, its state or country after a
comma at most ("FORT LEE, NJ,", "FRANKFORT, Ky.,"), then the day after a comma, after a
wire's credit between dashes ("--(BUSINESS WIRE)--") or in brackets of its own
("(NOVEMBER 1ST, 2004)"), and a dash or a full stop before the lead's first capital. A
sentence naming a place and a day ("offices in BOSTON, March 3, 2021 and later") has no such
dash after the day.
"""

from __future__ import annotations

from typing import Final

import regex

from normalize.timestamps.lines import Context, Reading, prepare
from normalize.timestamps.reading import read_segment

# How far into the line the dateline may stand: a release's head (exhibit number, contacts,
# headline) is short; a day further on is the body's.
_RUN_IN_REACH: Final = 640
_RUN_IN_DATELINE: Final = regex.compile(
    r"""(?x)
    (?<=[\x20\]])                                   # after a space: not the line's head
    \(?\p{Lu}[\p{Lu}.'’-]*\p{Lu}\.?                 # the place in capitals, two letters at
    (?:\x20\p{Lu}[\p{Lu}.'’-]*\p{Lu}\.?){0,2}       # least a word: "ATLANTA", "FORT LEE"
    (?:,\x20\p{Lu}[\p{L}.]{1,12}(?:\x20\p{Lu}[\p{L}.]{1,12})?)?  # its state: ", NJ", ", Ky."
    \)?
    (?:
        ,\x20                                       # the day after a comma
        | \x20?-{1,2}\x20?\([^()\n]{2,30}\)\x20?-{0,2}\x20?  # after a wire's credit
        | \x20[-–—]{1,2}\x20                        # after a dash: "(NARBERTH, PA) - "
        | \x20\(                                    # in brackets of its own
    )
    (?P<date>[^()\n\-–—]{5,24}?[0-9]{4})            # the day, its year closing it
    \)?\x20?(?:-{1,2}|[–—]|\.(?=\x20))\x20?\p{Lu}    # the dash the lead goes on after
    """
)


def run_in_datelines(line: str, ctx: Context) -> list[tuple[Reading, int, int]]:
    """The day of the first agency's dateline inside a line too long to be a dateline,
    within ``_RUN_IN_REACH`` characters of its start (a list of one, or none), with its
    reading and its extent: a press release run into one line, its dateline after its
    headline. The day must read as a date with its year.

    >>> ctx = Context(None, None, None, "en")
    >>> line = "EXHIBIT 99.1 HARBOR FREIGHT POSTS RECORD QUARTER COLUMBUS, JULY 19, 2005 - Harbor"
    >>> [(reading, start, end)] = run_in_datelines(line + " Freight Inc. said.", ctx)
    >>> str(reading.value), line[start:end]
    ('2005-07-19 00:00:00+00:00', 'JULY 19, 2005')
    >>> run_in_datelines("Offices in BOSTON, March 3, 2021 and later in Salem opened.", ctx)
    []
    """
    found = _RUN_IN_DATELINE.search(line[:_RUN_IN_REACH])
    if found is None:
        return []
    start, end = found.span("date")
    reading = read_segment(prepare(found["date"]), 0, end - start, ctx)
    if reading.value is None or reading.shape != "date":
        return []
    return [(reading, start, end)]
