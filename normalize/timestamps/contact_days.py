"""A release's day over its contact's telephone number: a press release's header prints the day
it was issued, then who answers questions about it and their number ("11 March 2024" /
"Press officer Ana Roe 010-2468-1357"), above its title: the release's publication day, as though
labelled, though a site's clock prints a day above a headline too."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from normalize.timestamps.datelines import Dateline
from normalize.timestamps.lines import lines_under

# A telephone number: an area code in brackets or before a dash, dot or space (an international
# prefix maybe before it), then a group of three or four digits and one of four, no digit or dash
# on either side ("010-2468-1357", "(02)555-0147", "+44 20 7946 0018"); a date's groups are
# shorter ("2024-03-11").
_TELEPHONE: Final = regex.compile(
    r"(?<![\d-])(?:\+\d{1,3}[ -]?)?(?:\(\d{2,4}\)[ ]?|\d{2,4}[-. ])\d{3,4}[-. ]\d{4}(?![\d-])"
)


def contact_days(
    datelines: Sequence[Dateline], lines: Sequence[str], near: int | None
) -> frozenset[int]:
    """The positions among ``datelines`` of the unlabelled days (no clock time) above the
    headline (line ``near``) whose next line with text holds a telephone number
    (``_TELEPHONE``): a release's day over its contact, the page's publication as though
    labelled.

    >>> from normalize.timestamps import find_datelines
    >>> lines = ["2024년 3월 11일(월)", "한누리 대변인 010-0000-1357", "", "사서 정원 약속 지켜라"]
    >>> sorted(contact_days(find_datelines("\\n".join(lines), lang="ko"), lines, 3))
    [0]
    >>> lines[1] = "한누리 대변인"
    >>> sorted(contact_days(find_datelines("\\n".join(lines), lang="ko"), lines, 3))
    []
    """
    if near is None:
        return frozenset()
    found: set[int] = set()
    for order, item in enumerate(datelines):
        if item.role or item.reading.shape != "date" or item.line >= near:
            continue
        under = lines_under(lines, item.line, 1)
        if under and under[0] < near and _TELEPHONE.search(lines[under[0]]) is not None:
            found.add(order)
    return frozenset(found)
