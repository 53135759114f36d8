"""What follows a bar in a title when it names the outlet: the outlet's name after a small letter
"l" standing for a bar, and a name in capitals after a bar that a dash sets the outlet's tagline
off from (``titles.strip_decorations`` cuts the rest)."""

from __future__ import annotations

import regex

from normalize.chrome import MAX_OUTLET_WORDS, is_outlet_name

# A small letter "l" between spaces standing for a bar before the last one or two words.
_LETTER_BAR = regex.compile(r"\s+l\s+(?=\S+(?:\s\S+)?$)")
# Words a headline keeps before a letter bar at least: one word is a label's ("확대 l 축소").
_WORDS_BEFORE_LETTER_BAR = 2


def before_letter_bar(text: str) -> str:
    """The headline before a small letter "l" set between spaces in place of a bar, when the
    one or two words after it that close the text are an outlet's name: "… 봄 축제 열려 l
    가람TV뉴스" reads as "… | 가람TV뉴스". Two words at least stand before the letter, and
    words after it that name no outlet stay, a translation's or a control's ("확대 l 축소").

    >>> before_letter_bar("Harbour festival opens l Gaon TV")
    'Harbour festival opens'
    >>> before_letter_bar("Zoom in l Zoom out")
    'Zoom in l Zoom out'
    """
    bar = _LETTER_BAR.search(text)
    if (
        bar
        and is_outlet_name(text[bar.end() :])
        and len(text[: bar.start()].split()) >= _WORDS_BEFORE_LETTER_BAR
    ):
        return text[: bar.start()]
    return text


def before_named_bar(text: str, *, dashed: bool) -> str:
    """The headline before a name in capitals after a bar, when a dash set the outlet's tagline
    off after that name (``dashed``): "<headline> | The Valley Lantern - News of the Hills" prints
    the outlet's name and its motto, however short the headline. Only a headline in
    sentence case (a word of five letters or more after its first in small letters) sets a name
    in capitals off: in a headline in title case the words after the bar may be its own
    subtitle ("Ferry Strike Ends | Crossings Resume Friday").

    >>> before_named_bar("Mayor opens river bridge | The Valley Lantern", dashed=True)
    'Mayor opens river bridge'
    >>> before_named_bar("Mayor opens river bridge | The Valley Lantern", dashed=False)
    'Mayor opens river bridge | The Valley Lantern'
    >>> before_named_bar("Mayor Opens River Bridge | Crossings Resume Friday", dashed=True)
    'Mayor Opens River Bridge | Crossings Resume Friday'
    """
    head, bar, name = text.rpartition(" | ")
    words, head_words = name.split(), head.split()
    if (
        not dashed
        or not bar
        or len(head_words) < 2
        or not 0 < len(words) <= MAX_OUTLET_WORDS
        or not all(word[:1].isupper() for word in words)
        or not any(word[:1].islower() and len(word) >= 5 for word in head_words[1:])
    ):
        return text
    return head.rstrip()
