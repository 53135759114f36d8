"""The timestamp grammar: patterns for dates, clock times, zones, labels and relative offsets,
built once from the ``timestamps`` facts of every language and ``data/zones.json``.

Patterns see lower-cased text with brackets and bars read as spaces and an en dash as a hyphen
(``decorated_as_spaces``).
Patterns of digits and punctuation alone, which need no Unicode class, are compiled with the
standard library's engine, about twice as fast as ``regex`` on these hot, simple patterns."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final, TypeAlias

import regex

from normalize.cache import once
from normalize.facts import section, zones
from normalize.timestamps.phrases import alternation, first_words, initials

Pattern: TypeAlias = "re.Pattern[str] | regex.Pattern[str]"
Match: TypeAlias = "re.Match[str] | regex.Match[str]"

_FLAGS: Final = regex.VERBOSE | regex.V0
# Brackets and bars decorate datelines ("(KST)", "[Sept]", "Sep 03 2014 | 4:32 pm"); they are
# read as spaces, one for one, so that positions in the text stay the same; an en dash is read
# as the hyphen it stands for ("14 – 06 - 2002").
_DECORATION: Final = str.maketrans("()[]{}|@，–", "        ,-")
_DECORATED: Final = re.compile(r"[()\[\]{}|@，–]")


def decorated_as_spaces(low: str) -> str:
    """Brackets and bars as spaces, one for one, and an en dash as a hyphen.

    >>> decorated_as_spaces("2024.05.17 (kst)"), decorated_as_spaces("14 – 06 - 2002")
    ('2024.05.17  kst ', '14 - 06 - 2002')
    """
    return low.translate(_DECORATION) if _DECORATED.search(low) is not None else low


def key(words: str) -> str:
    """Lookup key of matched words: lower case, single spaces.

    >>> key("Posted  On")
    'posted on'
    """
    lowered = words.lower()
    if " " not in lowered and lowered.isprintable():  # one word: no white space of any kind
        return lowered
    return " ".join(lowered.split())


@dataclass(frozen=True)
class Grammar:
    """Compiled patterns and word tables of every language the facts give timestamps for."""

    date: re.Pattern[str]
    numeric_date: re.Pattern[str]
    korean_date: re.Pattern[str]
    month_date: regex.Pattern[str]
    time: re.Pattern[str]
    hour_mark: re.Pattern[str]
    korean_time: re.Pattern[str]
    bare_hour: regex.Pattern[str]
    dotted_time: re.Pattern[str]
    lone_year: re.Pattern[str]
    meridiem_after: regex.Pattern[str]
    meridiem_before: regex.Pattern[str]
    clock_word: regex.Pattern[str]
    zone_after: regex.Pattern[str]
    zone_anywhere: regex.Pattern[str]
    label: regex.Pattern[str]
    relative: regex.Pattern[str]
    noise_word: regex.Pattern[str]
    weekday: regex.Pattern[str]  # a day of the week's name, not a Korean date's 일 ("21일")
    months: dict[str, int]
    meridiems: dict[str, str]
    clock_words: dict[str, int]
    zones: dict[str, str]
    ambiguous: dict[str, list[str]]
    zone_phrases: dict[str, str]
    published_labels: frozenset[str]
    elsewhere_labels: frozenset[str]  # labels of another thing's time: "Joined", "Основан"
    window_labels: frozenset[str]  # labels opening a publication window: "published from"
    units: dict[str, str]
    half_units: dict[str, tuple[str, float]]
    numbers: dict[str, float]
    day_words: dict[str, int]
    period_words: dict[str, tuple[str, int]]
    less_than_words: dict[str, int]
    gates: dict[str, frozenset[str]]  # words without which a pattern cannot match


@once
def words() -> dict[str, Any]:
    """Every language's ``timestamps`` facts merged, by meaning (``months``, ``labels``, ...).

    >>> words()["months"]["мая"], words()["labels"]["published"][:1]
    (5, ['posted on'])
    """
    merged: dict[str, Any] = {"labels": {"published": [], "modified": [], "elsewhere": []}}
    for facts in section("timestamps").values():
        for field, value in facts.items():
            if field == "labels":
                for role, labels in value.items():
                    merged["labels"][role].extend(labels)
            elif isinstance(value, dict):
                merged.setdefault(field, {}).update(value)
            else:
                merged.setdefault(field, []).extend(value)
    return merged


# Dates, each a pattern of its own; the reader takes the leftmost (then longest) match.
_DATE = r"""
    # year first: ISO 8601 and its Korean and Asian cousins 2024-05-17, 2024.05.17, 2024. 5. 17.,
    # and commas with no space after them, 2020,10,22 (no count: its thousands come in threes),
    # and single spaces between two-digit parts when a clock time follows, 2023 04 16 19:42
    # (or glued to a post's number before it when a clock time follows: #12024-01-22t16:04)
    (?:(?<![\d.])|(?:(?<=[^\d.]\d)|(?<=[^\d.]\d\d)|(?<=[^\d.]\d\d\d))
        (?=\d{4}-\d\d-\d\d[t\s]\d\d?:\d\d))
    (?P<y>\d{4})\s?(?P<sep>[-./]|,(?=\d)|\s(?=\d\d\s\d\d\s\d\d?:\d\d))\s?(?P<m>\d{1,2})\s?(?P=sep)\s?(?P<d>\d{1,2})
        (?!\d)\.?
"""
_NUMERIC_DATE = r"""
    # day and month as numbers, year last: 17.05.2024, 05/17/2024, 26. 10.21 (order by language)
    # (or glued to the clock time before it: 7:4012.02.2020); a four-digit year may be glued
    # by a colon to the headline's first letter after it (17.05.2024:Title), no clock time
    (?:(?<![\d.:])|(?<=\d[:：]\d\d))
        (?P<a>\d{1,2})\s?(?P<sep>[-./])\s?(?P<b>\d{1,2})\s?(?P=sep)\s?
        (?P<y>\d{4}|\d{2})(?!\d|\.\d|(?<!\d{4}):|:(?![^\W\d_]))
"""
_KOREAN_DATE = r"""
    # Korean with unit words: 2024년 5월 17일, 5월 17일; and in hanja: 2024年5月17日
    (?:(?P<y>\d{4})\s{0,3}[년年]\s{0,3})?
        (?<!\d)(?P<m>\d{1,2})\s{0,3}[월月]\s{0,3}(?P<d>\d{1,2})\s{0,3}[일日]
"""
_MONTH_DATE = r"""
    # day before a month name: 17 мая 2024, 9th Aug, 2015, 13 авг. 2005г.,
    # 14 декабря в 1989 году, the formal 9th day of July 2024, hyphens or slashes that join
    # the three, 22-May-2018, 15/Oct/2020, and a year run into the clock time after it,
    # 14 мая201620:40, or into a count and its word after it, 12 June 2023247 Views; two digits
    # before a month's name are no year but the day of the date's copy glued on, 14 февраля14 фев
    (?<![\d.:])(?P<d>\d{{1,2}})
        (?:(?:st|nd|rd|th)\s{{1,3}}day\s{{1,3}}of\s{{1,3}}
            | (?:st|nd|rd|th|-?го|-е)?\.?\s{{0,3}}(?:of\s{{1,3}})?
            | -(?=\p{{L}}{{3,9}}-(?:19|20)\d{{2}}(?!\d|-\d))
            | /(?=\p{{L}}{{3,9}}/(?:19|20)\d{{2}}(?!\d|/\d)))
        (?<!\p{{L}})(?P<mon>{months})(?!\p{{L}})\.?
        (?:(?:\s{{0,3}},?\s{{0,3}}(?:в\s{{1,3}})?|(?<=\p{{L}})[-/](?=(?:19|20)\d{{2}}(?!\d)))
            (?P<y>\d{{4}}(?:(?!\d)|(?=\d{{1,2}}[:：]\d{{2}}(?!\d)))
            | (?:19|20)\d{{2}}(?=\d{{1,7}}\s{{0,3}}\p{{L}})
            | '?\d{{2}}(?!\d|\s{{0,3}}[:h.]\d|\s{{0,3}}(?:{units}|{months})(?!\p{{L}}))))?
    # month name before the day: May 16, 2024, Sep 03 2014, Авг 26, 2015, a year run into a
    # count and its word after it, June 12, 2023247 Views, and a forum's year cut to two
    # digits behind an apostrophe, Sep 9th, '12, or behind hyphens that join the three,
    # Mar-11-08 (a range, Mar 11-12, keeps its days), and a comma after the month's name when
    # a year follows the day, Mar, 26 2020
    # (groups named apart, as the standard library's engine needs)
    | (?<!\p{{L}})(?P<mon2>{months})(?!\p{{L}})\.?
        (?:\s{{0,3}}|-(?=\d{{1,2}}-\d{{2}}(?!\d))
            |,\s{{0,3}}(?=\d{{1,2}}(?:st|nd|rd|th)?\s{{0,3}},?\s{{1,3}}(?:19|20)\d{{2}}(?!\d)))(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])
        (?:(?:\s{{0,3}},?\s{{0,3}}|(?:(?<=\p{{L}}-\d)|(?<=\p{{L}}-\d\d))-)
            (?P<y2>(?:\d{{4}}|'\d{{2}}|(?<=-)\d{{2}})(?!\d)
                | (?:19|20)\d{{2}}(?=\d{{1,7}}\s{{0,3}}\p{{L}})))?
"""
# Clock times.
_TIME = r"""
    # hours and minutes with colons, seconds and fractions optional: 17:03, 13:11:23.678;
    # a scraper that runs a row's cells together glues the clock to the year before it
    # (14 мая201620:40) or to a count after it (2008-05-19 21:074,112: views)
    (?:(?<![\d.:])|(?<=[^\d.:][12]\d{3}))(?P<H>\d{1,2})\s?[:：]\s?(?P<M>\d{2})
        (?:\s?[:：]\s?(?P<S>\d{2})(?:[.,](?P<F>\d{1,9}))?)?
        # no digit after, unless a full date, a Korean date's year or a count with its
        # thousands is glued on: 7:4012.02.2020, 16:252002년 3월 14일, 21:074,112
        (?:(?!\d)|(?=\d{1,2}[-./]\d{1,2}[-./]\d{4}(?!\d))|(?=\d{4}\s{0,3}[년年])
            |(?=\d{1,3}(?:,\d{3})+(?![\d,])))
"""
_HOUR_MARK = r"""
    # French-style hour mark: 10h11
    (?<![\d.:])(?P<H>\d{1,2})h(?P<M>\d{2})(?!\d)
"""
_KOREAN_TIME = r"""
    # Korean with unit words: 08시 30분, 5시
    (?<![\d.:])(?P<H>\d{1,2})\s{0,3}시(?!간)
        (?:\s{0,3}(?P<M>\d{1,2})\s{0,3}분)?(?:\s{0,3}(?P<S>\d{1,2})\s{0,3}초)?
"""
_BARE_HOUR = r"""
    # a bare hour with its half of the day: 9 pm, 1 a.m, 5 утра, 2 часа дня
    (?<![\d.:])(?P<H>\d{1,2})\s{0,3}(?:час(?:а|ов)?\s{0,3})?
        (?=(?:a\.?\s?m\b|p\.?\s?m\b|утра|вечера|ночи)(?!\p{L}))
    # "дня" is also "days": as the afternoon only after "час": 2 часа дня
    | (?<![\d.:])(?P<H2>\d{1,2})\s{0,3}час(?:а|ов)?\s{0,3}(?=дня(?!\p{L}))
"""
# Zones after a clock time or a date.
_ZONE = r"""
    # numeric offset, optionally after GMT/UTC: +0900, +09:00, GMT+9, UTC-09:30
    (?:(?P<pfx>gmt|utc|ut)\s?)?(?P<sign>[+\-−–])\s?(?P<oh>\d{{1,2}})(?::?(?P<om>\d{{2}}))?(?!\d)
    # abbreviation: KST, МСК, ET, EDT, Z
    | (?<!\p{{L}})(?P<abbr>{zones})(?!\p{{L}})
    # zone in words: по московскому времени, Eastern Time, 한국시간
    | (?<!\p{{L}})(?P<phrase>{phrases})(?!\p{{L}})
"""
_RELATIVE = r"""
    # tokens start a word or a number (Korean glues words: 2시간전), with a sign, a digit
    # or the first letter of one of the words below: one test passes over other places
    (?=[+\-−\d{initials}])(?<![\p{{Latin}}\p{{Cyrillic}}\d])
    (?:
    # less than a minute: a short, fixed look back
    (?<!\p{{L}})(?P<less>{less})(?!\p{{L}})
    # whole days: yesterday, позавчера, 그저께 (before "day" and "before" alone)
    | (?<!\p{{L}})(?P<day>{day})(?!\p{{L}})
    # one step of a period: last month, в прошлом году, 다음 달
    | (?<!\p{{L}})(?P<period>{period})(?!\p{{L}})
    # back in time; Korean attaches it to the unit: 2시간전
    | (?<![\p{{Latin}}\p{{Cyrillic}}])(?P<past>{past})(?!\p{{L}})
    # forward in time: in, через, 후 (before "now", for "from now")
    | (?<!\p{{L}})(?P<future>{future})(?!\p{{L}})
    # this moment: just now, сейчас, 방금
    | (?<!\p{{L}})(?P<now>{now})(?!\p{{L}})
    # half a unit in one word: полчаса, полгода
    | (?<!\p{{L}})(?P<half>{half})(?!\p{{L}})
    # an amount of a unit: 2 hours, 3 дня, 2시간, +1 decade, - 2 hours, 0,5 hours
    | (?:(?P<sign>[+\-−])\s{{0,3}})?
      (?<!\d)(?<!\d[.,])(?P<num>\d{{1,7}}(?:[.,]\d{{1,6}})?)(?![\d.])
      \s{{0,3}}(?P<unit>{units})\.?(?![\p{{Latin}}\p{{Cyrillic}}])
    # a number word and a unit: a week, пару секунд, 한 시간
    | (?<!\p{{L}})(?P<word>{numbers})(?![\p{{Latin}}\p{{Cyrillic}}])
      \s{{0,3}}(?P<word_unit>{units})\.?(?![\p{{Latin}}\p{{Cyrillic}}])
    # a unit alone, one of it: час назад, неделю назад
    | (?P<lone_unit>{units})\.?(?![\p{{Latin}}\p{{Cyrillic}}])
    )
"""
# The word tables of the relative pattern, by the group each fills.
_RELATIVE_TABLES: Final = (
    ("less", "less_than_words"),
    ("day", "day_words"),
    ("period", "period_words"),
    ("past", "past_words"),
    ("future", "future_words"),
    ("now", "now_words"),
    ("half", "half_units"),
)


def _relative_words(data: Mapping[str, Any]) -> list[str]:
    """Every word a relative time may start with."""
    tables = [table for _, table in _RELATIVE_TABLES] + ["numbers", "units"]
    return [word for table in tables for word in data[table]]


@once
def grammar() -> Grammar:
    """The grammar, compiled on first use.

    >>> grammar().months["sept"]
    9
    """
    data = words()
    zone_facts = zones()
    months = alternation(data["months"])
    units = alternation(data["units"])
    phrases = alternation(data["zone_phrases"])
    zone_core = _ZONE.format(
        zones=alternation([*zone_facts["zones"], *zone_facts["ambiguous_zones"]]),
        phrases=phrases,
    )
    labels = data["labels"]
    all_labels = [*labels["published"], *labels["modified"], *labels["elsewhere"]]
    relative_words = _relative_words(data)
    noise = [*data["weekdays"], *data["approx_words"], *data["filler_words"]]
    relative = _RELATIVE.format(
        initials=initials(relative_words),
        units=units,
        numbers=alternation(data["numbers"]),
        **{group: alternation(data[table]) for group, table in _RELATIVE_TABLES},
    )
    return Grammar(
        date=re.compile(_DATE, re.VERBOSE),
        numeric_date=re.compile(_NUMERIC_DATE, re.VERBOSE),
        korean_date=re.compile(_KOREAN_DATE, re.VERBOSE),
        month_date=regex.compile(_MONTH_DATE.format(months=months, units=units), _FLAGS),
        time=re.compile(_TIME, re.VERBOSE),
        hour_mark=re.compile(_HOUR_MARK, re.VERBOSE),
        korean_time=re.compile(_KOREAN_TIME, re.VERBOSE),
        bare_hour=regex.compile(_BARE_HOUR, _FLAGS),
        # 13.12 or 12.16 pm as a clock time, read only next to a full date
        dotted_time=re.compile(r"(?<![\d.:])(?P<H>\d{1,2})\.(?P<M>\d{2})(?![\d.])"),
        # a year standing apart from its date: Wed Aug 05 12:00:00 EDT 2015
        lone_year=re.compile(r"(?<![\d.:+\-])(?P<y>\d{4})(?![\d:])"),
        meridiem_after=regex.compile(
            rf"[\s,]{{0,4}}(?P<ap>{alternation(data['meridiem'])})(?!\p{{L}})", _FLAGS
        ),
        meridiem_before=regex.compile(
            rf"(?P<ap>{alternation(data['meridiem'])})[\s,]{{0,4}}\Z", _FLAGS
        ),
        clock_word=regex.compile(
            rf"(?<!\p{{L}})(?P<w>{alternation(data['clock_words'])})(?!\p{{L}})", _FLAGS
        ),
        zone_after=regex.compile(rf"[\s,]{{0,4}}(?:{zone_core})", _FLAGS),
        zone_anywhere=regex.compile(
            rf"""(?P<pfx>gmt|utc)\s?(?P<sign>[+\-−–])\s?(?P<oh>\d{{1,2}})(?::?(?P<om>\d{{2}}))?(?!\d)
                 | (?<!\p{{L}})(?P<phrase>{phrases})(?!\p{{L}})""",
            _FLAGS,
        ),
        # a label apart from letters before it, or glued to a meridiem or its zone: "PMUpdated"
        label=regex.compile(
            rf"(?:(?<!\p{{L}})|(?<=[0-9\x20][ap]m)|(?<=[ap]m\x20[a-z][sd]t))(?P<label>"
            rf"{alternation(all_labels)})(?![\p{{Latin}}\p{{Cyrillic}}])[\s:：.\-]{{0,6}}",
            _FLAGS,
        ),
        relative=regex.compile(relative, _FLAGS),
        noise_word=regex.compile(rf"(?<!\p{{L}})(?:{alternation(noise)})(?!\p{{L}})\.?", _FLAGS),
        weekday=regex.compile(
            rf"(?<![\p{{L}}\d])(?:{alternation(data['weekdays'])})(?!\p{{L}})", _FLAGS
        ),
        months=data["months"],
        meridiems=data["meridiem"],
        clock_words=data["clock_words"],
        zones=zone_facts["zones"],
        ambiguous=zone_facts["ambiguous_zones"],
        zone_phrases={key(k): v for k, v in data["zone_phrases"].items()},
        published_labels=frozenset(key(k) for k in labels["published"]),
        elsewhere_labels=frozenset(key(k) for k in labels["elsewhere"]),
        window_labels=frozenset(key(k) for k in data.get("window_labels", ())),
        units=data["units"],
        half_units={k: (v[0], float(v[1])) for k, v in data["half_units"].items()},
        numbers={key(k): float(v) for k, v in data["numbers"].items()},
        day_words={key(k): v for k, v in data["day_words"].items()},
        period_words={key(k): (v[0], int(v[1])) for k, v in data["period_words"].items()},
        less_than_words={key(k): v for k, v in data["less_than_words"].items()},
        gates={
            "month": first_words(data["months"]),
            "meridiem": first_words(data["meridiem"]),
            "half_day": first_words([*data["meridiem"], *data["half_day_hour_words"]])
            | frozenset(["a", "p", "m"]),
            "clock": first_words(data["clock_words"]),
            "zone": first_words([*data["zone_phrases"], "gmt", "utc"]),
            "label": first_words(all_labels),
            "relative": first_words(relative_words),
        },
    )


def opens_with_date(text: str) -> bool:
    """Whether the text opens with a date the grammar reads, with or without its year or a
    clock time after it, as the patterns see it lower-cased.

    >>> opens_with_date("March 4, 2024 By Parish Post"), opens_with_date("10월 2일 목요일")
    (True, True)
    >>> opens_with_date("the parish board, March 4")
    False
    """
    g = grammar()
    low = text.lower()
    dates = (g.date, g.numeric_date, g.korean_date, g.month_date)
    return any(pattern.match(low) is not None for pattern in dates)
