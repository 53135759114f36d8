"""Story heads: the lines that head a story on a page (a headline its lead echoes), whether a
page lists many of them (a feed, a search page, an index), and the deck under one.

The headline chooser (``normalize.headline``) weighs each candidate; these say what a
candidate is to the lines around it once its own signals are known.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from itertools import pairwise
from typing import Final, NamedTuple

import regex

from normalize.timestamps import parse_timestamp
from normalize.timestamps.elsewhere import weather_lines
from normalize.title_shapes import is_body_shaped, is_shouted, is_word_list
from normalize.titles import title_key

# A deck stands this many lines with text below its headline, at most.
_DECK_BELOW: Final = 2
# A page with more story heads than this, each printed once, is a listing; a listing's story
# head may be as short as a label ("Rail Timetable Review").
_LISTING_HEADS: Final = 3
_LISTING_HEAD_WORDS: Final = 3
# How much of a story head its lead echoes, at least; of a headline with a deck below it
# (the deck takes some of the lead's words), and its words at least (a label has no deck).
_HEAD_ECHO: Final = 0.3
_DECKED_HEAD_ECHO: Final = 0.2
_DECKED_HEAD_WORDS: Final = 3
# A headline whose lead is out of sight below its deck and byline has this many words at least.
_BYLINED_HEAD_WORDS: Final = 7
# A feed's item stands this many lines with text from its own dateline, at most, above or below;
# its items are as many lines apart, give or take this many.
_FEED_STEP: Final = 3
_GAP_SLACK: Final = 1
# A promo banner in capitals has this many words at least.
_PROMO_WORDS: Final = 3
# A qualifier in brackets after an entry's term: "Deferred revenue (accounting)".
_QUALIFIER: Final = regex.compile(r"\s*[(\[][^()\[\]]{1,30}[)\]]\s*$")
# A particle or ending of a syllable or two glued to a Hangul term in the lead ("조각투자는").
_HANGUL_ENDING: Final = regex.compile(r"\p{Hangul}{1,2} ")
_HANGUL: Final = regex.compile(r"\p{Hangul}")
# A clock, maybe with its half of the day ("21:05", "9:30 PM", "09.45"), or an hour ("6 p.m.",
# "9pm"): what opens a timed line.
CLOCK_OR_HOUR: Final = (
    r"\d{1,2}[:.]\d\d(?::\d\d)?(?:\s?[AaPp]\.?[Mm]\.?)?|\d{1,2}\s?(?:[ap]\.m\.|[AaPp][Mm])"
)
# What opens a timed entry's line: a clock or an hour, then a space, a letter or the line's
# end. (An over and ball, "16.2", is no mark: a document's numbered sections, "2.1 Scope",
# print the same.)
_ENTRY_MARK: Final = regex.compile(rf"\s*(?:{CLOCK_OR_HOUR})(?:\s|\p{{L}}|$)")
# An air time in a short line below an entry: "CBS, 9pm", "ABC, 3:30pm Live".
_AIR_TIME: Final = regex.compile(
    r"[^,]{1,30},\s*\d{1,2}(?::\d\d)?\s?(?:[ap]\.m\.|[AaPp][Mm])(?:\s|$)"
)
# A clock alone on its line, above the entry it times, maybe after a bullet and before its
# zone: "21:05", "• 08:51", "11.08am BST".
# A dateline that names its writer after its time: "Wednesday, March 13, 2024 by Tomas Ferreira".
_SIGNED_DATE: Final = regex.compile(r"\sby\s+\p{Lu}\p{L}*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$")
_CLOCK_ALONE: Final = regex.compile(
    r"\s*(?:[•·*-]\s*)?\d{1,2}[:.]\d\d(?::\d\d)?(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s+\p{Lu}{2,4})?\s*"
)


class Candidate(NamedTuple):
    """A line's headline, where it is, and the signals it gives."""

    line: int
    order: int  # among the lines with text
    text: str
    key: str
    signals: dict[str, float]


def is_listing(candidates: list[Candidate], bulleted: Collection[int] = ()) -> bool:
    """Whether the page is a listing (a feed, a search page, an index of statements): more
    than ``_LISTING_HEADS`` story heads that the page prints once each, none of them an item of
    a bulleted list (the lines of ``bulleted``: the streets a notice lists, the points of a
    story). The estimate is the page's, so every candidate carries it alike: it decides whether
    the page has a headline, not which line it is."""
    heads = (
        c
        for c in candidates
        if is_story_head(c, words=_LISTING_HEAD_WORDS)
        and c.signals["repeated"] < 1.0
        and c.line not in bulleted
    )
    return sum(1 for _ in heads) > _LISTING_HEADS


def feed_items(
    candidates: list[Candidate],
    dated: Collection[int],
    texts: Sequence[str],
    machinery: Collection[int],
) -> set[int]:
    """The lines of the story heads that a feed prints as its items: two story heads or more,
    each printed once, each at the same step from a dateline or byline of its own, all stating
    a time or none ("<head> / <date> Written by"; a post's date line and a reposted story's
    byline below it mark no two items, nor do an article's stamp signed by its writer, "<date>
    by <name>", and a feed's bare time; a date past a nearer dateline of the head is none of
    its own), or from a line the page prints by each of them (a
    "Read more" link, a source's name; no paragraph, as a summary's copy of the lead is), the
    heads in units of one size (``_one_shape``). ``texts`` are the page's lines with text,
    and ``dated`` and ``machinery`` the places of its datelines and machinery. A headline and its
    dateline make one such pair; a second head at the same step from a second dateline makes
    it a feed, when no machinery stands between them but what each head has beside it. On an
    article the teasers below it have no dates, or no lead of their own that echoes them, or
    stand past its end (a share box, a "Related" label), or the article's lead makes its unit
    larger than theirs; a deck below the headline shares its dateline block.

    >>> signals = dict.fromkeys(("caption", "machinery", "site", "sentence"), 0.0)
    >>> head = Candidate(0, 0, "Ferry fares rise again", "ferry fares rise again",
    ...                  signals | {"echo": 0.5, "repeated": 0.0, "lower_case": 0.0})
    >>> other = head._replace(line=4, order=4, text="Rail strike ends", key="rail strike ends")
    >>> texts = ["Ferry fares rise again", "", "Ferries", "", "Rail strike ends", "", "Rail"]
    >>> sorted(feed_items([head, other], {1, 5}, texts, set()))
    [0, 4]
    >>> feed_items([head, other], {1}, texts, set()), feed_items([head, other], {1, 5}, [
    ...     texts[0], "May 2, 2024", *texts[2:]], set())
    (set(), set())
    >>> more = [*texts[:2], "Read more", *texts[3:6], "Read more"]
    >>> sorted(feed_items([head, other], {1}, more, {2, 6}))
    [0, 4]
    >>> lead = "Fares on the island ferry routes rise by a tenth from May, the operator said."
    >>> sorted(feed_items([head, other], {1}, [*texts[:2], lead, *texts[3:6], lead], set()))
    []
    >>> sorted(feed_items([head, other], {1, 5}, texts, {3}))
    []
    """
    heads = [
        c
        for c in candidates
        if is_story_head(c, words=_LISTING_HEAD_WORDS)
        and c.signals["repeated"] == 0.0
        and not c.signals["lower_case"]
    ]
    orders = {head.order for head in heads}
    items: set[int] = set()
    for step in (s for s in range(-_FEED_STEP, _FEED_STEP + 1) if s):
        # the heads by what stands at the step from them: a dateline, none nearer the head
        # (each prints its own date; its kind: a time, one signed by its writer, a byline), or
        # a line's key (the page prints the same line by each)
        beside: dict[tuple[str, str], list[Candidate]] = {}
        for head in heads:
            at = head.order + step
            if at in dated:
                nearer = any(min(at, head.order) < d < max(at, head.order) for d in dated)
                if not nearer and (step > 0 or not _under_a_head(at, orders, dated)):
                    beside.setdefault((_dateline_mark(texts[at]), ""), []).append(head)
            elif 0 <= at < len(texts) and (key := title_key(texts[at])) and _may_mark(texts[at]):
                beside.setdefault(("line", key), []).append(head)
        for group in beside.values():
            marks = {head.order + step for head in group}
            first, last = group[0].order, group[-1].order
            apart = any(first < m < last and m not in marks for m in machinery)
            if len({head.key for head in group}) > 1 and not apart and _one_shape(group, step):
                items.update(head.line for head in group)
    return items


def _dateline_mark(text: str) -> str:
    """What kind of dateline marks a feed's head: a time ("time"), a time with its writer's
    name after it ("signed": an article's own stamp, which the items of a feed below it do not
    print), or a byline stating none ("byline").

    >>> _dateline_mark("June 14, 2018 9AM"), _dateline_mark("June 18, 2018 by Ana Ruiz")
    ('time', 'signed')
    """
    if not parse_timestamp(text):
        return "byline"
    return "signed" if _SIGNED_DATE.search(text) else "time"


def _under_a_head(at: int, heads: Collection[int], dated: Collection[int]) -> bool:
    """Whether the dateline at this place is one of a block of them right below a head (its
    dates and byline): that head's, not a date above the head that follows the block.

    >>> _under_a_head(3, {1, 4}, {2, 3}), _under_a_head(3, {4}, {2, 3})
    (True, False)
    """
    top = at
    while top - 1 in dated:
        top -= 1
    return top - 1 in heads


def _may_mark(text: str) -> bool:
    """Whether a line the page prints by each of a feed's heads may mark its items: a link's
    label or a source's name, not a paragraph (a summary's copy of the lead printed again
    above the article's body).

    >>> _may_mark("Read the original"), _may_mark("The city opened a reading room for children.")
    (True, False)
    """
    return not is_body_shaped(text)


def _one_shape(group: list[Candidate], step: int) -> bool:
    """Whether a feed's heads, in order, stand in units of one size, each with its own mark:
    the heads further apart than the step (a date above both heads, or below both, is an
    article's dateline block, not each one's own), and the lines between each two alike in
    number, give or take one (a teaser wrapped on one more line; an article's head, its lead
    and a list's label above the list's first item make a larger unit).

    >>> heads = [Candidate(0, k, "", "", {}) for k in (2, 6, 10)]
    >>> _one_shape(heads, 1), _one_shape(heads, -3), _one_shape(heads, -4)
    (True, True, False)
    >>> _one_shape([Candidate(0, k, "", "", {}) for k in (2, 6, 8)], 1)
    False
    """
    gaps = [b.order - a.order for a, b in pairwise(group)]
    return min(gaps) > abs(step) and max(gaps) - min(gaps) <= _GAP_SLACK


def timed_entries(candidates: list[Candidate], texts: Sequence[str]) -> set[int]:
    """The lines of the candidates that a page prints as its timed entries, when it prints
    two or more: each opens with a time ("6 p.m. on <channel> <show>"), stands under a clock
    alone on its line (a live blog's or a day archive's "21:05" above each entry) or above
    its channel and air time ("<show>" above "CBS, 9pm"). A TV grid, a live page or a day's
    list has no headline among them. ``texts`` are the page's lines with text, in order.

    >>> signals = {}
    >>> show = Candidate(0, 0, "7 p.m. on KWXT River Run", "", signals)
    >>> other = show._replace(line=2, order=2, text="8 p.m. on KDNV Night Shift")
    >>> texts = ["7 p.m. on KWXT River Run", "Agents chase a ring.", "8 p.m. on KDNV Night Shift"]
    >>> sorted(timed_entries([show, other], texts))
    [0, 2]
    >>> sorted(timed_entries([show], texts[:2]))
    []
    """
    timed = {
        c.line
        for c in candidates
        if _ENTRY_MARK.match(texts[c.order]) is not None
        or (c.order > 0 and _CLOCK_ALONE.fullmatch(texts[c.order - 1]) is not None)
        or (c.order + 1 < len(texts) and _AIR_TIME.match(texts[c.order + 1]) is not None)
    }
    return timed if len(timed) > 1 else set()


def is_weather_reading(line: str) -> bool:
    """Whether the line is a weather widget's reading, a short line holding a temperature
    ("Облачно 12°", "• 맑음서울 5.2℃"): a widget, however much it looks like a short head.

    >>> is_weather_reading("Облачно 12°"), is_weather_reading("Heat wave grips the south")
    (True, False)
    """
    return bool(weather_lines(line))


def is_promo(text: str) -> bool:
    """Whether the line is a promo banner: a call of ``_PROMO_WORDS`` words at least, every
    letter of it a capital, ending in "!" ("LISTEN TO US ON THE ROAD!"); a headline is not
    shouted so. Hangul has no capitals: a Korean headline with a Latin initialism in it
    ("부두 마을에 TV 중계차 도착!") is no line in capitals.

    >>> is_promo("LISTEN TO RIVER RADIO ON THE ROAD!"), is_promo("Ferry fares rise again!")
    (True, False)
    >>> is_promo("부두 마을에 TV 중계차 도착!")
    False
    """
    return text.rstrip().endswith("!") and len(text.split()) >= _PROMO_WORDS and is_shouted(text)


def opens(candidate: Candidate, lead: str) -> bool:
    """Whether the lead paragraph opens with the candidate's term: an entry's term
    ("Deferred revenue" above "Deferred revenue is money a company ..."), a bracketed qualifier
    after the term left out ("Deferred revenue (accounting)"), a Hangul ending glued to its last
    word ("조각투자 (금융)" above "조각투자는 ...").

    >>> term = Candidate(0, 0, "Deferred revenue", "deferred revenue", {})
    >>> opens(term, "Deferred revenue is money a company has received in advance.")
    True
    >>> opens(term, "Revenue deferred to the next year is booked as a liability.")
    False
    >>> entry = Candidate(0, 0, "조각투자 (금융)", "조각투자 금융", {})
    >>> opens(entry, "조각투자는 하나의 자산을 여럿이 나눠 갖는 방식이다.")
    True
    """
    term = title_key(_QUALIFIER.sub("", candidate.text)) or candidate.key
    if not term:
        return False
    lead_key = f"{title_key(lead)} "
    return lead_key.startswith(f"{term} ") or (
        _HANGUL_ENDING.match(lead_key, len(term)) is not None
        and lead_key.startswith(term)
        and _HANGUL.match(term[-1]) is not None
    )


def may_have_a_deck(candidate: Candidate, dated: Collection[int] = ()) -> bool:
    """Whether the candidate is a headline a deck may stand below: a story head of three words
    or more that the paragraph below echoes (or a long one near a byline), before the article,
    no date, no slogan or list of sections (``is_word_list``), and no copy of another candidate
    with machinery glued on. A long one right under the dateline or byline the page opens with
    (``dated`` holds their ranks) needs its story to echo one word of it only: a column's
    headline, a turn of phrase, under its writer's line.

    >>> shape = ("caption", "machinery", "site", "sentence", "glued", "after_body", "lower_case")
    >>> signals = dict.fromkeys(shape, 0.0) | {"echo": 0.5, "lead_echo": 0.2, "near_dateline": 0.0}
    >>> heads = ("Blizzard holds on", "Saturday, May 11, 2024")
    >>> [may_have_a_deck(Candidate(0, 0, text, "", signals)) for text in heads]
    [True, False]
    >>> column = "How I learned to keep our budget in a paper notebook"
    >>> signals |= {"echo": 0.1, "lead_echo": 0.0, "near_dateline": 0.6}
    >>> [may_have_a_deck(Candidate(1, 1, column, "", signals), dated) for dated in ([], [0])]
    [False, True]
    """
    signals = candidate.signals
    bylined = _is_bylined_head(candidate)
    opening = bylined and candidate.order == 1 and 0 in dated  # under the page's first line
    echoed = signals["echo"] > 0.0 if opening else signals["echo"] >= _DECKED_HEAD_ECHO
    return (
        is_story_head(candidate, 0.0, _DECKED_HEAD_WORDS)
        and echoed
        and (signals["lead_echo"] > 0.0 or bylined)
        and not (signals["glued"] or signals["after_body"] or signals["lower_case"])
        and not is_word_list(candidate.text)  # a slogan or a list of sections
        and parse_timestamp(candidate.text) is None
    )


def _is_bylined_head(candidate: Candidate) -> bool:
    """A headline's length, with a dateline or byline near it: a newsletter's headline whose
    lead stands below its deck, byline, date and counters (a kicker or a blog's name is
    shorter)."""
    words = len(candidate.text.split())
    return candidate.signals["near_dateline"] > 0.0 and words >= _BYLINED_HEAD_WORDS


def is_deck_of(candidate: Candidate, head: Candidate) -> bool:
    """Whether the candidate stands just below a headline that may have a deck, and is not
    that headline with machinery glued on: a deck or a subhead under its headline."""
    return 0 < candidate.order - head.order <= _DECK_BELOW and candidate.key not in head.key


def printed_twice(
    candidates: Sequence[Candidate],
    body_start: int,
    heads: Sequence[Candidate],
    dated: Collection[int] = (),
) -> set[int]:
    """The lines of a headline printed twice, its copy on the next line with text, both above
    the article's first paragraph (rank ``body_start``), no headline that may have a deck
    (``heads``) right above the first and no dateline or byline either (``dated``, ranks):
    neither copy is the deck of a line further up, a site's name or motto over a section's name
    (a deck stands right under its headline, or under the dateline or byline below it, and is
    printed twice seldom).

    >>> texts = ["Site motto here", "News", "Head", "Head"]
    >>> found = [Candidate(k, k, t, t.lower(), {}) for k, t in enumerate(texts)]
    >>> printed_twice(found, 4, found[:1]), printed_twice(found, 3, [])
    ({2, 3}, set())
    >>> printed_twice(found, 4, found[1:2])  # a deck printed twice right under its headline
    set()
    >>> printed_twice(found[::2] + found[3:], 4, found[:1], [1])  # under its headline's byline
    set()
    """
    ranks = {candidate.order: candidate for candidate in candidates}
    head_lines = {candidate.line for candidate in heads}
    twice: set[int] = set()
    for head in candidates:
        copy, above = ranks.get(head.order + 1), ranks.get(head.order - 1)
        if copy is None or not head.key or copy.key != head.key or copy.order >= body_start:
            continue
        if head.order - 1 in dated:  # a deck under its headline's dateline or byline
            continue
        if above is None or above.line not in head_lines:
            twice |= {head.line, copy.line}
    return twice


def is_story_head(candidate: Candidate, least_echo: float = _HEAD_ECHO, words: int = 4) -> bool:
    """A full-length candidate (``words`` long at least) that its lead echoes (``least_echo``
    of its words at least), and no caption, widget or sentence: the head of a story, on a
    listing as on an article page."""
    signals = candidate.signals
    return (
        len(candidate.text.split()) >= words
        and signals["echo"] >= least_echo
        and not (
            signals["caption"] or signals["machinery"] or signals["site"] or signals["sentence"]
        )
    )
