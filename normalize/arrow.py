"""The table as Arrow batches, for engines that call a function per batch (Ray Data, Spark).

``normalize_batch`` takes a batch with a text column and gives the batch of rows: the input's
columns first, unchanged, then the table's columns in ``OUTPUT_SCHEMA`` (``norm_<name>`` for
a name the input already uses), as ``normalize_documents`` does for a DataFrame. It is pure and
row-local (a row depends on its own document only), so an engine may split, order and retry
batches as it likes; it is a module-level function, so it pickles by name. The models are
loaded by the first batch a worker process normalizes and kept for the next ones.

``OUTPUT_SCHEMA`` is ``normalize.schema.SCHEMA`` in the Arrow types every engine reads: 32-bit
offsets (``string``, ``list``), no unsigned integers. ``spark_ddl`` writes a schema in Spark's
DDL, for ``DataFrame.mapInArrow``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from types import MappingProxyType
from typing import Any, Final, TypeVar

import polars as pl

try:
    import pyarrow as pa
except ImportError as error:  # pragma: no cover - the [arrow] extra is missing
    raise ImportError(
        "normalize.arrow needs pyarrow; install it with: pip install 'normalize[arrow]'."
    ) from error

from normalize.options import TITLE_THRESHOLD, Options
from normalize.rows import table_rows
from normalize.schema import SCHEMA
from normalize.table import check_columns, output_names

Batch = TypeVar("Batch", pa.RecordBatch, pa.Table)

# Unsigned integers become the signed type that holds all their values: Spark and Java have
# no unsigned integers.
_SIGNED: Final[Mapping[pa.DataType, pa.DataType]] = MappingProxyType(
    {
        pa.uint8(): pa.int16(),
        pa.uint16(): pa.int32(),
        pa.uint32(): pa.int64(),
    }
)
_TEXT_TYPES = (
    "string, large_string, string_view (text), binary, large_binary, binary_view (UTF-8 bytes)"
)


def portable_type(dtype: pa.DataType) -> pa.DataType:
    """The Arrow type engines read for ``dtype``: 32-bit offsets, signed integers, recursively.

    >>> portable_type(pa.large_list(pa.struct({"start": pa.uint32(), "lang": pa.large_string()})))
    ListType(list<item: struct<start: int64, lang: string>>)
    """
    if pa.types.is_large_string(dtype) or pa.types.is_string_view(dtype):
        return pa.string()
    if pa.types.is_large_binary(dtype) or pa.types.is_binary_view(dtype):
        return pa.binary()
    if (
        pa.types.is_list(dtype)
        or pa.types.is_large_list(dtype)
        or pa.types.is_list_view(dtype)
        or pa.types.is_large_list_view(dtype)
    ):
        return pa.list_(portable_type(dtype.value_type))
    if pa.types.is_struct(dtype):
        return pa.struct([field.with_type(portable_type(field.type)) for field in dtype.fields])
    if pa.types.is_uint64(dtype):
        raise TypeError(
            "uint64 has no signed type that holds all its values; make the column Int64 in "
            "the table's schema."
        )
    return _SIGNED.get(dtype, dtype)


def arrow_schema(schema: pl.Schema) -> pa.Schema:
    """A polars schema as the Arrow schema engines read (see ``portable_type``).

    >>> arrow_schema(pl.Schema({"doc_id": pl.String(), "start": pl.UInt32()}))
    doc_id: string
    start: int64
    """
    exported = pl.DataFrame(schema=schema).to_arrow().schema
    return pa.schema([field.with_type(portable_type(field.type)) for field in exported])


OUTPUT_SCHEMA = arrow_schema(SCHEMA)


def output_schema(input_schema: pa.Schema) -> pa.Schema:
    """The schema of ``normalize_batch``'s output for an input of ``input_schema``: the input's
    columns, unchanged, then ``OUTPUT_SCHEMA``, a column whose name the input already uses
    as ``norm_<name>``. It depends on no value.

    >>> output_schema(pa.schema({"id": pa.int64(), "text": pa.string()})).names[:4]
    ['id', 'text', 'doc_id', 'source']
    >>> output_schema(pa.schema({"text": pa.string(), "title": pa.string()})).names[:5]
    ['text', 'title', 'doc_id', 'source', 'norm_title']
    """
    names = output_names(input_schema.names)
    return pa.schema(
        [*input_schema, *(field.with_name(names[field.name]) for field in OUTPUT_SCHEMA)]
    )


def normalize_batch(
    batch: Batch,
    *,
    text_column: str = "text",
    id_column: str | None = None,
    source_column: str | None = None,
    fetched_at_column: str | None = None,
    warnings_column: str | None = None,
    default_tz: str | None = None,
    now: datetime | None = None,
    title_threshold: float = TITLE_THRESHOLD,
) -> Batch:
    """Normalize the documents of an Arrow batch: one row out per row in, in order.

    ``batch`` is a RecordBatch (Spark) or a Table (Ray Data's ``batch_format="pyarrow"``); the
    same kind comes back, in ``output_schema(batch.schema)``. The keywords are
    those of ``normalize_documents``. A batch without the text column, or whose text column
    holds neither text nor bytes, is an error that names the column; an empty batch gives an
    empty batch of that schema.

    >>> batch = pa.record_batch({"id": [7], "text": ["Leaders meet in Beijing\\n\\nThey met."]})
    >>> out = normalize_batch(batch, id_column="id")
    >>> out.num_rows, out.column("id")[0].as_py(), out.column("doc_id")[0].as_py()
    (1, 7, '7')
    >>> out.column("title")[0].as_py()
    'Leaders meet in Beijing'
    """
    table = batch if isinstance(batch, pa.Table) else pa.Table.from_batches([batch])
    roles = {
        "text": text_column,
        "id": id_column,
        "source": source_column,
        "fetched_at": fetched_at_column,
        "warnings": warnings_column,
    }
    check_columns(table.column_names, roles)
    _check_text(table.schema.field(text_column))
    schema = output_schema(table.schema)
    used = list(dict.fromkeys(name for name in roles.values() if name is not None))
    rows: pa.Table = _normalize_rows(
        table.select(used),
        roles=roles,
        options=Options(default_tz=default_tz, now=now, title_threshold=title_threshold),
    )
    kept: list[pa.ChunkedArray[Any]] = list(table.columns)
    out = pa.Table.from_arrays([*kept, *rows.columns], schema=schema)
    if isinstance(batch, pa.Table):
        return out
    return pa.RecordBatch.from_arrays(
        [column.combine_chunks() for column in out.columns], schema=schema
    )


def normalize_batches(
    batches: Iterable[pa.RecordBatch],
    *,
    text_column: str = "text",
    id_column: str | None = None,
    source_column: str | None = None,
    fetched_at_column: str | None = None,
    warnings_column: str | None = None,
    default_tz: str | None = None,
    now: datetime | None = None,
    title_threshold: float = TITLE_THRESHOLD,
) -> Iterator[pa.RecordBatch]:
    """``normalize_batch`` over a stream of batches, as Spark's ``mapInArrow`` calls it.

    >>> batches = [pa.record_batch({"text": ["Leaders meet\\n\\nThey met."]})] * 2
    >>> [out.num_rows for out in normalize_batches(batches)]
    [1, 1]
    """
    for batch in batches:
        yield normalize_batch(
            batch,
            text_column=text_column,
            id_column=id_column,
            source_column=source_column,
            fetched_at_column=fetched_at_column,
            warnings_column=warnings_column,
            default_tz=default_tz,
            now=now,
            title_threshold=title_threshold,
        )


def _normalize_rows(
    inputs: pa.Table, *, roles: dict[str, str | None], options: Options
) -> pa.Table:
    """The engine: the columns the rows are made from in, the table's rows out in
    ``OUTPUT_SCHEMA``. The compiled core takes its place; nothing else changes."""
    frame = pl.from_arrow(inputs)
    assert isinstance(frame, pl.DataFrame)  # a Table always gives a DataFrame
    return table_rows(frame, columns=roles, options=options).to_arrow().cast(OUTPUT_SCHEMA)


def _check_text(field: pa.Field[pa.DataType]) -> None:
    """Misuse: a text column of numbers, lists, ... (all nulls, of type null, is allowed)."""
    dtype = field.type
    if pa.types.is_dictionary(dtype):
        dtype = dtype.value_type
    if not (
        pa.types.is_null(dtype)
        or pa.types.is_string(dtype)
        or pa.types.is_large_string(dtype)
        or pa.types.is_string_view(dtype)
        or pa.types.is_binary(dtype)
        or pa.types.is_large_binary(dtype)
        or pa.types.is_binary_view(dtype)
    ):
        raise TypeError(
            f"The text column {field.name!r} holds {field.type}; it must hold {_TEXT_TYPES}."
        )


# Spark's SQL names of the Arrow types that need no parameter.
_SPARK_TYPES: Final[Mapping[pa.DataType, str]] = MappingProxyType(
    {
        pa.null(): "VOID",
        pa.bool_(): "BOOLEAN",
        pa.int8(): "TINYINT",
        pa.int16(): "SMALLINT",
        pa.int32(): "INT",
        pa.int64(): "BIGINT",
        pa.float32(): "FLOAT",
        pa.float64(): "DOUBLE",
        pa.string(): "STRING",
        pa.large_string(): "STRING",
        pa.binary(): "BINARY",
        pa.large_binary(): "BINARY",
        pa.date32(): "DATE",
    }
)


def spark_ddl(schema: pa.Schema) -> str:
    """``schema`` in Spark SQL's DDL, for ``DataFrame.mapInArrow(function, ddl)``.

    Spark reads these Arrow types only: a column of another (unsigned integers, large lists,
    nanosecond times, ...) is an error that names it; ``portable_type`` gives one Spark reads.

    >>> spark_ddl(pa.schema({"id": pa.int64(), "tags": pa.list_(pa.string())}))
    '`id` BIGINT, `tags` ARRAY<STRING>'
    """
    return ", ".join(f"{_quoted(field.name)} {_spark_field(field, field.name)}" for field in schema)


def _spark_field(field: pa.Field[pa.DataType], path: str) -> str:
    return _spark_type(field.type, path) + ("" if field.nullable else " NOT NULL")


def _spark_type(dtype: pa.DataType, path: str) -> str:
    if dtype in _SPARK_TYPES:
        return _SPARK_TYPES[dtype]
    if pa.types.is_timestamp(dtype) and dtype.unit == "us":
        return "TIMESTAMP" if dtype.tz is not None else "TIMESTAMP_NTZ"
    if pa.types.is_decimal128(dtype):
        return f"DECIMAL({dtype.precision}, {dtype.scale})"
    if pa.types.is_list(dtype):
        return f"ARRAY<{_spark_type(dtype.value_type, path + '[]')}>"
    if pa.types.is_map(dtype):
        key = _spark_type(dtype.key_type, path + ".key")
        return f"MAP<{key}, {_spark_type(dtype.item_type, path + '.value')}>"
    if pa.types.is_struct(dtype):
        fields = ", ".join(
            f"{_quoted(field.name)}: {_spark_field(field, f'{path}.{field.name}')}"
            for field in dtype.fields
        )
        return f"STRUCT<{fields}>"
    raise TypeError(
        f"Spark has no type for the Arrow type {dtype} of {path!r}; cast it to one Spark reads "
        "(normalize.arrow.portable_type gives one for offsets and unsigned integers)."
    )


def _quoted(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"
