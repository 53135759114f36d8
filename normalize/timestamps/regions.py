"""The outlet's region: the one a page's stories name where a local outlet prints its readers'
time. A story placed in a country's state, province or county (see `region_zones`), all of one
zone, is local news; so is one placed in a province of another country that a Russian-language
outlet there names by its own adjective ("Гегаркуникская область", see ``home_regions``).
"""

from __future__ import annotations

import regex

from normalize.cache import once
from normalize.facts import zones
from normalize.timestamps.agency_zones import credits_agency_of
from normalize.timestamps.lines import Context
from normalize.timestamps.places import Places, region_zones, state_zones, zone_groups
from normalize.timestamps.zones import zone_given


def region_zone(text: str, ctx: Context) -> str | None:
    """The zone of the regions the page names (a country's states, provinces or counties, see
    `region_zones`), when they are all of one zone: a story about a shire in Queensland or a
    village in Co Cork is local news, which a local outlet prints in its readers' time. A
    country or a city is no such sign (a story about Paris is no Paris clock). A state of the
    United States (see `state_zones`) is one only on a page that names no other country's
    region, a local story that names the state someone moved to staying local, and whose lead
    opens with no dateline (see `_CARRIED_COPY`): agencies carry their stories to outlets in
    every zone, and an outlet datelines the stories it prints from outside its own town. None
    when the caller or the page's language gives the zone, or the page names regions of
    several zones.

    >>> english = Context(None, None, None, "en")
    >>> region_zone("Graziers west of the range\\nThe Queensland government said", english)
    'Australia/Brisbane'
    >>> region_zone("Rain in Kerala and in Queensland", english) is None
    True
    >>> region_zone("River crests in eastern Iowa", english)
    'America/Chicago'
    >>> region_zone("Iowa river crests\\nDALTON, Iowa (Agency) — The river", english) is None
    True
    >>> region_zone("Levee holds\\nDALTON, Iowa — The river in Iowa crested", english) is None
    True
    >>> region_zone("Iowa river crests\\nThe Queensland government said", english)
    'Australia/Brisbane'
    """
    if zone_given(ctx):
        return None
    named = region_zones(text)
    if not named and not _CARRIED_COPY.search(text):
        named = state_zones(text)
    return next(iter(named)) if len(named) == 1 else None


def home_region_zone(text: str, own: str | None) -> str | None:
    """The zone of the provinces of another country a page names by their own adjective before
    the word for a province (``home_regions``: "Гегаркуникская область", "в Северо-Казахстанской
    области"), when they are all of one zone other than the one the page's language implies: a
    Russian-language outlet in Almaty or Yerevan prints its local time, and a story placed in
    a province of its country is its own news. A province's name followed by a capitalised word
    is no such sign, the country an outsider names after it ("в Котайкской области Армении").
    ``own`` is the zone the page's language implies (see `language_zone`). None when it is None
    (the caller gives the zone or the language gives none), or the page credits an agency of
    ``own`` ("ТАСС"): a Moscow agency's story from a province abroad.

    >>> home_region_zone("Рыбаки Гегаркуникской области недовольны", "Europe/Moscow")
    'Asia/Yerevan'
    >>> home_region_zone("Авария в Котайкской области Армении", "Europe/Moscow") is None
    True
    >>> home_region_zone("В Ширакской области, передает ТАСС, снег", "Europe/Moscow") is None
    True
    """
    if own is None:
        return None
    pattern = _home_regions_pattern()
    named = {
        pattern.zones[found.lastindex - 1]
        for found in pattern.regex.finditer(text)
        if found.lastindex and not _CAPITAL_AFTER.match(text, found.end())
    }
    if len(named) != 1 or own in named:
        return None
    # the page's credits are looked for only where a province gives a zone: few pages name one
    return None if credits_agency_of(text, own) else named.pop()


# A capitalised word after a province's name: the country an outsider names ("… области Армении").
_CAPITAL_AFTER = regex.compile(r"[\x20\u00a0]+\p{Lu}")


@once
def _home_regions_pattern() -> Places:
    """The provinces of ``home_regions``, a group per zone: the adjective's stem, in any case, a
    case ending, a space and the word for a province ("Ширакской области", "Ширакском марзе")."""
    regions = zones()["home_regions"]
    groups = zone_groups(regions)
    ending = r"(?:ая|ой|ую|ий|ого|ому|им|ом)[\x20\u00a0]+(?:област|марз)\p{L}*"
    return Places(regex.compile(rf"(?i)\b(?:{groups}){ending}"), tuple(regions))


# A story carried from away: its lead opens with a dateline, the agency's credit or the place's
# state or country after it ("HAYWOOD, Kan. (AP) — …", "BEIJING (Agency) -- …", "AUSTIN,
# Texas — …": an outlet datelines the stories it prints from outside its own town).
_CARRIED_COPY = regex.compile(
    r"""(?mx)
    ^\p{Lu}[\p{Lu}\x20.'’-]*\p{Lu}  # the place in capitals, opening the line: "ST. LOUIS",
                                     # two letters at least, no sentence's "I, …"
    (?:
        ,[^()\n]{1,20}?              # its state, country or day after a comma: ", Kan."
        (?:\x20?\([^()\n]{1,30}\))?  # the agency's credit in brackets, if any: "(AP)"
        | \x20?\([^()\n]{1,30}\)      # or the agency's credit alone
    )
    \x20?[—–-]                        # the dash the lead goes on after
    """
)
