"""A post's category printed after its title, the very words of the flag its writer set in
brackets before it: "[Harbour League] Round 9 results Harbour League ™" holds the title
"[Harbour League] Round 9 results", as a blog's template glues the category on after it."""

from __future__ import annotations

from typing import Final

import regex

# The flag in square brackets opening the line, 24 characters at most (``titles``' flags).
_OPENING_FLAG: Final = regex.compile(r"\[([^\[\]]{1,24})\]")
# A category's name after the title has this many words at least: one word closing a headline
# may be its own ("[Review] The new harbour film reviewed" / "… 리뷰").
_ECHO_WORDS: Final = 2
# The title before the category keeps this many words at least.
_TITLE_WORDS: Final = 2
_WORD: Final = regex.compile(r"\S+")
_SPACE: Final = regex.compile(r"\s+")
# What a template may print after the category: spaces and signs ("™", "®").
_SIGN: Final = regex.compile(r"[\s\p{S}]")


def without_flag_echo(text: str) -> str:
    """The line without a category's name after the title repeating the flag opening the line
    (letters compared without spaces and case, ``_ECHO_WORDS`` words at least, signs after it
    going with it), the title keeping ``_TITLE_WORDS`` words at least.

    >>> without_flag_echo("[풋살 소식] 9라운드 경기 결과 정리 풋살 소식 ™")
    '[풋살 소식] 9라운드 경기 결과 정리'
    >>> without_flag_echo("[Harbourleague] Round 9 results Harbour League")
    '[Harbourleague] Round 9 results'
    >>> without_flag_echo("[리뷰] 영화 '바다' 리뷰")
    "[리뷰] 영화 '바다' 리뷰"
    >>> without_flag_echo("[풋살 소식] 경기 풋살 소식")
    '[풋살 소식] 경기 풋살 소식'
    """
    flag = _OPENING_FLAG.match(text)
    if flag is None:
        return text
    key = _SPACE.sub("", flag[1]).casefold()
    end = len(text)
    while end > flag.end() and _SIGN.match(text, end - 1):
        end -= 1
    words = list(_WORD.finditer(text, flag.end(), end))
    for count in range(_ECHO_WORDS, len(words) - _TITLE_WORDS + 1):
        tail = words[-count:]
        letters = "".join(word[0] for word in tail).casefold()
        if letters == key:
            return text[: tail[0].start()].rstrip()
        if len(letters) >= len(key):
            break
    return text
