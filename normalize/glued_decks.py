"""A headline and its deck printed on one line, glued by a space (a mobile page's head block
flattened): "<headline> <deck>"; or a headline and its lead, the line a paragraph (a social
post's or a copy site's text): "<headline> <lead>", "<headline><lead>". A headline in sentence
case opens with its only capital but for names; where a small letter, a space and a capital
meet inside it, a new sentence starts when the capital's word is no name, as the page's own
text shows by printing that word in small letters elsewhere. Read for a Cyrillic headline: an
English one is mostly in title case. A Hangul headline glued to its deck with no space
("<headline> 1위<deck>") has no capital to show the seam: the deck opens with words the page's
article prints again, inside a word the page prints nowhere else.

The headline chooser (``normalize.headline``) trims the chosen headline so, as it trims a
site's tail and a glued label (``normalize.echo``), and cuts a programme's hyphened name
glued before a sentence-case headline ("Курьер-Север <headline>"); a headline is read from
the part of a paragraph before its glued lead (``normalize.glued_datelines``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from normalize.segment import segment

# A seam: a small letter, a space, then a word of a capital and small letters.
_SEAM: Final = regex.compile(r"(?<=\p{Ll}) (?=(\p{Lu}\p{Ll}+)(?!\p{L}))")
_CAPITALISED: Final = regex.compile(r"\p{Lu}")
_CYRILLIC: Final = regex.compile(r"\p{Cyrillic}")
_HANGUL: Final = regex.compile(r"\p{Hangul}")
# A seam between a headline and its glued lead: a small letter, then a space and a capital's
# word (a one-letter word too, "В", but no initial, "А. Лебедев"), or straight a capital and
# small letters after a word of small letters ("стартовКак"; not a name's inner capital,
# "ФедералИнфо", nor a brand's after one or two letters, "еТовары").
_LEAD_SEAM: Final = regex.compile(
    r"(?<=\p{Ll})(?: (?=(\p{Lu}\p{Ll}*)(?![\p{L}.]))"
    r"|(?<=(?<!\p{L})\p{Ll}{3,})(?=(\p{Lu}\p{Ll}+)(?!\p{L})))"
)
# An underscore between two letters: a seam between a series' name and its subject, which
# parts two words as a space does ("직업 탐방_등대 관리원").
_UNDERSCORE_SEAM: Final = regex.compile(r"(?<=\p{L})_(?=\p{L})")
# A Korean line written with no space, Hangul syllables alone and this many or more, as a page
# that runs its words together prints them (``running_text``): its words are those the
# segmenter spaces it into, not one ("승강기정기검사에따른운행중지안내" holds a headline's words).
_UNSPACED_HANGUL: Final = regex.compile(r"\p{Hangul}{15,}")
# A sentence's stop followed by the next: a headline glued to its lead holds none.
_STOP: Final = regex.compile(r"\.\s")
# A headline in title case capitalises this share of its words or more; sentence case, less.
_TITLE_CASE_SHARE: Final = 1 / 3
# The headline before the seam and the deck after it have this many words at least.
_HEAD_WORDS: Final = 4
_DECK_WORDS: Final = 3
# A headline glued to its lead has this many words at most.
_HEADLINE_WORDS: Final = 20
# A Hangul headline and its deck glued with no space have this many words at least together
# (a headline alone has fewer), and the deck's glued first word this many syllables at least.
_GLUED_HANGUL_WORDS: Final = 12
_DECK_SYLLABLES: Final = 2
# A programme's or a brand's name of two capitalised words joined by a hyphen, glued by a
# space before a headline's capital and small letters: "Курьер-Север Ледокол вывел …".
_HYPHENED_NAME: Final = regex.compile(r"^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+ (?=\p{Lu}\p{Ll})")


def without_glued_deck(text: str, line: int, lines: Sequence[str]) -> str:
    """The headline without its deck glued after it by a space: the text before its first
    seam (``_SEAM``) whose capital's word another line of the page (``lines``, the headline's
    being at ``line``) prints in small letters, with ``_HEAD_WORDS`` words before it and
    ``_DECK_WORDS`` after it; the text as it is when it is in title case
    (``_TITLE_CASE_SHARE`` of its words capitalised). A text with no Cyrillic letter is cut
    where ``before_glued_hangul_deck`` cuts it, if anywhere.

    >>> page = ["Жители Заречья вышли на субботник у пруда Горожане убрали берег и аллею",
    ...         "В субботу горожане вышли на уборку берега у пруда."]
    >>> without_glued_deck(page[0], 0, page)
    'Жители Заречья вышли на субботник у пруда'
    >>> without_glued_deck(page[0], 0, page[:1])
    'Жители Заречья вышли на субботник у пруда Горожане убрали берег и аллею'
    """
    if not _CYRILLIC.search(text):
        return before_glued_hangul_deck(text, line, lines) or text
    words = text.split()
    capitals = sum(1 for word in words if _CAPITALISED.match(word))
    if capitals >= _TITLE_CASE_SHARE * len(words):
        return text
    for seam in _SEAM.finditer(text):
        head, deck = text[: seam.start()], text[seam.end() :]
        if len(head.split()) < _HEAD_WORDS or len(deck.split()) < _DECK_WORDS:
            continue
        others = (other for index, other in enumerate(lines) if index != line)
        if any(_holds_small(other, seam.group(1)) for other in others):
            return head
    return text


def before_glued_hangul_deck(text: str, line: int, lines: Sequence[str]) -> str | None:
    """The Hangul headline before its deck glued on with no space: the text up to the first
    seam inside a word, the ``_HEAD_WORDS``-th or a later one with ``_DECK_WORDS`` after it, where
    a syllable meets the word's rest, ``_DECK_SYLLABLES`` letters or more opening with one, the
    deck's first two words being printed on another line of the page (``lines``, the
    headline's being at ``line``; the article tells its deck's story) and the glued word on
    none (a compound of the page's own). None for a text of fewer than ``_GLUED_HANGUL_WORDS``
    words, or with no such seam.

    >>> head = "솔내군, 올해 주민 안전 만족도 조사 도내 1위"
    >>> deck = "산불 감시 드론·마을 대피소 정비 등 생활 안전 정책 효과"
    >>> page = [f"{head}{deck}", "솔내군은 지난해부터 산불 감시 드론 6대를 배치했다."]
    >>> before_glued_hangul_deck(page[0], 0, page)
    '솔내군, 올해 주민 안전 만족도 조사 도내 1위'
    >>> before_glued_hangul_deck(page[0], 0, page[:1]) is None
    True
    """
    words = text.split()
    if len(words) < _GLUED_HANGUL_WORDS or not _HANGUL.search(text):
        return None
    others = [other for index, other in enumerate(lines) if index != line]
    for at, (word, start) in enumerate(_placed(words, text)[: len(words) - _DECK_WORDS]):
        if at < _HEAD_WORDS - 1 or any(word in other for other in others):
            continue
        for cut in range(1, len(word) - _DECK_SYLLABLES + 1):
            opening = word[cut:]
            if not (_HANGUL.match(word[cut - 1]) and _HANGUL.match(opening)):
                continue
            if any(_opens_a_word(other, f"{opening} {words[at + 1]}") for other in others):
                return text[: start + cut]
    return None


def _opens_a_word(text: str, words: str) -> bool:
    """Whether the text prints these words where a word starts (no letter right before)."""
    return regex.search(rf"(?<!\p{{L}}){regex.escape(words)}", text) is not None


def without_glued_name(text: str) -> str:
    """The headline without a name of two capitalised words joined by a hyphen glued before
    it by a space (a programme's, a channel's), when what is left is a Cyrillic headline in
    sentence case, its first word alone capitalised, of ``_HEAD_WORDS`` words at least: a
    headline that opens with such a name goes on in small letters, or names more than one
    thing.

    >>> without_glued_name("Курьер-Север Ледокол вывел из порта последние суда навигации")
    'Ледокол вывел из порта последние суда навигации'
    >>> without_glued_name("Курьер-Север Ледокол вывел из порта суда Сергея Рубцова")
    'Курьер-Север Ледокол вывел из порта суда Сергея Рубцова'
    """
    found = _HYPHENED_NAME.match(text)
    if found is None or not _CYRILLIC.search(text):
        return text
    rest = text[found.end() :]
    words = rest.split()
    if len(words) < _HEAD_WORDS or any(_CAPITALISED.match(word) for word in words[1:]):
        return text
    return rest


def before_glued_lead(line: str) -> str | None:
    """The headline a paragraph opens with, its lead glued after it with no stop between: the
    text before the line's first seam (``_LEAD_SEAM``) with ``_HEAD_WORDS`` words before it and
    no sentence's stop, where the glue is a space, the capital's word being one the line prints
    in small letters after it or opens with (a sentence's first word, no name); None for a line
    with no Cyrillic letter or no such seam.

    >>> before_glued_lead("Жители Заречья вышли на субботник у пруда В субботу горожане "
    ...                   "убрали берег и аллею, в воскресенье покрасили скамейки.")
    'Жители Заречья вышли на субботник у пруда'
    >>> before_glued_lead("Жители Заречья вышли на субботник у прудаГорожане убрали берег.")
    'Жители Заречья вышли на субботник у пруда'
    >>> before_glued_lead("Жители Заречья встретили губернатора Петра Ивлева у моста.")
    """
    if not _CYRILLIC.search(line):
        return None
    words = line.split()
    for seam in _LEAD_SEAM.finditer(line):
        head = line[: seam.start()]
        if _STOP.search(head):
            return None
        if len(head.split()) < _HEAD_WORDS:
            continue
        if len(head.split()) > _HEADLINE_WORDS:
            return None
        glued, spaced = seam.group(2), seam.group(1)
        if glued or spaced == words[0] or _holds_small(line[seam.end() :], spaced):
            return head
    return None


def _holds_small(text: str, word: str) -> bool:
    """Whether the text prints the word in small letters, as a word of its own."""
    small = regex.escape(word.lower())
    return regex.search(rf"(?<!\p{{L}}){small}(?!\p{{L}})", text) is not None


def headline_words(text: str, line: int, lines: Sequence[str], longest: int) -> int:
    """How many words a candidate line counts as a headline: all of them, but when it has more
    than ``longest``, those before a Hangul deck glued on with no space (the deck makes it no
    longer); an underscore between two letters parts two words as a space does (a series' name
    joined to its subject); a long Korean line with no space holds the words the segmenter
    spaces it into.

    >>> headline_words("직업 탐방_등대 관리원", 0, ["직업 탐방_등대 관리원"], 20)
    4

    A Korean line of many syllables written with no space counts the words the segmenter
    spaces it into:

    >>> headline_words("가람아파트지하주차장바닥도색공사안내", 0, [], 20) >= 4
    True
    """
    if _UNSPACED_HANGUL.fullmatch(text):
        return len(segment(text, "ko"))
    words = len(text.split())
    head = before_glued_hangul_deck(text, line, lines) if words > longest else None
    counted = head or text
    return len(counted.split()) + len(_UNDERSCORE_SEAM.findall(counted))


def _placed(words: Sequence[str], text: str) -> list[tuple[str, int]]:
    """Each of ``text``'s words (``words``, its split) with where it starts in ``text``, past
    the word before it (a word inside its neighbour is not placed there).

    >>> _placed(["안전", "안"], "안전 안")
    [('안전', 0), ('안', 3)]
    """
    placed: list[tuple[str, int]] = []
    start = 0
    for word in words:
        start = text.index(word, start)
        placed.append((word, start))
        start += len(word)
    return placed
