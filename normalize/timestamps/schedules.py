"""The days of a schedule: dates a page prints each beside the name of the thing it dates (a
call for papers' deadlines, a timeline's steps), line after line, not the article's time. The
caller that knows the page's lines marks them as another thing's."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from normalize.page import echo_words
from normalize.timestamps.datelines import Dateline
from normalize.timestamps.grammar import grammar
from normalize.timestamps.lines import prepare, unmarked
from normalize.timestamps.reading import date_span

_LETTER: Final = regex.compile(r"\p{L}")
_WORD: Final = regex.compile(r"[\p{L}\d]+")
# At most this many words make an entry of a schedule: a date and the name of what falls on
# it; a paragraph's sentence ("On Wednesday, 16 September, the market rose …") is none.
_ENTRY_WORDS: Final = 16
# How far from a day, in lines of its block, another entry of its schedule is looked for.
_REACH: Final = 6
# How many other entries of a longer schedule run on from a day's line, when its entries stand
# a blank line apart or its line names its thing with a label's word ("Workshop date: 7 May").
_LONG_SCHEDULE: Final = 2
# A word of a label, or before it, saying it dates the first issue of what the page prints, no
# step of a schedule: "First published", "Article first published online", "впервые
# опубликовано", "최초 등록".
_FIRST_ISSUE: Final = regex.compile(
    r"\b(?:first|originally|initially|впервые|первоначально)\b|최초"
)


def schedule_days(
    datelines: Sequence[Dateline], lines: Sequence[str], near: int | None = None
) -> frozenset[int]:
    """The positions among ``datelines`` of the days (no clock time) that share their
    line with the words naming what falls on them, when another line of their block (the lines
    around them, none blank between, at most ``_REACH`` away) prints a date beside its own words
    the same way, both dates opening their lines or both following words, each line a few words
    (at most ``_ENTRY_WORDS``): the entries of a schedule ("Fri 6 March 2026: Stall applications
    open" / "Sun 22 March 2026: Stall applications close", "• Proposals due: September 15,
    2026" / "• Decisions sent: October 30, 2026"), each the day of the thing it names. A day
    alone on its line (a blog's date header) is no entry, nor a line with a dateline label
    ("Updated March 4, 2026" under a byline's day). Where two other entries printing their
    dates the same way run on from the day's line (see `_run`: each entry a paragraph of its
    own, a blank line between two), its line may also hold a label's word after the words that
    name its thing, and its day be read as labelled ("Workshop date: 7 May 2026", "| Call for
    Papers posted | May 2, 2026 |", "Programme released 4 May 2026"): a schedule's step, not the
    page's time, as a line a label opens is not ("Published: May 4, 2026"), nor one whose label, or
    the words before it, say it dates a first issue ("Article first published online: May 4, 2026"
    under the received, revised and accepted days of a journal's article). The headline's line
    (``near``) is no other entry of the schedule of a day whose line shares no word with it,
    though its own day may be one: under a headline naming the day of what it announces ("Lake
    marathon sets off on May 10, 2025"), a byline's day ("By Jo Park | February 3, 2025") is the
    article's, the headline's the event's; a line naming the same thing ("Stall applications
    open on 6 March 2026" over "Stall applications close on 22 March 2026") is its next entry.

    >>> from normalize.timestamps import find_datelines
    >>> lines = ["Key dates", "Proposals due: May 4, 2026", "Programme out: June 1, 2026"]
    >>> sorted(schedule_days(find_datelines("\\n".join(lines), lang="en"), lines))
    [0, 1]
    >>> lines = ["Lake marathon sets off on May 10, 2025", "By Jo Park | February 3, 2025"]
    >>> sorted(schedule_days(find_datelines("\\n".join(lines), lang="en"), lines, 0))
    [0]
    >>> lines = ["Stall fees due on 6 March 2026", "Stall keys handed out on 22 March 2026"]
    >>> sorted(schedule_days(find_datelines("\\n".join(lines), lang="en"), lines, 0))
    [0, 1]
    """
    entries: dict[int, bool | None] = {}
    found: set[int] = set()
    for order, item in enumerate(datelines):
        if item.role not in ("", "published") or item.reading.shape != "date":
            continue
        if item.line >= len(lines):
            continue
        opens = _entry(lines, item.line, entries) if not item.role else None
        apart = _headline_apart(lines, item.line, near)
        others = [other for other in _block(lines, item.line) if other != apart]
        if opens is not None and any(_entry(lines, other, entries) is opens for other in others):
            found.add(order)
            continue
        opens = _entry(lines, item.line, {}, named=True)
        if opens is not None and _run(lines, item.line, opens, entries, apart) >= _LONG_SCHEDULE:
            found.add(order)
    return frozenset(found)


def _entry(
    lines: Sequence[str], index: int, seen: dict[int, bool | None], *, named: bool = False
) -> bool | None:
    """Whether line ``index`` is a dated entry whose date opens it (True) or follows its words
    (False); None when it prints no date, nothing but its date (weekdays and fillers aside), a
    dateline label (``named``: a label opening the line, no words before it, or one saying,
    itself or with the words before it, that it dates a first issue, see ``_FIRST_ISSUE``), or
    more than ``_ENTRY_WORDS`` words. ``seen`` keeps each line's answer."""
    if index in seen:
        return seen[index]
    line = prepare(lines[index])
    span = date_span(line) if len(_WORD.findall(line.text)) <= _ENTRY_WORDS else None
    answer: bool | None = None
    label = grammar().label.search(line.low) if span is not None else None
    if label is not None and named:
        named_before = grammar().noise_word.sub(" ", line.low[: label.start()])
        if _LETTER.search(named_before) and not _FIRST_ISSUE.search(line.low, 0, label.end()):
            label = None
    if span is not None and label is None:
        noise = grammar().noise_word
        before = noise.sub(" ", line.low[: span[0]])
        after = unmarked(noise.sub(" ", line.low[span[1] :]))
        if _LETTER.search(before) or _LETTER.search(after):
            answer = _LETTER.search(before) is None
    seen[index] = answer
    return answer


def _block(lines: Sequence[str], index: int) -> list[int]:
    """The other lines of line ``index``'s block: the lines around it with text, none blank
    between, at most ``_REACH`` away on each side."""
    around: list[int] = []
    for step in (-1, 1):
        other = index + step
        while 0 <= other < len(lines) and abs(other - index) <= _REACH and lines[other].strip():
            around.append(other)
            other += step
    return around


def _headline_apart(lines: Sequence[str], index: int, near: int | None) -> int | None:
    """The headline's line (``near``) when line ``index`` shares no word with it (`echo_words`,
    numbers left out, as a year both dates print): then no entry of that line's schedule. A line
    naming the headline's thing may be its next entry (``None``)."""
    if near is None or near >= len(lines):
        return None
    shared = echo_words(lines[near]) & echo_words(lines[index])
    return None if any(not "0" <= word[0] <= "9" for word in shared) else near


def _run(
    lines: Sequence[str], index: int, opens: bool, seen: dict[int, bool | None], near: int | None
) -> int:
    """How many entries whose dates stand as line ``index``'s (``opens``), with no clock time,
    run on from it (the headline's line, ``near``, counted as none), each the next line with
    text, a single blank line at most between two, at most ``_REACH`` lines on each side: the
    run goes on past a dated line of another kind (a deadline's, a long step's, a post stamped
    with its clock time) and stops at a line with text and no date (a teaser's head)."""
    count = 0
    for step in (-1, 1):
        other, blanks, taken = index + step, 0, 0
        while 0 <= other < len(lines) and taken < _REACH:
            if lines[other].strip():
                line = prepare(lines[other])
                entry = _entry(lines, other, seen)
                if entry is not opens and date_span(line) is None:
                    break
                stamped = grammar().time.search(line.low) is not None
                counted = entry is opens and not stamped and other != near
                count, taken, blanks = count + counted, taken + 1, 0
            elif blanks:
                break
            else:
                blanks = 1
            other += step
    return count
