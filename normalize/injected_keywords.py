"""A spam copy's keyword line: a phrase a doorway page sets over a copied story and injects into
its paragraphs, glued between a mark and the next word, which no headline is."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

# The lines near the top a keyword's line may be, as the headline's candidates are.
_HEAD_LINES: Final = 40
# What parts a keyword's line: a spaced dash or a label's colon ("KEYWORD - 2024 live update",
# "NO.1: KEYWORD").
_PARTS: Final = regex.compile(r"\s[-–—]\s|[:：]\s")
# A keyword is a phrase of two words or more.
_KEYWORD_WORDS: Final = 2
# Where an injected keyword stands in a paragraph: right after a full stop or a comma, no space
# between, and right before a letter, no space between ("…됐다.KEYWORD주변 …").
_MARKS_BEFORE: Final = ".,!?"


def keyword_lines(lines: Sequence[str]) -> set[int]:
    """The places of the lines near the top holding a part (the text between a spaced dash or a
    label's colon and the line's ends) of two words or more that another line of the page holds
    glued between a mark and a letter ("…했다.PHRASE주변 …", "…늘고 있어,PHRASE일부 …"): a spam
    copy's keyword, injected into the story it copies, over that story's headline. A headline's
    words a story repeats stand after a space, or open its line.

    >>> story = "Crews worked overnight.cheap flight dealsRoads reopened at dawn."
    >>> sorted(keyword_lines(["cheap flight deals - 2024 live update", "Storm shuts roads", story]))
    [0]
    >>> keyword_lines(["Storm shuts roads", "Crews worked overnight. Storm shuts roads again."])
    set()
    """
    filled = [index for index, line in enumerate(lines) if line]
    found: set[int] = set()
    for index in filled[:_HEAD_LINES]:
        for part in _PARTS.split(lines[index]):
            phrase = part.strip()
            if len(phrase.split()) >= _KEYWORD_WORDS and any(
                _is_injected(phrase, lines[other]) for other in filled if other != index
            ):
                found.add(index)
                break
    return found


def _is_injected(phrase: str, line: str) -> bool:
    """Whether the line holds the phrase glued between a mark (see ``_MARKS_BEFORE``) and a
    letter."""
    at = line.find(phrase)
    while at != -1:
        end = at + len(phrase)
        if at and line[at - 1] in _MARKS_BEFORE and end < len(line) and line[end].isalpha():
            return True
        at = line.find(phrase, at + 1)
    return False
