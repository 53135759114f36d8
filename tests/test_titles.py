from __future__ import annotations

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from unidecode import unidecode

from normalize import expressions, normalize_document
from normalize.ascii_titles import title_ascii
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


# A headline under two flags glued to each other, and a markdown image whose alt text is the
# headline with its flag: the flags go, the headline stays.
GLUED_FLAGS_PAGE = "\n".join(
    [
        "[경제뉴스][해설] 바람골 풍력단지, 내년 봄 첫 전력 보낸다",
        "",
        "바람골 앞바다에 들어서는 풍력단지가 내년 봄부터 인근 세 개 군에 전력을 보낸다. "
        "사업을 맡은 한누리에너지는 발전기 열두 기 가운데 여덟 기의 설치를 마쳤다고 밝혔다.",
        "",
        "군은 발전 수익의 일부를 주민 기금으로 돌려 마을 버스와 경로당 운영에 쓸 계획이다.",
    ]
)
IMAGE_FLAG_PAGE = "\n".join(
    [
        "![[이슈] 섬마을 학교, 올해도 신입생 세 명 받는다](https://img.example.org/news/school_1.jpg)",
        "솔섬 분교가 올해도 신입생 세 명을 받는다. 지난해 육지에서 이사 온 두 가족의 아이들이다.",
        "분교는 한때 폐교가 논의됐지만 주민들이 빈집을 고쳐 귀촌 가족을 불러들였다.",
        "![[이슈] 섬마을 학교, 올해도 신입생 세 명 받는다](https://img.example.org/news/school_2.jpg)",
        "교육청은 내년부터 분교에 원어민 교사를 한 명 더 보내기로 했다.",
    ]
)


def test_flags_glued_to_each_other_before_a_headline_go_and_the_headline_stays() -> None:
    headline = "바람골 풍력단지, 내년 봄 첫 전력 보낸다"
    assert normalize_document(GLUED_FLAGS_PAGE)["title"] == headline
    for flags in ("[속보][단독]", "[속보] [단독]"):
        line = f"{flags} 한빛시 시장, 임기 석 달 남기고 사퇴"
        assert cut_headline(line) == "한빛시 시장, 임기 석 달 남기고 사퇴"


def test_a_series_label_glued_after_a_headline_still_goes() -> None:
    line = "바람골 풍력단지, 내년 봄 첫 전력 보낸다[에너지 전환 기획] 김바다"
    assert cut_headline(line) == "바람골 풍력단지, 내년 봄 첫 전력 보낸다"


def test_a_markdown_image_s_alt_text_with_its_flag_is_the_headline() -> None:
    assert normalize_document(IMAGE_FLAG_PAGE)["title"] == "섬마을 학교, 올해도 신입생 세 명 받는다"


def test_a_markdown_link_with_a_flag_is_no_image() -> None:
    link = "[[이슈] 섬마을 학교, 올해도 신입생 세 명 받는다](https://news.example.org/school)"
    assert cut_headline(link) != "섬마을 학교, 올해도 신입생 세 명 받는다"


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
    # a headline in title case: the words after its bar may be its own subtitle
    subtitled = "Ferry Strike Ends | Crossings Resume Friday - Harbour Gazette"
    assert strip_decorations(subtitled) == "Ferry Strike Ends | Crossings Resume Friday"
    # a bar with words in small letters before the dash stays
    topic = "Council reopens ferry pier | repairs done - Hills News"
    assert strip_decorations(topic) == "Council reopens ferry pier | repairs done"


# A video site's mirror of a broadcaster's clip: its title ends in a small "l" standing for a
# bar and the channel's name, its description below.
LETTER_BAR_PAGE = "\n".join(
    [
        "가람 합창단, 솔내 복지관서 ‘봄을 부르는 노래’ 공연 l 가람TV뉴스",
        "가람 합창단이 솔내 복지관에서 ‘봄을 부르는 노래’ 공연을 열었습니다. 합창단원 스무 명이"
        " 어르신들과 함께 봄노래를 불렀습니다.",
        "",
        "복지관 측은 다음 달에도 음악회를 이어 갈 계획입니다.",
    ]
)

# A letter between spaces that is no bar before an outlet: a bilingual title whose translation
# follows the letter, a viewer's two buttons, a headline's own words after it.
NO_LETTER_BAR_TITLES = (
    '솔내 기차역의 아침 l HANUL, "Morning at the Station" [기차역]',
    "확대 l 축소",
    "Ferry fares rise again l look inside",
)


def test_an_outlet_s_name_after_a_letter_standing_for_a_bar_goes() -> None:
    """A small "l" between spaces before the outlet's name closing a title is the bar before
    it: the name goes with it, as after "|"."""
    title = "가람 합창단, 솔내 복지관서 ‘봄을 부르는 노래’ 공연"
    assert normalize_document(LETTER_BAR_PAGE)["title"] == title
    assert strip_decorations("Harbour choir sings at the pier l Gaon TV") == (
        "Harbour choir sings at the pier"
    )


@pytest.mark.parametrize("title", NO_LETTER_BAR_TITLES)
def test_a_letter_before_words_naming_no_outlet_is_no_bar(title: str) -> None:
    assert strip_decorations(title) == title


# A regional station's news page: its name, the search word, the headline with the programme's
# name glued on by a slash, the reporter's line with its times and views, the anchor's script.
PROGRAMME_GLUED_PAGE = "\n".join(
    [
        "한빛MBC",
        "",
        "검색",
        "",
        "\"장날 앞두고..\" 읍내 시장 '누전 경보'/아침뉴스",
        "",
        "박지환 기자 입력 2025-09-03 07:12:00 수정 2025-09-03 07:12:00 조회수 0",
        "",
        "◀ 앵 커 ▶",
        "",
        "장날을 앞두고 읍내 시장의",
        "",
        "누전 위험이 커지고 있습니다.",
        "",
        "박지환 기자가 보도합니다.",
    ]
)


def test_a_programme_s_name_glued_by_a_slash_after_the_headline_s_quote_goes() -> None:
    """A station prints the programme a story ran in after its headline, a slash glued to the
    closing quote: the name is the page's, not the headline's; a slash between words or
    before a figure is the headline's own."""
    row = normalize_document(PROGRAMME_GLUED_PAGE)
    assert row["title"] == "\"장날 앞두고..\" 읍내 시장 '누전 경보'"
    own = PROGRAMME_GLUED_PAGE.replace("'누전 경보'/아침뉴스", "누전 경보 '1'/2")
    assert normalize_document(own)["title"] == "\"장날 앞두고..\" 읍내 시장 누전 경보 '1'/2"


# An academy's notice board: the notice's label and headline with its version's flag, the poster,
# the day, the views, the headline again, then the notice's bullets.
FINAL_FLAG_NOTICE = "\n".join(
    [
        "공지 2026학년도 섬마을 분교 신입생 모집 결과 (최종)",
        "",
        "관리자",
        "2025-11-04",
        "조회수 412",
        "",
        "2026학년도 섬마을 분교 신입생 모집 결과 (최종)",
        "",
        "올해 신입생은 지난해보다 두 명 늘어 모두 일곱 명입니다.",
        "",
        "분교는 내년 봄 통학선 운항 시간을 한 시간 앞당길 계획입니다.",
    ]
)


def test_a_version_s_flag_closing_a_korean_headline_goes() -> None:
    """A Korean headline's closing flag that names the report's version or its count in a run
    of updates ("(최종)", "(상보)", "(종합2보)") is the page's, as "(종합)" is; a word in the
    bracket that is no flag stays the headline's."""
    row = normalize_document(FINAL_FLAG_NOTICE)
    assert row["title"] == "2026학년도 섬마을 분교 신입생 모집 결과"
    assert row["published_at"] is not None
    own = FINAL_FLAG_NOTICE.replace("(최종)", "(정보)")
    assert normalize_document(own)["title"] == "2026학년도 섬마을 분교 신입생 모집 결과 (정보)"
