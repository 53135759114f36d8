"""A record's fields: a line that is a label, a colon and one value ("Views: 842"), the lines
a page opens with the same labels block after block, and the rows of a table's body. They are
page machinery or a list's items, none the headline."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import pairwise
from typing import Final

import regex

from normalize.subjects import is_title_label
from normalize.title_shapes import is_body_shaped

# A field's label: one to five words (its last with a letter), a colon and a space; a clock or
# a score prints no space after the colon ("22:00", "2:1").
_FIELD_LABEL: Final = r"(?:[^\s:：.!?]+\s+){0,4}[^\s:：.!?]*\p{L}[^\s:：.!?]*\s*[:：]\s+"
# A record's field: a label, then one value: a number with its unit or none ("842", "2 мин",
# "4 раз."), or a single word ("Kumasi", "633회", "19-212"). A headline says more after its
# colon than a word ("Ковалёв: ничья справедлива"), a quotation in its marks, or a call ending
# in "!" or "?".
_FIELD: Final = regex.compile(
    _FIELD_LABEL + r"(?:\p{N}[\p{N}.,]*(?:\s\p{L}{1,6}\.?)?|[\p{L}\p{N}][\p{L}\p{N}-]*)[.,]?"
)
# Fields run together on one line, each a label and a colon, then a number or a date after a
# space: a forum poster's card ("Posts: 88 Joined: 04.05.09 Karma: 12"), two at least. A
# headline's numbers are followed by more words than a label's.
_NUMBER_FIELDS: Final = regex.compile(rf"(?:{_FIELD_LABEL}\p{{N}}[\p{{N}}.,/]*\s*){{2,}}")
# A field's value that is a whole date, day, month and year ("03-14-2023", "14.03.2023"): a
# programme's title closing with its episode's day ("Evening Report: 03-14-2023"), as a field
# is not; a date's own label ("Posted: …") makes its line a dateline, which the time reader
# takes.
_DATE_VALUE: Final = regex.compile(r"[:：]\s+\d{1,4}(?:-\d{1,2}-|\.\d{1,2}\.|/\d{1,2}/)\d{1,4}\.?$")

# A field's label opening its line: a word or up to three, a colon, then its value after a
# space ("Records: Season opener for both teams", "Last Week: No games").
_OPENING_LABEL: Final = regex.compile(r"\s*(\p{L}+(?:[ '’]\p{L}+){0,2})\s?[:：]\s+\S")
# A record printed once per block: its labels each open this many lines at least, and it
# has this many different labels at least (a form, not a series' one label).
_FIELD_LINES: Final = 3
_FIELD_LABELS: Final = 2
# A label alone on its line: one to four words and a colon, its value on the lines below
# ("Water Level:", "Tip of the Week:").
_BARE_LABEL: Final = regex.compile(r"\s*\p{L}+(?:[ '’]\p{L}+){0,3}\s?[:：]\s*")
# A report of fields prints this many labels alone on their lines at least (one is a kicker's or
# a lead-in's).
_BARE_LABELS: Final = 2
# What a table's separator row under its header is made of ("---|---|", "| :--- | ---: |").
_SEPARATOR_CHARS: Final = frozenset("|:- \t")


def is_field(text: str) -> bool:
    """Whether the line is a record's field, read out: a label of a few words, a colon, and
    one value, a number (with its unit) or a word ("Views: 842", "Reading time: 2 min",
    "Tag: Kumasi", "조회수 : 633회"), as a forum's post card, an archive's header or a
    tag page prints them, or several such fields of numbers on one line. A headline after a
    colon says more than one word.

    >>> is_field("Статьи по теме: элеваторы"), is_field("Yearly Archives: 2022")
    (True, True)
    >>> is_field("Время прочтения: 2 мин"), is_field("조회수 : 633회")
    (True, True)
    >>> is_field("Ковалёв: ничья справедлива"), is_field("NEWSCENTER 22:00")
    (False, False)
    >>> is_field("Mayor: «Enough»"), is_field("Coach Lind: Sorry!")
    (False, False)

    A whole date after the colon makes a title with its day, not a field:

    >>> is_field("Evening Report: 03-14-2023"), is_field("Вечерний выпуск: 14.03.2023")
    (False, False)

    Fields of numbers may run together on one line, as a poster's card prints them:

    >>> is_field("Posts: 88 Joined: 04.05.09 Karma: 12")
    True
    >>> is_field("Flood: 412 homes: 11 villages cut off")
    False
    """
    text = text.strip()
    if _FIELD.fullmatch(text) is not None:
        return _DATE_VALUE.search(text) is None
    colons = text.count(":") + text.count("：")
    return colons >= 2 and _NUMBER_FIELDS.fullmatch(text) is not None


def repeated_fields(lines: Sequence[str]) -> set[int]:
    """The lines that are a record's fields, by repetition: the page prints one record per
    block (a game's "Teams:", "When:", "Where:"), each line opening with a label that opens
    ``_FIELD_LINES`` lines or more, with ``_FIELD_LABELS`` such labels at least. They are a
    list's items, none the headline, however long its value: each block prints the same field.

    >>> block = ["Teams: Hawks at Rams", "When: Friday at 7 p.m.", "Records: Opener for both"]
    >>> page = [*block, "Teams: Owls at Bears", "When: Friday", "Records: Opener for both",
    ...         "Teams: Elks at Lions", "When: Saturday", "Records: Opener for both"]
    >>> sorted(repeated_fields(page))
    [0, 1, 2, 3, 4, 5, 6, 7, 8]
    >>> sorted(repeated_fields(block + ["Analysis: The old port", "Analysis: New ferries"]))
    []
    """
    labels: dict[int, str] = {}
    for index, line in enumerate(lines):
        if label := line_label(line):
            labels[index] = label
    counts = Counter(labels.values())
    repeated = {label for label, count in counts.items() if count >= _FIELD_LINES}
    if len(repeated) < _FIELD_LABELS:
        return set()
    return {index for index, label in labels.items() if label in repeated}


def table_body(lines: Sequence[str]) -> set[int]:
    """The lines of a table's body: those with a bar below a separator row ("---|---|"), up to
    a line with text and no bar, or past a blank line one with other bars than the separator's
    (the page's own "Fair opens | Marsh Gazette" under a list). They hold a record's fields or
    a list's rows, none the headline; a title printed as a table is its header row.

    >>> sorted(table_body(["Fair | |", "---|---|", "S | J |", "", "P | R |", "", "A | B"]))
    [2, 4]
    """
    body: set[int] = set()
    bars, blank = 0, False  # the separator row's bars inside a table, none outside
    for index, line in enumerate(lines):
        text = line.strip()
        if "|" in text and "---" in text and all(char in _SEPARATOR_CHARS for char in text):
            bars = text.count("|")
        elif bars and "|" in text and (not blank or text.count("|") == bars):
            body.add(index)
        elif text:
            bars = 0
        blank = not text
    return body


def label_values(lines: Sequence[str]) -> set[int]:
    """The lines that are a report's values under their labels: the lines with text between
    two labels alone on their lines ("Water Temperature:" … "Water Level:"), none of them a
    paragraph ("58 Degrees at the surface"). They are the first label's values, none the
    headline; what stands under the last label, or over a paragraph under a label, may be the
    page's own (a widget's labels over the headline). A title field's label says its value is
    the title, and is left to that field's rule.

    >>> page = ["May 3", "Water Temperature:", "", "58 Degrees at the surface",
    ...         "51 Degrees at 20 feet down", "Water Level:", "The lake came up two feet "
    ...         "during last week's rain and is now a foot below the summer mark."]
    >>> sorted(label_values(page))
    [3, 4]
    >>> sorted(label_values(page[:5]))
    []
    """
    labels = [
        index
        for index, line in enumerate(lines)
        if _BARE_LABEL.fullmatch(line) and not is_title_label(line)
    ]
    if len(labels) < _BARE_LABELS:
        return set()
    values: set[int] = set()
    for label, after in pairwise(labels):
        between = [index for index in range(label + 1, after) if lines[index].strip()]
        if not any(is_body_shaped(lines[index]) for index in between):
            values.update(between)
    return values


def line_label(line: str) -> str | None:
    """The label opening a line before its colon, in small letters ("Teams: …" is "teams")."""
    found = _OPENING_LABEL.match(line)
    return found.group(1).lower() if found else None
