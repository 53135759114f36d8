"""The compiled core's timestamps against the Python room on public data, side by side.

    python benchmarks/core_timestamps.py BENCH [--repeat N]

BENCH is the benchmark folder (or its ``timestamps/`` folder) holding ``dateparser_cases.tsv``:
dateparser's own en/ru/ko test strings. Each string is read by ``parse_timestamp`` and, as a
small page around it, by ``find_datelines`` + ``choose_times``, in Python and in the core, under
several settings. Printed: how many results agree (the instant, or the error raised; for pages
every dateline, the times, spans, warnings and precision), how many instants are those the data
expects (relative rows use now = 2024-05-17T12:00:00Z, clock times read in UTC), and strings
per second of each side.

When BENCH also holds ``langid/`` (sentences and mixed lines in the three scripts), pages of
twenty of its lines are read by both sides too: most lines state no time, which is what a page
mostly holds.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
import zoneinfo
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from normalize.core import compiled
from normalize.options import Options
from normalize.timestamps import choose_times, find_datelines, parse_timestamp

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
NOW = datetime(2024, 5, 17, 12, tzinfo=UTC)
# (label, default_tz, now)
SETTINGS = [
    ("no options", None, None),
    ("now", None, NOW),
    ("UTC, now (the data's own)", "UTC", NOW),
    ("Asia/Seoul, now", "Asia/Seoul", NOW),
    ("+09:00", "+09:00", None),
    ("Europe/Moscow, now", "Europe/Moscow", NOW),
]


def micros(value: datetime | None) -> int | None:
    return None if value is None else (value - EPOCH) // timedelta(microseconds=1)


def read_cases(bench: Path) -> list[dict[str, str]]:
    folder = bench if (bench / "dateparser_cases.tsv").exists() else bench / "timestamps"
    with (folder / "dateparser_cases.tsv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def read_page_lines(bench: Path) -> list[str]:
    """The texts of the language benchmark's sentences and mixed lines, if BENCH holds them."""
    folder = bench.parent if (bench / "dateparser_cases.tsv").exists() else bench
    lines: list[str] = []
    for name in ("sentences.tsv", "mixed.tsv"):
        path = folder / "langid" / name
        if path.exists():
            with path.open(encoding="utf-8", newline="") as handle:
                reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
                lines.extend(row["text"] for row in reader)
    return lines


def expected_instant(row: dict[str, str]) -> int | None:
    value = datetime.fromisoformat(row["expected"])
    return micros(value if value.tzinfo else value.replace(tzinfo=UTC))


def outcome(call: Callable[..., Any], *args: Any) -> Any:
    try:
        return call(*args)
    except (OverflowError, ValueError) as error:
        return f"raises {type(error).__name__}"


def page(text: str) -> str:
    return f"Headline of the page\n\n{text}\n\nThe first paragraph of the story."


def python_parse(text: str, tz: str | None, now: datetime | None) -> int | None:
    return micros(parse_timestamp(text, default_tz=tz, now=now))


def python_times(text: str, tz: str | None, now: datetime | None, lang: str) -> Any:
    datelines = find_datelines(text, Options(default_tz=tz, now=now), lang=lang)
    dated = [
        (
            d.line,
            d.role,
            d.rank,
            micros(d.reading.value),
            d.reading.precision,
            d.reading.shape,
            d.reading.problem,
            d.reading.assumed,
            [tuple(s) for s in d.reading.spans],
            d.start,
            d.end,
        )
        for d in datelines
    ]
    times = choose_times(datelines, near=0)
    chosen = (
        micros(times.published_at),
        micros(times.modified_at),
        [tuple(s) for s in times.spans],
        times.warnings,
        times.precision,
    )
    return dated, chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bench", type=Path)
    parser.add_argument("--repeat", type=int, default=20, help="timing passes over the strings")
    args = parser.parse_args(argv)
    # The core reads tzdata's zone files; Python's zoneinfo prefers the system's, which may be
    # of another release: both read tzdata's here.
    zoneinfo.reset_tzpath(to=[])
    core = compiled()
    if core is None:
        print("the compiled core is not built", file=sys.stderr)
        return 1
    cases = read_cases(args.bench)
    texts = [row["text"] for row in cases]
    langs = [row["lang"] for row in cases]

    def rust_parse(text: str, tz: str | None, now: datetime | None) -> int | None:
        value: int | None = core.timestamps__parse_timestamp(text, tz, micros(now))
        return value

    def rust_times(text: str, tz: str | None, now: datetime | None, lang: str) -> Any:
        dated = core.timestamps__find_datelines(text, tz, micros(now), lang)
        return dated, core.timestamps__find_times(text, tz, micros(now), lang, 0)

    print(f"{len(cases)} strings of {args.bench}\n")
    header = f"{'settings':28} {'parse agree':>12} {'pages agree':>12} {'expected':>9}"
    print(header + f" {'py str/s':>9} {'core str/s':>10} {'x':>5}")
    total = agreed = 0
    for label, tz, now in SETTINGS:
        python_values = [outcome(python_parse, t, tz, now) for t in texts]
        rust_values = [outcome(rust_parse, t, tz, now) for t in texts]
        same = sum(p == r for p, r in zip(python_values, rust_values, strict=True))
        pages_same = sum(
            outcome(python_times, page(t), tz, now, lang)
            == outcome(rust_times, page(t), tz, now, lang)
            for t, lang in zip(texts, langs, strict=True)
        )
        right = sum(
            value == expected_instant(row) for value, row in zip(rust_values, cases, strict=True)
        )
        total += 2 * len(texts)
        agreed += same + pages_same
        started = time.perf_counter()
        for _ in range(args.repeat):
            for text in texts:
                outcome(python_parse, text, tz, now)
        python_rate = args.repeat * len(texts) / (time.perf_counter() - started)
        started = time.perf_counter()
        for _ in range(args.repeat):
            for text in texts:
                outcome(rust_parse, text, tz, now)
        rust_rate = args.repeat * len(texts) / (time.perf_counter() - started)
        print(
            f"{label:28} {same:>5}/{len(texts):<6} {pages_same:>5}/{len(texts):<6} {right:>9}"
            f" {python_rate:>9.0f} {rust_rate:>10.0f} {rust_rate / python_rate:>5.1f}"
        )
    pages = [page(text) for text in texts]
    started = time.perf_counter()
    for _ in range(args.repeat):
        for text, lang in zip(pages, langs, strict=True):
            choose_times(find_datelines(text, Options(now=NOW), lang=lang), near=0)
    python_rate = args.repeat * len(pages) / (time.perf_counter() - started)
    started = time.perf_counter()
    for _ in range(args.repeat):
        for text, lang in zip(pages, langs, strict=True):
            core.timestamps__find_times(text, None, micros(NOW), lang, 0)
    rust_rate = args.repeat * len(pages) / (time.perf_counter() - started)
    print(
        f"\nfind_times on the pages (now set): {python_rate:.0f} pages/s in Python, "
        f"{rust_rate:.0f} in the core ({rust_rate / python_rate:.1f}x)"
    )
    page_lines = read_page_lines(args.bench)
    if page_lines:
        chunks = ["\n".join(page_lines[i : i + 20]) for i in range(0, len(page_lines), 20)]
        page_langs = ["en", "ru", "ko", "en"]
        # timed first: Python keeps the lines found silent, and the agreement pass reads them
        started = time.perf_counter()
        for text in chunks:
            choose_times(find_datelines(text, Options(now=NOW), lang="en"), near=0)
        python_rate = len(chunks) / (time.perf_counter() - started)
        started = time.perf_counter()
        for text in chunks:
            core.timestamps__find_times(text, None, micros(NOW), "en", 0)
        rust_rate = len(chunks) / (time.perf_counter() - started)
        same = 0
        for index, text in enumerate(chunks):
            _, tz, now = SETTINGS[index % len(SETTINGS)]
            lang = page_langs[index % len(page_langs)]
            same += outcome(python_times, text, tz, now, lang) == outcome(
                rust_times, text, tz, now, lang
            )
        total += len(chunks)
        agreed += same
        print(
            f"langid lines as pages of 20: {same}/{len(chunks)} agree; {python_rate:.0f} pages/s"
            f" in Python, {rust_rate:.0f} in the core ({rust_rate / python_rate:.1f}x)"
        )
    print(f"agreement: {agreed}/{total} ({100 * agreed / total:.1f} %)")
    return 0 if agreed == total else 1


if __name__ == "__main__":
    sys.exit(main())
