"""The times of a page's comments: a blog prints its readers' replies under a heading that
counts them and echoes the headline ("4 Responses to <headline>", "12 thoughts on “<headline>”"),
each reply with its own time, not the article's. The caller that knows the headline marks them
as another thing's."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from normalize.timestamps.datelines import Dateline

# The count of a comments' heading: a number, or the word for one ("One Response to …").
_ONE: Final = ("One", "one")
# The word that ties the count to the headline it echoes: "Responses to", "thoughts on".
_TIES: Final = ("to", "on")
# The quotes a heading may set the echoed headline in.
_QUOTES: Final = "\"'“”‘’«»"


def comment_dates(
    datelines: Sequence[Dateline], lines: Sequence[str], near: int | None
) -> frozenset[int]:
    """The positions among ``datelines`` of the unlabelled times below the comments' heading
    under the headline (line ``near``): a line that opens with a count, one word and "to" or
    "on", and closes with the headline's line as printed, in quotes or not ("4 Responses to
    UPDATE-Driver held after chase", "One thought on “Ferry fares rise”"): the readers' replies'
    times. None on a page without a headline or without such a heading.

    >>> from normalize.timestamps import find_datelines
    >>> lines = ["Ferry fares rise", "Fares rose.", "2 Responses to Ferry fares rise",
    ...          "Ann Lee May 2, 2024 at 3:12 pm", "Bo Li May 3, 2024 at 9:40 am"]
    >>> sorted(comment_dates(find_datelines("\\n".join(lines), lang="en"), lines, 0))
    [0, 1]
    """
    if near is None or near >= len(lines):
        return frozenset()
    below = [order for order, item in enumerate(datelines) if not item.role and item.line > near]
    own = lines[near].strip()
    if not below or not own:
        return frozenset()
    last = datelines[below[-1]].line
    heading = next(
        (index for index in range(near + 1, last) if _echoes(lines[index].strip(), own)), None
    )
    if heading is None:
        return frozenset()
    return frozenset(order for order in below if datelines[order].line > heading)


def _echoes(line: str, own: str) -> bool:
    """Whether a line is a comments' heading for the headline's line ``own``: a count, one
    word, "to" or "on", then ``own``, in quotes or not."""
    words = line.split(" ", 3)
    if len(words) < 4 or words[3].strip(_QUOTES) != own:
        return False
    count, noun, tie = words[0], words[1], words[2]
    counted = (count.isascii() and count.isdigit()) or count in _ONE
    return counted and noun.isalpha() and tie in _TIES
