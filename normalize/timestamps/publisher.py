"""The publisher's zone: where a page without a zone of its own shows its outlet to be.

An English page prints its clock times without a zone when its readers know where it is. The
page still shows it in places other than the clock: another time of the page states the zone
("Updated 08:01 pm IST", "the count starts at 23:00 BST"), or the footer gives the outlet's
postal address ("400 W. Seventh St., Fort Wyatt, TX 76102"). A place a story's body names is
no such sign: a story about Paris is no Paris clock. A forum says it outright: its board prints
the zone of all its times on a line of its own (``boards``).
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

import regex

from normalize.cache import once
from normalize.facts import language_info, zones
from normalize.timestamps.agency_zones import credit_zone, dateline_zone, home_zone
from normalize.timestamps.boards import board_zone
from normalize.timestamps.country import SHORT_LINE, country_zone, country_zones, footer_lines
from normalize.timestamps.domains import domain_zone
from normalize.timestamps.grammar import Match, grammar, key
from normalize.timestamps.lines import Context, prepare
from normalize.timestamps.mastheads import masthead_zone, town_zones
from normalize.timestamps.month_words import month_words_zone
from normalize.timestamps.named_days import named_day_order
from normalize.timestamps.places import place_zones
from normalize.timestamps.regions import home_region_zone, region_zone
from normalize.timestamps.zones import WESTMOST, day_first_zone, language_zone, zone_given


def with_page_zones(text: str, ctx: Context) -> Context:
    """The reading context with the zones the page shows for its times printed without one:
    the city of its dateline or byline (see `dateline_zone`, `home_zone`), of its weather
    widget (see `widget_zone`), of its masthead (see `masthead_zone`) or of the language its
    dates' month names are in (see `month_words_zone`), else the zone its other times state,
    else, weaker, its footer's address, the country its footer's telephone numbers call, its
    head names or its amounts count in (see `country_zone`), its rate widget's currency, its
    own host name's country (see `domain_zone`), the agencies it credits (see `credit_zone`)
    or another country's provinces (see `home_region_zone`); and the zone a
    forum states for all its times (see `board_zone`), which a reading takes before any of them."""
    ctx = ctx._replace(board_zone=board_zone(text, ctx))
    own = language_zone(ctx)
    ctx = ctx._replace(
        dateline_zone=dateline_zone(text, ctx)
        or home_zone(text, own)
        or widget_zone(text, ctx)
        or masthead_zone(text, ctx)
        or month_words_zone(text, ctx)
    )
    if ctx.dateline_zone is None:
        ctx = ctx._replace(page_zone=page_zone(text, ctx))
    if ctx.dateline_zone is None and ctx.page_zone is None:  # weaker than a stated zone
        publisher = address_zone(text, ctx) or country_zone(text, ctx) or currency_zone(text, ctx)
        publisher = publisher or domain_zone(text, own)
        publisher = publisher or credit_zone(text, ctx) or region_zone(text, ctx)
        publisher = publisher or home_region_zone(text, own)
        ctx = ctx._replace(dateline_zone=publisher)
    return ctx._replace(day_first=writes_day_first(text, ctx))


def writes_day_first(text: str, ctx: Context) -> bool:
    """Whether the page writes its dates in figures day first: as the days it names in words
    say (see `named_day_order`), else as its e-mail addresses' countries do (see
    `mails_day_first`). False when the caller gives the zone."""
    if ctx.zone is not None:
        return False
    named = named_day_order(text)
    return mails_day_first(text, ctx) if named is None else named


def widget_zone(text: str, ctx: Context) -> str | None:
    """The zone of the town a weather widget names atop the page: a city's name alone on one of
    its first ``_WIDGET_LINES`` lines with text, a temperature alone on the next one ("Los
    Angeles" over "61.0°"). A site shows its readers' own weather, so the town is the outlet's,
    and its times are that town's, over the zone the page's language implies (a Korean paper
    in Los Angeles). The city's zone is the one ``home_cities`` or ``dateline_places`` gives
    it. None when the caller gives the zone, the widget's town is in neither table, or another
    city over its temperature stands beside it: a box of the weather in several cities
    ("New York" / "-3°C" / "London" / "8°C") names no home.

    >>> korean = Context(None, None, None, "ko")
    >>> widget_zone("Los Angeles\\n\\n61.0°\\n\\n[칼럼] 동네 소식", korean)
    'America/Los_Angeles'
    >>> widget_zone("Los Angeles\\n\\n[칼럼] 동네 소식", korean) is None
    True
    >>> widget_zone("Los Angeles\\n61.0°\\nLondon\\n8°C\\n[국제] 날씨", korean) is None
    True
    """
    if ctx.zone is not None:
        return None
    # the widget's lines, and the two below them where a second city's weather would go on
    head = [line.strip() for line in text.split("\n") if line.strip()][: _WIDGET_LINES + 2]
    cities = town_zones()
    towns = [
        (at, cities[city.lower()])
        for at, (city, temperature) in enumerate(pairwise(head))
        if city.lower() in cities and _TEMPERATURE.fullmatch(temperature)
    ]
    if len(towns) != 1 or towns[0][0] + 1 >= _WIDGET_LINES:
        return None
    return towns[0][1]


# The lines at the top of a page where a weather widget stands.
_WIDGET_LINES = 5
# A temperature alone on its line: "61.0°", "-3 °C", "21°F".
_TEMPERATURE = regex.compile(r"[-+\u2212]?[0-9]{1,3}(?:[.,][0-9])?\x20?°\x20?[CF]?")


# The country code that closes an e-mail address's domain: "desk@valleyherald.ie".
_MAIL_COUNTRY = regex.compile(
    r"[A-Za-z0-9._%+-]@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.([A-Za-z]{2})\b"
)


def mails_day_first(text: str, ctx: Context) -> bool:
    """Whether the page's e-mail addresses are of countries that write the day before the
    month, each address's country domain a country of one zone in a day-first region (see
    `day_first_zone`): an outlet's staff write from its country ("news@valleyherald.ie"), and
    the outlet prints its dates as that country does ("04/03/2022" is the 4th of March). False
    when the caller gives the zone, or an address is of another country.

    >>> english = Context(None, None, None, "en")
    >>> mails_day_first("By Aoife Byrne\\naoife.byrne@valleyherald.ie", english)
    True
    >>> mails_day_first("Tips: desk@valleyherald.ie, desk@harborpost.us", english)
    False
    """
    if ctx.zone is not None or "@" not in text:
        return False
    countries = country_zones()
    codes = {found[1].upper() for found in _MAIL_COUNTRY.finditer(text)}
    # the United Kingdom's domain is the one not spelled as its country's ISO 3166 code (GB)
    named = [countries.get("GB" if code == "UK" else code) for code in codes]
    return bool(named) and all(zone is not None and day_first_zone(zone) for zone in named)


def page_zone(text: str, ctx: Context) -> str | None:
    """The one zone other than UTC that the page's short lines state after a clock time
    ("(aired on 12 May 2017 - 22:00 KST)", "Updated 08:01 pm IST"), by abbreviation or by an
    offset after a clock to the second ("last updated 2015-05-21 07:52:59-04", see
    `_offset_after_seconds`); an ambiguous abbreviation is the zone of its choices whose places
    the page names, else its usual meaning (see `_meant`). None when the caller or the page's
    language gives the zone, or when the page states none or several.

    >>> english = Context(None, None, None, "en")
    >>> page_zone("2017. 5. 13. 20:44\\n(Aired at 22:00 KST.)", english)
    'Asia/Seoul'
    >>> page_zone("Seoul 9:00 KST\\nTokyo 10:00 JST", english) is None
    True
    >>> page_zone("May 5, 2023 08:01 pm | Updated 08:01 pm IST - PUNE", english)
    'Asia/Kolkata'
    >>> page_zone("Posted at 7:22 AM\\nlast updated 2015-05-21 07:52:59-04", english)
    '-04:00'
    >>> page_zone("Open 09:00-10:00 daily", english) is None
    True
    """
    if zone_given(ctx):
        return None
    g = grammar()
    named: set[str] = set()
    ambiguous: set[str] = set()
    for line in text.split("\n"):
        if len(line) > SHORT_LINE or ":" not in line:
            continue
        low = prepare(line).low
        for clock in g.time.finditer(low):
            meridiem = g.meridiem_after.match(low, clock.end())  # "08:01 pm IST"
            found = g.zone_after.match(low, (meridiem or clock).end())
            if found is None:
                continue
            offset = _offset_after_seconds(low, clock, found)
            if offset is not None:
                named.add(offset)
            if found["abbr"] is None:
                continue
            abbr = key(found["abbr"])
            name = g.zones.get(abbr)
            if name is not None and name != "UTC":
                named.add(name)
            elif abbr in g.ambiguous:
                ambiguous.add(abbr)
    if ambiguous:
        named |= _meant(ambiguous, text)
    return next(iter(named)) if len(named) == 1 else None


def _offset_after_seconds(low: str, clock: Match, found: Match) -> str | None:
    """The UTC offset a clock time printed to the second states right after it, touching it or
    a space apart, its sign touching two-digit hours ("07:52:59-04", "07:52:59 -0400"), as
    "+HH:MM"; None for UTC, for none, for bare hours west of ``WESTMOST`` ("10:00:00-12"),
    after a clock without seconds, whose sign may open a range's closing clock ("09:00-10:00"),
    and before a colon, a range's closing clock to the second ("08:00:00-14:00:00")."""
    sign = found["sign"]
    if sign is None or found["pfx"] is not None or clock[0].count(":") != 2:
        return None
    if low[found.end() : found.end() + 1] in (":", "\uff1a"):
        return None
    if low[clock.end() : found.start("sign")] not in ("", " ") or len(found["oh"]) != 2:
        return None
    if found.start("oh") != found.start("sign") + 1:
        return None
    hours, minutes = int(found["oh"]), int(found["om"] or 0)
    if hours > 14 or minutes % 15 or hours == minutes == 0:
        return None
    if found["om"] is None and sign != "+" and hours > WESTMOST:
        return None  # "10:00:00-12": no one lives there, the hours close a range
    return f"{'+' if sign == '+' else '-'}{hours:02d}:{minutes:02d}"


def _meant(abbreviations: Iterable[str], text: str) -> set[str]:
    """The zones ambiguous abbreviations mean on a page: each the one of its choices whose
    places the page names ("IST" on a page about Delhi), else the first of its choices, the
    zone its readers overwhelmingly mean in news text."""
    g = grammar()
    places = place_zones(text)
    meant: set[str] = set()
    for abbr in abbreviations:
        choices = g.ambiguous[abbr]
        named = [choice for choice in choices if choice in places]
        meant.add(named[0] if len(named) == 1 else choices[0])
    return meant


def address_zone(text: str, ctx: Context) -> str | None:
    """The zone of the state the postal address in the page's footer names, the last one: a
    city, a comma, the state's name or postal code and the ZIP code closing the line or its
    item ("Fort Wyatt, TX 76102", "…, NH 03087 | Phone …"). None when the caller or the
    page's language gives the zone, or the footer gives none.

    >>> english = Context(None, None, None, "en")
    >>> address_zone("Story\\n\\nHarbor Gazette, 12 Elm St., Dover Point, NH 03801", english)
    'America/New_York'
    >>> address_zone("The depot will serve Salem, OR 97301.", english) is None
    True
    """
    if zone_given(ctx):
        return None
    pattern = _address_pattern()
    for line in footer_lines(text):
        closing = [found for found in pattern.finditer(line) if _closes(line[found.end() :])]
        if closing and closing[-1].lastindex:
            zone: str = _state_zones()[closing[-1].lastindex - 1]
            return zone
    return None


def _closes(rest: str) -> bool:
    """Whether what follows a ZIP code closes an address line: nothing, or a separator
    before the next item ("| Phone ..."); a sentence's full stop is prose, no address line."""
    rest = rest.lstrip()
    return not rest or rest[0] in _SEPARATORS


# What may follow an address in a footer's line: the next item after a separator.
_SEPARATORS = "|·•"


@once
def _state_zones() -> tuple[str, ...]:
    """The zones of the states' table, in its order."""
    return tuple(zones()["state_zones"])


@once
def _address_pattern() -> regex.Pattern[str]:
    """A comma, a state's name or postal code (a group per zone), a space and a ZIP code of
    five digits."""
    states = zones()["state_zones"]
    groups = "|".join(
        "(" + "|".join(map(regex.escape, sorted(names, key=len, reverse=True))) + ")"
        for names in states.values()
    )
    return regex.compile(rf",[ \u00a0](?:{groups})[ \u00a0][0-9]{{5}}")


def currency_zone(text: str, ctx: Context) -> str | None:
    """The zone of the country whose currency the page's exchange-rate widget quotes, a
    pair of currency codes alone on a line ("USD/UAH", "EUR/UAH"): an outlet shows its
    readers' money. A currency's code opens with its country's code (ISO 4217), and the
    country's zone is the one tzdata's ``zone.tab`` gives it (see `country_zones`). None when
    the caller gives the zone, when the quoted currencies are of no such country or of several
    zones, or when the zone is the one the page's language implies (a Moscow outlet's "USD/RUB").

    >>> russian = Context(None, None, None, "ru")
    >>> currency_zone("Курсы\\nUSD/KZT\\n471.2\\nEUR/KZT\\n512.9\\nНовости", russian)
    'Asia/Almaty'
    >>> currency_zone("BTC/USD\\n96410\\nEUR/USD\\n1.04", Context(None, None, None, "en")) is None
    True
    """
    if ctx.zone is not None:
        return None
    countries = country_zones()
    quoted = {
        countries[line[4:6]]
        for line in text.split("\n")
        if _is_currency_pair(line) and line[4:6] in countries
    }
    if len(quoted) != 1:
        return None
    zone = quoted.pop()
    return None if zone == language_info(ctx.lang or "").get("zone") else zone


def _is_currency_pair(line: str) -> bool:
    """Whether a line is a pair of currency codes alone, a rate widget's label: "USD/UAH"."""
    return (
        len(line) == 7
        and line[3] == "/"
        and all("A" <= char <= "Z" for char in line[:3] + line[4:])
    )
