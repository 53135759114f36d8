"""A box of other stories' heads, each with its own date right above or right below it and
nothing else in its unit, as a "most read" or "latest" box prints them under an article: its
heads are a list's items, whether or not the article's words happen to echo one of them. An
article's headline stands in a larger unit (its lead, its decks), so it makes no such box with
the heads around it."""

from __future__ import annotations

from collections.abc import Collection
from typing import Final

from normalize.heads import Candidate, is_story_head

# A box is this many different heads at least, each this many words long at least.
_BOX_HEADS: Final = 3
_BOX_HEAD_WORDS: Final = 3
# A unit is a head and its date: the next head stands two lines with text below.
_UNIT: Final = 2


def dated_heads(candidates: list[Candidate], dated: Collection[int]) -> set[int]:
    """The lines of the heads of a box of them, each at the same step, one line, from a dated
    line of its own (``dated``: the places of the page's datelines among its lines with text),
    when ``_BOX_HEADS`` different heads or more follow each other in such units of two lines: a
    date and a head, then the next date and head. An echo of the article's words does not make one
    of them the article's headline.

    >>> signals = dict.fromkeys(("caption", "machinery", "site", "sentence", "echo"), 0.0)
    >>> signals |= {"repeated": 0.0, "lower_case": 0.0}
    >>> heads = [
    ...     Candidate(k, k, text, text.lower(), signals)
    ...     for k, text in ((1, "Ferry fares rise again"), (3, "Night buses return to town"),
    ...                     (5, "Storm closes the coast road"))
    ... ]
    >>> sorted(dated_heads(heads, {0, 2, 4}))
    [1, 3, 5]
    >>> sorted(dated_heads(heads[:2], {0, 2}))
    []
    >>> sorted(dated_heads(heads, {0, 2}))
    []
    """
    heads = [
        c
        for c in candidates
        if is_story_head(c, least_echo=0.0, words=_BOX_HEAD_WORDS)
        and c.signals["repeated"] == 0.0
        and not c.signals["lower_case"]
    ]
    items: set[int] = set()
    for step in (-1, 1):
        boxes: list[list[Candidate]] = []
        for head in (head for head in heads if head.order + step in dated):
            if boxes and head.order == boxes[-1][-1].order + _UNIT:
                boxes[-1].append(head)
            else:
                boxes.append([head])
        for box in boxes:
            if len(box) >= _BOX_HEADS and len({head.key for head in box}) == len(box):
                items.update(head.line for head in box)
    return items
