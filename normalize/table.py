"""The table: its schema, building it from any input, reading inputs and writing Parquet."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any, overload

import polars as pl

from normalize.documents import Options, content_id, failed_row, normalize_document

SCHEMA_VERSION = "1"
UTC_INSTANT = pl.Datetime("us", "UTC")
SCHEMA = pl.Schema(
    {
        "doc_id": pl.String,
        "source": pl.String,
        "title": pl.String,
        "title_lang": pl.String,
        "title_key": pl.String,
        "title_ascii": pl.String,
        "alt_titles": pl.List(pl.Struct({"text": pl.String, "lang": pl.String})),
        "languages": pl.List(pl.String),
        "fragments": pl.List(
            pl.Struct(
                {"start": pl.UInt32, "end": pl.UInt32, "lang": pl.String, "script": pl.String}
            )
        ),
        "hashtags": pl.List(
            pl.Struct({"tag": pl.String, "words": pl.List(pl.String), "lang": pl.String})
        ),
        "published_at": UTC_INSTANT,
        "modified_at": UTC_INSTANT,
        "body": pl.String,
        "warnings": pl.List(pl.String),
    }
)
# The columns of the frames that read_documents builds, for normalize_documents.
INPUT_COLUMNS = {"text": "text", "id": "doc_id", "source": "source", "warnings": "read_warnings"}
TEXT_SUFFIXES = {".txt"}
TABLE_SUFFIXES = {".jsonl", ".ndjson", ".csv", ".parquet"}


@overload
def normalize_documents(
    data: pl.LazyFrame,
    *,
    text_column: str = ...,
    id_column: str | None = ...,
    source_column: str | None = ...,
    fetched_at_column: str | None = ...,
    warnings_column: str | None = ...,
    default_tz: str | None = ...,
    now: datetime | None = ...,
) -> pl.LazyFrame: ...
@overload
def normalize_documents(
    data: pl.DataFrame | Iterable[str | bytes | None],
    *,
    text_column: str = ...,
    id_column: str | None = ...,
    source_column: str | None = ...,
    fetched_at_column: str | None = ...,
    warnings_column: str | None = ...,
    default_tz: str | None = ...,
    now: datetime | None = ...,
) -> pl.DataFrame: ...
def normalize_documents(
    data: pl.LazyFrame | pl.DataFrame | Iterable[str | bytes | None],
    *,
    text_column: str = "text",
    id_column: str | None = None,
    source_column: str | None = None,
    fetched_at_column: str | None = None,
    warnings_column: str | None = None,
    default_tz: str | None = None,
    now: datetime | None = None,
) -> pl.DataFrame | pl.LazyFrame:
    """Normalize many documents into the table of ``SCHEMA``: one row per document, in order.

    ``data`` is an iterable of texts (``str``, ``bytes`` or ``None``), a DataFrame, or a
    LazyFrame (then a LazyFrame comes back). The text column may be String or Binary;
    ``fetched_at_column`` (Datetime) is the reference time for relative timestamps per row.

    >>> frame = normalize_documents(["Leaders meet in Beijing\\n\\nThey met on Thursday, May 16."])
    >>> frame.select("title", "title_lang").row(0)
    ('Leaders meet in Beijing', 'en')
    """
    options = Options(default_tz=default_tz, now=now)
    columns = {
        "text": text_column,
        "id": id_column,
        "source": source_column,
        "fetched_at": fetched_at_column,
        "warnings": warnings_column,
    }
    if isinstance(data, pl.LazyFrame):
        _check_columns(data.collect_schema().names(), columns)
        return data.map_batches(
            partial(_normalize_frame, columns=columns, options=options),
            schema=SCHEMA,
            streamable=True,
        )
    if isinstance(data, pl.DataFrame):
        _check_columns(data.columns, columns)
        return _normalize_frame(data, columns=columns, options=options)
    if isinstance(data, str | bytes):
        raise TypeError(
            "normalize_documents takes many documents; for one, use normalize_document."
        )
    rows = (_safe_row(text, options=options) for text in data)
    return pl.DataFrame(list(rows), schema=SCHEMA)


def _check_columns(names: list[str], columns: dict[str, str | None]) -> None:
    for role, column in columns.items():
        if column is not None and column not in names:
            raise ValueError(
                f"The {role} column {column!r} is not in the input; "
                f"its columns are: {', '.join(names) or '(none)'}."
            )


def _normalize_frame(
    frame: pl.DataFrame, *, columns: dict[str, str | None], options: Options
) -> pl.DataFrame:
    def column(role: str) -> Iterable[Any]:
        name = columns[role]
        return frame.get_column(name).to_list() if name is not None else [None] * frame.height

    fetched = columns["fetched_at"]
    if fetched is not None:
        frame = frame.with_columns(_as_instant(pl.col(fetched), frame.schema[fetched]))
    rows = [
        _safe_row(
            text,
            doc_id=None if doc_id is None else str(doc_id),
            source=None if source is None else str(source),
            fetched_at=fetched_at,
            warnings=warnings,
            options=options,
        )
        for text, doc_id, source, fetched_at, warnings in zip(
            column("text"),
            column("id"),
            column("source"),
            column("fetched_at"),
            column("warnings"),
            strict=True,
        )
    ]
    return pl.DataFrame(rows, schema=SCHEMA)


def _as_instant(expr: pl.Expr, dtype: pl.DataType) -> pl.Expr:
    """A fetched-at column as UTC instants: naive values are read as UTC, strings parsed."""
    if isinstance(dtype, pl.Datetime):
        if dtype.time_zone is None:
            return expr.dt.replace_time_zone("UTC")
        return expr.dt.convert_time_zone("UTC")
    return expr.cast(pl.String).str.to_datetime(time_zone="UTC", strict=False, time_unit="us")


def _safe_row(
    text: str | bytes | None,
    *,
    doc_id: str | None = None,
    source: str | None = None,
    fetched_at: datetime | None = None,
    warnings: list[str] | None = None,
    options: Options,
) -> dict[str, Any]:
    """One row, whatever happens: a failure inside becomes the row's warning, not a stopped run."""
    try:
        return normalize_document(
            text,
            doc_id=doc_id,
            source=source,
            fetched_at=fetched_at,
            warnings=warnings,
            options=options,
        )
    except Exception as error:  # one bad document must never stop a run of millions
        return failed_row(doc_id or content_id(text or ""), source, error)


def read_documents(
    paths: Iterable[str | os.PathLike[str]],
    *,
    text_column: str = "text",
    id_column: str | None = None,
) -> pl.DataFrame:
    """Read documents from files and folders into the frame ``normalize_documents`` takes.

    Folders are searched recursively for ``.txt`` files (one document each, read as bytes so
    that bad UTF-8 is reported, not fatal); ``.jsonl``, ``.csv`` and ``.parquet`` files hold
    one document per row in ``text_column``. Columns: ``text``, ``doc_id``, ``source``,
    ``read_warnings``.
    """
    frames = list(_read_frames([Path(path) for path in paths], text_column, id_column))
    if not frames:
        return pl.DataFrame(schema=_INPUT_SCHEMA_STRING)
    if any(frame.schema["text"] == pl.Binary for frame in frames):
        frames = [frame.with_columns(pl.col("text").cast(pl.Binary)) for frame in frames]
    return pl.concat(frames, how="vertical")


def scan_documents(
    paths: Iterable[str | os.PathLike[str]],
    *,
    text_column: str = "text",
    id_column: str | None = None,
) -> pl.LazyFrame:
    """The lazy form of ``read_documents``."""
    return read_documents(paths, text_column=text_column, id_column=id_column).lazy()


_INPUT_SCHEMA_STRING = pl.Schema(
    {
        "text": pl.String,
        "doc_id": pl.String,
        "source": pl.String,
        "read_warnings": pl.List(pl.String),
    }
)
_INPUT_SCHEMA_BINARY = pl.Schema({**_INPUT_SCHEMA_STRING, "text": pl.Binary})


def check_inputs(paths: Iterable[str | os.PathLike[str]]) -> None:
    """Fail early, with one sentence, on a missing path or a file of a format we do not read."""
    for path in map(Path, paths):
        if not path.exists():
            raise FileNotFoundError(f"Input not found: {path}")
        if path.is_file() and path.suffix.lower() not in TEXT_SUFFIXES | TABLE_SUFFIXES:
            raise ValueError(
                f"Unknown input format: {path} (read are folders of .txt files, .txt, "
                ".jsonl, .ndjson, .csv and .parquet)."
            )


def _read_frames(
    paths: list[Path], text_column: str, id_column: str | None
) -> Iterator[pl.DataFrame]:
    check_inputs(paths)
    for path in paths:
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*") if p.suffix.lower() in TEXT_SUFFIXES and p.is_file()
            )
            yield _read_text_files(files)
        elif path.suffix.lower() in TEXT_SUFFIXES:
            yield _read_text_files([path])
        else:
            yield _read_table(path, text_column, id_column)


def _read_text_files(files: list[Path]) -> pl.DataFrame:
    texts: list[bytes | None] = []
    warnings: list[list[str]] = []
    for file in files:
        try:
            texts.append(file.read_bytes())
            warnings.append([])
        except OSError as error:
            texts.append(None)
            warnings.append([f"unreadable: {error.strerror or error}"])
    return pl.DataFrame(
        {
            "text": texts,
            "doc_id": [None] * len(files),
            "source": [str(file) for file in files],
            "read_warnings": warnings,
        },
        schema=_INPUT_SCHEMA_BINARY,
    )


def _read_table(path: Path, text_column: str, id_column: str | None) -> pl.DataFrame:
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        table = pl.read_parquet(path)
    elif suffix == ".csv":
        table = pl.read_csv(path, infer_schema=False, encoding="utf8-lossy")
    else:
        table = _read_json_lines(path, text_column)
    columns = {"text": text_column, "id": id_column}
    _check_columns(table.columns, columns)
    if "read_warnings" not in table.columns:
        table = table.with_columns(read_warnings=pl.lit([], dtype=pl.List(pl.String)))
    return table.select(
        pl.col(text_column).cast(pl.String).alias("text"),
        (pl.col(id_column).cast(pl.String) if id_column else pl.lit(None, pl.String)).alias(
            "doc_id"
        ),
        pl.format("{}:{}", pl.lit(str(path)), pl.int_range(1, pl.len() + 1)).alias("source"),
        pl.col("read_warnings"),
    )


def _read_json_lines(path: Path, text_column: str) -> pl.DataFrame:
    """JSON Lines, one object per line; a line that is not JSON becomes a row with a warning."""
    try:
        return pl.read_ndjson(path, infer_schema_length=None)
    except pl.exceptions.PolarsError:
        pass  # some line is broken: read line by line below, so the others are kept
    rows: list[dict[str, Any]] = []
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                value = json.loads(raw)
                if not isinstance(value, dict):
                    raise ValueError
                rows.append(value)
            except ValueError:
                warning = f"unreadable: line {number} is not a JSON object"
                rows.append({text_column: None, "read_warnings": [warning]})
    return pl.DataFrame(rows, infer_schema_length=None)


def write_parquet(
    frame: pl.DataFrame, path: str | os.PathLike[str], *, options: dict[str, Any]
) -> None:
    """Write the table to Parquet atomically: a temporary file beside the target, then a rename.

    A reader never sees a half-written file at ``path``; the file's metadata records the
    normalize version, the schema version and the options used.
    """
    from normalize import __version__

    target = Path(path)
    metadata = {
        "normalize_version": __version__,
        "normalize_schema_version": SCHEMA_VERSION,
        "normalize_options": json.dumps(options, sort_keys=True, default=str),
    }
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
    )
    os.close(handle)
    try:
        frame.write_parquet(temporary, metadata=metadata)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
