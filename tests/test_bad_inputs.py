"""The README's table of bad inputs, row by row: each row has a check here, and each check
produces the warning the row names (the text before its first "…")."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest

from normalize import (
    documents,
    normalize_document,
    normalize_documents,
    parse_timestamp,
    read_documents,
    readers,
)
from normalize.core import PURE_PYTHON

README = Path(__file__).parent.parent / "README.md"


def _row(text: object) -> list[str]:
    return list(normalize_document(text)["warnings"])  # type: ignore[arg-type]


def _read(folder: Path, name: str, content: bytes | pl.DataFrame) -> list[str]:
    path = folder / name
    if isinstance(content, pl.DataFrame):
        content.write_parquet(path)
    else:
        path.write_bytes(content)
    return [warning for row in read_documents([path])["read_warnings"] for warning in row]


def _fifo(folder: Path) -> list[str]:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    os.mkfifo(folder / "pipe.txt")
    return read_documents([folder])["read_warnings"][0].to_list()


def _broken_link(folder: Path) -> list[str]:
    (folder / "gone.txt").symlink_to(folder / "nowhere")
    return read_documents([folder])["read_warnings"][0].to_list()


def _bad_name(folder: Path) -> list[str]:
    try:
        (folder / os.fsdecode(b"bad-\xff.txt")).write_text("page")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system refuses names that are not UTF-8")
    return read_documents([folder])["read_warnings"][0].to_list()


def _large_file(folder: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 64)  # the rule, on a small file
    return _read(folder, "big.txt", b"Seoul markets\n" * 20)


def _long_document(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setattr(documents, "MAX_ANALYSED_CHARS", 100)
    body = "".join(f"Shares rose {number} percent.\n" for number in range(20))
    row = normalize_document("Seoul markets rally\n\n" + body)
    assert row["body"].count("Shares rose") == 20  # the body keeps all of it
    return list(row["warnings"])


def _empty_tables(folder: Path) -> list[str]:
    (folder / "a.jsonl").write_bytes(b"")
    (folder / "a.csv").write_bytes(b"")
    pl.DataFrame(schema={"text": pl.String}).write_parquet(folder / "a.parquet")
    assert read_documents([folder]).height == 0
    return []


def _failing_step(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    def broken(*_: object) -> None:
        raise RuntimeError("a step failed")

    monkeypatch.setenv(PURE_PYTHON, "1")  # a step of the Python path made to fail
    monkeypatch.setattr(documents, "extract_headline", broken)
    row = normalize_documents(["Seoul markets rally\n\nShares  rose."]).row(0, named=True)
    assert row["body"] == "Seoul markets rally\n\nShares rose."
    return list(row["warnings"])


Check = Callable[[Path, pytest.MonkeyPatch], list[str]]
CHECKS: dict[str, Check] = {
    "a page in CP949, EUC-KR, Windows-1251 or KOI8-R": lambda tmp, _: _row(
        "서울 증시 이틀째 상승\n\n코스피가 올랐다".encode("cp949")
    ),
    "UTF-16 or UTF-32 with a byte-order mark": lambda tmp, _: _row(
        "\ufeffПутин в Пекине".encode("utf-16-le")
    ),
    "UTF-8 with a few bad bytes": lambda tmp, _: _row("Сеул и Москва".encode() + b"\xff\xfe"),
    "NUL bytes": lambda tmp, _: _row(b"Seoul\x00 page"),
    "UTF-8 read as Latin-1 or Windows-1252 (`Ð¡Ð¸`)": lambda tmp, _: _row("Ð¡Ð¸ Ð¦Ð·Ð¸Ð½ÑŒÐ¿Ð¸Ð½"),
    "CP949 read as Windows-1252 (`ÀÔ·Â:2021-03-15`), or read as UTF-8 first where its bytes form "
    "a sequence (`ÀϺ¸`), or with the soft hyphens (byte AD) the page dropped": lambda tmp, _: _row(
        "ÀÔ·Â:2021-03-15 10:00"
    ),
    "Windows-1251 read as Windows-1252 (`Ïóòèí`)": lambda tmp, _: _row("Ïóòèí â Ïåêèíå"),
    "HTML entities (`Putin &amp; Xi &quot;oppose&quot;`)": lambda tmp, _: _row(
        "Putin &amp; Xi &quot;oppose&quot;"
    ),
    'lone surrogates (a JSON `"\\ud800"`, a Python string)': lambda tmp, _: _read(
        tmp, "a.jsonl", b'{"text": "bad \\ud800"}\n'
    ),
    "a text value that is not a string (a number, a record)": lambda tmp, _: list(
        normalize_documents([1])["warnings"][0]  # type: ignore[list-item]
    ),
    "a null text": lambda tmp, _: _row(None),
    "an empty text": lambda tmp, _: _row(""),
    "a JSON line that is not an object (broken, or nested past the stack)": lambda tmp, _: _read(
        tmp, "a.jsonl", b"[" * 100_000 + b"\n"
    ),
    "a CSV row with more or fewer fields than the header": lambda tmp, _: _read(
        tmp, "a.csv", b"text,id\na,b,c\n"
    ),
    "a CSV quote that never closes": lambda tmp, _: _read(tmp, "a.csv", b'text\n"open\nnext\n'),
    "a Parquet text column of Binary, with bytes that are not UTF-8": lambda tmp, _: _read(
        tmp, "a.parquet", pl.DataFrame({"text": [b"bad \xff"]})
    ),
    "a Parquet text column of another type (Struct, List, number)": lambda tmp, _: _read(
        tmp, "a.parquet", pl.DataFrame({"text": [{"a": 1}]})
    ),
    "a FIFO, a device or a socket among the inputs (a link to `/dev/zero`)": lambda tmp, _: _fifo(
        tmp
    ),
    "a file that cannot be read (no permission, a broken link)": lambda tmp, _: _broken_link(tmp),
    "a file name that is not UTF-8": lambda tmp, _: _bad_name(tmp),
    "a `.txt` file over 256 MiB (`normalize.readers.MAX_FILE_BYTES`)": _large_file,
    "a document over 1,000,000 characters (`normalize.documents.MAX_ANALYSED_CHARS`)": (
        lambda tmp, patch: _long_document(patch)
    ),
    "a time the calendar lacks (`9999-12-31 24:00`)": lambda tmp, _: _row(
        "Seoul markets rally\n\n9999-12-31 24:00\n\nShares rose."
    ),
    "a fetched-at value that is not an ISO 8601 time (`last Tuesday`)": lambda tmp, _: list(
        normalize_documents(
            pl.DataFrame({"text": ["page"], "at": ["last Tuesday"]}), fetched_at_column="at"
        )["warnings"][0]
    ),
    "an empty `.jsonl`, `.csv` or `.parquet` file": lambda tmp, _: _empty_tables(tmp),
    "a document on which a step still fails": lambda tmp, patch: _failing_step(patch),
}


def _split(row: str) -> list[str]:
    return [cell.strip() for cell in row.strip().strip("|").split(" | ")]


def test_every_row_of_the_table_has_a_check() -> None:
    inputs = [_split(line)[0] for line in _rows()]
    assert inputs == list(CHECKS)


def _rows() -> list[str]:
    """The lines of the README's Bad input table, below its header."""
    section = README.read_text("utf-8").split("## Bad input", 1)[1].split("\n## ", 1)[0]
    return [line for line in section.splitlines() if line.startswith("| ")][1:]


@pytest.mark.parametrize("row", _rows(), ids=lambda row: _split(row)[0][:50])
def test_each_bad_input_gets_what_the_table_says(
    row: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    given, gets = _split(row)
    warnings = CHECKS[given](tmp_path, monkeypatch)
    named = re.findall(r"`([^`]*)`", gets)
    if not named:  # "no rows, no error": the check asserts it
        assert warnings == []
        return
    expected = named[-1].split("…")[0]
    assert any(warning.startswith(expected) for warning in warnings), warnings


def test_a_time_the_calendar_lacks_is_none_not_an_error() -> None:
    assert parse_timestamp("9999-12-31 24:00") is None
    assert parse_timestamp("9999-12-31T24:00:00Z") is None
