"""A corner's name printed alone in square brackets, twice, atop its page of briefs
("[Faith Notes]" over "[Faith Notes]" and the datelines): the page's only title. A bracketed
label on a headline's line is a flag the cuts take off; alone on its line and printed again
right by it, it is the title of what follows, not the flag of a headline. The one line of a
page that opens with a flag in brackets ("[Photo] <headline>") is flagged as a headline is. A
corner's label before a spaced slash ("Pastor's Corner / <title>") says the rest of its line is
the corner's title, however it ends."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Final

import regex

from normalize.chrome import chrome, line_key
from normalize.frames import is_bracket_framed
from normalize.heads import Candidate
from normalize.title_shapes import is_body_shaped

# A name alone in square brackets: a few words, no credit's sign (a photograph's "[Ⓒ …]").
_CORNER: Final = regex.compile(r"\[([^\[\]©Ⓒ]{2,40})\]")
# What opens a flag in brackets on a headline's line: "[포토]", "【단독】".
_FLAG_OPENINGS: Final = ("[", "【")
# What closes it.
_FLAG_CLOSINGS: Final = "]】"
# A title of one word: two letters or more, nothing else.
_WORD: Final = regex.compile(r"\p{L}{2,}")
# A corner's name is printed again within this many lines with text.
_COPY_LINES: Final = 2
# The first spaced slash of a line, after a corner's label: "목회자 코너 / <title>".
_LABEL_SLASH: Final = regex.compile(r"\s+/\s+")
# A corner's label is short: its word ("코너", "Column") after a name of a word or two.
_LABEL_WORDS: Final = 3


def bracketed_name(line: str) -> str:
    """The name a line prints alone in square brackets, or "".

    >>> bracketed_name(" [Faith Notes] "), bracketed_name("[Update] Chapel reopens")
    ('Faith Notes', '')
    """
    found = _CORNER.fullmatch(line.strip())
    return "" if found is None else found[1].strip()


def corner_name(texts: Sequence[str], order: int) -> str:
    """The name the line ``order`` of the page's lines with text (``texts``) prints alone in
    square brackets when one of the next two lines prints it again so: a corner's name, the
    title of its page of briefs; else "".

    >>> corner_name(["[Faith Notes]", "[Faith Notes]", "Posted 2014-05-09 00:00"], 0)
    'Faith Notes'
    >>> corner_name(["[Faith Notes]", "Chapel choir sings on Sunday"], 0)
    ''
    """
    name = bracketed_name(texts[order])
    copies = _stripped(texts[order + 1 : order + 1 + _COPY_LINES])
    return name if name and texts[order].strip() in copies else ""


def corner_title(line: str) -> str:
    """The title after a corner's label and a spaced slash, the label's last word a corner's or
    a column's (``corner_words``: "코너", "Column", "Колонка") and ``_LABEL_WORDS`` words at
    most; else "". The label says what the line holds: a title, though it ends as a sentence
    ("Pastor's Corner / We meet at six now."); a slash after another short name is a trail's
    or an outlet's, left to the cuts.

    >>> corner_title("목회자 코너 / 새 성가대 가운이 왔습니다."), corner_title("Pastor's Corner / ")
    ('새 성가대 가운이 왔습니다.', '')
    >>> corner_title("Harbor Weekly / We meet at six now.")
    ''
    >>> corner_title("Notes from our Pastor's Corner / We meet at six now.")
    ''
    """
    found = _LABEL_SLASH.search(line)
    if found is None:
        return ""
    words = line_key(line[: found.start()]).split()
    title = line[found.end() :].strip()
    fits = 0 < len(words) <= _LABEL_WORDS and words[-1] in chrome().corner_words
    return title if fits else ""


def is_flagged_word(line: str, text: str) -> bool:
    """Whether the cut took a flag in square brackets, set off by a space, off the line and left
    one word of two letters or more (``text``): a column's title after its name, however short
    ("[기자수첩] 단상", two syllables, fewer letters than a lettered line's). A board's category
    glued to a label ("[영상관련]공지") is none.

    >>> is_flagged_word("[기자수첩] 단상", "단상"), is_flagged_word("[기자수첩]단상", "단상")
    (True, False)
    >>> is_flagged_word("[기자수첩] 12", "12"), is_flagged_word("[Q&A] Ask us", "Ask us")
    (False, False)
    """
    opened = line.lstrip()
    end = min((opened.find(mark) for mark in _FLAG_CLOSINGS if mark in opened), default=-1)
    rest = opened[end + 1 :]
    return (
        opened.startswith(_FLAG_OPENINGS)
        and end > 0
        and rest[:1].isspace()
        and rest.strip() == text
        and _WORD.fullmatch(text) is not None
    )


def is_corner_copy(texts: Sequence[str], order: int) -> bool:
    """Whether the line ``order`` prints a corner's name alone in brackets that one of the two
    lines with text before it or after it prints again: it names its own page, no series.

    >>> is_corner_copy(["[Faith Notes]", "[Faith Notes]"], 1), is_corner_copy(["[Faith Notes]"], 0)
    (True, False)
    """
    if not bracketed_name(texts[order]):
        return False
    nearby = [
        *texts[max(order - _COPY_LINES, 0) : order],
        *texts[order + 1 : order + 1 + _COPY_LINES],
    ]
    return texts[order].strip() in _stripped(nearby)


def _stripped(texts: Sequence[str]) -> list[str]:
    """The lines without the spaces around them."""
    return [text.strip() for text in texts]


def flagged_line(
    candidates: list[Candidate], lines: Sequence[str], filled: list[int]
) -> int | None:
    """The line of the candidate whose flag in brackets the cut took off ("[Photo] <headline>"),
    when it is the one line of the page (of ``filled``, its lines with text) that opens with a
    bracket: an article's headline flagged; a page whose corners' heads open with one has
    several. A bracket naming a list of other stories ("[Related] …") is no flag but a link's.

    >>> lines = ["News Sports Weather", "[Photo] One more goal!", "Posted 2012-04-06 16:22"]
    >>> head = Candidate(1, 1, "One more goal!", "one more goal", {})
    >>> flagged_line([head], lines, [0, 1, 2])
    1
    >>> print(flagged_line([head], [*lines, "[Q&A] Ask us"], [0, 1, 2, 3]))
    None
    >>> print(flagged_line([head], ["[Related] One more goal!"], [0]))
    None
    """
    opened = [i for i in filled if lines[i].lstrip().startswith(_FLAG_OPENINGS)]
    if len(opened) != 1 or _names_a_list(lines[opened[0]]):
        return None
    flagged = (c for c in candidates if c.line == opened[0])
    return next((c.line for c in flagged if not c.text.startswith(_FLAG_OPENINGS)), None)


def _names_a_list(line: str) -> bool:
    """Whether the bracket the line opens with names a list of other stories, as a related
    list's header does ("[Related] …", "[관련기사] …"): the line links another story."""
    inner = line.lstrip()[1:]
    end = min((inner.find(mark) for mark in _FLAG_CLOSINGS if mark in inner), default=-1)
    return end >= 0 and line_key(inner[:end]) in chrome().related


def framed_kickers(found: Sequence[Candidate], lines: Sequence[str]) -> set[int]:
    """The lines of candidates framed whole by square brackets with a space inside each ("[ 어시장
    현장 르포 ]") right over the next candidate, itself no paragraph: a kicker or a series'
    label over its headline, not the page's headline (framed over its lead, it is one)."""
    return {
        c.line
        for c, below in pairwise(found)
        if below.order == c.order + 1
        and is_bracket_framed(lines[c.line])
        and not is_body_shaped(lines[below.line])
    }
