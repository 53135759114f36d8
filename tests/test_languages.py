"""Language of lines and fragments: expected cases as data, invariants as properties."""

from __future__ import annotations

import threading

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from normalize.languages import Fragment, detect_fragments, detect_language, language_shares, model
from normalize.languages import fragments as fragment_room
from tests.cases import CASES, params


@pytest.mark.parametrize(
    ("text", "expected"), params(CASES / "languages_detect.tsv", ["text", "lang"], label="why")
)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    params(CASES / "languages_fragments.tsv", ["text", "fragments"], label="why"),
)
def test_detect_fragments(text: str, expected: str) -> None:
    found = [f"{f.lang}: {f.text}" for f in detect_fragments(text)]
    assert found == ([] if expected == "(none)" else expected.split(" ¦ "))


def test_fragment_offsets_are_code_points() -> None:
    text = "중러 정상 Putin and Xi"
    fragments = detect_fragments(text)
    assert fragments == [
        Fragment(0, 5, "중러 정상", "ko", "Hangul"),
        Fragment(6, 18, "Putin and Xi", "en", "Latin"),
    ]


def test_restricted_languages() -> None:
    """With candidates given, a script's language is chosen among them only."""
    text = "Влада Србије је усвојила нови закон"
    assert detect_language(text) == "sr"
    assert detect_language(text, languages={"en", "ru", "ko"}) == "ru"
    assert detect_language("중러 정상회담", languages={"en", "ru"}) == "und"


def test_language_shares_order_by_letters_then_code() -> None:
    fragments = [
        Fragment(0, 2, "ab", "en", "Latin"),
        Fragment(3, 5, "вг", "ru", "Cyrillic"),
        Fragment(6, 9, "가나다", "ko", "Hangul"),
        Fragment(10, 13, "123", "und", "Common"),
    ]
    assert language_shares(fragments) == ["ko", "en", "ru"]


def test_deterministic_across_threads() -> None:
    """Threads that build the models at once get the answers one thread gets."""
    texts = ["Описание к видео", "Putin Xi summit", "Сёння ў горадзе", "Die Regierung"]
    expected = [detect_language(t) for t in texts]
    model._model.cache_clear()
    results: list[list[str]] = []

    def work() -> None:
        results.append([detect_language(t) for t in texts])

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [expected] * 4


def test_megabyte_of_one_letter() -> None:
    """A word longer than any word is read by its first letters, however long it is."""
    assert detect_language("a" * 1_000_000) == detect_language("a" * 100)
    fragments = detect_fragments("ы" * 1_000_000)
    assert [(f.start, f.end, f.lang) for f in fragments] == [
        (0, 1_000_000, detect_language("ы" * 50))
    ]


@pytest.mark.parametrize(
    "text",
    ["a." * 100_000, "a@" * 100_000, "a@b." * 50_000, "www." * 50_000, "#a_" * 50_000],
    ids=["dotted letters", "at signs", "address chain", "address prefixes", "hashtag chain"],
)
def test_long_repetitive_input_is_read_whole(text: str) -> None:
    """Inputs that would make a backtracking address pattern quadratic end, and cover all."""
    _check_fragments(text, detect_fragments(text))


@pytest.mark.parametrize(
    "text",
    [
        "\U000e0001\U0010fffd",
        "\ud800",
        "\u0378\u0379",
        "\x00\x1b[0m",
        "#",
        "#_",
        "# #",
        "##가",
        "so #\u0301 what",
    ],
    ids=[
        "tags and private use",
        "lone surrogate",
        "unassigned",
        "controls",
        "bare sign",
        "underscore tag",
        "spaced signs",
        "double sign",
        "tag of a mark with no letter",
    ],
)
def test_bad_input_never_raises(text: str) -> None:
    detect_language(text)
    detect_fragments(text)


def _check_fragments(text: str, fragments: list[Fragment]) -> None:
    position = 0
    for fragment in fragments:
        assert position <= fragment.start < fragment.end <= len(text)
        assert fragment.text == text[fragment.start : fragment.end]
        assert fragment.text == fragment.text.strip()
        position = fragment.end
    covered = {i for f in fragments for i in range(f.start, f.end)}
    letters = {m.start() for m in regex.finditer(r"\p{L}", text)}
    assert letters <= covered


mixed_text = st.lists(
    st.sampled_from(
        [
            "Путин",
            "прибыл",
            "Putin",
            "arrived",
            "정상",
            "회담",
            "中",
            "#태그",
            "#tag_word",
            " ",
            " ",
            " - ",
            " / ",
            ". ",
            "(",
            ")",
            "2024",
            "😀",
            "ў",
            "ß",
            "’",
            "_",
            "https://x.com/a",
            "a@b.ru",
            "\n",
            ": ",
            "NBA",
            "iPhone",
            "хоpоший",
        ]
    ),
    max_size=30,
).map("".join)


@given(st.one_of(st.text(max_size=200), mixed_text))
def test_fragments_cover_every_letter_in_order(text: str) -> None:
    _check_fragments(text, detect_fragments(text))


@given(mixed_text)
def test_fragments_are_deterministic_and_labels_known(text: str) -> None:
    first = detect_fragments(text)
    assert detect_fragments(text) == first
    assert all(regex.fullmatch(r"[a-z]{2}|und", f.lang) for f in first)
    assert detect_language(text) in {*(f.lang for f in first), "und"}


@given(st.one_of(st.text(max_size=100), mixed_text))
def test_language_is_the_first_share(text: str) -> None:
    """detect_language is the language with most letters among the fragments, once short
    Latin names count for the sentence of another script they sit in."""
    shares = language_shares(detect_fragments(text))
    if not regex.search(r"\p{Latin}", text):
        assert detect_language(text) == (shares[0] if shares else "und")
    assert detect_language(text) in {*shares, "und"}


@given(st.one_of(st.text(max_size=100), mixed_text))
def test_letters_counted_word_by_word_as_one_by_one(text: str) -> None:
    """The letter count of language_shares, word by word, is what str.isalpha counts."""
    assert fragment_room._alphabetic_count(text) == sum(map(str.isalpha, text))


@given(mixed_text)
def test_single_language_fragment_is_stable(text: str) -> None:
    """Detecting a one-language fragment again gives its language back."""
    for fragment in detect_fragments(text):
        if fragment.script == "Hangul" and "#" not in fragment.text:
            assert detect_language(fragment.text) == "ko"


def test_work_is_linear_in_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """Characters the gap scanner reads grow with the text, not with its square."""
    scanned = [0]
    tokens = fragment_room._tokens

    def counting(text: str, start: int, end: int) -> list[tuple[int, int]]:
        scanned[0] += end - start
        return tokens(text, start, end)

    monkeypatch.setattr(fragment_room, "_tokens", counting)
    unit = "Путин прибыл - Putin arrived / 정상 회담 2024 | "
    for repeat in (10, 100, 1000):
        scanned[0] = 0
        text = unit * repeat
        fragments = detect_fragments(text)
        assert len(fragments) >= 2 * repeat
        assert scanned[0] <= len(text)


@pytest.mark.parametrize(
    ("text", "page", "expected"),
    params(CASES / "languages_page.tsv", ["text", "page", "fragments"], label="why"),
)
def test_page_languages_are_the_prior(text: str, page: str, expected: str) -> None:
    found = [f"{f.lang}: {f.text}" for f in detect_fragments(text, page_languages=page.split())]
    assert found == expected.split(" ¦ ")
    assert detect_language(text, page_languages=page.split()) == expected.partition(":")[0]


def test_a_short_run_answer_does_not_depend_on_the_calls_before_it() -> None:
    """The page's prior is scaled by how many words the page pools: the same run and favoured
    language are asked with several weights, and each gets its own answer."""
    words = ["Lee", "Su", "min"]
    runs = model._model("Latin").runs
    runs.clear()
    fresh = model.ambiguous_language(words, "Latin", None, "en", 0.5)
    runs.clear()
    assert model.ambiguous_language(words, "Latin", None, "en", 15.0) != fresh
    assert model.ambiguous_language(words, "Latin", None, "en", 0.5) == fresh
