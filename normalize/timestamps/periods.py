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
