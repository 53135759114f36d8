"""Which of a document's datelines are its publication and modification times: the best
ranked, then the one in the article's head (near its headline), a day alone refined by a time
of that same day printed there."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Final, NamedTuple

from normalize.options import Options
from normalize.timestamps.datelines import FALLBACK_RANK, LABEL_RANK, Dateline, find_datelines
from normalize.timestamps.elsewhere import HEAD_BELOW
from normalize.timestamps.listings import in_head, is_listing, runs_newest_first, steady_run

# The warning of a document none of whose lines states its publication time.
NO_PUBLICATION_TIME: Final = "timestamp_missing: no publication time found in the text"


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
    one on a listing page (see `is_listing`; ``headless``: the page is known to have no
    headline), a labelled publication time whose first three come at a steady step on a
    headless page (a feed's items, see `steady_run`) or two of which, printed the same way,
    run newest first there (a list of releases, see `runs_newest_first`), or under a headline
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
    listing = is_listing(datelines, near, headless=headless)
    # labelled times at a steady step are a feed's items' own on a page without a headline,
    # and its replies' under a headline dated right under it; on a page without a headline,
    # so are two printed the same way running newest first
    stamped = [item for item in datelines if item.role == "published" and item.reading.value]
    listed = (
        len(stamped) > 2
        and steady_run(stamped[0], stamped[1], stamped[2:])
        and (headless or _dated_over(datelines, near, stamped[0]))
    ) or (headless and runs_newest_first(stamped))
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
            warnings.append(NO_PUBLICATION_TIME)
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


# The head of an article below its headline, in lines: where its own dateline is printed.
_HEAD_BELOW = HEAD_BELOW
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
    """What the dateline's place adds to its rank: 2 in the article's head (see `in_head`), 0
    elsewhere, and 0 for every dateline when the headline is not known."""
    return 2 if in_head(line, near) else 0


def _distance(line: int, near: int | None) -> int:
    return 0 if near is None else abs(line - near)
