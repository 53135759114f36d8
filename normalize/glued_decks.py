"""A headline and its deck printed on one line, glued by a space (a mobile page's head block
flattened): "<headline> <deck>". A headline in sentence case opens with its only capital but
for names; where a small letter, a space and a capital meet inside it, a new sentence starts
when the capital's word is no name, as the page's own text shows by printing that word in
small letters elsewhere. Read for a Cyrillic headline: an English one is mostly in title case.

The headline chooser (``normalize.headline``) trims the chosen headline so, as it trims a
site's tail and a glued label (``normalize.echo``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

# A seam: a small letter, a space, then a word of a capital and small letters.
_SEAM: Final = regex.compile(r"(?<=\p{Ll}) (?=(\p{Lu}\p{Ll}+)(?!\p{L}))")
_CAPITALISED: Final = regex.compile(r"\p{Lu}")
_CYRILLIC: Final = regex.compile(r"\p{Cyrillic}")
# A headline in title case capitalises this share of its words or more; sentence case, less.
_TITLE_CASE_SHARE: Final = 1 / 3
# The headline before the seam and the deck after it have this many words at least.
_HEAD_WORDS: Final = 4
_DECK_WORDS: Final = 3


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
        small = regex.compile(rf"(?<!\p{{L}}){regex.escape(seam.group(1).lower())}(?!\p{{L}})")
        if any(small.search(other) for index, other in enumerate(lines) if index != line):
            return head
    return text
