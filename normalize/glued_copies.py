"""A line that may be its page's headline printed again with something glued on: machinery
(a breadcrumb or a section before it, an outlet's name, a count or a label's word after it),
or its own other half, the headline the page prints split over two lines near it."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Final

import regex

from normalize import titles
from normalize.echo import Placed

# A candidate inside another is a headline glued to machinery when it has this many words.
_GLUED_WORDS: Final = 3
_SEPARATORS: Final = frozenset("|/-–—·•:(")  # what glues machinery after a headline
_GLUED_COUNT: Final = regex.compile(r"[(\[]?[0-9]{1,4}[)\]]?")  # a count: "<headline> (12)"
# A headline split over two lines stands this many lines from its whole copy at most.
_SPLIT_COPY_LINES: Final = 3


def is_glued_to(candidate: Placed, other: Placed) -> bool:
    """Whether the candidate is another one with machinery glued on: a breadcrumb or a section
    before it (no space, too), an outlet's name after a separator, a count or a label's word after
    it ("<headline> Body", "… photo"); a copy cut short (an alt text) is shorter, not glued on."""
    if other.key == candidate.key or len(other.key.split()) < _GLUED_WORDS:
        return False
    if abs(other.order - candidate.order) > 3:
        return False
    if f" {other.key} " not in f" {candidate.key} ":
        return opens_with_glued_crumbs(candidate.text, other.text)
    if candidate.key.startswith(other.key):
        same_start = candidate.text.lower().startswith(other.text.lower())
        rest = candidate.text[len(other.text) :].lstrip() if same_start else ""
        return (
            (rest[:1] in _SEPARATORS and not titles.is_bare_date(rest[1:]))
            or _GLUED_COUNT.fullmatch(rest) is not None
            or len(rest.split()) == 1
        )
    return True


def opens_with_glued_crumbs(text: str, copy: str) -> bool:
    """Whether the text is the copy with a breadcrumb or a section glued on before it with no
    space: the text ends with the copy, and where they meet a lowercase letter runs into the
    copy's capital ("HomeNewsMarketsAsian stocks slide…"), which no word of a headline does.

    >>> opens_with_glued_crumbs("HomeNewsMarketsAsian stocks slide", "Asian stocks slide")
    True
    >>> opens_with_glued_crumbs("Home News Asian stocks slide", "Asian stocks slide")
    False
    """
    text, copy = text.strip(), copy.strip()
    before = text[: len(text) - len(copy)]
    return (
        bool(before and copy) and text.endswith(copy) and before[-1].islower() and copy[0].isupper()
    )


def joins_its_pieces(candidate: Placed, candidates: Sequence[Placed]) -> bool:
    """Whether the candidate is a headline that the page prints again split over two lines
    near it: it is two candidates on lines in a row joined. What it holds of either copy is
    its own other half, not machinery glued on.

    >>> from normalize.heads import Candidate
    >>> from normalize.titles import title_key
    >>> def at(order, text):
    ...     return Candidate(order, order, text, title_key(text), {})
    >>> whole = at(0, "Port and council sign a deal for a free library")
    >>> pieces = [whole, at(1, "Port and council,"), at(2, "sign a deal for a free library")]
    >>> joins_its_pieces(whole, pieces), joins_its_pieces(pieces[2], pieces)
    (True, False)
    """
    return any(
        second.order == first.order + 1
        and abs(first.order - candidate.order) <= _SPLIT_COPY_LINES
        and candidate.key == f"{first.key} {second.key}"
        for first, second in pairwise(candidates)
    )
