"""Labels that follow their times on a line ("2019-12-03 09:12 송고 | 2019-12-03 09:47
최종수정") close it: a sentence that holds a date and a label's word and goes on after it is
no stamp (``normalize.timestamps.labels``)."""

from __future__ import annotations

from datetime import UTC, datetime

from normalize import normalize_document

NOTICE_HEAD = "일부 계정의 아이템 거래 제한 조치에 대한 안내"
NOTICE_PAGE = "\n".join(
    [
        "CLOSE MENU",
        "",
        "공지",
        "",
        NOTICE_HEAD,
        "",
        "■2022/06/14 11:00",
        "2022년 6월 9일(목)에 업데이트 파일 ver.0305가 배포되어 「거래 기록」이 추가된 이후",
        "지금까지 모인 기록을 살펴 같은 아이템을 여러 계정으로 되풀이해 옮긴 것이 드러난"
        " 계정에 대해",
        "당분간 아이템 거래를 막는 조치를 취했습니다.",
        "앞으로도 운영진이 거래 질서를 어지럽히는 행위를 되풀이한다고 판단한 계정은",
        "미리 알리지 않고 거래를 막는 경우가 있으니 양해 바랍니다.",
        "또한 사실과 다른 신고가 거듭되면",
        "신고한 계정에도 제한 조치를 할 수 있으니 유의하여 주십시오.",
        "BACK",
        "TOP",
    ]
)


def test_a_sentence_holding_a_date_and_an_update_word_is_no_modification_stamp() -> None:
    """A body's sentence opening with a day, an update's word after it and a release's word
    after a version's number, and going on past them, is the story's event, not the page's
    modification: the notice's square-marked stamp is its only time."""
    row = normalize_document(NOTICE_PAGE)
    assert row["title"] == NOTICE_HEAD
    assert row["published_at"] == datetime(2022, 6, 14, 2, 0, tzinfo=UTC)
    assert row["modified_at"] is None


def test_labels_trailing_their_times_to_the_line_s_end_stay_stamps() -> None:
    """Two stamps each followed by its label, the line closing on the last label, stay the
    page's publication and modification times."""
    page = NOTICE_PAGE.replace(
        "■2022/06/14 11:00", "2022-06-14 11:00 송고 | 2022-06-14 15:20 최종수정"
    )
    row = normalize_document(page)
    assert row["published_at"] == datetime(2022, 6, 14, 2, 0, tzinfo=UTC)
    assert row["modified_at"] == datetime(2022, 6, 14, 6, 20, tzinfo=UTC)
