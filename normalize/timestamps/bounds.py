"""A period's bound or a call's deadline: a date right after a word that opens or closes a period
("until 1 April 2024", "с 1 марта 2024 года", "closes on Thursday 31 October 2024", "до 28 февраля
2025 года"), right before a Korean particle that does ("2024년 3월 1일부터", "2024.03.31(일)까지"),
or on a line a deadline's label opens, its colon before the day ("Deadline: 7 June 2024", "Срок
подачи заявок: 1 марта 2024 г.", "마감: 2024.03.31"): the day of the thing it bounds (a rule
coming into force, a road reopening, applications closing), not the page's. ``datelines`` marks
the ones it finds."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from normalize.timestamps.grammar import grammar
from normalize.timestamps.lines import Placed

# The words that open or close a period, right before its day (a weekday and "on" may stand
# between: "closes on Thursday 31 October 2024"), the same in the three languages.
_BOUND_WORDS: Final = frozenset(
    {"since", "until", "till", "through", "closes", "с", "со", "до", "по"}
)
# The word "on" before a weekday, between a bound's word and its day.
_ON: Final = frozenset({"on"})
# The Korean particles that make a day a period's opening or closing one, right after it, its
# weekday in brackets at most between ("2024.03.01(금)부터").
_BOUND_AFTER: Final = regex.compile(r"[ \t]*(?:\([^()\n]{1,4}\))?[ \t]*(?:부터|까지)")
# The labels that open a line holding a call's deadline, lower-cased.
_DEADLINE_LABELS: Final = ("deadline", "closing date", "срок", "крайний срок", "마감")
# What may open a line before its label: a bullet and blanks.
_LINE_OPENING: Final = " \t-•·*"
# The words of a text, the last one read first.
_WORD: Final = regex.compile(r"\p{L}+")


def bound_days(datelines: Sequence[Placed], text: str) -> frozenset[int]:
    """The positions among ``datelines`` of the unlabelled times that bound a period or close a
    call: after a bound's word, before a Korean bound's particle, or on a line a deadline's label
    opens. A labelled time keeps its label's word.

    >>> from normalize.timestamps import find_datelines
    >>> text = "Hall notice\\nThe hall stays shut until March 31, 2024\\nRepairs go on."
    >>> [item.role for item in find_datelines(text, lang="en")]
    ['elsewhere']
    >>> [item.role for item in find_datelines("Hall notice\\nMarch 31, 2024\\nOpen.", lang="en")]
    ['']
    """
    found = set()
    for order, item in enumerate(datelines):
        if item.role:
            continue
        opening = text.rfind("\n", 0, item.start) + 1
        before = text[opening : item.start]
        if (
            _bound_word_before(before)
            or _BOUND_AFTER.match(text, item.end)
            or _deadline_line(before)
        ):
            found.add(order)
    return frozenset(found)


def _bound_word_before(before: str) -> bool:
    """Whether the text before a day on its line closes with a bound's word, "on" and a weekday
    at most after it.

    >>> _bound_word_before("Entries close on Friday "), _bound_word_before("Применяется с ")
    (False, True)
    >>> _bound_word_before("The round closes on Thursday "), _bound_word_before("Posted on ")
    (True, False)
    >>> _bound_word_before("Fares rise until "), _bound_word_before("Posts from ")
    (True, False)
    """
    words = [word.lower() for word in _WORD.findall(before[-40:])]
    if words and grammar().weekday.fullmatch(words[-1]):
        words.pop()
    if words and words[-1] in _ON:
        words.pop()
    return bool(words) and words[-1] in _BOUND_WORDS


def _deadline_line(before: str) -> bool:
    """Whether the text before a day on its line opens with a deadline's label and holds the
    label's colon (an outlet named "Deadline" prints no colon before its stamp).

    >>> _deadline_line("Deadline for comments: "), _deadline_line("Deadline ")
    (True, False)
    """
    return ":" in before and before.lstrip(_LINE_OPENING).lower().startswith(_DEADLINE_LABELS)
