"""Agencies' zones: where the city an agency's dateline or a byline names, or the agencies a
page credits, show an outlet to be ("SEOUL, March 8 (Agency) --", "By Jane Roe, Seoul Daily
Courier", "(Yonhap)"); its times printed without a zone are that city's or that country's (see
`publisher`).
"""

from __future__ import annotations

import regex

from normalize.cache import once
from normalize.facts import zones
from normalize.timestamps.country import date_line_zone
from normalize.timestamps.credited_datelines import credited_dateline_zone
from normalize.timestamps.lines import Context
from normalize.timestamps.places import Places, whole_words, zone_groups
from normalize.timestamps.worded_datelines import capitalised, worded_dateline_zone
from normalize.timestamps.zones import zone_given


def dateline_zone(text: str, ctx: Context) -> str | None:
    """The zone of the city an agency's dateline in capitals opens a line with, the first one;
    else of the places the first byline naming places of one zone names (see `_byline_zone`);
    else of the city of the first dateline in running case (see `worded_dateline_zone`); else of
    the country the first date line names after a town (see `date_line_zone`); else of the
    country the credit in brackets of the first dateline in capitals names (see
    `credited_dateline_zone`); None when the caller or the page's language gives the zone.

    >>> english = Context(None, None, None, "en")
    >>> dateline_zone("Seoul opens a clinic\\nSEOUL, March 8 (Hanbit) -- It opened", english)
    'Asia/Seoul'
    >>> dateline_zone("SEOUL FOOD FESTIVAL RETURNS", english) is None
    True
    >>> dateline_zone("Port fees rise\\nBy: Metro Desk | New Delhi |\\nUpdated 9:12 am", english)
    'Asia/Kolkata'
    """
    if zone_given(ctx):
        return None
    pattern = _dateline_pattern()
    found = pattern.regex.search(text)
    zone: str | None = pattern.zones[found.lastindex - 1] if found and found.lastindex else None
    zone = zone or _byline_zone(text) or worded_dateline_zone(text) or date_line_zone(text)
    return zone or credited_dateline_zone(text)


def home_zone(text: str, own: str | None) -> str | None:
    """The zone of the city the page's first agency dateline in the language's own shape names
    ("Шымкент. 21 марта. AGENCY -", "КИЕВ, 3 фев —"), when the page's language implies a zone
    (``own``, see `language_zone`) and the city is of another one: a Russian-language agency
    in Almaty or Kyiv prints its local time. None when ``own`` is None (the caller gives the
    zone or the language gives none), or the first such dateline names a city of ``own`` or
    credits one of its agencies.

    >>> home_zone("Тарифы растут\\nАЛМАТЫ, 17 окт — Тарифы выросли", "Europe/Moscow")
    'Asia/Almaty'
    >>> home_zone("МОСКВА, 3 фев — Курс\\nКИЕВ, 3 фев — Курс", "Europe/Moscow") is None
    True
    >>> home_zone("КИЕВ, 3 фев — РИА Новости. Курс вырос", "Europe/Moscow") is None
    True
    """
    if own is None:
        return None
    pattern = _home_dateline_pattern()
    found = pattern.regex.search(text)
    if not found or not found.lastindex or pattern.zones[found.lastindex - 1] == own:
        return None
    end = text.find("\n", found.end())
    line = text[found.start() : end if end >= 0 else len(text)]
    return None if credits_agency_of(line, own) else pattern.zones[found.lastindex - 1]


def credits_agency_of(line: str, zone: str) -> bool:
    """Whether a dateline's line credits an agency of ``zone`` (`agency_credits`), a whole
    word: a Moscow agency's dateline abroad ("КИЕВ, 3 фев — РИА Новости") keeps Moscow time."""
    return any(
        regex.search(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(name)}(?![\p{{L}}\p{{N}}])", line)
        for name in zones()["agency_credits"].get(zone, ())
    )


@once
def _home_dateline_pattern() -> Places:
    """A dateline's city in capitals or capitalised at a line's start, a group per zone, then
    a full stop or a comma, a space and the day and month: "Шымкент. 21 марта", "КИЕВ, 3 фев"."""
    places = {
        zone: [spelling for city in cities for spelling in (city.upper(), capitalised(city))]
        for zone, cities in zones()["dateline_places"].items()
    }
    groups = zone_groups(places)
    return Places(
        regex.compile(rf"(?m)^(?:{groups})(?=[.,]\s[0-9]{{1,2}}\s\p{{L}})"), tuple(places)
    )


# A byline is a short line: "By Jane Roe, Seoul Ledger", "By: Metro Desk | New Delhi |".
_BYLINE_LIMIT = 120


def _byline_zone(text: str) -> str | None:
    """The zone of the places a byline names with its outlet or desk, the first byline (a short
    line opening with "By") that names places of one zone only: an English outlet in Seoul or
    Delhi prints its times in the city's zone without saying so."""
    pattern = _byline_pattern()
    for line in text.split("\n"):
        if len(line) > _BYLINE_LIMIT or not line.startswith(("By ", "By:", "BY ", "BY:")):
            continue
        named = pattern.named(line.lower())
        if len(named) == 1:
            return named.pop()
    return None


def credit_zone(text: str, ctx: Context) -> str | None:
    """The zone of the agencies a page credits, after a bracket, a slash, a colon or an equals
    sign ("(Yonhap)", "Photo: Xinhua", "= (Yonhap News)"), when they are of one country only:
    an English outlet in Seoul or Beijing runs its agency's copy and photos. None when the
    caller or the page's language gives the zone.

    >>> credit_zone("Lanterns float on the river. Photo: Xinhua", Context(None, None, None, "en"))
    'Asia/Shanghai'
    """
    if zone_given(ctx):
        return None
    named = _credit_pattern().named(text)
    return named.pop() if len(named) == 1 else None


@once
def _credit_pattern() -> Places:
    """One alternation of every zone's agencies, a group per zone, each after a bracket, a
    slash, a colon or an equals sign and a space at most, and not followed by a letter."""
    credits = zones()["agency_credits"]
    groups = zone_groups(credits)
    return Places(regex.compile(rf"[(\[/:=] ?(?:{groups})(?!\p{{L}})"), tuple(credits))


@once
def _byline_pattern() -> Places:
    """One alternation of every zone's byline places, a group per zone, whole words."""
    return whole_words("byline_places")


@once
def _dateline_pattern() -> Places:
    """A dateline's city in capitals at a line's start, a group per zone, then its comma or
    dash: "SEOUL, March 8", "BEIJING (Agency) --", "SEOUL -- "."""
    places = {
        zone: [city.upper() for city in cities]
        for zone, cities in zones()["dateline_places"].items()
    }
    groups = zone_groups(places)
    return Places(regex.compile(rf"(?m)^(?:{groups})(?=,\s|\s+\(|\s+(?:--|—|–)\s)"), tuple(places))
