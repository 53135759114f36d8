"""A broadcaster's transcript page: a topic line over the story's title closed by its reporter's
name in round brackets, the anchors' names each closed by a bracket over their lines, the
reporter named again where the anchor hands over, and the title repeated at the foot
(``normalize.bracketed_writers``, ``normalize.wraps.runs_on``)."""

from __future__ import annotations

from normalize import normalize_document
from normalize.bracketed_writers import without_bracketed_writer
from normalize.wraps import runs_on

TRANSCRIPT_HEAD = "새 여객선 첫 운항…“섬 주민 발길 가벼워져”"
TRANSCRIPT_PAGE = "\n".join(
    [
        "솔섬 육지 뱃길",
        f"{TRANSCRIPT_HEAD} (문하늘)",
        "서지우)",
        "솔섬과 육지를 잇는 뱃길에 새 여객선이 오늘 첫 운항에 나섰습니다.",
        "강태민)",
        "하루 네 차례 오가는 여객선 덕분에 섬 주민들의 발길이 한결 가벼워졌는데요.",
        "문하늘 기자가 전합니다.",
        "새 여객선은 오늘 아침 일곱 시 솔섬 선착장을 떠나 한 시간 만에 육지에 닿았습니다.",
        "배에는 장을 보러 나선 주민과 관광객 등 백여 명이 탔습니다.",
        "주민들은 궂은 날에도 배가 뜰 수 있어 병원 가는 길이 걱정을 덜었다고 말했습니다.",
        "뱃길뉴스 문하늘입니다.",
        f"{TRANSCRIPT_HEAD} (문하늘)",
        "서지우)",
        "솔섬과 육지를 잇는 뱃길에 새 여객선이 오늘 첫 운항에 나섰습니다.",
    ]
)


def test_a_transcript_s_title_closed_by_its_reporter_s_name_is_the_headline() -> None:
    """The title line over an anchor's name closed by a bracket is no piece of a sentence going
    on below it (the anchor's turn opens there), and the reporter's name in brackets closing it,
    which the hand-over line opens with, is a byline cut off the headline."""
    row = normalize_document(TRANSCRIPT_PAGE)
    assert row["title"] == TRANSCRIPT_HEAD
    assert row["title_lang"] == "ko"


def test_a_name_in_brackets_the_page_never_opens_a_line_with_stays() -> None:
    """A name in brackets that no other line opens with is the headline's own (a person it
    speaks of), and stays."""
    page = TRANSCRIPT_PAGE.replace("문하늘 기자가 전합니다.", "현장을 다녀왔습니다.")
    page = page.replace("뱃길뉴스 문하늘입니다.", "뱃길뉴스였습니다.")
    row = normalize_document(page)
    assert row["title"] == f"{TRANSCRIPT_HEAD} (문하늘)"


def test_only_a_name_closed_by_a_bracket_opens_a_turn() -> None:
    """A name of a word or two closed by a bracket opens a speaker's turn; a line of more words
    closed by a bracket goes on with the sentence above."""
    lines = ["항구 새 여객선 오늘 첫 운항 (문하늘)", "서지우)", "여객선이 떠났습니다."]
    assert not runs_on(lines, 0)
    lines[1] = "솔섬 주민들이 다시 모여 (사진)"
    assert runs_on(lines, 0)
    head = "새 여객선 운항 (문하늘)"
    assert without_bracketed_writer(head, 0, lines) == head
