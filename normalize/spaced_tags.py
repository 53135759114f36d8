"""A line of tags some of which hold spaces, "#Погода #Старый Бор #Министерство образования":
a site that lets a tag be a few words prints each from its sign to the next one. A list of
tags, one a line, each after a bullet and its sign set off from it by a space ("- # 정원"), as
a scraper prints a site's tag links.

``normalize.page`` reads such a line's tags here; any other line's, ``find_hashtags``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from normalize.hashtags import Hashtag, tag_language
from normalize.timestamps.grammar import grammar

# A word of such a tag: letters, a hyphen or an apostrophe inside.
_WORD: Final = r"\p{L}+(?:[-'’]\p{L}+)*"
# A tag of such a line: the sign, then up to three words one space apart.
_TAG: Final = regex.compile(rf"#({_WORD}(?: {_WORD}){{0,2}})")
# The whole line: its tags, spaces or tabs between, and nothing else.
_LINE: Final = regex.compile(rf"[ \t]*{_TAG.pattern}(?:[ \t]+{_TAG.pattern})*[ \t]*")
# A line of fewer tags is no site's tag line; fewer bulleted tags in a row are no tag list.
_LEAST_TAGS: Final = 3
# A tag alone after a bullet, its sign set off by a space: "- # Harbour works".
_BULLETED_TAG: Final = regex.compile(
    rf"[ \t]*[-*•][ \t]+(#)[ \t]+({_WORD}(?: {_WORD}){{0,2}})[ \t]*"
)


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


def bulleted_tags(lines: Sequence[str]) -> dict[int, list[Hashtag]]:
    """The tags of a list of tags, one a line (``lines`` a page's), ``_LEAST_TAGS`` lines in a
    row or more, each line a bullet, a sign and a tag of up to three words set off from it by a
    space: each line's tag, from its sign, keyed by the line. Fewer such lines in a row are no
    list (a heading printed in a list's item), and neither are items of two words that all open
    with the same word and count with the second: a sequence's headings ("- # Step one",
    "- # Step two", …; "- # Climate change", "- # Climate policy", … are tags).

    >>> found = bulleted_tags(["Gallery opens", "- # Harbour works", "- # 정원", "- # Art", "Ann"])
    >>> [(at, tags[0].tag, tags[0].start) for at, tags in found.items()]
    [(1, 'Harbour works', 2), (2, '정원', 2), (3, 'Art', 2)]
    >>> bulleted_tags(["- # Harbour works", "- # Art", "Ann"])
    {}
    >>> bulleted_tags(["- # Step one", "- # Step two", "- # Step three"])
    {}
    """
    found: dict[int, list[Hashtag]] = {}
    run: list[tuple[int, regex.Match[str]]] = []
    for index, line in enumerate([*lines, ""]):
        if "#" in line and (match := _BULLETED_TAG.fullmatch(line)):
            run.append((index, match))
            continue
        for at, tag in run if len(run) >= _LEAST_TAGS and not _is_sequence(run) else ():
            words = tag[2].split(" ")
            found[at] = [Hashtag(tag[2], words, tag_language(words), tag.start(1), tag.end(2))]
        run = []
    return found


def _is_sequence(run: Sequence[tuple[int, regex.Match[str]]]) -> bool:
    """Whether a run of bulleted items, each of two words, all open with one word and count with
    the second, a number word: a sequence's headings ("Step one", "Step two"), no tags."""
    items = [tag[2].split(" ") for _, tag in run]
    numbers = grammar().numbers
    return all(
        len(words) == 2 and words[0] == items[0][0] and words[1].lower() in numbers
        for words in items
    )
