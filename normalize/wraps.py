"""Text hard-wrapped at a fixed width, as a print layout or an old board keeps it: which lines
are pieces of a sentence that runs on to the next line, which no headline is; and the rest of
a line split or cut short, which opens with a word in small letters; and a copy of a paragraph
the page's text stops inside."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import Final

import regex

from normalize.heads import Candidate
from normalize.text import WHITESPACE

# A piece's sentence closes within this many lines below it, none of them blank.
_RUN_LINES: Final = 4
# A wrapped line is as wide as the width it was wrapped at: the lines below it are no wider
# than this many quarters of it and this many characters more (the width is counted in
# characters, which a proportional font or wide letters make uneven).
_WIDER_QUARTERS: Final = 5
_WIDER_CHARS: Final = 6
# A wrapping's width is this many characters at least: shorter lines are labels and names.
_NARROWEST: Final = 16
# Two pieces of the same wrapping differ in width by a fifth of the wider one at most.
_PEER_SPREAD: Final = 5
# A copy the page's text stops inside has this many characters at least: a shorter last line
# opening a paragraph (a letter, a syllable) is a label or a name.
_CUT_OFF_CHARS: Final = 16
# A script broken into breath lines, as a broadcaster prints what its anchor reads: this many
# sentences at least in a block with no blank line, each over two lines to this many, each
# line this many characters at most.
_SCRIPT_SENTENCES: Final = 3
_SCRIPT_LINES: Final = 8
_SCRIPT_WIDTH: Final = 30
# The rest of a line split in two has this many words at least (a handle alone has one).
SPLIT_REST_WORDS: Final = 3
# Marks that close a line's sentence, and what may follow them.
_CLOSING_MARKS: Final = ".!?。…"
_AFTER_MARK: Final = "\"'”’»)]"
# A sentence's stop inside a line: a closing mark, maybe a quotation's or a bracket's end, then
# a space or the line's end.
STOP: Final = regex.compile(r"[.!?。…][\"'”’»)\]]*(?:\p{White_Space}|$)")
# The same stop but an ellipsis's dots: a line cut short with an ellipsis ("주민 80여 명
# 참석...") over a line opening with a letter of no case, which cannot say that a sentence goes
# on, is a deck's, no sentence's end.
_FULL_STOP: Final = regex.compile(r"(?:(?<!\.)\.(?!\.)|[!?。])[\"'”’»)\]]*(?:\p{White_Space}|$)")
_LETTER: Final = regex.compile(r"\p{L}")
# What opens a list's item rather than a sentence's next words.
_ITEM_MARKS: Final = ("-", "–", "—", "•", "·", "*", "▪", "■", "□", "▶", "◆", "○", "●")
# A speaker's label alone on its line, a name of a word or two closed by a round bracket no mark
# opens ("한지민)"), as a transcript marks whose turn follows: no sentence's next words.
_SPEAKER_LABEL: Final = regex.compile(r"\p{L}+(?:\s\p{L}+)?\)")
# A label closed by one of these: the words after it keep its sentence's case.
_LABEL_COLONS: Final = (":", "：")
# A web address opening a line, a page's address glued before its text (see `glued_address`).
_ADDRESS_OPENINGS: Final = ("http://", "https://", "www.")
_HANGUL: Final = regex.compile(r"\p{Hangul}")
# The Hangul syllables closing a line, a word's end (the particles ``binds_on`` reads close one).
_HANGUL_WORD: Final = regex.compile(r"[\uac00-\ud7a3]+$")
# A verb's modifying ending, which a noun after it must close ("… 보내고 있는" over "아이들의
# …"): the present forms of 있다, 없다, 하다 and 되다, the verbs a modifier most often ends with.
_MODIFYING_ENDS: Final = ("있는", "없는", "하는", "되는")
# A count and a whole word opening a headline in sentence case: "5 rules of …".
_OPENING_COUNT: Final = regex.compile(r"[0-9]{1,3}\s\p{Ll}{4,}\s")
# A headline printed in small letters has this many words at least (a menu's label has fewer).
_SMALL_HEAD_WORDS: Final = 4


def wrapped_pieces(candidates: Sequence[Candidate], lines: Sequence[str]) -> list[Candidate]:
    """The candidates read from pieces of hard-wrapped text: each line runs on into the next
    (``runs_on``), and another such line above the last candidate has about its width, for a
    wrapping sets a width the page keeps. A headline over a lead that happens to run on is one
    line of its width on its page. A wrapping with a blank line after each of its lines (text
    pasted double-spaced) runs on across it into a word in small letters
    (``_double_spaced_runs``). A script's breath lines are pieces too (``script_pieces``).

    >>> page = ["Crews worked through the night to clear the", "pass road, and it opened at",
    ...         "dawn.", "Drivers were told to carry chains until the", "end of the week."]
    >>> found = [Candidate(line, line, page[line], "", {}) for line in (0, 2, 3)]
    >>> [candidate.line for candidate in wrapped_pieces(found, page)]
    [0, 3]
    >>> spaced = [line for text in page for line in (text, "")]
    >>> found = [Candidate(line, line // 2, spaced[line], "", {}) for line in (0, 4, 6)]
    >>> [candidate.line for candidate in wrapped_pieces(found, spaced)]
    [0, 6]
    """
    end = min(candidates[-1].line + 1, len(lines)) if candidates else 0
    found = _wrapped_runs(lines, range(end)) | _double_spaced_runs(lines, end)
    found |= script_pieces(lines)
    return [candidate for candidate in candidates if candidate.line in found]


def _wrapped_runs(lines: Sequence[str], indexes: Iterable[int]) -> set[int]:
    """The lines among ``indexes`` that run on into the next (``runs_on``), each with another
    such line of about its width."""
    widths = sorted((len(lines[i]), i) for i in indexes if runs_on(lines, i))
    found: set[int] = set()
    for (width, index), (next_width, next_index) in pairwise(widths):
        if _PEER_SPREAD * (next_width - width) <= next_width:
            found |= {index, next_index}
    return found


def _double_spaced_runs(lines: Sequence[str], end: int) -> set[int]:
    """The lines before ``end`` that run on into the next line with text past the blank lines
    between them, a word in small letters opening it (a cased script's: a letter of no case
    says nothing of a sentence going on), each with another such line of about its width."""
    filled = [index for index, line in enumerate(lines) if line]
    texts = [lines[index] for index in filled]
    ranks = (
        rank
        for rank, index in enumerate(filled[:-1])
        if index < end and _opens_in_small_letter(texts[rank + 1])
    )
    return {filled[rank] for rank in _wrapped_runs(texts, ranks)}


def _opens_in_small_letter(line: str) -> bool:
    """Whether the line's first letter is a small one."""
    first = _LETTER.search(line)
    return first is not None and first[0].islower()


def script_pieces(lines: Sequence[str]) -> set[int]:
    """The lines of a script broken into breath lines, as a broadcaster's page prints what its
    anchor reads: a block of lines with no blank line between them holding
    ``_SCRIPT_SENTENCES`` sentences or more that each run over two lines to ``_SCRIPT_LINES``,
    each line ``_SCRIPT_WIDTH`` characters at most, or as many blocks or more that are each
    one such sentence, every sentence its own block. All but a sentence's last line are pieces
    of it (its first one too, however short), and none is a headline.

    >>> page = ["Snow closed the pass", "on Monday morning.", "Crews cleared", "the road by noon,",
    ...         "and buses ran again.", "Drivers should carry", "chains until Friday.", "", "Text."]
    >>> sorted(script_pieces(page))
    [0, 2, 3, 5]
    >>> script_pieces(page[2:])
    set()
    >>> blocks = ["Snow closed the pass", "on Monday.", "", "Crews cleared", "the road.", ""]
    >>> sorted(script_pieces([*blocks, "Drivers should carry", "chains until Friday."]))
    [0, 3, 6]
    >>> script_pieces(blocks)
    set()
    """
    found: set[int] = set()
    lone: list[list[int]] = []  # the blocks that are each one sentence broken over lines
    start = 0
    for end in [*(i for i, line in enumerate(lines) if not line), len(lines)]:
        sentences: list[list[int]] = []
        sentence: list[int] = []
        for index in range(start, end):
            sentence.append(index)
            if closes_sentence(lines[index]):
                sentences.append(sentence)
                sentence = []
        broken = [run for run in sentences if _is_breath_run(lines, run)]
        if len(broken) >= _SCRIPT_SENTENCES:
            found.update(index for run in broken for index in run[:-1])
        elif len(sentences) == 1 and not sentence and broken:
            lone.append(broken[0])
        start = end + 1
    if len(lone) >= _SCRIPT_SENTENCES:
        found.update(index for run in lone for index in run[:-1])
    return found


def _is_breath_run(lines: Sequence[str], run: Sequence[int]) -> bool:
    """Whether a sentence's lines are a script's breath lines: two to ``_SCRIPT_LINES`` of
    them, each ``_SCRIPT_WIDTH`` characters at most."""
    return 2 <= len(run) <= _SCRIPT_LINES and all(len(lines[i]) <= _SCRIPT_WIDTH for i in run)


def split_openings(candidates: Sequence[Candidate], lines: Sequence[str]) -> list[Candidate]:
    """The candidates whose line goes on right below them, in small letters (a line split in
    two, as a deck printed over two lines is): the line below opens with a word all in small
    letters (``opens_in_lower_case``; not after a label cut off it, "[Notes] the quiz …", nor
    a page's address glued before its text, ``glued_address``) and has ``SPLIT_REST_WORDS`` words
    or more (not a handle's one word), and the candidate closes no sentence. Its opening is
    no headline; nor is a line that carries a list on (``_carries_a_list``), nor one whose last
    Korean word binds it to the line below (``binds_on``), as Hangul has no small letters.

    >>> page = ["Teachers and employers", "argue over what a college should teach", "Text."]
    >>> found = [Candidate(line, line, page[line], "", {}) for line in (0, 1)]
    >>> [candidate.line for candidate in split_openings(found, page)]
    [0]
    >>> handle = [Candidate(line, line, text, "", {}) for line, text in enumerate(["Kim", "admin"])]
    >>> split_openings(handle, ["Kim", "admin"])
    []
    >>> items = ["Best players:", "Lena Ross (12 points),", "Ada Kim (9 points)"]
    >>> [c.line for c in split_openings([Candidate(2, 2, items[2], "", {})], items)]
    [2]
    """
    return [
        above
        for above, below in pairwise(candidates)
        if below.line == above.line + 1
        and len(below.text.split()) >= SPLIT_REST_WORDS
        and lines[below.line].lstrip().startswith(below.text)  # no label cut off before it
        and opens_in_lower_case(below.text, lines[below.line])
        and not glued_address(below.text)
        and not closes_sentence(above.text)
    ] + [c for c in candidates if _carries_a_list(lines, c.line) or binds_on(lines, c.line)]


def binds_on(lines: Sequence[str], index: int) -> bool:
    """Whether the line's last word ends in a Korean particle that binds it to a word after it,
    which no headline closes with, and the line right below goes on in Hangul, no list's item:
    a sentence split over lines. The particles: the object's, 를 after an open syllable and 을
    after a closed one (마을, 가을, 노을 are words of their own), on a line that stops a sentence
    before its last word (a headline may close on an object, its verb left out: "농촌 청년에게
    희망을"), and the plural's genitive 들의; or in a verb's modifying ending (``_MODIFYING_ENDS``),
    whose noun the next line holds: a board's description wrapped in two.

    >>> binds_on(["주민 대표들의", "시선이 곱지 않다."], 0)
    True
    >>> binds_on(["우리 마을", "주민들이 모였다."], 0)
    False
    >>> binds_on(["농촌 청년에게 희망을", "군이 지원금을 늘린다."], 0)
    False
    >>> binds_on(["텃밭에서 함께 땀 흘리고 있는", "이웃들의 이야기를 모았습니다."], 0)
    True
    """
    below = lines[index + 1].lstrip() if index + 1 < len(lines) else ""
    first = _LETTER.search(below)
    if first is None or not _HANGUL.match(first[0]) or below.startswith(_ITEM_MARKS):
        return False
    found = _HANGUL_WORD.search(lines[index])
    if found is None or len(found[0]) < 2:
        return False
    word = found[0]
    closed = (ord(word[-2]) - 0xAC00) % 28 != 0  # the syllable before has a final consonant
    # an object closing a headline is its wish, the verb left out ("농촌 청년에게 희망을"): only a
    # line that stops a sentence before it is a paragraph's
    paragraph = _FULL_STOP.search(lines[index][: found.start()]) is not None
    objects = (word[-1] == "을" and closed) or (word[-1] == "를" and not closed)
    return word.endswith(("들의", *_MODIFYING_ENDS)) or (objects and paragraph)


def cut_off_copy(lines: Sequence[str]) -> int | None:
    """The page's last line with text when it is the opening of another line of the page (of
    ``_CUT_OFF_CHARS`` characters or more) and stops inside one of its words, the other going on
    with a letter where it ends: a page that prints a paragraph twice, its text cut short in the
    second copy. That line is a piece of a sentence, no headline; else None (a headline that
    opens its lead ends at a word's end).

    >>> page = ["Crews cleared the pass road on Monday.", "", "Crews cleared the pa"]
    >>> cut_off_copy(page), cut_off_copy(page[:2] + ["Crews cleared the pass road"])
    (2, None)
    """
    filled = [index for index, line in enumerate(lines) if line.strip(WHITESPACE)]
    if not filled:
        return None
    last = filled[-1]
    text = lines[last].strip(WHITESPACE)
    if len(text) < _CUT_OFF_CHARS or not _LETTER.fullmatch(text[-1]):
        return None
    for index in filled[:-1]:
        other = lines[index].strip(WHITESPACE)
        if len(other) > len(text) and other.startswith(text) and _LETTER.match(other[len(text)]):
            return last
    return None


def glued_address(text: str) -> bool:
    """Whether the text opens with a web address and goes on in capitals after it: a page's
    address glued before its text, no word of a sentence (an address ending a sentence split
    before it goes on in small letters, "www.harbourtown.example/budget before the vote").

    >>> glued_address("https://tv.example/efir/3310.html Олег Ширяев: Добрый вечер")
    True
    >>> glued_address("www.harbourtown.example/budget before the vote in May.")
    False
    """
    words = text.split(maxsplit=2)
    return text.startswith(_ADDRESS_OPENINGS) and len(words) > 1 and words[1][0].isupper()


def _carries_a_list(lines: Sequence[str], index: int) -> bool:
    """Whether the line is a list's next item: the line right above closes by a comma, inside
    a list, under a line closed by a colon or a comma ("Best players:", "Lena Ross (12
    points),", then "Ada Kim (9 points)") or over this line closed by a comma too. A comma
    closing a line alone (an outlet's address, a byline) opens no list.

    >>> _carries_a_list(["Best players:", "Lena Ross (12 points),", "Ada Kim (9 points)"], 2)
    True
    >>> _carries_a_list(["By Ann Lee, Staff Writer,", "Harbor board approves new fares"], 1)
    False
    """
    if index == 0 or not lines[index - 1].rstrip().endswith(","):
        return False
    before = lines[index - 2].rstrip() if index > 1 else ""
    return before.endswith((":", ",")) or lines[index].rstrip().endswith(",")


def closes_sentence(text: str) -> bool:
    """Whether the text ends with a closing mark, maybe before quotes or brackets."""
    return text.rstrip(_AFTER_MARK + " ").endswith(tuple(_CLOSING_MARKS))


def runs_on(lines: Sequence[str], index: int) -> bool:
    """Whether the line is a piece of a sentence wrapped at a fixed width: as wide as text is
    wrapped at, it ends with no closing mark, the line right below carries its sentence on (its
    first letter is no capital, it opens no list's item), and that sentence closes within
    ``_RUN_LINES`` lines, each no wider than a line wrapped at this line's width (by a stop
    that is no ellipsis when that first letter has no case).

    >>> runs_on(["The council voted on Monday to keep the", "ferry running for a year."], 0)
    True
    >>> runs_on(["Ferry to keep running", "The council voted on Monday to keep it."], 0)
    False
    >>> runs_on(["나루터 돌계단 발굴 현장 설명회 열려", "주민 80여 명 참석..."], 0)
    False

    A speaker's label below, a name closed by a bracket, opens a turn of a transcript:

    >>> runs_on(["항구 새 여객선 오늘 첫 운항 (문하늘)", "서지우)", "여객선이 떠났습니다."], 0)
    False
    >>> runs_on(["항구 새 여객선 오늘 첫 운항 (문하늘)", "서지우", "여객선이 떠났습니다."], 0)
    True
    """
    line = lines[index]
    if len(line) < _NARROWEST or closes_sentence(line):
        return False
    below = lines[index + 1] if index + 1 < len(lines) else ""
    first = _LETTER.search(below)
    if first is None or first[0].isupper() or below.lstrip().startswith(_ITEM_MARKS):
        return False
    if _SPEAKER_LABEL.fullmatch(below.strip(WHITESPACE)):
        return False  # a speaker's turn opens below
    stop = STOP if first[0].islower() else _FULL_STOP
    # the widest a line below may be, in quarters of a character (whole numbers, no rounding)
    widest = _WIDER_QUARTERS * len(line) + 4 * _WIDER_CHARS
    for later in lines[index + 1 : index + 1 + _RUN_LINES]:
        if not later or 4 * len(later) > widest:
            return False
        if stop.search(later):
            return True
    return False


def is_in_small_letters(text: str, line: str, above: Sequence[str] = ()) -> bool:
    """Whether a candidate (``text``, cut from ``line``) is written in small letters, as no
    headline is: all of it, in a cased script (Hangul has no case; a count and a whole word
    open a headline in sentence case, which then has no capital: "5 rules of …", while a
    counter's abbreviation is no word: "412 views., 3 today"; but not under a headline of
    ``_SMALL_HEAD_WORDS`` words or more in small letters among the candidates right ``above``
    it, for that page prints its headlines so and the count opens a counter's line: "12 people
    found this useful"), or its opening (``opens_in_lower_case``).

    >>> is_in_small_letters("photo by the desk", "photo by the desk")
    True
    >>> is_in_small_letters("5 rules of winter driving", "5 rules of winter driving")
    False
    >>> is_in_small_letters("12 people found this useful", "", ["ferry back after repairs"])
    True
    """
    if _is_all_small(text) and not (
        _OPENING_COUNT.match(text) and not any(_is_small_head(head) for head in above)
    ):
        return True
    return opens_in_lower_case(text, line)


def _is_all_small(text: str) -> bool:
    """Whether the text has letters of a cased script and no capital (Hangul has no case)."""
    return text.lower() == text != text.upper() and not _HANGUL.search(text)


def _is_small_head(text: str) -> bool:
    """Whether the text is a headline printed in small letters: ``_SMALL_HEAD_WORDS`` words or
    more, no capital, no count opening it."""
    return (
        len(text.split()) >= _SMALL_HEAD_WORDS
        and _is_all_small(text)
        and not _OPENING_COUNT.match(text)
    )


def opens_in_lower_case(text: str, line: str) -> bool:
    """Whether the candidate (``text``, cut from ``line``) opens with a word all in small
    letters of a cased script: the rest of a line wrapped or split above it, or what a cut left
    of its line ("г. - <headline>" after a date), which no headline is. The words after a label
    and a colon keep the label's sentence case ("Видео недели: лось на проспекте"); a brand's
    name has a capital ("iPhone") or a letter of no case ("e스포츠") in it.

    >>> opens_in_lower_case("области теряют заказы и людей", "области теряют заказы и людей")
    True
    >>> opens_in_lower_case("лось на проспекте", "Видео недели: лось на проспекте")
    False
    >>> opens_in_lower_case("iPhone sales slow", "iPhone sales slow")
    False
    """
    words = text.split(maxsplit=1)
    if not words or not words[0][:1].islower():
        return False
    if not all(char.islower() for char in words[0] if char.isalpha()):
        return False
    at = line.find(words[0])
    return not line[: max(at, 0)].rstrip().endswith(_LABEL_COLONS)
