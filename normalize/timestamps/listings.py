"""Whether a page's dates are a list's, no article's: the teasers' dates of a list of them (a
photo strip, a feed, a "more news" box, a section's teasers), and stamps that come at a steady
step or run newest first (a feed's items). ``choice`` sets them aside."""

from __future__ import annotations

from datetime import datetime
from itertools import pairwise
from typing import Final

from normalize.timestamps.datelines import Dateline
from normalize.timestamps.elsewhere import HEAD_BELOW

# The head of an article, in lines from its headline: where its own dateline is printed.
HEAD_ABOVE: Final = 3
# The lines from one teaser's date to the next in a list of teasers: a head, a line or two of
# summary, a source or a byline; an article's body puts more between its dates.
_STEP = (2, 6)


def in_head(line: int, near: int | None) -> bool:
    """Whether a line stands in the article's head, from ``HEAD_ABOVE`` lines above the
    headline's line (``near``) to ``HEAD_BELOW`` below it; none does when the headline is not
    known."""
    return near is not None and -HEAD_ABOVE <= line - near <= HEAD_BELOW


def is_listing(datelines: list[Dateline], near: int | None, *, headless: bool = False) -> bool:
    """Whether the first unlabelled dateline, the one that would be taken, is a teaser's date
    in a list of them: none stands in the head of the headline, and the first three, printed
    the same way, come at the same step of a few lines (a photo strip, a feed, a "more news"
    box), or, on a page without a headline, the first two, printed the same way, are a few
    lines apart (a feed of summaries, each with its date under it; a box of recent searches,
    each with its day) or on one line at different times, or the first three, printed the same
    way, come at the same step however long (a section's teasers, each summary as long as the
    next), or two printed the same way run newest first however far apart (see
    `runs_newest_first`), or the first three stand in a column on lines in a row (see
    `_column`). A dateline in the head of the headline is the article's unless the
    next teaser's follows it (see `_is_next_teaser`; not its stamp line printed again, see
    `_line_echoed`), or the first three, printed the same
    way, come at the same step of a few lines (see `steady_run`). Two datelines of one shape
    with other words between their parts (see `_form`) are not printed the same way here."""
    items = [item for item in datelines if not item.role and item.reading.value is not None]
    if len(items) < 2:
        return False
    first, second, *rest = items
    if steady_run(first, second, rest) and not _headed_below_run(items, near, rest[0]):
        return True
    if rest and _column(first, second, rest[0]):
        return True
    if any(in_head(item.line, near) for item in items):
        # the headline's own dateline: an article, whatever lists follow it, or the first teaser's
        return _is_next_teaser(first, second, near) and not _line_echoed(first, second, datelines)
    if headless and runs_newest_first(items):
        return True
    step = second.line - first.line
    if _form(first) != _form(second) or (step > _STEP[1] and not headless):
        return False
    steady = rest and _form(rest[0]) == _form(first) and step >= _STEP[0]
    if steady and rest[0].line - second.line == step:
        return True
    if step > _STEP[1]:  # without a headline, only a steady step says list past a few lines
        return False
    return headless and (step > 0 or first.reading.value != second.reading.value)


def _column(first: Dateline, second: Dateline, third: Dateline) -> bool:
    """Whether the first three datelines stand on three lines in a row, each opening its line,
    printed the same way (see `_form`), no two reading the same time: a column of other items'
    dates whose titles were not scraped ("3 May 2024 11:42 |" / "30 April 2024 17:05 |" / …),
    as an article prints its own time once, if twice over (see `_echoed`)."""
    items = (first, second, third)
    in_a_row = second.line - first.line == third.line - second.line == 1
    alike = _form(first) == _form(second) == _form(third)
    return (
        in_a_row
        and alike
        and all(_opens_its_line(item) for item in items)
        and len({item.reading.value for item in items}) == len(items)
    )


def _headed_below_run(items: list[Dateline], near: int | None, third: Dateline) -> bool:
    """Whether the headline stands below a steady run's first three dates (up to ``third``)
    with a dateline of its own under it, off the run's step from the date before: a teasers'
    box ("What's Hot") above the article, whose byline dates it (at the step, a teaser's)."""
    if near is None or third.line >= near:
        return False
    step = items[1].line - items[0].line
    return any(
        0 < item.line - near <= HEAD_BELOW and item.line - before.line != step
        for before, item in pairwise(items)
    )


def _is_next_teaser(first: Dateline, second: Dateline, near: int | None) -> bool:
    """Whether the dateline under the headline is a teaser's, the headline being the first
    teaser of a list: the next dateline, printed the same way (the same shape, opening its
    line or not alike) and no later (a list runs newest first), follows it a teaser's step
    below (a head, a line of summary, its date; then the next head), where an article puts its
    body between its dateline and any other date, and an event's day to come is later. A byline
    with its date ("by desk on June 12, 2023") over a release's own date line is no list."""
    step = second.line - first.line
    below = near is not None and first.line > near
    newer, older = first.reading.value, second.reading.value
    newest_first = newer is not None and older is not None and newer >= older
    same_place = _opens_its_line(first) == _opens_its_line(second)
    alike = first.reading.shape == second.reading.shape and same_place and newest_first
    return below and alike and _STEP[0] <= step <= _STEP[1] and not _echoed(first, second)


def _line_echoed(first: Dateline, second: Dateline, datelines: list[Dateline]) -> bool:
    """Whether the lines of two datelines print the same times, one of them to the minute: a
    stamp line printed twice ("May 2, 2019 Updated May 3, 2019 at 9:15 AM EDT" over and under
    a byline), not two teasers' dates, which a minute rarely joins twice."""

    def times(line: int) -> list[tuple[str, datetime | None]]:
        return [(item.role, item.reading.value) for item in datelines if item.line == line]

    precise = any(
        item.line == first.line and item.reading.precision in ("minute", "second")
        for item in datelines
    )
    return precise and times(first.line) == times(second.line)


def _opens_its_line(item: Dateline) -> bool:
    """Whether the time read is the first thing of its line: no byline, label or words before."""
    return bool(item.reading.spans) and item.reading.spans[0][0] == 0


def runs_newest_first(items: list[Dateline]) -> bool:
    """Whether a dateline is older than the one printed the same way before it on the page,
    however many lines apart: a feed or an archive lists its stories newest first, each
    teaser's summary as long as it likes, where the later dates of an article (a comment's,
    an update's) are newer than its own.

    Only on a page without a headline: under a headline, a date further down may be a
    related story's, older than the article's own.
    """
    last: dict[tuple[str, tuple[int, ...]], Dateline] = {}
    for item in items:
        before = last.get(form := _form(item))
        newer, older = (before.reading.value if before else None), item.reading.value
        if before and before.line < item.line and newer and older and newer > older:
            return True
        last[form] = item
    return False


def _form(item: Dateline) -> tuple[str, tuple[int, ...]]:
    """How a dateline is printed: its shape, and how much stands between the parts read of it
    (a list prints its items' stamps from one pattern: "14 мая 2024, 10:05" and "9 мая 2024,
    18:00" alike; "13 февраля 2010 года, 18:00." under a post's "14 Февраля 2010 14:05" is a
    sentence's time, an event's)."""
    spans = item.reading.spans
    return item.reading.shape, tuple(b[0] - a[1] for a, b in pairwise(spans))


def steady_run(first: Dateline, second: Dateline, rest: list[Dateline]) -> bool:
    """Whether the first three datelines, printed the same way, come at the same step of a
    few lines (see ``_STEP``): the entries of a list, each a date and its item (a ranking box, a
    timeline), wherever the headline stands; an article prints its own time once, if twice
    over (see `_echoed`)."""
    if not rest:
        return False
    third = rest[0]
    alike = first.reading.shape == second.reading.shape == third.reading.shape
    step = second.line - first.line
    steady = _STEP[0] <= step <= _STEP[1] and third.line - second.line == step
    return alike and steady and not _echoed(first, second)


def _echoed(first: Dateline, second: Dateline) -> bool:
    """Whether two datelines read the same date and clock time: one stamp printed twice (shown,
    and in a machine-readable copy), not two entries of a list, which a minute rarely holds
    twice."""
    return first.reading.shape == "full" and first.reading.value == second.reading.value
