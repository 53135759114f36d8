"""A date printed with hyphens, day and month as numbers, that is part of something longer: the
end of a document's or a telephone's number, the opening of a file's name. ``reading`` reads
no date there."""

from __future__ import annotations

import re
from typing import Final

import regex

from normalize.timestamps.grammar import Match, grammar

# The digits of a number that a date printed with hyphens would end: "412-", "(83150) "; not
# a clock time's minutes ("09:15 22-10-2019").
_NUMBER_BEFORE: Final = re.compile(r"(?<!:\d)\d[\s()+-]{0,3}$")
# A hyphen and a letter right after a date: the rest of a file's or a link's name ("14-08-21-view").
_NAME_AFTER: Final = regex.compile(r"-\p{L}")


def ends_a_number(text: str, found: Match) -> bool:
    """Whether a date printed with hyphens, day and month as numbers, is the end of a longer
    number: digits run on before it, across at most a few spaces, brackets or hyphens (a
    document's number "412-05-03-2025", a telephone's "(83150) 2-11-37"), but for a clock
    time's ("09:15 22-10-2019"). A date stands apart from other numbers; what it ends is no
    date.

    >>> g = grammar()
    >>> [ends_a_number(text, g.numeric_date.search(text)) for text in
    ...     ("No. 412-05-03-2025", "тел. (83150) 2-11-37", "issued 05-03-2025", "05.03.2025",
    ...      "09:15 05-03-2025")]
    [True, True, False, False, False]
    """
    if found.re is not grammar().numeric_date or found["sep"] != "-":
        return False
    return _NUMBER_BEFORE.search(text, 0, found.start()) is not None


def opens_a_name(text: str, found: Match) -> bool:
    """Whether a date printed with hyphens, day and month as numbers, opens a longer name: a
    hyphen and a word run on after it (an image file's "14-08-21-view-of-the-pier"). A date
    stands apart from the words after it; what it opens is no date.

    >>> g = grammar()
    >>> [opens_a_name(text, g.numeric_date.search(text)) for text in
    ...     ("14-08-21-view of the pier", "14-08-21 view of the pier", "14.08.21-view")]
    [True, False, False]
    """
    if found.re is not grammar().numeric_date or found["sep"] != "-":
        return False
    return _NAME_AFTER.match(text, found.end()) is not None
