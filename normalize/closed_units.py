"""Units closed by one line: a listing that closes each story's unit (its head, its deck, its
teaser) with the same link ("Continue reading…", "Read the full story"), the units one size
apart. Each unit's head is one item of the list, the first unit's as well: it has a closing link
of its own, as an article's headline above the list has not.

The headline chooser (``normalize.headline``) reads these heads as the page's items.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from itertools import pairwise
from typing import Final

from normalize.heads import Candidate

# A closing line printed this many times at least (the first unit's and two more).
_CLOSINGS: Final = 3
# The units' sizes in lines with text differ by this many at most (a teaser wrapped on one
# more line), the first unit's too.
_SIZE_SLACK: Final = 1


def closed_unit_heads(
    candidates: list[Candidate], texts: Sequence[str], machinery: Collection[int]
) -> set[int]:
    """The lines of the heads of units each closed by one machinery line (``machinery`` holds
    the places of such lines among ``texts``, the page's lines with text): the same line
    printed ``_CLOSINGS`` times or more, its copies one unit's size apart, give or take one;
    each copy but the last right above a head (a candidate that is no sentence, caption or
    machinery), and the first copy closing a unit of about that size that opens with a head too.

    >>> shape = dict.fromkeys(("sentence", "caption", "machinery", "site", "long"), 0.0)
    >>> texts = ["Ferry fares rise on island routes", "Fares rise by a tenth from May.",
    ...          "Continue reading", "Night buses return to the old town",
    ...          "The buses run again from Friday.", "Continue reading",
    ...          "Crane barge reaches the east quay", "The piles go in next week.",
    ...          "Continue reading"]
    >>> heads = [Candidate(k, k, texts[k], texts[k].lower(), shape) for k in (0, 3, 6)]
    >>> sorted(closed_unit_heads(heads, texts, {2, 5, 8}))
    [0, 3, 6]
    >>> article = [texts[0], *["The operator said so on Monday."] * 4, *texts[2:]]
    >>> heads = [Candidate(k, k, article[k], article[k].lower(), shape) for k in (0, 6, 9)]
    >>> sorted(closed_unit_heads(heads, article, {5, 8, 11}))
    []
    """
    copies: dict[str, list[int]] = {}
    for place in sorted(machinery):
        copies.setdefault(texts[place], []).append(place)
    # the same closing line printed often enough: most pages have none, and no head is weighed
    if all(len(places) < _CLOSINGS for places in copies.values()):
        return set()
    heads = {c.order: c for c in candidates if _is_head(c)}
    items: set[int] = set()
    for places in copies.values():
        if len(places) < _CLOSINGS:
            continue
        sizes = [b - a for a, b in pairwise(places)]
        # the first unit's head, its unit (the head to the first copy) of about their size
        top = places[0] + 1 - min(sizes)
        window = range(max(top - _SIZE_SLACK, 0), top + _SIZE_SLACK + 1)
        head = next((order for order in window if order in heads), None)
        below = [place + 1 for place in places[:-1]]
        if max(sizes) - min(sizes) > _SIZE_SLACK or head is None:
            continue
        if all(order in heads for order in below):
            items |= {heads[order].line for order in (head, *below)}
    return items


def _is_head(candidate: Candidate) -> bool:
    """Whether a candidate may head a unit: no sentence, caption, machinery or outlet's name."""
    signals = candidate.signals
    return not any(signals[name] for name in ("sentence", "caption", "machinery", "site", "long"))
