"""A dateline in running case: a city capitalised at a line's start, a comma, then the day and
its month in words ("Lucknow, Nov 12", "Lucknow, 01 March"), as an Indian agency's copy opens
its lead. Its outlet prints its clock in that city's zone without saying so."""

from __future__ import annotations

import regex

from normalize.cache import once
from normalize.facts import zones
from normalize.timestamps.places import Places, zone_groups


def worded_dateline_zone(text: str) -> str | None:
    """The zone of the city (``dateline_places``) the first dateline in running case opens a
    line with: the city capitalised, a comma and a space, then a month's name (its first three
    letters at least, a full stop after it or not) and the day in one or two digits, or the
    day and the month's name, the line going on past the day and a year after it: a lead goes
    on after its dateline, while a letter's address line or a diary's entry heading closes with
    its day ("Lucknow, 12 March 2024").

    >>> worded_dateline_zone("Mill reopens\\nLucknow, Nov 12 The state's oldest mill reopened")
    'Asia/Kolkata'
    >>> worded_dateline_zone("Lucknow, 01 March (Agency). The mill reopened")
    'Asia/Kolkata'
    >>> worded_dateline_zone("Lucknow, the state's capital, gets a mill") is None
    True
    >>> worded_dateline_zone("Lucknow, Nov 2021") is None
    True
    >>> worded_dateline_zone("Lucknow, 12 March 2024\\nDear Editor,") is None
    True
    """
    pattern = _worded_dateline_pattern()
    found = pattern.regex.search(text)
    return pattern.zones[found.lastindex - 1] if found and found.lastindex else None


@once
def _worded_dateline_pattern() -> Places:
    """A dateline's city capitalised at a line's start, a group per zone, then its comma, a
    space and the day and month in words: "Lucknow, Nov 12", "Lucknow, 01 March"."""
    places = {
        zone: [capitalised(city) for city in cities]
        for zone, cities in zones()["dateline_places"].items()
    }
    groups = zone_groups(places)
    return Places(regex.compile(rf"(?m)^(?:{groups})(?={_WORDED_DAY})"), tuple(places))


# The day and month in words after a dateline's city: a comma and a space, then the month's
# name and the day ("Nov 12", "Sept. 3") or the day and the month's name ("01 March"); then
# more on the line than a year and a stop ("Lucknow, 12 March 2024" alone heads a letter).
_WORDED_DAY = (
    r",\x20(?:[A-Z][a-z]{2,8}\.?\x20[0-9]{1,2}(?![0-9])|[0-9]{1,2}\x20[A-Z][a-z]{2,8}(?!\p{L}))"
    r"(?![,.]?(?:\x20[0-9]{4})?[,.]?[\x20\t]*$)"
)


def capitalised(city: str) -> str:
    """A city's name with each of its words' first letter in capitals: "New Delhi"."""
    return "".join(
        char.upper() if index == 0 or not city[index - 1].isalpha() else char
        for index, char in enumerate(city)
    )
