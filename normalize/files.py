"""Files out: documents from files (``normalize.inputs``) normalized and streamed to a table.

Memory does not grow with the input: documents are read ``batch_rows`` at a time, normalized
(by the compiled core on several threads; on the Python path, in worker processes when there
are several), and written as Parquet row groups (or JSON Lines, CSV) in input order.
"""

from __future__ import annotations

import json
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

from normalize import readers
from normalize.atomic import replaced_atomically
from normalize.batches import limited, peek, renamed
from normalize.core import compiled
from normalize.findings import Tally
from normalize.inputs import (
    BATCH_ROWS,
    PathLike,
    check_fields,
    lazy_frame,
    read_batches,
)
from normalize.options import TITLE_THRESHOLD, Options
from normalize.outputs import Format, write_frames
from normalize.outputs import output_format as _choose_format
from normalize.rows import table_rows
from normalize.schema import SCHEMA, SCHEMA_VERSION
from normalize.workers import (
    POLL_SECONDS,
    available_cpus,
    interrupts_deferred,
    map_alongside,
    map_in_order,
)

# Inputs with fewer documents than this are normalized in this process: starting workers
# (each imports the package and loads its models) costs more than they save on so few.
SMALL_INPUT_ROWS = 1_000
# Rows per Parquet row group: large enough for good compression and fast scans (about 15 MB
# of text), small enough that the writer holds little (a million documents peak at 483 MB,
# against 526 on row groups of 10,000).
ROW_GROUP_ROWS = 5_000


class Summary(NamedTuple):
    """What a conversion wrote: rows, and their warnings by class (see ``normalize.findings``)."""

    rows: int
    rows_with_warnings: int
    tally: Tally


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
    title_threshold: float = TITLE_THRESHOLD,
    workers: int | None = None,
    batch_rows: int = BATCH_ROWS,
    on_batch: Callable[[int], None] | None = None,
    output_format: Format | None = None,
    limit: int | None = None,
    source_names: Mapping[str, str] | None = None,
) -> Summary:
    """Normalize documents from files into one table, streaming, on ``workers`` threads of the
    compiled core (processes on the Python path, when the core is not built).

    ``output`` is a path (written atomically) or a binary stream (written as the batches are
    done); ``output_format`` is ``parquet``, ``jsonl`` or ``csv``, else the path's suffix
    decides (``normalize.outputs.output_format``). ``workers`` defaults to the CPUs this
    process may use (``workers.available_cpus``); on the Python path, to none at all for an
    input of fewer than ``SMALL_INPUT_ROWS`` documents. The output is byte for byte the same
    for any number.
    ``default_tz``, ``now`` and ``title_threshold`` are those of ``normalize_documents``.
    ``limit`` stops after that many documents. ``source_names`` writes a name in ``source``
    in place of an input's path (the command line names stdin ``-``). ``on_batch`` is called
    with the row count of each batch written (for progress).
    """
    inputs = [Path(path) for path in paths]
    options = Options(default_tz=default_tz, now=now, title_threshold=title_threshold)
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be 1 or more, not {workers}.")
    if limit is not None and limit < 0:
        raise ValueError(f"limit must be 0 or more, not {limit}.")
    path = None if _is_stream(output) else Path(cast("PathLike", output))
    form = _choose_format(path, output_format)
    fields = readers.Fields(text_column, id_column, source_column, fetched_at_column)
    check_fields(inputs, fields, output=path)
    tally = Tally()
    skip = frozenset() if path is None else frozenset({path.absolute()})

    def normalized() -> Iterator[pl.DataFrame]:
        batches = read_batches(inputs, fields, batch_rows, skip, ramp=True)
        if limit is not None:
            batches = limited(batches, limit)
        if source_names:
            batches = (renamed(batch, source_names) for batch in batches)
        tables: Iterator[pl.DataFrame]
        if compiled() is not None:
            # Batches on as many threads beside the reading, their documents done by the
            # core's pool of as many threads, in small chunks, first come first served: one
            # batch ends while the pool goes on with the next, and the last batch of the
            # input is shared by all the threads, not left to one.
            threads = workers or available_cpus()
            work = partial(normalize_batch, options=options, threads=threads)
            tables = map_alongside(work, batches, threads=threads)
        else:
            tables = map_in_order(
                partial(normalize_batch, options=options), *_shared(batches, workers)
            )
        for table in tables:
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
        "title_threshold": title_threshold,
    }
    if path is None:
        _write_stream(normalized(), cast(BinaryIO, output), form, settings)
    elif form == "parquet":
        _sink(normalized(), path, settings)
    else:
        with replaced_atomically(path) as temporary, temporary.open("wb") as handle:
            write_frames(normalized(), handle, form, SCHEMA)
    return Summary(tally.rows, tally.rows_with_warnings, tally)


def _shared(
    batches: Iterator[pl.DataFrame], workers: int | None
) -> tuple[Iterator[pl.DataFrame], int]:
    """The batches and how many worker processes share them: ``workers``, else one per CPU,
    but none for an input of fewer than ``SMALL_INPUT_ROWS`` documents."""
    if workers is not None:
        return batches, workers
    count = available_cpus()
    if count > 1:
        first, batches = peek(batches, SMALL_INPUT_ROWS)
        count = 1 if first < SMALL_INPUT_ROWS else count
    return batches, count


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
    error or interrupt here abandons the writer, which removes its temporary file: the writer
    waits for frames in short spells and stops once told to, so that no second Ctrl-C during
    the clean-up leaves it waiting for ever.
    """
    queued: queue.Queue[pl.DataFrame | None] = queue.Queue(maxsize=_QUEUED_FRAMES)
    stop = threading.Event()
    failures: list[BaseException] = []

    def taken() -> Iterator[pl.DataFrame]:
        while not stop.is_set():
            try:
                frame = queued.get(timeout=POLL_SECONDS)
            except queue.Empty:
                continue
            if frame is None:
                return
            yield frame
        raise _Abandoned("The conversion was stopped before its last batch.")

    def write() -> None:
        try:
            write_parquet(
                lazy_frame(taken, SCHEMA), output, options=settings, row_group_size=ROW_GROUP_ROWS
            )
        except BaseException as error:  # handed to the main thread, which raises it
            failures.append(error)

    writer = threading.Thread(target=write, name="normalize-writer")
    try:
        with interrupts_deferred():  # started and known to be, or not started at all
            writer.start()
        for frame in frames:
            if not _put(queued, frame, writer):
                break
        _put(queued, None, writer)
        while writer.is_alive():  # in short spells, like every wait here, for Ctrl-C
            writer.join(POLL_SECONDS)
    except BaseException:
        stop.set()
        if writer.is_alive():
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


def normalize_batch(
    batch: pl.DataFrame, options: Options, threads: int | None = None
) -> pl.DataFrame:
    """Normalize a frame of ``INPUT_SCHEMA`` (what the readers yield) into the table, on
    ``threads`` threads of the compiled core (None: one per CPU)."""
    # A fetched-at column of nulls only (every .txt file's) is read as no column at all: the
    # same rows, without reading each of its values in turn.
    fetched = batch.get_column("fetched_at")
    columns = {
        "text": "text",
        "id": "doc_id",
        "source": "source",
        "fetched_at": None if fetched.null_count() == fetched.len() else "fetched_at",
        "warnings": "read_warnings",
    }
    return table_rows(batch, columns=columns, options=options, threads=threads)
