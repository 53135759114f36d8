"""Datelines: which lines of a document state its publication and modification times.

Labelled times come first (``입력``, ``Posted on``, ``обновлено``); else the line that is only
a timestamp, ranked by how much its shape says "published then". Dates inside prose ("in March
2023", a photo caption) are not datelines."""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Final, NamedTuple

import regex

from normalize.cache import Memo, once
from normalize.options import Options
from normalize.timestamps import acts, bounds, elsewhere, periods
from normalize.timestamps.closings import (
    cites_page,
    closes_labelled,
    closes_paragraph,
    closes_post,
    closes_sentence,
    closes_slot,
    closes_title,
    closing_bracket,
)
from normalize.timestamps.continued import Pending, Piece, completes, is_label_alone, piled, stacks
from normalize.timestamps.durations import page_durations
from normalize.timestamps.labels import labelled_segments
from normalize.timestamps.lines import (
    Context,
    Found,
    Reading,
    context,
    heads_entry,
    in_own_cell,
    prepare,
    unechoed,
)
from normalize.timestamps.placement import (
    bracketed,
    doubled,
    glued_open,
    holds_prose,
    opens_heading,
    opens_lead,
    opens_run_in_page,
    opens_update_pair,
)
from normalize.timestamps.places import place_zones
from normalize.timestamps.publisher import with_page_zones
from normalize.timestamps.reading import read_segment
from normalize.timestamps.revisions import revision_end
from normalize.timestamps.run_in_datelines import run_in_datelines
from normalize.timestamps.scan import scan
from normalize.timestamps.stamps import long_line_stamps

_DIGIT: Final = re.compile(r"\d")
# An abbreviation that may name several zones (IST, CST, ...): only then are places looked for.
_MAY_BE_AMBIGUOUS: Final = regex.compile(r"\b[A-Z]ST\b|\b[A-Z]MT\b|\b[A-Z]CT\b")
# Lines found to state no time, kept because the pages of one site repeat their chrome
# ("Subscribe", "0 Comments"): whether a line states a time depends on its text alone, the
# caller's settings only on what the time means.
_SILENT_LINES_KEPT: Final = 4096


@once
def _silent_lines() -> Memo[str, bool]:
    return Memo(_SILENT_LINES_KEPT)


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
# How far after its label a date and time in a line too long to be a dateline is read: a date
# and a clock time with its seconds and zone ("2016.04.12 09:41", "12 March 2024, 09:41:07
# GMT+03:00").
_LABELLED_REACH = 40
# A date alone carries fewer words still: a caption's sentence ends in one.
_LEFTOVER_LIMIT_DATE = 4
# A date waits for a later line's clock time when its own line has at most a byline's or a
# section's words beside it ("By Jane Doe March 8, 2024" / "10:31 AM"), not when a heading's
# sentence names it ("Stories of the issue of 14 August 2021" / "00:02:41", a video's length).
_LEFTOVER_PENDING = 2
# An agency's dateline opens a lead ("PORTLAND, Ore., Mar 3, 2022 (Newswire) — …"), read up to
# its dash, to a colon after its date with a space or a capital next ("FAISALABAD:  14 Jan 2024: …",
# "Dec. 8, 2006:The …"), to a colon after its date's bracket ("TARNOW, (Agency - 3rd Feb) :The")
# or, its place a word or three and a comma before it, to the full stop closing its date before
# the agency's credit or the lead ("Talas, 14.03.21. /Agency/. The council …").
_AGENCY_OPENING = regex.compile(
    r"^(?=\p{Lu})(?:(?P<opening>[^\n—–]{6,120}?\d[^\n—–]{0,60}?)\s(?:—|–|--|-)\s"
    r"|(?P<opening>[^\n—–]{6,120}?\d):(?:\s|(?=\p{Lu}))"
    r"|(?P<opening>[^\n—–]{6,120}?\d[^\n—–():]{0,40}?\)) ?:"
    r"|(?P<opening>\p{Lu}[\p{L}'’-]+(?:\x20[\p{L}'’-]+){0,2},\x20\d[^\n—–,:;]{3,24}?\d)"
    r"\.\x20(?=[/(«\"\p{Lu}]))"
)
# A lead opening with its day in figures, a colon, a space and the lead's first capital: a
# local site's story dated on its lead's line ("19.03.14: Work on the path …").
_DATED_LEAD: Final = regex.compile(r"^(?P<opening>\d[^\n:]{5,24}?\d): (?=\p{Lu})")

# How much a timestamp shape says "this is when the article was published", for unlabelled lines:
# a date with a clock time or a relative time beats a bare date (often a "today" widget); a clock
# time alone (a site clock) or a year-less date without a time (06.27 (목)) is never a dateline
# (alone on its line, it stands where one does, dating nothing: marked as another thing's).
_SHAPE_RANK: Final = MappingProxyType({"full": 3, "relative": 3, "yearless_clock": 3, "date": 2})
# A labelled dateline's rank, the highest: its label says which time it states.
LABEL_RANK: Final = 4
# The ranks of a day, or a day and its clock time, opening a lead before a colon.
_LEAD_DAY_RANKS: Final = MappingProxyType({"full": 3, "date": 2})
FALLBACK_RANK: Final = 1


class Dateline(NamedTuple):
    """A timestamp that may be the document's publication or modification time.

    ``rank`` says how much its shape says "published then": 4 labelled, 3 a date and a time or
    a relative time, 2 a date alone, ``FALLBACK_RANK`` (the lowest) one its place alone sets
    apart from the words around it. ``start`` and ``end`` are code points of the whole text.
    """

    line: int
    role: str  # "published", "modified", "elsewhere" (another thing's time) or "" unlabelled
    rank: int
    reading: Reading
    start: int
    end: int


def find_datelines(
    text: str, options: Options = Options(), *, lang: str | None = None
) -> list[Dateline]:
    """Every timestamp of a document that may be its publication or modification time, in
    order: the lines that are mostly a timestamp, and labelled times in lines of chrome.

    A date alone on its line is read with a clock time on the next ("May 17, 2024" / "5:03 PM
    EDT"), a label alone on its line with the time on the next ("입력" / "2024-05-17 09:41"),
    and a date stacked over lines, a piece a line ("17" / "НОЯ" / "2018"), as one date."""
    if not isinstance(text, str):
        raise TypeError(f"find_times takes a str, not {type(text).__name__}.")
    places = place_zones(text) if _MAY_BE_AMBIGUOUS.search(text) else frozenset()
    ctx = with_page_zones(text, context(options, lang, places))
    ctx = ctx._replace(durations=page_durations(text))
    silent = _silent_lines()
    found_lines: list[Dateline] = []
    pending: Pending | None = None  # a date or a label alone, its time maybe on the next line
    pieces: list[Piece] = []  # the last lines that may be pieces of a stacked date
    offset = 0
    above = ""
    for index, line in enumerate(text.split("\n")):
        start = offset
        offset += len(line) + 1
        line, above = unechoed(line, above), line
        pieces = piled(pieces, Piece(index, start, line))
        stacked = _stacked(pieces, ctx) if len(pieces) > 1 else []
        if stacked:
            found_lines.extend(stacked)
            pieces, pending = [], None
            continue
        if (
            not line  # the lines of page chrome the caller blanked out
            or (len(line) > _WORDLESS_LIMIT and not _DIGIT.search(line))
            or line in silent
        ):
            pending = pending if not line else None
            continue
        if len(line) > _LINE_LIMIT:
            # prose, but for an agency's dateline, a paragraph's closing day, the date opening a
            # page run into one line, a labelled date and time (a page run into one line too),
            # a machine's stamp or an agency's dateline run in after a release's headline
            pending = None
            opening = _AGENCY_OPENING.match(line)
            if opening is not None:
                found_lines.extend(_agency_dateline(opening, ctx, index, start, found_lines))
            found_lines.extend(_dated_lead(line, ctx, index, start))
            found_lines.extend(_paragraph_dates(line, ctx, index, start))
            found_lines.extend(_run_in_opening(line, ctx, index, start))
            found_lines.extend(_labelled_in_prose(line, ctx, index, start))
            for reading, first, last in run_in_datelines(line, ctx):  # see `run_in_datelines`
                dated = Dateline(index, "", FALLBACK_RANK, reading, first + start, last + start)
                found_lines.append(dated)
            for role, reading, first, last in long_line_stamps(line, ctx):  # see `stamps`
                stamp = Dateline(index, role, FALLBACK_RANK, reading, first + start, last + start)
                found_lines.append(stamp)
            continue
        revised = revision_end(line)
        if revised is not None:
            line = line[:revised]  # a wiki's revision line, its edit's summary aside
        prepared = prepare(line)
        found, leftover = scan(prepared, ctx)
        if revised is not None:  # the revision's time: the page's modification
            found = [item._replace(role=item.role or "modified") for item in found]
        if pending is not None and completes(pending, found, leftover):
            # read as one line, the line breaks kept so that positions stay those of the text
            line = pending.text + "\n" * (index - pending.line) + line
            found, leftover = scan(prepare(line), ctx)
            del found_lines[pending.kept :]
            start, index = pending.start, pending.line
        pending = None
        opened = len(found_lines)
        if not found or leftover > _LEFTOVER_LIMIT_LABELLED:
            opening = _AGENCY_OPENING.match(line)
            if opening is not None:
                found_lines.extend(_agency_dateline(opening, ctx, index, start, found_lines))
            found_lines.extend(_dated_lead(line, ctx, index, start))
        if not found:  # most lines of a page
            if is_label_alone(prepared):
                pending = Pending("label", index, line, start, len(found_lines))
            elif len(found_lines) == opened:
                silent.keep(line, True)  # not a line an opening dated: see `_dated_lead`
            continue
        if {item.reading.shape for item in found} == {"date"} and leftover <= _LEFTOVER_PENDING:
            pending = Pending("date", index, line, start, len(found_lines))
        found_lines.extend(_placed(found, leftover, index, start, line, text))
    apart = elsewhere.apart_times(found_lines, text)
    marked = [d._replace(role="elsewhere") if n in apart else d for n, d in enumerate(found_lines)]
    listed = elsewhere.listed_dates(marked, text) | periods.period_opens(marked, text)
    listed |= bounds.bound_days(marked, text)  # a period's bound, a call's deadline
    listed |= acts.act_dates(marked, text)  # an act's requisites: its adoption day
    listed |= periods.day_range_dates(marked, text)  # a line of an event's days
    return [d._replace(role="elsewhere") if n in listed else d for n, d in enumerate(marked)]


def _placed(
    found: list[Found], leftover: int, index: int, start: int, line: str, page: str
) -> list[Dateline]:
    """The timestamps of one line that may be a document's times, with their ranks; a date
    opening a heading (`opens_heading`) counts above the page's first paragraph only (the
    ``page`` before ``start`` holds no prose), not in a teaser or an event below it."""
    labelled = any(item.role and item.reading.shape == "full" for item in found)
    placed: list[Dateline] = []
    for item, after in zip(found, [*found[1:], None], strict=True):
        rank = LABEL_RANK if item.role else _SHAPE_RANK.get(item.reading.shape, 0)
        loose = item.reading.shape in ("relative", "yearless_clock")
        # a cell of its own in a row of metadata ("Name | No. 12 | 2019.08.22 09:47 | Views 9")
        own = in_own_cell(line, item.start, item.end, labelled=bool(item.role))
        crowded = leftover if not (own or bracketed(line, item)) else 0
        entry = not item.role and (heads_entry(line, item.start, item.end) or doubled(line, item))
        too_many = crowded > (_LEFTOVER_LIMIT_LABELLED if labelled else _LEFTOVER_LIMIT)
        if too_many or (crowded > _LEFTOVER_LIMIT and not (item.role and labelled)):
            # in a line of chrome or text only a labelled date and time, a labelled date opening
            # or closing the line (a meta date glued to a title, a forum thread's day), a title's
            # closing date, a forum post's stamp, a date glued to the cells after it or to its
            # copy, credits, an entry's head, an update pair's first or a lead's day, as a
            # fallback (see `placement` and `closings`); spaces before it still leave it opening
            # the line (" date 2023-03-08")
            opens = not line[: item.start].strip(" ") and item.reading.shape != "relative"
            closes = not item.role and any(
                check(line, item)
                for check in (closes_title, closes_post, closes_paragraph, closes_slot, cites_page)
            )
            first = not holds_prose(page[:start])  # above the page's first paragraph
            heading = (opens_heading(line, item) or opens_lead(line, item)) and first
            glued = not item.role and (glued_open(line, item) or heading)
            glued = glued or entry or opens_update_pair(item, after)
            apart = opens or closes_labelled(line, item) or item.reading.shape == "full"
            fallback = (item.role and apart) or closes or glued
            rank = FALLBACK_RANK if fallback else 0
        elif (
            not item.role
            and item.reading.shape == "date"
            and crowded + closes_sentence(line, item) > _LEFTOVER_LIMIT_DATE
        ):
            # a sentence ending in a date is a caption (an event's day when its full stop closes
            # it: one word more); a title closed by its issue's date after a separator, an entry
            # headed by its date or glued to its copy, a source and authors after it: fallback
            fallback = closes_title(line, item) or closes_paragraph(line, item) or entry
            fallback = fallback or cites_page(line, item)  # a citation's day before its page
            heading = opens_heading(line, item) or opens_lead(line, item)
            rank = FALLBACK_RANK if fallback or (heading and not holds_prose(page[:start])) else 0
        yearless = item.reading.shape == "yearless" and not item.role and not crowded
        if (rank == 0 and not yearless) or (loose and crowded > _LEFTOVER_LIMIT_RELATIVE):
            continue
        role = "elsewhere" if yearless else item.role
        placed.append(
            Dateline(index, role, rank, item.reading, item.start + start, item.end + start)
        )
    return placed


def _stacked(pieces: list[Piece], ctx: Context) -> list[Dateline]:
    """The date the last pieces of a stacked date read as together, the longest run first:
    one date read to the day from all of their text, placed on the line of its last piece,
    the one nearest the headline the widget stands over."""
    for first, text in stacks(pieces):
        found, leftover = scan(prepare(text), ctx)
        if len(found) != 1 or leftover or found[0].reading.shape != "date":
            continue
        if (found[0].start, found[0].end) == (0, len(text)):
            return _placed(found, 0, pieces[-1].line, first.start, text, "")
    return []


def agency_opening(line: str) -> str | None:
    """The opening of a lead that is an agency's dateline, up to its dash, its colon or the full
    stop closing its date (see ``_AGENCY_OPENING``), if the line starts with one.

    >>> agency_opening("PORTLAND, Mar 3 — Agency. The mill reopened.")
    'PORTLAND, Mar 3'
    >>> agency_opening("The mill reopened on Mar 3.") is None
    True
    """
    opening = _AGENCY_OPENING.match(line)
    return None if opening is None else opening["opening"]


def _agency_dateline(
    opening: regex.Match[str], ctx: Context, index: int, start: int, above: list[Dateline]
) -> list[Dateline]:
    """The date of an agency's dateline opening a lead, ranked as a line of its own; a yearless
    one ("Korvane, May 8, KPA -") when it echoes the last date alone above it: the page's day."""
    echo = next((d.reading.value for d in reversed(above) if d.reading.shape == "date"), None)
    found, _ = scan(prepare(opening["opening"]), ctx._replace(now=echo) if echo else ctx)
    ranks = {"full": 3, "date": 2, "yearless": 2}
    return [
        Dateline(index, item.role, rank, item.reading, item.start + start, item.end + start)
        for item in found
        if (rank := ranks.get(item.reading.shape, 0))
        and (item.reading.shape != "yearless" or (echo and item.reading.value == echo))
    ]


def _dated_lead(line: str, ctx: Context, index: int, start: int) -> list[Dateline]:
    """The day in figures that opens a lead before a colon, a space and the lead's first
    capital ("19.03.14: Work on the path …"), ranked as a date alone on its line: the opening
    must read as one date and nothing else, not a count or a clock time ("3 hurt at 4: Police").

    >>> ctx = Context(None, None, None, "en")
    >>> [str(d.reading.value) for d in _dated_lead("19.03.14: Work starts on the path.", ctx, 0, 0)]
    ['2014-03-19 00:00:00+00:00']
    >>> _dated_lead("12 hurt in 2021 crash: Police say more.", ctx, 0, 0)
    []
    """
    opening = _DATED_LEAD.match(line)
    if opening is None:
        return []
    found, leftover = scan(prepare(opening["opening"]), ctx)
    if leftover or len(found) != 1:
        return []
    item = found[0]
    whole = (item.start, item.end) == (0, opening.end("opening"))
    if item.role or not whole or item.reading.shape not in _LEAD_DAY_RANKS:
        return []
    rank = _LEAD_DAY_RANKS[item.reading.shape]
    return [Dateline(index, "", rank, item.reading, item.start + start, item.end + start)]


def _paragraph_dates(line: str, ctx: Context, index: int, start: int) -> list[Dateline]:
    """The date in brackets of its own that closes a paragraph too long to be a dateline,
    after its last sentence (see `closes_paragraph`), as a fallback."""
    opening = closing_bracket(line)
    if opening is None:
        return []
    found, _ = scan(prepare(line[opening:]), ctx, count_leftover=False)
    placed = [item._replace(start=item.start + opening, end=item.end + opening) for item in found]
    return [
        Dateline(index, "", FALLBACK_RANK, item.reading, item.start + start, item.end + start)
        for item in placed
        if not item.role and closes_paragraph(line, item)
    ]


def _run_in_opening(line: str, ctx: Context, index: int, start: int) -> list[Dateline]:
    """The date that opens a line too long to be a dateline, a capital after it: a page run
    into one line, its date before its title ("21.03.2025 Акварели …"), as a fallback (see
    `opens_run_in_page`)."""
    found, _ = scan(prepare(line[:_LABELLED_REACH]), ctx, count_leftover=False)
    return [
        Dateline(index, "", FALLBACK_RANK, item.reading, item.start + start, item.end + start)
        for item in found[:1]
        if opens_run_in_page(line, item)
    ]


def _labelled_in_prose(line: str, ctx: Context, index: int, start: int) -> list[Dateline]:
    """The first publication label of a line too long to be a dateline that its date and a
    clock time follow at once ("… 작성자 정보 작성일 2016.04.12 09:41 컨텐츠 정보 …": a page run
    into one line), as a fallback; a label that a sentence uses ("was published on") is none
    (see `labelled_segments`)."""
    if ":" not in line and "：" not in line:  # no clock time of hours and minutes
        return []
    whole = prepare(line)
    _, segments = labelled_segments(whole)
    for role, label_start, first, last in segments:
        if role != "published":
            continue
        reading = read_segment(whole, first, min(last, first + _LABELLED_REACH), ctx)
        spans = reading.spans
        if reading.shape == "full" and reading.value is not None and min(a for a, _ in spans) == 0:
            end = first + max(b for _, b in spans)
            return [Dateline(index, role, FALLBACK_RANK, reading, label_start + start, end + start)]
    return []
