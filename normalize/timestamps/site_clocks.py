"""A site's clock at the very top of a page: its date and time of today over the headline
(with the day of the week), or over a page without one, is the site's, not the article's time.
The caller that knows the headline marks them as another thing's."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Final

import regex

from normalize.record_fields import is_field
from normalize.timestamps.datelines import Dateline
from normalize.timestamps.elsewhere import is_story_paragraph
from normalize.timestamps.grammar import grammar
from normalize.timestamps.labels import opens_with_line_label
from normalize.timestamps.lines import lines_under, prepare
from normalize.timestamps.run_on import runs_on_to_head
from normalize.timestamps.tickers import beside_rates

# A site's clock stands at the very top of its page: at most this many lines of text above it
# (a search box's label, a city's name), each of at most this many words; a line of a
# headline's length above a date is the article's head, the date its own. Two lines of names
# (letters alone: a channel's and its city's) may stand there, no field of metadata ("ID :").
_CLOCK_TOP: Final = 1
_CLOCK_LABEL_WORDS: Final = 3
_NAMES_TOP: Final = 2
_NAME_LINE: Final = regex.compile(r"[\p{L} ]+")
# A run of letters, and one of Cyrillic letters alone.
_LETTERS: Final = regex.compile(r"\p{L}+")
_CYRILLIC_WORD: Final = regex.compile(r"\p{Cyrillic}+")


def site_clocks(
    datelines: Sequence[Dateline], lines: Sequence[str], near: int | None, widgets: Collection[int]
) -> frozenset[int]:
    """The positions among ``datelines`` of the unlabelled dates with a clock time whose line
    names the day of the week, at the very top of the page (at most ``_CLOCK_TOP`` lines of
    text above them, or ``_NAMES_TOP`` lines of names, a label's few words each) and above the
    headline (line ``near``) or on a page without one: the site's clock of today ("Tue, March
    14, 2023 | 18:05", "Среда, 12 март 2025, 08:14", "UPDATE 2025-10-19 09:14 (Sun)"), not
    the article's time. An article
    prints its own date, time and weekday under its headline (even one the chooser did not
    take) or among the fields of its metadata, and a blog's date header above a post's title
    gives the day alone. On a page without a headline, a day alone with its weekday there is
    the site's date of today too ("Saturday, May 10, 2025" over a topic's or an archive's
    labels) unless it heads a story (see `_heads_story`): a digest's day over its first item.
    A day alone with its weekday in brackets after it ("2024년 11월 8일(금)", "4 мая 2023 (чт)")
    is that date of today above a headline too: a post's date header spells its weekday out.
    A date and clock time there beside a ticker's rates (see `beside_rates`) is the ticker's,
    and a modification time there with its weekday in brackets, or under a line's label
    ("UPDATE : 2021.11.4 목 18:02" over a paper's list of articles), the site's last update.
    An unlabelled date and clock time that is the page's very first line of text, right over
    the headline or a story's paragraph, its weekday spelled out, is the article's stamp (see
    `_opens_page_over_head`): a site's clock stands under a line of the site's bar or over
    more of it.
    A stamp whose closing pipe runs on to the line right over the headline is the article's,
    unless that line is one of the page's widgets (``widgets``, their lines; see
    `runs_on_to_head`).

    >>> from normalize.timestamps import find_datelines
    >>> lines = ["search", "Tue, March 14, 2023 | 18:05", "Harbor board approves fares", "It"]
    >>> sorted(site_clocks(find_datelines("\\n".join(lines), lang="en"), lines, 2, ()))
    [0]
    >>> sorted(site_clocks(find_datelines("\\n".join(lines[1:]), lang="en"), lines[1:], 1, ()))
    []
    >>> lines = ["Harbor board approves fares", "Tue, March 14, 2023 | 18:05", "It voted."]
    >>> sorted(site_clocks(find_datelines("\\n".join(lines), lang="en"), lines, None, ()))
    []
    >>> lines = ["Saturday, May 10, 2025", "More", "", "TOPIC SEARCH: bridges", "", "Teaser"]
    >>> sorted(site_clocks(find_datelines("\\n".join(lines), lang="en"), lines, None, ()))
    [0]
    """
    filled = [index for index, line in enumerate(lines) if line]
    names = len(filled) > _NAMES_TOP and all(
        _NAME_LINE.fullmatch(lines[index]) for index in filled[:_NAMES_TOP]
    )
    reach = _NAMES_TOP if names else _CLOCK_TOP
    top = filled[reach] if len(filled) > reach else len(lines)
    headed = [index for index in filled[:reach] if len(lines[index].split()) > _CLOCK_LABEL_WORDS]
    found: set[int] = set()
    for order, item in enumerate(datelines):
        # a labelled time is the site's only as its last update: "UPDATED. 2021-06-02 07:05 (수)",
        # "UPDATE : 2021.11.4 목 18:02"
        updated = item.role == "modified" and (
            _weekday_in_brackets(lines[item.line]) or opens_with_line_label(lines[item.line])
        )
        if item.line > top or (item.role and not updated):
            continue
        today = item.reading.shape == "date" and (
            (near is None and not _heads_story(lines, item.line))
            or _weekday_in_brackets(lines[item.line])
        )
        if item.reading.shape != "full" and not today:
            continue
        if any(index < item.line for index in headed) or _under_named_field(lines, item.line):
            continue
        if near is not None and (
            item.line >= near or runs_on_to_head(lines, item.line, near, widgets)
        ):
            continue
        quoted = item.reading.shape == "full" and beside_rates(lines, item.line)
        if not quoted and _opens_page_over_head(item, lines, filled, near):
            continue
        if quoted or grammar().weekday.search(prepare(lines[item.line]).low):
            found.add(order)
    return frozenset(found)


def _opens_page_over_head(
    item: Dateline, lines: Sequence[str], filled: Sequence[int], near: int | None
) -> bool:
    """Whether an unlabelled date and clock time is the page's very first line of text, right
    over its headline (line ``near``, the next line with text) or, on a page without one, over
    a story's paragraph (see `_heads_story`), its weekday spelled out rather than in brackets
    after the day ("Tue, 07 Mar, 2023 - 12:30" opening the page, then the title): the
    article's own stamp. A site's clock stands in its bar, under a line of the site's (a search
    box's label, a city's name) or over more of it (a menu, a sign-in link), prints the weekday
    in brackets ("2025-03-11 20:14 (화)") or spells the month as a program does, its name alone
    (see `_month_as_a_name`)."""
    over = lines_under(lines, item.line, 1)
    return (
        (over == [near] if near is not None else _heads_story(lines, item.line))
        and not item.role
        and item.reading.shape == "full"
        and item.line == filled[0]
        and not _weekday_in_brackets(lines[item.line])
        and not _month_as_a_name(lines[item.line])
    )


def _month_as_a_name(line: str) -> bool:
    """Whether a line spells a month in Cyrillic other than in the genitive a date puts it in
    after its day, whose every Russian month ends in "а" or "я" ("12 марта 2025"): the month's
    name alone ("Среда, 12 март 2025, 08:14"), or cut short, as a program fills in its widget.

    >>> _month_as_a_name("Среда, 12 март 2025, 08:14"), _month_as_a_name("12 марта 2025, 08:14")
    (True, False)
    """
    months = grammar().months
    return any(
        word in months and _CYRILLIC_WORD.fullmatch(word) and word[-1] not in "ая"
        for word in _LETTERS.findall(line.lower())
    )


def _under_named_field(lines: Sequence[str], line: int) -> bool:
    """Whether the line of text right above a date is a field of the post's metadata naming
    someone or something in words, a label, a colon and a value with no figure ("이름:
    대종회", "Author: gardener"): the date is the next field of that post, its own day, not
    the site's clock; a counter's number there ("Visitors: 1,204") is the site's.

    >>> _under_named_field(["이름: 대종회", "2012/4/15(일)", "봄 시향 봉행"], 1)
    True
    >>> _under_named_field(["Visitors: 1,204", "Tue, March 14, 2023 | 18:05"], 1)
    False
    """
    above = next((lines[at] for at in range(line - 1, -1, -1) if lines[at].strip()), "")
    return is_field(above) and not any(char.isdecimal() for char in above)


def _weekday_in_brackets(line: str) -> bool:
    """Whether a line names a day of the week in brackets of its own, as a site's date of
    today prints it after the day ("2024년 11월 8일(금)", "4 мая 2023 (чт)"), where a blog's
    date header spells it out before the day ("Thursday, May 4, 2023").

    >>> _weekday_in_brackets("2024.11.08 (금)"), _weekday_in_brackets("Thursday, May 4, 2023")
    (True, False)
    """
    low = line.lower()
    return any(
        low[: found.start()].rstrip().endswith("(") and low[found.end() :].lstrip().startswith(")")
        for found in grammar().weekday.finditer(low)
    )


def _heads_story(lines: Sequence[str], line: int) -> bool:
    """Whether a line heads a story: the next line of text, or the one after it (an item's
    head between), is a story's paragraph (see `is_story_paragraph`), blank lines skipped."""
    return any(is_story_paragraph(lines[at]) for at in lines_under(lines, line, 2))
