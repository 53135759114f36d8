"""Every reader keeps rows out = rows in, one warning per bad record, never a failed file."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

import polars as pl
import pytest

from normalize import convert, normalize_documents, read_documents
from normalize.atomic import replaced_atomically
from normalize.filebytes import read_head
from normalize.inputs import INPUT_SCHEMA
from normalize.readers import walk


def _warnings(frame: pl.DataFrame) -> list[list[str]]:
    return frame["read_warnings"].to_list()


def test_jsonl_lone_surrogate_escape_is_one_warned_row(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "ok"}\n{"text": "bad \\ud800"}\n{"text": "fine"}\n')
    rows = read_documents([path])
    assert rows["text"].to_list() == ["ok", "bad \ufffd", "fine"]
    assert _warnings(rows)[1] == ["invalid_text: 1 lone surrogate(s) became U+FFFD"]


def test_jsonl_first_record_without_the_text_column_is_read(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"title": "no text"}\n{"text": "second"}\n[1, 2]\n{"text": {"a": 1}}\n')
    rows = read_documents([path])
    assert rows["text"].to_list() == [None, "second", None, '{"a": 1}']
    assert _warnings(rows)[2] == ["unreadable: line 3 is not a JSON object"]
    assert _warnings(rows)[3] == ["text_not_string: a dict was written as JSON text"]


def test_jsonl_deep_nesting_and_legacy_bytes_are_rows(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    legacy = json.dumps({"text": "Путин в Пекине, переговоры"}, ensure_ascii=False)
    path.write_bytes(b"[" * 100_000 + b"\n" + legacy.encode("cp1251") + b"\n")
    rows = read_documents([path])
    assert rows["text"].to_list() == [None, "Путин в Пекине, переговоры"]
    assert _warnings(rows)[1] == ["decoded: cp1251 (the bytes are not UTF-8)"]


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_an_empty_table_file_gives_no_rows(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"empty{suffix}"
    if suffix == ".parquet":
        pl.DataFrame(schema={"text": pl.String}).write_parquet(path)
    else:
        path.write_bytes(b"")
    assert read_documents([path]).height == 0


def test_csv_ragged_and_unclosed_rows_keep_their_rows(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    # A stray quote pairs with the next one, as in any CSV reader; only the last, which never
    # closes, can be told, and its line is read again without quoting.
    path.write_text('id,text\n1,first\n2,second,extra\n3\n4,"multi\nline"\n5,"open\n6,sixth\n')
    rows = read_documents([path], id_column="id")
    assert rows["doc_id"].to_list() == ["1", "2", "3", "4", "5", "6"]
    assert rows["text"].to_list() == ["first", "second", None, "multi\nline", '"open', "sixth"]
    warned = _warnings(rows)
    assert warned[1] == ["ragged_row: 3 field(s) where the header has 2"]
    assert warned[2] == ["ragged_row: 1 field(s) where the header has 2"]
    assert warned[4] == ["unclosed_quote: line 7 opens a quoted field that never closes"]
    assert warned[0] == warned[3] == warned[5] == []


def test_csv_in_windows_1251_is_decoded_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes("text\nПутин и Си провели переговоры\n".encode("cp1251"))
    rows = read_documents([path])
    assert rows["text"].to_list() == ["Путин и Си провели переговоры"]
    assert _warnings(rows) == [["decoded: cp1251 (the bytes are not UTF-8)"]]


def test_parquet_binary_text_with_invalid_utf8_is_decoded_value_by_value(tmp_path: Path) -> None:
    path = tmp_path / "a.parquet"
    pl.DataFrame({"text": [b"ok", b"bad \xff", None]}, schema={"text": pl.Binary}).write_parquet(
        path
    )
    rows = read_documents([path])
    assert rows["text"].to_list() == ["ok", "bad \ufffd", None]
    assert _warnings(rows)[1] == ["invalid_utf8: 1 byte(s) were not UTF-8 and became U+FFFD"]


def test_parquet_struct_text_is_json_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "a.parquet"
    pl.DataFrame({"text": [{"a": 1}], "id": [{"k": 2}]}).write_parquet(path)
    rows = read_documents([path], id_column="id")
    assert rows["text"].to_list() == ['{"a": 1}']
    assert rows["doc_id"].to_list() == ['{"k": 2}']
    assert _warnings(rows)[0][0].startswith("text_not_string: the text column is Struct")


def test_a_folder_reads_every_format_below_it(tmp_path: Path) -> None:
    shards = tmp_path / "shards"
    (shards / "deeper").mkdir(parents=True)
    (shards / "a.jsonl").write_text('{"text": "one"}\n{"text": "two"}\n')
    pl.DataFrame({"text": ["three"]}).write_csv(shards / "deeper" / "b.csv")
    pl.DataFrame({"text": ["four"]}).write_parquet(shards / "c.parquet")
    (shards / "d.txt").write_text("five")
    (shards / "notes.md").write_text("not read")
    # in path order: "d.txt" before "deeper/"
    assert read_documents([shards])["text"].to_list() == ["one", "two", "four", "five", "three"]


def test_an_empty_folder_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "only.md").write_text("x")
    with pytest.raises(ValueError, match="No documents below"):
        read_documents([tmp_path])


def test_a_file_name_that_is_not_utf8_is_a_warned_row(tmp_path: Path) -> None:
    name = os.fsdecode(b"bad-\xff.txt")
    try:
        (tmp_path / name).write_text("Seoul page")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system refuses names that are not UTF-8")
    (tmp_path / "good.txt").write_text("good")
    rows = read_documents([tmp_path])
    assert rows["text"].to_list() == ["Seoul page", "good"]
    assert rows["source"][0].endswith("bad-\ufffd.txt")
    assert _warnings(rows)[0] == [
        "source_name: the file name is not UTF-8; U+FFFD stands for its bad bytes"
    ]


def test_fifo_and_device_are_warned_rows_not_hangs(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo") or not Path("/dev/zero").exists():
        pytest.skip("needs FIFOs and /dev/zero")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "zero.jsonl").symlink_to("/dev/zero")
    rows = read_documents([tmp_path])
    assert rows["text"].to_list() == [None, None, None]
    assert [w[0] for w in _warnings(rows)] == [
        "unreadable: not a regular file (a FIFO)",
        "unreadable: not a regular file (a device)",
        "unreadable: not a regular file (a device)",
    ]


def test_null_and_empty_rows_have_ids_from_their_source(tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.jsonl").write_text('{"text": null}\n')
    table = normalize_documents(
        read_documents([tmp_path]), id_column="doc_id", source_column="source"
    )
    ids = table["norm_doc_id"].to_list()  # the input's own doc_id column is kept, all nulls
    assert len(set(ids)) == 2


def test_normalize_documents_keeps_any_value_as_a_row() -> None:
    table = normalize_documents(["ok", "bad \ud800", 1, None, b"\xff\xfe"])  # type: ignore[list-item]
    assert table.height == 5
    warnings = table["warnings"].to_list()
    assert "invalid_text: 1 lone surrogate(s) became U+FFFD" in warnings[1]
    assert "text_not_string: a int was written as JSON text" in warnings[2]


def test_output_equal_to_an_input_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.parquet"
    pl.DataFrame({"text": ["x"]}).write_parquet(path)
    before = path.read_bytes()
    with pytest.raises(ValueError, match="is also an input"):
        convert([path], path, workers=1)
    assert path.read_bytes() == before


def test_output_inside_an_input_folder_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Seoul page")
    out = tmp_path / "out.parquet"
    assert convert([tmp_path], out, workers=1).rows == 1
    assert convert([tmp_path], out, workers=1).rows == 1  # the first output is not an input


def test_an_output_being_written_inside_an_input_folder_is_not_read(tmp_path: Path) -> None:
    """The file a conversion is writing, in its temporary folder, is no input of another."""
    (tmp_path / "a.txt").write_text("Seoul page")
    with replaced_atomically(tmp_path / "out.parquet") as temporary:
        pl.DataFrame({"text": ["partial"]}).write_parquet(temporary)
        assert [path.name for path in walk(tmp_path)] == ["a.txt"]


def test_reader_schema_is_the_same_for_every_format(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "x"}\n')
    assert read_documents([tmp_path]).schema == INPUT_SCHEMA


URL_ROWS = [
    {"text": "first", "url": "https://example.com/a", "fetched": "2024-05-17T21:00:00+09:00"},
    {"text": "second", "url": None, "fetched": "2024-05-17 12:00"},
]


def _write_url_rows(tmp_path: Path, suffix: str) -> Path:
    path = tmp_path / f"a{suffix}"
    frame = pl.DataFrame(URL_ROWS)
    {".jsonl": frame.write_ndjson, ".csv": frame.write_csv, ".parquet": frame.write_parquet}[
        suffix
    ](path)
    return path


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_source_and_fetched_at_columns_are_read_from_every_table_format(
    tmp_path: Path, suffix: str
) -> None:
    path = _write_url_rows(tmp_path, suffix)
    rows = read_documents([path], source_column="url", fetched_at_column="fetched")
    assert rows.schema == INPUT_SCHEMA
    # A row without a URL (null, or CSV's empty field) keeps where it was read.
    assert rows["source"].to_list() == ["https://example.com/a", f"{path}:2"]
    assert rows["fetched_at"].to_list() == ["2024-05-17T21:00:00+09:00", "2024-05-17 12:00"]


def test_a_parquet_datetime_fetched_at_column_is_read_as_iso_text(tmp_path: Path) -> None:
    path = tmp_path / "a.parquet"
    pl.DataFrame({"text": ["x"], "fetched": [datetime(2024, 5, 17, 12)]}).write_parquet(path)
    rows = read_documents([path], fetched_at_column="fetched")
    assert rows["fetched_at"].to_list() == ["2024-05-17T12:00:00"]


def test_a_missing_source_column_is_named(tmp_path: Path) -> None:
    path = _write_url_rows(tmp_path, ".csv")
    with pytest.raises(ValueError, match="link"):
        read_documents([path], source_column="link")


@pytest.mark.parametrize("limit", [1, 99, 100, 101, 10_000])
def test_read_head_reads_up_to_the_limit(tmp_path: Path, limit: int) -> None:
    path = tmp_path / "page.txt"
    data = bytes(range(100))
    path.write_bytes(data)
    assert read_head(path, limit) == data[:limit]


def test_read_head_reads_on_when_the_file_grew(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(b"x" * 100)
    ten_bytes = os.stat_result((0,) * 6 + (10,) + (0,) * 3)  # its size when it was taken
    monkeypatch.setattr(os, "fstat", lambda fd: ten_bytes)
    assert read_head(path, 64) == b"x" * 64
    assert read_head(path, 1_000) == b"x" * 100


def test_text_files_read_as_bytes_are_decoded_as_one_by_one(tmp_path: Path) -> None:
    """A batch of .txt files is checked as UTF-8 by polars in one pass; a file that is not
    UTF-8, a byte-order mark, a NUL byte, or a table file in the same batch give the rows
    and warnings that decoding each file in turn gives."""
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "1.txt").write_bytes("Рынки растут\n\nАкции выросли.".encode())
    (folder / "2.txt").write_bytes(b"Markets rally in Seoul\n\ncaf\xe9")
    (folder / "3.txt").write_bytes(b"\xef\xbb\xbfBOM first\n\nbody")
    (folder / "4.txt").write_bytes(b"NUL\x00inside")
    (folder / "5.txt").write_bytes("서울 증시 상승".encode("cp949"))
    (folder / "6.jsonl").write_text('{"text": "a record"}\n')
    utf8_only = tmp_path / "utf8"
    utf8_only.mkdir()
    (utf8_only / "1.txt").write_bytes("Рынки растут\n\nАкции выросли.".encode())
    (utf8_only / "2.txt").write_bytes(b"")
    mixed = read_documents([folder])
    assert mixed["text"].to_list()[:4] == [
        "Рынки растут\n\nАкции выросли.",
        "Markets rally in Seoul\n\ncaf\ufffd",
        "BOM first\n\nbody",
        "NUL\x00inside",
    ]
    assert _warnings(mixed)[1] == ["invalid_utf8: 1 byte(s) were not UTF-8 and became U+FFFD"]
    assert _warnings(mixed)[3] == [
        "binary: the input holds NUL bytes; its text was kept, the NULs dropped"
    ]
    assert _warnings(mixed)[4] == ["decoded: cp949 (the bytes are not UTF-8)"]
    assert mixed["text"].to_list()[4:] == ["서울 증시 상승", "a record"]
    clean = read_documents([utf8_only])
    assert clean["text"].to_list() == ["Рынки растут\n\nАкции выросли.", ""]
    assert _warnings(clean) == [[], []]
    assert clean.schema == INPUT_SCHEMA
