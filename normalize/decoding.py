"""Text from whatever a crawl leaves: bytes in any encoding, stray values, and text that was
decoded wrongly before it reached us.

- ``decode_bytes``: a byte-order mark decides; else UTF-8; else, when the bytes are plainly not
  UTF-8, a detector (chardet) among the encodings news pages are written in.
- ``repair_text``: lone surrogates, HTML entities, and mojibake: UTF-8, CP949 or Windows-1251
  bytes that someone decoded as Latin-1 / Windows-1252, repaired only where that is certain.
- ``as_text``: any value of a text column (str, bytes, None, numbers, records) as text.

Every repair is named in the warnings returned beside the text; none of these functions raises.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any, NamedTuple

import chardet

from normalize.mojibake import HIGH_BYTES, MIN_EVIDENCE_BYTES, MOJIBAKE_HINT, fix_mojibake


class Decoded(NamedTuple):
    """Text, and what had to be done to get it (empty when nothing)."""

    text: str
    warnings: list[str]


# Byte-order marks, longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)
_BOM_MARKS = tuple(mark for mark, _ in _BOMS)
# The encodings a detector may name: those news pages in Korean, Russian, English and their
# neighbours are written in. Its other answers (Mac code pages, DOS Greek) are guesses on
# bytes too few to tell, and such bytes are read as damaged UTF-8 instead.
LEGACY_ENCODINGS = (
    "cp949",
    "euc_kr",
    "iso2022_kr",
    "johab",
    "cp1251",
    "koi8_r",
    "koi8_u",
    "cp866",
    "iso8859_5",
    "cp1252",
    "iso8859_1",
    "iso8859_15",
    "cp1250",
    "iso8859_2",
    "cp932",
    "euc_jis_2004",
    "gb18030",
    "big5hkscs",
)
# Lone surrogates left by decoding with surrogateescape: one per byte that was not UTF-8.
_ESCAPED_BYTES = re.compile(r"[\udc80-\udcff]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
# A valid UTF-8 sequence of two or more bytes, for telling damaged UTF-8 from another encoding.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def utf8_as_they_are(data: bytes) -> bool:
    """Whether ``decode_bytes`` reads these bytes as UTF-8 with no warning when they are valid
    UTF-8: no byte-order mark decides their encoding, no NUL byte is warned of. Whether they
    are valid may then be checked elsewhere (by polars, a whole column at once).

    >>> utf8_as_they_are("서울 증시".encode()), utf8_as_they_are(b"\\xef\\xbb\\xbfnews")
    (True, False)
    """
    return not data.startswith(_BOM_MARKS) and b"\x00" not in data


def decode_bytes(data: bytes) -> Decoded:
    """Decode a scraped file, never failing; what was done is in the warnings.

    A byte-order mark (UTF-8, UTF-16, UTF-32) decides the encoding. Bytes that are valid UTF-8
    are UTF-8, and so are bytes that are mostly UTF-8 with a few bad bytes (each becomes
    U+FFFD). Other bytes go to the detector, and its answer is kept only when it is one of
    ``LEGACY_ENCODINGS`` and decodes them all.

    >>> decode_bytes("입력 2024.05.17 서울 증시".encode("cp949"))
    Decoded(text='입력 2024.05.17 서울 증시', warnings=['decoded: cp949 (the bytes are not UTF-8)'])
    >>> decode_bytes(b"caf\\xc3\\xa9 \\xff").warnings
    ['invalid_utf8: 1 byte(s) were not UTF-8 and became U+FFFD']
    """
    warnings: list[str] = []
    for mark, encoding in _BOMS:
        if data.startswith(mark):
            text = data[len(mark) :].decode(encoding, errors="replace")
            if encoding != "utf-8":
                warnings.append(f"decoded: {encoding} (byte-order mark)")
            bad = text.count("\ufffd") - data.count("\ufffd".encode(encoding))
            if bad > 0:
                warnings.append(
                    f"invalid_{encoding.replace('-', '')}: {bad} character(s) became U+FFFD"
                )
            return Decoded(text, warnings)
    if b"\x00" in data:
        warnings.append("binary: the input holds NUL bytes; its text was kept, the NULs dropped")
    try:
        return Decoded(data.decode("utf-8"), warnings)
    except UnicodeDecodeError:
        pass
    detected = _detected(data)
    if detected is not None:
        warnings.append(f"decoded: {detected.encoding} (the bytes are not UTF-8)")
        if detected.bad:
            warnings.append(
                f"invalid_{detected.encoding.replace('-', '')}: {detected.bad} "
                "character(s) were not in it and became U+FFFD"
            )
        return Decoded(detected.text, warnings)
    text = data.decode("utf-8", errors="surrogateescape")
    bad = len(_ESCAPED_BYTES.findall(text))
    warnings.append(f"invalid_utf8: {bad} byte(s) were not UTF-8 and became U+FFFD")
    return Decoded(_ESCAPED_BYTES.sub("\ufffd", text), warnings)


class _Detected(NamedTuple):
    encoding: str
    text: str
    bad: int  # characters that did not decode, now U+FFFD


def _detected(data: bytes) -> _Detected | None:
    """The detector's reading of bytes that are not UTF-8, or None when UTF-8 is likelier."""
    high = len(data) - len(data.translate(None, HIGH_BYTES))
    in_sequences = sum(map(len, _UTF8_MULTIBYTE.findall(data)))
    # Damaged UTF-8 has many valid sequences and few bad bytes; a legacy encoding forms a valid
    # UTF-8 sequence now and then by chance ("청" in CP949 is "»" in UTF-8).
    if high - in_sequences < MIN_EVIDENCE_BYTES or in_sequences >= high - in_sequences:
        return None
    found = chardet.detect(
        data,
        include_encodings=(*LEGACY_ENCODINGS, "utf-8"),  # UTF-8: the answer "none fits"
        prefer_superset=True,
        compat_names=False,
        no_match_encoding="utf-8",
    )
    encoding = found["encoding"]
    if not encoding or encoding.replace("-", "_").lower() in ("utf_8", "ascii"):
        return None
    try:
        text = data.decode(encoding, errors="replace")
    except LookupError:
        return None
    # The detector reads the first part of a long file: a few bad bytes further on are damage
    # (each becomes U+FFFD), many mean the guess was wrong.
    bad = text.count("\ufffd")
    if bad > high // 100:
        return None
    return _Detected(_codec_name(encoding), text, bad)


def _codec_name(encoding: str) -> str:
    """The codec's usual spelling: 'cp949', 'windows-1251' as 'cp1251', 'koi8-r'."""
    name = encoding.lower().replace("_", "-")
    return {"windows-1251": "cp1251", "windows-1252": "cp1252", "uhc": "cp949"}.get(name, name)


def as_text(value: Any) -> Decoded:
    """Any value of a text column as text: str as is, bytes decoded, None as None-like "".

    Numbers, lists and records are written as JSON, with a warning: they are rarely the text
    a user meant to read.

    >>> as_text({"a": 1})
    Decoded(text='{"a": 1}', warnings=['text_not_string: a dict was written as JSON text'])
    """
    if isinstance(value, str):
        return Decoded(value, [])
    if isinstance(value, bytes | bytearray | memoryview):
        return decode_bytes(bytes(value))
    text = json.dumps(value, ensure_ascii=False, default=str)
    return Decoded(text, [f"text_not_string: a {type(value).__name__} was written as JSON text"])


def scrub_surrogates(text: str) -> Decoded:
    """Lone surrogates (from JSON's ``"\\ud800"`` or a careless decoder) as U+FFFD.

    >>> scrub_surrogates("bad \\ud800")
    Decoded(text='bad \\ufffd', warnings=['invalid_text: 1 lone surrogate(s) became U+FFFD'])
    """
    if text.isascii() or not _SURROGATES.search(text):
        return Decoded(text, [])
    count = len(_SURROGATES.findall(text))
    message = f"invalid_text: {count} lone surrogate(s) became U+FFFD"
    return Decoded(_SURROGATES.sub("\ufffd", text), [message])


def repair_text(text: str) -> Decoded:
    """Lone surrogates, HTML entities and certain mojibake repaired; each repair is a warning.

    Text with none of them is returned as it is (the common case costs two scans).

    >>> repair_text("Putin &amp; Xi &quot;oppose&quot;")
    Decoded(text='Putin & Xi "oppose"', warnings=['html_entities: 3 decoded'])
    >>> repair_text("ÀÔ·Â:2021-03-15 10:00")  # a CP949 page read as Windows-1252
    ... # doctest: +NORMALIZE_WHITESPACE
    Decoded(text='입력:2021-03-15 10:00',
            warnings=['mojibake_fixed: cp949 read as windows-1252 (1 line)'])
    """
    scrubbed = scrub_surrogates(text)
    text, warnings = scrubbed.text, list(scrubbed.warnings)
    if "&" in text:
        text, count = decode_entities(text)
        if count:
            warnings.append(f"html_entities: {count} decoded")
    if MOJIBAKE_HINT.search(text):
        text, fixes = fix_mojibake(text)
        warnings.extend(
            f"mojibake_fixed: {how} ({count} line{'s' if count > 1 else ''})"
            for how, count in fixes.items()
        )
    return Decoded(text, warnings)


# A named or numeric character reference; bounded, so the scan is linear.
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
# Pages escape twice ("&amp;quot;"); a third level is text about entities, left as written.
_ENTITY_PASSES = 2


def decode_entities(text: str) -> tuple[str, int]:
    """HTML character references decoded (twice-escaped ones too); unknown names kept.

    >>> decode_entities("R&D &amp;quot;x&amp;quot; &bogus; &#xD55C;")
    ('R&D "x" &bogus; 한', 3)
    """
    total = 0
    for _ in range(_ENTITY_PASSES):
        count = 0

        def one(match: re.Match[str]) -> str:
            nonlocal count
            decoded = html.unescape(match[0])
            count += decoded != match[0]
            return decoded

        text = _ENTITY.sub(one, text)
        total = total or count  # a twice-escaped entity is one entity
        if not count or "&" not in text:
            break
    return text, total
