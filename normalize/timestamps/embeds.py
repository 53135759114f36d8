"""The day of a post embedded inside a story: the embed code of a social post prints its
text, then a line that names its author and its day ("Posted by Harbour Bakery on Thursday,
May 2, 2024"), deep in the story's body with the story's paragraphs around it. The day is the
post's, not the story's; the caller that knows the headline marks it as another thing's."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice

from normalize.timestamps.datelines import Dateline
from normalize.timestamps.elsewhere import HEAD_BELOW, is_story_paragraph

# How many lines of text after the post's line are looked at for the story going on: the
# post's caption may stand between.
_STORY_AFTER = 2


def embedded_post_days(
    datelines: Sequence[Dateline], lines: Sequence[str], near: int | None
) -> frozenset[int]:
    """The positions among ``datelines`` of the days labelled as published (no clock time)
    further below the headline (line ``near``) than its head, with a story's paragraph (see
    `is_story_paragraph`) between the headline and them and in one of the two lines of text
    after them: an embedded post's own line inside the story, not the article's day. A day
    labelled in the head, or one closing the story (a blog's post line at its foot), is not one.

    >>> from normalize.timestamps import find_datelines
    >>> story = "The bakery on the quay reopened after a long winter of repairs to its ovens."
    >>> lines = ["Bakery reopens", *[""] * 6, story, "Fresh loaves are out",
    ...          "Posted by Quay Bakery on Friday, May 3, 2024", story]
    >>> sorted(embedded_post_days(find_datelines("\\n".join(lines), lang="en"), lines, 0))
    [0]
    """
    if near is None:
        return frozenset()
    found: set[int] = set()
    for order, item in enumerate(datelines):
        if item.role != "published" or item.reading.shape != "date":
            continue
        if item.line - near <= HEAD_BELOW or item.line >= len(lines):
            continue
        before = any(map(is_story_paragraph, lines[near + 1 : item.line]))
        after = islice(filter(str.strip, lines[item.line + 1 :]), _STORY_AFTER)
        if before and any(map(is_story_paragraph, after)):
            found.add(order)
    return frozenset(found)
