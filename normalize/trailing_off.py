"""A line trailing off in an ellipsis that leaves a heading open, no sentence cut short: one word
or two ("Finally …"), a Korean headline's clause ("…가봤더니…") or a column's capitalised heading
("From the Pastor's Desk…").
"""

from __future__ import annotations

from typing import Final

import regex

from normalize.text import WHITESPACE

# A long word of a title's case: this many Latin letters or more, each such word opening with a
# capital ("Ferry Fares Rise Again").
TITLE_CASE_LETTERS: Final = 4
# One word or two trailing off ("Finally …", "Ice breaks…"): a letter's or a story's title, no
# sentence cut short.
_TRAILING_WORDS: Final = regex.compile(
    r"\p{L}+(?:\p{White_Space}+\p{L}+)?\p{White_Space}*(?:…|\.\.\.)\p{White_Space}*"
)
# The syllables a Korean sentence closes with ("했다", "많아요", "될까"); a line trailing off
# after any other ("가봤더니…", "논란…") leaves its clause open, as a headline does.
_KOREAN_CLOSINGS: Final = frozenset("다요까죠네라자")
_HANGUL_SYLLABLE: Final = regex.compile(r"\p{Hangul}")
# A headline left open so has this many words at most; a longer line is a sentence cut short.
_OPEN_CLAUSE_WORDS: Final = 10
# The ellipsis closing a line: its mark, or a run of dots of any length, the two a writer trails
# off in too, a Korean clause's ("가을 소풍 후기..") or a capitalised heading's ("Race Results for
# May.."), and the four or more typed as a longer pause ("…다녀와서....").
_CLOSING_ELLIPSIS: Final = regex.compile(r"(?:…|\.{2,})\Z")
# A column's heading left open in an ellipsis has this many words at most, this many of them
# long words each opening with a capital ("From the Pastor's Desk…"), and a short word among
# them kept in small letters ("the", "of"), as a title's case keeps its articles and
# prepositions: a button's label capitalises every word ("View All Photos…").
_CAPITALISED_HEAD_WORDS: Final = 6
_CAPITALISED_WORDS: Final = 2
_NOT_LETTERS: Final = regex.compile(r"\P{L}+")
# A word's letters all Latin, the first a capital.
_CAPITALISED_LATIN: Final = regex.compile(r"(?=\p{Latin})\p{Lu}\p{Latin}*")
# A word's letters all Latin and all small.
_SMALL_LATIN: Final = regex.compile(r"(?:(?=\p{Latin})\p{Ll})+")


def trails_off(text: str) -> bool:
    """Whether the line trails off in an ellipsis as a heading left open does, whatever closes
    it: one word or two, a Korean clause left open or a capitalised column heading.

    >>> trails_off("Finally …"), trails_off("From the Pastor's Desk…")
    (True, True)
    >>> trails_off("The ferry fares will rise again in May…")
    False
    """
    return (
        _TRAILING_WORDS.fullmatch(text) is not None
        or _trails_off_in_korean(text)
        or _trails_off_capitalised(text)
    )


def _trails_off_capitalised(text: str) -> bool:
    """Whether the line, of ``_CAPITALISED_HEAD_WORDS`` words at most, trails off in an ellipsis
    (or a run of dots, ``_CLOSING_ELLIPSIS``) with every Latin word of ``TITLE_CASE_LETTERS``
    letters or more opening with a capital, ``_CAPITALISED_WORDS`` of them at least, and a
    shorter word in small letters among them (a title's "the", "of"): a column's heading left
    open ("From the Pastor's Desk…" over the pastor's letter, "Race Results for May.." over the
    month's races), no sentence cut short, which runs in small letters, nor a button's label or
    a digest's headline capitalising every word ("View All Photos…").

    >>> _trails_off_capitalised("From the Pastor's Desk…")
    True
    >>> _trails_off_capitalised("Notes From the Hill Farm...")
    True
    >>> _trails_off_capitalised("Race Results for May.."), _trails_off_capitalised("Race Results.")
    (True, False)
    >>> _trails_off_capitalised("View All Photos…"), _trails_off_capitalised("Notes Of Hill Farm…")
    (False, False)
    >>> _trails_off_capitalised("The ferry fares will rise again in May…")
    False
    >>> _trails_off_capitalised("From the Pastor's Desk"), _trails_off_capitalised("Ice Breaks…")
    (False, False)
    """
    opening = _before_ellipsis(text)
    if opening is None:
        return False
    words = opening.split()
    if len(words) > _CAPITALISED_HEAD_WORDS:
        return False
    capitals = small = 0
    for word in words:
        letters = _NOT_LETTERS.sub("", word)
        if len(letters) < TITLE_CASE_LETTERS:
            if _SMALL_LATIN.fullmatch(letters) is not None:
                small += 1
            continue
        if _CAPITALISED_LATIN.fullmatch(letters) is None:
            return False
        capitals += 1
    return capitals >= _CAPITALISED_WORDS and small > 0


def _trails_off_in_korean(text: str) -> bool:
    """Whether the line, of a headline's ``_OPEN_CLAUSE_WORDS`` words at most, trails off in an
    ellipsis (or a run of dots, ``_CLOSING_ELLIPSIS``) after a Hangul syllable that closes no Korean
    sentence: a headline's clause left open ("…가봤더니…", "가을 소풍 후기.."), no sentence cut
    short.

    >>> _trails_off_in_korean("도서관 밤 10시까지 연다길래 가봤더니…")
    True
    >>> _trails_off_in_korean("가을 소풍 후기.."), _trails_off_in_korean("소풍은 즐거웠답니다..")
    (True, False)
    >>> _trails_off_in_korean("솔내군은 다음 달부터 읍내와 외곽 마을을 잇는 버스 노선을 세 개"
    ...                       " 늘리고, 배차 간격도 줄이기로 했는데…")
    False
    >>> _trails_off_in_korean("결론부터 말하면 자리가 없었다…"), _trails_off_in_korean("Ice broke…")
    (False, False)
    """
    opening = _before_ellipsis(text)
    if opening is None or len(opening.split()) > _OPEN_CLAUSE_WORDS:
        return False
    last = opening[-1:]
    return bool(_HANGUL_SYLLABLE.fullmatch(last)) and last not in _KOREAN_CLOSINGS


def _before_ellipsis(text: str) -> str | None:
    """The line before the ellipsis closing it ("…" or a run of two dots or more), spaces after
    it dropped; None when no ellipsis closes it.

    >>> _before_ellipsis("Finally …"), _before_ellipsis("Ice broke...  "), _before_ellipsis("Ice")
    ('Finally ', 'Ice broke', None)
    >>> _before_ellipsis("다녀와서...."), _before_ellipsis("Ice broke.")
    ('다녀와서', None)
    """
    stripped = text.rstrip(WHITESPACE)
    closing = _CLOSING_ELLIPSIS.search(stripped)
    return None if closing is None else stripped[: closing.start()]
