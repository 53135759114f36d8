"""A list's heads that each carry their own time where an article's headline carries none: a
date glued to the head's last word, as a tag or section page scraped without its markup prints
its items ("<head>11.02.23" over its teaser), or to its first word, as a press office's list
of releases prints them ("Jun 9, 2017<head>"), or a numeric date closing each head after a
space, as an archive of daily updates titles them ("Local News 7-13-21"), or a summary right
below the head opening with its clock and a dash, as a day's list of releases prints it ("9:14
a.m. - <summary>"), or with a label and its clock before a colon, as a page of updates prints
them ("Update 8:52 p.m.:"). A page printing two such heads is a list: none of them is its
headline, the first no more than the others (each has its own summary, so the first is no
article's headline with the only lead)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from normalize.cache import once
from normalize.facts import month_abbreviations
from normalize.heads import CLOCK_OR_HOUR, Candidate

# A numeric date glued to the word it closes (a letter, maybe a closing mark, then the date,
# no space), closing the line: "гриппа11.02.23", "vote.2023-03-15".
_GLUED_DATE: Final = regex.compile(
    r"\p{L}[.!?\"'”’»)]?(?:\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2})\s*$"
)
# A numeric date closing the head after a space, as an archive of daily updates titles each:
# "Local News 7-13-21", "News Headlines 3-2-2021".
_CLOSING_DATE: Final = regex.compile(r"\s\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2})\s*$")
# What a date glued to a head's last word leaves at the end of its key: "…бельгией100718".
_KEY_DIGITS: Final = "0123456789 "
# The head after such a date has this many words at least: an aggregator's rows glue a date to
# their source's name ("2024-11-17The Harbour Ledger"), which is no head.
_OPENED_HEAD_WORDS: Final = 5
# What opens a summary with its time, before its words:
_TIMED_SUMMARY: Final = regex.compile(
    rf"""\s*(?:
        (?:{CLOCK_OR_HOUR})\s*[-–—]  # a clock or an hour and a dash: "9:14 a.m. - Crews expect"
        | \p{{L}}+\s+(?:{CLOCK_OR_HOUR})[^:]{{0,20}}:  # a label, its clock, maybe a zone and
                                                    # a day, a colon: "Update 8:52 p.m. EST:"
    )\s*\p{{L}}""",
    regex.VERBOSE,
)


def stamped_items(candidates: list[Candidate], texts: Sequence[str]) -> set[int]:
    """The lines of the candidates that a list prints each with its own time, when two
    different ones or more have the same shape: each line closing with a date glued to its
    last word, or with a numeric date after a space, or each above a line opening with its
    time before its summary; and a head's copy printed alone right above such a line.
    ``texts`` are the page's lines with text, in order.

    >>> texts = ["Ferry fares rise on island routes02.05.24", "Fares rise by a tenth in May.",
    ...          "Night buses return to the old town01.05.24", "The buses are back after a year."]
    >>> heads = [Candidate(k, k, texts[k][:-8], texts[k][:-8].lower(), {}) for k in (0, 2)]
    >>> sorted(stamped_items(heads, texts))
    [0, 2]
    >>> sorted(stamped_items(heads[:1], texts))
    []
    >>> texts = ["Ferry fares rise", "Ferry fares rise02.05.24", "Night buses return01.05.24"]
    >>> keys = ["ferry fares rise", "ferry fares rise020524", "night buses return010524"]
    >>> heads = [Candidate(k, k, texts[k], keys[k], {}) for k in range(3)]
    >>> sorted(stamped_items(heads, texts))
    [0, 1, 2]
    >>> texts = ["Ferry fares rise", "9:14 a.m. - Fares rise by a tenth in May.",
    ...          "Night buses return", "9:02 a.m. - The buses are back after a year"]
    >>> heads = [Candidate(k, k, texts[k], texts[k].lower(), {}) for k in (0, 2)]
    >>> sorted(stamped_items(heads, texts))
    [0, 2]
    """
    glued = [c for c in candidates if _GLUED_DATE.search(texts[c.order])]
    closed = [c for c in candidates if _CLOSING_DATE.search(texts[c.order])]
    opened = [c for c in candidates if _opens_with_glued_date(texts[c.order])]
    timed = [
        c
        for c in candidates
        if c.order + 1 < len(texts) and _TIMED_SUMMARY.match(texts[c.order + 1])
    ]
    shapes = (glued, closed, opened, timed)
    items = {c.line for shape in shapes if len({c.key for c in shape}) > 1 for c in shape}
    # a head's copy printed alone on the line right above it (a tag page printing each head
    # over its copy with the date glued on) is the same item
    above = {
        (c.order - 1, key)
        for c in candidates
        if c.line in items
        for key in (c.key, c.key.rstrip(_KEY_DIGITS))
    }
    return items | {c.line for c in candidates if (c.order, c.key) in above}


def _opens_with_glued_date(line: str) -> bool:
    """Whether the line opens with a date glued to a head of a headline's length.

    >>> _opens_with_glued_date("Jun 9, 2017City Begins Replacing Lead Service Lines")
    True
    >>> _opens_with_glued_date("2024-11-17The Harbour Ledger")
    False
    """
    found = _opening_date().match(line)
    return found is not None and len(line[found.end(1) :].split()) >= _OPENED_HEAD_WORDS


@once
def _opening_date() -> regex.Pattern[str]:
    """A date glued to the head's first word, a capital (no space), as a press office's list
    of releases prints each head: "Jun 12, 2017Mayor names …", "15.02.2025В Мурманске …"; the
    month's name English, from its first three letters (the facts' month names)."""
    months = "|".join(month_abbreviations("en"))
    return regex.compile(
        rf"""^\s*(
            (?:{months})[a-z]*\.?\s\d{{1,2}},?\s\d{{4}}      # a month's name, the day, the year
          | \d{{1,2}}[./]\d{{1,2}}[./](?:\d{{4}}|\d{{2}})  # dotted, the day first: "15.02.2025"
          | \d{{4}}[./-]\d{{1,2}}[./-]\d{{1,2}}         # the year first: "2024-11-17"
        )\p{{Lu}}""",
        regex.VERBOSE,
    )
