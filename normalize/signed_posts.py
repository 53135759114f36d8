"""A blog's category or a site's section printed over a signed post's title: a blog prints the
post's category or its own name on top ("Garden notes/Tools", "My corner"), a town's site the
name of its news section ("Around the Harbour"), the post's title under it, and right under the
title its signature, its writer's name or a note with its day ("by Mira 2020. 2. 22.", "This
entry was posted on May 3, 2021"). The line touching the signature is the post's title; the
short line above it is the blog's or the site's label, which the post echoes less than its
title: its story is about the title's subject, not the category's. A news page's headline over
its deck and byline is echoed by its story at least as much as the deck, or half its words at
least however much more the deck is, and is left alone.

The headline chooser (``normalize.headline``) reads this as the label's ``machinery`` signal,
and the title is then no deck of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from normalize.heads import Candidate

# A blog's or a site's label holds this many words at most ("Around the Harbour").
_LABEL_WORDS: Final = 5
# A label's story echoes less than this share of its words; a short news headline over its deck
# and byline is echoed half at least, however much more its deck is.
_LABEL_ECHO: Final = 0.5


def mark_post_label(candidates: Sequence[Candidate], dated: Sequence[int]) -> None:
    """Marks the page's first candidate a label (``machinery``) and clears the second's
    ``deck`` when the second stands right under the first and right above a dateline or a
    byline (``dated``, places among the lines with text), holds no date itself, is no item,
    and the page echoes it more than the first, a line of ``_LABEL_WORDS`` at most and no
    sentence whose words the page echoes less than ``_LABEL_ECHO``.

    >>> signals = {"echo": 0.2, "sentence": 0.0, "deck": 0.0, "machinery": 0.0}
    >>> heads = [Candidate(0, 0, "Garden notes/Tools", "", dict(signals)),
    ...          Candidate(1, 1, "Thirty days with one spade", "", signals | {"echo": 0.6,
    ...                    "deck": 1.0, "feed_item": 0.0})]
    >>> mark_post_label(heads, [2])
    >>> heads[0].signals["machinery"], heads[1].signals["deck"]
    (1.0, 0.0)
    >>> heads[1].signals["echo"] = 0.2  # echoed no more than the line above: its deck
    >>> heads[0].signals["machinery"] = 0.0
    >>> mark_post_label(heads, [2])
    >>> heads[0].signals["machinery"]
    0.0
    >>> heads[0].signals["echo"], heads[1].signals["echo"] = 0.5, 0.8  # a headline over its deck
    >>> mark_post_label(heads, [2])
    >>> heads[0].signals["machinery"]
    0.0
    """
    if len(candidates) < 2:
        return
    label, title = candidates[0], candidates[1]
    signed = (
        title.order == label.order + 1
        and title.order + 1 in dated
        and title.order not in dated
        and len(label.text.split()) <= _LABEL_WORDS
        and not label.signals["sentence"]
        and not title.signals["feed_item"]
        and label.signals["echo"] < _LABEL_ECHO
        and title.signals["echo"] > label.signals["echo"]
    )
    if signed:
        label.signals["machinery"] = 1.0
        title.signals["deck"] = 0.0
