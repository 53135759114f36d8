from __future__ import annotations

import pickle
from datetime import UTC, datetime
from functools import partial

import polars as pl
import pyarrow as pa
import pytest
from hypothesis import given
from hypothesis import strategies as st

from normalize import SCHEMA, normalize_documents
from normalize.arrow import (
    OUTPUT_SCHEMA,
    arrow_schema,
    normalize_batch,
    normalize_batches,
    output_schema,
    portable_type,
    spark_ddl,
)
from tests.engines import assert_same_rows, corpus_documents

PAGE = "Markets rally in Seoul\n\n입력 2024.05.17 17:03\n\nThe KOSPI rose 1.2 percent on Friday."
KOREAN = "[속보] 한일 정상 부산서 만난다\n\n입력 2024.06.03 18:30\n\n#셔틀외교 양국이 합의했다."


def _types(dtype: pa.DataType) -> list[pa.DataType]:
    """``dtype`` and every type nested in it."""
    if pa.types.is_list(dtype) or pa.types.is_large_list(dtype):
        return [dtype, *_types(dtype.value_type)]
    if pa.types.is_struct(dtype):
        return [dtype, *(inner for field in dtype.fields for inner in _types(field.type))]
    return [dtype]


def test_output_schema_is_the_table_in_types_every_engine_reads() -> None:
    assert OUTPUT_SCHEMA.names == list(SCHEMA)
    nested = [inner for field in OUTPUT_SCHEMA for inner in _types(field.type)]
    assert not [t for t in nested if pa.types.is_unsigned_integer(t)]
    assert not [t for t in nested if pa.types.is_large_string(t) or pa.types.is_large_list(t)]
    # Read back into polars and cast, it is the table's schema again.
    assert pl.from_arrow(OUTPUT_SCHEMA.empty_table()).cast(dict(SCHEMA)).schema == SCHEMA


def test_output_schema_follows_the_table() -> None:
    """The offsets are Int64 in the table already, so nothing is cast; a new column appears."""
    fragment = OUTPUT_SCHEMA.field("fragments").type.value_type
    assert fragment.field("start").type == fragment.field("end").type == pa.int64()
    assert OUTPUT_SCHEMA.field("hashtag_words").type == pa.list_(pa.string())
    unsigned = pl.Struct(
        {"start": pl.UInt32, "end": pl.UInt32, "lang": pl.String, "script": pl.String}
    )
    assert arrow_schema(pl.Schema({**SCHEMA, "fragments": pl.List(unsigned)})) == OUTPUT_SCHEMA
    grown = pl.Schema({**SCHEMA, "crawl_id": pl.UInt16})
    assert arrow_schema(grown).names == [*OUTPUT_SCHEMA.names, "crawl_id"]
    assert arrow_schema(grown).field("crawl_id").type == pa.int32()


@pytest.mark.parametrize(
    ("given_type", "portable"),
    [
        pytest.param(pa.large_string(), pa.string(), id="64-bit string offsets to 32"),
        pytest.param(pa.string_view(), pa.string(), id="string view to string"),
        pytest.param(pa.large_binary(), pa.binary(), id="64-bit binary offsets to 32"),
        pytest.param(pa.uint8(), pa.int16(), id="uint8 to the next signed type"),
        pytest.param(pa.uint16(), pa.int32(), id="uint16 to the next signed type"),
        pytest.param(pa.uint32(), pa.int64(), id="uint32 to the next signed type"),
        pytest.param(pa.int64(), pa.int64(), id="signed integers kept"),
        pytest.param(pa.timestamp("us", "UTC"), pa.timestamp("us", "UTC"), id="instants kept"),
        pytest.param(
            pa.large_list(pa.struct({"start": pa.uint32(), "lang": pa.large_string()})),
            pa.list_(pa.struct({"start": pa.int64(), "lang": pa.string()})),
            id="nested types converted inside lists and structs",
        ),
    ],
)
def test_portable_type(given_type: pa.DataType, portable: pa.DataType) -> None:
    assert portable_type(given_type) == portable


def test_uint64_has_no_portable_type() -> None:
    with pytest.raises(TypeError, match="uint64 has no signed type"):
        portable_type(pa.uint64())


def test_offsets_keep_their_values() -> None:
    table = normalize_documents([PAGE, KOREAN])
    out = normalize_batch(pa.record_batch({"text": [PAGE, KOREAN]}))
    assert out.schema.field("fragments").type.value_type.field("start").type == pa.int64()
    assert out.column("fragments").to_pylist() == table["fragments"].to_list()
    assert table["fragments"].to_list()[0], "the page has fragments to compare"


def test_batch_rows_equal_normalize_documents() -> None:
    documents = corpus_documents(60)
    out = normalize_batch(documents.to_arrow(), id_column="id")
    expected = normalize_documents(documents, id_column="id")
    assert_same_rows(pl.DataFrame(pl.from_arrow(out)), expected)


def test_the_inputs_columns_pass_through_unchanged_and_first() -> None:
    batch = pa.record_batch(
        {
            "id": pa.array([3, 1], pa.int64()),
            "text": [PAGE, KOREAN],
            "url": pa.array(["https://example.com/a", None], pa.large_string()),
            "tags": pa.array([["a"], []], pa.list_(pa.string())),
            "crawl": pa.array([{"n": 1}, {"n": 2}], pa.struct({"n": pa.uint8()})),
        }
    )
    out = normalize_batch(batch, id_column="id", source_column="url")
    assert out.schema == output_schema(batch.schema)
    assert out.schema.names[:5] == ["id", "text", "url", "tags", "crawl"]
    for name in batch.schema.names:
        assert out.column(name).equals(batch.column(name))
    assert out.column("doc_id").to_pylist() == ["3", "1"]
    assert out.column("source").to_pylist() == ["https://example.com/a", None]


def test_a_record_batch_gives_a_record_batch_and_a_table_a_table() -> None:
    batch = pa.record_batch({"text": [PAGE]})
    assert isinstance(normalize_batch(batch), pa.RecordBatch)
    chunked = pa.Table.from_batches([batch, batch])
    out = normalize_batch(chunked)
    assert isinstance(out, pa.Table)
    assert out.num_rows == 2
    assert out.schema == pa.schema([batch.schema.field("text"), *OUTPUT_SCHEMA])


def test_options_reach_the_rows() -> None:
    now = datetime(2024, 5, 17, 12, tzinfo=UTC)
    out = normalize_batch(
        pa.record_batch({"body": ["Seoul markets rally\n\n2시간 전\n\nThe index rose."]}),
        text_column="body",
        default_tz="Asia/Seoul",
        now=now,
    )
    assert out.column("published_at").to_pylist() == [datetime(2024, 5, 17, 10, tzinfo=UTC)]


def test_empty_batch_gives_an_empty_batch_of_the_schema() -> None:
    batch = pa.record_batch({"id": pa.array([], pa.int32()), "text": pa.array([], pa.string())})
    out = normalize_batch(batch)
    assert out.num_rows == 0
    assert out.schema == pa.schema([*batch.schema, *OUTPUT_SCHEMA])


def test_missing_text_column_is_an_error_naming_it() -> None:
    batch = pa.record_batch({"id": [1], "body": ["x"]})
    with pytest.raises(ValueError, match="The text column 'text' is not in the input; its columns"):
        normalize_batch(batch)
    empty = pa.record_batch({"body": pa.array([], pa.string())})
    with pytest.raises(ValueError, match="'text'"):
        normalize_batch(empty)


@pytest.mark.parametrize(
    "values",
    [
        pytest.param(pa.array([1, 2]), id="integers"),
        pytest.param(pa.array([["a"], ["b"]]), id="lists of strings"),
        pytest.param(pa.array([{"text": "a"}, {"text": "b"}]), id="structs"),
    ],
)
def test_text_column_of_another_type_is_an_error_naming_it(values: pa.Array) -> None:
    with pytest.raises(TypeError, match="The text column 'text' holds"):
        normalize_batch(pa.record_batch({"text": values}))


@pytest.mark.parametrize(
    "values",
    [
        pytest.param(pa.array([PAGE, None], pa.large_string()), id="large strings"),
        pytest.param(pa.array([PAGE, None], pa.string_view()), id="string views"),
        pytest.param(pa.array([PAGE.encode(), b"\xff\xfe"], pa.binary()), id="bytes"),
        pytest.param(pa.array([PAGE, None]).dictionary_encode(), id="dictionary of strings"),
    ],
)
def test_text_may_be_any_string_or_bytes_type(values: pa.Array) -> None:
    out = normalize_batch(pa.record_batch({"text": values}))
    assert out.column("title").to_pylist()[0] == "Markets rally in Seoul"
    assert out.column("warnings").to_pylist()[1]  # the null or invalid document says why


def test_a_text_column_of_nulls_gives_rows_with_warnings() -> None:
    out = normalize_batch(pa.record_batch({"text": pa.nulls(2)}))
    assert out.num_rows == 2
    assert all(
        "missing_text: the document's text is null" in row
        for row in out.column("warnings").to_pylist()
    )


def test_an_input_column_named_like_the_tables_is_kept_and_the_tables_prefixed() -> None:
    out = normalize_batch(pa.record_batch({"text": [PAGE], "title": ["mine"]}))
    assert out.column("title").to_pylist() == ["mine"]
    assert out.column("norm_title").to_pylist() == ["Markets rally in Seoul"]
    assert out.schema == output_schema(pa.schema({"text": pa.string(), "title": pa.string()}))
    with pytest.raises(ValueError, match="both 'title' and 'norm_title'"):
        normalize_batch(pa.record_batch({"text": [PAGE], "title": ["a"], "norm_title": ["b"]}))


def test_batches_are_normalized_one_for_one_and_the_function_pickles() -> None:
    function = pickle.loads(pickle.dumps(partial(normalize_batches, id_column="id")))
    batches = [
        pa.record_batch({"id": ["a"], "text": [PAGE]}),
        pa.record_batch({"id": ["b", "c"], "text": [KOREAN, ""]}),
    ]
    out = list(function(iter(batches)))
    assert [batch.num_rows for batch in out] == [1, 2]
    assert [value for batch in out for value in batch.column("doc_id").to_pylist()] == [
        "a",
        "b",
        "c",
    ]
    assert pickle.loads(pickle.dumps(normalize_batch)) is normalize_batch


@given(st.lists(st.one_of(st.none(), st.text(max_size=200)), max_size=8))
def test_rows_out_equal_rows_in_with_a_schema_that_depends_on_no_value(
    texts: list[str | None],
) -> None:
    batch = pa.record_batch(
        {"key": pa.array(range(len(texts)), pa.int64()), "text": pa.array(texts, pa.string())}
    )
    out = normalize_batch(batch)
    assert out.num_rows == len(texts)
    assert out.schema == output_schema(batch.schema)
    assert out.column("key").equals(batch.column("key"))


@pytest.mark.parametrize(
    ("arrow_type", "ddl"),
    [
        pytest.param(pa.string(), "STRING", id="string"),
        pytest.param(pa.large_string(), "STRING", id="large string, which Spark reads too"),
        pytest.param(pa.binary(), "BINARY", id="bytes"),
        pytest.param(pa.bool_(), "BOOLEAN", id="boolean"),
        pytest.param(pa.int8(), "TINYINT", id="int8"),
        pytest.param(pa.int16(), "SMALLINT", id="int16"),
        pytest.param(pa.int32(), "INT", id="int32"),
        pytest.param(pa.int64(), "BIGINT", id="int64"),
        pytest.param(pa.float32(), "FLOAT", id="float32"),
        pytest.param(pa.float64(), "DOUBLE", id="float64"),
        pytest.param(pa.date32(), "DATE", id="date"),
        pytest.param(pa.decimal128(12, 2), "DECIMAL(12, 2)", id="decimal"),
        pytest.param(pa.timestamp("us", "UTC"), "TIMESTAMP", id="instant"),
        pytest.param(pa.timestamp("us"), "TIMESTAMP_NTZ", id="wall time without zone"),
        pytest.param(pa.list_(pa.string()), "ARRAY<STRING>", id="list"),
        pytest.param(pa.map_(pa.string(), pa.int64()), "MAP<STRING, BIGINT>", id="map"),
        pytest.param(
            pa.struct([pa.field("end", pa.int64(), nullable=False), ("a`b", pa.string())]),
            "STRUCT<`end`: BIGINT NOT NULL, `a``b`: STRING>",
            id="struct: names quoted, a keyword too, nullability kept",
        ),
    ],
)
def test_spark_ddl_of_each_type(arrow_type: pa.DataType, ddl: str) -> None:
    assert spark_ddl(pa.schema([("c", arrow_type)])) == f"`c` {ddl}"


@pytest.mark.parametrize(
    "arrow_type",
    [
        pytest.param(pa.uint32(), id="unsigned: Spark has none"),
        pytest.param(pa.large_list(pa.string()), id="64-bit list offsets: Spark reads 32"),
        pytest.param(pa.timestamp("ns", "UTC"), id="nanoseconds: Spark keeps microseconds"),
        pytest.param(pa.string_view(), id="string view"),
    ],
)
def test_spark_ddl_names_a_type_spark_lacks(arrow_type: pa.DataType) -> None:
    schema = pa.schema([("outer", pa.list_(pa.struct([("inner", arrow_type)])))])
    with pytest.raises(TypeError, match=r"of 'outer\[\]\.inner'"):
        spark_ddl(schema)


def test_spark_ddl_of_the_output() -> None:
    ddl = spark_ddl(output_schema(pa.schema({"id": pa.string(), "text": pa.string()})))
    assert ddl.startswith("`id` STRING, `text` STRING, `doc_id` STRING, `source` STRING, ")
    assert "`fragments` ARRAY<STRUCT<`start`: BIGINT, `end`: BIGINT, " in ddl
    assert "`title_score` DOUBLE" in ddl
    assert "`hashtag_words` ARRAY<STRING>" in ddl
    assert ddl.endswith(
        "`published_at` TIMESTAMP, `published_precision` STRING, `modified_at` TIMESTAMP, "
        "`body` STRING, `warnings` ARRAY<STRING>"
    )


def test_the_title_threshold_is_the_callers() -> None:
    batch = pa.record_batch({"text": ["Seoul and Tokyo agree to resume talks\n\nThey met."]})
    assert normalize_batch(batch).column("title")[0].as_py() is not None
    strict = normalize_batches([batch], title_threshold=20.0)
    assert [out.column("title")[0].as_py() for out in strict] == [None]
