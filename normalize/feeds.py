"""Feeds known by the shape of their items rather than by their story heads alone: a
channel's page, whose header (name, counters, description) stands above its posts or whose
posts are each signed with its handle, and a list of teasers that prints each head twice (a
link and its heading) above its own paragraph, as a search page or a section page does. Such a
page has no headline of its own, and none of these lines is one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from normalize.heads import Candidate
from normalize.titles import title_key

# A counter: a number, maybe shortened to thousands or millions, and one word for what it
# counts ("842K subscribers", "312 photos", "3.11K videos", "18 видео").
_COUNTER: Final = regex.compile(r"\s*\d[\d.,]*\s?[KkMmКкМм]?\s+\p{L}+\s*")
# A header prints this many counters in a row at least, each counting a different thing (a
# story's "12 comments" and "340 views" are two).
_COUNTERS: Final = 3
# A teaser's head is this many words long at least; the next teaser's head follows its
# paragraph within this many lines with text.
_TEASER_WORDS: Final = 3
_TEASER_STEP: Final = (3, 4)
# A channel's handle, alone on the line that signs each of its posts: "@harbourwatch".
_HANDLE: Final = regex.compile(r"@[A-Za-z0-9_]{3,32}")


def feed_shapes(candidates: list[Candidate], texts: Sequence[str], body: Sequence[int]) -> set[int]:
    """The lines of the candidates that a feed prints by its shape: a channel's header,
    teasers each printed twice, a channel's signed posts (see ``channel_header``,
    ``doubled_teasers`` and ``signed_posts``)."""
    header = channel_header(candidates, texts, body)
    return header | doubled_teasers(candidates, texts, body) | signed_posts(candidates, texts)


def signed_posts(candidates: list[Candidate], texts: Sequence[str]) -> set[int]:
    """The lines of the candidates that a channel's page prints above the last of its posts
    signed with its handle (a line holding the handle alone, printed after each post): a page
    that signs two posts or more with one handle is the channel's feed, and what stands above
    its last signature is its header and its posts. ``texts`` are the page's lines with text.

    >>> texts = ["Harbour news, short and first", "Night ferry returns", "@harbourwatch",
    ...          "Fish market to close in April", "@harbourwatch"]
    >>> heads = [Candidate(k, k, texts[k], "", {}) for k in (0, 1, 3)]
    >>> sorted(signed_posts(heads, texts)), sorted(signed_posts(heads, texts[:4]))
    ([0, 1, 3], [])
    """
    signed: set[str] = set()
    last = -1
    for at, text in enumerate(texts):
        words = text.split()
        if len(words) == 1 and _HANDLE.fullmatch(words[0]) is not None:
            if words[0] in signed:
                last = at
            signed.add(words[0])
    return {c.line for c in candidates if c.order < last}


def doubled_teasers(
    candidates: list[Candidate], texts: Sequence[str], body: Sequence[int]
) -> set[int]:
    """The lines of the teasers' heads on a list that prints each head twice, its copy on the
    next line and its own paragraph below the copy: two such heads or more, different, the next
    one right after the paragraph (``_TEASER_STEP`` from the one before), with all their copies.
    An article prints its headline twice at most once; the story heads below it stand alone.
    ``texts`` are the page's lines with text, in order, and ``body`` the places among them of
    the lines shaped like a paragraph.

    >>> texts = ["Ferry fares rise on island routes", "Ferry fares rise on island routes",
    ...          "Fares rise by a tenth from May.", "Night buses return to the old town",
    ...          "Night buses return to the old town", "The buses come back after a year."]
    >>> heads = [Candidate(k, k, texts[k], title_key(texts[k]), {}) for k in range(0, 6, 3)]
    >>> sorted(doubled_teasers(heads, texts, [2, 5]))
    [0, 3]
    >>> sorted(doubled_teasers(heads, texts, [2]))
    []
    """
    paragraphs = set(body)
    doubled = {
        c.order: c.key
        for c in candidates
        if len(c.text.split()) >= _TEASER_WORDS
        and c.order + 2 in paragraphs
        and title_key(texts[c.order + 1]) == c.key
    }
    chained = {
        key
        for at, key in doubled.items()
        for step in _TEASER_STEP
        if doubled.get(at + step, key) != key or doubled.get(at - step, key) != key
    }
    return {c.line for c in candidates if c.key in chained}


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
