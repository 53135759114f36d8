"""Feeds known by the shape of their items rather than by their story heads alone: a
channel's page, whose header (name, counters, description) stands above its posts or whose
posts are each signed with its handle, and a list of teasers that prints each head twice (a
link and its heading) above its own paragraph, as a search page or a section page does, or
that ends each teaser with one tail (a link's label, its time). Such a page has no headline
of its own, and none of these lines is one. A listing printed in units of one shape is
read in ``listing_units``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from normalize.heads import Candidate
from normalize.listing_units import UNIT_HEAD_WORDS
from normalize.titles import BULLETS, title_key

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
# A teaser's tail: the last words of its line ("далее »", "2024-02-12 11:00"), this many, the
# same (digits aside) on this many lines at least, each telling a different story; of the
# lines sharing a tail, this many first are compared.
_TAIL_WORDS: Final = 2
_TAILED_LINES: Final = 3
_TAIL_GROUP: Final = 8
_DIGIT: Final = regex.compile(r"\d")
# What ends a sentence, which a paragraph's last words end with, not a teaser's tail.
_SENTENCE_END: Final = (".", "!", "?")


def feed_shapes(candidates: list[Candidate], texts: Sequence[str], body: Sequence[int]) -> set[int]:
    """The lines of the candidates that a feed prints by its shape: a channel's header,
    teasers each printed twice, a channel's signed posts, teasers with one tail each
    (``channel_header``, ``doubled_teasers``, ``signed_posts``, ``tailed_teasers``); the heads each
    with their own time are ``stamped_items``."""
    header = channel_header(candidates, texts, body)
    shapes = header | doubled_teasers(candidates, texts, body) | signed_posts(candidates, texts)
    return shapes | tailed_teasers(candidates, texts)


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
    one right after the paragraph (``_TEASER_STEP`` from the one before), or a head whose first
    copy is a list's item (it opens with a bullet, below no other item: no trail's crumb), with
    all their copies. An article prints its headline twice at most once, and not as an item of
    a list; the story heads below it stand alone. ``texts`` are the page's lines with text, in
    order, and ``body`` the places among them of the lines shaped like a paragraph.

    >>> texts = ["Ferry fares rise on island routes", "Ferry fares rise on island routes",
    ...          "Fares rise by a tenth from May.", "Night buses return to the old town",
    ...          "Night buses return to the old town", "The buses come back after a year."]
    >>> heads = [Candidate(k, k, texts[k], title_key(texts[k]), {}) for k in range(0, 6, 3)]
    >>> sorted(doubled_teasers(heads, texts, [2, 5]))
    [0, 3]
    >>> sorted(doubled_teasers(heads, texts, [2]))
    []
    >>> sorted(doubled_teasers(heads[:1], ["• " + texts[0], *texts[1:]], [2]))
    [0]
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
    chained |= {key for at, key in doubled.items() if is_list_item(texts, at)}
    return {c.line for c in candidates if c.key in chained}


def tailed_teasers(candidates: list[Candidate], texts: Sequence[str]) -> set[int]:
    """The lines of the candidates that a list prints with one tail after each teaser (a
    link's label, "more »"; its time, "2024-02-12 11:00", whose digits differ; a table row's
    closing bar is none): ``_TAILED_LINES`` lines or more end with the same last words, each
    telling a different story (none holds another's words before the tail, as a forum's
    replies quote their topic), and a candidate
    is one of these lines or the words before its tail (a teaser printed again without it). A
    headline ends with no link's label, and a paragraph ends its sentence; a site that glues
    its name to every head glues it to the article's headline too, which alone stands above a
    paragraph that echoes it (the first of these stories, the others with none). ``texts`` are
    the page's lines with text, in order; those below the last candidate are not read.

    >>> texts = ["Ferry fares rise on island routes", "Ferry fares rise on island routes more »",
    ...          "Night buses return to the old town more »", "New pier opens in May more »"]
    >>> heads = [Candidate(k, k, texts[k], title_key(texts[k]), {"lead_echo": 0.0})
    ...          for k in range(4)]
    >>> sorted(tailed_teasers(heads, texts))
    [0, 1, 2, 3]
    >>> sorted(tailed_teasers(heads, texts[:3]))
    []
    >>> texts = ["New pier opens in May / Harbour TV", "The new pier opens in May, the port said.",
    ...          "Ferry fares rise on island routes / Harbour TV",
    ...          "Night buses return to the old town / Harbour TV"]
    >>> heads = [Candidate(k, k, texts[k], title_key(texts[k].split(" / ")[0]),
    ...                    {"lead_echo": 0.5 if k == 0 else 0.0}) for k in (0, 2, 3)]
    >>> sorted(tailed_teasers(heads, texts))
    [2, 3]
    """
    if not candidates:
        return set()
    read = texts[: candidates[-1].order + 1]
    tailed: dict[str, list[str]] = {}
    for text in read:
        tail = _tail(text)
        if tail is not None:
            tailed.setdefault(tail, []).append(text)
    teasers: set[str] = set()
    # only lines whose tail three lines share are keyed: the other lines are no list's
    for lines in tailed.values():
        if len(lines) < _TAILED_LINES:
            continue
        headed = [(line, key) for line in lines if (key := _head_key(line)) is not None]
        if _different_stories(list(dict.fromkeys(key for _, key in headed))) < _TAILED_LINES:
            continue
        group = [line.split() for line, _ in headed]
        cut = _common_tail(group)
        teasers.update(key for words in group for key in _teaser_keys(words, cut))
    found = [c for c in candidates if c.key in teasers]
    # the first story alone followed by a paragraph that echoes it: the article's headline
    # with the site's tail, above a list of teasers that have none
    echoed = {c.key for c in found if c.signals["lead_echo"]}
    if len(echoed) == 1 and found[0].key in echoed:
        return {c.line for c in found if c.key not in echoed}
    return {c.line for c in found}


def _common_tail(group: list[list[str]]) -> int:
    """How many last words the lines (as words) share, digits aside, short of a whole line."""
    shapes = [[_DIGIT.sub("0", word) for word in words] for words in group]
    most = min(len(words) for words in shapes) - 1
    return next(
        (n for n in range(most) if len({tuple(words[-n - 1 :]) for words in shapes}) > 1), most
    )


def _teaser_keys(words: list[str], cut: int) -> tuple[str, str]:
    """The key of a teaser's line and of its words before its tail of ``cut`` words."""
    return title_key(" ".join(words)), title_key(" ".join(words[:-cut]))


def _tail(text: str) -> str | None:
    """A line's last ``_TAIL_WORDS`` words, its digits zeros, when words enough for a teaser's
    head (``UNIT_HEAD_WORDS``) stand before them and the line ends no sentence."""
    words = _row_words(text)
    if len(words) < UNIT_HEAD_WORDS + _TAIL_WORDS or text.endswith(_SENTENCE_END):
        return None
    tail: str = _DIGIT.sub("0", " ".join(words[-_TAIL_WORDS:]))
    return tail


def _row_words(text: str) -> list[str]:
    """A line's words without the bar that closes a table's row: the last cell's words are
    its tail, the bar every row of the table closes with is none.

    >>> _row_words("Summer swimming safety notice |")
    ['Summer', 'swimming', 'safety', 'notice']
    """
    words = text.split()
    return words[:-1] if words and words[-1] == "|" else words


def _head_key(text: str) -> str | None:
    """The key of a line's words before its tail, when it keeps a teaser's head
    (``UNIT_HEAD_WORDS`` words at least)."""
    head = title_key(" ".join(_row_words(text)[:-_TAIL_WORDS]))
    return head if len(head.split()) >= UNIT_HEAD_WORDS else None


def _different_stories(keys: list[str]) -> int:
    """How many of the first ``_TAIL_GROUP`` keys neither hold another one's words nor are
    held by another one's."""
    group = keys[:_TAIL_GROUP]
    return sum(
        not any(
            other != key and (f" {key} " in f" {other} " or f" {other} " in f" {key} ")
            for other in group
        )
        for key in group
    )


def is_list_item(texts: Sequence[str], at: int) -> bool:
    """Whether the line at this place is a list's item that opens with a bullet, below no
    other item (a trail's crumbs each open with one, the page's headline often the last).

    >>> is_list_item(["Tag: Ferries", "• Ferry fares rise"], 1)
    True
    >>> is_list_item(["• Home", "• Ferry fares rise"], 1)
    False
    """
    above = texts[at - 1] if at > 0 else ""
    return texts[at].startswith(BULLETS) and not above.startswith(BULLETS)


def channel_header(
    candidates: list[Candidate], texts: Sequence[str], body: Sequence[int]
) -> set[int]:
    """The lines of the candidates that a channel's header prints: its name on the line above
    a run of ``_COUNTERS`` counters or more, and what stands below the counters before the
    first post's paragraph (a description, a contact, a join button, a forwarded post's
    source), with the name's copies elsewhere on the page (a post's signature); not the line
    right above that paragraph when the paragraph echoes it and no post with a head of its
    own follows: the post's own head, a site's one article below its counters of followers.
    ``texts`` are
    the page's lines with text, in order, and ``body`` the places among them of the lines
    shaped like a paragraph. A page with no such run has no header.

    >>> texts = ["River Notes", "2.4K subscribers", "312 photos", "18 videos",
    ...          "Notes on the river and its boats", "A long post about the ferry " * 3,
    ...          "River Notes"]
    >>> heads = [Candidate(k, k, texts[k], texts[k].lower(), {"lead_echo": 0.0})
    ...          for k in (0, 4, 6)]
    >>> sorted(channel_header(heads, texts, [5]))
    [0, 4, 6]
    >>> sorted(channel_header(heads, texts[:2] + texts[3:], [4]))
    []
    >>> post = heads[1]._replace(text="Ferry tickets", key="ferry tickets")
    >>> post = post._replace(signals={"lead_echo": 0.4})
    >>> sorted(channel_header([heads[0], post, heads[2]], texts, [5]))
    [0, 6]
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
    # the line right above the first post's paragraph, which echoes it, is the post's own head
    # when no other post stands below with a head of its own: the page's one article
    alone = not any(c.order > end and c.signals["lead_echo"] for c in candidates)
    header = {
        c.key
        for c in candidates
        if run[0] - 1 <= c.order < end
        and not (alone and c.order == end - 1 and c.signals["lead_echo"])
    }
    return {c.line for c in candidates if c.key in header}
