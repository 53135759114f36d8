"""A live page: one headline over entries each with its own clock time, newest first.

A live blog or a results night's page prints its headline and a paragraph that opens the
story, then entries that each carry a clock time ("1:42 a.m." above a paragraph, "14:05
9.8.2019" above a head). The entries make a list's shape, as a TV grid's or a day archive's
do, but there the first entry follows the section's name at once; here the headline has a
paragraph of its own above them, so the page is an article and its headline no listing's.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Final

import regex

from normalize.heads import CLOCK_OR_HOUR, Candidate

# An entry's clock stands on its line or this many lines with text above or below it.
_CLOCK_STEP: Final = 2
# A line opening with a clock or an hour, maybe after a bullet: an entry's time, alone or
# with its date ("1:42 a.m.", "14:05 9.8.2019", "• 08:51"), or the entry's head after it.
_CLOCK: Final = regex.compile(rf"\s*(?:[•·*-]\s*)?(?:{CLOCK_OR_HOUR})(?:\s|$)")
# What a headline is not: signals that make a candidate a sentence, a caption or machinery.
_NOT_A_HEAD: Final = ("sentence", "long", "caption", "machinery", "site", "lower_case")


def is_live_page(
    candidates: list[Candidate], items: Collection[int], texts: Sequence[str], body: Sequence[int]
) -> bool:
    """Whether the page's items are a live page's entries under one headline: every item has
    a clock time on its line or next to it, and above the first item stands a head that is no
    item, that the page echoes, with a paragraph (``body``: places among ``texts``, the page's
    lines with text) or a sentence of its own between it and the first item. ``items`` are
    the lines of the candidates the page prints as a list's.

    >>> texts = ["Election night, as it happened",
    ...          "The polls closed at eight, and the count began.", "9:42 p.m.",
    ...          "The first district is called for the mayor.",
    ...          "9:15 p.m.", "Turnout passes a third of the roll."]
    >>> heads = [Candidate(k, k, texts[k], "", {"echo": 0.4}) for k in (0, 3, 5)]
    >>> is_live_page(heads, {3, 5}, texts, [1, 3, 5])
    True
    >>> is_live_page(heads, {3, 5}, texts, [3, 5])
    False
    """
    entries = [c for c in candidates if c.line in items]
    if not entries or not all(_has_clock(texts, c.order) for c in entries):
        return False
    first = min(c.order for c in entries)
    # the story's opening lines: its paragraphs, and a sentence too short for one (a colon's
    # lead-in to the entries, "The Latest on primary night (all times CDT):")
    opening = [*body, *(c.order for c in candidates if c.signals.get("sentence", 0.0))]
    return any(
        c.order < first
        and c.line not in items
        and c.signals.get("echo", 0.0) > 0.0
        and not any(c.signals.get(name, 0.0) for name in _NOT_A_HEAD)
        and any(c.order < paragraph < first for paragraph in opening)
        for c in candidates
    )


def _has_clock(texts: Sequence[str], at: int) -> bool:
    """Whether a line within ``_CLOCK_STEP`` lines of the one at this place, or that line,
    opens with a clock time."""
    near = range(max(at - _CLOCK_STEP, 0), min(at + _CLOCK_STEP + 1, len(texts)))
    return any(_CLOCK.match(texts[k]) for k in near)
