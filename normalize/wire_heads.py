"""A line right above a wire story's opening line that the story does not echo.

A wire story's lead opens with its place, its agency and its writer's byline ("(가람=누리통신)
정우람 기자 = …"). The line above it is the story's headline only when the lead, or the line
after it when the first is the photograph's caption, repeats some of its words; otherwise it
is a deck whose headline was lost, or another story's head.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from normalize.heads import Candidate
from normalize.page import echo_words

# A wire story's lead opens with its place and agency in brackets, joined by "=", then its
# writer's byline closed by "=": "(가람=누리통신) 정우람 기자 = …", "[서울=누리핌] … = …".
_WIRE_LEAD: Final = regex.compile(r"^\s*[(\[][^()\[\]=]{1,20}=[^()\[\]=]{1,20}[)\]][^=]{0,20}=\s")


def mark_unechoed_wire_heads(
    candidates: Sequence[Candidate], lines: Sequence[str], filled: list[int]
) -> None:
    """A candidate right above a wire story's opening line (its place, agency and byline open
    it, ``_WIRE_LEAD``: its lead, or its photograph's caption over the lead) when neither that
    line nor the next one repeats any of its words: no head of that story, but a deck whose
    headline was lost or another story's head. Its ``deck`` is set and its ``echo`` gone.

    >>> lines = ["천 명 모여 잔치", "(가람=누리통신) 정우람 기자 = 가람군이 행사를 열었다."]
    >>> head = Candidate(0, 0, lines[0], "천 명 모여 잔치", {"deck": 0.0, "echo": 0.2})
    >>> mark_unechoed_wire_heads([head], lines, [0, 1])
    >>> head.signals["deck"], head.signals["echo"]
    (1.0, 0.0)
    """
    for candidate in candidates:
        below = candidate.order + 1
        if below >= len(filled) or not _WIRE_LEAD.match(lines[filled[below]]):
            continue
        story = (lines[i] for i in filled[below : below + 2])
        if not any(echo_words(candidate.text) & echo_words(line) for line in story):
            candidate.signals.update(deck=1.0, echo=0.0)
