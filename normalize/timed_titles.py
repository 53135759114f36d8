"""A title that names its own day and clock, right over the dateline that prints them: a
bulletin's, a round-up's, an update's ("Incidents round up - Friday 5 November - 10pm" over
"05/11/2021 @ 22:00"). The dateline below restates the title's day and time in figures, so the
title is that dated item's headline, however many words of the lead a line above it (the site's
or the body's name) echoes, and no deck of such a line: a deck tells the story on, it does not
stamp it with its dateline's time.

The headline chooser (``normalize.headline``) reads this as one of a candidate's signals.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from normalize.heads import Candidate
from normalize.timestamps.named_days import figure_days, named_days

# A clock time: the hour and minutes after a colon or a dot, an "am" or "pm" after them or not,
# or the hour alone with its "am" or "pm" ("22:00", "10.30pm", "10pm", "10 p.m."); no figure,
# colon or dot glued before it, no figure after it, nor a separator and a figure (a date's
# "05.11.2021" holds no clock).
_CLOCK: Final = regex.compile(
    r"(?<![0-9:.])([0-9]{1,2})(?:[:.]([0-5][0-9]))?(?:[ \u00a0]?([ap])\.?m\b\.?)?"
    r"(?![0-9]|[.:/][0-9])",
    regex.IGNORECASE,
)
# The hours of a clock with its half of the day.
_HALF_DAY: Final = 12


def mark_timed_title(
    candidates: Sequence[Candidate], texts: Sequence[str], dated: Sequence[int]
) -> None:
    """Give every candidate its ``timed_title`` signal: 1.0 for one whose words name a day in
    words and a clock time (see `clock_minutes`) that the dateline on the next line with text
    prints too, its day in figures or in words (``dated``: the places among ``texts``, the
    page's lines with text, of its datelines); such a title is no deck.

    >>> texts = ["Harbour Fire Service", "Call-outs - Friday 5 November - 10pm",
    ...          "05/11/2021 @ 22:00"]
    >>> heads = [Candidate(k, k, t, "", {"deck": float(k)}) for k, t in enumerate(texts[:2])]
    >>> mark_timed_title(heads, texts, [2])
    >>> [(head.signals["timed_title"], head.signals["deck"]) for head in heads]
    [(0.0, 0.0), (1.0, 0.0)]
    """
    dated_ranks = set(dated)
    for candidate in candidates:
        below = candidate.order + 1
        timed = below in dated_ranks and below < len(texts)
        timed = timed and _restates(candidate.text, texts[below])
        candidate.signals["timed_title"] = float(timed)
        if timed:
            candidate.signals["deck"] = 0.0


def _restates(title: str, dateline: str) -> bool:
    """Whether a dateline prints a day the title names in words, and the title's clock time."""
    days = named_days(title)
    clocks = clock_minutes(title)
    if not days or not clocks:
        return False
    printed = named_days(dateline) | figure_days(dateline)
    return bool(days & printed) and bool(clocks & clock_minutes(dateline))


def clock_minutes(text: str) -> set[int]:
    """The minutes since midnight of the clock times a text prints with a colon or a dot
    between hour and minutes, or with "am" or "pm" (a figure alone is no clock).

    >>> sorted(clock_minutes("Round up - 10pm"), key=int), clock_minutes("at 22:00")
    ([1320], {1320})
    >>> clock_minutes("35 incidents"), clock_minutes("12am"), clock_minutes("12.30pm")
    (set(), {0}, {750})
    """
    minutes = set()
    for found in _CLOCK.finditer(text):
        hour, minute, half = int(found[1]), found[2], found[3]
        if minute is None and half is None:
            continue
        if half is not None:
            if not 1 <= hour <= _HALF_DAY:
                continue
            hour = hour % _HALF_DAY + (_HALF_DAY if half.lower() == "p" else 0)
        if hour < 2 * _HALF_DAY:
            minutes.add(hour * 60 + int(minute or 0))
    return minutes
