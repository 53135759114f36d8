"""Feeds known by the shape of their items rather than by their story heads alone: a
channel's page, whose header (name, counters, description) stands above its posts or whose
posts are each signed with its handle, and a list of teasers that prints each head twice (a
link and its heading) above its own paragraph, as a search page or a section page does, or
that prints its stories in units of one shape (a head, its own date, one teaser), or that
ends each teaser with one tail (a link's label, its time). Such a page has no headline of
its own, and none of these lines is one.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Final

import regex

from normalize.heads import Candidate
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
# A listing's unit: a head of this many words at least, its own date (or a line printed by
# each head) this many lines with text above or below it at most, the next unit's head this
# many lines below it (at least, at most).
_UNIT_HEAD_WORDS: Final = 4
_UNIT_DATE_STEP: Final = 3
_UNIT_PERIOD: Final = (2, 6)
# A unit's teaser cut at a count of characters, no mark closing it, is longer than a headline:
# this many words at least.
_CUT_TEASER_WORDS: Final = 21
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


def dated_units(
    candidates: list[Candidate], texts: Sequence[str], dated: Collection[int], body: Sequence[int]
) -> set[int]:
    """The lines of the story heads that a listing prints in units of one shape (a section, tag
    or author page): two heads or more, different, each at the same step from a date of its own
    (``dated``, places among the lines with text) or from a line the page prints by each (a
    source's name, a section's label), each the same number of lines below the one before,
    each unit holding one paragraph (its teaser, maybe cut short with no mark closing it,
    ``_is_cut_teaser``; the last unit may be cut off by the page's end). An article's headline
    stands above several paragraphs, so a teaser of the next story below it makes no run with
    it. ``texts`` are the page's lines with text, in order, and ``body`` the places among them
    of the lines shaped like a paragraph.

    >>> texts = ["Ferry fares rise on island routes", "May 2, 2024",
    ...          "Fares on the island routes rise by a tenth from May, the operator said.",
    ...          "Night buses return to the old town", "May 1, 2024",
    ...          "The old town gets its night buses back after a year, the city said."]
    >>> shape = ("sentence", "caption", "machinery", "site", "long", "lower_case", "repeated")
    >>> heads = [Candidate(k, k, texts[k], title_key(texts[k]), dict.fromkeys(shape, 0.0))
    ...          for k in (0, 3)]
    >>> sorted(dated_units(heads, texts, {1, 4}, [2, 5]))
    [0, 3]
    >>> sorted(dated_units(heads, texts + [texts[5]], {1, 4}, [2, 5, 6]))
    [0, 3]
    >>> more = "Ticket offices open longer in summer, the operator added."
    >>> article = [*texts[:3], more, *texts[3:]]
    >>> heads = [Candidate(k, k, article[k], title_key(article[k]), dict.fromkeys(shape, 0.0))
    ...          for k in (0, 4)]
    >>> sorted(dated_units(heads, article, {1, 5}, [2, 3, 6]))
    []
    """
    heads = [c for c in candidates if _is_unit_head(c)]
    paragraphs = {*body, *(order for order, text in enumerate(texts) if _is_cut_teaser(text))}
    runs: list[tuple[int, list[Candidate]]] = []  # each with its step, a date's or none (0)
    for step in (s for s in range(-_UNIT_DATE_STEP, _UNIT_DATE_STEP + 1) if s):
        marks = {c.order: _mark(texts, dated, c.order + step) for c in heads}
        at = {c.order: c for c in heads if marks[c.order] is not None}
        for period in range(_UNIT_PERIOD[0], _UNIT_PERIOD[1] + 1):
            for first in (o for o in at if marks.get(o - period) != marks[o]):
                run = [at[first]]
                while marks.get(run[-1].order + period) == marks[first]:
                    run.append(at[run[-1].order + period])
                if len(run) > 1 and _one_teaser_each(run, period, paragraphs, len(texts)):
                    runs.append((0 if marks[first] else step, run))
    orders = {c.order for c in candidates}
    return {c.line for step, run in runs if not _dates_taken(step, run, runs, orders) for c in run}


def _is_cut_teaser(text: str) -> bool:
    """Whether a line is a teaser cut at a count of characters: longer than a headline, its
    last word cut off or left open, no mark closing it ("… потому что \"Сок").

    >>> _is_cut_teaser("The harbour board has again delayed its ruling on the winter quota "
    ...                "for the fishing boats, and the skippers say they cannot wait for")
    True
    """
    return len(text.split()) >= _CUT_TEASER_WORDS and text.rstrip()[-1:].isalpha()


def _dates_taken(
    step: int, run: list[Candidate], runs: list[tuple[int, list[Candidate]]], orders: set[int]
) -> bool:
    """Whether a run's dates are another run's, nearer to its heads: each date belongs to the
    head it is nearest to (a timeline's date right above each entry is no date below the
    timeline's own title, two lines up), when each of the run's dates has a line that may be a
    head (``orders``, the places of the candidates) at that nearer step; a date with none there
    closes the run's last item (a listing's units each end with their date). ``step`` is 0 for
    a run marked by no date."""
    dates = {c.order + step for c in run}
    return bool(step) and any(
        0 < abs(other) < abs(step)
        and dates & {c.order + other for c in heads}
        and all(date - other in orders for date in dates)
        for other, heads in runs
    )


def _mark(texts: Sequence[str], dated: Collection[int], at: int) -> str | None:
    """What marks a unit at this place: "" for a date, else the line's key, if any."""
    if at in dated:
        return ""
    return (title_key(texts[at]) or None) if 0 <= at < len(texts) else None


def _one_teaser_each(run: list[Candidate], period: int, paragraphs: set[int], size: int) -> bool:
    """Whether each unit of the run (a head and the lines below it before the next head) holds
    one paragraph, the last unit none when the page ends before it is whole; the heads all
    different."""
    held = [sum(1 for o in range(c.order + 1, c.order + period) if o in paragraphs) for c in run]
    cut = run[-1].order + period > size
    return (
        len(run) == len({c.key for c in run})
        and all(k == 1 for k in held[:-1])
        and (held[-1] == 1 or (cut and held[-1] == 0))
    )


def _is_unit_head(candidate: Candidate) -> bool:
    """A story head of a whole headline's length, printed once: no caption, widget, sentence,
    outlet's name or lower-case slug."""
    signals = candidate.signals
    return (
        len(candidate.text.split()) >= _UNIT_HEAD_WORDS
        and signals["repeated"] < 1.0
        and not any(
            signals[name]
            for name in ("sentence", "caption", "machinery", "site", "long", "lower_case")
        )
    )


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
    head (``_UNIT_HEAD_WORDS``) stand before them and the line ends no sentence."""
    words = _row_words(text)
    if len(words) < _UNIT_HEAD_WORDS + _TAIL_WORDS or text.endswith(_SENTENCE_END):
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
    (``_UNIT_HEAD_WORDS`` words at least)."""
    head = title_key(" ".join(_row_words(text)[:-_TAIL_WORDS]))
    return head if len(head.split()) >= _UNIT_HEAD_WORDS else None


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
