"""A second story's head: a page that prints a story without its headline, then another story
under its own head. That head stands below the first story's paragraphs, none of which shares
a word with it, and heads its own lead: the page's headline was lost, and it is no substitute."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from normalize.heads import Candidate
from normalize.page import echo_words

# The story above is this many paragraphs at least: a notice or a teaser above a headline is
# fewer.
_STORY_PARAGRAPHS: Final = 3


def later_story_heads(
    candidates: Sequence[Candidate], texts: Sequence[str], body: Sequence[int]
) -> set[int]:
    """The lines of candidates that head a later story (``body`` holds the ranks of the page's
    paragraphs among ``texts``): ``_STORY_PARAGRAPHS`` paragraphs at least above it, none
    sharing a word (``echo_words``) with it, and a paragraph right under it that does, its own
    lead.

    >>> texts = ["A barge with three turbine blades reached the port after a long tow.",
    ...          "The blades were lifted onto rail cars for the trip inland on Monday.",
    ...          "Port officials say eleven more loads are due before the autumn.",
    ...          "Ferry back on the upper river",
    ...          "The upper river ferry is back in service after a week of repairs."]
    >>> head = Candidate(3, 3, texts[3], "", {})
    >>> later_story_heads([head], texts, [0, 1, 2, 4])
    {3}
    >>> texts[2] = "Port officials say the ferry will carry some of the crews."
    >>> later_story_heads([head], texts, [0, 1, 2, 4])
    set()
    """
    read: dict[int, set[str]] = {}

    def paragraph_words(rank: int) -> set[str]:
        """The paragraph's echo words, each paragraph's read once."""
        if rank not in read:
            read[rank] = echo_words(texts[rank])
        return read[rank]

    found: set[int] = set()
    for candidate in candidates:
        above = [rank for rank in body if rank < candidate.order]
        if len(above) < _STORY_PARAGRAPHS or candidate.order + 1 not in body:
            continue
        words = echo_words(candidate.text)
        if words & paragraph_words(candidate.order + 1) and not any(
            words & paragraph_words(rank) for rank in above
        ):
            found.add(candidate.line)
    return found
