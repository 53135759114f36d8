"""Points a page opens with under a headline it lost: a summary's lines, each opened by a dash,
set under the headline (``normalize.decks.dash_decks`` reads them there), left atop the page
when the scrape dropped the headline. None of them is the page's headline."""

from __future__ import annotations

from collections.abc import Sequence

from normalize.heads import Candidate
from normalize.titles import DASHES


def headless_points(candidates: list[Candidate], lines: Sequence[str]) -> set[int]:
    """The lines of the points a page opens with, two or more candidates in a row from its
    first line with text, each line opening with a dash: a summary's points set under a
    headline the page was scraped without (``dash_decks``), none of them its headline.

    >>> page = ["– Ferry fares rise by a tenth", "– Night sailings return in June",
    ...         "The harbour board raised fares on Monday."]
    >>> found = [Candidate(k, k, text.lstrip("– "), "", {}) for k, text in enumerate(page)]
    >>> sorted(headless_points(found, page)), headless_points(found[1:], page[1:])
    ([0, 1], set())
    """
    points: list[int] = []
    for candidate in candidates:
        if candidate.order != len(points) or not lines[candidate.line].startswith(DASHES):
            break
        points.append(candidate.line)
    return set(points) if len(points) > 1 else set()
