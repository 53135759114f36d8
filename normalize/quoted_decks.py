"""Quoted heads: a quotation printed whole as a story's headline over its deck, or as a kicker
printed twice over a headline nearer the story's dateline (see ``normalize.decks``).
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from normalize.heads import Candidate

# The quotation marks that open a quotation, each with the one that closes it.
_QUOTES: Final = MappingProxyType({"«": "»", "“": "”", "„": "“", '"': '"'})
_MARKS: Final = frozenset('«»“”„"')
# A quotation printed whole is a headline when it has this many words at least (a shorter one
# is a name, a title of a work, a nickname).
_QUOTATION_WORDS: Final = 3


def quoted_heads(candidates: list[Candidate]) -> dict[int, int]:
    """The headlines printed as a quotation whole, each with the line of its deck (by their
    lines): the candidate on the next line with text has a whole headline's length and stands
    no nearer a dateline or byline than the quotation. A quotation above a headline that sits on
    its dateline is a kicker, not the headline.

    >>> def line(order, text, near_dateline=0.0):
    ...     signals = {"after_body": 0.0, "glued": 0.0, "length": 1.0}
    ...     signals["near_dateline"] = near_dateline
    ...     return Candidate(order, order, text, text.lower(), signals)
    >>> quote = line(0, "«We will not close the hall»", 0.9)
    >>> quoted_heads([quote, line(1, "How a city orchestra plans three years away", 0.6)])
    {0: 1}
    >>> quoted_heads([quote, line(1, "Orchestra to leave the old hall for three years", 1.5)])
    {}
    """
    by_rank = {candidate.order: candidate for candidate in candidates}
    found = {}
    for head in candidates:
        below = by_rank.get(head.order + 1)
        if below is None or not is_quotation(head):
            continue
        no_nearer = below.signals["near_dateline"] <= head.signals["near_dateline"]
        if is_deck_shaped(below) and no_nearer:
            found[head.line] = below.line
    return found


def quoted_kickers(candidates: list[Candidate]) -> set[int]:
    """The lines of a quotation printed whole twice, its copy right below it, above a headline
    that sits nearer its dateline or byline: a kicker, the story's words pulled out over its
    head, which the story quotes and so echoes; it is no headline and has no deck. A quotation
    printed once over a line nearer the dateline is a headline over its deck (``quoted_heads``).

    >>> def line(order, text, near_dateline=0.0):
    ...     signals = {"after_body": 0.0, "glued": 0.0, "length": 1.0, "sentence": 0.0}
    ...     signals["near_dateline"] = near_dateline
    ...     return Candidate(order, order, text, text.lower(), signals)
    >>> quote = line(0, "«We will not close the hall»", 0.5)
    >>> copy = line(1, "«We will not close the hall»", 0.75)
    >>> sorted(quoted_kickers([quote, copy, line(2, "Orchestra to leave the hall", 1.0)]))
    [0, 1]
    >>> quoted_kickers([quote, copy, line(2, "How a city orchestra plans ahead", 0.6)])
    set()
    >>> quoted_kickers([copy, line(2, "Orchestra to leave the hall", 1.0)])
    set()
    """
    by_rank = {candidate.order: candidate for candidate in candidates}
    found = set()
    for quote in candidates:
        copy, below = by_rank.get(quote.order + 1), by_rank.get(quote.order + 2)
        if copy is None or below is None or copy.key != quote.key or not is_quotation(quote):
            continue
        nearer = below.signals["near_dateline"] > copy.signals["near_dateline"]
        if (
            nearer
            and is_deck_shaped(below)
            and not (below.signals["sentence"] or is_quotation(below))
        ):
            found |= {quote.line, copy.line}
    return found


def is_quotation(candidate: Candidate) -> bool:
    """Whether the candidate is a quotation printed whole, before the article: it opens and
    closes with a pair of quotation marks and holds no other, and has a headline's words.

    >>> signals = {"after_body": 0.0, "glued": 0.0}
    >>> is_quotation(Candidate(0, 0, "“The roof leaks in two places”", "", signals))
    True
    >>> is_quotation(Candidate(0, 0, "“Roof leaks”, the director says", "", signals))
    False
    """
    text = candidate.text
    closing = _QUOTES.get(text[:1])
    return (
        closing is not None
        and len(text) > 2
        and text.endswith(closing)
        and not any(mark in _MARKS for mark in text[1:-1])
        and len(text.split()) >= _QUOTATION_WORDS
        and not (candidate.signals["after_body"] or candidate.signals["glued"])
    )


def is_deck_shaped(candidate: Candidate) -> bool:
    """Whether the candidate has a whole headline's length (a section's heading, "Introduction",
    is shorter)."""
    return candidate.signals["length"] > 0.0
