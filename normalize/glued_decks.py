"""A headline and its deck printed on one line, glued by a space (a mobile page's head block
flattened): "<headline> <deck>"; or a headline and its lead, the line a paragraph (a social
post's or a copy site's text): "<headline> <lead>", "<headline><lead>". A headline in sentence
case opens with its only capital but for names; where a small letter, a space and a capital
meet inside it, a new sentence starts when the capital's word is no name, as the page's own
text shows by printing that word in small letters elsewhere. Read for a Cyrillic headline: an
English one is mostly in title case.

The headline chooser (``normalize.headline``) trims the chosen headline so, as it trims a
site's tail and a glued label (``normalize.echo``), and cuts a programme's hyphened name
glued before a sentence-case headline ("Курьер-Север <headline>"); a headline is read from
the part of a paragraph before its glued lead (``normalize.glued_datelines``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

# A seam: a small letter, a space, then a word of a capital and small letters.
_SEAM: Final = regex.compile(r"(?<=\p{Ll}) (?=(\p{Lu}\p{Ll}+)(?!\p{L}))")
_CAPITALISED: Final = regex.compile(r"\p{Lu}")
_CYRILLIC: Final = regex.compile(r"\p{Cyrillic}")
# A seam between a headline and its glued lead: a small letter, then a space and a capital's
# word (a one-letter word too, "В", but no initial, "А. Лебедев"), or straight a capital and
# small letters after a word of small letters ("стартовКак"; not a name's inner capital,
# "ФедералИнфо", nor a brand's after one or two letters, "еТовары").
_LEAD_SEAM: Final = regex.compile(
    r"(?<=\p{Ll})(?: (?=(\p{Lu}\p{Ll}*)(?![\p{L}.]))"
    r"|(?<=(?<!\p{L})\p{Ll}{3,})(?=(\p{Lu}\p{Ll}+)(?!\p{L})))"
)
# A sentence's stop followed by the next: a headline glued to its lead holds none.
_STOP: Final = regex.compile(r"\.\s")
# A headline in title case capitalises this share of its words or more; sentence case, less.
_TITLE_CASE_SHARE: Final = 1 / 3
# The headline before the seam and the deck after it have this many words at least.
_HEAD_WORDS: Final = 4
_DECK_WORDS: Final = 3
# A headline glued to its lead has this many words at most.
_HEADLINE_WORDS: Final = 20
# A programme's or a brand's name of two capitalised words joined by a hyphen, glued by a
# space before a headline's capital and small letters: "Курьер-Север Ледокол вывел …".
_HYPHENED_NAME: Final = regex.compile(r"^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+ (?=\p{Lu}\p{Ll})")


def without_glued_deck(text: str, line: int, lines: Sequence[str]) -> str:
    """The headline without its deck glued after it by a space: the text before its first
    seam (``_SEAM``) whose capital's word another line of the page (``lines``, the headline's
    being at ``line``) prints in small letters, with ``_HEAD_WORDS`` words before it and
    ``_DECK_WORDS`` after it; the text as it is when it holds no Cyrillic letter or is in
    title case (``_TITLE_CASE_SHARE`` of its words capitalised).

    >>> page = ["Жители Заречья вышли на субботник у пруда Горожане убрали берег и аллею",
    ...         "В субботу горожане вышли на уборку берега у пруда."]
    >>> without_glued_deck(page[0], 0, page)
    'Жители Заречья вышли на субботник у пруда'
    >>> without_glued_deck(page[0], 0, page[:1])
    'Жители Заречья вышли на субботник у пруда Горожане убрали берег и аллею'
    """
    if not _CYRILLIC.search(text):
        return text
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
