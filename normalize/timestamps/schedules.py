"""The days of a schedule: dates a page prints each beside the name of the thing it dates (a
call for papers' deadlines, a timeline's steps), line after line, not the article's time. The
caller that knows the page's lines marks them as another thing's."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from normalize.timestamps.datelines import Dateline
from normalize.timestamps.grammar import grammar
from normalize.timestamps.lines import prepare
from normalize.timestamps.reading import date_span

_LETTER: Final = regex.compile(r"\p{L}")
_WORD: Final = regex.compile(r"[\p{L}\d]+")
# At most this many words make an entry of a schedule: a date and the name of what falls on
# it; a paragraph's sentence ("On Wednesday, 16 September, the market rose …") is none.
_ENTRY_WORDS: Final = 16
# How far from a day, in lines of its block, another entry of its schedule is looked for.
_REACH: Final = 6


def schedule_days(datelines: Sequence[Dateline], lines: Sequence[str]) -> frozenset[int]:
    """The positions among ``datelines`` of the unlabelled days (no clock time) that share their
    line with the words naming what falls on them, when another line of their block (the lines
    around them, none blank between, at most ``_REACH`` away) prints a date beside its own words
    the same way, both dates opening their lines or both following words, each line a few words
    (at most ``_ENTRY_WORDS``): the entries of a schedule ("Fri 6 March 2026: Stall applications
    open" / "Sun 22 March 2026: Stall applications close", "• Proposals due: September 15,
    2026" / "• Decisions sent: October 30, 2026"), each the day of the thing it names. A day
    alone on its line (a blog's date header) is no entry, nor a line with a dateline label
    ("Updated March 4, 2026" under a byline's day).

    >>> from normalize.timestamps import find_datelines
    >>> lines = ["Key dates", "Proposals due: May 4, 2026", "Programme out: June 1, 2026"]
    >>> sorted(schedule_days(find_datelines("\\n".join(lines), lang="en"), lines))
    [0, 1]
    """
    entries: dict[int, bool | None] = {}
    found: set[int] = set()
    for order, item in enumerate(datelines):
        if item.role or item.reading.shape != "date" or item.line >= len(lines):
            continue
        opens = _entry(lines, item.line, entries)
        if opens is not None and any(
            _entry(lines, other, entries) is opens for other in _block(lines, item.line)
        ):
            found.add(order)
    return frozenset(found)


def _entry(lines: Sequence[str], index: int, seen: dict[int, bool | None]) -> bool | None:
    """Whether line ``index`` is a dated entry whose date opens it (True) or follows its words
    (False); None when it prints no date, nothing but its date (weekdays and fillers aside), a
    dateline label, or more than ``_ENTRY_WORDS`` words. ``seen`` keeps each line's answer."""
    if index in seen:
        return seen[index]
    line = prepare(lines[index])
    span = date_span(line) if len(_WORD.findall(line.text)) <= _ENTRY_WORDS else None
    answer: bool | None = None
    if span is not None and grammar().label.search(line.low) is None:
        noise = grammar().noise_word
        before = noise.sub(" ", line.low[: span[0]])
        after = noise.sub(" ", line.low[span[1] :])
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
