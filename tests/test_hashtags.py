"""Hashtag finding and splitting: expected cases as data, invariants as properties."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from normalize import segment as segment_module
from normalize.hashtags import distinct_hashtags, find_hashtags, is_listed, split_hashtag
from tests.cases import CASES, FIXTURES, params


def _split_params(path: Path) -> list[object]:
    """Rows of (label, tag, words separated by spaces) as (tag, words) params."""
    return [
        pytest.param(case.values[0], case.values[1].split(" "), id=case.id, marks=case.marks)
        for case in params(path, ["tag", "words"], label="label")
    ]


def _set_params(path: Path) -> list[object]:
    """Rows of (hashtag, accepted splits joined by " | ") as (tag, accepted) params."""
    return [
        pytest.param(case.values[0], case.values[1].split(" | "), id=case.id, marks=case.marks)
        for case in params(path, ["hashtag", "segmentation"], label="hashtag")
    ]


@pytest.mark.parametrize(("tag", "expected"), _split_params(CASES / "hashtags_split.tsv"))
def test_split_cases(tag: str, expected: list[str]) -> None:
    assert split_hashtag(tag) == expected


@pytest.mark.parametrize(("tag", "accepted"), _set_params(FIXTURES / "hashtags_ko.tsv"))
def test_korean_news_hashtags(tag: str, accepted: list[str]) -> None:
    assert " ".join(split_hashtag(tag)) in accepted


@pytest.mark.parametrize(("tag", "accepted"), _set_params(CASES / "hashtags_ko_heldout.tsv"))
def test_korean_held_out_hashtags(tag: str, accepted: list[str]) -> None:
    assert " ".join(split_hashtag(tag)) in accepted


@pytest.mark.parametrize(("tag", "accepted"), _set_params(CASES / "hashtags_ko_names.tsv"))
def test_korean_names_are_not_cut(tag: str, accepted: list[str]) -> None:
    assert " ".join(split_hashtag(tag)) in accepted


@pytest.mark.parametrize(("tag", "accepted"), _set_params(CASES / "hashtags_ko_loanwords.tsv"))
def test_korean_loanwords_are_put_back_together(tag: str, accepted: list[str]) -> None:
    assert " ".join(split_hashtag(tag)) in accepted


@pytest.mark.parametrize(("tag", "accepted"), _set_params(CASES / "hashtags_ru.tsv"))
def test_russian_hashtags(tag: str, accepted: list[str]) -> None:
    assert " ".join(split_hashtag(tag)) in accepted


def _tags(cell: str) -> list[str]:
    return [] if cell == '""' else cell.split(" ")


@pytest.mark.parametrize(
    ("text", "tags"), params(CASES / "hashtags_found.tsv", ["text", "tags"], label="label")
)
def test_found_cases(text: str, tags: str) -> None:
    assert [found.tag for found in find_hashtags(text)] == _tags(tags)


@pytest.mark.parametrize(
    ("line", "listed"), params(CASES / "hashtags_listed.tsv", ["line", "listed"], label="label")
)
def test_listed_cases(line: str, listed: str) -> None:
    assert [found.tag for found in find_hashtags(line) if is_listed(line, found)] == _tags(listed)


def test_distinct_tags_keep_the_first_spelling_and_order() -> None:
    text = "#Shorts #북한 #shorts #SHORTS #북\u200d한 #Busan"
    assert [found.tag for found in distinct_hashtags(find_hashtags(text))] == [
        "Shorts",
        "북한",
        "Busan",
    ]


@given(st.text())
def test_distinct_tags_are_a_subsequence_without_repeats(text: str) -> None:
    found = find_hashtags(text)
    kept = distinct_hashtags(found)
    keys = [tag.tag.casefold() for tag in kept]
    assert len(set(keys)) == len(keys)
    assert [tag for tag in found if tag in kept][: len(kept)] == kept
    assert all(any(tag.tag.casefold() == key for tag in found) for key in keys)


@pytest.mark.parametrize(
    "text",
    [
        "📣 Homepage : https://arirang.com/",
        "see example.com/page#top for more",
        "https://ko.wikipedia.org/wiki/서울#역사",  # a link's fragment after Korean letters
        "Tips to the hotline #2424",
        "written in C# and F#",
        "mail @arirangworld for access",
        '<font color="#ffffff">x</font>',
        "a { color: #1a2b3c }",
        "quote &#39;here&#39;",
        "#",
        "# heading with a space",
    ],
)
def test_not_hashtags(text: str) -> None:
    assert find_hashtags(text) == []


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("#Putin#Xi summit", ["Putin", "Xi"]),  # glued tags are two tags
        ("#중러정상회담#북한", ["중러정상회담", "북한"]),
        ("오늘의 소식#속보 전해드립니다", ["속보"]),  # glued to Korean text
        ("#BTS💜 컴백", ["BTS"]),  # an emoji ends the tag
        ("#G20_ #Seoul_", ["G20", "Seoul"]),  # a trailing underscore is not part of it
        ("see #2024총선 results", ["2024총선"]),  # digits then letters
        ("arirang.com/ko #북한", ["북한"]),  # a link before a space does not hide the tag
    ],
)
def test_found_tags(text: str, tags: list[str]) -> None:
    assert [found.tag for found in find_hashtags(text)] == tags


# A county's post closing with its tags: an amount before the noun it counts, and a band of
# amounts with its particle.
AMOUNT_TAGS_POST = (
    "솔내군, 바닷가 물류단지에 민간 자본 끌어들인다\n\n"
    "솔내군은 바닷가 물류단지를 짓는 데 민간 자본을 모으겠다고 밝혔다.\n\n"
    "#3억원투자 #1천원의행복 #10만원대가 #5천만원대연봉 #물류단지"
)


def test_an_amount_s_units_keep_the_counter_after_them() -> None:
    words = {found.tag: found.words for found in find_hashtags(AMOUNT_TAGS_POST)}
    assert words["3억원투자"] == ["3억원", "투자"]
    assert words["1천원의행복"] == ["1천원의", "행복"]
    assert words["10만원대가"] == ["10만", "원대가"]  # 원대, a band, with its particle
    assert words["5천만원대연봉"] == ["5천만", "원대", "연봉"]  # the band before its noun


# A town library's post closing with its tags: decades, and a year before the word it opens.
DECADE_TAGS_POST = (
    "가온시립도서관, 옛 노래 음반 들려주는 저녁 모임\n\n"
    "가온시립도서관은 이달부터 매주 금요일 저녁 옛 음반을 함께 듣는 모임을 연다.\n\n"
    "#80년대생 #1990년대 #90년대가요 #2020년대선 #2024년대회 #2030년대구시장"
)


def test_a_decade_is_one_word_with_its_number() -> None:
    words = {found.tag: found.words for found in find_hashtags(DECADE_TAGS_POST)}
    assert words["80년대생"] == ["80년대생"]
    assert words["1990년대"] == ["1990년대"]
    assert words["90년대가요"] == ["90년대", "가요"]
    assert words["2020년대선"] == ["2020년", "대선"]  # a year, then the word it opens
    assert words["2024년대회"] == ["2024년", "대회"]  # no tens, no decade
    assert words["2030년대구시장"] == ["2030년", "대구시장"]  # not 2030년대 + 구 + 시장


def test_call_letters_leave_the_language_to_the_other_words() -> None:
    (found,) = find_hashtags("Listen live on #kwtzradio")
    assert found.words == ["kwtz", "radio"] and found.lang == "en"


def test_joiner_inside_a_tag_is_dropped_from_its_words() -> None:
    (found,) = find_hashtags("#북\u200d한 뉴스")
    assert found.tag == "북\u200d한" and found.words == ["북한"] and found.lang == "ko"


@pytest.mark.parametrize(
    ("tag", "words"),
    [
        ("", []),
        ("#", []),
        ("___", []),
        ("💜💜", []),
        ("Cafe\u0301Seoul", ["Cafe\u0301", "Seoul"]),  # a combining accent stays on its letter
        ("northkorea" * 1000, ["north", "korea"] * 1000),  # 10,000 letters
    ],
)
def test_bad_input_gives_a_sensible_split(tag: str, words: list[str]) -> None:
    assert split_hashtag(tag) == words


def test_unknown_letters_stay_in_long_words() -> None:
    words = split_hashtag("zq" * 5_000)
    assert "".join(words) == "zq" * 5_000 and len(words) < 10


class _CountingCosts(dict[str, float]):
    """A word-cost table that counts its look-ups, to bound the work of a split."""

    lookups = 0

    def get(self, key: str, default: float | None = None) -> float | None:  # type: ignore[override]
        _CountingCosts.lookups += 1
        return super().get(key, default)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz가나다", max_size=400))
def test_segmentation_work_is_linear(run: str) -> None:
    costs = _CountingCosts(segment_module._costs("en"))
    _CountingCosts.lookups = 0
    original = segment_module._costs
    segment_module._costs = lambda lang: costs  # type: ignore[assignment]
    try:
        segment_module.segment(run, "en")
    finally:
        segment_module._costs = original
    assert _CountingCosts.lookups <= segment_module.Settings().max_word * len(run)


def test_full_width_sign() -> None:
    (found,) = find_hashtags("뉴스 \uff03북한")
    assert found.tag == "북한" and found.words == ["북한"] and found.start == 3


@given(st.text())
def test_split_never_raises_and_keeps_letters(tag: str) -> None:
    words = split_hashtag(tag)
    kept = regex.findall(r"[\p{L}\p{M}\p{N}]", tag.removeprefix("#").removeprefix("\uff03"))
    assert "".join(words) == "".join(kept)
    assert all(words)


@given(st.text())
def test_find_never_raises_and_spans_match(text: str) -> None:
    for found in find_hashtags(text):
        assert text[found.start] in "#\uff03"
        assert text[found.start + 1 : found.end] == found.tag


@given(st.text(alphabet=st.characters(categories=["L", "N", "Pc", "Mn"]), min_size=1))
def test_found_tag_words_are_its_split(tag: str) -> None:
    for found in find_hashtags(f"news #{tag} today"):
        assert found.words == split_hashtag(found.tag)
        assert found.lang and found.lang == found.lang.lower()


def test_a_rows_hashtags_are_the_pages_tags_each_once() -> None:
    from normalize import normalize_document

    page = "\n".join(
        [
            "Fans trend #Lumina worldwide",
            "Fans pushed the hashtag #Lumina into the trends, and #seoul fans joined.",
            "#Lumina #kpop #KPOP #fandom",
        ]
    )
    row = normalize_document(page)
    assert [tag["tag"] for tag in row["hashtags"]] == ["Lumina", "kpop", "fandom"]


# A council's transcript of a phone-in show: the host names the show's tag in the middle of a
# turn, a sentence of words closed by it and more sentences after it.
PHONE_IN_TAG_PAGE = "\n".join(
    [
        "Transcript: Reeve Ostrander Takes Calls on Valley Morning",
        "",
        "April 9, 2024",
        "",
        "Lina Marsh: This is Valley Morning. Call in for the reeve at 5-5-5-0-3-3-1 or post your "
        "question with the tag #AskTheReeve. Good morning, Reeve, welcome back.",
        "",
        "Reeve Dana Ostrander: Good morning, Lina. Glad to be here again.",
    ]
)


def test_a_tag_closing_a_sentence_inside_a_paragraph_is_a_word_of_it() -> None:
    """A tag that closes a sentence of words in the middle of a paragraph, sentences before it
    and after its stop, is a word of the text; the same tag closing the paragraph, in a run of
    tags, or closing a post's first sentence is the page's."""
    from normalize import normalize_document

    assert normalize_document(PHONE_IN_TAG_PAGE)["hashtags"] == []
    turn = PHONE_IN_TAG_PAGE.split("\n")[4]
    closing = turn.replace(" Good morning, Reeve, welcome back.", "")
    run = turn.replace("#AskTheReeve.", "#AskTheReeve #Valley.")
    first = "Listeners filled the hall for the reeve #AskTheReeve. Dozens sent questions too."
    for line in (closing, run, first):
        page = PHONE_IN_TAG_PAGE.replace(turn, line)
        assert "AskTheReeve" in [tag["tag"] for tag in normalize_document(page)["hashtags"]]


# A harbour club's post: the club's own tag closes a sentence in the middle of the paragraph, no
# word naming it a tag.
PIER_POST_PAGE = "\n".join(
    [
        "Harbour Walkers Club",
        "",
        "May 4, 2024",
        "",
        "We filled nine bags of rope and cans at the east pier this morning. Come along next "
        "Sunday #ClearPier. Gloves, bags and tea are on the club as always.",
    ]
)


def test_a_tag_no_word_names_closing_a_sentence_inside_a_paragraph_is_the_posts() -> None:
    """A post's tag closing one of its middle sentences is the post's when no word before it
    names it a tag ("the tag #AskTheReeve"): the post tags its own sentence."""
    from normalize import normalize_document

    assert [tag["tag"] for tag in normalize_document(PIER_POST_PAGE)["hashtags"]] == ["ClearPier"]
    named = PIER_POST_PAGE.replace("along next Sunday #ClearPier", "post with the tag #ClearPier")
    assert normalize_document(named)["hashtags"] == []


# A writing platform's post closed by its tag line, its tags sentences joined by underscores.
PROMISE_TAG_POST = "\n".join(
    [
        "글쓰기 모임 100회를 마치며",
        "",
        "지난 2년 동안 매주 토요일 아침, 우리는 동네 도서관 2층에 모여 한 편씩 글을 읽었다.",
        "",
        "다음 주부터는 새 회원 세 명과 함께 101회를 시작한다.",
        "",
        "#고맙습니다 #더_천천히_또박또박하게_읽고_쓰겠습니다",
    ]
)


def test_a_verbs_future_ending_and_an_adverb_of_hada_stay_whole_in_a_tag() -> None:
    from normalize import normalize_document

    tags = normalize_document(PROMISE_TAG_POST)["hashtags"]
    assert tags[1]["words"] == ["더", "천천히", "또박또박하게", "읽고", "쓰겠습니다"]


# A public body's release closed by its tag line: three bodies that the country's name opens,
# and a tag whose last word only ends in the syllable of a body.
PUBLIC_BODY_TAGS_PAGE = "\n".join(
    [
        "갯벌 체험장 안전 점검 결과 발표",
        "",
        "한국갯벌관리원은 올여름 서해안 체험장 열두 곳을 점검한 결과를 3일 발표했다.",
        "",
        "관리원은 물때표를 입구에 붙이고 구명조끼를 빌려주도록 권고했다.",
        "",
        "#한국갯벌관리원 #한국하천정비공사 #대한갯벌협회 #한국야구응원",
    ]
)


def test_a_public_body_the_countrys_name_opens_is_one_word_of_a_tag() -> None:
    from normalize import normalize_document

    tags = normalize_document(PUBLIC_BODY_TAGS_PAGE)["hashtags"]
    assert [tag["words"] for tag in tags] == [
        ["한국갯벌관리원"],
        ["한국하천정비공사"],
        ["대한갯벌협회"],
        ["한국", "야구", "응원"],
    ]


# A council's notice closed by its tag line: a noun behind the prefix 초 (super), cut off its
# noun by the word list, and 저, the pronoun or "that", before a word and with its particle.
PREFIXED_NOUN_TAGS_PAGE = "\n".join(
    [
        "별솔군, 마을버스 두 노선 새로 연다",
        "",
        "별솔군은 다음 달부터 산골 마을 네 곳을 잇는 마을버스 두 노선을 운행한다고 밝혔다.",
        "",
        "군 관계자는 어르신들이 읍내 병원에 다니기 쉬워질 것이라고 말했다.",
        "",
        "#초고령사회 #저혼자여행 #저도요",
    ]
)


def test_a_prefix_for_super_is_written_with_its_noun_in_a_tag_and_that_stays_apart() -> None:
    from normalize import normalize_document

    tags = normalize_document(PREFIXED_NOUN_TAGS_PAGE)["hashtags"]
    assert [tag["words"] for tag in tags] == [
        ["초고령", "사회"],
        ["저", "혼자", "여행"],
        ["저도요"],
    ]


def test_the_hashtags_expression_lists_each_tag_once() -> None:
    import polars as pl

    from normalize import expressions

    frame = pl.DataFrame({"text": ["#Busan trip #busan #BUSAN #부산"]})
    tags = frame.select(expressions.hashtags(pl.col("text"))).item().to_list()
    assert [tag["tag"] for tag in tags] == ["Busan", "부산"]


# A town site's item closed by its tag line, whose tags may hold spaces.
SPACED_TAG_LINE_PAGE = "\n".join(
    [
        "В Заречном откроют новую библиотеку",
        "",
        "Библиотека на улице Садовой примет первых читателей в сентябре.",
        "",
        "#Культура #Заречный #Новая Слобода #Библиотеки #Отдел культуры #Анна Ветлугина",
        "",
        "Подпишитесь на наш канал",
    ]
)


def test_a_tag_line_s_tags_run_to_the_next_sign() -> None:
    """On a line of tags where some hold spaces, each tag runs from its sign to the next one,
    its words as printed; a line of one-word tags, or a tag followed by a sentence, is read
    as before."""
    from normalize import normalize_document

    tags = normalize_document(SPACED_TAG_LINE_PAGE)["hashtags"]
    assert [(tag["tag"], tag["words"]) for tag in tags] == [
        ("Культура", ["Культура"]),
        ("Заречный", ["Заречный"]),
        ("Новая Слобода", ["Новая", "Слобода"]),
        ("Библиотеки", ["Библиотеки"]),
        ("Отдел культуры", ["Отдел", "культуры"]),
        ("Анна Ветлугина", ["Анна", "Ветлугина"]),
    ]
    assert all(tag["lang"] == "ru" for tag in tags)
    sentence = " Открытие, говорят, в среду."
    quoted = SPACED_TAG_LINE_PAGE.replace(" #Анна Ветлугина", sentence)
    assert "Новая Слобода" not in [tag["tag"] for tag in normalize_document(quoted)["hashtags"]]


# A station's text page of a report, closed by its tag links, one a line, each printed as a
# bullet and a sign set off from the tag by a space.
BULLETED_TAG_LIST_PAGE = "\n".join(
    [
        "한빛시립도서관이 오래된 지도 자료를 모아",
        "특별 전시를 열었습니다.",
        "전시는 다음 달 말까지 이어집니다.",
        "- # 한빛시립도서관",
        "- # 옛지도",
        "- # 바다",
        "- # 전시",
        "Copyright © Hanbit Broadcasting. All rights reserved.",
    ]
)


def test_a_bulleted_list_of_tags_gives_its_tags() -> None:
    """Tags printed one a line, each after a bullet with its sign set off from it by a space,
    three lines in a row or more, are the page's tags, each as printed; two such lines are no
    list."""
    from normalize import normalize_document

    tags = normalize_document(BULLETED_TAG_LIST_PAGE)["hashtags"]
    assert [(tag["tag"], tag["words"], tag["lang"]) for tag in tags] == [
        ("한빛시립도서관", ["한빛시립도서관"], "ko"),
        ("옛지도", ["옛지도"], "ko"),
        ("바다", ["바다"], "ko"),
        ("전시", ["전시"], "ko"),
    ]
    two = BULLETED_TAG_LIST_PAGE.replace("- # 바다\n- # 전시\n", "")
    assert normalize_document(two)["hashtags"] == []


# A garden desk's how-to whose steps are markdown headings printed in a list's items.
STEP_HEADINGS_PAGE = "\n".join(
    [
        "How to repot a fern in three steps",
        "14 March 2025",
        "Ferns outgrow their pots every two years or so. Here is how our garden desk does it.",
        "- # Step one",
        "- # Step two",
        "- # Step three",
        "Water the fern the day before, tip the pot and ease the plant into fresh compost.",
    ]
)


def test_a_list_of_step_headings_gives_no_tags() -> None:
    """Bulleted items of more than one word that all open with the same word are a sequence's
    headings ("- # Step one", "- # Step two", …), no list of tags."""
    from normalize import normalize_document

    assert normalize_document(STEP_HEADINGS_PAGE)["hashtags"] == []


# A climate desk's story whose tags, one a line, all open with the same word.
TOPIC_TAGS_OF_ONE_WORD_PAGE = "\n".join(
    [
        "Harbour town prices its first flood bond",
        "14 March 2025",
        "Saltmere's council sold its first bond for flood walls on Friday, its treasurer said.",
        "- # Climate change",
        "- # Climate finance",
        "- # Climate policy",
        "Share this story",
    ]
)


def test_a_list_of_tags_opening_with_one_word_gives_its_tags() -> None:
    """Tags that all open with the same word are still a list of tags when the words after it
    count nothing: only a count after the shared word ("Step one") makes a sequence."""
    from normalize import normalize_document

    tags = normalize_document(TOPIC_TAGS_OF_ONE_WORD_PAGE)["hashtags"]
    assert [tag["tag"] for tag in tags] == ["Climate change", "Climate finance", "Climate policy"]


# A weather note whose one line opens with the post's tags and goes on with its text.
TAGS_OPENING_A_POST_PAGE = "\n".join(
    [
        "Синоптики обещают снег к выходным",
        "",
        "В Озерках в пятницу похолодает до минус восьми, сообщили в гидрометцентре.",
        "",
        "#Озерки #Погода #Дороги Будет скользко",
    ]
)


def test_words_after_the_last_tag_alone_are_no_tag_s() -> None:
    """A line whose only words after a sign come after its last tag ("#Дороги Будет скользко")
    is a post's tags and its text going on, no tag line of tags holding spaces: no tag runs
    on into the text."""
    from normalize import normalize_document
    from normalize.spaced_tags import spaced_tags

    assert spaced_tags(TAGS_OPENING_A_POST_PAGE.split("\n")[-1]) == []
    tags = normalize_document(TAGS_OPENING_A_POST_PAGE)["hashtags"]
    assert all(" " not in tag["tag"] for tag in tags)


# A clip's description copied onto one line, its breaks printed as markup, tags among them.
MARKUP_BREAKS_DESCRIPTION = "<br /><br />".join(
    [
        "해든시 공공 자전거, 석 달 만에 이용 10만 건",
        "해든시가 봄에 들여온 공공 자전거가 석 달 만에 이용 10만 건을 넘겼습니다.",
        "시는 가을까지 대여소 스무 곳을 더 늘릴 계획입니다.",
        "윤새봄 기자 (saebom@haedeuntv.example.kr)",
        "#공공자전거 #대여소 #해든시",
        "해든TV 제보 : 카톡 haedeun24",
        "(끝)",
    ]
)


def test_tags_after_a_break_printed_as_markup_are_the_page_s() -> None:
    """A line break printed as markup ("…<br />#tag") stands before a tag as a line break does,
    no link's path: each tag of the description's tag line is the page's."""
    from normalize import normalize_document

    tags = normalize_document(MARKUP_BREAKS_DESCRIPTION)["hashtags"]
    assert [tag["tag"] for tag in tags] == ["공공자전거", "대여소", "해든시"]


# A sports page whose tags each open with a number: a round reached, a network.
COUNTED_TAGS_PAGE = "\n".join(
    [
        "한빛FC, 승부차기 끝에 8강 올라",
        "입력 2026.04.11 21:40",
        "한빛FC가 11일 솔내구장에서 열린 대회 16강전에서 승부차기 끝에 이겼다.",
        "구단은 경기장 주변의 5G망을 넓히겠다고 밝혔다.",
        "#8강진출 #5G망을",
    ]
)


def test_a_number_opening_a_tag_keeps_what_it_counts_on_a_page() -> None:
    """A number opening a tag keeps the Sino-Korean syllable it counts, read off the word the
    list glued it to (8강 진출), and a generation the one-syllable noun after it (5G망을)."""
    from normalize import normalize_document

    tags = normalize_document(COUNTED_TAGS_PAGE)["hashtags"]
    assert [tag["words"] for tag in tags] == [["8강", "진출"], ["5G망을"]]


MODIFIED_TAGS_PAGE = "\n".join(
    [
        "솔내시 청년 축구단, 주말 경기 앞두고 훈련 공개",
        "입력 2026.05.02 09:15",
        "솔내시 청년 축구단이 2일 준비된 선수들을 소개하며 완벽한 주말을 약속했다.",
        "구단은 2030세대가 경기장을 많이 찾는다고 밝혔다.",
        "#준비된선수 #완벽한주말 #2030세대가",
    ]
)


def test_modifier_forms_and_age_bands_on_a_page() -> None:
    """A noun keeps the modifier form of 하다 or 되다 (완벽한, 준비된), and an age band of four
    digits is no age: 2030 세대가, not 2030세 + 대가."""
    from normalize import normalize_document

    tags = normalize_document(MODIFIED_TAGS_PAGE)["hashtags"]
    assert [tag["words"] for tag in tags] == [
        ["준비된", "선수"],
        ["완벽한", "주말"],
        ["2030", "세대가"],
    ]


# A cooperative's story closing with a tag of its own name, a hospital's and a phrase's.
NAME_SYLLABLES_TAGS_PAGE = "\n".join(
    [
        "달내농협, 조합원 자녀 장학금 스무 명에게 전달",
        "입력 2026.03.11 14:20",
        "달내농협은 11일 조합원 자녀 스무 명에게 장학금을 전달했다고 밝혔다.",
        "장학생들은 솔내병원에서 봉사활동도 이어가기로 했다.",
        "#달내농협 #솔내병원 #내집마련",
    ]
)


def test_a_name_cut_into_its_syllables_before_what_stands_there_on_a_page() -> None:
    """Two lone syllables opening a tag, a cooperative's or an institution's word after them,
    are its own name (달내 + 농협); before another word they stay apart (내 + 집 + 마련)."""
    from normalize import normalize_document

    tags = normalize_document(NAME_SYLLABLES_TAGS_PAGE)["hashtags"]
    assert [tag["words"] for tag in tags] == [
        ["달내", "농협"],
        ["솔내", "병원"],
        ["내", "집", "마련"],
    ]


FORUM_POST_NUMBER_PAGE = "\n".join(
    [
        "Главная › Форумы › Сад и огород › Теплица из старых окон",
        "АвторСообщения",
        "12.02.2020 в 09:40 #517ivanМодератор",
        "Прошлой весной я собрал теплицу из старых оконных рам, которые соседи выносили на свалку."
        " Рассказываю, что получилось и сколько это стоило.",
        "Рамы пришлось зачистить и покрасить, а стыки проклеить уплотнителем.",
        "#теплица #своимируками",
    ]
)


def test_a_post_number_after_its_stamp_s_clock_is_no_tag_on_a_page() -> None:
    """A forum's post number after its stamp's clock, the poster's name and role glued to it by
    the scrape ("09:40 #517ivanМодератор"), is no tag; the post's own tags are."""
    from normalize import normalize_document

    tags = normalize_document(FORUM_POST_NUMBER_PAGE)["hashtags"]
    assert [tag["tag"] for tag in tags] == ["теплица", "своимируками"]


DAY_TAG_AFTER_A_CLOCK_PAGE = "\n".join(
    [
        "Главная › Новости › Город",
        "Шествие памяти прошло по набережной Заречья",
        "9 мая 2023, 10:00 #9мая #деньпамяти",
        "Несколько тысяч жителей Заречья прошли по набережной с портретами родных, сообщает"
        " пресс-служба администрации района. Колонна растянулась почти на километр.",
        "Вечером на площади покажут концерт.",
    ]
)


def test_a_day_s_tag_after_a_clock_stays_a_tag_on_a_page() -> None:
    """A tag opening with a day's number right after a story's clock ("10:00 #9мая") has no
    poster's name and role glued on (no capital after a small letter): it stays a tag."""
    from normalize import normalize_document

    tags = normalize_document(DAY_TAG_AFTER_A_CLOCK_PAGE)["hashtags"]
    assert [tag["tag"] for tag in tags] == ["9мая", "деньпамяти"]
