"""A headline broken over two lines, as a print page sets a long head in a narrow column: in
capitals on lines side by side ("WINTER SCHOOL OF YOUNG GEOLOGISTS" / "DRAWS A RECORD CROWD"),
or in sentence case with blank lines between its pieces, as an e-paper's text layer prints
them, the second opening in small letters ("Dead fish found along six-mile" / "" / "stretch of
the river after a leak"), or in Korean side by side, the first closing on a verb's modifier
form whose noun the second holds ("2023년 연구로 증명한" / "지역 혁신 대학"): one headline."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from itertools import pairwise
from typing import Final

import regex

from normalize.segment_rules import rules
from normalize.title_shapes import is_shouted
from normalize.titles import title_key

# What closes a sentence or leaves a line open for a list: no piece of a headline ends so.
_CLOSING_MARKS: Final = ".!?:;,…"
# The two pieces hold this many words at least together (a menu's two labels fewer), and a
# headline's most words at most.
_LEAST_WORDS: Final = 4
_HEADLINE_WORDS: Final = 20
# Pieces in sentence case stand this many lines apart at most (two blank lines between them).
_WRAP_GAP: Final = 3
# A line of a paragraph set in print's lines holds this many words at least, and the next one
# goes on in small letters: the page is a print page's text, whose heads wrap as its lines do.
_PRINT_LINE_WORDS: Final = 8
# A second piece in sentence case holds this many words at least: a tag, a file's name, "image"
# or a caption's few words under a headline are none.
_WRAP_WORDS: Final = 5
# What closes a sentence: no second piece of a headline ends so.
_SENTENCE_MARKS: Final = ".!?…"
_CAPITAL_START = regex.compile(r"\p{Lu}")
# A first word wholly in small letters: "iPhone", "eBay" open a headline of their own (the
# core's `opens_in_small_letters`).
_SMALL_START = regex.compile(r"\p{Ll}+(?![\p{L}\p{M}])")
# A Korean word of Hangul syllables closing a line, and a line opening with one.
_LAST_HANGUL_WORD = regex.compile(r"(?<!\S)[\uac00-\ud7a3]+$")
_HANGUL_START = regex.compile(r"[\uac00-\ud7a3]")
# The noun a modifier form of 하다 or 되다 closes holds this many syllables at least.
_MODIFIED_NOUN: Final = 2


def with_capitals_below(
    lines: Sequence[str], filled: Sequence[int], rank: int, skip: Collection[int]
) -> tuple[str, int]:
    """The line of this rank among the page's lines with text (``filled``, their places in
    ``lines``) joined with the next one, and 1, when the two stand alone together between blank
    lines (or the page's edge), or side by side in capitals between lines not in capitals on
    both sides (`_capitals_apart`; a menu in capitals atop the page over a headline in capitals
    and its lead is no such pair), neither a line of ``skip`` (a masthead, a section's label),
    and are the pieces of a headline (``_are_pieces``). Else the line as it is and 0: a block of
    three lines is a paragraph or a menu.

    >>> page = ["Issue 12", "", "WINTER SCHOOL OF YOUNG GEOLOGISTS", "DRAWS A RECORD CROWD", "",
    ...         "The school met for the twenty-first time."]
    >>> with_capitals_below(page, [0, 2, 3, 5], 1, set())
    ('WINTER SCHOOL OF YOUNG GEOLOGISTS DRAWS A RECORD CROWD', 1)
    >>> with_capitals_below(page, [0, 2, 3, 5], 1, {3})
    ('WINTER SCHOOL OF YOUNG GEOLOGISTS', 0)
    >>> with_capitals_below(page, [0, 2, 3, 5], 1, {2})
    ('WINTER SCHOOL OF YOUNG GEOLOGISTS', 0)
    """
    index = filled[rank]
    line = lines[index]
    after = filled[rank + 1] if rank + 1 < len(filled) else index
    above = filled[rank - 1] if rank > 0 else None
    next_one = filled[rank + 2] if rank + 2 < len(filled) else None
    between_blanks = (above is None or above < index - 1) and (
        next_one is None or next_one > after + 1
    )
    between_lines = (
        above is not None
        and next_one is not None
        and _capitals_apart(lines, above, index, after)
        and _capitals_apart(lines, next_one, index, after)
    )
    alone = (
        after > index
        and (between_blanks or between_lines)
        and index not in skip
        and after not in skip
    )
    first, below = line.strip(), lines[after].strip() if alone else ""
    if not alone or not _are_pieces(first, below, after - index, lines):
        return line, 0
    return f"{first} {below}", 1


def _capitals_apart(lines: Sequence[str], neighbour: int, index: int, after: int) -> bool:
    """Whether lines ``index`` and ``after``, side by side, are both in capitals and the line
    ``neighbour`` right beside them is not: the capitals set the pair apart from a paragraph or
    a line of code over it as blank lines would ("ОПОВЕЩЕНИЕ" / "О НАЧАЛЕ ОБСУЖДЕНИЙ" between a
    template's comment and the notice's text)."""
    return (
        after == index + 1
        and is_shouted(lines[index].strip())
        and is_shouted(lines[after].strip())
        and not is_shouted(lines[neighbour].strip())
    )


def is_joined_below(text: str, line: int, lines: Sequence[str]) -> bool:
    """Whether a headline read from the page's line ``line`` of ``lines`` is that line and the
    next one with text below it, pieces of a headline (``_are_pieces``), joined: the second
    piece prints no copy of it, and nothing is glued around it.

    >>> page = ["WINTER SCHOOL OF YOUNG GEOLOGISTS", "DRAWS A RECORD CROWD"]
    >>> is_joined_below("WINTER SCHOOL OF YOUNG GEOLOGISTS DRAWS A RECORD CROWD", 0, page)
    True
    """
    first = lines[line].strip()
    after = next((k for k in range(line + 1, len(lines)) if lines[k]), line + 1)
    below = lines[after].strip() if after < len(lines) else ""
    return text == f"{first} {below}" and _are_pieces(first, below, after - line, lines)


def _are_pieces(first: str, below: str, gap: int, lines: Sequence[str]) -> bool:
    """Whether two lines ``gap`` lines apart are the pieces of one headline: the first closed by
    no mark, the two of a headline's length, and side by side both in capitals, or with blank
    lines between (``_WRAP_GAP``) the first opening with a capital and the second's first word
    wholly in small letters, of ``_WRAP_WORDS`` words at least (a link is one), not all of them
    the first's (a copy in small letters), closed by no sentence's mark, on a page that sets its
    paragraphs in print's lines (``_in_print_lines``): elsewhere a line in small letters below a
    headline is a caption's credit, a video's call to subscribe or a lead's source."""
    if first.endswith(tuple(_CLOSING_MARKS)):
        return False
    words = len(first.split()) + len(below.split())
    of_headline_length = _LEAST_WORDS <= words <= _HEADLINE_WORDS
    if gap == 1:
        shouted = is_shouted(first) and is_shouted(below)
        return of_headline_length and (shouted or _modifies_below(first, below))
    # the shape first, the keys of the two pieces only for a pair that has it
    return (
        gap <= _WRAP_GAP
        and _CAPITAL_START.match(first) is not None
        and _SMALL_START.match(below) is not None
        and not below.endswith(tuple(_SENTENCE_MARKS))
        and of_headline_length
        and len(below.split()) >= _WRAP_WORDS
        and not set(title_key(below).split()) <= set(title_key(first).split())
        and _in_print_lines(lines)
    )


def _modifies_below(first: str, below: str) -> bool:
    """Whether the first line closes on a Korean word in the modifier form of 하다 or 되다 (the
    language's ``modifier_forms`` after a noun of ``_MODIFIED_NOUN`` syllables at least: 증명한,
    선정된), which the noun it modifies must follow, and the line below goes on in Hangul,
    closed by no sentence's mark: a headline set over two lines ("2023년 연구로 증명한" /
    "지역 혁신 대학"). A noun closing so (제한, 권한) has fewer syllables before the form.

    >>> _modifies_below("올해 연구로 증명한", "지역 혁신 대학")
    True
    >>> _modifies_below("채팅 제한", "새 규칙")
    False
    """
    found = _LAST_HANGUL_WORD.search(first)
    return (
        found is not None
        and len(found[0]) > _MODIFIED_NOUN
        and found[0][-1] in rules("ko").modifier_forms
        and _HANGUL_START.match(below) is not None
        and not below.endswith(tuple(_SENTENCE_MARKS))
    )


def _in_print_lines(lines: Sequence[str]) -> bool:
    """Whether the page sets a paragraph in print's lines: a line of ``_PRINT_LINE_WORDS`` words
    at least, closed by no sentence's mark, that the line right below goes on in small letters
    ("… after the rising tide cut" / "them off below the cliffs.").

    >>> _in_print_lines(["Three walkers were rescued by the crew after the tide cut", "them off."])
    True
    >>> _in_print_lines(["Three walkers were rescued by the crew after the tide cut them off."])
    False
    """
    return any(
        len(line.split()) >= _PRINT_LINE_WORDS
        and not line.rstrip().endswith(tuple(_SENTENCE_MARKS))
        and _SMALL_START.match(below.strip()) is not None
        for line, below in pairwise(lines)
    )
