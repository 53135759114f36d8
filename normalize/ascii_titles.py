"""A headline spelt in ASCII (unidecode's spelling), for slugs and ASCII-only systems."""

from __future__ import annotations

from unidecode import unidecode

from normalize.cache import Filled, once
from normalize.text import squeeze_spaces


def title_ascii(text: str) -> str:
    """The headline in ASCII (unidecode), for slugs and ASCII-only systems.

    >>> title_ascii("Путин и Си: «военное давление»")
    'Putin i Si: <<voennoe davlenie>>'
    """
    return squeeze_spaces(text if text.isascii() else text.translate(_ascii_of_character()))


@once
def _ascii_of_character() -> Filled[int, str]:
    """unidecode's spelling of each character, by code point: unidecode spells a text one
    character at a time, so a text's translation by this table is its ``unidecode``."""
    return Filled(lambda codepoint: unidecode(chr(codepoint)))
