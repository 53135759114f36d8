"""A date inside a line that introduces what follows, words before the date, the name of the
thing it dates right after it and a colon closing the line ("From the August 12, 1983 Prairie
Ledger:" over an old edition's item): the day of the thing the line names, not the page's. A
dateline closes with its date before the colon ("Nashik, Aug 14:") or with its agency's credit
after it ("NASHIK, Aug 14, 2022 (Agency):"), a stamp opens its line, and all stay the page's.
A page's sentence naming itself right under a line a colon closes ("The output looks like
this:" over "This entry was posted on …") is an example the page quotes, not its own time."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from normalize.timestamps.datelines import Dateline
from normalize.timestamps.labels import speaks_of_itself
from normalize.timestamps.lines import line_starts

# A word of letters, before the date.
_WORD: Final = regex.compile(r"\p{L}{2,}")
# The name of the thing the date is the day of, right after it: a space, then a word of
# letters ("… 1983 Prairie Ledger"; not a credit in brackets nor a comma's next field).
_NAMED: Final = regex.compile(r"\s+\p{L}{2,}")


def introduced_dates(datelines: Sequence[Dateline], lines: Sequence[str]) -> frozenset[int]:
    """The positions among ``datelines`` of the unlabelled dates inside a line closed by a
    colon, a word before the date and a word right after it: a heading that introduces an
    excerpt or a list by the day of the thing it names.

    >>> from normalize.timestamps import find_datelines
    >>> lines = ["Our past", "From the August 12, 1983 Prairie Ledger:", "", "The pool shut."]
    >>> sorted(introduced_dates(find_datelines("\\n".join(lines), lang="en"), lines))
    [0]
    >>> lines = ["NASHIK, Aug 14, 2022 (Agency):", "", "18.11.2022 Channel 2 programme:", "Text."]
    >>> sorted(introduced_dates(find_datelines("\\n".join(lines), lang="en"), lines))
    []
    """
    starts = line_starts(lines)
    found = set()
    for order, item in enumerate(datelines):
        line = lines[item.line].rstrip()
        if item.role or not line.endswith(":"):
            continue
        start = starts[item.line]
        before, after = line[: item.start - start], line[item.end - start : -1]
        if _WORD.search(before) and _NAMED.match(after):
            found.add(order)
    return frozenset(found)


def introduced_examples(datelines: Sequence[Dateline], lines: Sequence[str]) -> frozenset[int]:
    """The positions among ``datelines`` of the page's sentences naming themselves (see
    `speaks_of_itself`: "This entry was posted on …") on the first line with text under a line
    a colon closes: an example the page introduces and quotes, a blog theme's footer shown in
    a lesson ("The output result looks like this:"), not the page's own time.

    >>> from normalize.timestamps import find_datelines
    >>> footer = "This entry was posted on Monday, May 4, 2020 at 10:05 and is filed under Tips."
    >>> lines = ["Theme lessons", "The footer prints this:", "", footer]
    >>> sorted(introduced_examples(find_datelines("\\n".join(lines), lang="en"), lines))
    [0]
    >>> lines = ["Theme lessons", "The footer prints the post's day.", "", footer]
    >>> sorted(introduced_examples(find_datelines("\\n".join(lines), lang="en"), lines))
    []
    """
    starts = line_starts(lines)
    found = set()
    for order, item in enumerate(datelines):
        if not item.role or not speaks_of_itself(
            lines[item.line][item.start - starts[item.line] :]
        ):
            continue
        above = next((line for line in reversed(lines[: item.line]) if line.strip()), "")
        if above.rstrip().endswith(":"):
            found.add(order)
    return frozenset(found)
