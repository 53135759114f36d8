from __future__ import annotations

import unicodedata

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from normalize.search.terms import (
    analyze,
    fold,
    korean_terms,
    split_scripts,
    transliterations,
    word_terms,
)
from tests.cases import CASES, params

# Letters of the alphabets that matter here, with look-alikes, ё, Hangul and combining marks.
_TEXT = st.text(
    alphabet=st.sampled_from(list("aeopxyKMHTcCёЁаеорхуКМНТсСПтин정상회담 .,#-\u0301\u0308")),
    max_size=30,
)


@pytest.mark.parametrize(
    ("text", "folded"), params(CASES / "search_fold.tsv", ["text", "folded"], label="why")
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(
    ("word", "terms"), params(CASES / "search_korean.tsv", ["word", "terms"], label="why")
)
def test_korean_terms(word: str, terms: str) -> None:
    assert korean_terms(word) == tuple(terms.split())


@given(_TEXT)
def test_fold_is_idempotent_nfc_and_keeps_no_yo(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == folded
    assert unicodedata.is_normalized("NFC", folded)
    assert "ё" not in folded and "Ё" not in folded


@given(_TEXT)
def test_split_scripts_sends_each_letter_to_one_field(text: str) -> None:
    folded = fold(text)
    parts = split_scripts(folded)

    def letters(text: str) -> int:
        return sum(char.isalnum() for char in text)

    assert letters("".join(parts.ko)) + letters(parts.ru) + letters(parts.en) == letters(folded)
    assert not regex.search(r"[\p{Cyrillic}\p{Hangul}]", parts.en)


def test_query_and_document_meet() -> None:
    """The same word, as a document prints it and as a reader types it, gives a shared term."""
    assert set(word_terms("Путину")) & set(word_terms(fold("путин")))
    assert set(analyze(fold("ёжиков"), "ru")) == set(analyze("ежиков", "ru"))
    assert "putin" in transliterations("Путина")
    assert "busan" in transliterations("부산에서")
    assert "정상회담" in korean_terms("중러정상회담")
