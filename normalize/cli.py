"""The command line: ``normalize convert``, ``show``, ``index``, ``search`` and ``export``.

Parsing and reporting only."""

from __future__ import annotations

import argparse
import json
import re
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from types import FrameType
from typing import Any, TextIO

import polars as pl

from normalize.files import BATCH_ROWS, convert, normalize_batch, read_documents
from normalize.options import Options
from normalize.timestamps import parse_timestamp


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code.

    0 done; 2 bad usage (a missing input, an unknown format or column, an output that is an
    input); 130 interrupted by Ctrl-C, 143 by SIGTERM (one line on stderr, no output file).
    """
    parser = _parser()
    args = parser.parse_args(argv)
    previous = _terminate_as_interrupt()
    try:
        return int(args.run(args))
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
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    convert = commands.add_parser(
        "convert",
        help="normalize documents and write them to one Parquet file",
        description="Read .txt folders (recursively), .txt, .jsonl, .csv or .parquet files; "
        "write one row per document to a Parquet file.",
    )
    convert.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders")
    convert.add_argument("-o", "--output", required=True, metavar="OUT.parquet")
    _add_reading_options(convert)
    convert.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="worker processes (default: every core); the output is the same for any N",
    )
    convert.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    convert.set_defaults(run=_convert)

    show = commands.add_parser("show", help="print one document's row as a readable table")
    show.add_argument("file", metavar="FILE")
    show.add_argument("--row", type=int, default=1, help="row number in a table file (from 1)")
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
        "--default-tz", metavar="ZONE", help="IANA zone for times printed without one"
    )
    parser.add_argument(
        "--now", type=_instant, metavar="ISO", help="reference instant for relative times"
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
    output = Path(args.output)
    if not output.parent.exists():
        raise FileNotFoundError(f"Output folder not found: {output.parent}")
    progress = _Progress(sys.stderr, enabled=not args.no_progress)
    try:
        summary = convert(
            args.inputs,
            output,
            text_column=args.text_column,
            id_column=args.id_column,
            default_tz=args.default_tz,
            now=args.now,
            workers=args.workers,
            on_batch=progress.advance,
        )
    finally:
        progress.close()
    seconds = time.perf_counter() - started
    print(
        f"normalize: {summary.rows} rows ({summary.rows_with_warnings} with warnings) "
        f"-> {output} in {seconds:.2f} s",
        file=sys.stderr,
    )
    return 0


def _show(args: argparse.Namespace) -> int:
    documents = read_documents([args.file], text_column=args.text_column, id_column=args.id_column)
    if not 1 <= args.row <= documents.height:
        raise ValueError(
            f"{args.file} has {documents.height} row(s); --row {args.row} is not one of them."
        )
    options = Options(default_tz=args.default_tz, now=args.now)
    row = normalize_batch(documents.slice(args.row - 1, 1), options).row(0, named=True)
    print(format_row(row))
    return 0


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
        published = _format_value(hit.published_at)
        if args.json:
            record = {
                "doc_id": hit.doc_id,
                "title": hit.title,
                "published_at": None if hit.published_at is None else published,
                "score": hit.score,
            }
            print(json.dumps(record, ensure_ascii=False))
        else:
            title = _format_value(hit.title or None)
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


def format_row(row: dict[str, Any]) -> str:
    """One row as a two-column text table, lists one item per line."""
    width = max(map(len, row))
    lines = []
    for name, value in row.items():
        items = value if isinstance(value, list) and value else [value]
        for number, item in enumerate(items):
            label = name if number == 0 else ""
            lines.append(f"{label:<{width}}  {_format_value(item)}")
    return "\n".join(lines)


def _format_value(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, dict):
        return "  ".join(f"{key}={_format_value(item)}" for key, item in value.items())
    if isinstance(value, list):
        return "[" + ", ".join(map(str, value)) + "]"
    text = str(value)
    return text if len(text) <= 200 else text[:200].replace("\n", " ⏎ ") + " …"


class _Progress:
    """A one-line progress bar on stderr, drawn only on a terminal and only for long runs.

    Inputs are streamed, so the total is not known: the bar counts documents and their rate.
    """

    def __init__(self, stream: TextIO, *, enabled: bool) -> None:
        self.done = 0
        self.stream = stream
        self.enabled = enabled and stream.isatty()
        self.started = time.perf_counter()
        self.drawn = False

    def advance(self, count: int) -> None:
        self.done += count
        elapsed = time.perf_counter() - self.started
        if not self.enabled or elapsed < 1.0:
            return
        rate = self.done / elapsed
        spinner = "▏▎▍▌▋▊▉█"[self.done // BATCH_ROWS % 8]
        self.stream.write(f"\r{spinner} {self.done:,} documents  {rate:,.0f}/s  {elapsed:,.0f} s")
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\n")
