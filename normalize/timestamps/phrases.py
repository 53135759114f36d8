"""Patterns built from lists of literal phrases (months, labels, zones' names): their
alternation laid out as a prefix tree, and the letters and the first words they open with,
which gate the patterns (a line holding none of a pattern's first words is not searched)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final

import regex

# Words as the patterns and the word tables see them: letters only.
LETTERS: Final = regex.compile(r"\p{L}+")


def alternation(phrases: Iterable[str], space: str = r"\s{1,3}") -> str:
    """A regex alternation of literal phrases that prefers the longest ("수정일" over "수정").

    The phrases are laid out as a prefix tree ("ju(?:ne|ly)"), so that a failed attempt costs
    one character test rather than one per phrase; the phrases that can match at one place are
    prefixes of each other, so trying longer continuations first keeps the longest-first
    preference. A space stands for ``space``, a pattern: one to three spaces unless told.

    >>> alternation(["june", "july", "jun"]), alternation(["all times"], space="[ ]+")
    ('ju(?:ly|n(?:e)?)', 'all[ ]+times')
    """
    tree: dict[str, Any] = {}
    for phrase in phrases:
        node = tree
        for symbol in " ".join(phrase.split()):
            node = node.setdefault(symbol, {})
        node[""] = {}
    return _tree_pattern(tree, space)


def _tree_pattern(node: dict[str, Any], space: str) -> str:
    """One node of the prefix tree as a pattern, a space as ``space``."""
    branches = [
        (space if symbol == " " else regex.escape(symbol)) + _tree_pattern(child, space)
        for symbol, child in sorted(node.items())
        if symbol
    ]
    if not branches:
        return ""
    if "" in node:
        return f"(?:{'|'.join(branches)})?"
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def initials(phrases: Iterable[str]) -> str:
    """The letters the phrases start with, as the body of a character class."""
    return "".join(sorted({regex.escape(phrase.split()[0][0]) for phrase in phrases}))


def first_words(phrases: Iterable[str]) -> frozenset[str]:
    """The first word of each phrase, as ``LETTERS`` splits it: "posted on" gives "posted".

    >>> sorted(first_words(["posted on", "입력"]))
    ['posted', '입력']
    """
    return frozenset(LETTERS.findall(phrase)[0] for phrase in phrases)
