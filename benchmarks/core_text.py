"""The compiled core's text, scripts, chrome, boilerplate, titles and decoding rooms against
the Python ones, side by side: agreement and speed of each function.

Usage: python benchmarks/core_text.py BENCH_DIR [--page-lines N]

BENCH_DIR holds ``langid/*.tsv`` (a ``text`` column), ``timestamps/*.tsv`` (``text``) and
``hashtags/*.tsv`` (first column). Every distinct string of them is a line, and the lines of
each file, ``N`` at a time in file order (20 unless told), make its pages; the project's
fixture pages are added whole (their lines too). Pages go through ``clean_text``, then their
cleaned lines through ``machinery_lines``; every line goes through each line function.
``repair_text`` is compared where Python would not try ftfy (the core says ``NeedsPython``
there: those lines are counted apart, and agree when Python's hint matches them too).

Both sides are warmed up (tables loaded) and the Python rooms' memo caches are emptied before
each function is timed; speed is the CPU time of this process (``time.process_time``), a call
per input from Python for both.

    python benchmarks/core_text.py BENCH
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# The project's own package, whether or not it is installed.
sys.path.append(str(ROOT))

from normalize import (  # noqa: E402
    boilerplate,
    chrome,
    decoding,
    field_labels,
    mojibake,
    page_machinery,
    scripts,
    text,
    title_shapes,
    titles,
)
from normalize.core import compiled  # noqa: E402

FIXTURES = ROOT / "fixtures"
TEXT_COLUMNS = ("text", "line")
MEMOS: list[Any] = [
    boilerplate._short_line_kind,
    titles.strip_decorations,
    titles.title_key,
]


def read_column(path: Path) -> list[str]:
    """The text column of a TSV (its first column when it has none), read without quoting."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        column = next((header.index(name) for name in TEXT_COLUMNS if name in header), 0)
        return [row[column] for row in reader if len(row) > column]


def bench_files(bench: Path) -> Iterator[tuple[str, list[str]]]:
    for folder in ("langid", "timestamps", "hashtags"):
        for path in sorted((bench / folder).glob("*.tsv")):
            yield f"{folder}/{path.name}", read_column(path)


def pages_of(bench: Path, size: int) -> list[str]:
    """The bench files' lines, ``size`` at a time, and every fixture page."""
    pages = []
    for _, cells in bench_files(bench):
        pages += ["\n".join(cells[at : at + size]) for at in range(0, len(cells), size)]
    pages += [path.read_text("utf-8", errors="replace") for path in sorted(FIXTURES.rglob("*.txt"))]
    return pages


def plain(value: Any) -> Any:
    """A Python result as the core's twin returns it (tuples for named tuples and dataclasses,
    items for counters)."""
    if isinstance(value, dict):
        return list(value.items())
    if isinstance(value, list):
        return [plain(item) for item in value]
    if isinstance(value, tuple):
        return tuple(value)
    return value


def timed(function: Callable[..., Any], inputs: list[Any]) -> tuple[list[Any], float]:
    for memo in MEMOS:
        memo.cache_clear()
    start = time.process_time()
    results = [function(value) for value in inputs]
    return results, time.process_time() - start


def rate(count: int, seconds: float) -> str:
    return f"{count / seconds:>11,.0f}" if seconds > 0 else f"{'-':>11}"


def repair_or_none(core: Any) -> Callable[[str], Any]:
    def repair(value: str) -> Any:
        try:
            return tuple(core.decoding__repair_text(value))
        except core.NeedsPython:
            return None

    return repair


def python_repair(value: str) -> Any:
    decoded = decoding.decode_entities(value)[0] if "&" in value else value
    if mojibake.MOJIBAKE_HINT.search(decoded):
        return None
    return tuple(decoding.repair_text(value))


class Table:
    def __init__(self) -> None:
        print(
            f"{'function':<24} {'inputs':>8} {'agree':>8} {'python/s':>11} {'core/s':>11} {'x':>6}"
        )
        self.agreed = True

    def row(
        self, name: str, python: Callable[..., Any], rust: Callable[..., Any], inputs: list[Any]
    ) -> None:
        expected, python_seconds = timed(python, inputs)
        got, core_seconds = timed(rust, inputs)
        same = 0
        shown = 0
        for value, a, b in zip(inputs, expected, got, strict=True):
            if plain(a) == plain(b):
                same += 1
            elif shown < 5:
                shown += 1
                print(f"  differs: {value!r:.120}: python {a!r:.120} core {b!r:.120}")
        self.agreed &= same == len(inputs)
        speedup = python_seconds / core_seconds if core_seconds else 0.0
        print(
            f"{name:<24} {len(inputs):>8,} {same / max(len(inputs), 1):>8.2%}"
            f" {rate(len(inputs), python_seconds)} {rate(len(inputs), core_seconds)}"
            f" {speedup:>6.1f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bench", type=Path, help="the bench folder (holds langid/, ...)")
    parser.add_argument("--page-lines", type=int, default=20, help="lines per bench page")
    args = parser.parse_args()
    core = compiled()
    if core is None:
        sys.exit("The compiled core is not built: run pip install -e . first.")

    pages = pages_of(args.bench, args.page_lines)
    cleaned = [text.clean_text(page) for page in pages]
    page_lines = [page.split("\n") for page in cleaned]
    lines = sorted(
        {cell for _, cells in bench_files(args.bench) for cell in cells}
        | {line for each in page_lines for line in each}
    )
    warm = "Leaders meet in Beijing | Reuters\nПодписаться\n구독 &amp; 좋아요"
    for each in (warm, *warm.split("\n")):
        python_rows = [text.clean_text, chrome.line_key, boilerplate.line_kind, titles.cut_headline]
        core_rows = [
            core.text__clean_text,
            core.chrome__line_key,
            core.boilerplate__line_kind,
            core.titles__cut_headline,
        ]
        for function in (*python_rows, *core_rows):
            function(each)
        scripts.script_runs(each), core.scripts__script_runs(each)
        decoding.decode_entities(each), core.decoding__decode_entities(each)

    print(f"{len(pages):,} pages ({args.page_lines} bench lines each, and the fixture pages)")
    print(f"{len(lines):,} distinct lines (the bench's strings and the pages' cleaned lines)\n")
    table = Table()
    table.row("clean_text (pages)", text.clean_text, core.text__clean_text, pages)
    table.row(
        "machinery_lines (pages)",
        page_machinery.machinery_lines,
        core.boilerplate__machinery_lines,
        page_lines,
    )
    functions: list[tuple[str, Callable[..., Any], Callable[..., Any]]] = [
        ("squeeze_spaces", text.squeeze_spaces, core.text__squeeze_spaces),
        ("script_runs", scripts.script_runs, core.scripts__script_runs),
        ("letter_counts", scripts.letter_counts, core.scripts__letter_counts),
        ("dominant_script", scripts.dominant_script, core.scripts__dominant_script),
        ("line_key", chrome.line_key, core.chrome__line_key),
        ("is_outlet_name", chrome.is_outlet_name, core.chrome__is_outlet_name),
        ("split_label", field_labels.split_label, core.chrome__split_label),
        ("line_kind", boilerplate.line_kind, core.boilerplate__line_kind),
        ("is_teaser", boilerplate.is_teaser, core.boilerplate__is_teaser),
        ("normalize_title", titles.normalize_title, core.titles__normalize_title),
        ("strip_decorations", titles.strip_decorations, core.titles__strip_decorations),
        ("title_key", titles.title_key, core.titles__title_key),
        (
            "is_headline_shaped",
            title_shapes.is_headline_shaped,
            core.title_shapes__is_headline_shaped,
        ),
        ("is_body_shaped", title_shapes.is_body_shaped, core.title_shapes__is_body_shaped),
        ("ends_sentence", title_shapes.ends_sentence, core.title_shapes__ends_sentence),
        ("cut_headline", titles.cut_headline, core.titles__cut_headline),
        ("decode_entities", decoding.decode_entities, core.decoding__decode_entities),
        ("repair_text", python_repair, repair_or_none(core)),
    ]
    for name, python, rust in functions:
        table.row(name, python, rust, lines)
    needs = sum(python_repair(line) is None for line in lines)
    print(f"\nrepair_text: {needs:,} lines go to the Python path (NeedsPython) on both sides")
    sys.exit(0 if table.agreed else 1)


if __name__ == "__main__":
    main()
