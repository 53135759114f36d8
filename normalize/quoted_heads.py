"""An interview's headline split over two lines: the speaker, left open by a colon, over the
quotation that is the rest of the headline ("Name, role:" / "«…»")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

# The marks that open and close a quotation.
_OPENING: Final = '«“„"'
_CLOSING: Final = '»”“"'
# A headline is at most this many words long, its speaker's and its quotation's together.
_HEADLINE_WORDS: Final = 20


def with_quotation_below(texts: Sequence[str], at: int, line: str) -> tuple[str, int]:
    """The line (read from the one at this place among the page's lines with text) joined with
    the quotation right below it, and how many lines below it the quotation took, when the line
    is left open by a colon and the next line, after a lone opening mark at most, is a quotation
    opened and closed on it, the two together of a headline's length: the speaker and the words
    of an interview's headline, split over lines, whose pieces are no headlines of their own.
    Else the line as it is and 0; a long quotation below a speaker is the story's.

    >>> page = ["Harbour master Ilse Varga:", "«", "We close the port only for storms»"]
    >>> with_quotation_below(page, 0, page[0])
    ('Harbour master Ilse Varga: «We close the port only for storms»', 2)
    >>> with_quotation_below(["Ilse Varga:", "The port closed at noon."], 0, "Ilse Varga:")
    ('Ilse Varga:', 0)
    """
    if not line.endswith(":") or at + 1 >= len(texts):
        return line, 0
    below = texts[at + 1].strip()
    taken = 1
    if len(below) == 1 and below in _OPENING and at + 2 < len(texts):
        below += texts[at + 2].strip()  # a lone opening mark over the quotation's words
        taken = 2
    quoted = len(below) > 1 and below[0] in _OPENING and below[-1] in _CLOSING
    if not quoted or len(line.split()) + len(below.split()) > _HEADLINE_WORDS:
        return line, 0
    return f"{line} {below}", taken
