"""The opening day of a period: a date a page prints before a range's sign and its closing day
("2021년 10월 12일(화) ~ 10월 17일(일)", "2024.03.01 ~ 2024.05.31"), an exhibition's, a
festival's or a call's run, not the article's time. ``datelines`` marks the ones it finds. A
line that is such a range and nothing else ("3 апреля – 14 апреля", "4th October 2024 - 2nd
November 2024") dates the thing, whatever its sign, and is no headline either."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from normalize.timestamps.grammar import grammar
from normalize.timestamps.lines import Placed

# The signs a range of days is printed with between its opening and closing day (a tilde and
# its wave-dash look-alikes); a hyphen or a dash also joins a date to its clock time.
_RANGE_SIGNS: Final = "~∼〜～"
# After a date: its weekday in brackets at most ("(화)", "(Tue)"), the range's sign, and the
# closing day's first digit.
_RANGE_AFTER: Final = regex.compile(r"[ \t]*(?:\([^()\n]{1,4}\))?[ \t]*[~∼〜～][ \t]*\d")
# Between a date and its period's closing day, as a line reads with its brackets as spaces and
# an en dash as a hyphen: the date's weekday at most ("2022.10.17 월 ~10.18"), a tilde or its
# look-alikes, blanks around.
_TILDE_TO_CLOSING_DAY: Final = regex.compile(r"[ \t]*(?:\p{L}{1,4}[ \t]*)?[~∼〜～][ \t]*")
# The same with a dash, which also joins a date to its clock time ("12.05.2021 - 10.15").
_DASH_TO_CLOSING_DAY: Final = regex.compile(r"[ \t]*(?:\p{L}{1,4}[ \t]*)?[\-—][ \t]*")
_NUMBER: Final = regex.compile(r"\d+")
# What a line that is a range of days holds besides its dates and weekdays: the range's signs
# (a dash too), a day's number before the month its closing date names ("3–14 апреля", "June
# 1-5"), with its ordinal's letters ("Fri 5th - Sat 6th July"), commas, stops and brackets.
_DAYS_RANGE_REST: Final = regex.compile(
    r"[\s,.()]*(?:(?:[-–—~∼〜～]|\d{1,2}(?:st|nd|rd|th)?)[\s,.()]*)+"
)
_DAYS_RANGE_SIGN: Final = regex.compile(r"[-–—~∼〜～]")
# Figures left that are no day: a clock time's ("12.05.2021 - 10.15"), a year's or a count's.
_NO_DAY: Final = regex.compile(r"\d[.:]\d|\d{3}")
_DIGITS: Final = regex.compile(r"\d+")


def closes_a_period(text: str, date: tuple[int, int], pair: tuple[int, int]) -> bool:
    """Whether two numbers joined by a dot (``pair``, their span in ``text``) after the date at
    ``date`` (its span), past its weekday at most and a range's sign, are the closing day of
    the date's period, not the date's clock time: after a tilde a month and a day in either
    order ("2023.04.04 ~ 04.16", "2022.10.17(월)~10.18(화)"); after a dash, which also joins a
    date to its clock, only a day read in the date's own order (a month and a day after a
    year, a day and a month after a day) that falls after the date's ("04.04.2023 – 16.04";
    "12.05.2021 - 10.15" is a quarter past ten).

    >>> closes_a_period("2023.04.04 ~ 04.16", (0, 10), (13, 18))
    True
    >>> closes_a_period("2023.04.04 ~ 13.45", (0, 10), (13, 18))
    False
    >>> closes_a_period("2023.04.04 04.16", (0, 10), (11, 16))
    False
    >>> closes_a_period("04.04.2023 - 16.04", (0, 10), (13, 18))
    True
    >>> closes_a_period("12.05.2021 - 10.15", (0, 10), (13, 18))
    False
    """
    first, second = (int(number) for number in _NUMBER.findall(text, *pair))
    start, end = date
    if _TILDE_TO_CLOSING_DAY.fullmatch(text, end, pair[0]) is not None:
        return 1 <= min(first, second) <= 12 and max(first, second) <= 31
    if _DASH_TO_CLOSING_DAY.fullmatch(text, end, pair[0]) is None:
        return False
    numbers = _NUMBER.findall(text, start, end)
    if len(numbers) != 3:
        return False
    if len(numbers[0]) == 4:  # year first: a month and a day
        opening, closing = (int(numbers[1]), int(numbers[2])), (first, second)
    else:  # day first: a day and a month
        opening, closing = (int(numbers[1]), int(numbers[0])), (second, first)
    return 1 <= closing[0] <= 12 and 1 <= closing[1] <= 31 and closing > opening


def period_opens(datelines: Sequence[Placed], text: str) -> frozenset[int]:
    """The positions among ``datelines`` of the unlabelled times followed by a range's sign
    and the digits of its closing day, maybe after their weekday in brackets: the opening day
    of a period an event page, a notice or a list of festivals prints (an exhibition's days,
    a closure's, an application window), which dates the thing, not the page. A labelled time
    keeps its label's word.

    >>> from normalize.timestamps import find_datelines
    >>> text = "Hall notice\\n• 기간 2021년 10월 12일(화) ~ 2021년 10월 17일(일)\\nOpen daily."
    >>> [item.role for item in find_datelines(text, lang="ko")]
    ['elsewhere']
    >>> [item.role for item in find_datelines("Hall notice\\n2021.10.12\\nOpen.", lang="ko")]
    ['']
    """
    if not any(sign in text for sign in _RANGE_SIGNS):
        return frozenset()
    return frozenset(
        order
        for order, item in enumerate(datelines)
        if not item.role and _RANGE_AFTER.match(text, item.end)
    )


def is_day_range(text: str) -> bool:
    """Whether the text is a range of days and nothing else: two days or more, each a date the
    grammar reads (with or without its year) or a day's number before one, joined by a range's
    sign, a tilde or a dash, their weekdays aside ("3 апреля – 14 апреля", "Wednesday 3
    September - Monday 29 September", "June 1-5", "4월 3일 ~ 4월 14일"): an event's run, as an
    event page prints it above its text, no headline and no day of the page's.

    >>> is_day_range("3 апреля – 14 апреля"), is_day_range("Fri 5th - Sat 6th July 2019")
    (True, True)
    >>> is_day_range("14 апреля"), is_day_range("Выставка 3 апреля – 14 апреля")
    (False, False)
    >>> is_day_range("1941–1945"), is_day_range("10.00 – 19.00")
    (False, False)
    """
    if _DAYS_RANGE_SIGN.search(text) is None or _DIGITS.search(text) is None:
        return False
    g = grammar()
    low = g.weekday.sub(" ", text.lower())
    dates = 0
    for pattern in (g.date, g.numeric_date, g.korean_date, g.month_date):
        low, found = pattern.subn(" ", low)
        dates += found
    if not dates or _DAYS_RANGE_REST.fullmatch(low) is None or _NO_DAY.search(low):
        return False
    return _DAYS_RANGE_SIGN.search(low) is not None and dates + len(_DIGITS.findall(low)) >= 2


def day_range_dates(datelines: Sequence[Placed], text: str) -> frozenset[int]:
    """The positions among ``datelines`` of the unlabelled times on a line that is a range of
    days and nothing else (see `is_day_range`): an event's run, not the page's day.

    >>> from normalize.timestamps import find_datelines
    >>> text = "Ярмарка\\n3 – 9 мая 2024\\nРяды открыты."
    >>> [item.role for item in find_datelines(text, lang="ru")]  # marked by `find_datelines`
    ['elsewhere']
    """
    if _DAYS_RANGE_SIGN.search(text) is None:
        return frozenset()
    lines = text.split("\n")
    return frozenset(
        order
        for order, item in enumerate(datelines)
        if not item.role and item.line < len(lines) and is_day_range(lines[item.line])
    )
