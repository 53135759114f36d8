"""A headline in capitals broken over two lines, as a print page sets a long head in a narrow
column ("WINTER SCHOOL OF YOUNG GEOLOGISTS" / "DRAWS A RECORD CROWD"): one headline."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Final

from normalize.running_text import is_shouted

# What closes a sentence or leaves a line open for a list: no piece of a headline ends so.
_CLOSING_MARKS: Final = ".!?:;,…"
# The two pieces hold this many words at least together (a menu's two labels fewer), and a
# headline's most words at most.
_LEAST_WORDS: Final = 4
_HEADLINE_WORDS: Final = 20


def with_capitals_below(
    lines: Sequence[str], filled: Sequence[int], rank: int, skip: Collection[int]
) -> tuple[str, int]:
    """The line of this rank among the page's lines with text (``filled``, their places in
    ``lines``) joined with the next one, and 1, when the two stand alone together between blank
    lines (or the page's edge), neither a line of ``skip`` (a masthead, a section's label), and
    are the pieces of a headline in capitals (``_are_pieces``). Else the line as it is and 0: a
    block of three lines is a paragraph or a menu.

    >>> page = ["Issue 12", "", "WINTER SCHOOL OF YOUNG GEOLOGISTS", "DRAWS A RECORD CROWD", "",
    ...         "The school met for the twenty-first time."]
    >>> with_capitals_below(page, [0, 2, 3, 5], 1, set())
    ('WINTER SCHOOL OF YOUNG GEOLOGISTS DRAWS A RECORD CROWD', 1)
    >>> with_capitals_below(page, [0, 2, 3, 5], 1, {3})
    ('WINTER SCHOOL OF YOUNG GEOLOGISTS', 0)
    >>> with_capitals_below(page, [0, 2, 3, 5], 1, {2})
    ('WINTER SCHOOL OF YOUNG GEOLOGISTS', 0)
    """
    index = filled[rank]
    line = lines[index]
    alone = (
        rank + 1 < len(filled)
        and filled[rank + 1] == index + 1
        and (rank == 0 or filled[rank - 1] < index - 1)
        and (rank + 2 >= len(filled) or filled[rank + 2] > index + 2)
        and index not in skip
        and index + 1 not in skip
    )
    first, below = line.strip(), lines[index + 1].strip() if alone else ""
    if not alone or not _are_pieces(first, below):
        return line, 0
    return f"{first} {below}", 1


def is_joined_below(text: str, line: int, lines: Sequence[str]) -> bool:
    """Whether a headline read from the page's line ``line`` of ``lines`` is that line and the
    one right below it, pieces of a headline in capitals (``_are_pieces``), joined: the second
    piece prints no copy of it, and nothing is glued around it.

    >>> page = ["WINTER SCHOOL OF YOUNG GEOLOGISTS", "DRAWS A RECORD CROWD"]
    >>> is_joined_below("WINTER SCHOOL OF YOUNG GEOLOGISTS DRAWS A RECORD CROWD", 0, page)
    True
    """
    first = lines[line].strip()
    below = lines[line + 1].strip() if line + 1 < len(lines) else ""
    return text == f"{first} {below}" and _are_pieces(first, below)


def _are_pieces(first: str, below: str) -> bool:
    """Whether two lines are the pieces of one headline in capitals: both in capitals, the
    first closed by no mark, the two of a headline's length."""
    words = len(first.split()) + len(below.split())
    return (
        is_shouted(first)
        and is_shouted(below)
        and not first.endswith(tuple(_CLOSING_MARKS))
        and _LEAST_WORDS <= words <= _HEADLINE_WORDS
    )
