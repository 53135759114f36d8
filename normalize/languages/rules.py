"""Reading a text's blocks as a reader would: short names and acronyms take the language of
the sentence around them.

A short name or acronym inside a sentence keeps the sentence's language ("NBA에서"), a lone
word next to a longer run of its script takes that run's language, and Chinese characters in
a Korean sentence are Hanja. Each rule reads only the islands earlier rules left as they were.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Final, NamedTuple

import regex

from normalize.languages.blocks import ACRONYM, STRONG_BREAK, Block, block_language, text_blocks
from normalize.languages.model import has_candidates

# A word written as a name: capitalised ("Samsung"), or with an inner capital ("iPhone").
_NAME: Final = regex.compile(r"(?:\p{Lu}|\p{Ll}+\p{Lu}).*")

# An island longer than this is a fragment in its own right, not a name in a sentence.
_ISLAND_LETTERS: Final = 24

_ISLAND_WORDS: Final = 3

# How many blocks an island looks past for a sentence of its own script on its line.
_SCAN_BLOCKS: Final = 8

# Scripts whose short runs borrow the language around them: Latin names and acronyms,
# Cyrillic names, Hanja inside Korean.
_ISLAND_SCRIPTS: Final = frozenset({"Latin", "Cyrillic", "Han", "Greek"})

# Scripts written together with Chinese characters, which then read in their language.
_HAN_READERS: Final = frozenset({"Hangul", "Hiragana", "Katakana"})


class BlockReading(NamedTuple):
    """A text's blocks with what the rules that read a line need to know about them."""

    text: str
    blocks: list[Block]
    own: list[str]  # the language of each block's own letters
    labels: list[str]  # the language each block is read in, as the rules decide
    islands: list[bool]  # short runs that may borrow the language around them
    lines: list[int]  # the line of the text each block is on

    def gap(self, i: int, j: int) -> str:
        """The text between blocks i and j."""
        first, second = (i, j) if i < j else (j, i)
        return self.text[self.blocks[first].end : self.blocks[second].start]

    def outweighs(self, j: int, i: int) -> bool:
        """Whether block j is the sentence island i sits in, rather than another island.

        Latin is the script written into others (brands, acronyms, file names), not the
        reverse: a Cyrillic word never borrows from a Latin island ("Telegram-канал").
        """
        if not self.islands[j]:
            return True
        latin_host = self.blocks[j].script == "Latin" and self.blocks[i].script != "Latin"
        return not latin_host and self.blocks[j].letters >= self.blocks[i].letters

    def settled(self, i: int) -> bool:
        """Whether an earlier rule already read block i with its surroundings."""
        return self.labels[i] != self.own[i]


def _start_reading(text: str, languages: Collection[str] | None) -> BlockReading:
    """Blocks, their own languages, which of them are islands, and their lines.

    An island is short: a name, an acronym, a word or three.
    """
    blocks = text_blocks(text)
    own = [block_language(block, languages) for block in blocks]
    lines: list[int] = []
    line = 0
    for k, block in enumerate(blocks):
        if k and text.find("\n", blocks[k - 1].end, block.start) >= 0:
            line += 1
        lines.append(line)
    islands = [
        not block.hashtag
        and block.script in _ISLAND_SCRIPTS
        and block.letters <= _ISLAND_LETTERS
        and len(text[block.start : block.end].split()) <= _ISLAND_WORDS
        for block in blocks
    ]
    return BlockReading(text, blocks, own, list(own), islands, lines)


def read_blocks(
    text: str, languages: Collection[str] | None
) -> tuple[list[Block], list[str], list[str]]:
    """The blocks of a text, the language each is read in, and the language of its own
    letters before islands and neighbours were taken into account."""
    line = _start_reading(text, languages)
    # Each rule reads only the islands earlier rules left as they were: the words an island
    # is written against or sits between; an acronym, the sentence it touches ("사진제공
    # GM - new models"); a longer run of its own script ("... in Ottawa. Carleton
    # University"); last, a name at the edge of a sentence in another script.
    _resolve_islands(line)
    _read_acronyms(line)
    _smooth_scripts(line)
    _read_names(line)
    return line.blocks, line.labels, line.own


def _resolve_islands(line: BlockReading) -> None:
    """Give a short foreign-script island the language of the sentence around it."""
    blocks, labels = line.blocks, line.labels
    for i, block in enumerate(blocks):
        if block.script == "Han" and not block.hashtag:
            _read_hanja(line, i)
        if not line.islands[i] or line.settled(i):
            continue
        left = i - 1 if i > 0 and not blocks[i - 1].hashtag else None
        right = i + 1 if i + 1 < len(blocks) and not blocks[i + 1].hashtag else None
        left_gap = line.gap(left, i) if left is not None else ""
        right_gap = line.gap(i, right) if right is not None else ""
        left_lang = labels[left] if left is not None else None
        right_lang = labels[right] if right is not None else None
        # Written against a word with no space: "NBA에서", "연구원(KIET)", "архив(info.rar)".
        if left is not None and not _has_space(left_gap) and line.outweighs(left, i):
            labels[i] = labels[left]
        elif right is not None and not _has_space(right_gap) and line.outweighs(right, i):
            labels[i] = labels[right]
        # Inside one sentence of another language, with no break on either side.
        elif (
            left_lang is not None
            and left_lang == right_lang
            and not STRONG_BREAK.search(left_gap)
            and not STRONG_BREAK.search(right_gap)
        ):
            labels[i] = left_lang


def _read_acronyms(line: BlockReading) -> None:
    """An acronym reads with the sentence of another script it touches or follows.

    "NBA에서", "사진제공 GM - new models", "사진: AP 연합뉴스": asked before a same-script
    neighbour, which is often across a separator, in another item.
    """
    _borrow_for_latin_islands(line, ACRONYM)


def _borrow_for_latin_islands(line: BlockReading, word: regex.Pattern[str]) -> None:
    """Unsettled Latin islands whose every word is of the given shape borrow across."""
    for i, block in enumerate(line.blocks):
        if not line.islands[i] or line.settled(i) or block.script != "Latin":
            continue
        if all(word.fullmatch(text) for text in block.words):
            _borrow_across(line, i)


def _borrow_across(line: BlockReading, i: int) -> None:
    """Take the language of a neighbour in another script, if no break parts them."""
    for j in (i - 1, i + 1):
        if not 0 <= j < len(line.blocks) or line.blocks[j].hashtag:
            continue
        gap = line.gap(i, j)
        # A label's colon introduces a name ("Фото: Reuters"), whatever their sizes.
        introduced = j < i and ":" in gap and not STRONG_BREAK.search(gap.replace(":", ""))
        if line.blocks[j].script != line.blocks[i].script and (
            introduced or (not STRONG_BREAK.search(gap) and line.outweighs(j, i))
        ):
            line.labels[i] = line.labels[j]
            return


def _smooth_scripts(line: BlockReading) -> None:
    """An island takes the language of the nearest longer run of its script on its line.

    A colon, dash or sentence end cuts a run of one script ("QUESTION: What do ...",
    "Romans 6:23 - The Second Chance"), and a name in another script may stand between
    ("Подписывайтесь на наш Telegram-канал"), but a lone word says little about its
    language: "QUESTION" is English because the sentence is. A line of a word or two on
    its own ("Комментарии") takes the language of the text's longest run of its script.
    """
    blocks = line.blocks
    # The longest sentence of each script in the whole text, for islands alone on a line
    # ("Комментарии" above Russian paragraphs): a document keeps to one language per script.
    longest: dict[str, int] = {}
    for j, other in enumerate(blocks):
        if not line.islands[j] and not other.hashtag and line.labels[j] != "und":
            best = longest.get(other.script)
            if best is None or other.letters > blocks[best].letters:
                longest[other.script] = j
    for i, block in enumerate(blocks):
        if not line.islands[i] or line.settled(i) or not has_candidates(block.script):
            continue
        found: list[tuple[int, int]] = []  # (distance, block) of the sentences on each side
        for step in (-1, 1):
            j = i + step
            # Past a few islands of other scripts, but not across a line or a sentence.
            while abs(j - i) <= _SCAN_BLOCKS and 0 <= j < len(blocks):
                other = blocks[j]
                if line.lines[j] != line.lines[i]:
                    break
                if other.script == block.script and not other.hashtag:
                    if line.labels[j] != "und" and other.letters > block.letters:
                        found.append((abs(j - i), j))
                    break
                if not line.islands[j] and not other.hashtag:
                    break  # a sentence in another script: the island belongs to it, if any
                j += step
        if found:
            line.labels[i] = line.labels[min(found)[1]]
        elif block.script in longest and _alone_on_line(line, i):
            line.labels[i] = line.labels[longest[block.script]]


def _alone_on_line(line: BlockReading, i: int) -> bool:
    """Whether block i is the only block on its line."""
    before = i == 0 or line.lines[i - 1] != line.lines[i]
    after = i + 1 == len(line.blocks) or line.lines[i + 1] != line.lines[i]
    return before and after


def _read_names(line: BlockReading) -> None:
    """A Latin name at the edge of a sentence in another script reads with it.

    "Компания представила новый iPhone", "Samsung 신제품 출시", "Источник: Reuters": names
    are capitalised; a lower-case phrase ("Read more 더 보기") is a fragment of its own.
    """
    _borrow_for_latin_islands(line, _NAME)


def _read_hanja(line: BlockReading, i: int) -> None:
    """Chinese characters in a Korean sentence are Hanja ("中 정부는"), in Japanese kanji."""
    for j in (i - 1, i + 1):
        if (
            0 <= j < len(line.blocks)
            and not line.blocks[j].hashtag
            and line.blocks[j].script in _HAN_READERS
            and not STRONG_BREAK.search(line.gap(i, j))
        ):
            line.labels[i] = line.labels[j]
            return


def _has_space(gap: str) -> bool:
    return any(map(str.isspace, gap))
