"""A page of teasers: every paragraph of it is cut short by an ellipsis, as a listing, an
archive or a tag's page prints the first lines of each story under its head ("Volunteers are
needed to lead the crafts..."). An article prints its paragraphs whole, its lead at least.
Such a page has no headline of its own: each head on it is one teaser's.

The headline chooser (``normalize.headline``) reads this as the page's items.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from normalize.heads import Candidate
from normalize.titles import is_body_shaped

# A page of teasers prints this many paragraphs at least, each cut short.
_TEASERS: Final = 2
# What cuts a teaser short: an ellipsis closing its paragraph.
_ELLIPSES: Final = ("...", "…")


def cut_teaser_items(candidates: Sequence[Candidate], texts: Sequence[str]) -> set[int]:
    """The lines of every candidate when every paragraph of the page (a line of ``texts``, its
    lines with text, of a paragraph's shape: ``is_body_shaped``), two at least, closes with an
    ellipsis.

    >>> texts = ["Camp returns in July",
    ...          "Our summer camp returns this July for children who have finished school...",
    ...          "Choir needs new voices",
    ...          "The parish choir is looking for new voices for the autumn and the carols..."]
    >>> heads = [Candidate(order, order, texts[order], "", {}) for order in (0, 2)]
    >>> sorted(cut_teaser_items(heads, texts))
    [0, 2]
    >>> cut_teaser_items(heads, [*texts[:3], "The parish choir needs new voices this autumn."])
    set()
    """
    return {candidate.line for candidate in candidates} if _cuts_every_paragraph(texts) else set()


def _cuts_every_paragraph(texts: Sequence[str]) -> bool:
    """Whether every paragraph of the page, two at least, closes with an ellipsis; the first
    paragraph printed whole ends the search."""
    cut = 0
    for text in texts:
        if not is_body_shaped(text):
            continue
        if not text.rstrip().endswith(_ELLIPSES):
            return False
        cut += 1
    return cut >= _TEASERS
