"""A spam copy's keyword line over a copied story, the keyword injected into its paragraphs."""

from __future__ import annotations

from normalize import normalize_document
from normalize.injected_keywords import keyword_lines
from normalize.text import clean_text
from tests.test_core_headline import assert_same_headline

# A doorway page's copy of a news story: the keyword and a year's update line, the story's
# headline, its paragraphs one a line, the keyword glued in after a full stop.
KEYWORD_PAGE = "\n".join(
    [
        "캠핑카 보험료 비교 - 2025년 실시간 업데이트",
        "한밤 공사장 전선 훔친 일당, 잠복 경찰에 덜미",
        "한밤 공사장에 들어가 구리 전선을 잘라 달아난 일당이 잠복하던 경찰에 붙잡혔다.",
        "경찰은 절도 혐의로 30대 B씨 등 2명을 붙잡았다고 밝혔다.",
        "이들은 지난달 은골시 공사장 세 곳에서 전선 1.2t을 훔친 것으로 조사됐다.{glue}인근 고물상에"
        " 팔아넘긴 전선도 일부 되찾았다.",
        "경찰은 여죄가 있는지 조사하고 있다.",
    ]
)


def test_a_keyword_line_whose_phrase_is_glued_into_the_story_is_no_headline() -> None:
    page = KEYWORD_PAGE.format(glue="캠핑카 보험료 비교")
    assert keyword_lines(page.split("\n")) == {0}
    assert normalize_document(page)["title"] == "한밤 공사장 전선 훔친 일당, 잠복 경찰에 덜미"
    assert_same_headline(clean_text(page))


def test_a_phrase_the_story_repeats_after_a_space_is_no_injected_keyword() -> None:
    page = KEYWORD_PAGE.format(glue=" 캠핑카 보험료 비교 ")
    assert keyword_lines(page.split("\n")) == set()
    assert_same_headline(clean_text(page))
