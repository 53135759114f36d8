"""Mojibake repaired: lines of UTF-8, CP949 or Windows-1251 bytes that someone decoded as
Latin-1 / Windows-1252, read again only where that is certain (``decoding.repair_text`` calls
it where ``MOJIBAKE_HINT`` finds the pairs such a reading leaves)."""

from __future__ import annotations

import re
from collections.abc import Callable

import ftfy

# Fewer bytes outside ASCII than this tell no encoding apart: they are read as damaged UTF-8.
MIN_EVIDENCE_BYTES = 4
HIGH_BYTES = bytes(range(0x80, 0x100))

# Mojibake leaves a letter of Latin-1's upper half followed by another upper-half character
# (or a Windows-1252 punctuation mark standing for one): "Ã©", "Ð¡", "ÀÔ·Â". Correct Korean,
# Russian and English text has no such pairs; the repairs run only where this finds one.
_CP1252_EXTRAS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
MOJIBAKE_HINT = re.compile(f"[\u00c0-\u00ff][\u0080-\u00ff{_CP1252_EXTRAS}]")
# At most this many soft hyphens a page dropped are put back in a CP949 line.
_LOST_SOFT_HYPHENS = 3
# A repaired line must be this much in the script its encoding writes.
_SCRIPT_SHARE = 0.7


def fix_mojibake(text: str) -> tuple[str, dict[str, int]]:
    """Lines that are UTF-8, CP949 or Windows-1251 bytes read as Latin-1 / Windows-1252, repaired.

    A line is repaired only when its characters turn back into bytes, those bytes decode
    without error, and the result is plainly text: UTF-8 as ftfy judges it; CP949 when its
    letters are mostly Hangul syllables; Windows-1251 when they are mostly lower-case
    Cyrillic. Returns the text and the repairs made, with their line counts.

    >>> text, fixes = fix_mojibake("Ð¡Ð¸ Ð¦Ð·Ð¸Ð½ÑŒÐ¿Ð¸Ð½\\nÏóòèí â Ïåêèíå\\nFüße und Größe")
    >>> text.split("\\n")
    ['Си Цзиньпин', 'Путин в Пекине', 'Füße und Größe']
    >>> fixes
    {'utf-8 read as windows-1252': 1, 'cp1251 read as windows-1252': 1}
    """
    fixes: dict[str, int] = {}
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if not MOJIBAKE_HINT.search(line):
            continue
        repaired = _repaired_line(line)
        if repaired is not None:
            lines[index], how = repaired
            fixes[how] = fixes.get(how, 0) + 1
    return ("\n".join(lines), fixes) if fixes else (text, fixes)


def _repaired_line(line: str) -> tuple[str, str] | None:
    fixed, steps = ftfy.fix_encoding_and_explain(line)
    encoded = [name for action, name in steps or [] if action == "encode"]
    decoded_as = [name for action, name in steps or [] if action == "decode"]
    # Only a full re-reading counts (ftfy's smaller touches, such as joining a stray pair of
    # UTF-8 bytes, are guesses on text that may be another encoding's mojibake).
    if encoded and decoded_as and fixed != line:
        read_as = "windows-1252" if "1252" in encoded[0] else encoded[0]
        return fixed, f"{decoded_as[-1]} read as {read_as}"
    for encoding, plausible in _LEGACY_READINGS:
        raw = _single_bytes(line, utf8_first=encoding == "cp949")
        if raw is None or len(raw) - len(raw.translate(None, HIGH_BYTES)) < MIN_EVIDENCE_BYTES:
            continue
        # A character of three UTF-8 bytes may be correct Hangul beside the mojibake.
        decoded = _legacy_decoded(raw, encoding, strict=max(line) >= "\u0800")
        if decoded is not None and plausible(line, decoded):
            return decoded, f"{encoding} read as windows-1252"
    return None


def _legacy_decoded(raw: bytes, encoding: str, strict: bool) -> str | None:
    """The bytes read in a legacy encoding, or None. For CP949, a lead byte whose pair is broken
    gets back the 0xAD the Windows-1252 reading made a soft hyphen, which a page drops as
    invisible ("(È)" is 화's C8 AD without its AD), up to ``_LOST_SOFT_HYPHENS`` times; the
    reading's letters beyond ASCII must then all be everyday Hangul syllables, as when
    ``strict``: a lead byte that lost its AD pairs with the next byte if it can, and an AD put
    back further on is out of step (화요일 reads "효嶽救")."""
    for inserted in range(_LOST_SOFT_HYPHENS + 1):
        try:
            decoded = raw.decode(encoding)
        except UnicodeDecodeError as error:
            if encoding != "cp949" or raw[error.start] < 0x81:
                return None
            raw = raw[: error.start + 1] + b"\xad" + raw[error.start + 1 :]
            continue
        letters = (char for char in decoded if char.isalpha() and not char.isascii())
        everyday = all(map(_everyday_syllable, letters))
        return decoded if everyday or not (strict or inserted) else None
    return None


def _single_bytes(line: str, utf8_first: bool) -> bytes | None:
    """The bytes a Latin-1 / Windows-1252 reading turned into this line; None if it has others.
    With ``utf8_first``, also a reader's that took well-formed UTF-8 first: CP949 bytes that
    form a sequence show as one character ("ÀϺ¸": C0 CF BA B8, CF BA as "Ϻ"), its UTF-8 bytes
    the line's. None for a surrogate, which no bytes were read as."""
    out = bytearray()
    for char in line:
        code = ord(char)
        if code < 0x100:  # ASCII, Latin-1's C1 controls and upper half: the byte itself
            out.append(code)
        elif char in _CP1252_EXTRAS:  # Windows-1252's punctuation in the C1 range
            out += char.encode("cp1252")
        elif utf8_first and not "\ud800" <= char <= "\udfff":  # a UTF-8 sequence it kept
            out += char.encode("utf-8")
        else:
            return None
    return bytes(out)


# A run of letters, for telling words apart.
_WORD = re.compile(r"[^\W\d_]+")


def _korean(shown: str, decoded: str) -> bool:
    """Whether a CP949 reading is Korean text: its letters beyond ASCII are Hangul syllables,
    and these are the 2,350 in everyday use (EUC-KR's), not the rare ones that stray byte pairs
    make. Latin text read as CP949 fails to decode: a lower-case accented letter followed by
    ASCII is no CP949 pair."""
    hangul = [char for char in decoded if "\uac00" <= char <= "\ud7a3"]
    foreign = sum(char.isalpha() and not char.isascii() for char in decoded)
    if len(hangul) < 2 or len(hangul) < _SCRIPT_SHARE * foreign:
        return False
    common = sum(map(_everyday_syllable, hangul))
    return common >= 0.9 * len(hangul)


def _everyday_syllable(char: str) -> bool:
    """Whether a character is a Hangul syllable of the 2,350 in everyday use: EUC-KR's, which
    it writes as one byte pair (the others it spells out in eight bytes, jamo by jamo)."""
    return "\uac00" <= char <= "\ud7a3" and len(char.encode("euc-kr")) == 2


def _russian(shown: str, decoded: str) -> bool:
    """Whether a Windows-1251 reading is Russian text. As shown, its words are wholly of
    Latin-1's upper half ("Ïóòèí"), where a Latin language mixes them with ASCII letters
    ("café", "Größe"); as read, they are mostly lower-case Cyrillic."""
    words = [word for word in _WORD.findall(shown) if any(char >= "\u00c0" for char in word)]
    whole = sum(len(word) > 1 and all(char >= "\u00c0" for char in word) for word in words)
    mixed = sum(any(char.isascii() for char in word) for word in words)
    if whole < 2 or mixed * 10 > whole:
        return False
    cyrillic = [char for char in decoded if "\u0400" <= char <= "\u04ff"]
    foreign = sum(char.isalpha() and not char.isascii() for char in decoded)
    lower = sum(char.islower() for char in cyrillic)
    return len(cyrillic) >= 0.9 * foreign and lower * 2 >= len(cyrillic)


_LEGACY_READINGS: tuple[tuple[str, Callable[[str, str], bool]], ...] = (
    ("cp949", _korean),
    ("cp1251", _russian),
)
