"""Times printed over several lines: a date alone whose clock time follows on the next line
("May 17, 2024" / "5:03 PM EDT"), a label alone whose time follows ("입력" / "2024-05-17
09:41"), and a date stacked in a widget's pieces, its day, its month and its year each on a
line of its own ("17" / "НОЯ" / "2018")."""

from __future__ import annotations

from itertools import pairwise
from typing import Final, NamedTuple

import regex

from normalize.timestamps.labels import label_role, labelled_segments
from normalize.timestamps.lines import Found, Line, mask_all

_WORD: Final = regex.compile(r"[\p{L}\d]+")
# A label's colon closing its line: its time follows on the next.
_COLONS: Final = (":", "：")


class Pending(NamedTuple):
    """A line whose time may follow on the next line: a date alone, or a label alone."""

    kind: str  # "date" or "label"
    line: int
    text: str
    start: int
    kept: int  # how many datelines were found before it


def completes(pending: Pending, found: list[Found], leftover: int) -> bool:
    """Whether a line completes the pending line above it: a clock time alone after a date, or
    an unlabelled time alone after a label."""
    if not found or leftover:
        return False
    if pending.kind == "date":
        return {item.reading.shape for item in found} == {"clock"}
    return not any(item.role for item in found)


def is_label_alone(line: Line) -> bool:
    """A line that is only a dateline label ("입력", "Published:"), or a change's label after
    the one word it gives the time of, closing the line with its colon ("Page last updated:");
    a word before a publication's label may name another day ("Closing date:").

    >>> from normalize.timestamps.lines import prepare
    >>> is_label_alone(prepare("Page last updated:")), is_label_alone(prepare("Page last updated"))
    (True, False)
    >>> is_label_alone(prepare("Closing date:"))
    False
    """
    labels, _ = labelled_segments(line)
    if not labels:
        return False
    rest = mask_all(line.low, [label.span() for label in labels])
    words = len(_WORD.findall(rest))
    if not words:
        return True
    named = len(_WORD.findall(rest[: labels[0].start()])) == 1  # the word opens the line
    changed = label_role(labels[0]) == "modified"
    return words == 1 and named and changed and line.text.rstrip()[-1:] in _COLONS


class Piece(NamedTuple):
    """A line that may be one piece of a stacked date: its number, its start in the text
    (code points) and its text."""

    line: int
    start: int
    text: str


# A piece is one short token alone on its line: a day's or a year's number, a month's word
# (a full stop may close its abbreviation: "Nov.").
_PIECE: Final = regex.compile(r"[0-9]{1,4}|\p{L}{2,9}\.?")
# A stacked date has its day, its month and its year; its pieces stand on consecutive lines,
# a blank line between two at most.
_PIECES: Final = 3
_GAP: Final = 2


def piled(pieces: list[Piece], piece: Piece) -> list[Piece]:
    """The last pieces of a stacked date up to a line: a blank line keeps them, a piece joins
    them (the last ``_PIECES`` kept), any other line ends them."""
    if not piece.text:
        return pieces
    if _PIECE.fullmatch(piece.text) is None:
        return []
    return [*pieces[1 - _PIECES :], piece]


def stacks(pieces: list[Piece]) -> list[tuple[Piece, str]]:
    """The runs of the last pieces that may read as one date, the longest first, each as its
    first piece and its text, the line breaks between its pieces kept so that positions stay
    those of the text: runs of two or three pieces on lines at most ``_GAP`` apart, one of
    them a number (a date reads one).

    >>> stacks([Piece(0, 0, "17"), Piece(1, 3, "НОЯ"), Piece(3, 8, "2018")])[0][1]
    '17\\nНОЯ\\n\\n2018'
    """
    runs: list[tuple[Piece, str]] = []
    for count in range(min(len(pieces), _PIECES), 1, -1):
        run = pieces[-count:]
        if any(b.line - a.line > _GAP for a, b in pairwise(run)):
            continue
        if not any(piece.text.isdigit() for piece in run):
            continue
        text = run[0].text
        for above, below in pairwise(run):
            text += "\n" * (below.line - above.line) + below.text
        runs.append((run[0], text))
    return runs
