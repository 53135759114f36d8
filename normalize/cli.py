"""The command line: ``normalize convert``, ``show``, ``index``, ``search`` and ``export``.

Parsing and reporting only."""

from __future__ import annotations

import argparse
import gc
import io
import json
import os
import re
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from datetime import date, datetime
from pathlib import Path
from types import FrameType
from typing import Any

import polars as pl

from normalize import __version__
from normalize.files import SMALL_INPUT_ROWS, convert, normalize_batch
from normalize.inputs import iter_documents
from normalize.options import TITLE_THRESHOLD, Options
from normalize.outputs import output_format
from normalize.terminal import (
    STDIN,
    Progress,
    document_total,
    expand_inputs,
    format_row,
    format_value,
    stdin_as_file,
    stdout_binary,
)
from normalize.timestamps import parse_timestamp


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code.

    0 done (also when the reader of stdout goes away, as ``head`` does); 2 bad usage (a missing
    input, an unknown format or column, an output that is an input); 130 interrupted by Ctrl-C,
    143 by SIGTERM (one line on stderr, no output file).
    """
    parser = _parser()
    args = parser.parse_args(argv)
    # The regular expressions compiled at import leave their parse trees to the cyclic
    # collector, whose finalizers would otherwise run at some point of the run, where a
    # Ctrl-C landing in one is printed as an ignored exception instead of stopping the run.
    gc.collect()
    previous = _terminate_as_interrupt()
    try:
        return int(args.run(args))
    except BrokenPipeError:
        _quiet_stdout()
        return 0
    except (OSError, ValueError, pl.exceptions.PolarsError) as error:
        message = " ".join(str(error).split()) or type(error).__name__
        print(f"normalize: error: {message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt as interrupt:
        stated = interrupt.args[0] if interrupt.args else None
        code = stated if isinstance(stated, int) else 128 + signal.SIGINT
        print("normalize: interrupted; no output was written", file=sys.stderr)
        return int(code)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _quiet_stdout() -> None:
    """Stdout's reader is gone: what is still buffered goes nowhere, not to an error at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass  # stdout is not a file (a test's capture): nothing is flushed at exit


_Handler = Callable[[int, FrameType | None], Any] | int | signal.Handlers | None


def _terminate_as_interrupt() -> _Handler:
    """SIGTERM unwinds like Ctrl-C (the temporary file goes, workers stop); the old handler
    is returned for putting back. Only the main thread may set handlers."""
    if threading.current_thread() is not threading.main_thread():
        return None

    def interrupt(number: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt(128 + number)

    return signal.signal(signal.SIGTERM, interrupt) or signal.SIG_DFL


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="normalize",
        description="Scraped multilingual news pages in, one typed table out.",
    )
    parser.add_argument("--version", action="version", version=f"normalize {__version__}")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    convert = commands.add_parser(
        "convert",
        help="normalize documents and write them as one table (Parquet, JSON Lines or CSV)",
        description="Read .txt folders (recursively), .txt, .jsonl, .csv or .parquet files, "
        "quoted globs, or stdin (-); write one row per document to OUT (- for stdout).",
    )
    convert.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders, globs or -")
    convert.add_argument("-o", "--output", required=True, metavar="OUT", help="a file, or -")
    convert.add_argument(
        "--format",
        metavar="FORMAT",
        help="parquet, jsonl or csv (default: by OUT's suffix; jsonl for -)",
    )
    convert.add_argument("--limit", type=int, metavar="N", help="stop after N documents")
    _add_reading_options(convert)
    convert.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="threads of the compiled core (default: the CPUs this process may use); on the "
        f"Python path, worker processes (none for fewer than {SMALL_INPUT_ROWS:,} documents); "
        "the output is the same for any N",
    )
    convert.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    convert.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar and no summary"
    )
    convert.add_argument(
        "-v", "--verbose", action="store_true", help="the summary with every warning kind"
    )
    convert.set_defaults(run=_convert)

    show = commands.add_parser("show", help="print one document's row as a readable table")
    show.add_argument("file", metavar="FILE", help="a file, or - for stdin")
    show.add_argument("--row", type=int, default=1, help="row number in a table file (from 1)")
    show.add_argument("--full", action="store_true", help="long values in full, not cut")
    show.add_argument("--json", action="store_true", help="the row as one JSON object")
    _add_reading_options(show)
    show.set_defaults(run=_show)

    index = commands.add_parser(
        "index",
        help="build a search index (Tantivy, embedded) of a table",
        description="Index a table written by `normalize convert` into a new folder.",
    )
    index.add_argument("table", metavar="TABLE.parquet")
    index.add_argument("--to", required=True, metavar="DIR", help="the index folder to create")
    index.add_argument("--overwrite", action="store_true", help="replace an existing DIR")
    index.set_defaults(run=_index)

    search = commands.add_parser(
        "search",
        help="query an index built by `normalize index`",
        description="Print the best documents for a query: those with every word first.",
    )
    search.add_argument("directory", metavar="DIR")
    search.add_argument("query")
    search.add_argument(
        "--since", type=_day_or_instant, metavar="DATE", help="published on or after (UTC)"
    )
    search.add_argument(
        "--until", type=_day_or_instant, metavar="DATE", help="published on or before (UTC)"
    )
    search.add_argument(
        "--lang", action="append", metavar="CODE", help="documents with this language (repeatable)"
    )
    search.add_argument("--limit", type=int, default=10, metavar="N", help="hits (default 10)")
    search.add_argument("--json", action="store_true", help="one JSON object a line")
    search.set_defaults(run=_search)

    export = commands.add_parser(
        "export",
        help="write a table as bulk files and a mapping for OpenSearch/Elasticsearch",
        description="Write DIR/mapping.json (PUT /INDEX) and DIR/bulk-*.ndjson (POST /_bulk).",
    )
    export.add_argument("table", metavar="TABLE.parquet")
    export.add_argument("--format", required=True, choices=["opensearch"])
    export.add_argument("--to", required=True, metavar="DIR", help="the folder to create")
    export.add_argument("--index-name", default="normalize", help="the index the bulk files fill")
    export.add_argument("--overwrite", action="store_true", help="replace an existing DIR")
    export.set_defaults(run=_export)
    return parser


def _add_reading_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--text-column", default="text", help="text column of table inputs")
    parser.add_argument("--id-column", help="id column of table inputs (else a content hash)")
    parser.add_argument(
        "--source-column", help="source column of table inputs, e.g. the URL (else path:row)"
    )
    parser.add_argument(
        "--fetched-at-column",
        help="fetched-at column of table inputs (ISO 8601): the reference for relative times",
    )
    parser.add_argument(
        "--default-tz", metavar="ZONE", help="IANA zone for times printed without one"
    )
    parser.add_argument(
        "--now", type=_instant, metavar="ISO", help="reference instant for relative times"
    )
    parser.add_argument(
        "--title-threshold",
        type=float,
        default=TITLE_THRESHOLD,
        metavar="LOG_ODDS",
        help="how sure the headline chooser must be to give a title (log-odds; default "
        f"{TITLE_THRESHOLD}: more likely right than not); raise it for fewer, surer titles",
    )
    parser.add_argument(
        "--input-format",
        default="txt",
        metavar="FORMAT",
        help="what stdin (-) holds: txt (one document, the default), jsonl, csv or parquet",
    )


def _instant(text: str) -> datetime:
    value = parse_timestamp(text, default_tz="UTC")
    if value is None:
        raise argparse.ArgumentTypeError(
            f"not a time: {text!r}; use ISO 8601, e.g. 2024-05-17T12:00Z"
        )
    return value


def _day_or_instant(text: str) -> date | datetime:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
        try:
            return date.fromisoformat(text.strip())
        except ValueError:
            pass
    return _instant(text)


def _convert(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    inputs = expand_inputs(args.inputs)
    to_stdout = args.output == STDIN
    form = output_format(None if to_stdout else args.output, args.format)
    if to_stdout and form == "parquet" and sys.stdout.isatty():
        raise ValueError("Parquet is not written to a terminal; redirect stdout or use -o FILE.")
    if not to_stdout and not Path(args.output).absolute().parent.exists():
        raise FileNotFoundError(f"Output folder not found: {Path(args.output).parent}")
    with ExitStack() as stack:
        names: dict[str, str] = {}
        if STDIN in inputs:
            path = stack.enter_context(stdin_as_file(sys.stdin.buffer, args.input_format))
            names[str(path)] = STDIN
            inputs = [str(path) if name == STDIN else name for name in inputs]
        total = None if args.quiet or args.no_progress else document_total(list(map(Path, inputs)))
        if total is not None and args.limit is not None:
            total = min(total, args.limit)
        progress = Progress(sys.stderr, total=total, enabled=not (args.quiet or args.no_progress))
        try:
            summary = convert(
                inputs,
                stdout_binary() if to_stdout else args.output,
                text_column=args.text_column,
                id_column=args.id_column,
                source_column=args.source_column,
                fetched_at_column=args.fetched_at_column,
                default_tz=args.default_tz,
                now=args.now,
                title_threshold=args.title_threshold,
                workers=args.workers,
                on_batch=progress.advance,
                output_format=form,
                limit=args.limit,
                source_names=names,
            )
        finally:
            progress.close()
    seconds = time.perf_counter() - started
    if not args.quiet:
        target = "stdout" if to_stdout else args.output
        print(f"normalize: {summary.tally.line()} -> {target} in {seconds:.2f} s", file=sys.stderr)
        if args.verbose:
            print("\n".join(summary.tally.details()), file=sys.stderr)
    return 0


def _show(args: argparse.Namespace) -> int:
    if args.row < 1:
        raise ValueError(f"--row counts from 1; {args.row} is not a row number.")
    options = Options(
        default_tz=args.default_tz, now=args.now, title_threshold=args.title_threshold
    )
    with ExitStack() as stack:
        file, names = args.file, {}
        if file == STDIN:
            path = stack.enter_context(stdin_as_file(sys.stdin.buffer, args.input_format))
            file, names = str(path), {str(path): STDIN}
        document = _nth_document(file, args)
        if document is None:
            raise ValueError(f"{args.file} has fewer than {args.row} row(s).")
        if names and not args.source_column:
            document = document.with_columns(pl.lit(STDIN).alias("source"))
    table = normalize_batch(document, options)
    if args.json:
        sys.stdout.write(table.write_ndjson())
    else:
        print(format_row(table.row(0, named=True), full=args.full))
    sys.stdout.flush()  # a closed pipe is met here, inside main, and ends quietly
    return 0


def _nth_document(file: str, args: argparse.Namespace) -> pl.DataFrame | None:
    """The ``--row``-th document of a file (from 1), reading no further than its batch."""
    seen, number = 0, args.row
    columns = ("text_column", "id_column", "source_column", "fetched_at_column")
    for batch in iter_documents([file], **{name: getattr(args, name) for name in columns}):
        if seen + batch.height >= number:
            return batch.slice(number - 1 - seen, 1)
        seen += batch.height
    return None


def _index(args: argparse.Namespace) -> int:
    from normalize.search import build_index

    started = time.perf_counter()
    count = build_index(args.table, args.to, overwrite=args.overwrite)
    seconds = time.perf_counter() - started
    print(f"normalize: indexed {count} documents -> {args.to} in {seconds:.2f} s", file=sys.stderr)
    return 0


def _search(args: argparse.Namespace) -> int:
    from normalize.search import search

    hits = search(
        args.directory,
        args.query,
        since=args.since,
        until=args.until,
        lang=args.lang,
        limit=args.limit,
    )
    for hit in hits:
        published = format_value(hit.published_at)
        if args.json:
            record = {
                "doc_id": hit.doc_id,
                "title": hit.title,
                "published_at": None if hit.published_at is None else published,
                "score": hit.score,
            }
            print(json.dumps(record, ensure_ascii=False))
        else:
            title = format_value(hit.title or None)
            print(f"{hit.doc_id}  {published:<20}  {hit.score:>8.3f}  {title}")
    if not hits and not args.json:
        print("normalize: no documents found", file=sys.stderr)
    return 0


def _export(args: argparse.Namespace) -> int:
    from normalize.search import export_opensearch

    written = export_opensearch(
        args.table, args.to, index_name=args.index_name, overwrite=args.overwrite
    )
    print(
        f"normalize: {written.documents} documents -> {args.to} "
        f"(mapping.json, {len(written.bulk_files)} bulk file(s))",
        file=sys.stderr,
    )
    return 0
