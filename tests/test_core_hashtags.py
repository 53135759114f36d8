"""The compiled core's hashtag and segmentation rooms against the Python ones: the same
words, spans, languages and prices, on the project's fixtures, the rooms' case files, every
character Python 3.11 knows, and hypothesis-generated text.

A tag's language comes from the word lists where they decide it; where Python asks the
language detector (the languages room), the core's hashtag room says None, and so does the
Python room here, its detector answered by None.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import Any
from unittest.mock import patch

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from normalize import hashtags, segment
from normalize.core import compiled
from tests.cases import CASES, FIXTURES, rows
from tests.test_core import fixture_lines, fixture_pages

core: Any = compiled()
pytestmark = pytest.mark.skipif(core is None, reason="the compiled core is not built")

# The languages with a segmentation model, one with a word list only, and none.
LANGS = ("en", "ru", "ko")
OTHER_LANGS = ("uk", "xx")
# Files of tags with their splits (first column the tag), and of texts with tags in them.
TAG_FILES = [
    FIXTURES / "hashtags_ko.tsv",
    *sorted((FIXTURES / "real").rglob("hashtags.tsv")),
    *(
        CASES / f"hashtags_{name}.tsv"
        for name in ("split", "ko_heldout", "ko_names", "ko_loanwords", "ru")
    ),
]
TEXT_FILES = {CASES / "hashtags_found.tsv": "text", CASES / "hashtags_listed.tsv": "line"}
EXAMPLES = settings(derandomize=True, max_examples=400, deadline=None, database=None)


@pytest.fixture(scope="module", autouse=True)
def word_list_languages() -> Iterator[None]:
    """Python's tag languages as the core's hashtag room gives them: None where the language
    detector would be asked."""
    with patch.object(hashtags, "detect_language", lambda text: None):
        hashtags._read_tag.cache_clear()  # type: ignore[attr-defined]
        yield
    hashtags._read_tag.cache_clear()  # type: ignore[attr-defined]


def case_tags() -> list[str]:
    """Every tag of the case files, in file order."""
    return [row.get("hashtag", row.get("tag", "")) for path in TAG_FILES for row in rows(path)]


def case_texts() -> list[str]:
    """Every text of the case files of found and listed tags."""
    return [row[column] for path, column in TEXT_FILES.items() for row in rows(path)]


def assert_same_tags(text: str) -> list[hashtags.Hashtag]:
    """The core finds the same tags in a text as Python, with the same words, languages and
    spans; each is listed or not alike, and the same ones are distinct."""
    found = hashtags.find_hashtags(text)
    expected = [(h.tag, h.words, h.lang, h.start, h.end) for h in found]
    assert core.hashtags__find_hashtags(text) == expected, text
    for tag in found:
        listed = core.hashtags__is_listed(text, tag.start, tag.end)
        assert listed == hashtags.is_listed(text, tag), (text, tag)
    assert_same_distinct(found)
    return found


def assert_same_distinct(found: list[hashtags.Hashtag]) -> None:
    kept = {id(tag) for tag in hashtags.distinct_hashtags(found)}
    expected = [index for index, tag in enumerate(found) if id(tag) in kept]
    assert core.hashtags__distinct([tag.tag for tag in found]) == expected


def assert_same_split(tag: str) -> None:
    assert core.hashtags__split_hashtag(tag) == hashtags.split_hashtag(tag), tag


def assert_same_segment(run: str, lang: str, prices: dict[str, Any] | None = None) -> None:
    given_settings = None if prices is None else segment.Settings(**prices)
    expected = segment.segment(run, lang, settings=given_settings)
    assert core.segment__segment(run, lang, prices) == expected, (run, lang, prices)
    assert core.segment__price(run, lang) == segment.price(run, lang), (run, lang)


@pytest.mark.parametrize("lang", LANGS + OTHER_LANGS)
def test_word_costs_are_pythons(lang: str) -> None:
    assert dict(core.segment__costs(lang)) == segment._costs(lang)


def test_fixture_lines() -> None:
    found = [tag for line in fixture_lines() for tag in assert_same_tags(line)]
    assert len(found) > 100


def test_fixture_pages_distinct_tags() -> None:
    for page in fixture_pages():
        assert_same_distinct(hashtags.find_hashtags(page))


def test_case_file_tags() -> None:
    tags = case_tags()
    assert len(tags) > 500
    for tag in tags:
        assert_same_split(tag)
        assert_same_tags(f"#{tag}")


def test_case_file_texts() -> None:
    for text in case_texts():
        assert_same_tags(text)


def test_case_file_runs() -> None:
    """Every letter run of the case tags, segmented and priced in every modelled language,
    with the language's prices and with a capitalised piece's."""
    runs = sorted({run for tag in case_tags() for run in regex.findall(r"[\p{L}\p{M}]+", tag)})
    for run in runs:
        for lang in LANGS:
            assert_same_segment(run, lang)
            assert_same_segment(run, lang, {"word": 3.0})
            words = segment.segment(run, lang)
            assert core.segment__regroup(words, lang) == segment.regroup(words, lang)
            for word in {run.lower(), *(word.lower() for word in words)}:
                assert core.segment__is_word(word, lang) == segment.is_word(word, lang)


def assigned() -> str:
    """Every character Python 3.11 knows (Unicode 14.0), but surrogates."""
    return "".join(
        chr(code)
        for code in range(0x110000)
        if not 0xD800 <= code < 0xE000 and unicodedata.category(chr(code)) != "Cn"
    )


CLASSES = [
    *("L", "M", "N", "Cf", "Lu", "Ll", "Lo", "Lm", "Lt", "Nd"),
    *("Hangul", "Han", "Hiragana", "Katakana", "Latin", "Cyrillic"),
]


def test_every_character_is_in_pythons_classes() -> None:
    text = assigned()
    for name in CLASSES:
        pattern = regex.compile(rf"\p{{{name}}}")
        assert core.segment__char_class(text, name) == [m.start() for m in pattern.finditer(text)]
    spaces = [m.start() for m in regex.finditer(r"\s", text)]
    assert core.segment__char_class(text, "s") == spaces
    for name in ("isupper", "islower", "isdigit", "isspace", "isalnum"):
        expected = [index for index, c in enumerate(text) if getattr(c, name)()]
        assert core.segment__char_class(text, name) == expected, name
    for name in ("lower", "casefold"):
        assert core.segment__char_case(text, name) == [getattr(c, name)() for c in text]


def test_every_digit_joins_a_counter() -> None:
    """A number and its counter are one word when the number is all digits (str.isdigit); a
    counter of years only when the number is a year, four digits."""
    for c in assigned():
        if unicodedata.category(c).startswith("N"):
            assert_same_split(f"{c}시간")
            assert_same_split(f"#{c}7시간")
            assert_same_split(f"{c}203학년도우미")


# Characters of the scripts the rooms read, and of the shapes around tags.
LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéÉçñßİıǅªʰ"
CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
OTHER_SCRIPTS = "中国語日本ひらがなカタカナΣσςλ"
DIGITS = "0123456789²①٣Ⅻ"
MARKS = "\u0301\u0308\u20dd"
FORMATS = "\u200d\u200c\u200e\u00ad\ufeff"
SIGNS = "###＃＃_&/@"
AROUND = " .,!?…。|»”\"')]》」』›‘“«„「『‹《〈([［（:=\t\n\x1c\x85\u3000"


def hangul() -> str:
    """The Hangul syllables of the Korean tags the rooms were written around."""
    letters = {c for c in (FIXTURES / "hashtags_ko.tsv").read_text("utf-8") if "가" <= c <= "힣"}
    return "".join(sorted(letters))


ALPHABET = LATIN + CYRILLIC + hangul() + OTHER_SCRIPTS + DIGITS + MARKS + FORMATS + SIGNS + AROUND
# Any character Python 3.11 knows, but surrogates.
ANY = st.characters(exclude_categories=("Cs", "Cn"))
TEXT = st.text(st.sampled_from(ALPHABET) | ANY, max_size=60)
# Pieces of real tags, glued into new ones.
PIECES = st.sampled_from(
    sorted({piece for tag in case_tags() for piece in regex.findall(r"\p{L}+|\p{N}+", tag)})
)
GLUED = st.lists(PIECES | st.sampled_from(ALPHABET), max_size=8).map("".join)


@EXAMPLES
@given(TEXT | GLUED)
def test_split(tag: str) -> None:
    assert_same_split(tag)


@EXAMPLES
@given(st.lists(TEXT | GLUED | st.just("#") | st.just(" #"), max_size=6).map("".join))
def test_find(text: str) -> None:
    assert_same_tags(text)


@EXAMPLES
@given(st.lists(GLUED, max_size=6), st.lists(st.sampled_from(["", "\u200d", "\u00ad"])))
def test_distinct(tags: list[str], joiners: list[str]) -> None:
    spelled = [tag.upper() if len(tag) % 2 else tag.swapcase() for tag in tags]
    variants = [
        *tags,
        *spelled,
        *(tag + joiner for tag, joiner in zip(tags, joiners, strict=False)),
    ]
    expected = [hashtags.Hashtag(tag, [], "", 0, 0) for tag in variants]
    assert_same_distinct(expected)


RUNS = {
    "en": st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzAEIS"), min_size=1, max_size=40),
    "ru": st.text(st.sampled_from(CYRILLIC), min_size=1, max_size=40),
    "ko": st.text(st.sampled_from(hangul()), min_size=1, max_size=20),
}
PRICES = st.fixed_dictionaries(
    {},
    optional={
        "word": st.sampled_from([0.0, 1.5, 3.0]),
        "short": st.sampled_from([[], [3.0], [3.0, 2.0]]),
        "max_word": st.integers(2, 30),
        "compound_margin": st.sampled_from([0.0, 1.0, 4.0]),
        "compound_part": st.integers(1, 4),
    },
)


@EXAMPLES
@given(st.sampled_from(LANGS).flatmap(lambda lang: st.tuples(st.just(lang), RUNS[lang])), PRICES)
def test_segment(lang_run: tuple[str, str], prices: dict[str, Any]) -> None:
    lang, run = lang_run
    assert_same_segment(run, lang)
    assert_same_segment(run, lang, prices)


@EXAMPLES
@given(st.sampled_from(LANGS), TEXT)
def test_segment_any_text(lang: str, run: str) -> None:
    assert_same_segment(run, lang)


def test_prices_beyond_the_longest_word_are_refused() -> None:
    with pytest.raises(IndexError):
        segment.Settings(max_word=1)
    with pytest.raises(ValueError, match="max_word"):
        core.segment__segment("a", "en", {"max_word": 1})


# Short names, surnames, place names and nouns, suffixes, Sino-Korean endings, loanwords:
# what Korean regrouping joins.
KOREAN_PIECES = st.sampled_from(
    [
        *("한", "미", "중", "일", "북", "최", "김", "유리"),
        *("서울", "역", "인천", "공항", "정상회담", "적", "화"),
        *("질병", "관리", "청", "경찰청"),
        *("주차", "난", "었다", "남", "궁현", "교육감", "보이스", "피싱", "걷기", "전남", "도"),
        *("호수", "공원"),
        *("오하준강서진", "이재", "훈정다은", "안전운전", "약속", "춘천", "지검", "한결", "국민당"),
    ]
)


@EXAMPLES
@given(
    st.sampled_from(LANGS),
    st.lists(KOREAN_PIECES | st.sampled_from(["электро", "грузовик", "A", "b"]), max_size=6),
)
def test_regroup(lang: str, words: list[str]) -> None:
    assert core.segment__regroup(words, lang) == segment.regroup(words, lang)
