"""Decks: a line right below a headline, in a headline's shape, that says more of its story (a
subtitle, a subhead, a summary's points). A deck repeats more of the lead's words than its
headline does; its place tells it: it stands below the headline.

Two kinds of headline are known to have one: a story head that its lead echoes, and a
quotation printed whole. An interview's or a feature's headline is often its speaker's words,
which the lead seldom repeats; the line below, in the outlet's words, says what the story is.

The headline chooser (``normalize.headline``) reads these once a candidate's other signals,
its place, shape and echo, are known.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from itertools import pairwise
from typing import Final

from normalize.captions import is_doubled_caption
from normalize.heads import Candidate, is_deck_of, may_have_a_deck, printed_twice
from normalize.quoted_decks import is_deck_shaped, quoted_heads, quoted_kickers
from normalize.summaries import summary_points
from normalize.timestamps import parse_timestamp
from normalize.title_shapes import is_body_shaped
from normalize.titles import DASHES
from normalize.wraps import split_openings

# A feature's headline above its deck has this many words at least (a kicker is shorter).
_FEATURE_HEAD_WORDS: Final = 4
# What no feature's headline is: a caption, machinery, a site's name, a sentence, longer than a
# headline, a copy with machinery glued on, a line below the article's start, one in lower case.
_NO_HEAD: Final = (
    "caption",
    "machinery",
    "site",
    "sentence",
    "long",
    "glued",
    "after_body",
    "lower_case",
)


def hash_deck_lines(
    lines: Sequence[str], filled: Sequence[int], dated: Collection[int]
) -> set[int]:
    """The places in ``lines`` of a deck whose lines open the page under a hash and a space
    ("# …"), as a list's bullet marks them: the first line with text when it opens so and the
    next line stands right below it, and the lines right below it, no blank between, up to the
    first paragraph. ``filled`` holds the places of the lines with text. A markdown heading
    ("# Title") has a blank line below it, or its byline or dateline (one of ``dated``) right
    below it, and stays a headline.

    >>> page = ["# Rents rise fastest in the harbour wards", "'#harbourlife' in 90,000 posts",
    ...         "Rents in the harbour wards rose by a tenth this year, the survey found."]
    >>> sorted(hash_deck_lines(page, [0, 1, 2], set()))
    [0, 1]
    >>> hash_deck_lines(["# Rents rise again", "", page[2]], [0, 2], set())
    set()
    >>> hash_deck_lines(["# Rents rise again", "By Mia Lund", page[2]], [0, 1, 2], {1})
    set()
    """
    if len(filled) < 2 or not lines[filled[0]].startswith("# ") or filled[1] != filled[0] + 1:
        return set()
    if filled[1] in dated:  # a heading over its byline
        return set()
    deck = {filled[0]}
    for above, index in pairwise(filled):
        if index != above + 1 or is_body_shaped(lines[index]):
            break
        deck.add(index)
    return deck


def mark_decks(
    candidates: list[Candidate], dated: Collection[int], body_start: int, lines: Sequence[str]
) -> None:
    """Sets each candidate's ``deck`` (it stands below a headline that may have a deck, a long one
    right under the dateline the page opens with though its story echoes a word of it only, or a
    feature's short headline (``_feature_heads``), or right below a deck in a deck's shape above
    the article, or it is a point of a summary under the dateline, or a line opened by a dash
    right below a headline: ``dash_decks``) and ``quoted_head`` (it is a quotation printed whole
    with its deck right below it, or a headline in capitals over its deck split in two:
    ``heads_over_split_decks``); a summary's point echoes no more than its headline, and neither
    does a dash's deck; a line of the page (``lines``) printed twice above a photograph's credit,
    below the page's first headline that may have a deck, is that photograph's caption; a
    quotation printed twice over a headline nearer its dateline is a kicker (``quoted_kickers``),
    weighed as a deck, and no headline with a deck. ``dated`` holds the ranks of the datelines
    and bylines, ``body_start`` the rank of the article's first paragraph."""
    kickers = quoted_kickers(candidates)  # no headline, and none a deck stands below
    heads = [c for c in candidates if may_have_a_deck(c, dated) and c.line not in kickers]
    feature = _feature_heads(candidates, body_start)  # decks below it, no caption rule
    points = dash_decks(candidates, lines) | summary_points(candidates, dated, body_start)
    quoted = quoted_heads(candidates) | heads_over_split_decks(candidates, lines)
    quoted_decks = set(quoted.values()) | _decks_past_datelines(
        candidates, heads, dated, body_start
    )
    echoes = {candidate.line: candidate.signals["echo"] for candidate in candidates}
    heads_above = [*heads, *feature]  # the headlines a deck may stand below
    twice = printed_twice(candidates, body_start, heads_above, dated)  # a headline twice
    for candidate in candidates:
        decked = candidate.line not in twice and any(
            is_deck_of(candidate, head) and not _alt_copied(candidate, head, lines)
            for head in heads_above
        )
        below_a_head = decked or candidate.line in points or candidate.line in quoted_decks
        candidate.signals["deck"] = float(below_a_head)
        candidate.signals["quoted_head"] = float(candidate.line in quoted)
        # a caption printed twice is printed again on the page (``repeated``), right under its
        # copy (``is_doubled_caption``)
        under_head = bool(heads) and heads[0].order < candidate.order
        doubled = under_head and candidate.signals["repeated"] > 0.0
        if doubled and is_doubled_caption(lines, candidate.line):
            candidate.signals["caption"] = 1.0
        if candidate.line in points:
            # a summary's point sums up its headline's story: its lead's words are no more its
            # own than its headline's
            held = min(candidate.signals["echo"], echoes[points[candidate.line]])
            candidate.signals["echo"] = held
    _mark_decks_below_decks(candidates, body_start)
    for candidate in candidates:  # a kicker is weighed as a deck, set above its headline
        if candidate.line in kickers:
            candidate.signals["deck"] = 1.0


def dash_decks(candidates: list[Candidate], lines: Sequence[str]) -> dict[int, int]:
    """The lines of the decks a page opens with a dash under their headline, each with the line
    of that headline (by their lines): the candidates on the lines with text right below a
    candidate of a whole headline's length in no deck's line, no sentence, machinery or caption
    (``_NO_HEAD``), each line opening with a dash, glued to its first word or spaced ("-412호
    2면 …을 읽고", "- 노후 주거지 …"), as a subtitle is set under its headline.

    >>> page = ["Readers ask the paper to look at the dorms", "-Issue 412, page 2: on the canteen",
    ...         "The canteen story was the first thing I read in the paper this term."]
    >>> signals = dict.fromkeys(_NO_HEAD, 0.0) | {"length": 1.0}
    >>> found = [Candidate(k, k, text.lstrip("-"), "", signals) for k, text in enumerate(page)]
    >>> dash_decks(found[:2], page)
    {1: 0}
    >>> dash_decks(found[:2], [page[0], page[1][1:]])
    {}
    """
    by_rank = {candidate.order: candidate for candidate in candidates}
    found = {}
    for head in candidates:
        if lines[head.line].startswith(DASHES) or not is_deck_shaped(head):
            continue
        if any(head.signals[name] for name in _NO_HEAD):
            continue
        below = by_rank.get(head.order + 1)
        while below is not None and lines[below.line].startswith(DASHES):
            found[below.line] = head.line
            below = by_rank.get(below.order + 1)
    return found


def _decks_past_datelines(
    candidates: list[Candidate],
    heads: list[Candidate],
    dated: Collection[int],
    body_start: int,
) -> set[int]:
    """The lines of the decks below a headline that may have one (of ``heads``), printed once or
    twice on lines next to each other, over its byline and dateline block: the first candidate
    below the headline (its lower copy) that is no machinery and no site's name, in a deck's
    shape and no sentence, above the article's first paragraph (at rank ``body_start``), with a
    dateline or byline (ranks ``dated``) between them. A short headline's subtitle stands below
    its date and share box ("Ferry returns" twice, "Posted 2024.05.17 09:10", "Share this
    story", "New timetable starts in June"), a board post's below its poster's name and time.

    >>> def line(order, text, **marks):
    ...     signals = dict.fromkeys(("machinery", "site", "sentence"), 0.0) | {"length": 1.0}
    ...     return Candidate(order, order, text, text.lower(), signals | marks)
    >>> head, copy = line(0, "Ferry returns"), line(1, "Ferry returns")
    >>> share = line(3, "Share this story", machinery=1.0)
    >>> deck = line(4, "New timetable starts in June")
    >>> _decks_past_datelines([head, copy, share, deck], [head, copy], {2}, 5)
    {4}
    >>> _decks_past_datelines([head, copy, share, deck], [head, copy], set(), 5)
    set()
    >>> _decks_past_datelines([head, share, deck], [head], {2}, 5)
    {4}
    """
    keys = {candidate.order: candidate.key for candidate in candidates}
    found = set()
    for head in heads:
        last = head.order + 1 if keys.get(head.order + 1) == head.key else head.order
        below = (
            candidate
            for candidate in candidates
            if last < candidate.order < body_start
            and not (candidate.signals["machinery"] or candidate.signals["site"])
        )
        deck = next(below, None)
        if (
            deck is not None
            and deck.key != head.key
            and is_deck_shaped(deck)
            and not deck.signals["sentence"]
            and any(last < rank < deck.order for rank in dated)
        ):
            found.add(deck.line)
    return found


def _feature_heads(candidates: list[Candidate], body_start: int) -> list[Candidate]:
    """A feature's short headline, which its lead does not echo (a turn of phrase), as a
    list of one: the page's first candidate that states no time, of ``_FEATURE_HEAD_WORDS``
    words at least, sharing a word with the article but none with its lead, no sentence,
    widget or date, right above a longer candidate in a deck's shape and no sentence, the last
    one before the article's first paragraph (at rank ``body_start``), which says the story
    plainly and so echoes its lead more; a deck printed twice, its copy right below it, is one.

    >>> def line(order, text, echo):
    ...     shape = ("caption", "machinery", "site", "sentence", "glued", "after_body", "dated")
    ...     signals = dict.fromkeys((*shape, "lower_case", "lead_echo", "long"), 0.0)
    ...     signals |= {"echo": echo, "length": 1.0}
    ...     return Candidate(order, order, text, text.lower(), signals)
    >>> head = line(0, "When the well runs dry", 0.2)
    >>> deck = line(1, "Farmers try new ways to share the water", 0.5)
    >>> [c.text for c in _feature_heads([head, deck], 3)]
    ['When the well runs dry']
    >>> _feature_heads([head, deck, line(2, "Farmers meet at the hall tonight", 0.3)], 3)
    []
    """
    before: list[Candidate] = []
    for candidate in candidates:
        # a deck printed twice, its copy right below it, is one deck
        right_below = bool(before) and before[-1].order + 1 == candidate.order
        copy = right_below and before[-1].key == candidate.key
        if candidate.order < body_start and not copy:
            before.append(candidate)
    undated = [candidate for candidate in before if not candidate.signals["dated"]]
    if len(before) < 2 or not undated or before[-2] is not undated[0]:
        return []
    head, deck = before[-2], before[-1]
    signals = head.signals
    words = len(head.text.split())
    shaped = (
        words >= _FEATURE_HEAD_WORDS
        and signals["echo"] > 0.0
        and not signals["lead_echo"]
        and not any(signals[name] for name in _NO_HEAD)
        and parse_timestamp(head.text) is None
    )
    below = (
        deck.order == head.order + 1
        and len(deck.text.split()) > words
        and is_deck_shaped(deck)
        and not deck.signals["sentence"]
        and deck.key not in head.key
        and head.key not in deck.key
    )
    return [head] if shaped and below else []


def _mark_decks_below_decks(candidates: list[Candidate], body_start: int) -> None:
    """Marks a deck each candidate right below a deck, above the article's first paragraph (at
    rank ``body_start``), with a whole headline's length and no finished sentence: a headline's
    second and third decks. A line the page prints again on the next line is no deck: a
    headline printed twice below a site's header. In page order, so each deck marked passes the
    mark on below."""
    by_rank = {candidate.order: candidate for candidate in candidates}
    for candidate in candidates:
        above = by_rank.get(candidate.order - 1)
        below = by_rank.get(candidate.order + 1)
        if (
            above is not None
            and above.signals["deck"]
            and (below is None or below.key != candidate.key)
            and candidate.order < body_start
            and is_deck_shaped(candidate)
            and not candidate.signals["sentence"]
        ):
            candidate.signals["deck"] = 1.0


def heads_over_split_decks(candidates: list[Candidate], lines: Sequence[str]) -> dict[int, int]:
    """The headlines in capitals, each with the line of the deck printed right below it over two
    lines, its first words, then its rest in small letters (``split_openings``), by their lines: a
    feature's title, whose words its lead seldom repeats, over the deck that says its story. A
    line in capitals that is a sentence, machinery or below the article's start is none.

    >>> page = ["SALT ROADS", "Where the carts", "once took the coast's salt inland"]
    >>> signals = dict.fromkeys(("sentence", "machinery", "after_body"), 0.0)
    >>> found = [Candidate(k, k, text, text.lower(), signals) for k, text in enumerate(page)]
    >>> heads_over_split_decks(found, page)
    {0: 1}
    >>> page[0] = "Salt Roads"
    >>> heads_over_split_decks([found[0]._replace(text=page[0]), *found[1:]], page)
    {}
    """
    by_rank = {candidate.order: candidate for candidate in candidates}
    found = {}
    for head in candidates:
        below, rest = by_rank.get(head.order + 1), by_rank.get(head.order + 2)
        if below is None or rest is None or not head.text.isupper():
            continue
        if any(head.signals[name] for name in ("sentence", "machinery", "after_body")):
            continue
        if below.line in {candidate.line for candidate in split_openings([below, rest], lines)}:
            found[head.line] = below.line
    return found


def _alt_copied(candidate: Candidate, head: Candidate, lines: Sequence[str]) -> bool:
    """Whether a line further down the page (``lines``) opens with the candidate's text, a comma
    and more words (an image's alt text with its number, "Headline, image No. 1"), and the
    line above it (``head``) is printed nowhere else: a headline under a site's name, which an
    alt text repeats as it seldom repeats a deck, and no deck of that name."""
    if head.signals["repeated"]:
        return False
    opening = candidate.text + ", "
    return any(line.startswith(opening) for line in lines[candidate.line + 2 :])
