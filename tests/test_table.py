from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from normalize import SCHEMA, normalize_documents, read_documents, scan_documents, write_parquet

PAGE = "Markets rally in Seoul\n\n입력 2024.05.17 17:03\n\nThe KOSPI rose 1.2 percent on Friday."


def test_empty_input_has_the_schema() -> None:
    assert normalize_documents([]).schema == SCHEMA
    assert (
        normalize_documents(pl.DataFrame({"text": []}, schema={"text": pl.String})).schema == SCHEMA
    )


def test_dataframe_with_id_and_fetched_at_columns() -> None:
    frame = pl.DataFrame(
        {
            "body_text": [PAGE, "연합뉴스 속보 2시간 전 발표"],
            "id": ["a", "b"],
            "url": ["https://example.com/a", "https://example.com/b"],
            "fetched": [datetime(2024, 5, 17, 12), datetime(2024, 5, 17, 12)],
        }
    )
    table = normalize_documents(
        frame,
        text_column="body_text",
        id_column="id",
        source_column="url",
        fetched_at_column="fetched",
    )
    assert table.schema == SCHEMA
    assert table["doc_id"].to_list() == ["a", "b"]
    assert table["source"].to_list() == ["https://example.com/a", "https://example.com/b"]
    assert table["published_at"][0] == datetime(2024, 5, 17, 8, 3, tzinfo=UTC)


def test_missing_text_column_names_the_columns_that_exist() -> None:
    with pytest.raises(ValueError, match="its columns are: body, id"):
        normalize_documents(pl.DataFrame({"body": ["x"], "id": [1]}))


def test_lazyframe_in_lazyframe_out() -> None:
    lazy = pl.LazyFrame({"text": [PAGE, None, ""]})
    result = normalize_documents(lazy)
    assert isinstance(result, pl.LazyFrame)
    table = result.collect()
    assert table.schema == SCHEMA
    assert table.height == 3


def test_one_document_is_not_many() -> None:
    with pytest.raises(TypeError, match="normalize_document"):
        normalize_documents(PAGE)


@given(st.lists(st.one_of(st.none(), st.text(), st.binary()), max_size=8))
def test_rows_out_equal_rows_in(texts: list[str | bytes | None]) -> None:
    table = normalize_documents(texts)
    assert table.height == len(texts)
    assert table.schema == SCHEMA


def test_parquet_round_trip_keeps_schema_and_metadata(tmp_path: Path) -> None:
    table = normalize_documents([PAGE, ""])
    path = tmp_path / "out.parquet"
    write_parquet(table, path, options={"default_tz": None})
    assert pl.read_parquet(path).equals(table)
    assert pl.read_parquet_schema(path) == dict(SCHEMA)
    metadata = pl.read_parquet_metadata(path)
    assert metadata["normalize_schema_version"] == "1"
    assert [p.name for p in tmp_path.iterdir()] == ["out.parquet"]  # no temporary file left


def test_read_documents_from_every_format(tmp_path: Path) -> None:
    folder = tmp_path / "pages" / "nested"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_bytes(PAGE.encode())
    (folder / "b.txt").write_bytes(b"bad \xff byte")
    (folder / "ignored.html").write_text("<p>not read</p>")
    pl.DataFrame({"content": ["one", "two"], "key": [1, 2]}).write_csv(tmp_path / "t.csv")
    pl.DataFrame({"content": ["three"], "key": [3]}).write_parquet(tmp_path / "t.parquet")
    (tmp_path / "t.jsonl").write_text('{"content": "four", "key": 4}\nnot json\n')

    folder_rows = read_documents([tmp_path / "pages"])
    assert folder_rows.height == 2
    assert folder_rows["source"].to_list()[0].endswith("a.txt")
    tables = read_documents(
        [tmp_path / "t.csv", tmp_path / "t.parquet", tmp_path / "t.jsonl"],
        text_column="content",
        id_column="key",
    )
    assert tables["text"].to_list() == ["one", "two", "three", "four", None]
    assert tables["doc_id"].to_list() == ["1", "2", "3", "4", None]
    assert tables["read_warnings"].to_list()[-1] == ["unreadable: line 2 is not a JSON object"]
    assert scan_documents([tmp_path / "t.csv"], text_column="content").collect().height == 2


def test_read_documents_rejects_missing_and_unknown_inputs(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="Input not found"):
        read_documents([tmp_path / "nope"])
    (tmp_path / "page.html").write_text("<p>x</p>")
    with pytest.raises(ValueError, match="Unknown input format"):
        read_documents([tmp_path / "page.html"])
