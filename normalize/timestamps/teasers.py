"""The dates of the teasers a page without a headline prints under its body: the next item's
date over its head and lead, or a "main news" block's teaser with its date under its lead.
Neither is the date of the body above them. The caller that knows the page has no headline
marks them as another thing's."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import pairwise
from typing import Final

import regex

from normalize.timestamps.datelines import Dateline
from normalize.timestamps.elsewhere import is_story_paragraph
from normalize.timestamps.lines import filled_lines

# A teaser's head: at most this many words, and no stop closing it.
_HEAD_WORDS: Final = 15
# A teaser's date line: the date, with at most a count or a label beside it.
_DATE_WORDS: Final = 4
_STOPS: Final = ".!?"
# A listing: at least this many teasers in a row, each head a title of this many words.
_LISTED: Final = 3
_TITLE_WORDS: Final = 3
# A count in a list item's frame: each item prints its own ("1 мин" / "2 мин", "3 comments").
_FIGURES: Final = regex.compile(r"\d+")


def teaser_dates(
    datelines: Sequence[Dateline], lines: Sequence[str], near: int | None
) -> frozenset[int]:
    """The position among ``datelines`` of the only unlabelled date of a page without a
    headline (``near`` is None) when it is a teaser's, not the body's: a short line of its
    own next to a teaser's head and lead, right over them ("03.11.2023 09:20" / "Choir turns
    sixty" / its lead) or right under them (a head, its lead, then "21-09-2023 4 comments"),
    with a paragraph of the body above the teaser. A body's own date under its last
    paragraph has no head beside it, and a page of several dates is left to the chooser's
    listing rules.

    >>> from normalize.timestamps import find_datelines
    >>> lead = "Road crews in Dunmere will close the north bridge for repairs until May, the "
    >>> lines = [lead + "county said on Monday in a short statement to residents.",
    ...          "03.11.2023 09:20", "Choir turns sixty",
    ...          "The town choir marked its sixtieth year with a concert that drew singers home."]
    >>> sorted(teaser_dates(find_datelines("\\n".join(lines), lang="en"), lines, None))
    [0]
    """
    found = _lone_date(datelines, lines, near)
    if found is None:
        return frozenset()
    order, filled, place = found
    line = filled[place]
    if len(lines[line].split()) > _DATE_WORDS:
        return frozenset()
    below, above = filled[place + 1 : place + 3], filled[max(place - 2, 0) : place]
    if _is_teaser(lines, below):
        start = line
    elif _is_teaser(lines, above):
        start = above[0]
    else:
        return frozenset()
    body = any(is_story_paragraph(lines[index]) for index in filled if index < start)
    return frozenset([order]) if body else frozenset()


def listing_days(
    datelines: Sequence[Dateline], lines: Sequence[str], near: int | None
) -> frozenset[int]:
    """The position among ``datelines`` of the only unlabelled date of a page without a
    headline (``near`` is None) when ``_LISTED`` teasers or more follow it in a row, each a
    head and its lead (see `_is_teaser`), right under its line: a day archive's or a writer's
    page's list of stories, whose day or whose site's today it is, no article's (see
    `_is_story_teaser`: a lead in small letters is a transcript's caption under its minute,
    "6:01 pm" / "good evening. …").

    >>> from normalize.timestamps import find_datelines
    >>> lead = "The town choir marked its sixtieth year with a concert that drew singers home."
    >>> lines = ["Harbour Digest | March 4, 2021", "Choir turns sixty", lead,
    ...          "Ferry fares stay frozen", lead, "Old pier reopens", lead]
    >>> sorted(listing_days(find_datelines("\\n".join(lines), lang="en"), lines, None))
    [0]
    """
    found = _lone_date(datelines, lines, near)
    if found is None:
        return frozenset()
    order, filled, place = found
    under = filled[place + 1 : place + 1 + 2 * _LISTED]
    pairs = [under[at : at + 2] for at in range(0, 2 * _LISTED, 2)]
    listed = all(_is_story_teaser(lines, pair) for pair in pairs)
    return frozenset([order]) if listed else frozenset()


def _lone_date(
    datelines: Sequence[Dateline], lines: Sequence[str], near: int | None
) -> tuple[int, list[int], int] | None:
    """The position among ``datelines`` of the only unlabelled date of a page without a
    headline (``near`` is None), the ranks of the page's lines with text, and the date's line's
    place among them; None on a page with a headline, with several such dates or none."""
    unlabelled = [order for order, item in enumerate(datelines) if not item.role]
    if near is not None or len(unlabelled) != 1:
        return None
    order = unlabelled[0]
    filled = filled_lines(lines)
    if datelines[order].line not in filled:
        return None
    return order, filled, filled.index(datelines[order].line)


def _is_story_teaser(lines: Sequence[str], pair: Sequence[int]) -> bool:
    """Whether two lines of text are a story's teaser (see `_is_teaser`) whose head is a
    title of ``_TITLE_WORDS`` words or more (a digest's item under its word, "seed-packets",
    is the post's own) and whose lead opens with no small letter."""
    return (
        _is_teaser(lines, pair)
        and len(lines[pair[0]].split()) >= _TITLE_WORDS
        and not _opens_small(lines[pair[1]])
    )


def _opens_small(text: str) -> bool:
    """Whether a line's first letter is a small one."""
    return next((char.islower() for char in text if char.isalpha()), False)


def _is_teaser(lines: Sequence[str], pair: Sequence[int]) -> bool:
    """Whether two lines of text are a teaser: a short head with no stop closing it, then a
    lead (see `is_story_paragraph`)."""
    if len(pair) != 2:
        return False
    head, lead = (lines[index].strip() for index in pair)
    return len(head.split()) <= _HEAD_WORDS and head[-1:] not in _STOPS and is_story_paragraph(lead)


def framed_dates(
    datelines: Sequence[Dateline], lines: Sequence[str], near: int | None
) -> frozenset[int]:
    """The positions among ``datelines`` of the unlabelled times of a page without a headline
    (``near`` is None) that are a list's items: two times whose lines are framed alike, the
    first line of text under one printing the same words as the first under the other ("9
    hours ago" / "- Sport", then "22-03-2025" / "- Sport"), each an item's with its section's
    tag, its figures aside, each item's own count ("1 min" under one, "2 min" under the next),
    and every unlabelled time from the first of them on (the last item, with no separator
    under it), whether each is read or not. A body's own date above the list stays.

    >>> from normalize.timestamps import find_datelines
    >>> lines = ["Stories tagged #harbour", "Coast Weekly", "3 hours ago", "- Sport",
    ...          "Rowers win the cup", "", "Bay Courier", "12-05-2024", "- Sport",
    ...          "Ferry crew rescues two kayakers"]
    >>> sorted(framed_dates(find_datelines("\\n".join(lines), lang="en"), lines, None))
    [0, 1]
    """
    if near is not None:
        return frozenset()
    filled = filled_lines(lines)
    under = {index: _FIGURES.sub("0", lines[after].strip()) for index, after in pairwise(filled)}
    unlabelled = [(order, item.line) for order, item in enumerate(datelines) if not item.role]
    framing = Counter(under[line] for line in {line for _, line in unlabelled} if line in under)
    framed = [line for _, line in unlabelled if line in under and framing[under[line]] > 1]
    if not framed:
        return frozenset()
    return frozenset(order for order, line in unlabelled if line >= framed[0])
