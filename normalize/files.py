"""Files in and out: reading documents in batches, and streaming the table to Parquet.

Memory does not grow with the input: documents are read ``batch_rows`` at a time, normalized
(in worker processes when there are several), and written as Parquet row groups in input order.
"""

from __future__ import annotations

import itertools
import json
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import datetime
from multiprocessing import get_context
from pathlib import Path
from typing import Any, NamedTuple

import polars as pl
from polars.io.plugins import register_io_source

from normalize.decoding import decode_bytes
from normalize.documents import Options
from normalize.table import SCHEMA, SCHEMA_VERSION, check_columns, normalize_documents

TEXT_SUFFIXES = frozenset({".txt"})
TABLE_SUFFIXES = frozenset({".jsonl", ".ndjson", ".csv", ".parquet"})
# Documents per unit of work: small enough that every worker gets its share of a short run.
BATCH_ROWS = 200
# Rows per Parquet row group: large enough for good compression and fast scans.
ROW_GROUP_ROWS = 10_000
# The frame every reader yields, whatever the input format.
INPUT_SCHEMA = pl.Schema(
    {
        "text": pl.String(),
        "doc_id": pl.String(),
        "source": pl.String(),
        "read_warnings": pl.List(pl.String()),
    }
)

PathLike = str | os.PathLike[str]


class Summary(NamedTuple):
    """What a conversion wrote."""

    rows: int
    rows_with_warnings: int


def check_inputs(
    paths: Iterable[PathLike], *, text_column: str = "text", id_column: str | None = None
) -> None:
    """Fail early, with one sentence, on a missing path, an unknown format or a missing column."""
    for path in map(Path, paths):
        if not path.exists():
            raise FileNotFoundError(f"Input not found: {path}")
        suffix = path.suffix.lower()
        if path.is_dir() or suffix in TEXT_SUFFIXES:
            continue
        if suffix not in TABLE_SUFFIXES:
            raise ValueError(
                f"Unknown input format: {path} (read are folders of .txt files, .txt, "
                ".jsonl, .ndjson, .csv and .parquet)."
            )
        check_columns(_table_columns(path), {"text": text_column, "id": id_column})


def iter_documents(
    paths: Iterable[PathLike],
    *,
    text_column: str = "text",
    id_column: str | None = None,
    batch_rows: int = BATCH_ROWS,
) -> Iterator[pl.DataFrame]:
    """Documents from files and folders, ``batch_rows`` at a time, in ``INPUT_SCHEMA``.

    The inputs are checked at once (``check_inputs``); the files are read as the batches are
    taken. Folders are walked recursively in sorted order for ``.txt`` files (one document each);
    ``.jsonl``, ``.csv`` and ``.parquet`` files hold one document per row in ``text_column``.
    Bytes that are not UTF-8, unreadable files and broken JSON lines give a row with a
    warning in ``read_warnings``, never an error.
    """
    inputs = [Path(path) for path in paths]
    check_inputs(inputs, text_column=text_column, id_column=id_column)
    return _read_batches(inputs, text_column, id_column, batch_rows)


def _read_batches(
    inputs: list[Path], text_column: str, id_column: str | None, batch_rows: int
) -> Iterator[pl.DataFrame]:
    """The batches of ``iter_documents``, for inputs already checked."""
    for path in inputs:
        suffix = path.suffix.lower()
        if path.is_dir():
            yield from _in_batches(_text_rows(_walk_text_files(path)), batch_rows)
        elif suffix in TEXT_SUFFIXES:
            yield from _in_batches(_text_rows(iter([path])), batch_rows)
        elif suffix in (".jsonl", ".ndjson"):
            yield from _in_batches(_json_rows(path, text_column, id_column), batch_rows)
        else:
            yield from _table_batches(path, text_column, id_column, batch_rows)


def read_documents(
    paths: Iterable[PathLike], *, text_column: str = "text", id_column: str | None = None
) -> pl.DataFrame:
    """All documents of ``iter_documents`` in one DataFrame (for small inputs).

    >>> read_documents([]).columns
    ['text', 'doc_id', 'source', 'read_warnings']
    """
    batches = list(iter_documents(paths, text_column=text_column, id_column=id_column))
    return pl.concat(batches) if batches else pl.DataFrame(schema=INPUT_SCHEMA)


def scan_documents(
    paths: Iterable[PathLike], *, text_column: str = "text", id_column: str | None = None
) -> pl.LazyFrame:
    """The documents as a LazyFrame that reads its files in batches when it is collected."""
    inputs = [Path(path) for path in paths]
    check_inputs(inputs, text_column=text_column, id_column=id_column)
    return _lazy_source(
        lambda: _read_batches(inputs, text_column, id_column, BATCH_ROWS), INPUT_SCHEMA
    )


def convert(
    paths: Iterable[PathLike],
    output: PathLike,
    *,
    text_column: str = "text",
    id_column: str | None = None,
    default_tz: str | None = None,
    now: datetime | None = None,
    workers: int | None = None,
    batch_rows: int = BATCH_ROWS,
    on_batch: Callable[[int], None] | None = None,
) -> Summary:
    """Normalize documents from files into one Parquet file, streaming, on ``workers`` processes.

    ``workers`` defaults to every core; the file is byte for byte the same for any number of
    workers. ``on_batch`` is called with the row count of each batch written (for progress).
    """
    inputs = [Path(path) for path in paths]
    options = Options(default_tz=default_tz, now=now)
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be 1 or more, not {workers}.")
    check_inputs(inputs, text_column=text_column, id_column=id_column)
    counts = [0, 0]

    def normalized() -> Iterator[pl.DataFrame]:
        batches = _read_batches(inputs, text_column, id_column, batch_rows)
        for table in _map_in_order(batches, options, workers or os.cpu_count() or 1):
            counts[0] += table.height
            counts[1] += table.filter(pl.col("warnings").list.len() > 0).height
            if on_batch is not None:
                on_batch(table.height)
            yield table

    settings = {
        "text_column": text_column,
        "id_column": id_column,
        "default_tz": default_tz,
        "now": now.isoformat() if now else None,
    }
    write_parquet(
        _lazy_source(normalized, SCHEMA), output, options=settings, row_group_size=ROW_GROUP_ROWS
    )
    return Summary(*counts)


def write_parquet(
    table: pl.DataFrame | pl.LazyFrame,
    path: PathLike,
    *,
    options: dict[str, Any],
    row_group_size: int | None = None,
) -> None:
    """Write the table to Parquet atomically: a temporary file beside the target, then a rename.

    A LazyFrame is streamed. A reader never sees a half-written file at ``path``; the file's
    metadata records the normalize version, the schema version and the options used.
    """
    from normalize import __version__

    target = Path(path)
    metadata = {
        "normalize_version": __version__,
        "normalize_schema_version": SCHEMA_VERSION,
        "normalize_options": json.dumps(options, sort_keys=True, default=str),
    }
    # Beside the target (so the rename is atomic), named for this process and thread, and
    # created by the writer itself so that it gets the permissions of any new file.
    temporary = target.with_name(f".{target.name}.{os.getpid()}-{threading.get_ident()}.tmp")
    try:
        if isinstance(table, pl.LazyFrame):
            table.sink_parquet(temporary, metadata=metadata, row_group_size=row_group_size)
        else:
            table.write_parquet(temporary, metadata=metadata, row_group_size=row_group_size)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _lazy_source(batches: Callable[[], Iterator[pl.DataFrame]], schema: pl.Schema) -> pl.LazyFrame:
    """A LazyFrame whose rows come from a generator of frames, read only when it runs."""

    def source(
        with_columns: list[str] | None,
        predicate: pl.Expr | None,
        n_rows: int | None,
        batch_size: int | None,
    ) -> Iterator[pl.DataFrame]:
        for frame in batches():
            if with_columns is not None:
                frame = frame.select(with_columns)
            if predicate is not None:
                frame = frame.filter(predicate)
            if n_rows is not None:
                frame = frame.head(n_rows)
                n_rows -= frame.height
            yield frame
            if n_rows == 0:
                return

    return register_io_source(source, schema=schema)


def normalize_batch(batch: pl.DataFrame, options: Options) -> pl.DataFrame:
    """Normalize a frame of ``INPUT_SCHEMA`` (what the readers yield) into the table."""
    return normalize_documents(
        batch,
        id_column="doc_id",
        source_column="source",
        warnings_column="read_warnings",
        default_tz=options.default_tz,
        now=options.now,
    )


def _map_in_order(
    batches: Iterator[pl.DataFrame], options: Options, workers: int
) -> Iterator[pl.DataFrame]:
    """Normalize batches on ``workers`` processes, yielding results in input order.

    At most two batches per worker are in flight, so memory stays bounded however long the
    input is.
    """
    if workers <= 1:
        for batch in batches:
            yield normalize_batch(batch, options)
        return
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
        pending: deque[Future[pl.DataFrame]] = deque()
        for batch in batches:
            pending.append(pool.submit(normalize_batch, batch, options))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _walk_text_files(folder: Path) -> Iterator[Path]:
    """Every ``.txt`` file below a folder, in sorted order, without listing the whole tree."""
    for root, folders, files in os.walk(folder):
        folders.sort()
        for name in sorted(files):
            if Path(name).suffix.lower() in TEXT_SUFFIXES:
                yield Path(root, name)


def _in_batches(rows: Iterator[tuple[Any, ...]], batch_rows: int) -> Iterator[pl.DataFrame]:
    """Rows of (text, doc_id, source, read_warnings) as frames of ``batch_rows`` rows."""
    batch = list(itertools.islice(rows, batch_rows))
    while batch:
        yield pl.DataFrame(batch, schema=INPUT_SCHEMA, orient="row")
        batch = list(itertools.islice(rows, batch_rows))


def _text_rows(files: Iterator[Path]) -> Iterator[tuple[Any, ...]]:
    for file in files:
        try:
            text, warnings = decode_bytes(file.read_bytes())
        except OSError as error:
            text, warnings = None, [f"unreadable: {error.strerror or error}"]
        yield text, None, str(file), warnings


def _json_rows(path: Path, text_column: str, id_column: str | None) -> Iterator[tuple[Any, ...]]:
    """JSON Lines read line by line: a line that is not a JSON object becomes a warned row."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except ValueError:
                record = None
            source = f"{path}:{number}"
            if not isinstance(record, dict):
                yield None, None, source, [f"unreadable: line {number} is not a JSON object"]
                continue
            doc_id = _as_text(record.get(id_column)) if id_column else None
            yield _as_text(record.get(text_column)), doc_id, source, []


def _as_text(value: Any) -> str | None:
    return None if value is None else value if isinstance(value, str) else json.dumps(value)


def _scan_table(path: Path) -> pl.LazyFrame:
    if path.suffix.lower() == ".parquet":
        return pl.scan_parquet(path)
    return pl.scan_csv(path, infer_schema=False, encoding="utf8-lossy")


def _table_columns(path: Path) -> list[str]:
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        with path.open("rb") as handle:
            for raw in handle:
                try:
                    value = json.loads(raw)
                except ValueError:
                    continue
                if isinstance(value, dict):
                    return list(value)
        return []
    return _scan_table(path).collect_schema().names()


def _table_batches(
    path: Path, text_column: str, id_column: str | None, batch_rows: int
) -> Iterator[pl.DataFrame]:
    query = (
        _scan_table(path)
        .with_row_index("_row", offset=1)
        .select(
            pl.col(text_column).cast(pl.String()).alias("text"),
            (pl.col(id_column).cast(pl.String()) if id_column else pl.lit(None, pl.String())).alias(
                "doc_id"
            ),
            pl.format("{}:{}", pl.lit(str(path)), pl.col("_row")).alias("source"),
            pl.lit([], dtype=pl.List(pl.String())).alias("read_warnings"),
        )
    )
    yield from query.collect_batches(chunk_size=batch_rows)
