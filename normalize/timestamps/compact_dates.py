"""A page may print its day compact, year, month and day run together, alone on a line under its
headline or its byline ("20230829", "- 230314"): the article's day, as though labelled (a today
widget's date over the headline is not), unless the line over the digits closes with a number's
sign or label ("Case No." / "- 120314": a case's number).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Final

from normalize.options import Options
from normalize.timestamps.datelines import LABEL_RANK, Dateline
from normalize.timestamps.lines import context, line_starts, lines_under, prepare
from normalize.timestamps.reading import read_segment

# A compact date alone on its line, a dash or a bullet at most before it: year, month and day
# run together in eight digits, or in six with the year's last two ("20230829", "- 230314").
_COMPACT_DAY: Final = re.compile(
    r"(?:[-•·*][ ]*)?(?P<y>(?:19|20)[0-9]{2}|[0-9]{2})(?P<m>[0-9]{2})(?P<d>[0-9]{2})"
)
# The lines with text under the headline where its compact date stands: a byline's name and
# its relative time may come first.
_COMPACT_BELOW: Final = 4
# A year of two digits is of this century below this (POSIX's %y); from it, six digits are a
# number of another kind ("691231"): a page printed compact in the last century is rare.
_CENTURY_PIVOT: Final = 69
# The signs a line closes with, and the labels that make up a line alone, when the digits under
# it are a number of theirs (an order's, a case's: "Case No." or "Case" over "- 120314"), not a
# day; a headline that closes with a label's word ("… lifts gag order") is no label.
_NUMBER_SIGNS: Final = ("№", "#")
_NUMBER_ABBREVIATIONS: Final = frozenset({"no.", "nr."})
_NUMBER_LABELS: Final = frozenset({"case", "order", "дело", "приказ", "사건", "번호"})


def compact_dateline(
    lines: Sequence[str],
    index: int,
    labelled: Collection[int],
    options: Options,
    *,
    lang: str | None = None,
) -> Dateline | None:
    """The day a compact date prints alone on one of the first lines with text under the
    headline (``lines[index]``), year, month and day run together (see `_COMPACT_DAY`), as the
    page's publication dateline, as though labelled; None when none of them is such a date of
    the calendar or the line above it closes with a number's sign or label (see `_numbers`), and
    when a labelled publication time stands on one of those lines or above them (``labelled``,
    their lines): the digits are then a number of another kind, a bylaw's; one lower on the
    page is a teaser's. ``lang`` is the headline's language.

    >>> lines = ["Notes from a busy week", "", "- 230314", "Text."]
    >>> found = compact_dateline(lines, 0, (), Options())
    >>> str(found.reading.value), found.line, found.start, found.end
    ('2023-03-14 00:00:00+00:00', 2, 26, 32)
    >>> compact_dateline([*lines, "Published May 2, 2024"], 0, [4], Options()) is None
    True
    >>> compact_dateline(["Harbour fares rise", "402117", "Text."], 0, (), Options()) is None
    True
    >>> compact_dateline(["Quarry fined", "Case No.", "- 120314", "Text."], 0, (), Options())
    """
    under = lines_under(lines, index, _COMPACT_BELOW)
    if under and any(line <= under[-1] for line in labelled):
        return None
    above = lines[index]
    for at in under:
        found = _COMPACT_DAY.fullmatch(lines[at].strip())
        over, above = above, lines[at]
        if found is None or _numbers(over):
            continue
        year = int(found["y"])
        if _CENTURY_PIVOT <= year < 100:
            continue
        year += 2000 if year < 100 else 0
        text = f"{year}-{found['m']}-{found['d']}"
        reading = read_segment(prepare(text), 0, len(text), context(options, lang))
        if reading.value is None or reading.shape != "date":
            continue
        offset = line_starts(lines[:at])[-1] + len(lines[at]) - len(lines[at].lstrip())
        return Dateline(
            at, "published", LABEL_RANK, reading, offset + found.start("y"), offset + found.end()
        )
    return None


def _numbers(line: str) -> bool:
    """Whether the line closes with a number's sign ("Case No.", "Приказ №", "Ref #") or is
    made of its labels alone ("Case", "사건 번호"), colons after it aside: the digits under it
    are that number.

    >>> _numbers("Order of the harbour board No.:"), _numbers("Case:")
    (True, True)
    >>> _numbers("Harbour fares rise"), _numbers("Judge lifts gag order")
    (False, False)
    """
    words = line.rstrip(" :").lower().split()
    return bool(words) and (
        words[-1].endswith(_NUMBER_SIGNS)
        or words[-1] in _NUMBER_ABBREVIATIONS
        or all(word in _NUMBER_LABELS for word in words)
    )
