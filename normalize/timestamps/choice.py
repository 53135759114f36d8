"""Which of a document's datelines are its publication and modification times: the best
ranked, then the one in the article's head (near its headline), a day alone refined by a time
of that same day printed there."""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import pairwise
from typing import Final, NamedTuple

from normalize.options import Options
from normalize.timestamps.datelines import FALLBACK_RANK, LABEL_RANK, Dateline, find_datelines
from normalize.timestamps.elsewhere import HEAD_BELOW


class Times(NamedTuple):
    """Publication and modification instants of a document, where they were, and what went wrong.

    `spans` are code-point (start, end) ranges of every timestamp used, labels included;
    `precision` is what the publication time states ("day", "minute" or "second");
    `warnings` are "code: detail" strings.
    """

    published_at: datetime | None
    modified_at: datetime | None
    spans: list[tuple[int, int]]
    warnings: list[str]
    precision: str | None = None


def find_times(text: str, options: Options = Options(), *, lang: str | None = None) -> Times:
    """The publication and modification times of a whole document, from its datelines.

    Labelled times come first (`입력`, `Posted on`, `обновлено`); else the first line that is
    only a timestamp. Dates inside prose ("in March 2023", a photo caption) are not datelines.
    ``lang`` is the page's language, whose conventions a line without its own follows.

    >>> times = find_times("Title\\nPosted on : 2024-05-17 17:03 KST\\nBody text.")
    >>> times.published_at, times.spans, times.precision
    (datetime.datetime(2024, 5, 17, 8, 3, tzinfo=datetime.timezone.utc), [(6, 38)], 'minute')
    """
    return choose_times(find_datelines(text, options, lang=lang))


def choose_times(
    datelines: list[Dateline], *, near: int | None = None, headless: bool = False
) -> Times:
    """The publication and modification times among the datelines of a document.

    A time labelled as another thing's ("Joined", "Founded") is neither, nor is an unlabelled
    one on a listing page (see `_is_listing`; ``headless``: the page is known to have no
    headline), a labelled publication time whose first three come at a steady step on a
    headless page (a feed's items, see `_steady_run`) or two of which, printed the same way,
    run newest first there (a list of releases, see `_runs_newest_first`), or under a headline
    dated right under it
    (answers, see `_dated_over`), or one in a list of links (see
    `_is_in_link_list`), nor is a date alone on a day after the article's modification time,
    nor a modification before the publication time (see `_is_before`). The best rank wins,
    then, when the headline's line is known (``near``), the dateline of the article's head
    (from a few lines above the headline to a few below it: a today widget, a footer's
    registration date or a related story's time lies outside), then the first.
    """
    ranked: dict[str, list[tuple[tuple[int, int, int], Dateline]]] = {}
    failures: list[Dateline] = []
    listing = _is_listing(datelines, near, headless=headless)
    # labelled times at a steady step are a feed's items' own on a page without a headline,
    # and its replies' under a headline dated right under it; on a page without a headline,
    # so are two printed the same way running newest first
    stamped = [item for item in datelines if item.role == "published" and item.reading.value]
    listed = (
        len(stamped) > 2
        and _steady_run(stamped[0], stamped[1], stamped[2:])
        and (headless or _dated_over(datelines, near, stamped[0]))
    ) or (headless and _runs_newest_first(stamped))
    head_dated = near is not None and _has_own_dateline(datelines, near)
    dated_under = near is not None and _has_own_dateline(datelines, near, _HEADER_GAP)
    closing_lines = {item.line for item in datelines if _closes_a_line(item)}
    labelled_above = _labelled_above(datelines, near)
    for order, item in enumerate(datelines):
        if item.role == "elsewhere":  # a member's join date, an outlet's founding
            continue
        if listing and not item.role:  # a teaser's date in a list of them
            continue
        if listed and item.role == "published":  # "- PUB DATE: …" under each of a feed's items
            continue
        if item.reading.value is None:
            failures.append(item)
            continue
        if near is not None and _is_widget_above(
            item, near, head_dated=head_dated, dated_under=dated_under
        ):
            continue
        if _is_in_link_list(item, closing_lines):
            continue
        role = item.role or "published"
        rank = (_placed_rank(item, near, labelled_above), -_distance(item.line, near), -order)
        ranked.setdefault(role, []).append((rank, item))
    modified = max(ranked["modified"])[1] if "modified" in ranked else None
    kept = [
        pair for pair in ranked.get("published", []) if not _is_later_day(pair[1], modified, near)
    ]
    published = _refined(max(kept)[1], datelines, near) if kept else None
    if _is_before(modified, published):
        modified = None  # a reposted story's own edit, made before the page was published
    used = [item for item in (published, modified) if item is not None]
    warnings: list[str] = []
    for item in used:
        if item.reading.assumed:
            warnings.append(f"timezone_assumed: {item.reading.assumed}")
    if published is None:
        warnings.extend(item.reading.problem for item in failures if item.reading.problem)
        if not failures:
            warnings.append("timestamp_missing: no publication time found in the text")
    return Times(
        published.reading.value if published else None,
        modified.reading.value if modified else None,
        [(item.start, item.end) for item in used],
        list(dict.fromkeys(warnings)),
        published.reading.precision if published else None,
    )


def _is_before(modified: Dateline | None, published: Dateline | None) -> bool:
    """Whether a modification time falls before a publication time, both read to the minute
    or finer: the edit of a story the page reposts (a board's post "작성일 19-03-25 20:14" over
    the daily's "입력 2019-03-25 03:00 수정 2019-03-25 03:00"), not the page's. A day alone is
    midnight UTC and may fall before or after a time of that same local day."""
    if modified is None or published is None:
        return False
    if "day" in (modified.reading.precision, published.reading.precision):
        return False
    changed, issued = modified.reading.value, published.reading.value
    return changed is not None and issued is not None and changed < issued


# The head of an article, in lines from its headline: where its own dateline is printed.
_HEAD_ABOVE, _HEAD_BELOW = 3, HEAD_BELOW
# The hours around a day's midnight UTC within which an instant may fall on that local day.
_DAY_SPAN: Final = (-14, 36)


def _refined(day: Dateline, datelines: list[Dateline], near: int | None) -> Dateline:
    """A day alone refined by a time of that day near the headline, or near the day's own
    line on a page without one (a meta "date 2025-03-11", "입력 2025.03.11 23:38"; not a
    reader's comment far below), or anywhere when a label says it is the publication's (a
    story's closing "First Published: Mon, October 31 2022. 20:54 IST"): within
    ``_DAY_SPAN`` hours of the day's midnight UTC."""
    if day.reading.precision != "day" or day.reading.value is None:
        return day
    low, high = (day.reading.value + timedelta(hours=hours) for hours in _DAY_SPAN)
    anchor = day.line if near is None else near
    for item in datelines:
        value, far = item.reading.value, _distance(item.line, anchor) > _HEAD_BELOW
        precise = item.reading.precision in ("minute", "second") and item.role in ("", "published")
        if precise and value and low <= value < high and (not far or item.role == "published"):
            return item
    return day


def _is_widget_above(item: Dateline, near: int, *, head_dated: bool, dated_under: bool) -> bool:
    """An unlabelled time above the headline: a today widget, an issue date, a site clock.
    Apart from the headline, a date alone is one always, a date and time when the headline
    has a dateline of its own below it (``head_dated``, see `_has_own_dateline`); right above
    it, a date alone is a blog's date header over its post's title unless the headline has
    a dateline of its own right under it too (``dated_under``: a site's today date over a
    story dated under its title)."""
    above = near - item.line
    if item.role or above <= 0:
        return False
    if above <= _HEADER_GAP:
        return item.reading.shape == "date" and dated_under
    return item.reading.shape == "date" or (item.reading.shape == "full" and head_dated)


def _has_own_dateline(datelines: list[Dateline], near: int, within: int = _HEAD_BELOW) -> bool:
    """Whether a readable publication dateline stands below the headline, at most ``within``
    lines under it (in its head unless told)."""
    return any(
        item.role in ("", "published")
        and item.reading.value is not None
        and 0 < item.line - near <= within
        for item in datelines
    )


def _dated_over(datelines: list[Dateline], near: int | None, first: Dateline) -> bool:
    """Whether the headline (line ``near``) has an unlabelled dateline of its own right under
    it (at most ``_HEADER_GAP`` lines), above ``first``: a question's or a post's time over
    the answers each labelled with their own ("posted by nick at 7:20 PM on …")."""
    return near is not None and any(
        not item.role
        and item.reading.value is not None
        and 0 < item.line - near <= _HEADER_GAP
        and item.line < first.line
        for item in datelines
    )


def _closes_a_line(item: Dateline) -> bool:
    """Whether a date closes a title's line: an unlabelled fallback ("- Harbor board approves
    fares - March 3, 2025")."""
    return not item.role and item.rank == FALLBACK_RANK


def _is_in_link_list(item: Dateline, closing_lines: set[int]) -> bool:
    """A date that closes a title's line next to another line closed the same way (the
    lines of ``closing_lines``): a list of links to other stories, each with its date, not
    the page's own title line."""
    return _closes_a_line(item) and bool({item.line - 1, item.line + 1} & closing_lines)


# A date header sits right above its title: at most this many lines apart (a blank between).
_HEADER_GAP = 2


def _is_later_day(item: Dateline, modified: Dateline | None, near: int | None) -> bool:
    """A date alone, unlabelled, on a day after the modification time in the article's head
    (near its headline): a today widget or an issue date printed over an article last updated
    earlier, not its publication. A related story's update further down says nothing."""
    if modified is None or item.role or item.reading.shape != "date":
        return False
    if not _closeness(modified.line, near):
        return False
    value, changed = item.reading.value, modified.reading.value
    return value is not None and changed is not None and value > changed - _DAY_SPAN[0] * _HOUR


_HOUR: Final = timedelta(hours=1)


def _placed_rank(item: Dateline, near: int | None, labelled_above: bool) -> int:
    """A dateline's rank with what its place adds (see `_closeness`); an unlabelled day alone
    ranks below a labelled time when one stands above the headline (``labelled_above``): a
    document site's "Post on 17-Jul-2022" over a page copy's "2019. 3. 14." printed beside the
    headline. A labelled time only below the article's head (a comment's "Posted on", a
    footer's) still ranks below the day in the head."""
    placed = item.rank + _closeness(item.line, near)
    if labelled_above and not item.role and item.reading.shape == "date":
        return min(placed, LABEL_RANK - 1)
    return placed


def _labelled_above(datelines: list[Dateline], near: int | None) -> bool:
    """Whether a labelled publication time stands above the headline's line (``near``)."""
    return near is not None and any(
        item.role == "published" and item.line < near and item.reading.value is not None
        for item in datelines
    )


def _closeness(line: int, near: int | None) -> int:
    """What the dateline's place adds to its rank: 2 in the article's head, 0 elsewhere, and 0
    for every dateline when the headline is not known."""
    if near is None:
        return 0
    return 2 if -_HEAD_ABOVE <= line - near <= _HEAD_BELOW else 0


def _distance(line: int, near: int | None) -> int:
    return 0 if near is None else abs(line - near)


# The lines from one teaser's date to the next in a list of teasers: a head, a line or two of
# summary, a source or a byline; an article's body puts more between its dates.
_STEP = (2, 6)


def _is_listing(datelines: list[Dateline], near: int | None, *, headless: bool = False) -> bool:
    """Whether the first unlabelled dateline, the one that would be taken, is a teaser's date
    in a list of them: none stands in the head of the headline, and the first three, printed
    the same way, come at the same step of a few lines (a photo strip, a feed, a "more news"
    box), or, on a page without a headline, the first two, printed the same way, are a few
    lines apart (a feed of summaries, each with its date under it; a box of recent searches,
    each with its day) or on one line at different times, or the first three, printed the same
    way, come at the same step however long (a section's teasers, each summary as long as the
    next), or two printed the same way run newest first however far apart (see
    `_runs_newest_first`). A dateline in the head of the headline is the article's unless the
    next teaser's follows it (see `_is_next_teaser`; not its stamp line printed again, see
    `_line_echoed`), or the first three, printed the same
    way, come at the same step of a few lines (see `_steady_run`). Two datelines of one shape
    with other words between their parts (see `_form`) are not printed the same way here."""
    items = [item for item in datelines if not item.role and item.reading.value is not None]
    if len(items) < 2:
        return False
    first, second, *rest = items
    if _steady_run(first, second, rest) and not _headed_below_run(items, near, rest[0]):
        return True
    if any(_closeness(item.line, near) for item in items):
        # the headline's own dateline: an article, whatever lists follow it, or the first teaser's
        return _is_next_teaser(first, second, near) and not _line_echoed(first, second, datelines)
    if headless and _runs_newest_first(items):
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


def _headed_below_run(items: list[Dateline], near: int | None, third: Dateline) -> bool:
    """Whether the headline stands below a steady run's first three dates (up to ``third``)
    with a dateline of its own under it, off the run's step from the date before: a teasers'
    box ("What's Hot") above the article, whose byline dates it (at the step, a teaser's)."""
    if near is None or third.line >= near:
        return False
    step = items[1].line - items[0].line
    return any(
        0 < item.line - near <= _HEAD_BELOW and item.line - before.line != step
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


def _runs_newest_first(items: list[Dateline]) -> bool:
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


def _steady_run(first: Dateline, second: Dateline, rest: list[Dateline]) -> bool:
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
