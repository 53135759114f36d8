"""Documents from files and folders: the inputs checked at once, then read in batches.

A folder is walked for every supported format; each file's records (``readers.records``)
become frames of ``INPUT_SCHEMA``, ``BATCH_ROWS`` rows at a time, read only as they are taken.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import polars as pl
from polars.io.plugins import register_io_source

from normalize import readers
from normalize.outputs import overwrites_a_document
from normalize.table import check_columns
from normalize.workers import read_ahead

# Documents per unit of work: the compiled core's threads share a batch, and on fewer than
# about a thousand the slowest documents of each batch leave a thread waiting (2 threads: 1,790
# documents/s on batches of 200, 2,300 on 1,000); a worker process of the Python path takes
# one batch at a time.
BATCH_ROWS = 1_000
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
    check_fields(inputs, fields)
    return read_batches(inputs, fields, batch_rows)


def check_fields(
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


def read_batches(
    inputs: list[Path],
    fields: readers.Fields,
    batch_rows: int,
    skip: frozenset[Path] = frozenset(),
    *,
    ramp: bool = False,
) -> Iterator[pl.DataFrame]:
    """The batches of ``iter_documents``, for inputs already checked; with ``ramp``, the
    first ones smaller (``ramped_sizes``), so that work on them begins soon."""

    def files() -> Iterator[Path]:
        for path in inputs:
            yield from readers.walk(path, skip=skip) if path.is_dir() else [path]

    rows = (row for file in files() for row in readers.records(file, fields, utf8_bytes=True))
    sizes = ramped_sizes(batch_rows) if ramp else itertools.repeat(batch_rows)
    yield from _in_batches(rows, sizes)


def ramped_sizes(batch_rows: int) -> Iterator[int]:
    """Batch sizes that double up to ``batch_rows``, from a sixteenth of it: the first batch is
    read in a moment, and the work on it overlaps the reading of the next.

    >>> list(itertools.islice(ramped_sizes(1000), 7))
    [62, 125, 250, 500, 1000, 1000, 1000]
    """
    for share in (16, 8, 4, 2):
        yield max(1, batch_rows // share)
    yield from itertools.repeat(batch_rows)


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
    """The documents as a LazyFrame that reads its files in batches when it is collected,
    each batch read while the one before is at work (``workers.read_ahead``)."""
    inputs = [Path(path) for path in paths]
    fields = readers.Fields(text_column, id_column, source_column, fetched_at_column)
    check_fields(inputs, fields)
    return lazy_frame(
        lambda: read_ahead(read_batches(inputs, fields, BATCH_ROWS, ramp=True)), INPUT_SCHEMA
    )


def lazy_frame(batches: Callable[[], Iterator[pl.DataFrame]], schema: pl.Schema) -> pl.LazyFrame:
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


def _in_batches(rows: Iterator[readers.Record], sizes: Iterator[int]) -> Iterator[pl.DataFrame]:
    """Records (``readers.Record``) as frames of the given numbers of rows, in turn."""
    while batch := list(itertools.islice(rows, next(sizes))):
        yield _frame(batch)


def _frame(records: list[readers.Record]) -> pl.DataFrame:
    """Records as a frame of ``INPUT_SCHEMA``. Texts that came as bytes to be read as UTF-8
    are checked by polars, the batch's column in one pass, when no text of the batch came
    otherwise; when one is not UTF-8, or the batch mixes kinds, each is decoded in turn
    (``readers.decoded``), with its warnings.

    >>> _frame([(b"Markets rally", None, "a.txt", None, [])]).row(0)
    ('Markets rally', None, 'a.txt', None, [])
    >>> _frame([(b"caf\\xe9", None, "b.txt", None, [])]).row(0)[4]
    ['invalid_utf8: 1 byte(s) were not UTF-8 and became U+FFFD']
    """
    texts = [record[0] for record in records]
    if all(text is None or isinstance(text, bytes) for text in texts):
        try:
            column = pl.Series("text", texts, dtype=pl.Binary()).cast(pl.String())
        except pl.exceptions.ComputeError:  # bytes that are not UTF-8
            pass
        else:
            rest = [(None, *record[1:]) for record in records]
            return pl.DataFrame(rest, schema=INPUT_SCHEMA, orient="row").with_columns(column)
    decoded = [readers.decoded(record) for record in records]
    return pl.DataFrame(decoded, schema=INPUT_SCHEMA, orient="row")
