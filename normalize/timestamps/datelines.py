"""Datelines: which lines of a document state its publication and modification times.

Labelled times come first (``입력``, ``Posted on``, ``обновлено``); else the line that is only
a timestamp, ranked by how much its shape says "published then". Dates inside prose ("in March
2023", a photo caption) are not datelines.
"""

from __future__ import annotations

import re
from datetime import datetime
from types import MappingProxyType
from typing import Final, NamedTuple

import regex

from normalize.cache import Memo, once
from normalize.options import Options
from normalize.timestamps.grammar import Match, grammar, key
from normalize.timestamps.lines import Context, Line, Reading, context, mask_all, prepare
from normalize.timestamps.reading import read_segment

_HANGUL: Final = regex.compile(r"\p{Hangul}")
_DIGIT: Final = re.compile(r"\d")
_WORD: Final = regex.compile(r"[\p{L}\d]+")
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

# How much a timestamp shape says "this is when the article was published", for unlabelled lines:
# a date with a clock time or a relative time beats a bare date (often a "today" widget); a clock
# time alone (a site clock) or a year-less date without a time (06.27 (목)) is never a dateline.
_SHAPE_RANK: Final = MappingProxyType({"full": 3, "relative": 3, "yearless_clock": 3, "date": 2})

# What may stand before a label that starts a dateline: nothing, a separator, or another time.
_BEFORE_LABEL = frozenset("|·•/,;–—-)]>:.")


class Times(NamedTuple):
    """Publication and modification instants of a document, where they were, and what went wrong.

    `spans` are code-point (start, end) ranges of every timestamp used, labels included;
    `warnings` are "code: detail" strings.
    """

    published_at: datetime | None
    modified_at: datetime | None
    spans: list[tuple[int, int]]
    warnings: list[str]


class Found(NamedTuple):
    """One timestamp in a line: its role from the label, its reading, and its extent."""

    role: str  # "published", "modified" or "" when unlabelled
    reading: Reading
    start: int
    end: int


def find_times(text: str, options: Options = Options(), *, lang: str | None = None) -> Times:
    """The publication and modification times of a whole document, from its datelines.

    Labelled times come first (`입력`, `Posted on`, `обновлено`); else the first line that is
    only a timestamp. Dates inside prose ("in March 2023", a photo caption) are not datelines.
    ``lang`` is the page's language, whose conventions a line without its own follows.

    >>> times = find_times("Title\\nPosted on : 2024-05-17 17:03 KST\\nBody text.")
    >>> times.published_at, times.spans
    (datetime.datetime(2024, 5, 17, 8, 3, tzinfo=datetime.timezone.utc), [(6, 38)])
    """
    if not isinstance(text, str):
        raise TypeError(f"find_times takes a str, not {type(text).__name__}.")
    ctx = context(options, lang)
    silent = _silent_lines()
    best: dict[str, tuple[int, Found]] = {}  # role -> (rank, first item of that rank)
    failures: list[Found] = []
    # A date alone on its line whose time follows on the next ("May 17, 2024" / "5:03 PM EDT")
    dated: tuple[int, str, list[Found]] | None = None
    offset = 0
    for line in text.split("\n"):
        start = offset
        offset += len(line) + 1
        if (
            not line  # the lines of page chrome the caller blanked out
            or len(line) > _LINE_LIMIT
            or (len(line) > _WORDLESS_LIMIT and not _DIGIT.search(line))
            or line in silent
        ):
            dated = None
            continue
        found, leftover = _scan(prepare(line), ctx)
        if not found:  # most lines of a page
            silent.keep(line, True)
            dated = None
            continue
        shapes = {item.reading.shape for item in found}
        if dated is not None and shapes == {"clock"} and leftover == 0:
            start, before, superseded = dated
            found, leftover = _scan(prepare(f"{before} {line}"), ctx)
            for role, (_, item) in list(best.items()):
                if item in superseded:
                    del best[role]
        dated = None
        labelled = any(item.role and item.reading.shape == "full" for item in found)
        if not found or leftover > (_LEFTOVER_LIMIT_LABELLED if labelled else _LEFTOVER_LIMIT):
            continue
        placed_items: list[Found] = []
        for item in found:
            rank = 4 if item.role else _SHAPE_RANK.get(item.reading.shape, 0)
            loose = item.reading.shape in ("relative", "yearless_clock")
            if rank == 0 or (loose and leftover > _LEFTOVER_LIMIT_RELATIVE):
                continue
            if leftover > _LEFTOVER_LIMIT and not (item.role and item.reading.shape == "full"):
                continue  # in a line of chrome only the labelled date and time count
            placed = item._replace(start=item.start + start, end=item.end + start)
            placed_items.append(placed)
            if item.reading.value is None:
                failures.append(placed)
                continue
            role = item.role or "published"
            if role not in best or best[role][0] < rank:
                best[role] = (rank, placed)
        if shapes == {"date"}:
            dated = (start, line, placed_items)
    published = best["published"][1] if "published" in best else None
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
    )


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
