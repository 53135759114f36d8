"""The compiled core's languages room against the Python one: the statistical stage
(`ambiguous_language`, and the scores of each word) on every word run of the project's
fixtures, split into runs of one script as `text_blocks` splits them, and on
hypothesis-generated runs; the blocks (`text_blocks`, `single_block`, `block_language`),
their reading (`read_blocks`, with and without the page's languages) and the fragments
(`detect_fragments`, `language_shares`, `detect_language`, `page_language`) on every fixture
string and page and on hypothesis-generated text.

Python keeps the answers for short runs in a table keyed by the run and the favoured
language, not the weight, and a run's key with a favoured language can be another run's
without one (`("ru",)` is the run "ru" unprimed and the empty run favouring "ru"): the table
is emptied before each Python call, so that each answer is the one computed for its input.
"""

from __future__ import annotations

import unicodedata
from collections import OrderedDict
from collections.abc import Collection, Iterator, Sequence
from functools import cache
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normalize.core import compiled
from normalize.facts import language_info, script_info
from normalize.languages import blocks, fragments, model, rules
from normalize.languages.blocks import Block, text_blocks
from normalize.languages.prior import prior_weight
from tests.cases import CASES, FIXTURES, rows
from tests.test_core import fixture_lines, fixture_pages

core: Any = compiled()
pytestmark = pytest.mark.skipif(core is None, reason="the compiled core is not built")

EXAMPLES = settings(derandomize=True, max_examples=300, deadline=None, database=None)
SHARED_SCRIPTS = ("Cyrillic", "Latin")


def fixture_strings() -> Iterator[str]:
    """Every line of every fixture page, and the texts of the case files and page tables."""
    yield from fixture_lines()
    for path in sorted(CASES.glob("languages_*.tsv")):
        for row in rows(path):
            yield row["text"]
    for path in sorted(FIXTURES.glob("real/*/mixed_lines.tsv")):
        for row in rows(path):
            yield row["text"]
    for document in rows(FIXTURES / "pages.toml"):
        for field in ("title", "alt_titles"):
            value = document.get(field)
            for item in [value] if isinstance(value, str) else value or []:
                yield item if isinstance(item, str) else item["text"]


@cache
def fixture_runs() -> list[tuple[str, tuple[str, ...]]]:
    """Every distinct run of words of a shared script in the fixtures, as blocks holds it."""
    runs = {
        (block.script, block.words)
        for text in fixture_strings()
        for block in text_blocks(text)
        if block.words and model.has_candidates(block.script)
    }
    return sorted(runs)


def restrictions(script: str) -> list[list[str] | None]:
    """The ways a caller restricts the answer: none, one language, the searched ones, none
    of the script's."""
    candidates = list(script_info(script)["candidates"])
    return [None, candidates[1:2], ["en", "ru", "ko"], candidates[::2], ["ko"]]


def same_run(words: tuple[str, ...] | list[str], script: str) -> None:
    for word in words:
        expected = list(model._word_scores(model._model(script), word))
        assert core.languages__word_scores(word, script) == expected, (word, script)
    weight = prior_weight(script)
    for languages in restrictions(script):
        for favoured, given_weight in ((None, 0.0), *((c, weight) for c in ("en", "ru", "uk"))):
            args = (list(words), script, languages, favoured, given_weight)
            lang = model.ambiguous_language(*args)
            assert core.languages__ambiguous_language(*args) == lang, args


def test_the_shared_scripts_are_the_same() -> None:
    names = [*SHARED_SCRIPTS, "Hangul", "Han", "Greek", "", "Nowhere"]
    assert [core.languages__has_candidates(n) for n in names] == [
        model.has_candidates(n) for n in names
    ]


def test_a_script_without_candidates_is_refused_alike() -> None:
    with pytest.raises(KeyError):
        model.ambiguous_language(["서울"], "Hangul", None)
    with pytest.raises(KeyError):
        core.languages__ambiguous_language(["서울"], "Hangul", None)


def test_the_fixture_runs_are_read_alike() -> None:
    runs = fixture_runs()
    assert len(runs) > 1000
    for script, words in runs:
        same_run(words, script)


def test_a_set_of_languages_restricts_alike() -> None:
    words = ["Lee", "Su", "min"]
    for languages in ({"es", "en"}, frozenset({"de"}), ("fr", "it"), set()):
        expected = model.ambiguous_language(words, "Latin", languages)
        assert core.languages__ambiguous_language(words, "Latin", languages) == expected


@cache
def alphabet(script: str) -> str:
    """The letters of the script's candidates, both cases."""
    letters = "".join(
        language_info(lang)["detection"]["alphabet"] for lang in script_info(script)["candidates"]
    )
    return "".join(sorted(set(letters + letters.upper())))


def known_to_python(c: str) -> bool:
    return unicodedata.category(c) != "Cn" and not 0xD800 <= ord(c) <= 0xDFFF


def words_of(script: str) -> st.SearchStrategy[list[str]]:
    letter = st.one_of(
        st.sampled_from(alphabet(script)),
        st.sampled_from("ёїієўђјљњћџäöüßéèàçñ'-\u0301"),
        st.characters(codec="utf-8").filter(known_to_python),
    )
    word = st.text(letter, min_size=0, max_size=12)
    return st.lists(word, max_size=14)


@st.composite
def runs(draw: st.DrawFn) -> tuple[list[str], str]:
    script = draw(st.sampled_from(SHARED_SCRIPTS))
    return draw(words_of(script)), script


@EXAMPLES
@given(runs())
def test_generated_runs_are_read_alike(run: tuple[list[str], str]) -> None:
    words, script = run
    same_run(words, script)


def same_blocks(text: str) -> None:
    expected = text_blocks(text)
    assert core.languages__text_blocks(text) == [tuple(b) for b in expected], text
    single = blocks.single_block(text)
    assert core.languages__single_block(text) == (None if single is None else tuple(single)), text
    for block in [*expected, *([single] if single else [])]:
        weight = prior_weight(block.script)
        for languages in (None, ["en", "ru", "ko"], ["de"]):
            for favoured in (None, "en", "ru"):
                args = (tuple(block), languages, favoured, weight if favoured else 0.0)
                expected_lang = blocks.block_language(block, languages, *args[2:])
                assert core.languages__block_language(*args) == expected_lang, (text, args)


PAGES: list[list[str] | None] = [None, [], ["ko", "de", "en"], ["ru"], ["en"]]
# The readings `reading_once` keeps: more than one text's ten settings in `same_reading`.
KEPT_READINGS = 16


@pytest.fixture
def reading_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Python's `read_blocks` (most of the time of `same_reading`) runs once for given
    arguments among the last `KEPT_READINGS` while the test runs: `same_reading` compares it,
    and then `detect_fragments` and `detect_language`, which read the same text with the same
    settings, each again. Each caller gets its own lists; every result is the one
    `read_blocks` gives."""
    read = rules.read_blocks
    kept: OrderedDict[Any, tuple[list[Block], list[str], list[str]]] = OrderedDict()

    def read_once(
        text: str, languages: Collection[str] | None, page: Sequence[str] | None = None
    ) -> tuple[list[Block], list[str], list[str]]:
        key = (
            text,
            None if languages is None else tuple(languages),
            None if page is None else tuple(page),
        )
        if key in kept:
            kept.move_to_end(key)
        else:
            kept[key] = read(text, languages, page)
            if len(kept) > KEPT_READINGS:
                kept.popitem(last=False)
        found, labels, own = kept[key]
        return list(found), list(labels), list(own)

    monkeypatch.setattr(rules, "read_blocks", read_once)
    monkeypatch.setattr(fragments, "read_blocks", read_once)


def same_reading(text: str) -> None:
    for languages in (None, ["en", "ru", "ko"]):
        for page in PAGES:
            found, labels, own = rules.read_blocks(text, languages, page)
            expected = ([tuple(b) for b in found], labels, own)
            assert core.languages__read_blocks(text, languages, page) == expected, (text, page)
            same_fragments(text, languages, page)
    assert core.languages__page_language(text) == fragments.page_language(text), text


def same_fragments(text: str, languages: list[str] | None, page: list[str] | None) -> None:
    found = fragments.detect_fragments(text, languages=languages, page_languages=page)
    got = core.languages__detect_fragments(text, languages, page)
    assert got == [tuple(f) for f in found], (text, languages, page)
    assert core.languages__language_shares(got) == fragments.language_shares(found), text
    expected = fragments.detect_language(text, languages=languages, page_languages=page)
    assert core.languages__detect_language(text, languages, page) == expected, (text, page)


@pytest.mark.usefixtures("reading_once")
def test_the_fixture_strings_have_the_same_blocks() -> None:
    """Every string of the case files and page tables, and every other fixture line (each line
    of a fixture page is read in its page by the next test)."""
    for text in sorted(set(fixture_strings()) - set(fixture_lines()[1::2])):
        same_blocks(text)
        same_reading(text)


@pytest.mark.usefixtures("reading_once")
def test_whole_fixture_pages_have_the_same_blocks() -> None:
    for page in fixture_pages():
        assert core.languages__text_blocks(page) == [tuple(b) for b in text_blocks(page)]
        same_reading(page)


PIECES = [
    " ",
    "  ",
    "\n",
    " - ",
    " / ",
    " | ",
    " · ",
    ". ",
    ": ",
    "! ",
    "。",
    ", ",
    "-",
    "_",
    "#",
    "@",
    "www.",
    "https://",
    "http://",
    "x.com",
    ".ru",
    "2024",
    "'",
    '"',
    "»",
    ")",
    "\u0301",
    "хоpоший",
    "iнвалiдам",
    "Putin",
    "XiJinping",
    "Лукашенко",
    "ПУТИН",
    "KST",
    "NATO",
    "서울",
    "한국어",
    "漢字",
    "ひらがな",
    "カタカナ",
    "Ελλάδα",
    "ꓐ",
    "Ⅻ",
    "ʔ",
    "a",
    "о",
    "р",
]


@st.composite
def texts(draw: st.DrawFn) -> str:
    piece = st.one_of(
        st.sampled_from(PIECES),
        st.text(st.characters(codec="utf-8").filter(known_to_python), max_size=3),
    )
    return "".join(draw(st.lists(piece, max_size=16)))


@EXAMPLES
@given(texts())
def test_generated_texts_have_the_same_blocks(text: str) -> None:
    same_blocks(text)
    same_reading(text)
