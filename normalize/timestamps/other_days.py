"""A head and its time over a lead whose agency's dateline names another day: a related item's
title and time, printed over a story whose own headline the scraper lost ("Why fares rose" /
"12 July 2023, 16:40" / "LESOGORSK, 2 Aug — Agency. Bus fares …"). A story's own time and its
dateline name the same day (or the next, past midnight or a zone's difference), so a time that
disagrees with the dateline right under it is another item's, and so is the head over it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Final

from normalize.options import Options
from normalize.timestamps.datelines import Dateline, agency_opening
from normalize.timestamps.lines import context, filled_lines, prepare
from normalize.timestamps.scan import scan

# A dateline's day and the time over it agree within this: a story filed before midnight and
# put out after it, or a day read in another zone.
_SAME_DAY: Final = timedelta(days=2)
# The shapes of a time that dates a head: a day, or a day and its clock.
_DAY_SHAPES: Final = ("date", "full")
# The shapes an agency's dateline's day may take: with its year, or without it (read in the
# year of the time over it).
_DATELINE_SHAPES: Final = ("date", "full", "yearless")
# A dateline's place before its day ("LESOGORSK, ", "PORTLAND, Ore., ") and its credit after
# it ("(Newswire)") are this many words at most: more is a sentence naming a day.
_PLACE_WORDS: Final = 4


def other_day_items(
    datelines: Sequence[Dateline],
    lines: Sequence[str],
    dateline_lines: set[int],
    options: Options,
) -> tuple[frozenset[int], frozenset[int]]:
    """The positions among ``datelines`` of the unlabelled times alone on their lines (in
    ``dateline_lines``) right over a lead an agency's dateline opens (see ``agency_opening``)
    whose day is more than ``_SAME_DAY`` away from theirs, and the lines of the heads right over
    those times: another item's time and title, no part of the story under them.

    >>> from normalize.timestamps import find_datelines
    >>> lines = ["Why fares rose", "12 July 2023, 16:40",
    ...          "LESOGORSK, 2 Aug — Agency. Bus fares in the town will rise by four roubles."]
    >>> found = find_datelines("\\n".join(lines), lang="en")
    >>> other_day_items(found, lines, {1}, Options())
    (frozenset({0}), frozenset({0}))
    >>> lines[2] = lines[2].replace("2 Aug", "12 Jul")
    >>> other_day_items(found, lines, {1}, Options())
    (frozenset(), frozenset())
    """
    filled = filled_lines(lines)
    places = {line: place for place, line in enumerate(filled)}
    dates: set[int] = set()
    heads: set[int] = set()
    for order, item in enumerate(datelines):
        place = places.get(item.line)
        if (
            item.role
            or item.reading.value is None
            or item.reading.shape not in _DAY_SHAPES
            or item.line not in dateline_lines
            or place is None
            or place + 1 >= len(filled)
        ):
            continue
        if not _names_another_day(lines[filled[place + 1]], item, options):
            continue
        dates.add(order)
        if place > 0 and filled[place - 1] not in dateline_lines:
            heads.add(filled[place - 1])
    return frozenset(dates), frozenset(heads)


def _names_another_day(lead: str, item: Dateline, options: Options) -> bool:
    """Whether ``lead`` opens with an agency's dateline, a place and a comma before its day
    and a credit at most after it, whose day, read in the year of ``item``'s time when it
    prints none, is more than ``_SAME_DAY`` away from that time."""
    opening = agency_opening(lead)
    value = item.reading.value
    if opening is None or value is None:
        return False
    ctx = context(options, None)._replace(now=value + _SAME_DAY)
    found, _ = scan(prepare(opening), ctx)
    days = [
        day
        for day in found
        if day.reading.value is not None and day.reading.shape in _DATELINE_SHAPES
    ]
    day = days[0] if len(days) == 1 else None
    if day is None or day.reading.value is None:
        return False
    place, credit = opening[: day.start], opening[day.end :]
    placed = place.endswith(", ") and len(place.split()) <= _PLACE_WORDS
    credited = len(credit.split()) <= _PLACE_WORDS
    return placed and credited and abs(day.reading.value - value) > _SAME_DAY
