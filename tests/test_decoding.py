from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normalize import normalize_document
from normalize.decoding import as_text, decode_bytes, decode_entities, repair_text
from tests.cases import CASES, params

# Text written in a legacy encoding, as a crawl stores it: each must come back exactly.
LEGACY = [
    pytest.param("입력 2024.05.17 17:03 서울 증시가 이틀째 올랐다", "cp949", id="korean cp949"),
    pytest.param("한국 경제 뉴스 속보입니다", "euc-kr", id="korean euc-kr, short"),
    pytest.param("Путин и Си Цзиньпин провели переговоры", "cp1251", id="russian windows-1251"),
    pytest.param("Путин и Си Цзиньпин провели переговоры", "koi8-r", id="russian koi8-r"),
    pytest.param("Новости дня", "koi8-r", id="russian koi8-r, two words"),
]


@pytest.mark.parametrize(("text", "encoding"), LEGACY)
def test_legacy_encodings_are_detected(text: str, encoding: str) -> None:
    decoded = decode_bytes(text.encode(encoding))
    assert decoded.text == text
    assert len(decoded.warnings) == 1 and decoded.warnings[0].startswith("decoded: ")


@pytest.mark.parametrize(
    "encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be"]
)
def test_byte_order_marks_decide(encoding: str) -> None:
    text = "Путин в Пекине 푸틴 Putin"
    data = text.encode(encoding)
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        data = "\ufeff".encode(encoding) + data
    decoded = decode_bytes(data)
    assert decoded.text == text
    assert decoded.warnings == ([] if encoding == "utf-8-sig" else [decoded.warnings[0]])


def test_a_long_legacy_file_with_a_bad_byte_far_on_keeps_its_encoding() -> None:
    text = "서울 증시가 이틀째 올랐다. 코스피는 1.2% 상승했다.\n" * 20_000
    decoded = decode_bytes(text.encode("cp949") + b"\xff\n")
    assert decoded.text == text + "\ufffd\n"
    assert decoded.warnings == [
        "decoded: cp949 (the bytes are not UTF-8)",
        "invalid_cp949: 1 character(s) were not in it and became U+FFFD",
    ]


def test_mostly_utf8_with_bad_bytes_stays_utf8() -> None:
    decoded = decode_bytes("Сеул и Москва: 서울 ".encode() + b"\xff")
    assert decoded.text == "Сеул и Москва: 서울 \ufffd"
    assert decoded.warnings == ["invalid_utf8: 1 byte(s) were not UTF-8 and became U+FFFD"]


def test_decode_counts_bad_bytes() -> None:
    decoded = decode_bytes(b"Seoul \xed\xa0\x80 and \xff\xfe")
    assert decoded.text == "Seoul \ufffd\ufffd\ufffd and \ufffd\ufffd"
    assert decoded.warnings == ["invalid_utf8: 5 byte(s) were not UTF-8 and became U+FFFD"]


def test_decode_reports_binary() -> None:
    decoded = decode_bytes(b"\x00\x01PNG")
    assert [warning.split(":")[0] for warning in decoded.warnings] == ["binary"]


@given(st.binary())
def test_decode_never_raises_and_gives_valid_text(data: bytes) -> None:
    decoded = decode_bytes(data)
    decoded.text.encode("utf-8")  # no lone surrogates left


@given(st.text())
def test_valid_utf8_is_decoded_as_itself(text: str) -> None:
    text = text.encode("utf-8", "replace").decode("utf-8")
    assert decode_bytes(text.encode()).text == text.removeprefix("\ufeff")


@pytest.mark.parametrize(
    ("shown", "expected", "repair"),
    params(CASES / "mojibake.tsv", ["shown", "expected", "repairs"], label="why"),
)
def test_mojibake_is_repaired_where_certain(shown: str, expected: str, repair: str) -> None:
    decoded = repair_text(shown)
    assert decoded.text == expected
    names = [warning.split(" (")[0] for warning in decoded.warnings]
    assert names == ([] if repair == "-" else repair.split("; "))


@given(st.text(st.characters(codec="utf-8")))
def test_repair_keeps_text_without_mojibake_signs(text: str) -> None:
    # Text without an upper-half Latin-1 letter, '&' or a surrogate is never touched.
    text = "".join(char for char in text if not "\u0080" <= char <= "\u00ff" and char != "&")
    assert repair_text(text) == (text, [])


def test_entities_are_decoded_once_even_when_escaped_twice() -> None:
    assert decode_entities("Putin &amp; Xi &quot;oppose&quot;") == ('Putin & Xi "oppose"', 3)
    assert decode_entities("&amp;amp;lt;") == ("&lt;", 1)  # a third level is text
    assert decode_entities("AT&T; R&D, &unknown;") == ("AT&T; R&D, &unknown;", 0)


def test_as_text_writes_values_that_are_not_text_as_json() -> None:
    assert as_text(1) == ("1", ["text_not_string: a int was written as JSON text"])
    assert as_text("x") == ("x", [])
    assert as_text(b"\xc3\xa9") == ("é", [])


def test_a_legacy_page_gets_its_title_language_and_time() -> None:
    page = "서울 증시 이틀째 상승\n\n입력 2024.05.17 17:03\n\n코스피가 1.2% 올랐다. 외국인이 샀다."
    row = normalize_document(page.encode("cp949"))
    assert row["title"] == "서울 증시 이틀째 상승"
    assert row["title_lang"] == "ko"
    assert str(row["published_at"]) == "2024-05-17 08:03:00+00:00"  # read in Seoul time
    assert "decoded: cp949 (the bytes are not UTF-8)" in row["warnings"]


def _read_utf8_first(raw: bytes) -> str:
    """Bytes as a reader that takes each well-formed UTF-8 sequence as UTF-8 and each other
    byte as Windows-1252 (Latin-1 where Windows-1252 has no character) shows them."""
    shown, at = [], 0
    while at < len(raw):
        for size in (3, 2):
            try:
                shown.append(raw[at : at + size].decode("utf-8"))
            except UnicodeDecodeError:
                continue
            at += size
            break
        else:
            byte = raw[at : at + 1]
            shown.append(byte.decode("cp1252", errors="ignore") or byte.decode("latin-1"))
            at += 1
    return "".join(shown)


def test_cp949_read_utf8_first_is_repaired() -> None:
    line = "한결일보 입력 2023-05-09 14:20 수정 2023-05-09 15:02"
    shown = _read_utf8_first(line.encode("cp949"))
    assert "Ϻ" in shown  # the pair CF BA of 일 is a well-formed UTF-8 sequence
    assert repair_text(shown).text == line


def test_cp949_lines_get_back_the_soft_hyphens_a_page_dropped() -> None:
    line = "솔뫼군청 소식 2023.05.09(화) 14:20"
    shown = line.encode("cp949").decode("latin-1")
    assert "\xad" in shown  # 화 is C8 AD: its second byte reads as a soft hyphen
    assert repair_text(shown.replace("\xad", "")).text == line
    page = "솔뫼군 봄 장터 개장\n입력 2023.05.09(화) 14:20\n\n솔뫼군은 9일 장터를 열었다."
    row = normalize_document(page.encode("cp949").decode("latin-1").replace("\xad", ""))
    assert row["title"] == "솔뫼군 봄 장터 개장"
    assert str(row["published_at"]) == "2023-05-09 05:20:00+00:00"  # read in Seoul time


def test_cp949_read_utf8_first_with_a_three_byte_sequence_is_repaired() -> None:
    line = "솔뫼 브랜드 장터 입력 2024-04-02 09:15"
    shown = _read_utf8_first(line.encode("cp949"))
    assert "귣" in shown  # 브's second byte EA and 랜's B7 A3 form a three-byte sequence
    assert repair_text(shown).text == line


@pytest.mark.parametrize(
    ("kept", "mojibake"),
    [
        pytest.param("ТВ:", "Ïîæàð â Çàðå÷üå ïîòóøèëè ê óòðó", id="cyrillic label"),
        pytest.param("Билет: 7 €.", "Ïàðîì äî Çàðå÷üÿ ïîäîðîæàë", id="cyrillic and euro sign"),
    ],
)
def test_correct_cyrillic_beside_cp1251_mojibake_is_kept(kept: str, mojibake: str) -> None:
    shown = f"{kept} {mojibake}"
    alone = mojibake.encode("cp1252").decode("cp1251")
    assert repair_text(mojibake).text == alone  # on a line of its own it is repaired
    assert repair_text(shown).text == shown


def test_correct_hangul_beside_cp949_mojibake_is_kept() -> None:
    shown = "솔뫼신문 " + "입력 2022-11-03 오후 4:05 수정".encode("cp949").decode("cp1252")
    assert repair_text(shown).text == shown
    alone = shown.split(" ", 1)[1]
    assert repair_text(alone).text == "입력 2022-11-03 오후 4:05 수정"


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("2024.03.12 화요일 오후 개장", id="weekday"),
        pytest.param("솔뫼군 대화방 열려", id="chat room"),
    ],
)
def test_a_soft_hyphen_put_back_out_of_step_is_no_repair(line: str) -> None:
    shown = line.encode("cp949").decode("latin-1").replace("\xad", "")
    # 화 is C8 AD: without its AD, C8 pairs with the next byte and the pairs after it slip.
    assert repair_text(shown).text == shown


def test_entities_in_a_title_are_decoded() -> None:
    row = normalize_document("Putin &amp; Xi &quot;oppose&quot; sanctions\n\nThey met.")
    assert row["title"] == 'Putin & Xi "oppose" sanctions'
    assert row["title_key"] == "putin xi oppose sanctions"
    assert "html_entities: 3 decoded" in row["warnings"]


def test_mojibake_page_is_repaired_before_control_characters_go() -> None:
    page = "Си Цзиньпин встретился с Путиным\n\nЛидеры провели переговоры в Пекине."
    shown = page.encode("utf-8").decode("latin-1")  # C1 characters included
    row = normalize_document(shown)
    assert row["title"] == "Си Цзиньпин встретился с Путиным"
    assert row["title_lang"] == "ru"
    assert any(warning.startswith("mojibake_fixed: utf-8") for warning in row["warnings"])


def test_repair_costs_little_on_valid_text() -> None:
    # Not a timing assertion: the common case must not call the detector or ftfy at all.
    page = "서울 증시 Путин Xi " * 1000
    started = time.perf_counter()
    assert repair_text(page) == (page, [])
    assert decode_bytes(page.encode()) == (page, [])
    assert time.perf_counter() - started >= 0
