"""A blog's date header over its post's title: Blogger and its kind print the day of a day's
posts as a header of its own, the weekday spelled out ("Saturday, August 18, 2012", "четверг,
26 августа 2010 г.", "2012년 8월 18일 토요일"), and the post's title on the next line. That line
is the title however the blogger ended it: a full stop, a colon, an ellipsis, small letters
("Harbour notes, revised.", "a few words on the old mill:"), which elsewhere would read as a
sentence or a label's lead-in. The header opens the page (no candidate above it) and is its
only one: a blog's front page prints a header over each day's posts, whose titles are items,
and an article's weekday date under its headline stands over a lead, no title. A header gives
the day alone: a site's clock of today prints its time ("14 февраля 2024, среда, 10:21") or its
weekday in brackets ("최종편집 2023-11-19(일)"), and what stands under it is the site's menu or
its name. A longer line under the header is the post's first paragraph, and a listing's or a
digest's first head (``listing``, ``feed_item``) is one of its items, no post's title.

The headline chooser (``normalize.headline``) reads this as one of a candidate's signals.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from normalize.heads import Candidate
from normalize.timestamps.grammar import grammar
from normalize.timestamps.lines import prepare

# A date header holds this many words at most ("четверг, 26 августа 2010 г.").
_HEADER_WORDS: Final = 6
# A post's title under it holds this many words at most; a longer line is its first paragraph.
_TITLE_WORDS: Final = 12
# A candidate giving one of these signals is no post's title: machinery, an item, a listing's.
_NO_TITLE: Final = ("machinery", "site", "listing", "feed_item")
# A clock time or a bracket: a site's clock of today, no date header.
_CLOCK_OR_BRACKET: Final = regex.compile(r"\d[:.]\d\d|[(\[]")


def mark_post_title(
    candidates: Sequence[Candidate], texts: Sequence[str], dated: Sequence[int]
) -> None:
    """Give every candidate its ``dated_post`` signal: 1.0 for the post's title right under the
    page's one date header (see the module), 0.0 for the others. The title reads as no sentence
    and no line in small letters; one held short (a title of a word or two with no post right
    below it: ``length``) is left to its length, and gets no ``dated_post``. ``texts`` are the
    page's lines with text, ``dated`` the places among them of its datelines.

    >>> texts = ["Saturday, August 18, 2012", "Harbour notes, revised.", "We sailed at dawn."]
    >>> heads = [Candidate(1, 1, texts[1], "", {"sentence": 1.0, "machinery": 0.0})]
    >>> mark_post_title(heads, texts, [0])
    >>> heads[0].signals
    {'sentence': 0.0, 'machinery': 0.0, 'lower_case': 0.0, 'dated_post': 1.0}
    >>> mark_post_title(heads, ["Harbour notes, revised.", "Saturday, August 18, 2012"], [1])
    >>> heads[0].signals["dated_post"]
    0.0
    """
    headers = [rank for rank in dated if 0 <= rank < len(texts) and _is_header(texts[rank])]
    title = headers[0] + 1 if len(headers) == 1 else None
    opens = title is not None and all(candidate.order >= title for candidate in candidates)
    for candidate in candidates:
        posted = (
            opens
            and candidate.order == title
            and len(texts[candidate.order].split()) <= _TITLE_WORDS
            and not any(candidate.signals.get(name) for name in _NO_TITLE)
        )
        if posted:
            candidate.signals.update(sentence=0.0, lower_case=0.0)
        # a title held short (two words, no post right below) is left to its length
        short = candidate.signals.get("length", 0.0) < 0
        candidate.signals["dated_post"] = float(posted and not short)


def _is_header(text: str) -> bool:
    """Whether a dateline's line is a date header: a few words, the weekday among them, no clock
    time and no bracket."""
    return (
        len(text.split()) <= _HEADER_WORDS
        and not _CLOCK_OR_BRACKET.search(text)
        and bool(grammar().weekday.search(prepare(text).low))
    )
