"""A numbered list on a page ("1. …" / "2. …": a site's box of sayings, a list of rules, the
steps of a notice): its items are neither a headline, though the cuts of ``titles`` take the
number off and leave a headline-long line, nor the article's paragraphs. A table of contents
numbers its lines at their end, each with its page's ("Введение. 1" / "Агрегация. 3"): its
lines are no headline either."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Final

import regex

from normalize.heads import Candidate

# A list number opening a line, then the item's words: "2. Batting is temporary …", or
# with no space after it, as a broadcast script numbers its captions ("2.가린 현수막"), or the
# opening mark of a quotation the item opens with ("3. «Never again», the keeper says").
_LIST_NUMBER: Final = regex.compile(r"^\s*([0-9]{1,2})[.)]\s*(?:\p{L}|\p{Pi}|[\"'„])")


# A page's number closing a line of a table of contents, after the entry's last word, a stop
# and a leader's dots maybe: "Агрегация. 3", "Harbour charges .... 12".
_PAGE_NUMBER: Final = regex.compile(r"\p{L}\p{P}?[ .]*[ ]([0-9]{1,3})\s*$")
# How many lines in a row closing with page numbers make a table of contents.
_CONTENTS_RUN: Final = 3


def contents_lines(texts: Sequence[str]) -> set[int]:
    """The ranks among the page's lines with text (``texts``) of a table of contents' lines:
    three or more in a row, each closing with its page's number, none lower than the one
    above, each entry's words other than the one's above (the same words before each number
    are a series' parts, "Round 1" / "Round 2", no table's entries).

    >>> texts = ["Tide tables explained", "Introduction. 1", "Reading a table. 2",
    ...          "Spring tides. 2", "Glossary. 5", "The tables list high and low water."]
    >>> sorted(contents_lines(texts))
    [1, 2, 3, 4]
    >>> contents_lines(["Pier reopens. 5", "Ferry late. 2", "Rain again. 7"])
    set()
    >>> contents_lines(["Round 1", "Round 2", "Round 3", "Vela leads after round 3"])
    set()
    """
    found: set[int] = set()
    run: list[int] = []
    last, entry = -1, ""
    for rank, text in enumerate(texts):
        page = _PAGE_NUMBER.search(text)
        number = int(page[1]) if page else -1
        named = text[: page.start(1)].rstrip(" .") if page else ""
        if number < 0 or number < last or named == entry:
            if len(run) >= _CONTENTS_RUN:
                found.update(run)
            run = []
        if number >= 0:
            run.append(rank)
        last, entry = number, named
    if len(run) >= _CONTENTS_RUN:
        found.update(run)
    return found


def in_numbered_list(texts: Sequence[str], at: int) -> bool:
    """Whether line ``at`` of the page's lines with text opens with a list number and the
    line right above it opens with the number before, or the one right below with the number
    after.

    >>> texts = ["1. Rain stops play more often than rain falls", "2. Tea is never cancelled",
    ...          "Rained Off Again at the Oval", "3. Not a list's item, alone"]
    >>> [in_numbered_list(texts, at) for at in range(4)]
    [True, True, False, False]
    """
    number = list_number(texts[at])
    if number is None:
        return False
    above = list_number(texts[at - 1]) if at > 0 else None
    below = list_number(texts[at + 1]) if at + 1 < len(texts) else None
    return above == number - 1 or below == number + 1


def list_number(text: str) -> int | None:
    """The list number that opens a line, if one does.

    >>> list_number("2. Tea is never cancelled"), list_number("Tea at 2. Never cancelled")
    (2, None)
    >>> list_number("3.Tea at the pier"), list_number("3.5 cups of tea")
    (3, None)
    >>> list_number("4. «Tea at the pier», the keeper says")
    4
    """
    found = _LIST_NUMBER.match(text)
    return int(found[1]) if found else None


def numbered_heads(candidates: Sequence[Candidate], texts: Sequence[str]) -> set[int]:
    """The lines of the candidates that are items of a numbered list (``in_numbered_list``)
    or a document's numbered subheads: the next candidate with a list number below it
    opens with the number after its own (however many lines between them), or the one above
    with the number before. ``texts`` are the page's lines with text, in order.

    >>> texts = ["Decisions of the harbour board", "1. New ferry berth",
    ...          "The board approved the new berth.", "2. Winter timetable",
    ...          "Ferries will run hourly.", "4. Not the next number"]
    >>> found = [Candidate(k, k, texts[k], "", {}) for k in (0, 1, 3, 5)]
    >>> sorted(numbered_heads(found, texts))
    [1, 3]
    """
    numbered = [
        (candidate, number)
        for candidate in candidates
        if (number := list_number(texts[candidate.order])) is not None
    ]
    heads = {c.line for c in candidates if in_numbered_list(texts, c.order)}
    for (above, number), (below, next_number) in pairwise(numbered):
        if next_number == number + 1:
            heads |= {above.line, below.line}
    return heads
