"""A list's heads that each carry their own date glued to their last word, as a tag or section
page scraped without its markup prints its items ("<head>11.02.23" over its teaser). An
article's headline carries no date glued so, and a page printing two such heads is a list:
none of them is its headline."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from normalize.heads import Candidate

# A numeric date glued to the word it closes (a letter, maybe a closing mark, then the date,
# no space), closing the line: "гриппа11.02.23", "vote.2023-03-15".
_GLUED_DATE: Final = regex.compile(
    r"\p{L}[.!?\"'”’»)]?(?:\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2})\s*$"
)


def stamped_items(candidates: list[Candidate], texts: Sequence[str]) -> set[int]:
    """The lines of the candidates whose lines each close with a date glued to their last
    word, when two different ones or more do: a list's items. ``texts`` are the page's lines
    with text, in order.

    >>> texts = ["Ferry fares rise on island routes02.05.24", "Fares rise by a tenth in May.",
    ...          "Night buses return to the old town01.05.24", "The buses are back after a year."]
    >>> heads = [Candidate(k, k, texts[k][:-8], texts[k][:-8].lower(), {}) for k in (0, 2)]
    >>> sorted(stamped_items(heads, texts))
    [0, 2]
    >>> sorted(stamped_items(heads[:1], texts))
    []
    """
    glued = [c for c in candidates if _GLUED_DATE.search(texts[c.order])]
    return {c.line for c in glued} if len({c.key for c in glued}) > 1 else set()
