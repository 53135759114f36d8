"""The day of a post embedded inside a story: the embed code of a social post prints its
text, then a line that names its author and its day ("Posted by Harbour Bakery on Thursday,
May 2, 2024"), deep in the story's body with the story's paragraphs around it. The day is the
post's, not the story's; the caller that knows the headline marks it as another thing's. A blog's
own "Posted by" line under its post's last paragraph, or an article's dateline under a deck and
its photograph, is the page's."""

from __future__ import annotations

from collections.abc import Sequence

from normalize.timestamps.datelines import Dateline
from normalize.timestamps.elsewhere import HEAD_BELOW, is_story_paragraph
from normalize.timestamps.lines import lines_under

# How many lines of text after the post's line are looked at for the story going on: a short
# line of the story may stand between.
_STORY_AFTER = 2
# How many of the story's paragraphs stand above the post's text at least: a story under way,
# not a deck over its photograph.
_STORY_BEFORE = 2


def embedded_post_days(
    datelines: Sequence[Dateline], lines: Sequence[str], near: int | None
) -> frozenset[int]:
    """The positions among ``datelines`` of the days labelled as published (no clock time)
    on a line naming its poster ("by"), further below the headline (line ``near``) than its
    head, right under a line of text that
    is no story's paragraph (see `is_story_paragraph`; the post's own text, unstopped), with two
    of the story's paragraphs above that and one in the two lines of text after them: an
    embedded post's own line inside the story, not the article's day. A day labelled in the
    head, one closing the story (a blog's post line at its foot), one right under the story's
    last paragraph (a blog's, over its readers' comments) or one under a deck and a caption
    alone is not one.

    >>> from normalize.timestamps import find_datelines
    >>> story = "The bakery on the quay reopened after a long winter of repairs to its ovens."
    >>> lines = ["Bakery reopens", *[""] * 5, story, story, "Fresh loaves are out",
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
        if "by" not in lines[item.line].lower().split():  # no poster named: a video's counters
            continue
        above = list(filter(str.strip, lines[near + 1 : item.line]))
        if not above or is_story_paragraph(above[-1]):  # a blog's post closing on its line
            continue
        before = sum(map(is_story_paragraph, above[:-1])) >= _STORY_BEFORE
        after = (lines[at] for at in lines_under(lines, item.line, _STORY_AFTER))
        if before and any(map(is_story_paragraph, after)):
            found.add(order)
    return frozenset(found)
