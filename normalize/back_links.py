"""A link back to a part of the site, printed on a line of its own above or below a story:
"Return to Edition Index", "Back to top", or the first of a row of menu labels glued after it,
"Back to Weekly Digest Home Earlier Weeks Contact". It names the page it leads to, no story.

Its words are each language's ``chrome`` facts: the ``back_links`` that open it ("back to",
"return to") and the ``back_link_pages``, the words for a page it leads back to ("index",
"home", "top"), one of which it holds after them: "Back to school for the ferry crews" leads
nowhere and is a headline, and so is a longer line with a word in small letters after them.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from normalize.cache import once
from normalize.facts import section

# A link's label has this many words at most, a menu's row of labels opened by one this many.
_LABEL_WORDS: Final = 4
_LINK_WORDS: Final = 12
# A headline in title case capitalises its short words ("Are", "In"), a menu's labels are names.
_SHORT_WORD: Final = 3
# A headline's stops inside it, which no menu's label closes with.
_STOPS: Final = ("?", "!", ":", ",", ".")


class _Tables(NamedTuple):
    openers: tuple[str, ...]  # each with the space after it
    pages: frozenset[str]


@once
def _tables() -> _Tables:
    """Every language's ``back_links`` and ``back_link_pages``, merged once."""
    languages = list(section("chrome").values())
    openers = [f"{p.lower()} " for table in languages for p in table.get("back_links", [])]
    pages = [word.lower() for table in languages for word in table.get("back_link_pages", [])]
    return _Tables(tuple(openers), frozenset(pages))


def is_back_link(key: str, line: str) -> bool:
    """Whether a line (and its key, ``chrome.line_key``: lower case, its edges cut) is a link
    back to a part of the site: opened by a ``back_links`` phrase, a ``back_link_pages`` word
    among the words after it, ``_LABEL_WORDS`` words at most, or up to ``_LINK_WORDS`` when
    the words after the phrase are a menu's labels glued on, names: none opens with a small
    letter, none is a short word in title case, none closes with a stop ("Back to the top for
    the Harbour Rovers" is a headline, and so is one in title case, "Back To School Results
    Are In", "Return to Calm Waters? Freight Index Climbs").

    >>> is_back_link("return to edition index", "Return to Edition Index")
    True
    >>> is_back_link("back to the top for the rovers", "Back to the top for the Rovers")
    False
    >>> is_back_link("back to school results are in", "Back To School Results Are In")
    False
    """
    tables = _tables()
    opener = next((opener for opener in tables.openers if key.startswith(opener)), None)
    words = key.split()
    if opener is None or len(words) > _LINK_WORDS or tables.pages.isdisjoint(words[2:]):
        return False
    labels = line.split()[-(len(words) - len(opener.split())) :]
    return len(words) <= _LABEL_WORDS or not any(map(_is_headline_word, labels))


def _is_headline_word(word: str) -> bool:
    """Whether a word is a headline's, no menu label's: in small letters, a short word in title
    case ("In", "Are"; no abbreviation in capitals, "FAQ"), or closing with a stop."""
    short = len(word) <= _SHORT_WORD and word[:1].isupper() and not word.isupper()
    return word[:1].islower() or short or word.endswith(_STOPS)
