"""Find and parse news timestamps (Korean, Russian, English) to aware UTC datetimes.

Outlets print times in many shapes: ISO 8601, RFC 2822, `2024년 5월 17일 오후 5:03`,
`17 мая 2024, 12:30`, `May 16, 2024 at 9:00 p.m. ET`, behind labels such as `입력`, `Posted on :`
or `обновлено:`, and relative forms (`2시간 전`, `вчера в 14:05`). The grammar is a handful of
patterns (dates, clock times, zones, relative offsets) whose words come from one package data file,
`data/timestamps.json`. Nothing here reads the wall clock: relative forms need `now`.

A zone is taken from the text when it states one; an abbreviation that means different zones in
different countries (IST, CST, BST, ...) is never guessed. With no zone in the text, `default_tz`
applies; without it, the zone a reader of the page would assume (Korean words or page: Asia/Seoul,
Russian: Europe/Moscow), else UTC, and documents get a `timezone_assumed` warning.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from importlib import resources
from typing import Any, NamedTuple, TypeAlias
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import polars as pl
import regex

__all__ = ["Times", "find_times", "parse_timestamp", "timestamps_expr"]


class Times(NamedTuple):
    """Publication and modification instants of a document, where they were, and what went wrong.

    `spans` are code-point (start, end) ranges of every timestamp used, labels included;
    `warnings` are "code: detail" strings.
    """

    published_at: datetime | None
    modified_at: datetime | None
    spans: list[tuple[int, int]]
    warnings: list[str]


# --------------------------------------------------------------------------------------------
# The grammar: patterns built once from the data file.
# --------------------------------------------------------------------------------------------

# Patterns see lower-cased text (one lower-casing beats case-insensitive matching everywhere).
# Patterns of digits and punctuation alone, which need no Unicode class, run on the standard
# library's engine: on these hot, simple patterns it is about twice as fast as `regex`.
_FLAGS = regex.VERBOSE | regex.V0
_Pattern: TypeAlias = "re.Pattern[str] | regex.Pattern[str]"
_Match: TypeAlias = "re.Match[str] | regex.Match[str]"

# Brackets and bars decorate datelines ("(KST)", "[Sept]", "Sep 03 2014 | 4:32 pm"); they are
# read as spaces, one for one, so that positions in the text stay the same.
_DECORATION = str.maketrans("()[]{}|@，", "        ,")
_DECORATED = re.compile(r"[()\[\]{}|@，]")


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words that prefers the longest ("수정일" over "수정").

    The words are laid out as a prefix tree ("ju(?:ne|ly)"), so that a failed attempt costs one
    character test rather than one per word; the words that can match at one place are prefixes
    of each other, so trying longer continuations first keeps the longest-first preference.
    """
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for symbol in " ".join(word.split()):
            node = node.setdefault(symbol, {})
        node[""] = {}
    return _tree_pattern(tree)


def _initials(words: Iterable[str]) -> str:
    """The letters the words start with, as the body of a character class."""
    return "".join(sorted({regex.escape(word.split()[0][0]) for word in words}))


def _tree_pattern(node: dict[str, Any]) -> str:
    """One node of the prefix tree as a pattern; a space stands for one to three spaces."""
    branches = [
        (r"\s{1,3}" if symbol == " " else regex.escape(symbol)) + _tree_pattern(child)
        for symbol, child in sorted(node.items())
        if symbol
    ]
    if not branches:
        return ""
    if "" in node:
        return f"(?:{'|'.join(branches)})?"
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


@functools.cache
def _data() -> dict[str, Any]:
    """Month names, labels, zone words and relative words, loaded once."""
    text = resources.files("normalize.data").joinpath("timestamps.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@dataclass(frozen=True)
class _Grammar:
    """Compiled patterns and word tables, built once from the data file."""

    date: re.Pattern[str]
    numeric_date: re.Pattern[str]
    korean_date: re.Pattern[str]
    month_date: _Pattern
    time: re.Pattern[str]
    hour_mark: re.Pattern[str]
    korean_time: re.Pattern[str]
    bare_hour: _Pattern
    dotted_time: re.Pattern[str]
    lone_year: re.Pattern[str]
    meridiem_after: _Pattern
    meridiem_before: _Pattern
    clock_word: _Pattern
    zone_after: _Pattern
    zone_anywhere: _Pattern
    label: _Pattern
    relative: _Pattern
    noise_word: _Pattern
    months: dict[str, int]
    meridiems: dict[str, str]
    clock_words: dict[str, int]
    zones: dict[str, str]
    ambiguous: dict[str, list[str]]
    zone_phrases: dict[str, str]
    published_labels: frozenset[str]
    units: dict[str, str]
    half_units: dict[str, tuple[str, float]]
    numbers: dict[str, float]
    day_words: dict[str, int]
    period_words: dict[str, tuple[str, int]]
    less_than_words: dict[str, int]
    gates: dict[str, frozenset[str]]  # words without which a pattern cannot match


@functools.cache
def _grammar() -> _Grammar:
    data = _data()
    months = _alternation(data["months"])
    meridiem = _alternation(data["meridiem"])
    zones = _alternation([*data["zones"], *data["ambiguous_zones"]])
    phrases = _alternation(data["zone_phrases"])
    labels = data["labels"]
    numbers = _alternation(data["numbers"])
    units = _alternation(data["units"])
    alt = _alternation
    noise = [*data["weekdays"], *data["approx_words"], *data["filler_words"]]
    relative_words = [
        *data["less_than_words"],
        *data["day_words"],
        *data["period_words"],
        *data["past_words"],
        *data["future_words"],
        *data["now_words"],
        *data["half_units"],
        *data["numbers"],
        *data["units"],
    ]
    date = r"""
        # year first: ISO 8601 and its Korean and Asian cousins 2024-05-17, 2024.05.17, 2024. 5. 17.
        (?<![\d.])(?P<y>\d{4})\s?(?P<sep>[-./])\s?(?P<m>\d{1,2})\s?(?P=sep)\s?(?P<d>\d{1,2})
            (?!\d)\.?
    """
    numeric_date = r"""
        # day and month as numbers, year last: 17.05.2024, 05/17/2024, 26. 10.21 (order by language)
        (?<![\d.:])(?P<a>\d{1,2})\s?(?P<sep>[-./])\s?(?P<b>\d{1,2})\s?(?P=sep)\s?
            (?P<y>\d{4}|\d{2})(?![\d:]|\.\d)
    """
    korean_date = r"""
        # Korean with unit words: 2024년 5월 17일, 5월 17일; and in hanja: 2024年5月17日
        (?:(?P<y>\d{4})\s{0,3}[년年]\s{0,3})?
            (?<!\d)(?P<m>\d{1,2})\s{0,3}[월月]\s{0,3}(?P<d>\d{1,2})\s{0,3}[일日]
    """
    month_date = rf"""
        # day before a month name: 17 мая 2024, 9th Aug, 2015, 13 авг. 2005г.,
        # 14 декабря в 1989 году
        (?<![\d.:])(?P<d>\d{{1,2}})(?:st|nd|rd|th|-?го|-е)?\.?\s{{0,3}}(?:of\s{{1,3}})?
            (?<!\p{{L}})(?P<mon>{months})(?!\p{{L}})\.?
            (?:\s{{0,3}},?\s{{0,3}}(?:в\s{{1,3}})?
                (?P<y>\d{{4}}(?!\d)
                | '?\d{{2}}(?!\d|\s{{0,3}}[:h.]\d|\s{{0,3}}(?:{units})(?!\p{{L}}))))?
        # month name before the day: May 16, 2024, Sep 03 2014, Авг 26, 2015
        # (groups named apart, as the standard library's engine needs)
        | (?<!\p{{L}})(?P<mon2>{months})(?!\p{{L}})\.?
            \s{{0,3}}(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])
            (?:\s{{0,3}},?\s{{0,3}}(?P<y2>\d{{4}})(?!\d))?
    """
    time = r"""
        # hours and minutes with colons, seconds and fractions optional: 17:03, 13:11:23.678
        (?<![\d.:])(?P<H>\d{1,2})\s?[:：]\s?(?P<M>\d{2})
            (?:\s?[:：]\s?(?P<S>\d{2})(?:[.,](?P<F>\d{1,9}))?)?(?!\d)
    """
    hour_mark = r"""
        # French-style hour mark: 10h11
        (?<![\d.:])(?P<H>\d{1,2})h(?P<M>\d{2})(?!\d)
    """
    korean_time = r"""
        # Korean with unit words: 08시 30분, 5시
        (?<![\d.:])(?P<H>\d{1,2})\s{0,3}시(?!간)
            (?:\s{0,3}(?P<M>\d{1,2})\s{0,3}분)?(?:\s{0,3}(?P<S>\d{1,2})\s{0,3}초)?
    """
    bare_hour = r"""
        # a bare hour with its half of the day: 9 pm, 1 a.m, 5 утра, 2 часа дня
        (?<![\d.:])(?P<H>\d{1,2})\s{0,3}(?:час(?:а|ов)?\s{0,3})?
            (?=(?:a\.?\s?m\b|p\.?\s?m\b|утра|вечера|ночи)(?!\p{L}))
        # "дня" is also "days": as the afternoon only after "час": 2 часа дня
        | (?<![\d.:])(?P<H2>\d{1,2})\s{0,3}час(?:а|ов)?\s{0,3}(?=дня(?!\p{L}))
    """
    zone_core = rf"""
        # numeric offset, optionally after GMT/UTC: +0900, +09:00, GMT+9, UTC-09:30
        (?:(?P<pfx>gmt|utc|ut)\s?)?(?P<sign>[+\-−–])\s?(?P<oh>\d{{1,2}})(?::?(?P<om>\d{{2}}))?(?!\d)
        # abbreviation: KST, МСК, ET, EDT, Z
        | (?<!\p{{L}})(?P<abbr>{zones})(?!\p{{L}})
        # zone in words: по московскому времени, Eastern Time, 한국시간
        | (?<!\p{{L}})(?P<phrase>{phrases})(?!\p{{L}})
    """
    label_words = _alternation([*labels["published"], *labels["modified"]])
    return _Grammar(
        date=re.compile(date, re.VERBOSE),
        numeric_date=re.compile(numeric_date, re.VERBOSE),
        korean_date=re.compile(korean_date, re.VERBOSE),
        month_date=regex.compile(month_date, _FLAGS),
        time=re.compile(time, re.VERBOSE),
        hour_mark=re.compile(hour_mark, re.VERBOSE),
        korean_time=re.compile(korean_time, re.VERBOSE),
        bare_hour=regex.compile(bare_hour, _FLAGS),
        # 13.12 or 12.16 pm as a clock time, read only next to a full date
        dotted_time=re.compile(r"(?<![\d.:])(?P<H>\d{1,2})\.(?P<M>\d{2})(?![\d.])"),
        # a year standing apart from its date: Wed Aug 05 12:00:00 EDT 2015
        lone_year=re.compile(r"(?<![\d.:+\-])(?P<y>\d{4})(?![\d:])"),
        meridiem_after=regex.compile(rf"[\s,]{{0,4}}(?P<ap>{meridiem})(?!\p{{L}})", _FLAGS),
        meridiem_before=regex.compile(rf"(?P<ap>{meridiem})[\s,]{{0,4}}\Z", _FLAGS),
        clock_word=regex.compile(
            rf"(?<!\p{{L}})(?P<w>{_alternation(data['clock_words'])})(?!\p{{L}})", _FLAGS
        ),
        zone_after=regex.compile(rf"[\s,]{{0,4}}(?:{zone_core})", _FLAGS),
        zone_anywhere=regex.compile(
            rf"""(?P<pfx>gmt|utc)\s?(?P<sign>[+\-−–])\s?(?P<oh>\d{{1,2}})(?::?(?P<om>\d{{2}}))?(?!\d)
                 | (?<!\p{{L}})(?P<phrase>{phrases})(?!\p{{L}})""",
            _FLAGS,
        ),
        label=regex.compile(
            rf"(?<!\p{{L}})(?P<label>{label_words})(?![\p{{Latin}}\p{{Cyrillic}}])[\s:：.\-]{{0,6}}",
            _FLAGS,
        ),
        relative=regex.compile(
            rf"""
            # tokens start a word or a number (Korean glues words: 2시간전), with a sign, a digit
            # or the first letter of one of the words below: one test passes over other places
            (?=[+\-−\d{_initials(relative_words)}])(?<![\p{{Latin}}\p{{Cyrillic}}\d])
            (?:
            # less than a minute: a short, fixed look back
            (?<!\p{{L}})(?P<less>{alt(data["less_than_words"])})(?!\p{{L}})
            # whole days: yesterday, позавчера, 그저께 (before "day" and "before" alone)
            | (?<!\p{{L}})(?P<day>{alt(data["day_words"])})(?!\p{{L}})
            # one step of a period: last month, в прошлом году, 다음 달
            | (?<!\p{{L}})(?P<period>{alt(data["period_words"])})(?!\p{{L}})
            # back in time; Korean attaches it to the unit: 2시간전
            | (?<![\p{{Latin}}\p{{Cyrillic}}])(?P<past>{alt(data["past_words"])})(?!\p{{L}})
            # forward in time: in, через, 후 (before "now", for "from now")
            | (?<!\p{{L}})(?P<future>{alt(data["future_words"])})(?!\p{{L}})
            # this moment: just now, сейчас, 방금
            | (?<!\p{{L}})(?P<now>{alt(data["now_words"])})(?!\p{{L}})
            # half a unit in one word: полчаса, полгода
            | (?<!\p{{L}})(?P<half>{alt(data["half_units"])})(?!\p{{L}})
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
            """,
            _FLAGS,
        ),
        noise_word=regex.compile(
            rf"(?<!\p{{L}})(?:{_alternation(noise)})(?!\p{{L}})\.?",
            _FLAGS,
        ),
        months=data["months"],
        meridiems=data["meridiem"],
        clock_words=data["clock_words"],
        zones=data["zones"],
        ambiguous=data["ambiguous_zones"],
        zone_phrases={_key(k): v for k, v in data["zone_phrases"].items()},
        published_labels=frozenset(_key(k) for k in labels["published"]),
        units=data["units"],
        half_units={k: (v[0], float(v[1])) for k, v in data["half_units"].items()},
        numbers={_key(k): float(v) for k, v in data["numbers"].items()},
        day_words={_key(k): v for k, v in data["day_words"].items()},
        period_words={_key(k): (v[0], int(v[1])) for k, v in data["period_words"].items()},
        less_than_words={_key(k): v for k, v in data["less_than_words"].items()},
        gates={
            "month": _first_words(data["months"]),
            "meridiem": _first_words(data["meridiem"]),
            "half_day": _first_words([*data["meridiem"], *data["half_day_hour_words"]])
            | frozenset(["a", "p", "m"]),
            "clock": _first_words(data["clock_words"]),
            "zone": _first_words([*data["zone_phrases"], "gmt", "utc"]),
            "label": _first_words([*labels["published"], *labels["modified"]]),
            "relative": _first_words(relative_words),
        },
    )


# Patterns that also run on the standard library's engine, several times faster, for lines of
# ASCII alone (most datelines): there a letter is a-z and a digit 0-9, in both engines.
_TWINNED = (
    "month_date",
    "bare_hour",
    "meridiem_after",
    "meridiem_before",
    "clock_word",
    "zone_after",
    "zone_anywhere",
    "label",
    "relative",
    "noise_word",
)
_ASCII_CLASSES = (
    (r"[\p{Latin}\p{Cyrillic}\d]", "[a-zA-Z0-9]"),
    (r"[\p{Latin}\p{Cyrillic}]", "[a-zA-Z]"),
    (r"\p{L}", "[a-zA-Z]"),
)


@functools.cache
def _ascii_grammar() -> _Grammar:
    """The grammar for ASCII text: the same patterns, Unicode classes narrowed to ASCII."""
    g = _grammar()
    twins: dict[str, Any] = {
        name: _twin(getattr(g, name), _ASCII_CLASSES, re.VERBOSE | re.ASCII) for name in _TWINNED
    }
    return replace(g, **twins)


# Lines in the scripts of the three languages (Latin, Cyrillic, Hangul, common punctuation) run
# on the standard library's engine too, the Unicode classes spelled out as ranges of those blocks;
# characters the two engines class differently (² is a word character to one only) are left out.
_COMMON_BLOCKS = (
    (0x0000, 0x024F),  # Latin
    (0x0400, 0x04FF),  # Cyrillic
    (0x2000, 0x206F),  # general punctuation
    (0x3000, 0x303F),  # CJK punctuation
    (0x3130, 0x318F),  # Hangul compatibility jamo
    (0xAC00, 0xD7A3),  # Hangul syllables
    (0xFF00, 0xFFEF),  # full-width forms
)


class _Common(NamedTuple):
    """The standard library's engine for the common blocks: what it may read, and its classes."""

    outside: re.Pattern[str]  # a character outside the common blocks
    classes: tuple[tuple[str, str], ...]  # Unicode class -> the same class as ranges
    letters: re.Pattern[str]
    hangul: re.Pattern[str]


@functools.cache
def _common() -> _Common:
    chars = "".join(chr(code) for start, end in _COMMON_BLOCKS for code in range(start, end + 1))
    agreed = set(chars)
    for shorthand in (r"\w", r"\d", r"\s"):
        mine = {m[0] for m in regex.finditer(shorthand, chars)}
        theirs = {m[0] for m in re.finditer(shorthand, chars)}
        agreed -= mine ^ theirs
    common = "".join(char for char in chars if char in agreed)

    def ranges(unicode_class: str) -> str:
        members = regex.findall(unicode_class, common)
        return _ranges(members)

    latin, cyrillic, letter = ranges(r"\p{Latin}"), ranges(r"\p{Cyrillic}"), ranges(r"\p{L}")
    hangul = ranges(r"\p{Hangul}")
    return _Common(
        outside=re.compile(f"[^{_ranges(list(common))}]"),
        classes=(
            (r"[\p{Latin}\p{Cyrillic}\d]", f"[{latin}{cyrillic}\\d]"),
            (r"[\p{Latin}\p{Cyrillic}]", f"[{latin}{cyrillic}]"),
            (r"\p{L}", f"[{letter}]"),
        ),
        letters=re.compile(f"[{letter}]+"),
        hangul=re.compile(f"[{hangul}]"),
    )


def _ranges(members: list[str]) -> str:
    """Characters as a character-class body of escaped ranges: \\u0041-\\u005a..."""
    codes = sorted(map(ord, members))
    pieces: list[str] = []
    index = 0
    while index < len(codes):
        start = end = codes[index]
        while index + 1 < len(codes) and codes[index + 1] == end + 1:
            index += 1
            end = codes[index]
        pieces.append(f"\\U{start:08x}" if start == end else f"\\U{start:08x}-\\U{end:08x}")
        index += 1
    return "".join(pieces)


@functools.cache
def _common_grammar() -> _Grammar:
    """The grammar for text of the common blocks, on the standard library's engine."""
    g = _grammar()
    classes = _common().classes
    twins: dict[str, Any] = {
        name: _twin(getattr(g, name), classes, re.VERBOSE) for name in _TWINNED
    }
    return replace(g, **twins)


def _twin(pattern: _Pattern, classes: tuple[tuple[str, str], ...], flags: int) -> re.Pattern[str]:
    source = pattern.pattern
    for unicode_class, ranges in classes:
        source = source.replace(unicode_class, ranges)
    if "\\p{" in source or "\\P{" in source:
        raise ValueError(f"A Unicode class has no twin in {source[:60]!r}.")
    return re.compile(source, flags)


def _grammar_for(whole: _Line) -> _Grammar:
    return whole.grammar


def _first_words(phrases: Iterable[str]) -> frozenset[str]:
    """The first word of each phrase, as `_LETTERS` splits it: "posted on" gives "posted"."""
    return frozenset(_LETTERS.findall(phrase)[0] for phrase in phrases)


def _key(words: str) -> str:
    """Lookup key of matched words: lower case, single spaces."""
    key = words.lower()
    if " " not in key and key.isprintable():  # one word: no white space of any kind
        return key
    return " ".join(key.split())


# --------------------------------------------------------------------------------------------
# Reading one segment (the text after one label, or a whole short string).
# --------------------------------------------------------------------------------------------

_LETTERS = regex.compile(r"\p{L}+")
_ASCII_LETTERS = re.compile(r"[a-zA-Z]+")
_HANGUL = regex.compile(r"\p{Hangul}")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_WORD = regex.compile(r"[\p{L}\d]+")
_ANY_TIME_HINT = _DIGIT = re.compile(r"\d")
# What a numeric date needs: digits on both sides of a separator (2024-05-17, 17.05.2024).
_SEPARATED_DIGITS = re.compile(r"\d\s?[-./]\s?\d")
# What a bare hour needs (9 pm, 5 утра, 2 часа дня), looked for on the faster engine first.
_BARE_HOUR_HINT = re.compile(r"\d\W{0,3}[apувнч]")


class _Reading(NamedTuple):
    """What one segment says: the instant, or why there is none."""

    value: datetime | None
    problem: str | None  # a warning when value is None (or the zone was assumed: see assumed)
    assumed: str | None  # "Asia/Seoul (Korean page)" when the zone was not in the text
    spans: list[tuple[int, int]]  # the parts that were read, for dateline tests
    shape: str  # "full", "date", "yearless", "yearless_clock", "clock", "relative" or ""


_NOTHING = _Reading(None, None, None, [], "")


class _Context(NamedTuple):
    """The caller's settings, checked once per call."""

    default_tz: tzinfo | None
    default_name: str | None
    now: datetime | None
    lang: str | None


def _context(default_tz: str | None, now: datetime | None, lang: str | None) -> _Context:
    """The caller's settings checked; a naive `now` is read in `default_tz` (else UTC).

    A column or a corpus repeats the same settings: they are checked once for each distinct set.
    """
    try:
        return _checked_context(default_tz, now, lang)
    except TypeError:  # unhashable settings: checked below, which says what is wrong
        return _check_context(default_tz, now, lang)


@functools.lru_cache(maxsize=256)
def _checked_context(default_tz: str | None, now: datetime | None, lang: str | None) -> _Context:
    return _check_context(default_tz, now, lang)


def _check_context(default_tz: str | None, now: datetime | None, lang: str | None) -> _Context:
    if now is not None and not isinstance(now, datetime):
        raise TypeError("now must be a datetime; pass the time the page was fetched.")
    if default_tz is not None and not isinstance(default_tz, str):
        raise TypeError("default_tz must be an IANA zone name such as 'Asia/Seoul'.")
    # Only the languages whose conventions the data file knows decide anything; "und" or "ja"
    # leave the line's own words to decide.
    known = lang if lang in _LANGUAGES else None
    zone = _zone(default_tz) if default_tz is not None else None
    if now is not None and now.tzinfo is None:
        now = now.replace(tzinfo=zone or UTC)
    return _Context(zone, default_tz, now, known)


_LANGUAGES = frozenset({"en", "ko", "ru"})


@functools.cache
def _zone(name: str) -> tzinfo:
    """An IANA zone or a fixed "+09:00" offset by name; UTC as the standard library's own."""
    if name == "UTC":
        return UTC
    if name[:1] in "+-" and len(name) == 6:
        sign = -1 if name[0] == "-" else 1
        return timezone(sign * timedelta(hours=int(name[1:3]), minutes=int(name[4:6])))
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValueError(
            f"Unknown time zone {name!r}; pass an IANA name such as 'Asia/Seoul' or 'UTC'."
        ) from error


def _quote(text: str) -> str:
    """The text a warning names, shortened to one readable line."""
    text = " ".join(text.split())
    return repr(text if len(text) <= 60 else text[:57] + "...")


def _read(whole: _Line, start: int, end: int, ctx: _Context) -> _Reading:
    """The instant one segment of a line states, or the reason it states none.

    The whole line's words (a Korean label) hint at the zone; its word set gates the patterns.
    """
    g = _grammar_for(whole)
    segment, text, words = whole.text[start:end], whole.low[start:end], whole.words
    relative = bool(words & g.gates["relative"]) or whole.hangul
    if not relative and not _DIGIT.search(text) and not words & g.gates["clock"]:
        return _NOTHING  # no number, no relative word, no noon: no time
    spans: list[tuple[int, int]] = []
    year = month = day = None
    order_free: tuple[int, int] | None = None
    separated = ("-" in text or "." in text or "/" in text) and (
        _SEPARATED_DIGITS.search(text) is not None  # not the dots of "p.m." alone
    )
    found_date = _leftmost(
        text,
        g.date if separated else None,
        g.numeric_date if separated else None,
        g.korean_date if "월" in text or "月" in text else None,
        g.month_date if words & g.gates["month"] else None,
    )
    # Dates hold no colon, "시" or half-day word, so the clock patterns run on the text as is;
    # only the dotted clock (13.12), read after a date, must not see the date's own dots.
    if found_date is not None:
        spans.append(found_date.span())
        pattern = found_date.re
        year_digits = found_date["y"]
        if pattern is g.month_date:
            if found_date["mon"] is None:  # the month name before the day
                month = g.months.get(_key(found_date["mon2"]).rstrip("."))
                day, year_digits = int(found_date["d2"]), found_date["y2"]
            else:
                month = g.months.get(_key(found_date["mon"]).rstrip("."))
                day = int(found_date["d"])
        elif pattern is g.numeric_date:
            order_free = (int(found_date["a"]), int(found_date["b"]))
        else:
            month, day = int(found_date["m"]), int(found_date["d"])
        if year_digits is not None:
            year = _year(year_digits)
    clock = _clock(text, found_date, spans, words, g)
    anchors = [clock[5]] if clock is not None else []
    if found_date is not None:
        anchors.append(found_date.end())
    zone, zone_problem = _zone_in(text, anchors, spans, ctx, words, g)
    if found_date is None:
        masked = _mask_all(text, spans)
        return _read_relative(segment, masked, clock, zone, zone_problem, spans, ctx, whole)
    if year is None:
        # a year standing apart from its date: Wed Aug 05 12:00:00 EDT 2015
        lone = g.lone_year.search(text)
        if lone is not None:
            year = int(lone["y"])
            spans.append(lone.span())
    if year is None:
        shape = "yearless_clock" if clock is not None else "yearless"
    else:
        shape = "full" if clock is not None else "date"
    if zone_problem is not None:
        return _Reading(None, zone_problem, None, spans, shape)
    if order_free is not None:
        first, second = order_free
        if _language(whole, ctx) == "ko" and len(found_date["y"]) == 2:
            # Korean sites shorten the year in front: 24.05.17 is 2024-05-17
            year, month, day = _year(found_date["a"]), second, int(found_date["y"])
        else:
            month_first = (_month_first(whole, ctx) and first <= 12) or second > 12
            month, day = (first, second) if month_first else (second, first)
    if month is None or day is None:
        return _Reading(None, f"timestamp_unparsed: {_quote(segment)}", None, spans, shape)
    hour, minute, second, micro = clock[:4] if clock is not None else (0, 0, 0, 0)
    if year is None:
        if ctx.now is None:
            return _Reading(None, _needs_now(segment), None, spans, shape)
        zone_used, assumed = _zone_or_default(zone, whole, ctx)
        today = ctx.now.astimezone(zone_used).date()
        year = today.year
        if _valid(year, month, day) and date(year, month, day) > today + timedelta(days=1):
            year -= 1
    if not _valid(year, month, day) or minute > 59 or second > 60 or hour * 60 + minute > 1440:
        return _Reading(None, f"timestamp_unparsed: {_quote(segment)}", None, spans, shape)
    zone_used, assumed = _zone_or_default(zone, whole, ctx)
    if hour < 24:  # built in its zone at once: the earlier reading of a repeated hour (fold 0)
        local = datetime(year, month, day, hour, minute, min(second, 59), micro, zone_used)
    else:  # 24:00 is the next midnight, which 9999-12-31 lacks
        try:
            local = datetime(year, month, day) + timedelta(
                hours=hour, minutes=minute, seconds=min(second, 59), microseconds=micro
            )
        except OverflowError:
            return _Reading(None, f"timestamp_unparsed: {_quote(segment)}", None, spans, shape)
    value = _utc(local, zone_used)
    if value is None:
        return _Reading(None, f"timestamp_unparsed: {_quote(segment)}", None, spans, shape)
    return _Reading(value, None, assumed, spans, shape)


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether a span shares characters with any already read (a clock is no zone offset)."""
    return any(span[0] < end and start < span[1] for start, end in spans)


def _leftmost(text: str, *patterns: _Pattern | None) -> _Match | None:
    """The earliest (then longest) match of several patterns; None stands for a skipped one."""
    best: _Match | None = None
    for pattern in patterns:
        if pattern is None:
            continue
        found = pattern.search(text)
        if found is None:
            continue
        if best is None:
            best = found
            continue
        start, best_start = found.start(), best.start()
        if start < best_start or (start == best_start and found.end() > best.end()):
            best = found
    return best


def _mask(text: str, span: tuple[int, int]) -> str:
    """The text with one span blanked out, positions kept."""
    start, end = span
    return text[:start] + " " * (end - start) + text[end:]


def _mask_all(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with every span blanked out, in one pass."""
    pieces: list[str] = []
    position = 0
    for start, end in sorted(spans):
        if end <= position:
            continue
        start = max(start, position)
        pieces.append(text[position:start])
        pieces.append(" " * (end - start))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _year(digits: str) -> int:
    """A printed year; two digits mean 1970-2069, as newspapers of either century used them."""
    value = int(digits.lstrip("'"))
    if len(digits.lstrip("'")) == 2:
        value += 2000 if value < 70 else 1900
    return value


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _clock(
    text: str,
    found_date: _Match | None,
    spans: list[tuple[int, int]],
    words: frozenset[str],
    g: _Grammar,
) -> tuple[int, int, int, int, int, int] | None:
    """Hour, minute, second, microsecond and the span of the clock time in the text."""
    found = _leftmost(
        text,
        g.time if ":" in text or "：" in text else None,
        g.hour_mark if "h" in text else None,
        g.korean_time if "시" in text else None,
        g.bare_hour if words & g.gates["half_day"] and _BARE_HOUR_HINT.search(text) else None,
    )
    if found is None and found_date is not None:
        found = g.dotted_time.search(_mask(text, found_date.span()))
    if found is None:
        word = g.clock_word.search(text) if words & g.gates["clock"] else None
        if word is None:
            return None
        spans.append(word.span())
        hour = g.clock_words[_key(word["w"])]
        return hour, 0, 0, 0, word.start(), word.end()
    named = found.re.groupindex
    hour = int(found["H"] if found["H"] is not None else found["H2"])
    minute = int(found["M"] or 0) if "M" in named else 0
    second = int(found["S"] or 0) if "S" in named else 0
    fraction = found["F"] if "F" in named else None
    micro = int((fraction + "000000")[:6]) if fraction else 0
    start, end = found.span()
    half: str | None = None
    if words & g.gates["meridiem"]:
        after = g.meridiem_after.match(text, end)
        before = None if after else g.meridiem_before.search(text, max(0, start - 12), start)
        if after is not None:
            half = g.meridiems[_key(after["ap"])]
            end = after.end()
        elif before is not None:
            half = g.meridiems[_key(before["ap"])]
            start = before.start()
    if half is not None and 1 <= hour <= 12:
        hour = hour % 12 + (12 if half == "pm" else 0)
    spans.append((start, end))
    return hour, minute, second, micro, start, end


def _zone_in(
    text: str,
    anchors: list[int],
    spans: list[tuple[int, int]],
    ctx: _Context,
    words: frozenset[str],
    g: _Grammar,
) -> tuple[tzinfo | None, str | None]:
    """The zone the text states after its clock time, or words anywhere; a problem if ambiguous."""
    ambiguous: str | None = None
    for anchor in anchors:
        if not text[anchor : anchor + 8].strip(" ,"):
            continue  # nothing follows the clock or date
        position = anchor
        for _ in range(3):
            found = g.zone_after.match(text, position)
            if found is None or _overlaps(found.span(), spans):
                break
            position = found.end()
            zone = _zone_of(found)
            if zone is not None:
                spans.append(found.span())
                return zone, None
            if found["abbr"] is not None:
                spans.append(found.span())
                ambiguous = ambiguous or found["abbr"]
    anywhere = g.zone_anywhere.search(text) if words & g.gates["zone"] else None
    if anywhere is not None:
        spans.append(anywhere.span())
        return _zone_of(anywhere), None
    if ambiguous is None:
        return None, None
    resolved = _resolve_ambiguous(ambiguous, ctx)
    if resolved is not None:
        return resolved, None
    choices = ", ".join(_grammar().ambiguous[_key(ambiguous)])
    return None, (
        f"timezone_ambiguous: {ambiguous.upper()!r} names several zones ({choices}); "
        "pass default_tz to choose one"
    )


def _zone_of(found: _Match) -> tzinfo | None:
    """The zone one zone match names; None for an ambiguous abbreviation."""
    g = _grammar()
    if found["sign"] is not None:
        return _offset(found["sign"], found["oh"], found["om"], found["pfx"] is not None)
    if "abbr" in found.re.groupindex and found["abbr"] is not None:
        name = g.zones.get(_key(found["abbr"]))
        return _zone(name) if name is not None else None
    return _zone(g.zone_phrases[_key(found["phrase"])])


@functools.lru_cache(maxsize=512)
def _offset(sign: str, hours: str, minutes: str | None, prefixed: bool) -> tzinfo | None:
    """A printed UTC offset as a zone; a bare "+9" without GMT/UTC is no offset (a count)."""
    if not prefixed and minutes is None and len(hours) < 2:
        return None
    oh, om = int(hours), int(minutes or 0)
    if oh > 14 or om > 59:
        return None
    return timezone((-1 if sign != "+" else 1) * timedelta(hours=oh, minutes=om))


def _resolve_ambiguous(abbr: str, ctx: _Context) -> tzinfo | None:
    """An ambiguous abbreviation means the caller's zone when that zone uses it."""
    if ctx.default_name is None or ctx.default_tz is None:
        return None
    if ctx.default_name in _grammar().ambiguous[_key(abbr)]:
        return ctx.default_tz
    return None


def _month_first(whole: _Line, ctx: _Context) -> bool:
    """Whether 05.06.2024 is May 6: in English, unless the caller's zone is a day-first region.

    Russian and Korean pages write the day first; so do Europe, Asia, Africa and Oceania, which
    the caller's `default_tz` names. American and unknown conventions keep the month first.
    """
    if _language(whole, ctx) not in (None, "en"):
        return False
    name = ctx.default_name or ""
    return not name.startswith(tuple(_data()["day_first_zone_prefixes"]))


def _language(whole: _Line, ctx: _Context) -> str | None:
    """The language whose conventions the line follows: its own words first, then the page's.

    A Korean label ("입력") or Russian month on an English page still means a Korean or Russian
    dateline; a bare "2024-05-17 17:03" follows the page.
    """
    return _script_language(whole) or ctx.lang


def _script_language(whole: _Line) -> str | None:
    if whole.hangul:
        return "ko"
    if whole.low.isascii() or _CYRILLIC.search(whole.low) is None:
        return None
    return "ru"


def _zone_or_default(zone: tzinfo | None, whole: _Line, ctx: _Context) -> tuple[tzinfo, str | None]:
    """The stated zone, else the caller's, else the one a reader of the page would assume."""
    if zone is not None:
        return zone, None
    if ctx.default_tz is not None:
        return ctx.default_tz, None
    return _assumed_zone(_script_language(whole), ctx.lang)


@functools.cache
def _assumed_zone(own: str | None, page: str | None) -> tuple[tzinfo, str]:
    """The zone a reader assumes from the line's own script, else the page's language."""
    data = _data()
    if own is not None and own != page:
        name = data["page_zones"][own]
        return _zone(name), f"{name} ({data['language_names'][own]} words in the text)"
    name = data["page_zones"].get(page or "")
    if name is not None and page is not None:
        return _zone(name), f"{name} ({data['language_names'][page]} page)"
    return UTC, "UTC (no zone in the text)"


def _utc(local: datetime, zone: tzinfo) -> datetime | None:
    """A wall-clock time in a zone (or an aware time) as a UTC instant; None outside datetime."""
    try:
        if local.tzinfo is not None:
            return local.astimezone(UTC)
        if zone is UTC:
            return local.replace(tzinfo=UTC)
        offset = zone.utcoffset(local)  # the earlier reading of a repeated or skipped hour
        return (local - offset).replace(tzinfo=UTC) if offset is not None else None
    except (OverflowError, ValueError):
        return None


def _needs_now(segment: str) -> str:
    reference = "needs a reference time (now= or a fetched-at column)"
    return f"timestamp_relative: {_quote(segment)} {reference}"


def _read_relative(
    segment: str,
    masked: str,
    clock: tuple[int, int, int, int, int, int] | None,
    zone: tzinfo | None,
    zone_problem: str | None,
    spans: list[tuple[int, int]],
    ctx: _Context,
    whole: _Line,
) -> _Reading:
    """Offsets from now (2시간 전, вчера в 14:05, in 3 days) and lone clock times."""
    g = _grammar_for(whole)
    # Korean glues units and direction to numbers (2시간전): no word gate for Hangul.
    wanted = bool(whole.words & g.gates["relative"]) or whole.hangul
    calendar: dict[str, float] = {}
    days = 0
    found_any = False
    direction = 0
    pairs: list[_Match] = []
    halves: list[tuple[str, float]] = []
    for token in g.relative.finditer(masked) if wanted else ():
        kind = token.lastgroup
        if kind in ("unit", "word_unit", "lone_unit"):
            pairs.append(token)
            continue
        spans.append(token.span())
        if kind == "past":
            direction = direction or -1
            continue
        if kind == "future":
            direction = direction or 1
            continue
        found_any = True
        word = _key(token[0])
        if kind == "less":
            calendar["seconds"] = -float(g.less_than_words[word])
        elif kind == "day":
            days = g.day_words[word]
        elif kind == "period":
            unit, step = g.period_words[word]
            calendar[unit] = float(step)
        elif kind == "half":
            halves.append(g.half_units[word])
    # A unit alone counts only with a direction word: "час назад", not "a third day".
    pointed = direction != 0
    direction = direction or -1
    for unit, size in halves:  # полгода спустя: the direction may come after
        calendar[unit] = calendar.get(unit, 0.0) + size * direction
    sign = 0
    amount: float
    for pair in pairs:
        unit_group = pair.lastgroup or "unit"  # the unit closes each of these branches
        unit_words = pair[unit_group]
        if unit_group == "lone_unit":
            # A unit alone, and not after a number too long to read.
            before = masked[max(0, pair.start(unit_group) - 8) : pair.start(unit_group)].rstrip()
            if len(unit_words) < 3 or not pointed or before[-1:].isdigit():
                continue
        if unit_group == "unit":
            if pair["sign"]:
                sign = 1 if pair["sign"] == "+" else -1
            amount = float(pair["num"].replace(",", "."))
        elif unit_group == "word_unit":
            amount = g.numbers[_key(pair["word"])]
        else:
            amount = 1.0
        unit = g.units[_key(unit_words).rstrip(".")]
        calendar[unit] = calendar.get(unit, 0.0) + amount * (sign or direction)
        spans.append(pair.span())
        found_any = True
    if not found_any and clock is None:
        return _NOTHING
    shape = "relative" if found_any else "clock"
    if clock is not None and (clock[0] > 24 or clock[1] > 59 or clock[2] > 60):
        return _Reading(None, f"timestamp_unparsed: {_quote(segment)}", None, spans, shape)
    if zone_problem is not None:
        return _Reading(None, zone_problem, None, spans, shape)
    if ctx.now is None:
        return _Reading(None, _needs_now(segment), None, spans, shape)
    zone_used, assumed = _zone_or_default(zone, whole, ctx)
    try:
        value = _shift(ctx.now, zone_used, calendar, days, clock)
    except (OverflowError, ValueError):
        return _Reading(None, f"timestamp_unparsed: {_quote(segment)}", None, spans, shape)
    return _Reading(value, None, assumed, spans, shape)


def _shift(
    now: datetime,
    zone: tzinfo,
    calendar: dict[str, float],
    days: int,
    clock: tuple[int, int, int, int, int, int] | None,
) -> datetime:
    """Now moved: months, years and days on the zone's wall clock, hours and less exactly."""
    get = calendar.get
    months = get("months", 0.0) + 12 * get("years", 0.0) + 120 * get("decades", 0.0)
    whole_months = int(months)
    day_count = days + get("days", 0.0) + 7 * get("weeks", 0.0) + 30 * (months - whole_months)
    seconds = 3600 * get("hours", 0.0) + 60 * get("minutes", 0.0) + get("seconds", 0.0)
    whole_days = math.floor(day_count)
    if not whole_months and not whole_days and clock is None:
        # nothing moves on the wall clock (2 hours ago, just now): the instant moves exactly
        return now.astimezone(UTC) + timedelta(days=day_count, seconds=seconds)
    local = now.astimezone(zone).replace(tzinfo=None)
    if whole_months:
        local = _add_months(local, whole_months)
    if whole_days:
        local += timedelta(days=whole_days)
    if clock is not None and not seconds:
        hour, minute, second, micro = clock[:4]
        if hour > 23 or minute > 59 or second > 59:
            raise ValueError("clock time out of range")
        local = local.replace(hour=hour, minute=minute, second=second, microsecond=micro)
        return local.replace(tzinfo=zone).astimezone(UTC)
    exact = timedelta(days=day_count - whole_days, seconds=seconds)
    return local.replace(tzinfo=zone).astimezone(UTC) + exact


def _add_months(moment: datetime, months: int) -> datetime:
    """Calendar months added, the day clamped to the month's length (Jan 31 + 1 month: Feb 29)."""
    if months == 0:
        return moment
    index = moment.year * 12 + moment.month - 1 + months
    year, month = divmod(index, 12)
    day = moment.day
    while day > 28 and not _valid(year, month + 1, day):
        day -= 1
    return moment.replace(year=year, month=month + 1, day=day)


# --------------------------------------------------------------------------------------------
# Labels, whole strings and whole documents.
# --------------------------------------------------------------------------------------------


# Brackets around a timestamp belong to it: "(KST)", "[2024-05-17]".
_OPENING = "([{"
_CLOSING = ")]}."


class _Found(NamedTuple):
    """One timestamp in a line: its role from the label, its reading, and its extent."""

    role: str  # "published", "modified" or "" when unlabelled
    reading: _Reading
    start: int
    end: int


class _Line(NamedTuple):
    """One line as the patterns see it: lower case, brackets as spaces, its set of words."""

    text: str
    low: str
    words: frozenset[str]
    hangul: bool
    grammar: _Grammar  # the patterns for this line's characters


# The twin grammars take some tens of milliseconds to build: a first parse does without them.
_TWINS_AFTER = 64
_LINES_READ = itertools.count()


def _prepare(line: str) -> _Line:
    low = line.lower()
    if len(low) != len(line):  # "İ" lower-cases to two code points; keep positions
        low = "".join(char.lower()[:1] for char in line)
    if _DECORATED.search(low) is not None:
        low = low.translate(_DECORATION)
    # A string of ASCII alone (most datelines) needs no search for Hangul.
    if next(_LINES_READ) < _TWINS_AFTER:  # a first few lines: not worth building the twins
        hangul = not low.isascii() and _HANGUL.search(low) is not None
        return _Line(line, low, frozenset(_LETTERS.findall(low)), hangul, _grammar())
    if low.isascii():
        return _Line(line, low, frozenset(_ASCII_LETTERS.findall(low)), False, _ascii_grammar())
    common = _common()
    if common.outside.search(low) is None:
        words = frozenset(common.letters.findall(low))
        hangul = common.hangul.search(low) is not None
        return _Line(line, low, words, hangul, _common_grammar())
    hangul = _HANGUL.search(low) is not None
    return _Line(line, low, frozenset(_LETTERS.findall(low)), hangul, _grammar())


# What may stand before a label that starts a dateline: nothing, a separator, or another time.
_BEFORE_LABEL = frozenset("|·•/,;–—-)]>:.")


def _labels_a_dateline(low: str, label: _Match) -> bool:
    """Whether a label word heads a dateline rather than a sentence ("was published on May 16").

    A label counts at the start of its line, after a separator or another timestamp, before a
    colon, or when it is Korean (portals run 입력/수정 together with other page chrome).
    """
    before = low[max(0, label.start() - 12) : label.start()].rstrip()
    if not before or before[-1] in _BEFORE_LABEL or before[-1].isdigit():
        return True
    if ":" in label[0][len(label["label"]) :] or "：" in label[0]:
        return True
    return _HANGUL.match(label["label"]) is not None


def _segments(whole: _Line) -> tuple[list[_Match], list[tuple[str, int, int, int]]]:
    """The dateline labels of a line, and its segments: role, label start, start and end."""
    g = _grammar_for(whole)
    if not whole.words & g.gates["label"]:  # no label word: one unlabelled segment
        return [], [("", 0, 0, len(whole.text))] if whole.text else []
    labels = [
        label
        for label in (g.label.finditer(whole.low) if whole.words & g.gates["label"] else ())
        if _labels_a_dateline(whole.low, label)
    ]
    cuts: list[tuple[str, int, int]] = []  # role, label start, segment start
    if not labels or labels[0].start() > 0:
        cuts.append(("", 0, 0))
    for label in labels:
        role = "published" if _key(label["label"]) in g.published_labels else "modified"
        cuts.append((role, label.start(), label.end()))
    segments = []
    for index, (role, label_start, start) in enumerate(cuts):
        end = cuts[index + 1][1] if index + 1 < len(cuts) else len(whole.text)
        if start < end:
            segments.append((role, label_start, start, end))
    return labels, segments


def _scan(whole: _Line, ctx: _Context, *, count_leftover: bool = True) -> tuple[list[_Found], int]:
    """The timestamps of one line, split at labels; and how many words were not read."""
    g = _grammar_for(whole)
    line = whole.text
    labels, segments = _segments(whole)
    found: list[_Found] = []
    read_spans: list[tuple[int, int]] = [label.span() for label in labels]
    for role, label_start, start, end in segments:
        reading = _read(whole, start, end, ctx)
        if not reading.spans:
            continue
        shifted = [(start + a, start + b) for a, b in reading.spans]
        read_spans.extend(shifted)
        first, last = min(a for a, _ in shifted), max(b for _, b in shifted)
        while first > 0 and line[first - 1] in _OPENING:
            first -= 1
        while last < len(line) and line[last] in _CLOSING:
            last += 1
        extent = (first, last)
        found.append(_Found(role, reading, label_start if role else extent[0], extent[1]))
    if not count_leftover or not found:
        return found, 0
    leftover = g.noise_word.sub(" ", _mask_all(whole.low, read_spans))
    return found, len(_WORD.findall(leftover))


def parse_timestamp(
    text: str, *, default_tz: str | None = None, now: datetime | None = None
) -> datetime | None:
    """One timestamp string to an aware UTC datetime; None when it states no usable time.

    Labels are read and dropped (the published time wins over the modified one); relative forms
    need `now`; an ambiguous zone abbreviation gives None unless `default_tz` is one of its zones.

    >>> parse_timestamp("입력 2024.05.17 오후 5:03")
    datetime.datetime(2024, 5, 17, 8, 3, tzinfo=datetime.timezone.utc)
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_timestamp takes a str, not {type(text).__name__}.")
    ctx = _context(default_tz, now, None)
    if _ISO_STRICT.fullmatch(text):
        try:
            value = datetime.fromisoformat(text)
        except ValueError:  # 24:00 or a day the month lacks: the grammar decides
            pass
        else:
            return _utc(value, value.tzinfo or ctx.default_tz or UTC)
    whole = _prepare(text)
    if not whole.words & _grammar().gates["label"]:
        return _read(whole, 0, len(text), ctx).value
    # The published time wins, then an unlabelled one: segments are read only until one gives it.
    _, segments = _segments(whole)
    for wanted in ("published", "", "modified"):
        for role, _, start, end in segments:
            if role == wanted:
                stated = _read(whole, start, end, ctx).value
                if stated is not None:
                    return stated
    return None


# ISO 8601 / RFC 3339 exactly, which the standard library reads faster than the grammar.
_ISO_STRICT = re.compile(
    r"\d{4}-\d\d-\d\d(?:[T\x20]\d\d:\d\d(?::\d\d(?:\.\d{1,6})?)?(?:Z|[+-]\d\d:?\d\d)?)?",
    re.ASCII,
)


# Lines longer than this are prose, not datelines; lines without a digit are read only if short
# ("어제", "just now").
_LINE_LIMIT = 240
_WORDLESS_LIMIT = 40
# A dateline may carry a few other words (a byline, an agency name), not a sentence; a relative
# or year-less time stands nearly alone ("2시간 전", "вчера в 14:05"); a labelled date and time
# may sit in a line of page chrome ("홈 > 정치 입력 2024.05.17 17:03 수정 … 기자 공유 댓글").
_LEFTOVER_LIMIT = 5
_LEFTOVER_LIMIT_RELATIVE = 2
_LEFTOVER_LIMIT_LABELLED = 12
# How much a timestamp shape says "this is when the article was published", for unlabelled lines:
# a date with a clock time or a relative time beats a bare date (often a "today" widget); a clock
# time alone (a site clock) or a year-less date without a time (06.27 (목)) is never a dateline.
_SHAPE_RANK = {"full": 3, "relative": 3, "yearless_clock": 3, "date": 2}
# Lines found to state no time, kept because the pages of one site repeat their chrome
# ("Subscribe", "0 Comments"): whether a line states a time depends on its text alone, the
# caller's settings only on what the time means. The set starts afresh when full.
_SILENT_LINES: set[str] = set()
_SILENT_LINES_KEPT = 4096


def find_times(
    text: str,
    *,
    default_tz: str | None = None,
    now: datetime | None = None,
    lang: str | None = None,
) -> Times:
    """The publication and modification times of a whole document, from its datelines.

    Labelled times come first (`입력`, `Posted on`, `обновлено`); else the first line that is
    only a timestamp. Dates inside prose ("in March 2023", a photo caption) are not datelines.

    >>> times = find_times("Title\\nPosted on : 2024-05-17 17:03 KST\\nBody text.")
    >>> times.published_at, times.spans
    (datetime.datetime(2024, 5, 17, 8, 3, tzinfo=datetime.timezone.utc), [(6, 38)])
    """
    if not isinstance(text, str):
        raise TypeError(f"find_times takes a str, not {type(text).__name__}.")
    ctx = _context(default_tz, now, lang)
    best: dict[str, tuple[int, _Found]] = {}  # role -> (rank, first item of that rank)
    failures: list[_Found] = []
    # A date alone on its line whose time follows on the next ("May 17, 2024" / "5:03 PM EDT")
    dated: tuple[int, str, list[_Found]] | None = None
    offset = 0
    for line in text.split("\n"):
        start = offset
        offset += len(line) + 1
        if (
            not line  # the lines of page chrome the caller blanked out
            or len(line) > _LINE_LIMIT
            or (len(line) > _WORDLESS_LIMIT and not _ANY_TIME_HINT.search(line))
            or line in _SILENT_LINES
        ):
            dated = None
            continue
        found, leftover = _scan(_prepare(line), ctx)
        if not found:  # most lines of a page
            if len(_SILENT_LINES) >= _SILENT_LINES_KEPT:
                _SILENT_LINES.clear()
            _SILENT_LINES.add(line)
            dated = None
            continue
        shapes = {item.reading.shape for item in found}
        if dated is not None and shapes == {"clock"} and leftover == 0:
            start, before, superseded = dated
            found, leftover = _scan(_prepare(f"{before} {line}"), ctx)
            for role, (_, item) in list(best.items()):
                if item in superseded:
                    del best[role]
        dated = None
        labelled = any(item.role and item.reading.shape == "full" for item in found)
        if not found or leftover > (_LEFTOVER_LIMIT_LABELLED if labelled else _LEFTOVER_LIMIT):
            continue
        placed_items: list[_Found] = []
        for item in found:
            rank = 4 if item.role else _SHAPE_RANK.get(item.reading.shape, 0)
            loose = item.reading.shape in ("relative", "yearless_clock")
            if rank == 0 or (loose and leftover > _LEFTOVER_LIMIT_RELATIVE):
                continue
            if leftover > _LEFTOVER_LIMIT and not (item.role and item.reading.shape == "full"):
                continue  # in a line of chrome only the labelled date and time count
            placed = item._replace(start=item.start + start, end=item.end + start)
            placed_items.append(placed)
            if item.reading.value is None:
                failures.append(placed)
                continue
            role = item.role or "published"
            if role not in best or best[role][0] < rank:
                best[role] = (rank, placed)
        if shapes == {"date"}:
            dated = (start, line, placed_items)
    published = best["published"][1] if "published" in best else None
    modified = best["modified"][1] if "modified" in best else None
    used = [item for item in (published, modified) if item is not None]
    warnings: list[str] = []
    for item in used:
        if item.reading.assumed:
            warnings.append(f"timezone_assumed: {item.reading.assumed}")
    if published is None:
        warnings.extend(item.reading.problem for item in failures if item.reading.problem)
        if not failures:
            warnings.append("timestamp_missing: no publication time found in the text")
    return Times(
        published.reading.value if published else None,
        modified.reading.value if modified else None,
        [(item.start, item.end) for item in used],
        list(dict.fromkeys(warnings)),
    )


# --------------------------------------------------------------------------------------------
# The column version.
# --------------------------------------------------------------------------------------------

# ISO 8601 / RFC 3339 exactly as the scalar fast path reads it (`_ISO_STRICT`), split by whether
# the string carries its offset; polars parses both natively. Common regex subset, no look-around.
_ISO_YEAR = "([1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])"  # 0001-9999, as datetime
_ISO_CLOCK = r"[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?"
_ISO_AWARE = rf"^{_ISO_YEAR}-[0-9]{{2}}-[0-9]{{2}}{_ISO_CLOCK}(Z|[+-][0-9]{{2}}:?[0-9]{{2}})$"
_ISO_NAIVE = rf"^{_ISO_YEAR}-[0-9]{{2}}-[0-9]{{2}}({_ISO_CLOCK})?$"
_UTC_TYPE = pl.Datetime("us", "UTC")


def timestamps_expr(
    expr: pl.Expr, *, default_tz: str | None = None, now: datetime | pl.Expr | None = None
) -> pl.Expr:
    """The column version of parse_timestamp: Datetime("us", "UTC"), null where it gives None.

    ISO strings are parsed by polars itself; the rest (and any ISO string polars leaves null) by
    parse_timestamp, once per distinct value. `now` (one datetime, or a column such as the time
    each page was fetched) is the reference for relative forms; without it they give null.

    >>> frame = pl.DataFrame({"t": ["2024-05-17T17:03:00+09:00", "17 мая 2024, 12:30 МСК"]})
    >>> frame.select(timestamps_expr(pl.col("t"))).to_series().to_list()[1]
    datetime.datetime(2024, 5, 17, 9, 30, tzinfo=zoneinfo.ZoneInfo(key='UTC'))
    """
    if default_tz is not None:
        _zone(default_tz)
    if isinstance(now, pl.Expr):

        def parse_rows(rows: pl.Series) -> pl.Series:
            texts = rows.struct.field("text").cast(pl.String)
            return _parse_column(texts, default_tz, rows.struct.field("now"), None)

        both = pl.struct(expr.cast(pl.String).alias("text"), now.alias("now"))
        return both.map_batches(parse_rows, return_dtype=_UTC_TYPE).alias(_output_name(expr))
    if now is not None and not isinstance(now, datetime):
        raise TypeError(
            "now must be a datetime or a polars expression such as pl.col('fetched_at')."
        )

    def parse_batch(series: pl.Series) -> pl.Series:
        return _parse_column(series.cast(pl.String), default_tz, None, now).alias(series.name)

    return expr.map_batches(parse_batch, return_dtype=_UTC_TYPE)


def _output_name(expr: pl.Expr) -> str:
    """The name the column keeps (a struct of text and now would otherwise be named "text")."""
    return expr.meta.output_name(raise_if_undetermined=False) or "literal"


def _parse_column(
    values: pl.Series, default_tz: str | None, nows: pl.Series | None, now: datetime | None
) -> pl.Series:
    """Native polars for ISO strings, then parse_timestamp over the distinct rest."""
    result = pl.Series(values.name, [None], dtype=_UTC_TYPE).extend_constant(None, len(values) - 1)
    if len(values) == 0:
        return result.clear()
    aware = values.str.contains(_ISO_AWARE)
    if aware.any():
        picked = values.filter(aware)
        parsed = picked.str.to_datetime(time_zone="UTC", strict=False, time_unit="us")
        result = result.scatter(aware.arg_true(), parsed.cast(_UTC_TYPE))
    naive = values.str.contains(_ISO_NAIVE)
    if naive.any():
        parsed = values.filter(naive).str.to_datetime(strict=False, time_unit="us")
        local = parsed.dt.replace_time_zone(
            default_tz or "UTC", ambiguous="earliest", non_existent="null"
        )
        result = result.scatter(naive.arg_true(), local.dt.convert_time_zone("UTC"))
    missing = result.is_null() & values.is_not_null()
    if not missing.any():
        return result
    rest = pl.DataFrame({"key": values.filter(missing)})
    if nows is not None:
        rest = rest.with_columns(now=nows.filter(missing))
    unique = rest.unique(maintain_order=True)
    keys = unique["key"].to_list()
    references = unique["now"].to_list() if nows is not None else [now] * len(keys)
    parsed_values = [
        parse_timestamp(text, default_tz=default_tz, now=reference)
        for text, reference in zip(keys, references, strict=True)
    ]
    table = unique.with_columns(value=pl.Series(parsed_values, dtype=_UTC_TYPE))
    filled = rest.join(table, on=rest.columns, how="left", maintain_order="left", nulls_equal=True)
    return result.scatter(missing.arg_true(), filled["value"])
