"""A dateline in capitals whose agency's credit in brackets names the agency's country:
"TOWN, (Portal / Country News - 16th Mar, 2022 ) :". A town the zone facts do not know still
files the story from the country its credit names; an outlet there prints its clock in that
country's zone without saying so."""

from __future__ import annotations

import regex

from normalize.timestamps.country import country_names, country_zones

# A dateline in capitals opening a line (one to three words of three capitals at least, a
# space or a dash between them), a comma or not and spaces, then its credit in brackets on the
# same line: "DARYABAD, (Portal / Country News - 16th Mar, 2022 )".
_CREDITED_DATELINE = regex.compile(
    r"(?m)^\p{Lu}{3,}(?:[ -]\p{Lu}{3,}){0,2},?[ \u00a0]+\(([^()\n]{3,80})\)"
)


def credited_dateline_zone(text: str) -> str | None:
    """The zone of the one country whose English name (tzdata's ``iso3166.tab``, whole words)
    the credit in brackets of the page's first dateline in capitals names, when tzdata gives it
    one zone. None when the page has no such dateline, or its credit names no country, or
    countries of several zones.

    >>> credited_dateline_zone("Hawkers cleared\\nSAMBRIAL, (Portal / Pakistan Wire) :Hawkers")
    'Asia/Karachi'
    >>> credited_dateline_zone("SAMBRIAL, (Portal / Pakistan and India Desk) :Talks") is None
    True
    >>> credited_dateline_zone("Hawkers cleared\\nSAMBRIAL\\n(Pakistan Wire) Hawkers") is None
    True
    """
    found = _CREDITED_DATELINE.search(text)
    if found is None:
        return None
    named = {
        country_zones().get(code, "")
        for name, code in country_names().items()
        if _names_whole(found[1], name)
    }
    zone = named.pop() if len(named) == 1 else ""
    return zone or None


def _names_whole(credit: str, name: str) -> bool:
    """Whether a credit holds a name, no letter on either side of it."""
    start = credit.find(name)
    while start >= 0:
        end = start + len(name)
        before = credit[start - 1] if start else ""
        after = credit[end] if end < len(credit) else ""
        if not before.isalpha() and not after.isalpha():
            return True
        start = credit.find(name, start + 1)
    return False
