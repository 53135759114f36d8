from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from normalize import SCHEMA, convert, normalize_document, normalize_documents
from normalize.schema import hashtag_words
from normalize.table import PREFIX

PAGE = "Markets rally in Seoul\n\n입력 2024.05.17 17:03\n\nThe KOSPI rose 1.2 percent on Friday."


def test_empty_input_has_the_schema() -> None:
    assert normalize_documents([]).schema == SCHEMA
    empty = pl.DataFrame({"text": []}, schema={"text": pl.String})
    assert normalize_documents(empty).schema == pl.Schema({"text": pl.String(), **SCHEMA})


def test_offsets_are_signed_and_hashtag_words_are_flat() -> None:
    fragment = SCHEMA["fragments"].inner  # type: ignore[attr-defined]
    assert fragment.to_schema()["start"] == pl.Int64 and fragment.to_schema()["end"] == pl.Int64
    assert SCHEMA["hashtag_words"] == pl.List(pl.String)
    page = "Leaders meet in Beijing\n\nThey met.\n\n#XiJinping #중러정상회담 #Busan"
    row = normalize_document(page)
    words = [word for tag in row["hashtags"] for word in tag["words"]]
    assert row["hashtag_words"] == words == ["Xi", "Jinping", "중러", "정상회담", "Busan"]
    table = normalize_documents([page, "", None])
    assert table["hashtag_words"].to_list() == [words, [], []]
    again = table.select(hashtag_words(pl.col("hashtags")))["hashtags"].to_list()
    assert again == table["hashtag_words"].to_list()


def test_the_callers_columns_come_first_and_unchanged() -> None:
    frame = pl.DataFrame(
        {
            "url": ["https://example.com/a", None],
            "crawl": [7, 8],
            "text": [PAGE, "Leaders meet in Beijing\n\nThey met."],
            "title": ["the crawler's title", None],
            "source": ["feed", "feed"],
        }
    )
    table = normalize_documents(frame, source_column="url")
    assert table.columns[: frame.width] == frame.columns
    assert table.select(frame.columns).equals(frame)
    added = table.columns[frame.width :]
    assert added == [PREFIX + name if name in frame.columns else name for name in SCHEMA]
    assert table["norm_title"].to_list() == ["Markets rally in Seoul", "Leaders meet in Beijing"]
    assert table["norm_source"].to_list() == ["https://example.com/a", None]
    assert table.select(added).rename(dict(zip(added, SCHEMA, strict=True))).schema == SCHEMA


def test_a_frame_with_a_column_and_its_prefixed_name_is_refused() -> None:
    frame = pl.DataFrame({"text": [PAGE], "title": ["a"], "norm_title": ["b"]})
    with pytest.raises(ValueError, match="both 'title' and 'norm_title'"):
        normalize_documents(frame)


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
    assert table.schema == pl.Schema({**frame.schema, **SCHEMA})
    assert table["doc_id"].to_list() == ["a", "b"]
    assert table["source"].to_list() == ["https://example.com/a", "https://example.com/b"]
    assert table["published_at"][0] == datetime(2024, 5, 17, 8, 3, tzinfo=UTC)


def test_fetched_at_text_with_and_without_an_offset_is_read_row_by_row() -> None:
    page = "Seoul stocks rise\n\n2시간 전\n\nShares rose on Friday."
    fetched = ["2024-05-17T21:00:00+09:00", "2024-05-17 12:00", "soon", None]
    frame = pl.DataFrame({"text": [page] * 4, "fetched": fetched})
    table = normalize_documents(frame, fetched_at_column="fetched")
    ten = datetime(2024, 5, 17, 10, tzinfo=UTC)
    assert table["published_at"].to_list() == [ten, ten, None, None]
    assert any(w.startswith("fetched_at_unreadable: 'soon'") for w in table["warnings"][2])
    assert not any(w.startswith("fetched_at") for w in table["warnings"][3])


def test_missing_text_column_names_the_columns_that_exist() -> None:
    with pytest.raises(ValueError, match="its columns are: body, id"):
        normalize_documents(pl.DataFrame({"body": ["x"], "id": [1]}))


def test_lazyframe_in_lazyframe_out_streaming() -> None:
    eager = pl.DataFrame({"id": [1, 2, 3] * 20, "text": [PAGE, None, ""] * 20})
    result = normalize_documents(eager.lazy())
    assert isinstance(result, pl.LazyFrame)
    table = result.collect(engine="streaming")
    assert result.collect_schema() == table.schema == pl.Schema({**eager.schema, **SCHEMA})
    assert table.equals(normalize_documents(eager))


def test_one_document_is_not_many() -> None:
    with pytest.raises(TypeError, match="normalize_document"):
        normalize_documents(PAGE)


@given(st.lists(st.one_of(st.none(), st.text(), st.binary()), max_size=8))
def test_rows_out_equal_rows_in(texts: list[str | bytes | None]) -> None:
    table = normalize_documents(texts)
    assert table.height == len(texts)
    assert table.schema == SCHEMA


def test_every_entry_point_takes_the_title_threshold(tmp_path: Path) -> None:
    page = "Seoul and Tokyo agree to resume talks\n\nThe two governments said they would meet."
    sure = normalize_documents([page])
    assert sure["title"].item() == "Seoul and Tokyo agree to resume talks"
    assert sure["title_score"].item() < 0.999  # so that a threshold of 20 log-odds refuses it
    strict = {"title_threshold": 20.0}
    frame = pl.DataFrame({"text": [page]})
    titles = [
        normalize_documents([page], **strict)["title"].item(),
        normalize_documents(frame, **strict)["title"].item(),
        normalize_documents(frame.lazy(), **strict).collect()["title"].item(),
        frame.select(pl.col("text").norm.title(**strict)).item(),
        frame.select(pl.col("text").norm.document(**strict).struct.field("title")).item(),
    ]
    assert titles == [None] * 5
    source = tmp_path / "page.txt"
    source.write_text(page, encoding="utf-8")
    out = tmp_path / "out.parquet"
    convert([source], out, **strict)
    assert pl.read_parquet(out)["title"].to_list() == [None]
    options = json.loads(pl.read_parquet_metadata(out)["normalize_options"])
    assert options["title_threshold"] == 20.0
