"""A conversation's lines: a transcript's speaker turns, a dialogue's dashed turns, a script its
host's greeting opens. Each says a speaker's words, and none is the page's headline."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final, TypeVar

import regex

from normalize.record_fields import line_label

# A transcript's turns: this many lines with text in a row at least, each opening with its
# speaker's label, one speaker coming back after another's turn.
_TURN_LINES: Final = 3
# A dialogue's turn: a dash and a space open it, a sentence's or a question's mark closes it
# ("– Это что, автобус из Витебска?", "— No, not since the spring."). A list's bullet opens
# its items too, but a list of heads closes none with a stop.
_DASHED_TURN: Final = regex.compile(r"\s*[-–—]\s.*[.?!…][»”\"]?\s*")
# A host's greeting that opens a programme's script: one of these phrases opens or closes a
# line of this many words at most ("Good evening.", "Добрый вечер!", "시청자 여러분
# 안녕하십니까?"), a closed class, the same greetings in each language.
_GREETING_WORDS: Final = 5
_GREETINGS: Final = (
    "good evening",
    "good morning",
    "good afternoon",
    "hello and welcome",
    "добрый вечер",
    "добрый день",
    "доброе утро",
    "здравствуйте",
    "안녕하십니까",
    "안녕하세요",
)
# The marks a greeting closes with, as said words do.
_SAID_CLOSE: Final = (".", "!", "?", ",", "…")
# What a greeting's key leaves out: every character but a word's.
_NOT_WORD: Final = regex.compile(r"[^\w\s]")


def dialogue_turns(lines: Sequence[str]) -> set[int]:
    """The lines of a dialogue's turns: two lines with text or more one after another, each
    a turn (``_DASHED_TURN``). Each says a speaker's words, and none is the page's headline.

    >>> page = ["At the station", "– Is this the bus from the border?", "",
    ...         "– No, that one stopped running years ago.", "The square was empty."]
    >>> sorted(dialogue_turns(page))
    [1, 3]
    >>> sorted(dialogue_turns(["- Ferry fares rise", "- Night buses return", "- A turn alone."]))
    []
    """
    runs = _runs(lines, is_dashed_turn)
    return {index for run in runs if len(run) >= 2 for index, _ in run}


def is_dashed_turn(line: str) -> bool:
    """Whether a line is a dialogue's turn: a dash and a space open it, a sentence's or a
    question's mark closes it (``_DASHED_TURN``).

    >>> is_dashed_turn("– Is this the bus from the border?"), is_dashed_turn("- Ferry fares rise")
    (True, False)
    """
    return _DASHED_TURN.fullmatch(line) is not None


def speaker_turns(lines: Sequence[str]) -> set[int]:
    """The lines of a transcript's turns: lines with text one after another, each opening with
    its speaker's label and a colon, a speaker coming back after another's line ("ANCHOR: …",
    "REPORTER: …", "ANCHOR: …"; an interview's "Q: …", "A: …", "Q: …"); and a dialogue's
    (``dialogue_turns``). Each says its speaker's words, and none is the page's headline.

    >>> page = ["Anchor: Frost again tonight?", "", "Weather desk: Yes, minus four by dawn.",
    ...         "Anchor: And the weekend?", "Frost eases by Saturday."]
    >>> sorted(speaker_turns(page))
    [0, 2, 3]
    >>> sorted(speaker_turns(["Analysis: Why ferries run late", "Analysis: A bridge too far",
    ...                       "Interview: The harbour master"]))
    []
    """
    turns: set[int] = set()
    for run in _runs(lines, line_label):
        speakers = [label for _, label in run]
        after = zip(speakers, speakers[1:], speakers[2:], strict=False)
        returns = any(first == third != second for first, second, third in after)
        if len(run) >= _TURN_LINES and returns:
            turns.update(at for at, _ in run)
    return turns | dialogue_turns(lines) | greeted_script(lines)


def greeted_script(lines: Sequence[str]) -> set[int]:
    """The lines of a script its host's greeting opens (``is_greeting``): the page's first line
    with text greets the viewers, and every line is said, the programme's name among them, as
    a bulletin's page prints what its anchor reads; none is the page's headline. A headline
    printed above the greeting is the page's own.

    >>> page = ["Good evening, viewers.", "Harbour Tonight, live at six!", "",
    ...         "The ferry to the outer islands was cancelled again this afternoon."]
    >>> sorted(greeted_script(page))
    [0, 1, 3]
    >>> greeted_script(["Ferry cancelled again", *page])
    set()
    """
    filled = [index for index, line in enumerate(lines) if line]
    return set(filled) if filled and is_greeting(lines[filled[0]]) else set()


def is_greeting(line: str) -> bool:
    """Whether the line is a host's greeting: ``_GREETING_WORDS`` words at most, one of
    ``_GREETINGS`` opening or closing them, its marks left out, the line closed by a mark as
    said words are (``_SAID_CLOSE``); a programme's name opening with a greeting closes with
    none.

    >>> is_greeting("시청자 여러분 안녕하십니까?"), is_greeting("Добрый вечер!")
    (True, True)
    >>> is_greeting("Good evening, the ferry to the islands was cancelled again.")
    False
    >>> is_greeting("Good Morning Harbour")
    False
    """
    if not line.rstrip().endswith(_SAID_CLOSE):
        return False
    key = " ".join(_NOT_WORD.sub(" ", line.lower()).split())
    if len(key.split()) > _GREETING_WORDS:
        return False
    return any(
        key == greeting or key.startswith(f"{greeting} ") or key.endswith(f" {greeting}")
        for greeting in _GREETINGS
    )


_Mark = TypeVar("_Mark")


def _runs(
    lines: Sequence[str], mark: Callable[[str], _Mark | None]
) -> list[list[tuple[int, _Mark]]]:
    """The runs of lines with text one after another that ``mark`` marks, each line's index
    with its mark; an empty line leaves a run open, a line it does not mark closes it."""
    runs: list[list[tuple[int, _Mark]]] = [[]]
    for index, line in enumerate(lines):
        if not line:
            continue
        if found := mark(line):
            runs[-1].append((index, found))
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]
