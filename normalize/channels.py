"""A channel's header: the name, counters and description that a messenger channel's or a
profile's page prints above its posts. Such a page is a feed of posts with no headline of its
own, and no line of its header is one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from normalize.heads import Candidate

# A counter: a number, maybe shortened to thousands or millions, and one word for what it
# counts ("842K subscribers", "312 photos", "3.11K videos", "18 видео").
_COUNTER: Final = regex.compile(r"\s*\d[\d.,]*\s?[KkMmКкМм]?\s+\p{L}+\s*")
# A header prints this many counters in a row at least, each counting a different thing (a
# story's "12 comments" and "340 views" are two).
_COUNTERS: Final = 3


def channel_header(
    candidates: list[Candidate], texts: Sequence[str], body: Sequence[int]
) -> set[int]:
    """The lines of the candidates that a channel's header prints: its name on the line above
    a run of ``_COUNTERS`` counters or more, and what stands below the counters before the
    first post's paragraph (a description, a contact, a join button, a forwarded post's
    source), with the name's copies elsewhere on the page (a post's signature). ``texts`` are
    the page's lines with text, in order, and ``body`` the places among them of the lines
    shaped like a paragraph. A page with no such run has no header.

    >>> texts = ["River Notes", "2.4K subscribers", "312 photos", "18 videos",
    ...          "Notes on the river and its boats", "A long post about the ferry " * 3,
    ...          "River Notes"]
    >>> heads = [Candidate(k, k, texts[k], texts[k].lower(), {}) for k in (0, 4, 6)]
    >>> sorted(channel_header(heads, texts, [5]))
    [0, 4, 6]
    >>> sorted(channel_header(heads, texts[:2] + texts[3:], [4]))
    []
    """
    if not candidates:
        return set()
    last = min(candidates[-1].order + 1, len(texts))
    run: list[int] = []
    counted: set[str] = set()
    for at in range(last):
        counts = _COUNTER.fullmatch(texts[at]) is not None
        what = texts[at].split()[-1].lower() if counts else ""
        if counts and what not in counted:
            run.append(at)
            counted.add(what)
            continue
        if len(run) >= _COUNTERS:
            break
        run, counted = ([at], {what}) if counts else ([], set())
    if len(run) < _COUNTERS:
        return set()
    end = next((p for p in body if p > run[-1]), len(texts))
    header = {c.key for c in candidates if run[0] - 1 <= c.order < end}
    return {c.line for c in candidates if c.key in header}
