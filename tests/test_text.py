from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from normalize.text import clean_text, decode_bytes


def test_decode_valid_utf8_with_bom() -> None:
    assert decode_bytes("\ufeffПутин".encode()) == ("Путин", [])


def test_decode_counts_bad_bytes() -> None:
    decoded = decode_bytes(b"Seoul \xed\xa0\x80 and \xff\xfe")
    assert decoded.text == "Seoul \ufffd\ufffd\ufffd and \ufffd\ufffd"
    assert decoded.warnings == ["invalid_utf8: 5 byte(s) were not UTF-8 and became U+FFFD"]


def test_decode_reports_binary() -> None:
    decoded = decode_bytes(b"\x00\x01PNG")
    assert [warning.split(":")[0] for warning in decoded.warnings] == ["binary"]


@given(st.binary())
def test_decode_never_raises_and_gives_valid_text(data: bytes) -> None:
    decoded = decode_bytes(data)
    decoded.text.encode("utf-8")  # no lone surrogates left


def test_clean_text_keeps_lines_and_drops_invisible_characters() -> None:
    raw = "Title\u200b\r\n\r\n\r\n\r\n본문\u00a0 첫 줄\u2028second\tline  \x07"
    assert clean_text(raw) == "Title\n\n본문 첫 줄\nsecond line"


@given(st.text())
def test_clean_text_is_idempotent(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once
