"""A paragraph's opening split off its rest by a line break the scraper kept: the opening
stands on a line of its own, as wide as a paragraph's line, and the rest goes on right below it
in small letters, where a sentence closes. That opening is a piece of a sentence, no headline,
even when no other line of the page was wrapped at its width (see ``normalize.wraps``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from normalize.heads import Candidate
from normalize.text import WHITESPACE
from normalize.wraps import (
    SPLIT_REST_WORDS,
    STOP,
    closes_sentence,
    glued_address,
    opens_in_lower_case,
)

# The opening is as wide as a paragraph's line: this many words at least (a headline over a
# lead that lost its first letter, a drop cap, is shorter).
_SPLIT_OPENING_WORDS: Final = 12


def split_paragraphs(candidates: Sequence[Candidate], lines: Sequence[str]) -> list[Candidate]:
    """The candidates that open a paragraph split off its rest (``splits_a_paragraph``).

    >>> page = ["Crews will keep the pass road open through the long winter and",
    ...         "clear it by dawn each day. The council pays for the extra shifts.", "Text."]
    >>> [c.line for c in split_paragraphs([Candidate(0, 0, page[0], "", {})], page)]
    [0]
    """
    return [candidate for candidate in candidates if splits_a_paragraph(candidate, lines)]


def splits_a_paragraph(candidate: Candidate, lines: Sequence[str]) -> bool:
    """Whether the candidate's line is a paragraph's opening split off the rest of it: it has
    ``_SPLIT_OPENING_WORDS`` words or more and closes no sentence, and the line right below
    opens with a word all in small letters (``opens_in_lower_case``), has ``SPLIT_REST_WORDS``
    words or more and closes a sentence inside it (a byline or a handle in small letters closes
    none).

    >>> opening = "Crews will keep the pass road open through the long winter and"
    >>> splits_a_paragraph(Candidate(0, 0, opening, "", {}), [opening, "clear it by dawn. Text."])
    True
    >>> splits_a_paragraph(Candidate(0, 0, opening, "", {}), [opening, "by Ann Lee"])
    False
    """
    at = candidate.line + 1
    below = lines[at].strip(WHITESPACE) if at < len(lines) else ""
    return (
        len(candidate.text.split()) >= _SPLIT_OPENING_WORDS
        and len(below.split()) >= SPLIT_REST_WORDS
        and opens_in_lower_case(below, below)
        and not glued_address(below)
        and not closes_sentence(candidate.text)
        and STOP.search(below) is not None
    )
