"""A dateline's place glued to a headline: an archive's or a wire copy's page prints the
story's place in capitals on the headline's line, before it ("BRANTLEY Riverfest crowd pleases
organizers") or after it ("Riverfest crowd pleases organizers BRANTLEY"), the place its
dateline opens the story with below ("BRANTLEY -- A summer off …"). The place is the
dateline's, not the headline's; a headline that opens or closes with a word in capitals of its
own ("NASA delays …") has no paragraph opening with that word and a dash.

The headline chooser (``normalize.headline``) trims the chosen headline so, as it trims a
site's tail and a glued label (``normalize.echo``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

# A place in capitals opening a line, then the headline in mixed case after a space: one to
# three words of two capitals or more each (a hyphen, an apostrophe or a dot inside: "ST.
# JOHN'S", "WILKES-BARRE").
_PLACE: Final = regex.compile(
    r"""^(
      \p{Lu}[\p{Lu}'’.-]*\p{Lu}\.?               # the place's first word
      (?:\s\p{Lu}[\p{Lu}'’.-]*\p{Lu}\.?){0,2}    # two more at most ("NEW YORK", "ST. JOHN'S")
    )\s+(?=\p{Lu}\p{Ll})                         # the headline, a capital and small letters
    """,
    regex.VERBOSE,
)
# A place in capitals closing a line, after a headline whose last word ends in a small letter
# and a space: the same one to three words.
_CLOSING_PLACE: Final = regex.compile(
    r"""(?<=\p{Ll})\s+(
      \p{Lu}[\p{Lu}'’.-]*\p{Lu}\.?
      (?:\s\p{Lu}[\p{Lu}'’.-]*\p{Lu}\.?){0,2}
    )$""",
    regex.VERBOSE,
)
# What follows the place on its dateline: a dash (two hyphens on a typewriter's copy) or a
# comma before the day or the state ("BRANTLEY -- …", "MOSCOW, March 3 …", "SALEM — …").
_DATELINE_MARK: Final = regex.compile(r"\s*(?:,|--|[-–—])")
# What is left is a headline of this many words at least.
_HEADLINE_WORDS: Final = 3


def without_dateline_place(text: str, line: int, lines: Sequence[str]) -> str:
    """The headline without the place in capitals glued before it, or after it, when a line
    below it (the headline's being at ``line``) opens with that place and a dateline's dash or
    comma: the story's dateline. The text as it is otherwise.

    >>> page = ["BRANTLEY Riverfest crowd pleases organizers", "By DALE KOVACS",
    ...         "BRANTLEY -- The festival came back over the weekend."]
    >>> without_dateline_place(page[0], 0, page)
    'Riverfest crowd pleases organizers'
    >>> without_dateline_place(page[0], 0, page[:2])
    'BRANTLEY Riverfest crowd pleases organizers'
    >>> without_dateline_place("Riverfest crowd pleases organizers BRANTLEY", 0, page)
    'Riverfest crowd pleases organizers'
    """
    opening = _PLACE.match(text)
    if opening is not None:
        place, rest = opening.group(1), text[opening.end() :]
    else:
        closing = _CLOSING_PLACE.search(text)
        if closing is None:
            return text
        place, rest = closing.group(1), text[: closing.start()]
    if len(rest.split()) < _HEADLINE_WORDS:
        return text
    for other in lines[line + 1 :]:
        stripped = other.strip()
        if stripped.startswith(place) and _DATELINE_MARK.match(stripped, len(place)):
            return rest
    return text
