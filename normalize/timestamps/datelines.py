"""Datelines: which lines of a document state its publication and modification times.

Labelled times come first (``입력``, ``Posted on``, ``обновлено``); else the line that is only
a timestamp, ranked by how much its shape says "published then". Dates inside prose ("in March
2023", a photo caption) are not datelines.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from types import MappingProxyType
from typing import Final, NamedTuple

import regex

from normalize.cache import Memo, once
from normalize.options import Options
from normalize.timestamps.grammar import Match, grammar, key
from normalize.timestamps.lines import Context, Line, Reading, context, mask_all, prepare
from normalize.timestamps.reading import read_segment
from normalize.timestamps.zones import dateline_zone, place_zones

_HANGUL: Final = regex.compile(r"\p{Hangul}")
_DIGIT: Final = re.compile(r"\d")
_WORD: Final = regex.compile(r"[\p{L}\d]+")
# An abbreviation that may name several zones (IST, CST, ...): only then are places looked for.
_MAY_BE_AMBIGUOUS: Final = regex.compile(r"\b[A-Z]ST\b|\b[A-Z]MT\b|\b[A-Z]CT\b")
# Lines found to state no time, kept because the pages of one site repeat their chrome
# ("Subscribe", "0 Comments"): whether a line states a time depends on its text alone, the
# caller's settings only on what the time means.
_SILENT_LINES_KEPT: Final = 4096


@once
def _silent_lines() -> Memo[str, bool]:
    return Memo(_SILENT_LINES_KEPT)


# Brackets around a timestamp belong to it: "(KST)", "[2024-05-17]".
_OPENING = "([{"

_CLOSING = ")]}."

# Lines longer than this are prose, not datelines; lines without a digit are read only if short
# ("어제", "just now").
_LINE_LIMIT = 240

_WORDLESS_LIMIT = 40

# A dateline may carry a few other words (a byline, an agency name), not a sentence; a relative
# or year-less time stands nearly alone ("2시간 전", "вчера в 14:05"); a labelled date and time
# may sit in a line of page chrome ("홈 > 정치 입력 2024.05.17 17:03 수정 … 기자 공유 댓글").
_LEFTOVER_LIMIT = 5

_LEFTOVER_LIMIT_RELATIVE = 2

_LEFTOVER_LIMIT_LABELLED = 12
# A date alone carries fewer words still: a caption's sentence ends in one.
_LEFTOVER_LIMIT_DATE = 4
# A title line closed by its outlet and date: "… / 한빛방송 2023.02.14."
_CLOSING_DATE = regex.compile(r"\s[/|·–—-]\s[^/|·–—-]{0,40}$")
# An agency's dateline opens a lead: "PORTLAND, Ore., Mar 3, 2022 (Newswire) — …", the part
# before its dash read as a dateline of its own.
_AGENCY_OPENING = regex.compile(
    r"^(?=\p{Lu})(?P<opening>[^\n—–]{6,120}?\d[^\n—–]{0,60}?)\s(?:—|–|--|-)\s"
)

# How much a timestamp shape says "this is when the article was published", for unlabelled lines:
# a date with a clock time or a relative time beats a bare date (often a "today" widget); a clock
# time alone (a site clock) or a year-less date without a time (06.27 (목)) is never a dateline.
_SHAPE_RANK: Final = MappingProxyType({"full": 3, "relative": 3, "yearless_clock": 3, "date": 2})

# What may stand before a label that starts a dateline: nothing, a separator, or another time.
_BEFORE_LABEL = frozenset("|·•/,;–—-)]>:.")


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


class Found(NamedTuple):
    """One timestamp in a line: its role from the label, its reading, and its extent."""

    role: str  # "published", "modified" or "" when unlabelled
    reading: Reading
    start: int
    end: int


class Dateline(NamedTuple):
    """A timestamp that may be the document's publication or modification time.

    ``rank`` says how much its shape says "published then": 4 labelled, 3 a date and a time or
    a relative time, 2 a date alone, 1 a labelled date glued to other text (a scraper's "date
    2024-01-08" line). ``start`` and ``end`` are code points of the whole text.
    """

    line: int
    role: str  # "published", "modified" or "" when unlabelled
    rank: int
    reading: Reading
    start: int
    end: int


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


def find_datelines(
    text: str, options: Options = Options(), *, lang: str | None = None
) -> list[Dateline]:
    """Every timestamp of a document that may be its publication or modification time, in
    order: the lines that are mostly a timestamp, and labelled times in lines of chrome.

    A date alone on its line is read with a clock time on the next ("May 17, 2024" / "5:03 PM
    EDT"), and a label alone on its line with the time on the next ("입력" / "2024-05-17 09:41").
    """
    if not isinstance(text, str):
        raise TypeError(f"find_times takes a str, not {type(text).__name__}.")
    ctx = context(
        options, lang, place_zones(text) if _MAY_BE_AMBIGUOUS.search(text) else frozenset()
    )
    ctx = ctx._replace(dateline_zone=dateline_zone(text, ctx))
    silent = _silent_lines()
    found_lines: list[Dateline] = []
    # A date alone on its line, or a label alone, whose time may follow on the next line.
    pending: _Pending | None = None
    offset = 0
    for index, line in enumerate(text.split("\n")):
        start = offset
        offset += len(line) + 1
        if (
            not line  # the lines of page chrome the caller blanked out
            or (len(line) > _WORDLESS_LIMIT and not _DIGIT.search(line))
            or line in silent
        ):
            pending = pending if not line else None
            continue
        if len(line) > _LINE_LIMIT:  # prose, but for an agency's dateline that opens it
            pending = None
            opening = _AGENCY_OPENING.match(line)
            if opening is not None:
                found_lines.extend(_agency_dateline(opening["opening"], ctx, index, start))
            continue
        prepared = prepare(line)
        found, leftover = _scan(prepared, ctx)
        if pending is not None and _completes(pending, found, leftover):
            # read as one line, the line breaks kept so that positions stay those of the text
            line = pending.text + "\n" * (index - pending.line) + line
            found, leftover = _scan(prepare(line), ctx)
            del found_lines[pending.kept :]
            start, index = pending.start, pending.line
        pending = None
        if not found or leftover > _LEFTOVER_LIMIT_LABELLED:
            opening = _AGENCY_OPENING.match(line)
            if opening is not None:
                found_lines.extend(_agency_dateline(opening["opening"], ctx, index, start))
        if not found:  # most lines of a page
            if _is_label_alone(prepared):
                pending = _Pending("label", index, line, start, len(found_lines))
            else:
                silent.keep(line, True)
            continue
        if {item.reading.shape for item in found} == {"date"}:
            pending = _Pending("date", index, line, start, len(found_lines))
        found_lines.extend(_placed(found, leftover, index, start, line))
    return found_lines


class _Pending(NamedTuple):
    """A line whose time may follow on the next line: a date alone, or a label alone."""

    kind: str  # "date" or "label"
    line: int
    text: str
    start: int
    kept: int  # how many datelines were found before it


def choose_times(datelines: list[Dateline], *, near: int | None = None) -> Times:
    """The publication and modification times among the datelines of a document.

    The best rank wins, then, when the headline's line is known (``near``), the dateline of the
    article's head (from a few lines above the headline to a few below it: a today widget, a
    footer's registration date or a related story's time lies outside), then the first.
    """
    best: dict[str, tuple[tuple[int, int, int], Dateline]] = {}
    failures: list[Dateline] = []
    for order, item in enumerate(datelines):
        if item.reading.value is None:
            failures.append(item)
            continue
        if near is not None and _is_widget_above(item, near):
            continue
        role = item.role or "published"
        rank = (item.rank + _closeness(item.line, near), -_distance(item.line, near), -order)
        if role not in best or best[role][0] < rank:
            best[role] = (rank, item)
    published = _refined(best["published"][1], datelines, near) if "published" in best else None
    modified = best["modified"][1] if "modified" in best else None
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


# The head of an article, in lines from its headline: where its own dateline is printed.
_HEAD_ABOVE, _HEAD_BELOW = 3, 8
# The hours around a day's midnight UTC within which an instant may fall on that local day.
_DAY_SPAN: Final = (-14, 36)


def _refined(day: Dateline, datelines: list[Dateline], near: int | None) -> Dateline:
    """A day alone refined by a time of that day near the headline (a meta "date 2025-03-11",
    "입력 2025.03.11 23:38"): within ``_DAY_SPAN`` hours of the day's midnight UTC."""
    if day.reading.precision != "day" or day.reading.value is None:
        return day
    low, high = (day.reading.value + timedelta(hours=hours) for hours in _DAY_SPAN)
    for item in datelines:
        value, far = item.reading.value, _distance(item.line, near) > _HEAD_BELOW
        precise = item.reading.precision in ("minute", "second") and item.role != "modified"
        if precise and value and low <= value < high and not far:
            return item
    return day


def _is_widget_above(item: Dateline, near: int) -> bool:
    """A date alone, unlabelled, above the headline and apart from it: a today widget, an
    issue date, a site clock; not a blog's date header right above its post's title."""
    return not item.role and item.reading.shape == "date" and near - item.line > _HEADER_GAP


# A date header sits right above its title: at most this many lines apart (a blank between).
_HEADER_GAP = 2


def _closeness(line: int, near: int | None) -> int:
    """What the dateline's place adds to its rank: 2 in the article's head, 0 elsewhere, and 0
    for every dateline when the headline is not known."""
    if near is None:
        return 0
    return 2 if -_HEAD_ABOVE <= line - near <= _HEAD_BELOW else 0


def _distance(line: int, near: int | None) -> int:
    return 0 if near is None else abs(line - near)


def _placed(found: list[Found], leftover: int, index: int, start: int, line: str) -> list[Dateline]:
    """The timestamps of one line that may be a document's times, with their ranks."""
    labelled = any(item.role and item.reading.shape == "full" for item in found)
    placed: list[Dateline] = []
    for item in found:
        rank = 4 if item.role else _SHAPE_RANK.get(item.reading.shape, 0)
        loose = item.reading.shape in ("relative", "yearless_clock")
        too_many = leftover > (_LEFTOVER_LIMIT_LABELLED if labelled else _LEFTOVER_LIMIT)
        if too_many or (leftover > _LEFTOVER_LIMIT and not (item.role and labelled)):
            # in a line of chrome or text only a labelled date and time, a labelled date that
            # opens the line (a meta date glued to a title) or a date that closes a title
            # line after a separator ("… / Outlet 2023.02.14."), and only as a fallback
            opens = item.start == 0 and item.reading.shape != "relative"
            closes = not item.role and _CLOSING_DATE.search(line[: item.start]) is not None
            closes = closes and item.end >= len(line.rstrip(" ."))
            fallback = (item.role and (opens or item.reading.shape == "full")) or closes
            rank = 1 if fallback else 0
        elif not item.role and item.reading.shape == "date" and leftover > _LEFTOVER_LIMIT_DATE:
            rank = 0  # a sentence ending in a date: a photo caption
        if rank == 0 or (loose and leftover > _LEFTOVER_LIMIT_RELATIVE):
            continue
        placed.append(
            Dateline(index, item.role, rank, item.reading, item.start + start, item.end + start)
        )
    return placed


def _agency_dateline(opening: str, ctx: Context, index: int, start: int) -> list[Dateline]:
    """The date of an agency's dateline that opens a lead, ranked as a line of its own."""
    found, _ = _scan(prepare(opening), ctx)
    ranks = {"full": 3, "date": 2}
    return [
        Dateline(index, item.role, rank, item.reading, item.start + start, item.end + start)
        for item in found
        if (rank := ranks.get(item.reading.shape, 0))
    ]


def _completes(pending: _Pending, found: list[Found], leftover: int) -> bool:
    """Whether a line completes the pending line above it: a clock time alone after a date, or
    an unlabelled time alone after a label."""
    if not found or leftover:
        return False
    if pending.kind == "date":
        return {item.reading.shape for item in found} == {"clock"}
    return not any(item.role for item in found)


def _is_label_alone(line: Line) -> bool:
    """A line that is only a dateline label ("입력", "Published:")."""
    labels, _ = labelled_segments(line)
    rest = mask_all(line.low, [label.span() for label in labels])
    return bool(labels) and not _WORD.search(rest)


def _labels_a_dateline(low: str, label: Match) -> bool:
    """Whether a label word heads a dateline rather than a sentence ("was published on May 16").

    A label counts at the start of its line, after a separator or another timestamp, before a
    colon, or when it is Korean (portals run 입력/수정 together with other page chrome).
    """
    before = low[max(0, label.start() - 12) : label.start()].rstrip()
    if not before or before[-1] in _BEFORE_LABEL or before[-1].isdigit():
        return True
    if ":" in label[0][len(label["label"]) :] or "：" in label[0]:
        return True
    return _HANGUL.match(label["label"]) is not None


def labelled_segments(whole: Line) -> tuple[list[Match], list[tuple[str, int, int, int]]]:
    """The dateline labels of a line, and its segments: role, label start, start and end."""
    g = grammar()
    if not whole.words & g.gates["label"]:  # no label word: one unlabelled segment
        return [], [("", 0, 0, len(whole.text))] if whole.text else []
    labels = [
        label
        for label in (g.label.finditer(whole.low) if whole.words & g.gates["label"] else ())
        if _labels_a_dateline(whole.low, label)
    ]
    cuts: list[tuple[str, int, int]] = []  # role, label start, segment start
    if not labels or labels[0].start() > 0:
        cuts.append(("", 0, 0))
    for label in labels:
        role = "published" if key(label["label"]) in g.published_labels else "modified"
        cuts.append((role, label.start(), label.end()))
    segments = []
    for index, (role, label_start, start) in enumerate(cuts):
        end = cuts[index + 1][1] if index + 1 < len(cuts) else len(whole.text)
        if start < end:
            segments.append((role, label_start, start, end))
    return labels, segments


def _scan(whole: Line, ctx: Context, *, count_leftover: bool = True) -> tuple[list[Found], int]:
    """The timestamps of one line, split at labels; and how many words were not read."""
    g = grammar()
    line = whole.text
    labels, segments = labelled_segments(whole)
    found: list[Found] = []
    read_spans: list[tuple[int, int]] = [label.span() for label in labels]
    for role, label_start, start, end in segments:
        reading = read_segment(whole, start, end, ctx)
        if not reading.spans:
            continue
        shifted = [(start + a, start + b) for a, b in reading.spans]
        read_spans.extend(shifted)
        first, last = min(a for a, _ in shifted), max(b for _, b in shifted)
        while first > 0 and line[first - 1] in _OPENING:
            first -= 1
        while last < len(line) and line[last] in _CLOSING:
            last += 1
        extent = (first, last)
        found.append(Found(role, reading, label_start if role else extent[0], extent[1]))
    if not count_leftover or not found:
        return found, 0
    leftover = g.noise_word.sub(" ", mask_all(whole.low, read_spans))
    return found, len(_WORD.findall(leftover))
