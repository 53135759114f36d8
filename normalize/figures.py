"""Lines made of figures: a game's score, a player's line, a count, a clip's length. They stand
where a headline would (a roundup's first subhead, a live page's scoreboard, a video catalogue's
entry) but are none."""

from __future__ import annotations

from typing import Final

import regex

# A cricket line's "3x4" (three fours): an "x" between two figures is no letter.
_TIMES: Final = regex.compile(r"(?<=\p{N})x(?=\p{N})")
_LETTER: Final = regex.compile(r"\p{L}")
_FIGURE: Final = regex.compile(r"\p{N}")
_LOWER_CASE: Final = regex.compile(r"\p{Ll}")
# A reference in round brackets closing a line, figures in it: a verse's "(요 15:12-17)", an
# article's "(ст. 12.8)".
_CLOSING_REFERENCE: Final = regex.compile(r"\s*\([^()]*\d[^()]*\)$")
# A numeric date of three parts closing a line, joined by slashes or dots, or by dashes, maybe
# spaced: a day and a month before a year of two or four figures, or after one of four
# ("3/14/17", "14.03.2017", "2017/3/14", "14 – 06 - 2002", "2002-06-14"): the line closes with
# the day it tells of, as a dated headline does; no score or count is printed so (a bowler's
# "3.2 - 0 - 31 - 1" is none), and a version's or a section's number has no such year ("1.1.2").
_CLOSING_DATE: Final = regex.compile(
    r"(?:^|\s)(?:\p{N}{4}/\p{N}{1,2}/\p{N}{1,2}|\p{N}{1,2}/\p{N}{1,2}/(?:\p{N}{4}|\p{N}{2})"
    r"|\p{N}{4}\.\p{N}{1,2}\.\p{N}{1,2}|\p{N}{1,2}\.\p{N}{1,2}\.(?:\p{N}{4}|\p{N}{2})"
    r"|\p{N}{1,2}\s?[-–]\s?\p{N}{1,2}\s?[-–]\s?\p{N}{4}|\p{N}{4}-\p{N}{1,2}-\p{N}{1,2})\s*$"
)
# Two figures side by side at a line's end are a date ("March 6, 2022"), which a headline may
# close with; a figure line has this many figures, or two with a name between them.
_MANY_FIGURES: Final = 3
# A game's status after its score and a comma, one or two capitals or a period's ordinal:
# "Oak Vale 21, Elmton 14, F" (final), "…, HT" (half time), "…, 3rd" (the third quarter).
_STATUS: Final = regex.compile(r"(?<=\p{N}),\s*(?:\p{Lu}{1,2}|\p{N}(?:st|nd|rd|th))\s*$")
# A game's score: each side's capitalised name and its points, the sides joined by a comma;
# read only before a game's status, a title-case headline having the same shape.
_SIDE: Final = r"(?:\p{Lu}[\p{L}.'’-]*\s+)+\p{N}{1,3}"
_SCORE: Final = regex.compile(rf"^\s*{_SIDE},\s*{_SIDE}\s*$")
# A game's score under its label: one to three capitalised words and a colon, then the two
# sides, each a capitalised name and its points, closing the line ("Result : Oak Vale 21
# Elmton 14"): a results box's line; a headline labelled so goes on in words after a figure.
_LABELLED_SCORE: Final = regex.compile(
    rf"^\s*(?:\p{{Lu}}[\p{{L}}'’-]*\s+){{0,2}}\p{{Lu}}[\p{{L}}'’-]*\s?:\s+{_SIDE},?\s+{_SIDE}\s*$"
)
# A clip's length in minutes and seconds, as a video catalogue prints it before the clip's
# category and description: "7 мин. 05 сек.", "3 min 05 sec", "4분 30초".
_DURATION: Final = regex.compile(
    r"^\d{1,3}\s?(?:мин(?:ут[аы]?)?|min(?:utes?)?|분)\.?\s?"
    r"\d{1,2}\s?(?:сек(?:унд[аы]?)?|sec(?:onds?)?|초)"
    # glued to what follows by its dot, or alone: "2분 10초 남기고 …" opens a headline
    r"(?:\.[^\s.]|\.?\s*$)"
)


def is_figure_line(text: str) -> bool:
    """Whether the text is figures with the names they belong to: more than a third of its
    words are figures, the last word is one, no word opens in lower case (a headline's verbs
    and small words do), and there are three figures or two with a name between them (two
    side by side close a dated headline); or a game's score closed by the game's status, each
    side's name and its points ("Bay Point 49, Trinity Lutheran 6, F"), or a game's score
    under a label of one to three capitalised words and a colon ("Result : Bay Point 49
    Trinity Lutheran 6"). The status is no word of it; without one or a label, a headline in
    title case reads the same ("Ferry Crash Kills 4, Injures 27"), so the figures and names
    alone must tell. A line closing with a numeric date
    ("… Elm Park, OH 3/14/17", "Daily Digest 14 – 06 - 2002") closes with the day it tells of
    and is none; a release's version numbers close with none ("1.0.2 1.1.0 1.1.1").

    >>> is_figure_line("PINE HOLLOW 17, RIVERBEND 14"), is_figure_line("Ana Ruiz 41*(27) 3x4, 2x6")
    (True, True)
    >>> is_figure_line("Oak Vale 21, Elmton 14, F"), is_figure_line("St. Ives Grammar 7, Elm 3, OT")
    (True, True)
    >>> is_figure_line("Shares fall 300 points to 32,100")
    False
    >>> is_figure_line("Ferry Crash Kills 4, Injures 27")
    False
    >>> is_figure_line("Match Result : Bay Point 49 Trinity Lutheran 6")
    True
    >>> is_figure_line("Update: Ferry Crash Kills 4 And Injures 27 On Lake")
    False
    >>> is_figure_line("Fares Rise – May 6, 2022"), is_figure_line("#7: Elm Park, OH 3/14/17")
    (False, False)
    """
    text, closed = _STATUS.subn("", text)
    if closed and _SCORE.match(text):
        return True
    if _CLOSING_DATE.search(text):
        return False
    if _LABELLED_SCORE.match(text):
        return True
    words = [word for word in text.split() if _LETTER.search(word) or _FIGURE.search(word)]
    figures = [_LETTER.search(_TIMES.sub("", word)) is None for word in words]
    count = sum(figures)
    first = figures.index(True) if count else 0
    return (
        3 * count > len(words)
        and figures[-1]
        and (count >= _MANY_FIGURES or (count == 2 and not figures[first + 1]))
        and not any(
            _LOWER_CASE.match(_LETTER.search(word).group())
            for word, figure in zip(words, figures, strict=True)
            if not figure
        )
    )


def opens_with_duration(text: str) -> bool:
    """Whether the text opens with a clip's length in minutes and seconds, glued by its dot to
    what follows or alone: a video catalogue's entry, and no headline. A headline may open with
    a time it tells of, set apart by a space.

    >>> opens_with_duration("3 min 05 sec.Local news, weather"), opens_with_duration("5 минут")
    (True, False)
    >>> opens_with_duration("2분 10초 남기고 역전골")
    False
    """
    return _DURATION.match(text) is not None


def is_lettered(text: str) -> bool:
    """Whether letters make half of a text's printed characters or more, four at least; a
    reference in round brackets closing it, figures in it, is set aside when words stand before
    it (a sermon's "빛을 나르는 자는? (요 15:12-17)", its figures a verse's, not a score's).

    >>> is_lettered("빛을 나르는 자는? (요 15:12-17)"), is_lettered("12:30 (14:45)")
    (True, False)
    """
    printed = "".join(_CLOSING_REFERENCE.sub("", text).split()) or "".join(text.split())
    return len(_LETTER.findall(printed)) >= max(4, 0.5 * len(printed))
