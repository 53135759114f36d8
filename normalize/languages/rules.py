"""Reading a text's blocks as a reader would: each block in its own language, with the page's
prior for short runs of a shared script, and short islands read with what they belong to.

A romanized name or a Latin outlet name in a Korean or Russian line is a fragment of its own,
read with the page's prior ("기자: Kim Ji-hoon" is English, not Spanish); a name glued into a
word of another script is part of that word ("NBA에서", "한빛뉴스TV"); a lone word next to a
longer run of its script takes that run's language; Chinese characters in a Korean sentence
are Hanja. Each rule reads only the islands earlier rules left as they were.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Sequence
from typing import Final, NamedTuple

import regex

from normalize.cache import once
from normalize.facts import language_info
from normalize.languages.blocks import ACRONYM, STRONG_BREAK, Block, block_language, text_blocks
from normalize.languages.model import has_candidates
from normalize.languages.prior import with_prior

# An island longer than this is a fragment in its own right, not a name in a sentence.
_ISLAND_LETTERS: Final = 24

_ISLAND_WORDS: Final = 3

# How many blocks an island looks past for a sentence of its own script on its line.
_SCAN_BLOCKS: Final = 8

# Scripts whose short runs borrow the language around them: Latin names and acronyms,
# Cyrillic names, Hanja inside Korean.
_ISLAND_SCRIPTS: Final = frozenset({"Latin", "Cyrillic", "Han", "Greek"})

# What may stand between a word's letters of two scripts: nothing ("K팝"), or a hyphen.
_JOINERS: Final = frozenset({"", "-", "\u2010", "\u2011"})

# The hyphens among them, after which a Latin name is a word of its own ("Telegram-канал").
_HYPHENS: Final = frozenset({"-", "\u2010", "\u2011"})

# The longest acronym said as a word of the sentence around it ("TV", "LA").
_COMMON_ACRONYM_LETTERS: Final = 2

# What stands between the words of one sentence around an acronym: spaces, commas, digits;
# or a quotation closed or trailed off after it, the sentence going on ("주인공은 TV"…라고).
_IN_SENTENCE: Final = regex.compile(r"[\x20,\d]*\x20[\x20,\d]*|\d+|[\"”’»]+…?\x20?|…\x20?")

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


def _start_reading(
    text: str, languages: Collection[str] | None, page: Sequence[str] | None
) -> BlockReading:
    """Blocks, their own languages with the page's prior, which of them are islands, and
    their lines.

    An island is short: a name, an acronym, a word or three. The page's prior is read from
    `page` (its languages by share) when given, else from the text's own long runs.
    """
    blocks = text_blocks(text)
    own = with_prior(
        blocks, [block_language(block, languages) for block in blocks], languages, page
    )
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


def _is_island(text: str, block: Block) -> bool:
    """Whether a block is short enough to belong to the text around it: a name, an
    acronym, a word or three of Latin, Cyrillic, Chinese or Greek letters (as
    `_start_reading` reads them, inline there for speed)."""
    return (
        not block.hashtag
        and block.script in _ISLAND_SCRIPTS
        and block.letters <= _ISLAND_LETTERS
        and len(text[block.start : block.end].split()) <= _ISLAND_WORDS
    )


def sentence_labels(text: str, blocks: Sequence[Block], labels: Sequence[str]) -> list[str]:
    """The language each block counts for in the language of the whole text.

    A name is a fragment of its own, but the text is in the language of the sentence it
    sits in: a Latin name beside a sentence of another script (any Korean words, a longer
    Cyrillic run), or beside a short run of another script with as many letters or more,
    counts for it ("Samsung Galaxy S24 출시" is Korean, "Apple представила iPhone" Russian).
    """
    counted = list(labels)
    for i, block in enumerate(blocks):
        if block.script != "Latin" or not _is_island(text, block):
            continue
        hosts = [
            j
            for j in (i - 1, i + 1)
            if 0 <= j < len(blocks)
            and blocks[j].script != "Latin"
            and blocks[j].words
            and not blocks[j].hashtag
            and labels[j] != "und"
            and (not _is_island(text, blocks[j]) or blocks[j].letters >= block.letters)
            and "\n" not in text[min(block.end, blocks[j].end) : max(block.start, blocks[j].start)]
        ]
        if hosts:
            counted[i] = labels[max(hosts, key=lambda j: blocks[j].letters)]
    return counted


def read_blocks(
    text: str, languages: Collection[str] | None, page: Sequence[str] | None = None
) -> tuple[list[Block], list[str], list[str]]:
    """The blocks of a text, the language each is read in, and the language of its own
    letters before islands and neighbours were taken into account."""
    line = _start_reading(text, languages, page)
    # Each rule reads only the islands earlier rules left as they were: a name or acronym
    # glued into a word of another script ("NBA에서", "한빛뉴스TV"), Hanja in a Korean
    # sentence; then a longer run of its own script ("... in Ottawa. Carleton University").
    _resolve_islands(line)
    _smooth_scripts(line)
    return line.blocks, line.labels, line.own


def _resolve_islands(line: BlockReading) -> None:
    """A word glued into a word of another script reads in that word's language.

    "NBA에서", "K팝", "한빛뉴스TV", "компанияT.T.A.", "K-뷰티": the letters touch, or
    only a hyphen parts them from a lone letter, and the island has no space inside. A
    Latin name hyphened to a word ("Telegram-канал") and an acronym before a Korean noun
    with no particle between ("AP통신") name something of their own. A name with a space,
    a bracket or a mark before it ("Корреспондент Lee Soo-ah сообщает", "방탄소년단(BTS)",
    "사진=AP") is a fragment of its own, read with the page's prior. A web address reads
    with the words before it on its line, else after.
    """
    blocks, labels = line.blocks, line.labels
    # Islands (addresses among them), and any run of Chinese characters: most blocks of a
    # page are neither, and are passed over in C.
    chinese = [k for k, block in enumerate(blocks) if block.script == "Han"]
    read = itertools.compress(range(len(blocks)), line.islands)
    for i in sorted({*read, *chinese}) if chinese else read:
        block = blocks[i]
        if block.script == "Han" and not block.hashtag:
            _read_hanja(line, i)
        if not block.words:
            _read_address(line, i)
        if not line.islands[i] or line.settled(i) or " " in line.text[block.start : block.end]:
            continue
        for j in (i - 1, i + 1):
            if (
                0 <= j < len(blocks)
                and not blocks[j].hashtag
                and blocks[j].script != block.script
                and _joins_word(line, i, j)
                and not _names_before_noun(line, i, j)
            ):
                labels[i] = labels[j]
                break
        else:
            _read_common_acronym(line, i)


def _joins_word(line: BlockReading, i: int, j: int) -> bool:
    """Whether island i is written into the word of block j, with nothing or a hyphen between.

    Latin is the script written into others' words, whatever their sizes ("NBA에서",
    "한빛뉴스TV"); other scripts join a word that outweighs them. A hyphen parts the two
    words of a compound ("Telegram-канал" is a Telegram channel, "PDF-файл" a PDF
    file): a Latin name before or after it keeps its own language, while a lone letter
    is still a letter of the word it is hyphened to ("K-팝", "e-스포츠").
    """
    gap = line.gap(i, j)
    if gap not in _JOINERS:
        return False
    if gap in _HYPHENS and line.blocks[i].letters == 1:
        return True
    if line.blocks[i].script == "Latin":
        return gap not in _HYPHENS
    return line.outweighs(j, i)


def _names_before_noun(line: BlockReading, i: int, j: int) -> bool:
    """Whether an acronym written against the start of the word after it names something of
    its own: "AP통신", "CNN방송" (an agency, then the noun for it), unlike "NBA에서", where
    a particle of that word's language (``particles`` in its facts) follows the acronym."""
    words = line.blocks[i].words
    if j != i + 1 or len(words) != 1 or len(words[0]) < 2 or not ACRONYM.fullmatch(words[0]):
        return False
    particles = _particles(line.labels[j])
    return bool(particles) and not line.blocks[j].words[0].startswith(particles)


@once
def _particles(lang: str) -> tuple[str, ...]:
    """The particles a language glues to the end of a word (none for most)."""
    return tuple(language_info(lang).get("particles", ()))


def _read_common_acronym(line: BlockReading, i: int) -> None:
    """A two-letter acronym or a letter inside a sentence of another language is one of its
    words.

    "보스턴 셀틱스, LA 레이커스", "TV 토론까지", "30m 짜리": with only spaces, commas and
    digits around it, or a quotation closed after it ("주인공은 TV"…라고 했다"), and the
    same language on both sides. An abbreviation of two letters is said as a word of the
    sentence; one of three or more names a body or a product of its own ("KBS 뉴스에서",
    "USB 단자"), as a capitalised name does ("Корреспондент Lee Soo-ah сообщает"): a
    fragment of its own.
    """
    blocks, labels = line.blocks, line.labels
    block = blocks[i]
    if not (0 < i < len(blocks) - 1) or block.script != "Latin":
        return
    if not all(
        len(word) <= _COMMON_ACRONYM_LETTERS and (ACRONYM.fullmatch(word) or len(word) == 1)
        for word in block.words
    ):
        return
    left, right = blocks[i - 1], blocks[i + 1]
    if (
        left.script == right.script != "Latin"
        and not left.hashtag
        and not right.hashtag
        and labels[i - 1] == labels[i + 1] != "und"
        and _IN_SENTENCE.fullmatch(line.gap(i - 1, i))
        and _IN_SENTENCE.fullmatch(line.gap(i, i + 1))
    ):
        labels[i] = labels[i - 1]


def _read_address(line: BlockReading, i: int) -> None:
    """An address takes the language of the words before it on its line, else after it."""
    for j in (i - 1, i + 1):
        if (
            0 <= j < len(line.blocks)
            and line.lines[j] == line.lines[i]
            and line.blocks[j].words
            and not line.blocks[j].hashtag
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
    longest: dict[str, int] | None = None  # found when an island alone on its line asks
    for i in itertools.compress(range(len(blocks)), line.islands):
        block = blocks[i]
        if line.settled(i) or not has_candidates(block.script):
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
                    if line.labels[j] != "und" and not line.islands[j]:
                        found.append((abs(j - i), j))
                    break
                if not line.islands[j] and not other.hashtag:
                    break  # a sentence in another script: the island belongs to it, if any
                j += step
        if found:
            line.labels[i] = line.labels[min(found)[1]]
        elif _alone_on_line(line, i):
            longest = _longest_runs(line) if longest is None else longest
            if block.script in longest:
                line.labels[i] = line.labels[longest[block.script]]


def _longest_runs(line: BlockReading) -> dict[str, int]:
    """The longest sentence of each script in the whole text, for islands alone on a line
    ("Комментарии" above Russian paragraphs): a document keeps to one language per script.
    Islands are not sentences, so smoothing them leaves this the same."""
    blocks = line.blocks
    longest: dict[str, int] = {}
    for j, other in enumerate(blocks):
        if not line.islands[j] and not other.hashtag and line.labels[j] != "und":
            best = longest.get(other.script)
            if best is None or other.letters > blocks[best].letters:
                longest[other.script] = j
    return longest


def _alone_on_line(line: BlockReading, i: int) -> bool:
    """Whether block i is the only block on its line."""
    before = i == 0 or line.lines[i - 1] != line.lines[i]
    after = i + 1 == len(line.blocks) or line.lines[i + 1] != line.lines[i]
    return before and after


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
