"""One line's timestamps: each segment between its labels read into an instant (a labelled
clock time on the day the line prints), their extents with their brackets and labels, and how
many of the line's words were left unread, which tells a dateline from a line of prose."""

from __future__ import annotations

from typing import Final

import regex

from normalize.timestamps.closings import closing_tag
from normalize.timestamps.grammar import grammar
from normalize.timestamps.labels import labelled_segments
from normalize.timestamps.lines import Context, Found, Line, Reading, mask_all, prepare
from normalize.timestamps.reading import read_segment
from normalize.timestamps.stamps import empty_clock_day, meta_day_alone, meta_day_and_time

_WORD: Final = regex.compile(r"[\p{L}\d]+")
# A counter a line prints after its time, its label's word, a colon and its count ("댓글: 0",
# "Views: 591", "Просмотры: 12"): a board's figures, no word of prose around the time (a
# label's count before the time, "DATELINE: 22, 21 MARCH 2019", stays words of the line),
# when before its first time the line holds a writer's name (this many words at most: "하늘 |")
# or a row of fields, each a label's word and a colon ("이름 : 조영갑(…)   작성일 : 16/06/14"):
# after a reader's sentence they are its comment's score.
_COUNTER: Final = regex.compile(r"(?<![\p{L}\d])\p{L}+ ?: ?\d[\d,.]*(?![\p{L}\d])")
# A page's own counters after its time, a count and what it counts, the closed class of views
# and comments ("417 просмотров 0 комментариев", "1,204 views", "조회 591"): the article's
# meta line's figures on any line, no words of it, whatever stands before its time (a
# region's path, a rubric: "ПОДМОСКОВЬЕ ОЗЕРКОВСКИЙ ОКРУГ 14-Авг-2025 в 18:42 417 просмотров").
_COUNTED: Final = regex.compile(
    r"(?<![\p{L}\d])(?:\d[\d,.]*\s?(?:views?|comments?|просмотр\p{L}*|комментари\p{L}*)"
    r"|(?:조회수?|댓글)\s?\d[\d,.]*)(?![\p{L}\d])"
)
# An e-mail address, one word (a writer's address beside the name), not the three or more its
# "@" and dots cut it into.
_EMAIL: Final = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_WRITER_WORDS: Final = 2
_FIELD: Final = regex.compile(r"(?<![\p{L}\d])\p{L}+ ?:")
# Brackets around a timestamp belong to it: "(KST)", "[2024-05-17]".
_OPENING = "([{"
_CLOSING = ")]}."
# How far a label before its time may stand from it and still open its extent: across a
# weekday or a byline ("Posted by: jane@example.com AT 09:12 am"), not across the headline and
# teaser a scraper ran between its " date" label and the page's date.
_LABEL_REACH = 40


def _on_day(
    whole: Line, day: tuple[int, int], clock: tuple[int, int], reading: Reading, ctx: Context
) -> Reading:
    """A labelled clock time (``reading``, read from the ``clock`` segment of the line) after a
    day printed alone before its label (``day``, its extent), read as that day's time in the
    clock's own zone ("Tuesday, March 7, 2000 Published at 09:40 GMT"); the reading as it
    is when the two read as no date and time."""
    text = f"{whole.text[day[0] : day[1]]} {whole.text[clock[0] : clock[1]]}"
    joined = read_segment(prepare(text), 0, len(text), ctx)
    if joined.shape != "full" or joined.value is None:
        return reading
    return reading._replace(
        value=joined.value,
        problem=None,
        assumed=joined.assumed,
        shape="full",
        precision=joined.precision,
    )


def scan(whole: Line, ctx: Context, *, count_leftover: bool = True) -> tuple[list[Found], int]:
    """The timestamps of one line, split at labels; and how many words were not read, an
    e-mail address one word ("이름 : 윤가람(garam.yoon@example.kr) 작성일 : 19/03/07")."""
    line = whole.text
    labels, segments = labelled_segments(whole)
    # the scraper's meta date: a day, or the page's own date and time after it, see `stamps`
    cuts = [cut for _, _, _, cut in meta_day_alone(segments, line)]
    found: list[Found] = []
    read_spans: list[tuple[int, int]] = [label.span() for label in labels]
    dated: Reading | None = None  # the line's last date and time read
    day_alone: tuple[int, int] | None = None  # the extent of the line's last day printed alone
    waiting: list[tuple[int, int, int]] = []  # labelled clock times before any date and time
    for (role, label_start, start, end), cut in zip(segments, cuts, strict=True):
        if cut < end:
            reading = meta_day_and_time(whole, start, cut, end, ctx)
        else:
            reading = read_segment(whole, start, end, ctx)
        if not role:  # a day's empty clock, see `empty_clock_day`
            reading = empty_clock_day(whole, start, reading, ctx)
        if role and reading.shape == "clock" and dated is not None:
            # a labelled clock time after a date and time falls on that day ("November 10,
            # 2023 08:01 pm | Updated 08:01 pm IST"), not on the reference time's
            reading = read_segment(whole, start, end, ctx._replace(now=dated.value))
        elif (
            role
            and reading.shape == "clock"
            and day_alone is not None
            and "\n" not in line[day_alone[1] : start]  # a day on a line above is not alone
        ):
            reading = _on_day(whole, day_alone, (start, end), reading, ctx)
        if not reading.spans:
            continue
        if reading.shape == "full" and reading.value is not None:
            dated = reading
        shifted = [(start + a, start + b) for a, b in reading.spans]
        read_spans.extend(shifted)
        first, last = min(a for a, _ in shifted), max(b for _, b in shifted)
        while first > 0 and line[first - 1] in _OPENING:
            first -= 1
        while last < len(line) and line[last] in _CLOSING:
            last += 1
        extent = (first, last)
        # a label before its time opens the found time; one after it (see `labels`'
        # `_labels_trail`) not, nor one too far before it to be its label's extent (see
        # `_LABEL_REACH`)
        leading = role and label_start < start and first - start <= _LABEL_REACH
        found.append(Found(role, reading, label_start if leading else extent[0], extent[1]))
        if not role and reading.shape == "date" and reading.value is not None:
            day_alone = extent
        if role and reading.shape == "clock" and dated is None:
            waiting.append((len(found) - 1, start, end))
    day = dated.value if dated is not None else None
    for index, start, end in waiting if day is not None else ():
        # a labelled clock time before the line's date and time falls on its day too ("Updated
        # 10:15 AM EDT First published 8:02 AM EDT, Tue May 14, 2024")
        later = read_segment(whole, start, end, ctx._replace(now=day))
        found[index] = found[index]._replace(reading=later)
    if not count_leftover or not found:
        return found, 0
    read_spans.extend(closing_tag(line, found[-1].end))  # an index code is no word around it
    last = max(end for _, end in read_spans)
    if "@" in line:  # the address's pattern is tried on the few lines that can hold one
        read_spans.extend((address.start() + 1, address.end()) for address in _EMAIL.finditer(line))
    masked = mask_all(whole.low, read_spans)
    noise = grammar().noise_word
    # a board's counters after the line's last time on a writer's line ("하늘 | 2009.11.03
    # 21:14:05 조회: 591 추천: 10"), not after a reader's sentence
    masked = masked[:last] + _COUNTED.sub(" ", masked[last:])
    if _COUNTER.search(masked[last:]):
        before = masked[: min(item.start for item in found)]
        writer = len(_WORD.findall(noise.sub(" ", before))) <= _WRITER_WORDS
        if writer or _FIELD.search(before):
            masked = masked[:last] + _COUNTER.sub(" ", masked[last:])
    leftover = noise.sub(" ", masked)
    return found, len(_WORD.findall(leftover))
