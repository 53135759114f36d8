"""A date in figures whose order the page's own words settle: "05/11/2021" may be the 5th of
November or the 11th of May, and a page that names the day in words as well ("Incidents round
up - Friday 5 November - 10pm" over "05/11/2021 @ 22:00") says which. A reader takes the reading
the page names; a page naming neither reading, or each, leaves the order to its other signs.
"""

from __future__ import annotations

import regex

from normalize.cache import once
from normalize.facts import section

# A date in figures whose day and month may be read either way, a year after them: "05/11/2021",
# "05.11.21", no figure or separator glued before it (no year-first date's tail, "2021-05-11").
_FIGURES = regex.compile(
    r"(?<![0-9./-])([0-9]{1,2})([./-])([0-9]{1,2})\2(?:[0-9]{4}|[0-9]{2})(?![0-9])"
)
# A month's most days, a year's months.
_DAYS = 31
_MONTHS = 12
# A day of the month in figures, an ordinal's letters after it or not: "5", "5th".
_DAY = r"([0-9]{1,2})(?:st|nd|rd|th)?"
# The day in figures and a capitalised word after it, or that word and the day after it, no
# letter or figure glued on either side: "5 November", "5th Nov"; "November 5", "Nov. 5th".
_DAY_THEN_WORD = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}]){_DAY}[ \u00a0](\p{{Lu}}\p{{Ll}}+)(?!\p{{L}})"
)
_WORD_THEN_DAY = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(\p{{Lu}}\p{{Ll}}+)\.?[ \u00a0]{_DAY}(?![\p{{L}}\p{{N}}])"
)


def named_day_order(text: str) -> bool | None:
    """Whether the page's dates in figures put the day first, as the days it names in words
    (English month names) say: True when a date in figures that may be read either way
    ("05/11/2021") is named in words read day first ("5 November") and none read month first,
    False the other way round, None when the page's words settle no such date's order or give
    both orders.

    >>> named_day_order("Round up - Friday 5 November - 10pm\\n05/11/2021 @ 22:00")
    True
    >>> named_day_order("Round up - May 11\\n05/11/2021 @ 22:00")
    False
    >>> named_day_order("Round up - Friday 5 November\\n17/11/2021") is None
    True
    """
    named = named_days(text)
    if not named:
        return None
    orders = set()
    for first, second in _figure_pairs(text):
        if first == second or not (1 <= first <= _MONTHS and 1 <= second <= _MONTHS):
            continue
        day_first, month_first = (first, second) in named, (second, first) in named
        if day_first != month_first:
            orders.add(day_first)
    return orders.pop() if len(orders) == 1 else None


def figure_days(text: str) -> set[tuple[int, int]]:
    """The days and months that the dates in figures a text prints may be, each as (day,
    month), both readings of one that may be read either way.

    >>> sorted(figure_days("05/11/2021 and 17.11.21"))
    [(5, 11), (11, 5), (17, 11)]
    """
    days = set()
    for first, second in _figure_pairs(text):
        for day, month in ((first, second), (second, first)):
            if 1 <= day <= _DAYS and 1 <= month <= _MONTHS:
                days.add((day, month))
    return days


def _figure_pairs(text: str) -> list[tuple[int, int]]:
    """The first two numbers of each date in figures the text prints, in order."""
    return [(int(found[1]), int(found[3])) for found in _FIGURES.finditer(text)]


def named_days(text: str) -> set[tuple[int, int]]:
    """The days and months a text names in words (English month names), each as (day, month).

    >>> sorted(named_days("Friday 5 November, or Nov. 6th; May 40"))
    [(5, 11), (6, 11)]
    """
    months = _months()
    named = set()
    pairs = [(found[1], found[2]) for found in _DAY_THEN_WORD.finditer(text)]
    pairs += [(found[2], found[1]) for found in _WORD_THEN_DAY.finditer(text)]
    for day, word in pairs:
        month = months.get(word.lower())
        if month is not None and 1 <= int(day) <= _DAYS:
            named.add((int(day), month))
    return named


@once
def _months() -> dict[str, int]:
    """English month names and their abbreviations, by number: "november", "nov" -> 11."""
    months: dict[str, int] = section("timestamps")["en"]["months"]
    return months
