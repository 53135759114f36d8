"""An issue's title: a bulletin's or a newsletter's name and the day of its issue after a dash,
"Parish Bulletin - 4 September 2021", "Вестник прихода — 15 марта 2026", "주보 - 2026년 3월
15일". A reader takes the whole line as the title: the date names the issue, and the name
before it is the publication's, no outlet printed before a headline. Its date covers most of
its line, so the page reads it as a dateline; in the headline's place (no paragraph above it)
it stays a candidate, and its own day is no dateline's. The name is words: a dateline's label
("Posted - 4 September 2021", "Опубликовано — 15 марта"), a section's or a menu's item ("News
- 4 September 2021", "Home - March 2026") is no publication's name.
"""

from __future__ import annotations

from typing import Final

import regex

from normalize.cache import once
from normalize.chrome import chrome, line_key
from normalize.timestamps.grammar import words
from normalize.title_shapes import is_body_shaped

# A dash set off by spaces, between the name and the issue's day.
_DASH: Final = regex.compile(r"\s+[-–—]\s+")
# The marks that part a breadcrumb's or a corner's trail, none in a publication's name.
_TRAIL_MARKS: Final = "|/>»<«·•"
# A word of a date: letters, or a number with a day's or a year's ending ("6th", "2026년").
_DATE_TOKEN: Final = regex.compile(r"[\p{L}\p{N}]+")
_NUMBER: Final = regex.compile(r"\d{1,4}(?:st|nd|rd|th|년|월|일|г)?")
# A year's Russian abbreviation and word beside a date.
_YEAR_WORDS: Final = frozenset({"г", "года", "год"})
# What makes figures a date: a month's number in Korean ("3월"), or a day in figures alone
# ("2021-09-04", "04.09.2021"); otherwise a month's name.
_MONTH_NUMBER: Final = regex.compile(r"\d{1,2}월")
_NUMERIC_DATE: Final = regex.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")


@once
def _day_words() -> frozenset[str]:
    """The month names and weekdays of every language the timestamps grammar knows."""
    return frozenset(words()["months"]) | frozenset(words()["weekdays"]) | _YEAR_WORDS


@once
def _date_labels() -> frozenset[str]:
    """The publication, update and other dates' labels of every language, as line keys."""
    labels = words()["labels"]
    return frozenset(line_key(label) for role in labels.values() for label in role)


def is_date_alone(text: str) -> bool:
    """Whether the text is a date and nothing else: numbers, month names, weekdays; a month
    among them, named or in figures (a score's or a clock's figures are none).

    >>> is_date_alone("Saturday, 4 September 2021"), is_date_alone("15 марта 2026 г.")
    (True, True)
    >>> is_date_alone("2026년 3월 15일"), is_date_alone("Ferry fares rise 4 May")
    (True, False)
    >>> is_date_alone("0 - 31 - 1"), is_date_alone("18:42")
    (False, False)
    """
    tokens = _DATE_TOKEN.findall(text.lower())
    months = words()["months"]
    return (
        any(char.isdigit() for char in text)
        and bool(tokens)
        and all(token in _day_words() or _NUMBER.fullmatch(token) for token in tokens)
        and (
            any(token in months or _MONTH_NUMBER.fullmatch(token) for token in tokens)
            or _NUMERIC_DATE.search(text) is not None
        )
    )


def is_issue_title(line: str) -> bool:
    """Whether the line is a publication's name and its issue's day after a dash.

    >>> is_issue_title("Parish Bulletin - 4 September 2021")
    True
    >>> is_issue_title("Posted - 4 September 2021"), is_issue_title("Home - March 2026")
    (False, False)
    >>> is_issue_title("Features | Cover Story - 2023.12.28")
    False
    """
    dash = _DASH.search(line)
    if dash is None:
        return False
    name, day = line[: dash.start()].strip(), line[dash.end() :].strip()
    key = line_key(name)
    return (
        bool(key)
        and name[:1].isalpha()
        and not name[:1].islower()
        and not name.endswith((":", "："))
        and not any(mark in name for mark in _TRAIL_MARKS)  # a trail's parts: "Corner | Corner"
        and key not in _date_labels()
        and key not in chrome().menu_items
        and is_date_alone(day)
    )


def is_issue_title_line(texts: list[str], rank: int) -> bool:
    """Whether the line of that rank among the lines with text is an issue's title in the
    headline's place: no paragraph of the page above it."""
    return is_issue_title(texts[rank]) and not any(is_body_shaped(t) for t in texts[:rank])
