from __future__ import annotations

from datetime import UTC, datetime

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from normalize import SCHEMA, normalize_documents

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
