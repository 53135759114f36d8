from __future__ import annotations

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from unidecode import unidecode

from normalize import expressions
from normalize.ascii_titles import title_ascii
from normalize.documents import normalize_document
from normalize.text import squeeze_spaces
from normalize.title_shapes import is_headline_shaped
from normalize.titles import (
    cut_headline,
    normalize_title,
    strip_decorations,
    title_key,
)
from tests.cases import CASES, params


@pytest.mark.parametrize(
    ("raw", "clean"), params(CASES / "titles.tsv", ["raw", "clean"], label="why")
)
def test_strip_decorations(raw: str, clean: str) -> None:
    assert strip_decorations(raw) == clean


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("  Xi\u200b and  Putin ", "Xi and Putin"),
        ("ＢＴＳ　컴백", "BTS 컴백"),  # full-width letters and ideographic space
        ("“military intimidation”", "“military intimidation”"),  # quotes kept as printed
        ("Cafe\u0301 owners", "Café owners"),  # NFC
        ("\ufeffПутин\u00a0и Си", "Путин и Си"),
        ("ﾊﾝｸﾞﾙ", "ハングル"),  # half-width katakana
    ],
)
def test_normalize_title(raw: str, clean: str) -> None:
    assert normalize_title(raw) == clean


@given(st.text())
def test_normalize_title_is_idempotent(text: str) -> None:
    once = normalize_title(text)
    assert normalize_title(once) == once


@given(st.text())
def test_title_functions_never_raise(text: str) -> None:
    title_key(text)
    title_ascii(text)
    strip_decorations(text)


def test_title_key_is_the_same_for_decorated_copies() -> None:
    plain = "중러 정상 공동성명 채택"
    for copy in [
        "[속보] 중러 정상 공동성명 채택",
        "중러 정상 공동성명 채택 | 연합뉴스",
        "중러  정상 공동성명 채택!",
    ]:
        assert title_key(copy) == title_key(plain)
    assert title_key("U.S. and N. Korea") == "us and n korea"
    assert title_key("ПУТИН прибыл") == "путин прибыл"


def test_title_ascii() -> None:
    assert title_ascii("중러 정상회담") == "jungreo jeongsanghoedam"
    assert title_ascii("Путин прибыл") == "Putin pribyl"


@pytest.mark.parametrize(
    ("line", "headline"), params(CASES / "headline_cuts.tsv", ["line", "headline"], label="why")
)
def test_cut_headline(line: str, headline: str) -> None:
    assert cut_headline(line) == headline


@given(st.text(max_size=300))
def test_cutting_a_headline_twice_changes_nothing(line: str) -> None:
    once = cut_headline(line)
    assert cut_headline(once) == once


@given(st.lists(st.text(), max_size=20))
def test_normalize_title_column_agrees_with_the_scalar(texts: list[str]) -> None:
    column = pl.DataFrame({"title": texts}, schema={"title": pl.String})
    out = column.select(expressions.normalize_title(pl.col("title")))["title"].to_list()
    assert out == [normalize_title(text) for text in texts]


@given(st.text(st.characters(blacklist_categories=["Cs"]), max_size=80))
def test_title_ascii_is_unidecode_of_the_whole_text(text: str) -> None:
    assert title_ascii(text) == squeeze_spaces(unidecode(text))


@pytest.mark.parametrize(
    ("text", "shaped"),
    [
        ("빛을 나르는 자는? (요 15:12-17)", True),  # a verse closing a headline
        ("Итоги недели (ст. 12.8)", True),
        ("(요 15:12-17)", False),  # the reference alone: figures
        ("12:30 (14:45)", False),
    ],
)
def test_a_closing_reference_is_not_weighed_as_figures(text: str, shaped: bool) -> None:
    assert is_headline_shaped(text) is shaped


# A county council's press release: the format's label before the headline's colon.
PRESS_RELEASE_PAGE = (
    "Press Release: Ferry Road Bridge to close for repairs on 4th May 2026\n\n"
    "The Ferry Road bridge will close for four weeks while its deck is relaid.\n"
    "Diversions will be signed through Millbrook village.\n"
    "Tom Hartley, Senior Engineer, 20th April, 2026\n"
)


@pytest.mark.parametrize(
    ("label", "title"),
    [
        ("Press Release: ", "Ferry Road Bridge to close for repairs on 4th May 2026"),
        ("MEDIA RELEASE: ", "Ferry Road Bridge to close for repairs on 4th May 2026"),
        # a release's headline of its own words naming one: kept whole
        ("", "Press release rules tightened for Ferry Road Bridge"),
    ],
)
def test_a_press_release_s_label_is_cut_off_its_headline(label: str, title: str) -> None:
    from normalize.documents import normalize_document

    page = PRESS_RELEASE_PAGE.replace(
        "Press Release: Ferry Road Bridge to close for repairs on 4th May 2026", label + title
    )
    assert normalize_document(page)["title"] == title


# An aggregator's copy of a story: the headline, a bar, the outlet's name, a dash and its motto.
NAMED_BAR_PAGE = "\n".join(
    [
        "Council reopens Marlow ferry pier | The Valley Lantern - Hills and River News",
        "",
        "Local News News",
        "",
        "Council reopens Marlow ferry pier | The Valley Lantern - Hills and River News",
        "",
        "The town council on Tuesday reopened the Marlow ferry pier after four months of repairs"
        " to its pilings, and the first morning crossing left on time with forty passengers.",
        "",
        "The council chair, Ines Fowler, said the evening service would return next week.",
    ]
)


def test_a_name_after_a_bar_before_the_outlet_s_motto_is_the_outlet_s() -> None:
    """A name in capitals after a bar, with a dash setting a motto off after it, is the outlet's
    name however short the headline; without the motto a short headline keeps its bar's
    words, which may be its own."""
    assert normalize_document(NAMED_BAR_PAGE)["title"] == "Council reopens Marlow ferry pier"
    assert strip_decorations("Council reopens ferry pier | The Valley Lantern - Hills News") == (
        "Council reopens ferry pier"
    )
    bare = "Council reopens Marlow ferry pier | The Valley Lantern"
    assert cut_headline(bare) == bare
    # a bar with words in small letters before the dash stays
    topic = "Council reopens ferry pier | repairs done - Hills News"
    assert strip_decorations(topic) == "Council reopens ferry pier | repairs done"
