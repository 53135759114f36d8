"""A label glued before a headline on its line: a page's UI label ("Описание к видео …") or the
label of a form's title field, closed by a colon ("Subject: …") or, in Hangul, by a space
("제목 …"), or by nothing on a board that glues every label to its value ("제목솔내 …"). The
labels are the ``chrome`` facts of each language.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import islice
from typing import Final

import regex

from normalize.chrome import chrome, line_key

_GLUE = " :：-–—|"
# A form field's label before its colon is this many characters at most ("Newsletter subject").
_FIELD_LABEL_CHARS = 24
# A Hangul title label before a headline of this many words at least (not "제목 없음").
_HANGUL_FIELD_WORDS = 2
# The endings of a predicate's modifier ("없는", "있던"): a word before one is its subject.
_MODIFIER_ENDINGS = ("는", "던")
_HANGUL = regex.compile(r"\p{Hangul}")
# A form's field with its Hangul label glued to its figures, a bullet maybe before it
# ("작성일2023-01-16", "- 조회수339"); such a line holds this many words at most.
_GLUED_FIELD = regex.compile(r"(?:[-•·*]\s*)?\p{Hangul}{2,4}\p{N}")
_GLUED_FIELD_WORDS = 3
# The lines with text read on either side of a title's line for such fields, and how many of
# them say that the page glues its labels to their values.
_FIELD_LINES = 4
_GLUED_FIELDS = 2
# A headline glued to its label opens with two letters or digits: one syllable alone is
# a particle or a word's ending glued to the label's word, the headline's own ("타이틀곡 …").
_GLUED_OPENING = regex.compile(r"[\p{L}\p{N}]{2}")
# The word opening a line, its letters and digits: "타이틀매치" of "타이틀매치 앞둔 …".
_OPENING_WORD = regex.compile(r"[\p{L}\p{N}]+")
# The header of a thread row's author column, printed before the topic's: "Author Topic:".
_AUTHOR_COLUMNS: Final = frozenset({"author", "автор"})
_FIRST_LETTER_SCRIPT = regex.compile(
    r"(?P<Latin>\p{Latin})|(?P<Cyrillic>\p{Cyrillic})|(?P<Hangul>\p{Hangul})|(?P<Other>\p{L})"
)


def split_label(line: str) -> tuple[str, str]:
    """Split a UI label glued to the front of a line (``"Описание к видео Leaders of …"``), or a
    form's title field's label closed by a colon (``"Title: Ferry fares climb again"``).

    Returns ``(label, rest)``; the label is ``""`` when the line starts with none.

    >>> split_label("Описание к видео Leaders of Russia meet")
    ('Описание к видео', 'Leaders of Russia meet')
    >>> split_label("Title: Ferry fares climb again")
    ('Title:', 'Ferry fares climb again')
    """
    lowered = line.lower()
    for label in chrome().labels:
        if lowered.startswith(label) and len(line) > len(label) and line[len(label)] in _GLUE:
            rest = line[len(label) :].lstrip(_GLUE)
            # One word of the page's own script may be the headline's first word ("Описание
            # событий …"); a multi-word label, or a switch of script, is the page's UI.
            if rest and (" " in label or _script(rest) != _script(label)):
                return line[: len(label)], rest
    return split_title_field(line)


def field_colon(line: str) -> int | None:
    """Where the colon closing a form field's label stands, among the label's characters at
    most (``_FIELD_LABEL_CHARS``); None when the line opens with no such label.

    >>> field_colon("Subject:  Ferry fares climb again"), field_colon("No label here")
    (7, None)
    """
    return next((at for at, char in enumerate(line[:_FIELD_LABEL_CHARS]) if char in ":："), None)


def split_title_field(line: str) -> tuple[str, str]:
    """The label of a form's title field and its colon, printed before the headline on its
    line as a mail archive's or a document's header prints it (``title_labels``: "Title:",
    "Subject:", "제목:", "Тема:"), and the headline; ``("", line)`` when the line opens with
    none. A colon after other words is the headline's own ("Police: …").

    >>> split_title_field("Subject:  Ferry fares climb again")
    ('Subject:', 'Ferry fares climb again')
    >>> split_title_field("Police: ferry fares climb again")
    ('', 'Police: ferry fares climb again')
    """
    end = field_colon(line)
    if end is not None:
        rest = line[end + 1 :].lstrip()
        if rest and _is_title_label(line[:end]):
            return line[: end + 1], rest
    return _split_hangul_title_field(line)


def _is_title_label(label: str) -> bool:
    """Whether the words before a field's colon are a title field's label, alone or after the
    capitalised header of the author's column before it (``_AUTHOR_COLUMNS``), as a thread's
    header row prints its columns' names ("Author Topic:", "Автор Тема:"); another word there
    is the headline's own ("World Title: …", "Hot Topic: …").

    >>> _is_title_label("Subject"), _is_title_label("Author Topic"), _is_title_label("Автор Тема")
    (True, True, True)
    >>> _is_title_label("Police"), _is_title_label("the topic"), _is_title_label("New Ferry Topic")
    (False, False, False)
    >>> _is_title_label("World Title"), _is_title_label("Hot Topic")
    (False, False)
    """
    labels = chrome().title_labels
    if line_key(label) in labels:
        return True
    column, _, rest = label.strip().partition(" ")
    named = column[:1].isupper() and column.lower() in _AUTHOR_COLUMNS
    return named and " " not in rest and line_key(rest) in labels


def _split_hangul_title_field(line: str) -> tuple[str, str]:
    """The label of a form's title field in Hangul and the headline after it with a space only,
    as a board's title cell is scraped after its header ("제목 솔내 도서관 …"): Hangul has no
    capital to open a headline, and a label is no headline's first word before a headline of two
    words or more; ``("", line)`` when the line opens with none, with one before a word alone
    ("제목 없음"), or with one before a predicate's modifier, whose subject the word is in a
    headline of its own ("제목 없는 그림 …").

    >>> _split_hangul_title_field("제목 솔내 도서관 여름 독서교실 참가자 모집")
    ('제목', '솔내 도서관 여름 독서교실 참가자 모집')
    >>> _split_hangul_title_field("제목 없음")
    ('', '제목 없음')
    >>> _split_hangul_title_field("제목 없는 그림 한 점 경매에")
    ('', '제목 없는 그림 한 점 경매에')
    """
    if not _HANGUL.match(line):
        return "", line
    for label in chrome().title_labels:
        if line.startswith(f"{label} ") and _HANGUL.match(label):
            rest = line[len(label) :].lstrip()
            words = rest.split()
            if len(words) >= _HANGUL_FIELD_WORDS and not words[0].endswith(_MODIFIER_ENDINGS):
                return label, rest
    return "", line


def _script(text: str) -> str:
    match = _FIRST_LETTER_SCRIPT.search(text)
    return match.lastgroup or "" if match else ""


def without_glued_title_label(text: str, line: int, lines: Sequence[str]) -> str:
    """The headline without a Hangul title label glued before it with no space ("제목솔내 …"),
    when two lines at least of the ``_FIELD_LINES`` with text on either side of its line
    ``line`` of ``lines`` are fields gluing their labels to their figures as well
    ("작성일2026-03-02", "조회수41"): the page ran each label into its value. The headline
    left holds two words at least and opens with two letters or digits; one syllable glued to
    the label's word is a particle or a word's ending, the word the headline's own ("제목이 …",
    "타이틀곡 …"), as is a glued word printed on another line of the page ("타이틀매치 …").

    >>> page = ["- 작성일2026-03-02", "- 조회수41", "제목솔내초, 봄 운동회 열어", "잘 열렸다."]
    >>> without_glued_title_label(page[2], 2, page)
    '솔내초, 봄 운동회 열어'
    >>> without_glued_title_label(page[2], 2, ["작성자 김", "", page[2], page[3]])
    '제목솔내초, 봄 운동회 열어'
    """
    label = max(
        (
            label
            for label in chrome().title_labels
            if text.startswith(label)
            and _HANGUL.match(label)
            and _GLUED_OPENING.match(text, len(label))
        ),
        key=len,
        default="",
    )
    rest = text[len(label) :]
    if not label or len(rest.split()) < _HANGUL_FIELD_WORDS or _is_echoed_word(text, line, lines):
        return text
    return rest if _glued_fields_around(line, lines) >= _GLUED_FIELDS else text


def _is_echoed_word(text: str, line: int, lines: Sequence[str]) -> bool:
    """Whether the word opening ``text``, the label's letters with those glued to them, is
    printed on another line of ``lines`` than ``line``: a word of the story ("타이틀매치" of a
    title bout its lead tells of), no label glued to a title.

    >>> _is_echoed_word("타이틀매치 앞둔 선수", 0, ["타이틀매치 앞둔 선수", "타이틀매치를 앞두고"])
    True
    """
    word = _OPENING_WORD.match(text)
    return word is not None and any(word[0] in other for k, other in enumerate(lines) if k != line)


def _glued_fields_around(line: int, lines: Sequence[str]) -> int:
    """How many of the ``_FIELD_LINES`` lines with text on either side of the line ``line`` of
    ``lines`` are short fields gluing a Hangul label to its figures ("작성일2026-03-02").

    >>> _glued_fields_around(1, ["작성일2026-03-02", "제목솔내초 운동회", "", "- 조회수41"])
    2
    """

    def filled(places: range) -> Iterator[str]:
        return (lines[k].strip() for k in places if lines[k].strip())

    above = islice(filled(range(line - 1, -1, -1)), _FIELD_LINES)
    below = islice(filled(range(line + 1, len(lines))), _FIELD_LINES)
    return sum(
        1
        for field in (*above, *below)
        if _GLUED_FIELD.match(field) and len(field.split()) <= _GLUED_FIELD_WORDS
    )
