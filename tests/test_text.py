from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from normalize.text import clean_text


def test_clean_text_keeps_lines_and_drops_invisible_characters() -> None:
    raw = "Title\u200b\r\n\r\n\r\n\r\n본문\u00a0 첫 줄\u2028second\tline  \x07"
    assert clean_text(raw) == "Title\n\n본문 첫 줄\nsecond line"


@given(st.text())
def test_clean_text_is_idempotent(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once
