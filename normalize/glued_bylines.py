"""A headline with its writer's byline and e-mail glued after it on one line, closed by a bar,
as a newspaper's print view prints its first line: "Ferry fares rise 김하늘 기자 sky@example.kr |",
or with the outlet's one-word name in the byline's place: "Ferry fares rise 소하일보 desk@example.kr
|". The line is no contact's: the headline is read from the text before the byline."""

from __future__ import annotations

import regex

from normalize.chrome import is_outlet_name

# The headline, then a Korean writer's name of two to four syllables and the reporter's title
# (a space between them or none), the writer's e-mail and a closing bar: "… 김하늘기자 sky@x.kr |".
_GLUED_BYLINE = regex.compile(
    r"^(?P<head>.+?)\s+\p{Hangul}{2,4}\s?(?:기자|특파원)\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[|｜]\s*$"
)

# The headline, then one word and the outlet's e-mail and a closing bar: "… 소하일보 desk@x.kr
# |"; the word is read as the outlet's name (`is_outlet_name`).
_GLUED_OUTLET = regex.compile(
    r"^(?P<head>.+?)\s+(?P<name>\S+)\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[|｜]\s*$"
)

# A headline has this many words at least; fewer before a byline are an outlet or a desk's name.
_HEAD_WORDS = 3


def head_before_byline(line: str) -> str | None:
    """The headline before a writer's byline, or the outlet's one-word name, and an e-mail glued
    after it and closed by a bar, or None: a contact line has no headline before its writer's or
    outlet's name.

    >>> head_before_byline("소하군, 겨울 철새 탐조 교실 연다 김하늘기자 sky@example.kr |")
    '소하군, 겨울 철새 탐조 교실 연다'
    >>> head_before_byline("[소하일보] 김하늘 기자 sky@example.kr |") is None
    True
    >>> head_before_byline("소하군, 겨울 철새 탐조 교실 연다 김하늘 기자 sky@example.kr") is None
    True
    >>> head_before_byline("소하군, 겨울 철새 탐조 교실 연다 소하일보 desk@example.kr |")
    '소하군, 겨울 철새 탐조 교실 연다'
    >>> head_before_byline("소하군, 겨울 철새 탐조 교실 연다 문의 desk@example.kr |") is None
    True
    """
    match = _GLUED_BYLINE.match(line)
    if match is None and (outlet := _GLUED_OUTLET.match(line)) is not None:
        match = outlet if is_outlet_name(outlet["name"]) else None
    if match is None or len(match["head"].split()) < _HEAD_WORDS:
        return None
    return str(match["head"])
