"""A headline with a note of its update glued after it in brackets, as a news site prints a
story it has rewritten: "<headline> (Updated: Mar 3, 2026 10:12)", "<headline>(Обновлено 3
марта)", "<headline>(수정 2026.03.03 10:12)". The bracket opens with a publication or an update
label of any language the timestamps grammar knows and its date; the headline is the text
before it, and a short headline's line stays a candidate though the note fills most of it. A
label that dates what the story is about, a broadcast, a release, a speech, an event ("(эфир от
15.03.2026)", "(released March 3, 2026)", "(Date: March 3, 2026)"), opens no note: its bracket
is the headline's own."""

from __future__ import annotations

from typing import Final

import regex

from normalize.cache import once
from normalize.timestamps.grammar import words
from normalize.timestamps.labels import dated_after_label
from normalize.timestamps.phrases import alternation
from normalize.title_shapes import is_headline_shaped
from normalize.titles import cut_headline

# A date after the bracket's label is read among this many characters after the label.
_DATE_WITHIN: Final = 40
# Publication labels that date what the story is about, not the story: a broadcast, a release,
# a speech, an event's day, in each language the grammar has them.
_SUBJECT_LABELS: Final = frozenset(
    {
        "released",
        "premiered",
        "premiered on",
        "streamed live on",
        "delivered on",
        "date",
        "эфир от",
        "дата эфира",
        "дата выхода",
        "дата",
        "날짜",
    }
)
# The note is looked for among a line's first this many characters: a headline's longest, and
# the note itself.
_NOTE_WITHIN: Final = 300


@once
def _bracketed_label() -> regex.Pattern[str]:
    """An opening bracket with a publication or an update label of any language the timestamps
    grammar knows after it ("(Updated:", "(Обновлено", "(수정"), but for a label that dates
    what the story is about (``_SUBJECT_LABELS``), with what separates the label from its
    date."""
    labels = words()["labels"]
    published = [label for label in labels["published"] if label not in _SUBJECT_LABELS]
    alternatives = alternation([*published, *labels["modified"]])
    return regex.compile(rf"(?i)[(\[（【]\s?(?:{alternatives})[\s:：.\-]{{0,6}}")


def update_note_start(window: str) -> int | None:
    """Where a bracket opening with a publication or an update label and its date starts in
    the text, if one does: a note of the story's update glued after its headline, with or
    without a space ("… ferry pier (Updated: Mar 3, 2026 10:12)", "…(수정 2026.03.03)"); the
    label in brackets with no date after it is a headline's own ("… (updated list)"), and so
    is one that dates what the story is about ("… (эфир от 15.03.2026)").

    >>> update_note_start("Choir sings at the old mill (Updated: Mar 3, 2026 10:12)")
    28
    >>> update_note_start("Choir sings at the old mill (updated list of songs)") is None
    True
    >>> update_note_start("Choir sings at the old mill (premiered Mar 3, 2026)") is None
    True
    """
    for label in _bracketed_label().finditer(window):
        if dated_after_label(window[label.end() : label.end() + _DATE_WITHIN]):
            start: int = label.start()
            return start
    return None


def updated_head(line: str) -> bool:
    """Whether the line is a headline with a note of its update glued after it in brackets
    (``update_note_start``): a short Korean headline's note may fill most of its line, which is
    still the headline's, not a dateline.

    >>> updated_head("첫 도서관 문 열어(수정 2026.03.03 10:12)"), updated_head("(수정 2026.03.03)")
    (True, False)
    """
    start = update_note_start(line[:_NOTE_WITHIN])
    return start is not None and is_headline_shaped(cut_headline(line[:start].rstrip()))
