"""An issue's date: the day a numbered issue or clipping prints beside its number, for a page
whose other lines state no publication time.

A weekly's question page closes its source line with the issue's number and day ("… из газеты:
Еженедельник "Вести Заречья" № 14 05/04/2017"), a paper's page its paragraphs with them
("…<제318호> 09-10-21"), a press digest its breadcrumb with the clipping's day and number ("… >
harbor.example, 2 марта 2022 > № 4012345"). Number and day close the line together: a day
cited in the middle of a sentence beside a decree's number ("… постановлением от 12.05.2017
№ 45 о …"), or closing it after "от" ("of"), is another document's.

An issue without a number names its day in a heading that opens a line: one word, "от" ("of")
and the day, closed by a full stop or the line's end ("Выпуск от 3 февраля 2022г. Переправа.
…", a broadcast's clip page).

An e-paper's page prints the issue's day over the print page's number ("Tuesday, March 12,
2002" / "Page 1"), however far above the headline: the page's own day, no today widget.

A page whose only date is a day alone a few lines over its headline, with no weekday and at
most a label's word beside it ("2023년 12월 17일" over a section's name, a menu and the title;
"День: 05.11.2019"), prints the article's day there: a today widget names the weekday, and a
file name or a widget's sentence carries more words.

A date on one of the two lines with text under the headline, its writer's name after "by" right
after it ("Tuesday, March 16, 2021 by Wren Abernathy"), is the byline's: the article's day, as
though labelled, however many dated items the story lists below it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from normalize.options import Options
from normalize.timestamps.datelines import FALLBACK_RANK, Dateline
from normalize.timestamps.elsewhere import HEAD_BELOW
from normalize.timestamps.grammar import grammar
from normalize.timestamps.lines import Line, Reading, context, line_starts, lines_under, prepare
from normalize.timestamps.reading import read_segment

# An issue's number: "№ 14", "No. 212", "no.47" (in small letters only with its dot), "제318호"
# (the Korean "issue no. …").
_NUMBER: Final = regex.compile(r"(?:№|\bNo\.?|\bno\.) ?[0-9]+\b|제 ?[0-9]+ ?호")
# A heading that names its issue's day: one capitalised word and "от" opening the line.
_DATED_HEADING: Final = regex.compile(r"\p{Lu}\p{Ll}+ от (?=\d)")
# What closes that day: a year's mark, then a full stop before a capital or the line's end.
_YEAR_MARK: Final = regex.compile(r"\s?(?:года|г)(?!\p{L})")
_STOP_BEFORE_CAPITAL: Final = regex.compile(r"\.(?=\s*(?:\p{Lu}|\Z))")
# What may stand between the number and its day, or close the line after them; a capital I
# among them is a bar a masthead types as a letter ("no.47 I 2022.03.24").
_BETWEEN: Final = " <>|/,·–—-I"
# The word "of" a Russian issue's number may take before its day ("№418 от 9 сентября 2016").
_OF: Final = "от "
_CLOSERS: Final = " .)]>|"
# The lines above the headline that its head takes (see `choice`); a page without a headline
# is read whole.
_HEAD_ABOVE: Final = 3
# A day's reading and where it is in its line.
_Day = tuple[Reading, int, int]
# A print page's number, as an e-paper's page header prints it: "Page 1", at most four digits.
_PAGE_WORD: Final = "page"
_PAGE_DIGITS: Final = 4
# The page's only date is its article's this many lines over the headline at most (a section's
# name and a menu between), with at most this many words beside it (a label's).
_LONE_REACH: Final = 4
_LONE_WORDS: Final = 1
# A word of a line, and a digit: a word with one ("2023년", "180949") or a month's name is
# the date's, not a word beside it.
_WORD: Final = regex.compile(r"[\p{L}\d]+")
_DIGIT: Final = regex.compile(r"\d")


def issue_dateline(
    lines: Sequence[str], near: int | None, options: Options, *, lang: str | None = None
) -> Dateline | None:
    """The day an issue's number and date close a line with, as the page's publication
    dateline of the lowest rank: the first such line of the article's head (a few lines above
    the headline, line ``near``, to a few below it), or of the whole page when it has no
    headline; None when none does. ``lang`` is the headline's language, whose conventions a
    line without its own follows.

    >>> lines = ["Можно ли сдать анализы бесплатно?", "", "Из газеты: «Вести» № 14 05/04/2017"]
    >>> found = issue_dateline(lines, 0, Options(), lang="ru")
    >>> str(found.reading.value), found.line
    ('2017-04-05 00:00:00+00:00', 2)
    >>> issue_dateline(["Приказ от 12.05.2017 № 45 о сроках", "Текст."], None, Options()) is None
    True
    >>> issue_dateline(["Утверждён постановлением от 12.05.2017 № 45"], None, Options()) is None
    True
    >>> issue_dateline(["Газета «Заречье» от 3 марта 2022 № 14", "Мост открыт", "Текст."],
    ...                None, Options()).reading.value.date()
    datetime.date(2022, 3, 3)
    """
    first, last = (0, len(lines)) if near is None else (near - _HEAD_ABOVE, near + HEAD_BELOW + 1)
    for index in range(max(first, 0), min(last, len(lines))):
        line = lines[index]
        span = _issue_day(line, options, lang) if _NUMBER.search(line) else None
        if span is None and _DATED_HEADING.match(line) is not None:
            span = _heading_day(line, options, lang)
        if span is not None:
            reading, start, end = span
            offset = line_starts(lines[:index])[-1]
            return Dateline(
                index, "published", FALLBACK_RANK, reading, offset + start, offset + end
            )
    return None


def _issue_day(line: str, options: Options, lang: str | None) -> _Day | None:
    """The reading of the day that closes the line together with the issue's number, the
    day after the number or the number after the day, and where the day is; None when the
    line does not close so."""
    number = list(_NUMBER.finditer(line))[-1]
    prepared = prepare(line)
    if line[number.end() :].strip(_CLOSERS):  # the day after the number: "№ 14 05/04/2017"
        start = number.end() + _run(line, number.end(), _BETWEEN)
        if line.startswith(_OF, start):
            start += len(_OF)
        found = _day(prepared, start, len(line), options, lang)
        if found is None or found[1] != start or line[found[2] :].strip(_CLOSERS):
            return None
        return found
    # the number after the day: "…, 2 марта 2022 > № 4012345"
    end = len(line[: number.start()].rstrip(_BETWEEN))
    found = _day(prepared, 0, end, options, lang)
    if found is None or found[2] != end or _cites(line[: found[1]]):
        return None
    return found


def _cites(before: str) -> bool:
    """Whether the words before a day end as a sentence citing a document by its day and
    number do: "of" ("от") after a word in small letters ("… постановлением от 11.12.2012
    № 31"), not after a paper's name ("Газета «Заречье» от 3 марта 2022 № 14")."""
    words = before.split()
    if words[-1:] != [_OF.strip()] or len(words) < 2:
        return False
    letter = next((char for char in words[-2] if char.isalpha()), "")
    return letter.islower()


def _heading_day(line: str, options: Options, lang: str | None) -> _Day | None:
    """The reading of the day a heading opening the line names ("Выпуск от 3 февраля 2022г.
    Переправа. …"), right after its "от" and closing its sentence or line, and where the day
    is; None when words go on ("Приказ от 12.05.2017 № 45 о сроках", "Письмо от 3 февраля
    2022г. пришло …")."""
    heading = _DATED_HEADING.match(line)
    if heading is None:
        return None
    found = _day(prepare(line), heading.end(), len(line), options, lang)
    if found is None or found[1] != heading.end():
        return None
    mark = _YEAR_MARK.match(line, found[2])
    end = mark.end() if mark is not None else found[2]
    closed = not line[end:].strip() or _STOP_BEFORE_CAPITAL.match(line, end) is not None
    return found if closed else None


def _day(line: Line, start: int, end: int, options: Options, lang: str | None) -> _Day | None:
    """The day read between ``start`` and ``end`` of the line, and where it is in the line:
    a date alone, as an issue prints it (a match's number beside its day and kick-off time,
    "Match No. 12 – 14.05.2024 19:00", is an event's)."""
    reading = read_segment(line, start, end, context(options, lang))
    if reading.value is None or reading.shape != "date":  # an issue's day has no clock time
        return None
    first = start + min(a for a, _ in reading.spans)
    last = start + max(b for _, b in reading.spans)
    return reading, first, last


def _run(text: str, start: int, chars: str) -> int:
    """How many of ``chars`` follow one another in the text from ``start``."""
    return len(text[start:]) - len(text[start:].lstrip(chars))


def print_page_days(datelines: Sequence[Dateline], lines: Sequence[str]) -> frozenset[int]:
    """The positions among ``datelines`` of the unlabelled days (no clock time) over a print
    page's number, the next line of text ("Harbor Standard - 2024 October 3 - Thursday" /
    "Page 1"), or over an issue's number alone ("14 марта 2006 г." / "№ 21", a paper's
    masthead, the only day of the page over one: a list of issues prints each issue's day over
    its number): an e-paper page's header, the issue's day, the page's publication as though
    labelled. A pager's "Page 1 of 38" is no print page.

    >>> from normalize.timestamps import find_datelines
    >>> lines = ["Tuesday, March 12, 2002", "", "Page 1", "", "Judge faces misconduct charges"]
    >>> sorted(print_page_days(find_datelines("\\n".join(lines), lang="en"), lines))
    [0]
    >>> lines[2] = "No. 21"
    >>> sorted(print_page_days(find_datelines("\\n".join(lines), lang="en"), lines))
    [0]
    >>> lines[3:3] = ["March 5, 2002", "No. 20"]
    >>> sorted(print_page_days(find_datelines("\\n".join(lines), lang="en"), lines))
    []
    """
    found: set[int] = set()
    issues: set[int] = set()
    for order, item in enumerate(datelines):
        if item.role or item.reading.shape != "date":
            continue
        under = lines_under(lines, item.line, 1)
        below = lines[under[0]] if under else ""
        if _is_print_page(below):
            found.add(order)
        elif _NUMBER.fullmatch(below.strip()) is not None:
            issues.add(order)
    return frozenset(found | issues if len(issues) == 1 else found)


def _is_print_page(line: str) -> bool:
    """Whether a line is a print page's number alone: "Page 1", "PAGE 12"."""
    word, _, number = line.strip().partition(" ")
    digits = number.isascii() and number.isdigit() and len(number) <= _PAGE_DIGITS
    return word.lower() == _PAGE_WORD and digits


def lone_head_day(
    datelines: Sequence[Dateline], lines: Sequence[str], near: int | None
) -> frozenset[int]:
    """The position among ``datelines`` of the page's only readable one when it is a day alone
    (no clock time, unlabelled) at most ``_LONE_REACH`` lines above the headline (line
    ``near``), its line naming no weekday and holding at most ``_LONE_WORDS`` words beside it:
    the article's day over its title, as though labelled. A today widget names the day of the
    week; a screenshot's file name or a widget's "data for" sentence has more words.

    >>> from normalize.timestamps import find_datelines
    >>> lines = ["2023년 12월 17일", "사람과교회", "전체기사 지난 연재 기사", "성탄 준비"]
    >>> sorted(lone_head_day(find_datelines("\\n".join(lines), lang="ko"), lines, 3))
    [0]
    >>> lines[0] = "Sunday, December 17, 2023"
    >>> sorted(lone_head_day(find_datelines("\\n".join(lines), lang="en"), lines, 3))
    []
    """
    readable = [order for order, item in enumerate(datelines) if item.reading.value is not None]
    if near is None or len(readable) != 1:
        return frozenset()
    item = datelines[readable[0]]
    if item.role or item.reading.shape != "date" or not 0 < near - item.line <= _LONE_REACH:
        return frozenset()
    low = prepare(lines[item.line]).low
    if grammar().weekday.search(low):
        return frozenset()
    months = grammar().months
    words = [word for word in _WORD.findall(low) if not _DIGIT.search(word) and word not in months]
    return frozenset(readable) if len(words) <= _LONE_WORDS else frozenset()


# The lines with text under the headline where its byline stands.
_BYLINE_BELOW: Final = 2
# What follows a byline's date: "by" and the writer's name, a capital ("… 2021 by Wren …").
_BY_NAME: Final = regex.compile(r"[ ,]*(?:by|By|BY)[ ]+\p{Lu}")


def bylined_day(
    datelines: Sequence[Dateline], lines: Sequence[str], near: int | None
) -> frozenset[int]:
    """The positions among ``datelines`` of the unlabelled ones on one of the first
    ``_BYLINE_BELOW`` lines with text under the headline (line ``near``) that a writer's name
    follows after "by" (see `_BY_NAME`): the byline's date, the article's, as though labelled.

    >>> from normalize.timestamps import find_datelines
    >>> lines = ["Log: the board's long night", "", "June 18, 2018 by Ana Roe", "Posts."]
    >>> sorted(bylined_day(find_datelines("\\n".join(lines), lang="en"), lines, 0))
    [0]
    >>> lines[2] = "June 18, 2018 by the river"
    >>> sorted(bylined_day(find_datelines("\\n".join(lines), lang="en"), lines, 0))
    []
    """
    if near is None:
        return frozenset()
    under = lines_under(lines, near, _BYLINE_BELOW)
    found: set[int] = set()
    for order, item in enumerate(datelines):
        if item.role or item.line not in under or not item.reading.spans:
            continue
        last = max(end for _, end in item.reading.spans)
        if _BY_NAME.match(lines[item.line], last):
            found.add(order)
    return frozenset(found)
