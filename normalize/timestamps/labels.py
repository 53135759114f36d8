"""Dateline labels: the words that say what a time of a line is (``입력``, ``Posted on``,
``обновлено``), and the segments of the line they cut, each the time of one label.
"""

from __future__ import annotations

import re
from typing import Final

import regex

from normalize.cache import once
from normalize.timestamps.grammar import (
    Grammar,
    Match,
    grammar,
    key,
    opens_with_date,
    words,
)
from normalize.timestamps.lines import Line

_HANGUL: Final = regex.compile(r"\p{Hangul}")
_DIGIT: Final = re.compile(r"\d")
# What may stand before a label that starts a dateline: nothing, a separator, another time, or
# the closing mark of a quoted name (a forum's section: "Discussion in 'Pets' started by …");
# bars and closing brackets, which the patterns read as spaces, are looked for as printed.
_BEFORE_LABEL = frozenset("·•/,;–—->:.'\"»”’")
_BARS = frozenset("|)]")
# How many characters before a label are looked at for what stands there: a label after a gap
# of this many spaces stands apart as at the start of its line.
_LOOK_BEFORE: Final = 12
# Labels trailing their times close the line but for a word or two ("| 조회 12" has a digit): a
# sentence goes on after its label words for this many words or more.
_TRAIL_REST_WORDS: Final = 3
# One capitalised word right before a label, the thing whose time it gives: "News updated".
_SUBJECT_BEFORE: Final = regex.compile(r"(?:\A|\s)\p{Lu}\p{Ll}+\s\Z")
# The one word that may stand between such a subject's label and its time: "Page last updated
# at 15:20 GMT", "News updated on 21 June 2023".
_TIME_PREPOSITION: Final = re.compile(r"\s*(?:at|on)\s+", re.IGNORECASE)
# The page speaking of itself right before its label: "this" and a page's word, maybe "was" and
# "originally" or "first" ("This entry was posted on …", "Эта запись была опубликована …"), read
# on the lowered line.
_SELF_WORDS: Final = (
    r"(?<![\p{L}\d])(?:this|эта|этот|это|данная|данный|данное)\s+"
    r"(?:entry|post|article|story|page|item|video|release|notice|"
    r"запись|статья|новость|публикация|материал|сообщение|страница|видео)\s+"
    r"(?:(?:was|has\s+been|была|был|было)\s+)?(?:(?:originally|first|первоначально|впервые)\s+)?"
)
_SELF_SUBJECT: Final = regex.compile(_SELF_WORDS + r"\Z")
_SELF_OPENING: Final = regex.compile(_SELF_WORDS)


# What a line's label may have glued after it: "UPDATE:", "UPDATE：", "Update."
_AFTER_LINE_LABEL: Final = ":：."


@once
def _line_labels() -> frozenset[str]:
    """The labels that count only opening their line right before a date ("update")."""
    return frozenset(key(label) for label in words().get("line_labels", ()))


@once
def _issue_labels() -> frozenset[str]:
    """The labels that say a document was issued ("issued", "delivered on")."""
    return frozenset(key(label) for label in words().get("issue_labels", ()))


@once
def _issue_date_words() -> tuple[str, ...]:
    """The words that end a line's words between an issue label and the date it was issued on
    ("on", "on the")."""
    return tuple(key(word) for word in words().get("issue_date_words", ()))


def _issue_date_closes(label: str, text: str) -> bool:
    """Whether a date the grammar reads closes the text after an issue label, spaces and a full
    stop at most after it, as the patterns see it lower-cased, and the words between the label
    and the date say the document was issued on it: none, or ending on a word that says so
    ("issued by the port board on", "delivered on the"), not one saying another time ("permits
    issued before 1 January 2020").

    >>> _issue_date_closes("issued", "by the port board on 4 June 2024.")
    True
    >>> _issue_date_closes("issued", "3 May 2025 at 9")
    False
    >>> _issue_date_closes("issued", "before 1 May 2020")
    False
    """
    g = grammar()
    low = text.lower().rstrip(" .")
    dates = (g.date, g.numeric_date, g.korean_date, g.month_date)
    return any(
        found.end() == len(low) and _says_issue_date(label, low[: found.start()])
        for pattern in dates
        for found in pattern.finditer(low)
    )


def _says_issue_date(label: str, between: str) -> bool:
    """Whether the words between an issue label and its date (lower-cased) say the document was
    issued on that date: there are none, or they end on an issue date's word."""
    if not any(char.isalnum() for char in between):
        return True
    said = f" {key(label)} {' '.join(between.split())}"
    return any(said.endswith(f" {word}") for word in _issue_date_words())


def opens_with_line_label(text: str) -> bool:
    """Whether a line's first word, a colon or a full stop after it aside, is a line's label
    (see `_dateline_label_start`), as a site's stamp of its last update prints it ("UPDATE :
    2021.11.4 목 18:02", "UPDATE: …").

    >>> opens_with_line_label("UPDATE : 2021.11.4 목 18:02"), opens_with_line_label("Update:")
    (True, True)
    >>> opens_with_line_label("Updated 2021.11.4")
    False
    """
    first = text.split(maxsplit=1)[:1]
    return bool(first) and key(first[0].rstrip(_AFTER_LINE_LABEL)) in _line_labels()


def _dateline_label_start(whole: Line, label: Match) -> int | None:
    """Where a label word that heads a dateline rather than a sentence ("was published on May
    16") starts, or None when it heads none.

    A label counts at the start of its line, after a separator, another timestamp or a quoted
    name, before a colon, when it is Korean (portals run 입력/수정 together with other page
    chrome), when it opens a publication window wherever it stands (a news flash's archive note,
    "The original item was published from 11/15/2022 5:45:48 PM to …": the item's own
    publication, which a sentence about another thing does not state so), when it says a document
    was issued and its date closes the line ("The notice issued by the Harbour Board on 4 June
    2024.", "Ruling of Judge Amara Finch delivered on the 9th day of July 2024"), or after the one
    capitalised word it says a time of, right before its date or a relative time, maybe past
    the one word "at" or "on" ("Video posted March 28, 2019 in News by …", "Page last updated at
    15:20 GMT, Thursday, 11 June 2009", "… in the flooded village News updated 21 June 2023,
    17:42": a caption run into the dateline after it; a writer's name, "Vera Grant Published
    today at 10:14"); that word then opens the label; or after the page's words for itself
    (``_SELF_SUBJECT``) right before its date, maybe past its weekday ("This entry was posted on
    Saturday, March 14th, 2015 at 9:12 am and is filed under …"), which then open the label. A
    line's label, a word that is also a headline's flag or a digest's name ("Update"), counts
    only opening its line right before a date ("Update 22-May-2018" under a post; not "Weekly
    Harbour Update 14-Jul-2025").
    """
    text, opening = whole.text, max(0, label.start() - _LOOK_BEFORE)
    if key(label["label"]) in _line_labels():
        opens = not whole.low[: label.start()].strip()
        return label.start() if opens and opens_with_date(text[label.end() :]) else None
    before = whole.low[opening : label.start()].rstrip()
    if not before or before[-1] in _BEFORE_LABEL or before[-1].isdigit():
        return label.start()
    if _closes_a_timestamp(text[opening : label.start()]):
        return label.start()
    if text[opening : label.start()].rstrip()[-1:] in _BARS:
        return label.start()
    if ":" in label[0][len(label["label"]) :] or "：" in label[0]:
        return label.start()
    if _HANGUL.match(label["label"]) is not None:
        return label.start()
    if key(label["label"]) in grammar().window_labels:
        return label.start()
    issue = key(label["label"]) in _issue_labels()
    if issue and _issue_date_closes(label["label"], text[label.end() :]):
        return label.start()
    after = text[label.end() :]
    if _run_into_line(text, label.start()) and dated_after_label(after):
        return label.start()
    page = _SELF_SUBJECT.search(whole.low[: label.start()])
    if page is not None and _dated_after_weekday(after):  # the page's own time
        self_start: int = page.start()
        return self_start
    subject = _SUBJECT_BEFORE.search(text[: label.start()])
    if subject is None or not _dated_after_subject_label(after):
        return None
    start: int = subject.start()
    return start + len(subject[0]) - len(subject[0].lstrip())


def _dated_after_subject_label(text: str) -> bool:
    """Whether the text after a subject's label opens with its time: a digit, a date or a
    relative time, maybe past the one word "at" or "on" ("at 15:20 GMT, Thursday, 11 June 2009").

    >>> _dated_after_subject_label(" at 15:20 GMT"), _dated_after_subject_label(" at the zoo")
    (True, False)
    """
    preposition = _TIME_PREPOSITION.match(text)
    after = text if preposition is None else text[preposition.end() :]
    return after[:1].isdigit() or opens_with_date(after) or _opens_with_relative(after)


def speaks_of_itself(text: str) -> bool:
    """Whether the text opens with the page's words for itself (``_SELF_SUBJECT``), as a
    dateline `_dateline_label_start` opens at them does ("This entry was posted on …").

    >>> speaks_of_itself("This entry was posted on Monday"), speaks_of_itself("The entry was")
    (True, False)
    """
    return _SELF_OPENING.match(text.lower()) is not None


def _dated_after_weekday(text: str) -> bool:
    """Whether the text after a label opens with its date (``dated_after_label``), maybe past
    its weekday and a comma ("Tuesday, April 7th, 2020").

    >>> _dated_after_weekday("Tuesday, April 7th, 2020"), _dated_after_weekday("Tuesday's meeting")
    (True, False)
    """
    low = text.lower()
    weekday = grammar().weekday.match(low)
    return dated_after_label(low[weekday.end() :].lstrip(" ,") if weekday is not None else low)


def _opens_with_relative(text: str) -> bool:
    """Whether the text after a label opens with a relative time ("сегодня в 10:14", "2 hours
    ago"), as a date would.

    >>> _opens_with_relative("сегодня в 10:14"), _opens_with_relative("the hall, today")
    (True, False)
    """
    return grammar().relative.match(text.lower()) is not None


def dated_after_label(text: str) -> bool:
    """Whether the text after a label opens with its date (``opens_with_date``), maybe after
    one filler word and the spaces after it ("the 14 August 2019").

    >>> dated_after_label("the 14 August 2019"), dated_after_label("the hall, 14 August 2019")
    (True, False)
    """
    if opens_with_date(text):
        return True
    low = text.lower()
    filler = grammar().noise_word.match(low)
    return filler is not None and opens_with_date(low[filler.end() :].lstrip())


def _run_into_line(text: str, start: int) -> bool:
    """Whether a label printed with a capital (its other letters small) follows a word in small
    letters, glued to it or after a space: a cell of metadata run into the line before it
    ("… grant roundWritten on the 14 August 2019"), which a sentence does not print so.

    >>> _run_into_line("Halls grant roundWritten on the 14 August 2019", 17)
    True
    >>> _run_into_line("The post was written on 14 August", 13), _run_into_line("Written on", 0)
    (False, False)
    """
    word = text[start : start + 2]
    before = text[:start].rstrip()[-1:]
    return len(word) == 2 and word[0].isupper() and word[1].islower() and before.islower()


def _closes_a_timestamp(text: str) -> bool:
    """Whether a text ends with a clock time: its zone, an abbreviation the grammar knows in two
    to four capital letters, its half-day word before it at most (the grammar's, apart from a
    letter before it), or that half-day word alone after the time's digit: another timestamp's
    end, which a label after it, spaced or glued, heads a dateline after ("Updated 10:15 AM EDT
    First published …", "… 10:15 AM EDTFirst published …", "Published 10:15 AM Updated 11:40
    AM"). A place's capitals after a number are no zone ("the 4 NYC").

    >>> _closes_a_timestamp("Updated 10:15 AM EDT "), _closes_a_timestamp("at 9:40 MSK")
    (True, True)
    >>> _closes_a_timestamp("Ferry fares rise in NYC"), _closes_a_timestamp("the 4 NYC")
    (False, False)
    >>> _closes_a_timestamp("Updated 10:15 a.m. EDT"), _closes_a_timestamp("Updated 10:15 Ham EDT")
    (True, False)
    >>> _closes_a_timestamp("Published 10:15 AM "), _closes_a_timestamp("Published 10:15 ham")
    (True, False)
    """
    rest = text.rstrip(" ")
    caps = 0
    while caps < len(rest) and "A" <= rest[len(rest) - 1 - caps] <= "Z":
        caps += 1
    g = grammar()
    abbr = rest[len(rest) - caps :].lower()
    zoned = 2 <= caps <= 4 and (abbr in g.zones or abbr in g.ambiguous)
    if zoned:
        rest = rest[: len(rest) - caps].rstrip(" ")
    for meridiem in g.meridiems:
        head = _without_meridiem(rest, meridiem)
        if head is not None:
            return head.rstrip(" ")[-1:].isdigit()
    return zoned and rest[-1:].isdigit()


def _without_meridiem(text: str, meridiem: str) -> str | None:
    """The text before the half-day word that closes it in any case, when no letter comes
    right before the word; None when the text does not close with it."""
    cut = len(text) - len(meridiem)
    if cut < 0 or text[cut:].lower() != meridiem or text[:cut][-1:].isalpha():
        return None
    return text[:cut]


def labelled_segments(whole: Line) -> tuple[list[Match], list[tuple[str, int, int, int]]]:
    """The dateline labels of a line, and its segments: role, label start, start and end."""
    g = grammar()
    if not whole.words & g.gates["label"]:  # no label word: one unlabelled segment
        return [], [("", 0, 0, len(whole.text))] if whole.text else []
    found = [(label, _dateline_label_start(whole, label)) for label in g.label.finditer(whole.low)]
    starts = [start for _, start in found if start is not None]
    labels = [label for label, start in found if start is not None]
    if _labels_trail(whole.text, labels):
        return labels, _trailing_segments(labels, g)
    cuts: list[tuple[str, int, int]] = []  # role, label start, segment start
    if not starts or starts[0] > 0:
        cuts.append(("", 0, 0))
    for label, start in zip(labels, starts, strict=True):
        cuts.append((_role(key(label["label"]), g), start, label.end()))
    segments = []
    for index, (role, label_start, start) in enumerate(cuts):
        end = cuts[index + 1][1] if index + 1 < len(cuts) else len(whole.text)
        if start < end:
            segments.append((role, label_start, start, end))
    return labels, segments


def _labels_trail(text: str, labels: list[Match]) -> bool:
    """Whether each label of the line follows its time rather than leading it: two labels or
    more, a number before every label and none after the last ("2019-12-03 09:12 송고 |
    2019-12-03 09:47 최종수정"), and fewer than ``_TRAIL_REST_WORDS`` words after it: a sentence
    goes on after label words it holds ("2021년 3월 4일에 업데이트 파일 v2가 배포되어 기능이 추가된
    이후"). A word after a lone time may be a button ("18:05 수정").

    >>> g = grammar()
    >>> _labels_trail("2019-12-03 09:12 송고 | 2019-12-03 09:47 최종수정",
    ...               list(g.label.finditer("2019-12-03 09:12 송고 | 2019-12-03 09:47 최종수정")))
    True
    >>> line = "2021년 3월 4일에 업데이트 파일 v2가 배포되어 새 기능이 추가된 이후"
    >>> _labels_trail(line, list(g.label.finditer(line)))
    False
    """
    if len(labels) < 2 or _DIGIT.search(text, labels[-1].end()) is not None:
        return False
    if len(text[labels[-1].end() :].split()) >= _TRAIL_REST_WORDS:
        return False
    starts = [0, *(label.end() for label in labels)]
    return all(
        _DIGIT.search(text[start : label.start()]) is not None
        for start, label in zip(starts, labels, strict=False)
    )


def _trailing_segments(labels: list[Match], g: Grammar) -> list[tuple[str, int, int, int]]:
    """The segments of a line whose labels follow their times: each from the label before it
    (or the line's start) to its own label, whose start it gives as the label's."""
    starts = [0, *(label.end() for label in labels)]
    return [
        (_role(key(label["label"]), g), label.start(), start, label.start())
        for start, label in zip(starts, labels, strict=False)
    ]


def label_role(label: Match) -> str:
    """What a dateline label of `labelled_segments` says its time is (see `_role`)."""
    return _role(key(label["label"]), grammar())


def _role(label: str, g: Grammar) -> str:
    """What a label says its time is: "published", "modified", or "elsewhere" when it is the
    time of another thing (a forum member's "Joined", an outlet's "Founded", "Page generated")."""
    if label in g.published_labels:
        return "published"
    return "elsewhere" if label in g.elsewhere_labels else "modified"
