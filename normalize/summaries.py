"""A summary under a headline's dateline: a wire story or a press review may print, between
its dateline and its lead, two or more points each shaped as a headline. They sum up the story
that the headline above the dateline heads; they are its decks, not its headline, however much
of the lead they repeat.

The headline chooser (``normalize.headline``) reads these when it weighs decks.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Final

from normalize.heads import Candidate

# A summary has this many points at least: one line between a dateline and the lead is as
# often the headline itself, printed below its date.
_POINTS: Final = 2


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


def _may_head(candidate: Candidate) -> bool:
    """A line of a whole headline's length that is no machinery, sentence, caption or time."""
    signals = candidate.signals
    shape = ("machinery", "site", "sentence", "caption", "dated", "after_body", "lower_case")
    return signals["length"] > 0.0 and not any(signals.get(name) for name in shape)
