"""The times of a page's comments: a blog prints its readers' replies under a heading that
counts them and echoes the headline ("4 Responses to <headline>", "12 thoughts on “<headline>”"),
a board under its comment box's label ("Comments", "댓글", "Комментарии"), each reply with its own
time, not the article's. The caller that knows the headline marks them as another thing's."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from normalize.timestamps.datelines import Dateline
from normalize.timestamps.elsewhere import HEAD_BELOW

# The count of a comments' heading: a number, or the word for one ("One Response to …").
_ONE: Final = ("One", "one")
# The word that ties the count to the headline it echoes: "Responses to", "thoughts on".
_TIES: Final = ("to", "on")
# The quotes a heading may set the echoed headline in.
_QUOTES: Final = "\"'“”‘’«»"
# The word a comment box's label opens with, in small letters, a count or a colon glued to it
# or not ("Comments 댓글 이미지 등록", "댓글(2)", "Комментарии:").
_BOX_WORDS: Final = frozenset(("comments", "comment", "댓글", "комментарии", "комментарий"))
# A comment box's label is a short line: this many characters at most.
_BOX_LABEL_CHARS: Final = 40
# The replies' times a comment box's label must stand over to be one: its readers' replies.
_BOX_REPLIES: Final = 2


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
        heading = _comment_box(datelines, below, lines, near)
    if heading is None:
        return frozenset()
    return frozenset(order for order in below if datelines[order].line > heading)


def _comment_box(
    datelines: Sequence[Dateline], below: Sequence[int], lines: Sequence[str], near: int
) -> int | None:
    """The line of a comment box's label below the article's head (more than ``HEAD_BELOW``
    lines under the headline's line ``near``): a short line opening with a word of
    ``_BOX_WORDS`` ("Comments 댓글 이미지 등록 : [이미지주소]"), over ``_BOX_REPLIES`` unlabelled
    times or more (of ``below``), its readers' replies each with its stamp ("NICK 2024.05.18
    13:42"); a counter in the head ("댓글 0") is no box. None without one."""
    last = datelines[below[-1]].line
    for index in range(near + HEAD_BELOW + 1, last):
        line = lines[index].strip()
        if len(line) > _BOX_LABEL_CHARS or not line:
            continue
        word = line.split()[0].lower().rstrip(":：").split("(")[0]
        if word not in _BOX_WORDS:
            continue
        if sum(datelines[order].line > index for order in below) >= _BOX_REPLIES:
            return index
    return None


def _echoes(line: str, own: str) -> bool:
    """Whether a line is a comments' heading for the headline's line ``own``: a count, one
    word, "to" or "on", then ``own``, in quotes or not."""
    words = line.split(" ", 3)
    if len(words) < 4 or words[3].strip(_QUOTES) != own:
        return False
    count, noun, tie = words[0], words[1], words[2]
    counted = (count.isascii() and count.isdigit()) or count in _ONE
    return counted and noun.isalpha() and tie in _TIES
