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
from normalize.page import echo_words

# A summary has this many points at least: one line between a dateline and the lead is as
# often the headline itself, printed below its date, unless it shares a word with the headline
# above the dateline (a deck says more of its headline's story).
_POINTS: Final = 2


def summary_points(
    candidates: list[Candidate], dated: Collection[int], body_start: int
) -> dict[int, int]:
    """The lines of a summary's points, each with the line of its headline: candidates that
    fill, two or more in a row (or one that shares a word with the headline), the lines
    between a dateline block and the lead (``body_start``, a rank among the lines with text),
    where a headline-shaped candidate stands right above that block, and no two points are
    copies of one line. The block opens with a dateline or byline (a name line may stand
    above it) and may hold tool lines and lines no candidate comes from; a caption may stand
    between the points and the lead. ``dated`` holds the ranks of the datelines and bylines.

    >>> def head(order, text):
    ...     return Candidate(order, order, text, text.lower(), {"length": 1.0})
    >>> page = [head(0, "Morning press review, May 4"), head(2, "Ferry fares rise again"),
    ...         head(3, "Port strike ends after a week")]
    >>> summary_points(page, {1}, 4)
    {2: 0, 3: 0}
    >>> summary_points(page[:2], {1}, 3)
    {}
    """
    by_rank = {candidate.order: candidate for candidate in candidates}
    points: dict[int, int] = {}
    for head in candidates:
        below = head.order + 1
        while below < body_start and below not in by_rank and below not in dated:
            below += 1  # a name line no candidate comes from, above its date
        if below not in dated or not _may_head(head):
            continue
        while below in dated or (below < body_start and below not in by_rank):
            below += 1
        below = _past_tools(below, by_rank, dated, body_start)
        run = []
        while below in by_rank and below < body_start and _may_head(by_rank[below]):
            run.append(by_rank[below])
            below += 1
        distinct = len({point.key for point in run}) == len(run)
        ahead = _past_tools(below, by_rank, dated, body_start)
        # one point alone is a deck when it shares a word with the headline above the block
        one = len(run) == 1 and bool(echo_words(run[0].text) & echo_words(head.text))
        if (len(run) >= _POINTS or one) and distinct and ahead == body_start:
            points.update((point.line, head.line) for point in run)
    return points


def _past_tools(
    rank: int, by_rank: dict[int, Candidate], dated: Collection[int], body_start: int
) -> int:
    """The rank of the first line from ``rank`` on, above the lead, that is no tool line of a
    word or two ("Edit", "Send by mail"), no photograph's caption, nor a line that no candidate
    comes from and no dateline."""
    while (
        rank < body_start and rank not in dated and (rank not in by_rank or _is_tool(by_rank[rank]))
    ):
        rank += 1
    return rank


def _is_tool(candidate: Candidate) -> bool:
    """A line shorter than a headline, machinery, or a caption."""
    signals = candidate.signals
    return signals["length"] < 0.0 or bool(signals.get("machinery") or signals.get("caption"))


def _may_head(candidate: Candidate) -> bool:
    """A line of a whole headline's length that is no machinery, sentence, caption or time."""
    signals = candidate.signals
    shape = ("machinery", "site", "sentence", "caption", "dated", "after_body", "lower_case")
    return signals["length"] > 0.0 and not any(signals.get(name) for name in shape)
