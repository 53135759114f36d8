"""The opening day of a period: a date a page prints before a range's sign and its closing day
("2021년 10월 12일(화) ~ 10월 17일(일)", "2024.03.01 ~ 2024.05.31"), an exhibition's, a
festival's or a call's run, not the article's time. ``datelines`` marks the ones it finds."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, Protocol

import regex

# The signs a range of days is printed with between its opening and closing day (a tilde and
# its wave-dash look-alikes); a hyphen or a dash also joins a date to its clock time.
_RANGE_SIGNS: Final = "~∼〜～"
# After a date: its weekday in brackets at most ("(화)", "(Tue)"), the range's sign, and the
# closing day's first digit.
_RANGE_AFTER: Final = regex.compile(r"[ \t]*(?:\([^()\n]{1,4}\))?[ \t]*[~∼〜～][ \t]*\d")
# Between a date and its period's closing day, as a line reads with its brackets as spaces and
# an en dash as a hyphen: the date's weekday at most ("2022.10.17 월 ~10.18"), a range's sign
# (a tilde, its look-alikes or a dash) and blanks.
_TO_CLOSING_DAY: Final = regex.compile(r"[ \t]*(?:\p{L}{1,4}[ \t]*)?[~∼〜～\-—][ \t]*")


def closes_a_period(text: str, date_end: int, pair_start: int, pair: tuple[int, int]) -> bool:
    """Whether two numbers joined by a dot (``pair``, at ``pair_start``) after a date ending at
    ``date_end``, past its weekday at most and a range's sign, are the closing day of the
    date's period, a month and a day in either order ("2023.04.04 ~ 04.16", "2022.10.17(월)~
    10.18(화)", "04.04.2023 – 16.04"), not the date's clock time: a period's closing day is
    never a clock.

    >>> closes_a_period("2023.04.04 ~ 04.16", 10, 13, (4, 16))
    True
    >>> closes_a_period("2023.04.04 ~ 13.45", 10, 13, (13, 45))
    False
    >>> closes_a_period("2023.04.04 04.16", 10, 11, (4, 16))
    False
    """
    first, second = pair
    if not (1 <= min(first, second) <= 12 and max(first, second) <= 31):
        return False
    return _TO_CLOSING_DAY.fullmatch(text, date_end, pair_start) is not None


class _Dated(Protocol):
    """What `period_opens` reads of a dateline."""

    @property
    def role(self) -> str: ...
    @property
    def end(self) -> int: ...


def period_opens(datelines: Sequence[_Dated], text: str) -> frozenset[int]:
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
