"""An act's own day: the date its requisites print right after "от" ("of") opening their line,
with the act's number on that line or alone on one of the next ones ("от 17.06.2019" / "г.
Приозёрск" / "№ 238", "от 15 апреля 2002 г. N 1432"), as a council's decision, an
administration's order or an appendix to one heads its text. That day is the act's adoption,
not the page's publication, which a page that states one prints apart ("Дата: 11.03.2024").
``datelines`` marks the ones it finds."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from normalize.timestamps.lines import Placed, line_starts, lines_under

# "от" ("of") opening a line, in any case, before the act's date, maybe in guillemets ("От 12
# марта 2019 года", "от «12» марта 2020 г.").
_OF: Final = regex.compile(r"[ \t]*от[ \t]+[«\"]?", regex.IGNORECASE)
# An act's number after its sign: "№ 238", "№95/1", and "N 1432" with a Latin capital, as legal
# databases print the sign.
_NUMBER: Final = regex.compile(r"(?:№|\bN)[ \t]?\d")
# The lines with text under the date where its number may stand alone (a town's line between:
# "от 19.12.2011" / "г. Нижневартовск" / "№ 2311").
_NUMBER_BELOW: Final = 2
# What a page must hold for any date of it to be an act's: the number's signs.
_SIGNS: Final = ("№", "N")


def act_dates(datelines: Sequence[Placed], text: str) -> frozenset[int]:
    """The positions among ``datelines`` of the unlabelled dates that "от" alone opens the line
    of, an act's number after them on the line or opening one of the next two lines with text
    (see `_NUMBER`): an act's requisites, its adoption day, not the page's time. "от" after
    words is a sentence's or a name's ("… решением от 12.05.2017 № 45", "Газета «Заречье» от 3
    марта 2022 № 14"), and a date over no number an issue's or the page's.

    >>> from normalize.timestamps import find_datelines
    >>> text = "РЕШЕНИЕ\\nот 17.06.2019\\nг. Приозёрск\\n№ 238\\nО правилах благоустройства"
    >>> [item.role for item in find_datelines(text, lang="ru")]  # marked by `find_datelines`
    ['elsewhere']
    >>> [item.role for item in find_datelines("Выпуск\\nот 17.06.2019\\nТекст.", lang="ru")]
    ['']
    """
    if not any(sign in text for sign in _SIGNS):
        return frozenset()
    lines = text.split("\n")
    starts = line_starts(lines)
    found: set[int] = set()
    for order, item in enumerate(datelines):
        if item.role or item.line >= len(lines):
            continue
        line, first = lines[item.line], starts[item.line]
        if not 0 <= item.start - first <= item.end - first <= len(line):
            continue  # a date whose time is printed on the next line
        if _OF.fullmatch(line, 0, item.start - first) is None:
            continue
        below = lines_under(lines, item.line, _NUMBER_BELOW)
        if _NUMBER.search(line, item.end - first) or any(
            _NUMBER.match(lines[at].strip()) for at in below
        ):
            found.add(order)
    return frozenset(found)
