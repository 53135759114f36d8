"""A summary under a headline's dateline: a wire story or a press review may print, between
its dateline and its lead, two or more points each shaped as a headline. They sum up the story
that the headline above the dateline heads; they are its decks, not its headline, however much
of the lead they repeat. A copy of an article's body that lost its head (headline, dateline and
byline) may open with such points: they are still decks, and the page has no headline.

The headline chooser (``normalize.headline``) reads these when it weighs decks.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Final

import regex

from normalize.heads import Candidate
from normalize.page import echo_words

# A summary has this many points at least: one line between a dateline and the lead is as
# often the headline itself, printed below its date.
_POINTS: Final = 2
_HANGUL: Final = regex.compile(r"\p{Hangul}")


def summary_points(
    candidates: list[Candidate], dated: Collection[int], body_start: int
) -> set[int]:
    """The lines of a summary's points: candidates that fill, two or more in a row, the lines
    between a dateline block and the lead (``body_start``, a rank among the lines with text),
    where a headline-shaped candidate stands right above that block. ``dated`` holds the ranks
    of the datelines and bylines.

    >>> def head(order, text):
    ...     return Candidate(order, order, text, text.lower(), {"length": 1.0})
    >>> page = [head(0, "Morning press review, May 4"), head(2, "Ferry fares rise again"),
    ...         head(3, "Port strike ends after a week")]
    >>> sorted(summary_points(page, {1}, 4))
    [2, 3]
    >>> summary_points(page[:2], {1}, 3)
    set()
    """
    by_rank = {candidate.order: candidate for candidate in candidates}
    points: set[int] = set()
    for head in candidates:
        below = head.order + 1
        if below not in dated or not _may_head(head):
            continue
        while below in dated:
            below += 1
        run = []
        while below in by_rank and below < body_start and _may_head(by_rank[below]):
            run.append(by_rank[below].line)
            below += 1
        if len(run) >= _POINTS and below == body_start:
            points.update(run)
    return points


def headless_points(candidates: list[Candidate], body_start: int) -> set[int]:
    """The lines of a summary whose headline the page lost: Korean candidates that open the
    page, two or more in a row, right above the lead (``body_start``, a rank among the lines
    with text) with no dateline or byline between. A headline sums up its story, so its lead
    echoes it more than the decks below it, which each add a point of their own; here the top
    line shares no word with the lines below it, and the lead echoes it no more than them.
    Korean pages print their decks as lines of their own, each a clause or a noun phrase shaped
    as a headline; on pages in other scripts the lines above a headline that are shaped alike
    are as often a menu's or a category's row the machinery rules let through.

    >>> def point(order, text, echo):
    ...     return Candidate(order, order, text, text, {"length": 1.0, "echo": echo})
    >>> decks = [point(0, "오는 5일까지 12개 마을 순회", 0.0), point(1, "주민 건의 듣고 답변", 0.3)]
    >>> sorted(headless_points(decks, 2))
    [0, 1]
    >>> headline = point(0, "한빛군, 마을 순회 간담회 연다", 0.5)
    >>> headless_points([headline, decks[1]], 2)
    set()
    """
    by_rank = {candidate.order: candidate for candidate in candidates}
    run: list[Candidate] = []
    while len(run) in by_rank and len(run) < body_start and _may_head(by_rank[len(run)]):
        run.append(by_rank[len(run)])
    if len(run) < _POINTS or len(run) != body_start:
        return set()
    top, below = run[0], run[1:]
    words = echo_words(top.text)
    if any(
        words & echo_words(point.text) or point.signals["echo"] < top.signals["echo"]
        for point in below
    ):
        return set()
    if not all(_HANGUL.search(point.text) for point in run):
        return set()
    return {point.line for point in run}


def _may_head(candidate: Candidate) -> bool:
    """A line of a whole headline's length that is no machinery, sentence, caption or time."""
    signals = candidate.signals
    shape = ("machinery", "site", "sentence", "caption", "dated", "after_body", "lower_case")
    return signals["length"] > 0.0 and not any(signals.get(name) for name in shape)
