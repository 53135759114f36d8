"""A line of tags some of which hold spaces, "#Погода #Старый Бор #Министерство образования":
a site that lets a tag be a few words prints each from its sign to the next one.

``normalize.page`` reads such a line's tags here; any other line's, ``find_hashtags``.
"""

from __future__ import annotations

from typing import Final

import regex

from normalize.hashtags import Hashtag, tag_language

# A word of such a tag: letters, a hyphen or an apostrophe inside.
_WORD: Final = r"\p{L}+(?:[-'’]\p{L}+)*"
# A tag of such a line: the sign, then up to three words one space apart.
_TAG: Final = regex.compile(rf"#({_WORD}(?: {_WORD}){{0,2}})")
# The whole line: its tags, spaces or tabs between, and nothing else.
_LINE: Final = regex.compile(rf"[ \t]*{_TAG.pattern}(?:[ \t]+{_TAG.pattern})*[ \t]*")
# A line of fewer tags is no site's tag line.
_LEAST_TAGS: Final = 3


def spaced_tags(line: str) -> list[Hashtag]:
    """The tags of a line of ``_LEAST_TAGS`` tags or more, one of which before the last holds a
    space, each running from its sign to the next (up to three words of letters): its words
    are the ones printed, none split further (a site that writes a tag's words apart runs none
    together). Any other line gives none: words after the last tag alone are a sentence or a
    post's text going on after its tags ("#Погода #Дороги #Транспорт Идёт снег").

    >>> [(t.tag, t.words) for t in spaced_tags("#Погода #Старый Бор #Дороги")]
    [('Погода', ['Погода']), ('Старый Бор', ['Старый', 'Бор']), ('Дороги', ['Дороги'])]
    >>> spaced_tags("#Погода #Дороги #Мосты"), spaced_tags("#Погода #Дороги #Мосты Идёт снег")
    ([], [])
    """
    # a word not opening with a sign, before the last sign, is a tag's second or third
    spaced = any(word[0] != "#" for word in line[: line.rfind("#")].split())
    if line.count("#") < _LEAST_TAGS or not spaced or _LINE.fullmatch(line) is None:
        return []
    found = list(_TAG.finditer(line))
    tags: list[Hashtag] = []
    for match in found:
        words = match[1].split(" ")
        tags.append(Hashtag(match[1], words, tag_language(words), match.start(), match.end()))
    return tags
