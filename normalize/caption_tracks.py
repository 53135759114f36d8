"""A clip's caption track printed as a page (WebVTT, SubRip): each cue is a timing line,
"00:00:01.905 --> 00:00:05.120", and the words said in that span on the lines below it, a
sentence's piece; a meeting's transcript with its time marks, "[00:03:12]", each over what is
said from then on; a briefing's transcript, each answer under a note in round brackets on the
question it takes up. None of them is the page's headline.

The headline chooser (``normalize.headline``) reads the cues' lines as the page's items.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from normalize.title_shapes import ends_sentence

# A cue's timing line: its start and end, hours maybe left off, milliseconds after a dot
# (WebVTT) or a comma (SubRip).
_TIMING: Final = re.compile(
    r"[ \t]*(?:[0-9]{1,2}:)?[0-9]{2}:[0-9]{2}[.,][0-9]{3}[ \t]+-->[ \t]+"
    r"(?:[0-9]{1,2}:)?[0-9]{2}:[0-9]{2}[.,][0-9]{3}(?:[^0-9]|$)"
)
# The digits a timing line opens with.
_DIGITS: Final = frozenset("0123456789")
# A caption track prints this many timing lines at least; one may be a page's quoted example.
_TIMINGS: Final = 2
# A transcript's time mark alone on its line: hours, minutes and seconds in square brackets.
_MARK: Final = re.compile(r"[ \t]*\[[0-9]{1,2}:[0-9]{2}:[0-9]{2}\][ \t]*")
# A broadcast script's cue mark opening its line, a cue's word between pointers ("◀ANC▶",
# "◁ 앵 커 ▷") or a cue's code in square brackets ("[VCR]"), maybe a speaker after it, a name of
# a few words or one in brackets ("◀INT▶ 김 모 씨", "◀SYN▶(주민)"), with no sentence's stop.
_CUE: Final = re.compile(
    r"[ \t]*(?:[◀◁]([^▶▷]{1,12})[▶▷]|\[([A-Za-z/ ]{2,8})\])"
    r"[ \t]*(?:\([^()]{1,20}\)|[^.!?。◀◁▶▷]{0,24})[ \t]*"
)
# A briefing's note on the question an answer takes up, alone in round brackets on its line,
# no credit's label or sign in it: "(항만 이전 시기를 묻는 질문에 대해)", "(On the ferry's fares)".
_NOTE: Final = re.compile(r"[ \t]*\(([^()=:/]+)\)[ \t]*")
# A note holds this many words at least ("(Laughter)", "(중략)" are a speech's, no question's).
_NOTE_WORDS: Final = 3
# The cue's words a script prints (a closed class): the anchor's part, the report's footage, a
# sound bite, an interview, a graphic, the end; each language's where scripts print it.
_CUE_WORDS: Final = frozenset(
    {
        *("ANC", "ANCHOR", "VCR", "SYN", "SOT", "INT", "CG", "C/G", "END", "VO", "EFFECT"),
        *("앵커", "리포트", "기자", "인터뷰", "녹취", "현장음", "이펙트"),
        *("ВЕДУЩИЙ", "СИНХРОН", "ЗК", "ИНТЕРВЬЮ", "ЛАЙФ", "КОНЕЦ"),
    }
)


def caption_cues(lines: Sequence[str]) -> set[int]:
    """The lines of a caption track's cues: on a page with two timing lines or more, the lines
    with text right below each timing line, up to the blank line or timing line that ends it.
    The last cue holds no more lines than the most another one holds (the next cue's number
    above its timing, SubRip's, none of them): nothing but a blank line would end it, and a
    page printed without any goes on with its own lines.

    >>> page = ["WEBVTT", "", "00:00:01.500 --> 00:00:04.000", "Good evening, the ferry",
    ...         "is late again tonight", "", "00:00:04.000 --> 00:00:06.250", "by an hour."]
    >>> sorted(caption_cues(page))
    [3, 4, 7]
    >>> caption_cues(page[:6])
    set()
    >>> sorted(caption_cues([*page, "Ferry runs late", "Harbor TV"]))
    [3, 4, 7, 8]
    """
    timings = [at for at, line in enumerate(lines) if _is_timing(line)]
    if len(timings) < _TIMINGS:
        return set()
    cues: set[int] = set()
    most = 0  # the most lines a cue above the last one holds
    for timing in timings:
        below = timing + 1
        while below < len(lines) and lines[below] and not _is_timing(lines[below]):
            if timing == timings[-1] and below - timing > most:
                break
            cues.add(below)
            below += 1
        numbered = below < len(lines) and _is_number(lines[below - 1])  # above a timing
        most = max(most, below - timing - 1 - numbered)
    return cues


def _is_number(line: str) -> bool:
    """Whether the line is a number alone, as SubRip numbers its cues."""
    return bool(line) and all(char in _DIGITS for char in line)


def _is_timing(line: str) -> bool:
    """Whether the line opens with a cue's timing ("00:00:01.500 --> 00:00:04.000"); a line
    opening with no digit is left unread before the pattern is tried."""
    opening = line.lstrip(" \t")[:1]
    return opening in _DIGITS and "-->" in line and _TIMING.match(line) is not None


def transcript_marks(lines: Sequence[str]) -> set[int]:
    """The lines of a transcript said under its time marks: on a page with two marks or more
    (a bracketed clock of hours, minutes and seconds alone on its line, "[00:03:12]"), the
    lines with text from each mark to the next. The last mark's lines are no more than the most
    another one holds: the page's own lines may follow the transcript. A broadcast script's cue
    marks ("◀ANC▶", "◀VCR▶", "◀INT▶ 김 모 씨") are such marks too: what the anchor, the report
    and the people in it say is the script's, no headline, and so is each mark; so are a
    briefing's notes on the questions, each over its answer (``_notes_an_answer``).

    >>> page = ["Harbour board, March meeting", "[00:00:05]", "GOOD EVENING, EVERYONE.", "",
    ...         "WE HAVE A QUORUM.", "[00:01:40]", "FIRST ITEM: THE FERRY DOCK.", "", "Share"]
    >>> sorted(transcript_marks(page))
    [1, 2, 4, 5, 6, 8]
    >>> transcript_marks(page[:5])
    set()
    """
    marks = [at for at, line in enumerate(lines) if _is_mark(line) or _notes_an_answer(lines, at)]
    if len(marks) < _TIMINGS:
        return set()
    said = set(marks)  # a mark is no headline either ("◀INT▶ 김 모 씨")
    most = 0  # the most lines with text a mark above the last one holds
    for mark, end in zip(marks, [*marks[1:], len(lines)], strict=True):
        spoken = [at for at in range(mark + 1, end) if lines[at]]
        if end == len(lines):
            spoken = spoken[:most]
        most = max(most, len(spoken))
        said.update(spoken)
    return said


def _notes_an_answer(lines: Sequence[str], at: int) -> bool:
    """Whether line ``at`` is a briefing's note on the question an answer takes up, alone in
    round brackets ("(항만 이전 시기를 묻는 질문에 대해)"), over the answer: the next line with
    text closes as a sentence does. A photograph's note over a headline ("(Photo courtesy of
    the harbour police)") stands over no sentence.

    >>> page = ["(On the ferry's new fares)", "", "They rise in May, as we said."]
    >>> _notes_an_answer(page, 0), _notes_an_answer(["(Photo courtesy of the city)", "Ferry"], 0)
    (True, False)
    >>> _notes_an_answer(["(Laughter)", "Thank you."], 0)
    False
    """
    line = lines[at]
    if line.lstrip(" \t")[:1] != "(":
        return False
    note = _NOTE.fullmatch(line)
    if note is None or len(note[1].split()) < _NOTE_WORDS:
        return False
    below = next((text for text in lines[at + 1 :] if text), "")
    return ends_sentence(below)


def _is_mark(line: str) -> bool:
    """Whether the line is a transcript's time mark alone ("[00:03:12]") or a broadcast
    script's cue mark ("◀VCR▶", "◀INT▶ 김 모 씨"); a line opening with no bracket or pointer is
    left unread before the patterns are tried.

    >>> _is_mark("◀SYN▶(주민)"), _is_mark("◁ 앵 커 ▷"), _is_mark("[VCR]")
    (True, True, True)
    >>> _is_mark("◀ANC▶ 시장이 문을 닫았습니다."), _is_mark("◀ 주요뉴스 ▶"), _is_mark("[Photo]")
    (False, False, False)
    """
    opening = line.lstrip(" \t")[:1]
    if opening == "[" and _MARK.fullmatch(line) is not None:
        return True
    if opening not in ("[", "◀", "◁") or not (found := _CUE.fullmatch(line)):
        return False
    word = "".join((found[1] or found[2]).split()).upper()
    return word in _CUE_WORDS
