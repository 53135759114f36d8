"""A lone Latin letter glued to a Korean word in a hashtag: Korean writes such a letter as part
of the word it touches, never as a word of its own. After a Korean word it names a variant or
a grade of it (채널A, 플랜B, 비타민C); opening a word it marks a kind or a generation (K리그,
X세대, e스포츠, N번방). Capital initials glued to the Korean name of a business are one
company name: the group's initials and what the company does (IBK + 기업은행, NH + 투자증권).
A name in Latin letters keeps the Korean particle glued after it, as a Korean word does
(KBS + 에서, NASA + 의).
"""

from __future__ import annotations

import regex

from normalize.cache import once
from normalize.facts import scripts_with
from normalize.segment_rules import rules

# One Latin letter, either case.
_LONE_LETTER = regex.compile(r"\p{Latin}")
_HANGUL_WORD = regex.compile(r"\p{Hangul}+")
# A word of Latin letters, digits among them (KBS, G20), or a number and what it counts (10대).
_NAMED_WORD = regex.compile(r"[\p{Latin}\p{N}]*\p{Latin}[\p{Latin}\p{N}]*|\p{N}[\p{N}\p{Hangul}]*")
# "x" between two words is how a collaboration is written (나이키x무신사), not a variant.
_COLLABORATION = frozenset("xX")
# Capitals that may be a group's initials, glued to a Korean company name.
_INITIALS = regex.compile(r"\p{Lu}{2,4}")
# Pieces of a company's Korean name, the business noun last (기업 + 은행).
_COMPANY_PIECES = 3
# Two to four capitals closing a Latin run (TARO, the VELA of GoodLuckVELA), and a number of one
# to three digits glued after them that no Korean word follows: a model's, a meeting's or a
# sequel's name (TARO42, VELA9); a year (MIRA2031), a longer name (KAPPA19), a count before its
# Korean counter (ZEN10주년) and a Cyrillic abbreviation's number (ВЕЛТ 12) stay apart.
_CLOSING_ACRONYM = regex.compile(r"(?<!\p{Lu})\p{Lu}{2,4}\Z")
_MODEL_NUMBER = regex.compile(r"\p{N}{1,3}(?!\p{N}|\p{Hangul})")


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
        after_korean = _is_letter(word) and word not in _COLLABORATION and is_hangul(previous)
        after_letter = is_hangul(word) and _is_letter(previous) and _opens_word(words, index - 1)
        if joined and (after_korean or after_letter):
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def join_particles(words: list[str], particles: frozenset[str]) -> list[str]:
    """Join a particle to the word of Latin letters before it, or to a number and what it
    counts, one word as a Korean noun and its particle are (KBS + 에서 -> KBS에서, NASA + 의 ->
    NASA의, 10대 + 가 -> 10대가).

    >>> join_particles(["KBS", "에서", "만난", "사람들"], frozenset({"에서"}))
    ['KBS에서', '만난', '사람들']
    """
    joined: list[str] = []
    for word in words:
        if joined and word in particles and _NAMED_WORD.fullmatch(joined[-1]):
            joined[-1] += word
        else:
            joined.append(word)
    return joined


@once
def particles() -> frozenset[str]:
    """The Korean particles that a word of Latin letters keeps (의, 에서)."""
    lang = scripts_with("hashtags").get("Hangul")
    return frozenset() if lang is None else rules(lang).particles


def _is_letter(word: str) -> bool:
    return _LONE_LETTER.fullmatch(word) is not None


def is_hangul(word: str) -> bool:
    """Whether a word is all Hangul."""
    return _HANGUL_WORD.fullmatch(word) is not None


def _opens_word(words: list[str], at: int) -> bool:
    """Whether the word at ``at`` opens the tag or follows a number (2026 + K + 리그)."""
    return at == 0 or words[at - 1].isdigit()


@once
def businesses() -> frozenset[str]:
    """The Korean nouns of a business that close a company's name after its initials."""
    lang = scripts_with("hashtags").get("Hangul")
    return frozenset() if lang is None else rules(lang).businesses


def is_initials(run: str) -> bool:
    """Whether a Latin run may be a group's initials: two to four capitals (IBK, NH)."""
    return _INITIALS.fullmatch(run) is not None


def closes_with_acronym(run: str) -> bool:
    """Whether a Latin run ends with two to four capitals, a name's acronym (TARO, GoodLuckVELA).

    >>> closes_with_acronym("GoodLuckVELA"), closes_with_acronym("KAPPA")
    (True, False)
    """
    return _CLOSING_ACRONYM.search(run) is not None


def is_model_number(tag: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` of a tag, glued after an acronym, is that name's
    own (TARO42, VELA9): one to three digits that no Korean word follows (ZEN10주년 counts).

    >>> is_model_number("TARO42", 4, 6), is_model_number("ZEN10주년", 3, 5)
    (True, False)
    """
    found = _MODEL_NUMBER.match(tag, start)
    return found is not None and found.end() == end


def join_company_name(initials: str, pieces: list[str], businesses: frozenset[str]) -> list[str]:
    """Join initials to the Korean pieces glued after them up to the first that ends with a
    business noun (은행, 증권), one company name, where it is among the first pieces; else the
    initials stand apart.

    >>> join_company_name("IBK", ["기업", "은행", "적금"], frozenset({"은행"}))
    ['IBK기업은행', '적금']
    >>> join_company_name("ESG", ["경영", "공시"], frozenset({"은행"}))
    ['ESG', '경영', '공시']
    """
    for end, piece in enumerate(pieces[:_COMPANY_PIECES], start=1):
        if any(piece.endswith(business) for business in businesses):
            return [initials + "".join(pieces[:end]), *pieces[end:]]
    return [initials, *pieces]
