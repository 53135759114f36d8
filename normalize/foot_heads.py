"""A head below the article's first paragraph: a teaser's or a related story's, which heads no
article, unless it heads the story printed above it (a page that prints its lead before its
title, or its title at the story's foot, or its text, then its day, then its title last), a lead
printed under the page's day, or the post below its byline.

The headline chooser (``normalize.headline``) reads these for its ``after_body`` signal.
"""

from __future__ import annotations

import string
from collections.abc import Collection, Sequence
from typing import Final

from normalize.boilerplate import line_kind, opens_with_credit_label
from normalize.heads import Candidate
from normalize.leads import LEAD_LINES
from normalize.page import echo_words

# A headline printed below its story repeats at least this many of its lead's words, and at
# least this share of its own words.
FOOT_HEAD_WORDS: Final = 3
FOOT_HEAD_SHARE: Final = 0.6
# A title closing the page under its day holds a word of this many letters or more in small
# letters; a name's joining word is shorter ("of", "de").
_SMALL_WORD_LETTERS: Final = 3
# A block of credits prints this many labels at least, each alone over its value.
_CREDIT_PAIRS: Final = 2


def is_after_body(
    candidate: Candidate,
    lines: Sequence[str],
    filled: list[int],
    body: list[int],
    dated: Collection[int],
) -> bool:
    """Whether the candidate stands below the article's first paragraph (``body`` holds the
    ranks of its paragraphs among the lines with text ``filled``), so heads no article: a
    teaser's, a related story's head. A head right above its own dateline or byline (a rank in
    ``dated``) heads the article below a teaser, a profile or a video's script, as one right
    below its byline does (``stands_under_byline``); one that heads the story above it
    (``heads_body_above``) is its headline printed at its foot, one right below a lead
    printed under the page's day that repeats it (``heads_its_dated_lead``) that lead's title,
    and one right below a dateline that closes the page (``closes_under_dateline``) the title
    of the post printed above them: it heads no text below.
    A line opening with a credit's fixed label heads nothing there, whatever stands beside it:
    a copy's source over its date ("Источник: …" / "18.07.2023 11:40") closes the copy; nor
    does a credit's value over the day (``is_credit_value``): the block of credits closes it.

    >>> lines = ["The parish of Elmcote kept its patronal feast on Sunday with a procession.",
    ...          "Patronal feast in Elmcote", "Choir tour dates"]
    >>> feast = Candidate(1, 1, lines[1], "patronal feast in elmcote", {})
    >>> tour = Candidate(2, 2, lines[2], "choir tour dates", {})
    >>> [is_after_body(c, lines, [0, 1, 2], [0], []) for c in (feast, tour)]
    [False, True]
    >>> is_after_body(tour, lines, [0, 1, 2], [0], [3])
    False
    >>> is_after_body(tour, lines, [0, 1, 2], [0], [1])  # the page's last line, under its day
    False
    >>> lines[2] = "Source: Elmcote parish office"
    >>> is_after_body(tour._replace(text=lines[2]), lines, [0, 1, 2], [0], [3])
    True
    """
    return (
        bool(body)
        and candidate.order > body[0]
        and (
            opens_with_credit_label(lines[candidate.line])
            or (
                (candidate.order + 1 not in dated or is_credit_value(candidate, lines, filled))
                and not heads_body_above(candidate, lines, filled, body)
                and not heads_its_dated_lead(candidate, lines, filled, body, dated)
                and not stands_under_byline(candidate, lines, filled, body, dated)
                and not closes_under_dateline(candidate, filled, body, dated)
            )
        )
    )


def is_credit_value(candidate: Candidate, lines: Sequence[str], filled: list[int]) -> bool:
    """Whether the candidate is a value in a block of credits whose labels and values stand
    each on its own line, no blank line between them: the line right above it a label of one
    word, and the line over that one another value under another such label ("에디터" / "NAME"
    / "사진" / "SOURCE" / "참고도서" / "BOOK"), as a magazine closes an article, its day
    under the block.

    >>> lines = ["Words", "Ana Ruiz", "Photos", "Harbour Trust", "Reading", "A Year at Sea"]
    >>> book = Candidate(5, 5, lines[5], "a year at sea", {})
    >>> is_credit_value(book, lines, list(range(6)))
    True
    >>> is_credit_value(book, lines[:2] + ["", *lines[3:]], [0, 1, 3, 4, 5])
    False
    """
    rank, line = candidate.order, candidate.line
    if rank < _CREDIT_PAIRS * 2 - 1:
        return False
    above = range(1, _CREDIT_PAIRS * 2)  # the lines right above, none blank between
    if any(filled[rank - step] != line - step for step in above):
        return False
    labels = (lines[line - step] for step in range(1, _CREDIT_PAIRS * 2, 2))
    return all(len(label.split()) == 1 for label in labels)


def stands_under_byline(
    candidate: Candidate,
    lines: Sequence[str],
    filled: list[int],
    body: list[int],
    dated: Collection[int],
) -> bool:
    """Whether the candidate, no paragraph itself, stands right above a paragraph of ``body``
    and right below the page's first byline or dateline (the least rank in ``dated``, a line
    the machinery rules call a byline), or two lines below it (any line between, as a line of
    counters): a post's title between its writer's line and its text, under a profile box. A
    head under a later byline is a teaser's, below the article its own byline heads.

    >>> lines = ["저는 바다를 좋아하는 2학년 윤다온 기자입니다. 학교 소식을 부지런히 전하겠습니다.",
    ...          "윤다온 기자 (솔빛중학교 / 2학년)", "추천 : 2 / 조회수 : 87",
    ...          "학교 앞 횡단보도에 노란 발자국이 생겼어요",
    ...          "지난주 학교 앞 횡단보도에 노란 발자국 스티커가 붙었습니다. 자리를 알려 줍니다."]
    >>> head = Candidate(3, 3, lines[3], "학교 앞 횡단보도에 노란 발자국이 생겼어요", {})
    >>> [stands_under_byline(head, lines, [0, 1, 2, 3, 4], [0, 4], dated) for dated in ([1], [])]
    [True, False]
    >>> stands_under_byline(head, lines, [0, 1, 2, 3, 4], [0, 3, 4], [1])  # a paragraph itself
    False
    """
    order = candidate.order
    if order + 1 not in body or order in body or not dated:
        return False
    first = min(dated)
    return any(
        order - above == first and line_kind(lines[filled[first]]) == "byline" for above in (1, 2)
    )


def closes_under_dateline(
    candidate: Candidate, filled: Sequence[int], body: Collection[int], dated: Collection[int]
) -> bool:
    """Whether the candidate is the page's last line with text (of ``filled``) and stands
    right below a dateline or byline (a rank in ``dated``) that stands right below a paragraph
    of ``body``, and holds a word of ``_SMALL_WORD_LETTERS`` letters or more in small letters: a
    post printed text first, then its day, then its title ("… check the road report." /
    "Friday, May 18, 2018" / "<title>"). A subhead or a teaser's head has text below it, a
    footer's last line a footer's line above its stamp, and a letter's signature under its day
    is a name, its words capitalised ("Mara Holt, Port Ellery").

    >>> head = Candidate(2, 2, "Gravel road closed", "gravel road closed", {})
    >>> closes_under_dateline(head, [0, 1, 2], [0], [1])
    True
    >>> closes_under_dateline(head._replace(text="Mara Holt of Port Ellery"), [0, 1, 2], [0], [1])
    False
    >>> closes_under_dateline(head, [0, 1, 2, 3], [0], [1])  # a line below it
    False
    >>> closes_under_dateline(head, [0, 1, 2], [], [1])  # no paragraph above its day
    False
    """
    order = candidate.order
    return (
        order == len(filled) - 1
        and order - 1 in dated
        and order - 2 in body
        and any(_is_small_word(word) for word in candidate.text.split())
    )


def _is_small_word(word: str) -> bool:
    """Whether the word, the marks around it aside, is ``_SMALL_WORD_LETTERS`` letters or more,
    all in small letters: no name's and no name's joining word ("of", "de")."""
    letters = word.strip(string.punctuation + "“”‘’«»…")
    return len(letters) >= _SMALL_WORD_LETTERS and letters.isalpha() and letters.islower()


def heads_body_above(
    candidate: Candidate, lines: Sequence[str], filled: list[int], body: list[int]
) -> bool:
    """Whether the candidate heads the story printed above it (its lead before its title, or
    its title at its foot): a paragraph of ``body`` stands at most ``LEAD_LINES`` above it and
    none as near below it, and the first paragraph (above it) repeats ``FOOT_HEAD_WORDS`` of
    its words at least, and ``FOOT_HEAD_SHARE`` of them. A teaser or a related story's head
    below an article shares a word or two with its lead, seldom most of its own.

    >>> lines = ["The parish of Elmcote kept its patronal feast on Sunday with a procession.",
    ...          "Patronal feast in Elmcote", "Share this page"]
    >>> head = Candidate(1, 1, lines[1], "patronal feast in elmcote", {})
    >>> heads_body_above(head, lines, [0, 1, 2], [0])
    True
    >>> heads_body_above(head, lines, [0, 1, 2], [0, 2])
    False
    """
    if not body or not any(0 < candidate.order - p <= LEAD_LINES for p in body):
        return False
    if any(0 < p - candidate.order <= LEAD_LINES for p in body):
        return False
    return _repeats_most_of(lines[filled[body[0]]], candidate.text)


def heads_its_dated_lead(
    candidate: Candidate,
    lines: Sequence[str],
    filled: list[int],
    body: list[int],
    dated: Collection[int],
) -> bool:
    """Whether the candidate heads the first paragraph printed over it, right under the page's
    dateline or byline (a rank in ``dated``): it stands right below that paragraph, which
    repeats ``FOOT_HEAD_WORDS`` of its words at least, and ``FOOT_HEAD_SHARE`` of them, the
    story going on below it. A subhead under a lead shares a word or two with it.

    >>> lines = ["16 March 2021", "On Sunday the parish of Elmcote kept its patronal feast.",
    ...          "Patronal feast in Elmcote", "The choir sang."]
    >>> head = Candidate(2, 2, lines[2], "patronal feast in elmcote", {})
    >>> heads_its_dated_lead(head, lines, [0, 1, 2, 3], [1, 3], [0])
    True
    >>> heads_its_dated_lead(head, lines, [0, 1, 2, 3], [1, 3], [])
    False
    """
    if not body or candidate.order != body[0] + 1 or body[0] - 1 not in dated:
        return False
    return _repeats_most_of(lines[filled[body[0]]], candidate.text)


def _repeats_most_of(paragraph: str, head: str) -> bool:
    """Whether a paragraph repeats ``FOOT_HEAD_WORDS`` of a head's words at least, and
    ``FOOT_HEAD_SHARE`` of them."""
    words = echo_words(head)
    shared = len(words & echo_words(paragraph))
    return shared >= FOOT_HEAD_WORDS and shared >= FOOT_HEAD_SHARE * len(words)
