"""Files in and out: reading documents in batches, and streaming the table to Parquet.

Memory does not grow with the input: documents are read ``batch_rows`` at a time, normalized
(in worker processes when there are several), and written as Parquet row groups in input order.
"""

from __future__ import annotations

import itertools
import json
import os
import queue
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple, cast

import polars as pl
from polars.io.plugins import register_io_source

from normalize import readers
from normalize.atomic import replaced_atomically
from normalize.batches import limited, peek, renamed
from normalize.findings import Tally
from normalize.options import Options
from normalize.outputs import Format, overwrites_a_document, write_frames
from normalize.outputs import output_format as _choose_format
from normalize.table import SCHEMA, SCHEMA_VERSION, check_columns, table_rows
from normalize.workers import POLL_SECONDS, available_cpus, map_in_order

# Documents per unit of work: small enough that every worker gets its share of a short run.
BATCH_ROWS = 200
# Inputs with fewer documents than this are normalized in this process: starting workers
# (each imports the package and loads its models) costs more than they save on so few.
SMALL_INPUT_ROWS = 1_000
# Rows per Parquet row group: large enough for good compression and fast scans.
ROW_GROUP_ROWS = 10_000
# The frame every reader yields, whatever the input format.
INPUT_SCHEMA = pl.Schema(
    {
        "text": pl.String(),
        "doc_id": pl.String(),
        "source": pl.String(),
        "fetched_at": pl.String(),
        "read_warnings": pl.List(pl.String()),
    }
)

PathLike = str | os.PathLike[str]


class Summary(NamedTuple):
    """What a conversion wrote: rows, and their warnings by class (see ``normalize.findings``)."""

    rows: int
    rows_with_warnings: int
    tally: Tally


def check_inputs(
    paths: Iterable[PathLike],
    *,
    text_column: str = "text",
    id_column: str | None = None,
    output: PathLike | None = None,
    source_column: str | None = None,
    fetched_at_column: str | None = None,
) -> None:
    """Fail early, with one sentence, on misuse: a missing path, an unknown format, a folder
    with nothing to read, a table file without the text column, or an input that is the output.
    """
    target = Path(output).absolute() if output is not None else None
    inputs = [Path(path) for path in paths]
    if target is not None and overwrites_a_document(inputs, target):
        raise ValueError(
            f"The output {target} is a document of an input folder; write the table to another "
            "path."
        )
    for path in inputs:
        if not path.exists():
            raise FileNotFoundError(f"Input not found: {path}")
        if target is not None and (path.absolute() == target or _same_file(path, target)):
            raise ValueError(
                f"The output {target} is also an input; write the table to another path."
            )
        if path.is_dir():
            if next(readers.walk(path), None) is None:
                raise ValueError(
                    f"No documents below {path}: read are {_FORMATS} files, and there are none."
                )
            continue
        reader = readers.kind(path)
        if reader is None:
            raise ValueError(f"Unknown input format: {path} (read are folders, {_FORMATS}).")
        if reader == "text":
            continue
        wanted = {
            "text": text_column,
            "id": id_column,
            "source": source_column,
            "fetched_at": fetched_at_column,
        }
        found = readers.columns(path, [name for name in wanted.values() if name])
        missing: dict[str, str | None] = {
            role: name for role, name in wanted.items() if name and name not in (found or [])
        }
        if found is not None and missing:  # a file with no records has nothing to miss
            check_columns(readers.all_columns(path), missing)


_FORMATS = ".txt, .jsonl, .ndjson, .csv and .parquet"


def _same_file(path: Path, other: Path) -> bool:
    try:
        return os.path.samefile(path, other)
    except OSError:
        return False


def iter_documents(
    paths: Iterable[PathLike],
    *,
    text_column: str = "text",
    id_column: str | None = None,
    source_column: str | None = None,
    fetched_at_column: str | None = None,
    batch_rows: int = BATCH_ROWS,
) -> Iterator[pl.DataFrame]:
    """Documents from files and folders, ``batch_rows`` at a time, in ``INPUT_SCHEMA``.

    The inputs are checked at once (``check_inputs``); the files are read as the batches are
    taken. Folders are walked recursively in sorted order for files of every supported format:
    a ``.txt`` file is one document; ``.jsonl``, ``.csv`` and ``.parquet`` files hold one
    document per record, text in ``text_column`` (and, when named, the id, the source in place
    of the file's path, and the fetched-at time as ISO 8601 text in their columns). A bad record
    (broken JSON, a ragged CSV row, bytes in an unknown encoding, a FIFO) is a row with a
    warning in ``read_warnings``, never an error, and never the end of its file.
    """
    inputs = [Path(path) for path in paths]
    fields = readers.Fields(text_column, id_column, source_column, fetched_at_column)
    _check_fields(inputs, fields)
    return _read_batches(inputs, fields, batch_rows)


def _check_fields(
    inputs: list[Path], fields: readers.Fields, output: PathLike | None = None
) -> None:
    check_inputs(
        inputs,
        text_column=fields.text,
        id_column=fields.id,
        source_column=fields.source,
        fetched_at_column=fields.fetched_at,
        output=output,
    )


def _read_batches(
    inputs: list[Path],
    fields: readers.Fields,
    batch_rows: int,
    skip: frozenset[Path] = frozenset(),
) -> Iterator[pl.DataFrame]:
    """The batches of ``iter_documents``, for inputs already checked."""

    def files() -> Iterator[Path]:
        for path in inputs:
            yield from readers.walk(path, skip=skip) if path.is_dir() else [path]

    rows = (row for file in files() for row in readers.records(file, fields))
    yield from _in_batches(rows, batch_rows)


def read_documents(
    paths: Iterable[PathLike],
    *,
    text_column: str = "text",
    id_column: str | None = None,
    source_column: str | None = None,
    fetched_at_column: str | None = None,
) -> pl.DataFrame:
    """All documents of ``iter_documents`` in one DataFrame (for small inputs).

    >>> read_documents([]).columns
    ['text', 'doc_id', 'source', 'fetched_at', 'read_warnings']
    """
    batches = list(
        iter_documents(
            paths,
            text_column=text_column,
            id_column=id_column,
            source_column=source_column,
            fetched_at_column=fetched_at_column,
        )
    )
    return pl.concat(batches) if batches else pl.DataFrame(schema=INPUT_SCHEMA)


def scan_documents(
    paths: Iterable[PathLike],
    *,
    text_column: str = "text",
    id_column: str | None = None,
    source_column: str | None = None,
    fetched_at_column: str | None = None,
) -> pl.LazyFrame:
    """The documents as a LazyFrame that reads its files in batches when it is collected."""
    inputs = [Path(path) for path in paths]
    fields = readers.Fields(text_column, id_column, source_column, fetched_at_column)
    _check_fields(inputs, fields)
    return _lazy_source(lambda: _read_batches(inputs, fields, BATCH_ROWS), INPUT_SCHEMA)


def convert(
    paths: Iterable[PathLike],
    output: PathLike | BinaryIO,
    *,
    text_column: str = "text",
    id_column: str | None = None,
    source_column: str | None = None,
    fetched_at_column: str | None = None,
    default_tz: str | None = None,
    now: datetime | None = None,
    workers: int | None = None,
    batch_rows: int = BATCH_ROWS,
    on_batch: Callable[[int], None] | None = None,
    output_format: Format | None = None,
    limit: int | None = None,
    source_names: Mapping[str, str] | None = None,
) -> Summary:
    """Normalize documents from files into one table, streaming, on ``workers`` processes.

    ``output`` is a path (written atomically) or a binary stream (written as the batches are
    done); ``output_format`` is ``parquet``, ``jsonl`` or ``csv``, else the path's suffix
    decides (``normalize.outputs.output_format``). ``workers`` defaults to the CPUs this
    process may use (``workers.available_cpus``), and to none at all for an input of fewer
    than ``SMALL_INPUT_ROWS`` documents; the output is byte for byte the same for any number.
    ``limit`` stops after that many documents. ``source_names`` writes a name in ``source``
    in place of an input's path (the command line names stdin ``-``). ``on_batch`` is called
    with the row count of each batch written (for progress).
    """
    inputs = [Path(path) for path in paths]
    options = Options(default_tz=default_tz, now=now)
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be 1 or more, not {workers}.")
    if limit is not None and limit < 0:
        raise ValueError(f"limit must be 0 or more, not {limit}.")
    path = None if _is_stream(output) else Path(cast("PathLike", output))
    form = _choose_format(path, output_format)
    fields = readers.Fields(text_column, id_column, source_column, fetched_at_column)
    _check_fields(inputs, fields, output=path)
    tally = Tally()
    skip = frozenset() if path is None else frozenset({path.absolute()})

    def normalized() -> Iterator[pl.DataFrame]:
        batches = _read_batches(inputs, fields, batch_rows, skip)
        if limit is not None:
            batches = limited(batches, limit)
        if source_names:
            batches = (renamed(batch, source_names) for batch in batches)
        count = workers
        if count is None:
            count = available_cpus()
            if count > 1:
                first, batches = peek(batches, SMALL_INPUT_ROWS)
                count = 1 if first < SMALL_INPUT_ROWS else count
        work = partial(normalize_batch, options=options)
        for table in map_in_order(work, batches, count):
            tally.add(table.get_column("warnings").to_list())
            if on_batch is not None:
                on_batch(table.height)
            yield table

    settings = {
        "text_column": text_column,
        "id_column": id_column,
        "source_column": source_column,
        "fetched_at_column": fetched_at_column,
        "default_tz": default_tz,
        "now": now.isoformat() if now else None,
    }
    if path is None:
        _write_stream(normalized(), cast(BinaryIO, output), form, settings)
    elif form == "parquet":
        _sink(normalized(), path, settings)
    else:
        with replaced_atomically(path) as temporary, temporary.open("wb") as handle:
            write_frames(normalized(), handle, form, SCHEMA)
    return Summary(tally.rows, tally.rows_with_warnings, tally)


def _is_stream(output: object) -> bool:
    return hasattr(output, "write")


def _write_stream(
    frames: Iterator[pl.DataFrame], stream: BinaryIO, form: Format, settings: dict[str, Any]
) -> None:
    """Frames to a stream: JSON Lines and CSV as they come; Parquet, which ends with its
    index, through a temporary file (so memory stays bounded), copied when complete."""
    if form != "parquet":
        write_frames(frames, stream, form, SCHEMA)
        return
    with tempfile.TemporaryDirectory(prefix="normalize-") as folder:
        temporary = Path(folder) / "table.parquet"
        _sink(frames, temporary, settings)
        with temporary.open("rb") as handle:
            shutil.copyfileobj(handle, stream)
        stream.flush()


# Frames waiting for the writer: enough to keep it busy, few enough to bound memory.
_QUEUED_FRAMES = 2


class _Abandoned(Exception):
    """The frames stopped coming: the run failed or was interrupted."""


def _sink(frames: Iterator[pl.DataFrame], output: Path, settings: dict[str, Any]) -> None:
    """Stream frames into a Parquet file, the frames made on this thread, the file written
    on another.

    Polars runs the writer, and a Ctrl-C reaches Python only between the calls polars makes
    back into it; so the work stays on this thread, where an interrupt stops it at once. An
    error or interrupt here abandons the writer, which removes its temporary file.
    """
    queued: queue.Queue[pl.DataFrame | None] = queue.Queue(maxsize=_QUEUED_FRAMES)
    stop = threading.Event()
    failures: list[BaseException] = []

    def taken() -> Iterator[pl.DataFrame]:
        while (frame := queued.get()) is not None:
            yield frame
        if stop.is_set():
            raise _Abandoned("The conversion was stopped before its last batch.")

    def write() -> None:
        try:
            write_parquet(
                _lazy_source(taken, SCHEMA), output, options=settings, row_group_size=ROW_GROUP_ROWS
            )
        except BaseException as error:  # handed to the main thread, which raises it
            failures.append(error)

    writer = threading.Thread(target=write, name="normalize-writer")
    writer.start()
    try:
        for frame in frames:
            if not _put(queued, frame, writer):
                break
        _put(queued, None, writer)
        while writer.is_alive():  # in short spells, like every wait here, for Ctrl-C
            writer.join(POLL_SECONDS)
    except BaseException:
        stop.set()
        _put(queued, None, writer)
        writer.join()
        raise
    if failures:
        raise failures[0]


def _put(
    queued: queue.Queue[pl.DataFrame | None], item: pl.DataFrame | None, writer: threading.Thread
) -> bool:
    """Queue an item for the writer, waiting while it is busy; False when it is gone."""
    while writer.is_alive():
        try:
            queued.put(item, timeout=POLL_SECONDS)
            return True
        except queue.Full:
            continue
    return False


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

    metadata = {
        "normalize_version": __version__,
        "normalize_schema_version": SCHEMA_VERSION,
        "normalize_options": json.dumps(options, sort_keys=True, default=str),
    }
    with replaced_atomically(Path(path)) as temporary:
        if isinstance(table, pl.LazyFrame):
            table.sink_parquet(temporary, metadata=metadata, row_group_size=row_group_size)
        else:
            table.write_parquet(temporary, metadata=metadata, row_group_size=row_group_size)


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
    columns = {
        "text": "text",
        "id": "doc_id",
        "source": "source",
        "fetched_at": "fetched_at",
        "warnings": "read_warnings",
    }
    return table_rows(batch, columns=columns, options=options)


def _in_batches(rows: Iterator[readers.Record], batch_rows: int) -> Iterator[pl.DataFrame]:
    """Records (``readers.Record``) as frames of ``batch_rows`` rows."""
    batch = list(itertools.islice(rows, batch_rows))
    while batch:
        yield pl.DataFrame(batch, schema=INPUT_SCHEMA, orient="row")
        batch = list(itertools.islice(rows, batch_rows))
