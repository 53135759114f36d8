"""The date of today a site prints atop a page: a day alone on the first line of a page without
a headline, over the site's town and country ("Tamale, Ghana"), is the site's widget, not a
story's date; so is a day alone right above a headline that prints a day alone of its own under
it, below its credit or byline line, and a day among the headline's own words over such a day
("… update 3 June 2022" over "2 June 2022"), and a day alone right above a headline that the
page prints again lower, dated under that copy no later. The caller that knows where the
headline is marks them as another thing's."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timedelta
from typing import Final

import regex

from normalize.timestamps.country import names_town_and_country
from normalize.timestamps.datelines import Dateline
from normalize.timestamps.grammar import grammar
from normalize.timestamps.lines import filled_lines, lines_under, prepare
from normalize.title_shapes import is_body_shaped

# A day alone at most this many lines above the headline (a blank between) stands where a
# blog's date header stands (see `choice`); the headline's own day stands on one of this many
# lines with text under it (right under it, or under its credit or byline line).
_ABOVE_HEAD: Final = 2
_UNDER_HEAD: Final = 2
# A site's today falls on the story's day or later: the story's time, less than a day after its
# midnight.
_DAY: Final = timedelta(days=1)
# What a day alone's line holds beside the day and a weekday: spaces and these marks.
_MARKS: Final = ",.|·()[]–—-"
# What opens a byline's line before its day: "by" and the writer's name, a word or two, maybe
# with an alias after a slash ("by Wren Abernathy 2021. 3. 16.", "by 물소리/청솔(靑松) 2019. 5.
# 10.").
_BY_NAME_BEFORE: Final = regex.compile(r"\s*(?:by|By|BY)[ ]+\S+(?:[ ]\S+)?[ ]+")
# "By" alone on the line under a headline, its byline split over two lines: the writer's name
# on the next one.
_BY_ALONE: Final = regex.compile(r"\s*(?:by|By|BY):?\s*")


def place_widget_days(
    datelines: Sequence[Dateline], lines: Sequence[str], near: int | None
) -> frozenset[int]:
    """The positions among ``datelines`` of the unlabelled days alone, with no clock time, on
    the first line of text of a page without a headline (``near`` is None) whose next line of
    text names a town and its country (see `names_town_and_country`): a site's date of today
    over its place, as a tag page or a section's front prints it ("March 3, 2026" /
    "Tamale, Ghana" / a tag's name / teasers). A story's day heads its text instead.

    >>> from normalize.timestamps import find_datelines
    >>> lines = ["March 3, 2026", "Tamale, Ghana", "", "Market Traders", "Business"]
    >>> sorted(place_widget_days(find_datelines("\\n".join(lines), lang="en"), lines, None))
    [0]
    """
    filled = filled_lines(lines)
    if near is not None or len(filled) < 2 or not names_town_and_country(lines[filled[1]]):
        return frozenset()
    return frozenset(
        order
        for order, item in enumerate(datelines)
        if not item.role and item.line == filled[0] and item.reading.shape == "date"
    )


def today_over_head(
    datelines: Sequence[Dateline], lines: Sequence[str], near: int | None
) -> frozenset[int]:
    """The positions among ``datelines`` of the unlabelled days alone, with no clock time, each
    alone on its line (a weekday and marks beside it at most) at most ``_ABOVE_HEAD`` lines
    above the headline (line ``near``), when another such day stands alone on one of the
    first ``_UNDER_HEAD`` lines with text under the headline: the site's date of today over
    the title, the article's own day under it (a college paper's "Sunday" / "October 13,
    2024" over a story dated under its news service's name), when the day above is none
    before it: a site's today is never earlier than its stories. Without a day of its own
    under it, or under it a later day than the one above (the day an event falls on, under a
    notice's byline), a day right above a post's title is a blog's date header, the post's day.

    >>> from normalize.timestamps import find_datelines
    >>> lines = ["Sunday", "", "October 13, 2024", "", "Ferry fares rise", "",
    ...          "Harbor News Service", "", "April 29, 2016", "", "Fares rise, the operator said."]
    >>> sorted(today_over_head(find_datelines("\\n".join(lines), lang="en"), lines, 4))
    [0]
    >>> lines[8] = "Posted by the harbor office"
    >>> sorted(today_over_head(find_datelines("\\n".join(lines), lang="en"), lines, 4))
    []
    """
    if near is None:
        return frozenset()
    own = _own_days(datelines, lines, near)
    if not own:
        return frozenset()
    earliest = min(own)
    return _alone_above(datelines, lines, near, lambda value: value >= earliest)


def day_in_title(
    datelines: Sequence[Dateline], lines: Sequence[str], near: int | None
) -> frozenset[int]:
    """The positions among ``datelines`` of the unlabelled days, with no clock time, among the
    words of the headline's own line (line ``near``), when a day stands alone on one of the
    first ``_UNDER_HEAD`` lines with text under it: the title's words ("Bin rounds change,
    update 3 June 2022" over "2 June 2022"), the article's own day under it.

    >>> from normalize.timestamps import find_datelines
    >>> lines = ["", "Ferry timetable update 3 June 2022", "", "2 June 2022", "", "Fares rise."]
    >>> sorted(day_in_title(find_datelines("\\n".join(lines), lang="en"), lines, 1))
    [0]
    >>> lines[3] = "By the harbour office"
    >>> sorted(day_in_title(find_datelines("\\n".join(lines), lang="en"), lines, 1))
    []
    """
    if near is None or not _own_days(datelines, lines, near):
        return frozenset()
    return frozenset(
        order
        for order, item, _ in _days(datelines)
        if item.line == near and not _stands_alone(item, lines[item.line])
    )


def today_over_copy(
    datelines: Sequence[Dateline], lines: Sequence[str], near: int | None
) -> frozenset[int]:
    """The positions among ``datelines`` of the unlabelled days alone, with no clock time, each
    alone on its line (a weekday and marks beside it at most) at most ``_ABOVE_HEAD`` lines
    above the headline (line ``near``), when the page prints the headline's line again lower
    and a readable time stands on one of the first ``_UNDER_HEAD`` lines with text under that
    copy, on the day above or before it: the site's date of today over the title at the top,
    the article's own time under its copy in the article's head lower down ("Thursday, 12
    December 2024" / title / menu lines / title / "4 November 2024 09:40  Views: 31"). A copy
    dated after the day above is another story's; so is one under a line of the body
    (``is_body_shaped``): a teaser of the series' last story, under the article's body.

    >>> from normalize.timestamps import find_datelines
    >>> lines = ["Thursday, 12 December 2024", "Ferry fares rise", "", "Contact us", "",
    ...          "Ferry fares rise", "", "4 November 2024 09:40   Views: 31", "", "Fares rise."]
    >>> sorted(today_over_copy(find_datelines("\\n".join(lines), lang="en"), lines, 1))
    [0]
    >>> lines[3] = "Fares rise by a tenth on all the island routes from Monday."
    >>> sorted(today_over_copy(find_datelines("\\n".join(lines), lang="en"), lines, 1))
    []
    >>> lines[3], lines[5] = "Contact us", "Ferry fares fall"
    >>> sorted(today_over_copy(find_datelines("\\n".join(lines), lang="en"), lines, 1))
    []
    """
    if near is None or not lines[near].strip():
        return frozenset()
    head, under = lines[near].strip(), set[int]()
    for copy in range(near + 1, len(lines)):
        line = lines[copy].strip()
        if line == head:
            under.update(lines_under(lines, copy, _UNDER_HEAD))
        elif is_body_shaped(line):
            break  # the article's body: a copy under it is a teaser's, another story's
    own = [
        item.reading.value
        for item in datelines
        if item.role in ("", "published") and item.line in under and item.reading.value
    ]
    if not own:
        return frozenset()
    earliest = min(own)
    return _alone_above(datelines, lines, near, lambda value: value + _DAY > earliest)


def _alone_above(
    datelines: Sequence[Dateline],
    lines: Sequence[str],
    near: int,
    dated: Callable[[datetime], bool],
) -> frozenset[int]:
    """The positions among ``datelines`` of the unlabelled days alone on their lines (see
    `_stands_alone`) at most ``_ABOVE_HEAD`` lines above the headline (line ``near``) whose
    values ``dated`` accepts: the site's date of today over the title."""
    return frozenset(
        order
        for order, item, value in _days(datelines)
        if 0 < near - item.line <= _ABOVE_HEAD
        and dated(value)
        and _stands_alone(item, lines[item.line])
    )


def _own_days(datelines: Sequence[Dateline], lines: Sequence[str], near: int) -> list[datetime]:
    """The values of the days alone (see `_stands_alone`), or on a byline's line after "by" and
    the writer's name (see `_follows_by_name`), on the first ``_UNDER_HEAD`` lines with text
    under the headline (line ``near``): the article's own day, under its credit or byline line
    at most; a byline split over two lines, "By" alone and the name under it (see `_BY_ALONE`),
    is one line of them ("By" / "School Board" / "March 10, 2023")."""
    under = lines_under(lines, near, _UNDER_HEAD + 1)
    if not under or not _BY_ALONE.fullmatch(lines[under[0]]):
        under = under[:_UNDER_HEAD]
    return [
        value
        for _, item, value in _days(datelines)
        if item.line in under
        and (_stands_alone(item, lines[item.line]) or _follows_by_name(item, lines[item.line]))
    ]


def _days(datelines: Sequence[Dateline]) -> Iterator[tuple[int, Dateline, datetime]]:
    """The unlabelled days with no clock time among ``datelines``: their positions, the
    datelines and their values."""
    for order, item in enumerate(datelines):
        value = item.reading.value
        if not item.role and item.reading.shape == "date" and value is not None:
            yield order, item, value


def _stands_alone(item: Dateline, line: str) -> bool:
    """Whether the dateline's line holds nothing but its day, a weekday and marks."""
    rest, at = [], 0
    for start, end in sorted(item.reading.spans):
        rest.append(line[at:start])
        at = max(at, end)
    rest.append(line[at:])
    left = grammar().weekday.sub("", prepare(" ".join(rest)).low)
    return all(char.isspace() or char in _MARKS for char in left)


def _follows_by_name(item: Dateline, line: str) -> bool:
    """Whether the dateline's day follows "by" and the writer's name, a word or two, opening its
    line ("by Wren Abernathy 2021. 3. 16.", "by 물소리/청솔(靑松) 2019. 5. 10."): a byline's day.

    >>> from normalize.timestamps import find_datelines
    >>> line = "by Wren/Heron 2019. 5. 10."
    >>> [_follows_by_name(item, line) for item in find_datelines(line, lang="ko")]
    [True]
    >>> line = "by the old harbour wall 2019. 5. 10."
    >>> [_follows_by_name(item, line) for item in find_datelines(line, lang="ko")]
    [False]
    """
    if not item.reading.spans:
        return False
    first = min(start for start, _ in item.reading.spans)
    return _BY_NAME_BEFORE.fullmatch(line, 0, first) is not None
