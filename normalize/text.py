"""Unicode cleanup shared by every part: invisible characters, line breaks, white space.

Decoding bytes and repairing mis-decoded text is ``normalize.decoding``'s.

Each function takes text and returns text; none of them raises on any input.
"""

from __future__ import annotations

import re
import unicodedata

import regex

# Format characters a reader never sees: soft hyphen, Mongolian vowel separator, zero-width
# space and joiners, directional marks, embeddings and isolates, word joiner, byte-order mark.
# Plain code points, which the standard library's engine scans several times faster than
# `regex`; the pattern is also handed to polars.
INVISIBLE = re.compile(r"[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# What str.split() splits on, spelled out so that polars expressions split on the same: as
# characters (for strip_chars) and as a character class (for Rust's regex).
WHITESPACE = "".join(char for char in map(chr, range(0x3001)) if char.isspace())
WHITESPACE_CLASS = "[" + "".join(f"\\x{{{ord(char):x}}}" for char in WHITESPACE) + "]"
# Control characters other than tab and newline carry no text (NUL in binary junk, escapes);
# they go with the invisible ones.
_HIDDEN = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f" + INVISIBLE.pattern[1:])
# Every line break of every platform, and Unicode's own separators, becomes "\n".
_NEWLINES = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")
_BLANK_RUNS = re.compile(r"\n{3,}")
# A line break printed as markup ("<br>", "<br />"): a description copied with its markup.
MARKUP_BREAK = regex.compile(r"<br\s*/?>", regex.IGNORECASE)
# A scraper's meta date opening a line or its key, the page's day in a machine's form:
# "date 2019-11-05 Barn Fire", "date 2022-07-14 by ama ardell, kpa".
META_DATE = regex.compile(r"^date\s+\d{4}-\d\d-\d\d\s+")


def clean_text(text: str) -> str:
    """NFC, one kind of line break, no invisible or control characters, single spaces per line.

    Line structure is kept (it is evidence for headlines and boilerplate); trailing spaces
    and blank-line runs are reduced.

    >>> clean_text("Putin\\u200b  and\\u00a0Xi\\r\\n\\r\\n\\r\\nnext ")
    'Putin and Xi\\n\\nnext'
    """
    text = _NEWLINES.sub("\n", text)
    if _HIDDEN.search(text):
        text = _HIDDEN.sub("", text)
    text = unicodedata.normalize("NFC", text)
    # str.split() splits on what regex's \s matches, but for the controls already removed.
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n")


def ends_with_ellipsis(text: str) -> bool:
    """Whether the text, trailing white space aside, closes with an ellipsis: "…" or "...",
    the mark of a copy or a paragraph cut short.

    >>> ends_with_ellipsis("The mayor said the bridge would..."), ends_with_ellipsis("Done.")
    (True, False)
    """
    return text.rstrip().endswith(("...", "…"))


def squeeze_spaces(text: str) -> str:
    """All white space, line breaks included, as single spaces; ends stripped.

    >>> squeeze_spaces(" a \\n\\t b ")
    'a b'
    """
    return " ".join(text.split())
