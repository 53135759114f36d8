"""The zones of the places a text names: cities, and the states, provinces and counties of one
zone, each table of the zone facts made one pattern with a group per zone."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import NamedTuple

import regex

from normalize.cache import once
from normalize.facts import zones


def place_zones(text: str) -> frozenset[str]:
    """The zones whose places a text names (for the zones an ambiguous abbreviation may mean).

    >>> sorted(place_zones("Traffic in New Delhi and Mumbai"))
    ['Asia/Kolkata']
    """
    return frozenset(_places_pattern().named(text.lower()))


class Places(NamedTuple):
    """A pattern with a group per zone, and those zones in the groups' order."""

    regex: regex.Pattern[str]
    zones: tuple[str, ...]

    def named(self, text: str) -> set[str]:
        """The zones whose group a match in the text fills."""
        return {
            self.zones[match.lastindex - 1]
            for match in self.regex.finditer(text)
            if match.lastindex
        }


def zone_groups(lists: Mapping[str, Iterable[str]]) -> str:
    """An alternation of each zone's entries as literals, a group per zone, in the lists'
    order: "(seoul|busan)|(tokyo)"."""
    return "|".join("(" + "|".join(map(regex.escape, entries)) + ")" for entries in lists.values())


@once
def _places_pattern() -> Places:
    """One alternation of every zone's places, a group per zone."""
    return whole_words("places")


def region_zones(text: str) -> frozenset[str]:
    """The zones of the regions a text names: states, provinces and counties of one zone, and
    the regions of ``placed_regions`` where the text places something in them ("a yard on
    Staten Island"; not "born in the Bronx", "the Bronx Bombers", "the Staten Island Ferry").

    >>> sorted(region_zones("A fire at a yard on Staten Island"))
    ['America/New_York']
    >>> sorted(region_zones("A singer born in the Bronx"))
    []
    >>> sorted(region_zones("Rays edge the Bronx Bombers"))
    []
    """
    lowered = text.lower()
    placed = _placed_regions_pattern()
    return frozenset(_regions_pattern().named(lowered)) | {
        placed.zones[found.lastindex - 1]
        for found in placed.regex.finditer(lowered)
        if found.lastindex and _placed_by(lowered, found.start(), _PLACED_IN, _ORIGIN)
    }


@once
def _regions_pattern() -> Places:
    """One alternation of every zone's regions, a group per zone."""
    return whole_words("regions")


@once
def _placed_regions_pattern() -> Places:
    """One alternation of every zone's regions that count only where something is placed in
    them, a group per zone."""
    return whole_words("placed_regions")


# The word that places something in a region right before its name ("on Staten Island", "in
# the Bronx"); the text is lowered.
_PLACED_IN = regex.compile(r"(?:^|[^\p{L}])(?:in|on|across|throughout)\x20$")
# Where someone comes from, right before a region's name; the text is lowered.
_ORIGIN = regex.compile(r"(?:^|[^\p{L}])(?:born|raised|grew\x20up)\x20(?:in|on)\x20$")


def state_zones(text: str) -> frozenset[str]:
    """The zones of the states of the United States a text names by their names, but those a
    city, a country or a first name bears too (``shared_state_names``: "New York"), and a
    state's name that a longer name of capitalised words holds, a lake's, a range's, a
    person's or a town's ("Lake Michigan", "the Sierra Nevada", "Indiana Jones"); none unless
    the text places something in one of them, after "in", "across" or "throughout" (a
    direction's word between: "in western Nebraska") or after a town's name and a comma
    ("Merrill Falls, Iowa"): a state named only otherwise is someone's past or a title's
    ("moved from Ohio", "born in Ohio", "the Texas senator"), no story's place.

    >>> sorted(state_zones("A clerk in north Arkansas")), sorted(state_zones("Flights to New York"))
    (['America/Chicago'], [])
    >>> sorted(state_zones("Ranches in New Mexico")), sorted(state_zones("Swims in Lake Michigan"))
    (['America/Denver'], [])
    >>> sorted(state_zones("She moved from Ohio")), sorted(state_zones("the Texas senator said"))
    ([], [])
    >>> sorted(state_zones("A singer born in Ohio")), sorted(state_zones("grew up in rural Iowa"))
    ([], [])
    """
    states = _states_pattern()

    def unless_a_state(run: regex.Match[str]) -> str:
        return run[0] if states.regex.fullmatch(run[0].lower()) else _A_NAME

    lowered = _CAPITALISED_RUN.sub(unless_a_state, text).lower()
    named = [found for found in states.regex.finditer(lowered) if found.lastindex]
    if not any(_placed_by(lowered, found.start(), _PLACING, _BIRTHPLACE) for found in named):
        return frozenset()
    return frozenset(states.zones[found.lastindex - 1] for found in named if found.lastindex)


def _placed_by(
    lowered: str, start: int, placing: regex.Pattern[str], origin: regex.Pattern[str]
) -> bool:
    """Whether the words right before ``start`` of a lowered text, within ``_PLACING_REACH``,
    place something in what opens there (``placing``: "in western Nebraska", "on Staten
    Island"), not someone's origin (``origin``: "born in Ohio", "grew up on Staten Island")."""
    before, reach = lowered[:start], max(0, start - _PLACING_REACH)
    return placing.search(before, reach) is not None and not origin.search(before, reach)


# What places something in a state, right before its name: "in", "across" or "throughout"
# as a word, a direction's word between at most ("in north Arkansas", "across central
# Iowa"), or a town's name and a comma ("Merrill Falls, Iowa"); the text is lowered.
_PLACING = regex.compile(
    r"""(?x)
    (?:
        (?:^|[^\p{L}])(?:in|across|throughout)\x20   # the word that places it
        (?:(?:north|south|east|west|central|northern|southern|eastern|western
            |northeast|northwest|southeast|southwest
            |northeastern|northwestern|southeastern|southwestern|rural)\x20)?
        | (?:\p{L}\.?|_),\x20                            # a town's name and its comma
    )$
    """
)
# Where someone comes from, right before a state's name, places no story in it: "born in Ohio",
# "raised in rural Iowa", "grew up in western Nebraska"; the text is lowered.
_BIRTHPLACE = regex.compile(r"(?:^|[^\p{L}])(?:born|raised|grew\x20up)\x20in\x20(?:\p{L}+\x20)?$")
# What a longer name of capitalised words stands as once taken out ("Lake Michigan"): no
# letter, so that no state's name runs into it, but still a town's name before a comma
# ("Cedar Rapids, Iowa").
_A_NAME = "_"
# How far before a place's name its placing words may start, in characters.
_PLACING_REACH = 32


# Two capitalised words or more in a row, a name a state's name may be part of ("Lake
# Michigan", "Crans-Montana") or a state's own name of two words ("New Mexico").
_CAPITALISED_RUN = regex.compile(r"\p{Lu}\p{Ll}+(?:[\x20-]\p{Lu}\p{Ll}+)+")


@once
def _states_pattern() -> Places:
    """One alternation of the states' names in ``state_zones`` (not their postal codes), but
    the shared ones, a group per zone."""
    shared = set(zones()["shared_state_names"])
    named = {
        zone: [name.lower() for name in names if len(name) > 2 and name not in shared]
        for zone, names in zones()["state_zones"].items()
    }
    return words_of(named)


def whole_words(table: str) -> Places:
    """The places of one table of the zone facts as whole words, a group per zone, the longest
    place of a zone first."""
    return words_of(zones()[table])


def words_of(lists: Mapping[str, Iterable[str]]) -> Places:
    """Each zone's places as whole words, a group per zone, the longest place of a zone first."""
    places = {zone: sorted(names, key=len, reverse=True) for zone, names in lists.items()}
    groups = zone_groups(places)
    return Places(regex.compile(rf"(?<!\p{{L}})(?:{groups})(?!\p{{L}})"), tuple(places))
