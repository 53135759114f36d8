"""The outlet's country: the one a page names where its readers look for the outlet itself.

An outlet tells its readers where it is without stating a zone: its contact line gives a
telephone number in international form, whose country calling code is the country's
("call +34 951 00 47 12"), or the page opens with its country's name alone on a line, the
section or edition label over the story ("New Zealand"), or its footer names its town and
country ("Wellington, New Zealand"), or the page counts in its
country's money ("fined S$2,800"). A country's zone is the one
tzdata's ``zone.tab`` gives it (see `country_zones`); a country of several zones shows none.
"""

from __future__ import annotations

from importlib import resources
from itertools import pairwise

import regex

from normalize.cache import once
from normalize.facts import zones
from normalize.timestamps.lines import Context, prepare
from normalize.timestamps.places import region_zones
from normalize.timestamps.reading import date_span
from normalize.timestamps.zones import zone_given

# A figure: a line without one holds no date.
_DIGIT = regex.compile(r"[0-9]")
# Lines longer than this are prose: a number or a zone there may be a story's, not the outlet's.
SHORT_LINE = 240
# A footer: the page's last lines that hold text.
_FOOTER_LINES = 15
# The page's head: its first lines that hold text, where an edition or section label stands.
_HEAD_LINES = 3

# A telephone number in international form: a plus not after a letter, a digit or another
# plus, a space at most, then digits in groups that spaces, dots, dashes or brackets part
# ("+34 951 00 47 12", "+44 (0)20 7946 0000"), closing on a digit.
_PHONE = regex.compile(r"(?<![\w+])\+[ \u00a0]?([0-9][0-9 \u00a0().\-]{6,22}[0-9])(?![0-9])")
# E.164: a number holds its country code and the subscriber's at most fifteen digits; fewer
# than eight is a count or a temperature ("+14", "+2 410").
_PHONE_DIGITS = (8, 15)


def country_zone(text: str, ctx: Context) -> str | None:
    """The zone of the country the page's footer telephone numbers call (see `phone_zone`),
    else of the country its head names alone on a line (see `label_zone`), else of the one its
    footer names after a town (see `place_zone`), else of the one whose money its amounts are
    in (see `money_zone`), else Sri Lanka's where its stories date a day as Sri Lankan English
    does (see `bracketed_day_zone`). None when the caller or the page's language gives the
    zone.

    >>> english = Context(None, None, None, "en")
    >>> country_zone("Story\\n\\nNewsdesk: +353 1 555 0142", english)
    'Europe/Dublin'
    """
    if zone_given(ctx):
        return None
    zone = phone_zone(text) or label_zone(text) or place_zone(text) or money_zone(text)
    return zone or bracketed_day_zone(text)


def phone_zone(text: str) -> str | None:
    """The zone of the one country the telephone numbers in international form on the page's
    last lines call, by their country calling code (ITU-T E.164, ``calling_codes``); None when
    they call countries of several zones, or of none that tzdata gives one.

    >>> phone_zone("Tips: news@harbour.example\\nCall +34 951 00 47 12 or +34 600 12 34 56")
    'Europe/Madrid'
    >>> phone_zone("Highs of +14, lows of +7 on Sunday") is None
    True
    """
    called = {
        _calling_zone(found[1]) for line in footer_lines(text) for found in _PHONE.finditer(line)
    }
    called.discard("")
    return called.pop() if len(called) == 1 else None


def footer_lines(text: str) -> list[str]:
    """The page's footer: the lines of at most ``SHORT_LINE`` characters among its last
    ``_FOOTER_LINES`` lines with text, from the last one up.

    >>> footer_lines("Story\\n\\nTips: +34 951 00 47 12\\nHarbour Weekly")
    ['Harbour Weekly', 'Tips: +34 951 00 47 12', 'Story']
    """
    filled = [line for line in text.split("\n") if line.strip()][-_FOOTER_LINES:]
    return [line for line in reversed(filled) if len(line) <= SHORT_LINE]


def _calling_zone(number: str) -> str:
    """The zone of the country a number's digits open with the calling code of; "" when its
    digits are too few or too many for a telephone number, or its code is of no country that
    tzdata gives one zone. The codes are prefix-free, so at most one opens the number."""
    digits = "".join(char for char in number if "0" <= char <= "9")
    low, high = _PHONE_DIGITS
    if not low <= len(digits) <= high:
        return ""
    codes = zones()["calling_codes"]
    for size in (1, 2, 3):
        country = codes.get(digits[:size])
        if country is not None:
            return country_zones().get(country, "")
    return ""


def label_zone(text: str) -> str | None:
    """The zone of the country whose English name (tzdata's ``iso3166.tab``) one of the page's
    first lines is, alone: an edition or section label above the story ("New Zealand"). None
    when the head names none, a country of several zones, or a name a state of the United
    States shares (see `country_names`: "Georgia").

    >>> label_zone("New Zealand\\n\\nTramper found after night in the bush\\n9:12 am")
    'Pacific/Auckland'
    >>> label_zone("World\\nNew Zealand votes on Saturday") is None
    True
    """
    head = [line.strip() for line in text.split("\n") if line.strip()][:_HEAD_LINES]
    named = {country_zones().get(country_names().get(line, ""), "") for line in head}
    named.discard("")
    return named.pop() if len(named) == 1 else None


# What sets a footer's cells apart: "Radio Kōwhai · Wellington, New Zealand".
_CELL_MARKS = "·|•/–—"
# A town's name is a few capitalised words: "Palmerston North".
_TOWN_WORDS = 3


def place_zone(text: str) -> str | None:
    """The zone of the country whose English name (see `label_zone`) closes one of the page's
    footer lines after a comma and a town's name in a cell of its own (the line's start or a
    separator before it), no full stop after it: the outlet's town and country under its name
    ("Radio Kōwhai · Wellington, New Zealand"), the last such line. None when no footer line
    names one, or the country has several zones.

    >>> place_zone("Story text.\\n\\nRadio Kōwhai · Wellington, New Zealand")
    'Pacific/Auckland'
    >>> place_zone("The mill closed. It moved to Porto, Portugal.") is None
    True
    """
    for line in footer_lines(text):
        town, comma, country = line.rpartition(",")
        words = town[max(town.rfind(mark) for mark in _CELL_MARKS) + 1 :].split()
        if not comma or not 0 < len(words) <= _TOWN_WORDS or not all(map(_names_a_place, words)):
            continue
        zone = country_zones().get(country_names().get(country.strip(), ""))
        if zone is not None:
            return zone
    return None


def names_town_and_country(line: str) -> bool:
    """Whether a line is a town's name and its country's English name alone, after a comma:
    the place a site prints beside its date of today ("Tamale, Ghana").

    >>> names_town_and_country("Palmerston North, New Zealand")
    True
    >>> names_town_and_country("Market Traders"), names_town_and_country("Off to Porto, Portugal")
    (False, False)
    """
    town, comma, country = line.strip().rpartition(",")
    words = town.split()
    placed = 0 < len(words) <= _TOWN_WORDS and all(map(_names_a_place, words))
    return bool(comma) and placed and country.strip() in country_names()


# How many words a country's English name holds at most ("Bosnia and Herzegovina").
_COUNTRY_WORDS = 4


def date_line_zone(text: str) -> str | None:
    """The zone of the country that the page's first line holding a date names after a comma
    and a town's name (see `_town_and_country`): the place a story's date line files it from
    ("14 Aug 2020, 16:32 Comments 212 Views Mbirizi, Uganda Business"), whose clock the date's
    time is in. None when that line is prose (longer than ``SHORT_LINE``), names no country or
    one of several zones.

    >>> date_line_zone("Stalls delayed\\n\\n14 Aug 2020, 16:32 | Mbirizi, Uganda\\n\\nVendors said")
    'Africa/Kampala'
    >>> date_line_zone("Stalls delayed\\n\\n14 Aug 2020, 16:32\\n\\nVendors from Mbirizi, Uganda")
    """
    for line in text.split("\n"):
        if not _DIGIT.search(line) or date_span(prepare(line)) is None:
            continue
        if len(line) > SHORT_LINE:
            return None
        return _town_and_country(line)
    return None


def _town_and_country(line: str) -> str | None:
    """The zone of the first country whose English name (see `label_zone`) follows a comma, a
    space and a town's capitalised name in the line, closed by a non-letter: "Mbirizi,
    Uganda"."""
    for comma in regex.finditer(r"(?<=\p{L}), ", line):
        before = line[: comma.start()].split()
        if not before or not _names_a_place(before[-1].strip("|·•")):
            continue
        words = line[comma.end() :].split()
        for size in range(min(_COUNTRY_WORDS, len(words)), 0, -1):
            name = " ".join(words[:size]).rstrip(".,;|·•")
            country = country_names().get(name)
            if country is not None:
                zone = country_zones().get(country)
                if zone is not None:
                    return zone
    return None


def _names_a_place(word: str) -> bool:
    """Whether a word may be a place's: capitalised, and no label glued before it at a change
    of case (a record's "HeadquartersRotterdam")."""
    return word[:1].isupper() and not any(a.islower() and b.isupper() for a, b in pairwise(word))


# An amount's sign glued before its number: "S$2,800", "£5", "RM 40", "US$3"; or the ISO 4217
# code of a currency of one country before a sum with its thousands or its count word:
# "PHP8.7 million", "SGD 2,800" (not a software's version, "PHP 8.1").
_MONEY = regex.compile(
    r"""(?<![\p{L}\p{N}])(?:(\p{Lu}{0,3}\$|[€£₹₱]|RM)[\x20\u00a0]?[0-9]
    |(PHP|SGD|HKD|NZD|INR)[\x20\u00a0]?[0-9][0-9.]*(?:,[0-9]{3}|[\x20\u00a0]?(?:million|billion)))""",
    regex.VERBOSE,
)
# Rupees counted in lakh (a hundred thousand) or crore (ten million), India's own units:
# "Rs 1,200 crore", "Rs.4 lakh". The sign alone is Pakistan's, Nepal's and Sri Lanka's too,
# and their papers count in lakh and crore as well: a region of theirs the page names wins.
_RUPEE_COUNT = regex.compile(
    r"(?<![\p{L}\p{N}])(?:Rs\.?|INR)[ \u00a0]?[0-9][0-9,.]*[ \u00a0]?(?:lakh|crore)s?(?!\p{L})"
)


def money_zone(text: str) -> str | None:
    """The zone of the country whose currency every amount the page prints is in, by its
    sign ("S$2,800", "₹40") or its code before a sum ("PHP8.7 million") or, for rupees, by
    the units it counts them in ("Rs 1,200 crore": India's, unless the page names a region of
    another zone, "Sindh", "Bagmati"): an outlet counts in its readers' money. None when an
    amount's sign is shared by several countries ("$", "€", "£") or the signs are of several
    zones.

    >>> money_zone("Fined S$2,800; the cap is S$5,000"), money_zone("S$40 or US$30") is None
    ('Asia/Singapore', True)
    >>> money_zone("The state set aside Rs 1,200 crore"), money_zone("Rs 400 a litre") is None
    ('Asia/Kolkata', True)
    >>> money_zone("Packs worth PHP8.7 million"), money_zone("Runs on PHP 8.1") is None
    ('Asia/Manila', True)
    """
    signs = zones()["currency_signs"]
    counted = {
        country_zones().get(signs.get(found[1] or found[2], ""), "")
        for found in _MONEY.finditer(text)
    }
    india = country_zones()["IN"]
    if _RUPEE_COUNT.search(text) and region_zones(text) <= {india}:
        counted.add(india)
    zone = counted.pop() if len(counted) == 1 else ""
    return zone or None


# A day of the month in brackets right after the word that places an event in time, in the
# middle of a story's sentence, as Sri Lankan English dates it: "held this morning (14)", "on
# Monday (13)"; not a widget's count at a line's head ("Today (5)", "Events: Today (3)").
_BRACKETED_DAY = regex.compile(
    r"""(?ix)\b(?-i:[a-z]+),?\x20(?:
      today | yesterday | tomorrow | tonight | last\snight    # a day told from the story's day
    | this\s(?:morning|afternoon|evening)                   # a part of the day
    | (?:on\s)?(?:mon|tues|wednes|thurs|fri|satur|sun)day    # a weekday
    )\s\((?:[1-9]|[12][0-9]|3[01])\)"""
)
# An amount in pounds or euros: money no Sri Lankan outlet counts its readers' in ("£4,000").
_POUNDS_OR_EUROS = regex.compile(r"[£€][ \u00a0]?[0-9]")
# An amount in rupees, the money a Sri Lankan outlet counts a foreign sum in for its readers
# ("€2 million, about Rs. 650 million"; "LKR 400").
_RUPEES = regex.compile(r"(?<![\p{L}\p{N}])(?:Rs\.?|LKR)[ \u00a0]?[0-9]")


def bracketed_day_zone(text: str) -> str | None:
    """Sri Lanka's zone when the page dates an event by a day of the month in brackets after
    the word that places it in time ("held this morning (14)"), as Sri Lankan English does,
    unless the page names a region of another zone or counts in pounds or euros and not in
    rupees too (a British page's "held yesterday (14)" beside "£4,000"; not a Sri Lankan one's
    "€2 million, about Rs. 650 million").

    >>> bracketed_day_zone("The Cabinet approved it this morning (14).")
    'Asia/Colombo'
    >>> bracketed_day_zone("The Cabinet met this morning (see page 14).") is None
    True
    >>> bracketed_day_zone("The fete held yesterday (14) raised £4,000.") is None
    True
    """
    sri_lanka = country_zones()["LK"]
    found = (
        _BRACKETED_DAY.search(text)
        and region_zones(text) <= {sri_lanka}
        and (not _POUNDS_OR_EUROS.search(text) or _RUPEES.search(text))
    )
    return sri_lanka if found else None


@once
def country_names() -> dict[str, str]:
    """The ISO 3166 code of each country by its English name, as tzdata's ``iso3166.tab``
    spells it ("New Zealand": "NZ"), but for the names of states and territories of the United
    States (``state_zones``): an American outlet's "Georgia" label is no Tbilisi clock.

    >>> country_names()["New Zealand"], "Georgia" in country_names()
    ('NZ', False)
    """
    states = {name for names in zones()["state_zones"].values() for name in names}
    table = resources.files("tzdata").joinpath("zoneinfo", "iso3166.tab").read_text("utf-8")
    names: dict[str, str] = {}
    for line in table.splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        code, name = line.split("\t", 1)
        if name.strip() not in states:
            names[name.strip()] = code
    return names


@once
def country_zones() -> dict[str, str]:
    """The zone of each country that tzdata's ``zone.tab`` gives one zone, or one zone of
    several that it says covers "most of" the country or its mainland (Ukraine's Kyiv, not
    Crimea's Simferopol; Spain's Madrid, not the Canaries'), by the country's ISO 3166 code:
    the file `named_zone` reads zones beside.

    >>> country_zones()["UA"], country_zones()["PH"], country_zones()["ES"]
    ('Europe/Kyiv', 'Asia/Manila', 'Europe/Madrid')
    >>> "US" in country_zones()
    False
    """
    rows: dict[str, list[tuple[str, str]]] = {}
    table = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text("utf-8")
    for line in table.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        country, _, zone, *comment = line.split("\t")
        rows.setdefault(country, []).append((zone, comment[0] if comment else ""))
    chosen: dict[str, str] = {}
    for country, zones_of in rows.items():
        most = [zone for zone, comment in zones_of if _covers_most(comment)]
        if len(zones_of) == 1 or len(most) == 1:
            chosen[country] = zones_of[0][0] if len(zones_of) == 1 else most[0]
    return chosen


def _covers_most(comment: str) -> bool:
    """Whether ``zone.tab``'s comment on a zone says it covers most of its country: "most of
    Ukraine", "Spain (mainland)"."""
    return comment.startswith("most of") or comment.endswith("(mainland)")
