"""A writer's name in round brackets closing a headline, as a broadcaster's transcript prints
its reporter after the story's title ("… 첫 운항 (문하늘)"): a byline cut off the headline when
another line of the page opens with the same name, the reporter named again where the story
hands over to them ("문하늘 기자가 전합니다.")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from normalize.text import WHITESPACE

# A name of a word or two of letters in round brackets closing the line, after a space.
_BRACKETED_NAME: Final = regex.compile(r"(?P<head>.*\S)\s+\((?P<name>\p{L}{2,}(?: \p{L}+)?)\)")
# The headline before the name holds this many words at least.
_HEAD_WORDS: Final = 3


def without_bracketed_writer(text: str, line: int, lines: Sequence[str]) -> str:
    """The headline without the writer's name in round brackets closing it, when another line of
    ``lines`` (not the headline's line ``line``, nor a copy holding the brackets) opens with that
    name followed by a space: the page names its writer there. A name the page does not open
    a line with stays, a person the headline speaks of.

    >>> page = ["항구 새 여객선 오늘 첫 운항 (문하늘)", "여객선이 오늘 처음 떠났습니다.",
    ...         "문하늘 기자가 전합니다."]
    >>> without_bracketed_writer(page[0], 0, page)
    '항구 새 여객선 오늘 첫 운항'
    >>> without_bracketed_writer(page[0], 0, page[:2])
    '항구 새 여객선 오늘 첫 운항 (문하늘)'
    """
    found = _BRACKETED_NAME.fullmatch(text.strip(WHITESPACE))
    if found is None or len(found["head"].split()) < _HEAD_WORDS:
        return text
    head: str = found["head"]
    name: str = found["name"]
    bracketed, opening = f"({name})", f"{name} "
    for index, other in enumerate(lines):
        other = other.strip(WHITESPACE)
        if index != line and bracketed not in other and other.startswith(opening):
            return head
    return text
