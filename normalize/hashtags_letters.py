"""A lone Latin letter glued to a Korean word in a hashtag: Korean writes such a letter as part
of the word it touches, never as a word of its own. After a Korean word it names a variant or
a grade of it (채널A, 플랜B, 비타민C); opening a word it marks a kind or a generation (K리그,
X세대, e스포츠, N번방).
"""

from __future__ import annotations

import regex

# One Latin letter, either case.
_LONE_LETTER = regex.compile(r"\p{Latin}")
_HANGUL_WORD = regex.compile(r"\p{Hangul}+")
# "x" between two words is how a collaboration is written (나이키x무신사), not a variant.
_COLLABORATION = frozenset("xX")


def join_lone_letters(words: list[str]) -> list[str]:
    """Join each lone Latin letter to the Korean word it is glued to: the word before it, else,
    where the letter opens the tag or follows a number, the word after it. A letter among words
    of other scripts, and "x" after a word, stay apart.

    >>> join_lone_letters(["채널", "A", "뉴스"])
    ['채널A', '뉴스']
    >>> join_lone_letters(["2026", "K", "리그", "개막"])
    ['2026', 'K리그', '개막']
    >>> join_lone_letters(["나이키", "x", "무신사"])
    ['나이키', 'x', '무신사']
    """
    joined: list[str] = []
    for index, word in enumerate(words):
        previous = words[index - 1] if index else ""
        after_korean = _is_letter(word) and word not in _COLLABORATION and _is_korean(previous)
        after_letter = _is_korean(word) and _is_letter(previous) and _opens_word(words, index - 1)
        if joined and (after_korean or after_letter):
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def _is_letter(word: str) -> bool:
    return _LONE_LETTER.fullmatch(word) is not None


def _is_korean(word: str) -> bool:
    return _HANGUL_WORD.fullmatch(word) is not None


def _opens_word(words: list[str], at: int) -> bool:
    """Whether the word at ``at`` opens the tag or follows a number (2026 + K + 리그)."""
    return at == 0 or words[at - 1].isdigit()
