"""Unicode cleanup shared by every part: decoding, invisible characters, white space.

Each function takes text and returns text; none of them raises on any input.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

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
# Lone surrogates left by decoding with surrogateescape: one per byte that was not UTF-8.
_ESCAPED_BYTES = re.compile(r"[\udc80-\udcff]")


class Decoded(NamedTuple):
    """Text decoded from bytes, and what had to be done to get it (empty when nothing)."""

    text: str
    warnings: list[str]


def decode_bytes(data: bytes) -> Decoded:
    """Decode a scraped file as UTF-8, never failing: a bad byte becomes U+FFFD, with a warning.

    >>> decoded = decode_bytes(b"caf\\xc3\\xa9 \\xff")
    >>> decoded.text, decoded.warnings
    ('café \\ufffd', ['invalid_utf8: 1 byte(s) were not UTF-8 and became U+FFFD'])
    """
    warnings: list[str] = []
    if b"\x00" in data:
        warnings.append("binary: the input holds NUL bytes; its text was kept, the NULs dropped")
    text = data.decode("utf-8", errors="surrogateescape").removeprefix("\ufeff")
    bad = len(_ESCAPED_BYTES.findall(text))
    if bad:
        text = _ESCAPED_BYTES.sub("\ufffd", text)
        warnings.append(f"invalid_utf8: {bad} byte(s) were not UTF-8 and became U+FFFD")
    return Decoded(text, warnings)


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


def squeeze_spaces(text: str) -> str:
    """All white space, line breaks included, as single spaces; ends stripped.

    >>> squeeze_spaces(" a \\n\\t b ")
    'a b'
    """
    return " ".join(text.split())
