"""Timestamps benchmark: normalize.timestamps against dateparser, side by side, in one run.

    python benchmarks/timestamps.py BENCH_DIR FIXTURES_TSV [--iso-rows N] [--corpus FOLDER]

BENCH_DIR holds dateparser_cases.tsv (dateparser's own en/ru/ko test cases, measured with
default_tz="UTC" and now = 2024-05-17T12:00:00Z); FIXTURES_TSV is fixtures/timestamps.tsv (realistic
news strings with their now and default_tz). Printed: accuracy by kind, strings per second and
peak Python memory of each parser on the same strings, the ISO column path against polars' own
str.to_datetime, and the time to import normalize and parse a first string. With --corpus (a
folder written by benchmarks/corpus.py), also the CPU time of find_times on its whole documents.
"""

from __future__ import annotations

import argparse
import csv
import gc
import subprocess
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import polars as pl

from normalize.timestamps import find_times, parse_timestamp, timestamps_expr

BENCH_NOW = datetime(2024, 5, 17, 12, tzinfo=UTC)


class Case:
    """One string with the settings it needs and its correct instant (None: no value)."""

    def __init__(
        self, text: str, kind: str, expected: datetime | None, tz: str | None, now: datetime | None
    ) -> None:
        self.text, self.kind, self.expected, self.tz, self.now = text, kind, expected, tz, now


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def load_dateparser_cases(folder: Path) -> list[Case]:
    cases = []
    for row in _read_tsv(folder / "dateparser_cases.tsv"):
        expected = datetime.fromisoformat(row["expected"])
        if expected.tzinfo is None:  # "absolute" rows are wall clock, read in UTC
            expected = expected.replace(tzinfo=UTC)
        cases.append(Case(row["text"], row["kind"], expected, "UTC", BENCH_NOW))
    return cases


def load_fixtures(path: Path) -> list[Case]:
    cases = []
    for row in _read_tsv(path):
        expected = datetime.fromisoformat(row["expected"]) if row["expected"] else None
        now = datetime.fromisoformat(row["now"]) if row["now"] else None
        cases.append(Case(row["text"], row["form"], expected, row["default_tz"] or None, now))
    return cases


def ours(case: Case) -> datetime | None:
    return parse_timestamp(case.text, default_tz=case.tz, now=case.now)


def reader_zone(case: Case) -> str:
    """The zone a reader assumes, handed to dateparser as a hint it cannot infer itself."""
    if case.tz:
        return case.tz
    if any("\uac00" <= char <= "\ud7a3" for char in case.text):
        return "Asia/Seoul"
    if any("\u0400" <= char <= "\u04ff" for char in case.text):
        return "Europe/Moscow"
    return "UTC"


def dateparser_parser(*, zone_hint: bool = False) -> Callable[[Case], datetime | None]:
    import dateparser  # type: ignore[import-untyped]

    def parse(case: Case) -> datetime | None:
        zone = reader_zone(case) if zone_hint else case.tz or "UTC"
        # dateparser falls back to the wall clock without a base: give it a fixed one always
        base = (case.now or BENCH_NOW).astimezone(ZoneInfo(zone)).replace(tzinfo=None)
        settings: Any = {
            "TIMEZONE": zone,
            "TO_TIMEZONE": "UTC",
            "RETURN_AS_TIMEZONE_AWARE": True,
            "RELATIVE_BASE": base,
        }
        try:
            value = dateparser.parse(case.text, languages=["en", "ru", "ko"], settings=settings)
        except Exception:  # a crash counts as a wrong answer, as it would for a user
            return None
        return None if value is None else value.astimezone(UTC)

    return parse


def accuracy(parse: Callable[[Case], datetime | None], cases: list[Case]) -> dict[str, str]:
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for case in cases:
        total[case.kind] += 1
        total["all"] += 1
        if parse(case) == case.expected:
            right[case.kind] += 1
            right["all"] += 1
    return {
        kind: f"{right[kind]}/{total[kind]} ({100 * right[kind] / total[kind]:.1f}%)"
        for kind in total
    }


def speeds(
    parsers: list[Callable[[Case], datetime | None]], cases: list[Case], repeats: int
) -> list[float]:
    """Strings per second of each parser, best of a few passes taken in turn (so that a busy
    machine slows every parser alike), in CPU time of this process (so that other processes
    on a shared machine do not count)."""
    best = [float("inf")] * len(parsers)
    for _ in range(repeats):
        for index, parse in enumerate(parsers):
            gc.collect()
            start = time.process_time()
            for case in cases:
                parse(case)
            best[index] = min(best[index], time.process_time() - start)
    return [len(cases) / seconds for seconds in best]


def peak_memory(parse: Callable[[Case], datetime | None], cases: list[Case]) -> float:
    """Peak Python memory (MiB) allocated while parsing every string once."""
    gc.collect()
    tracemalloc.start()
    for case in cases:
        parse(case)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def iso_column(rows: int) -> dict[str, float]:
    """Seconds for a column of ISO strings: timestamps_expr against polars' str.to_datetime."""
    base = pl.datetime_range(
        datetime(2020, 1, 1), datetime(2030, 1, 1), interval="7m", eager=True
    ).head(rows)
    offsets = ["+09:00", "+03:00", "Z", "-04:00"]
    frame = pl.DataFrame({"t": base.dt.strftime("%Y-%m-%dT%H:%M:%S")}).with_columns(
        pl.col("t") + pl.Series([offsets[i % 4] for i in range(rows)])
    )
    results = {}
    for name, expr in {
        "polars str.to_datetime": pl.col("t").str.to_datetime(time_zone="UTC"),
        "normalize timestamps_expr": timestamps_expr(pl.col("t")),
    }.items():
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            out = frame.select(expr)
            best = min(best, time.perf_counter() - start)
        results[name] = best
        results[name + " nulls"] = float(out["t"].null_count())
    polars_out = frame.select(pl.col("t").str.to_datetime(time_zone="UTC"))["t"]
    ours_out = frame.select(timestamps_expr(pl.col("t")))["t"]
    results["agree"] = float(polars_out.equals(ours_out))
    return results


def documents_speed(folder: Path) -> str:
    """find_times on every document of a corpus folder: documents per CPU second, best of 3."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(folder.rglob("*.txt"))]
    if not texts:
        return f"no .txt documents under {folder}"
    for text in texts[:100]:
        find_times(text)
    best = float("inf")
    for _ in range(3):
        gc.collect()
        start = time.process_time()
        for text in texts:
            find_times(text)
        best = min(best, time.process_time() - start)
    each = 1e6 * best / len(texts)
    return f"{len(texts)} documents: {len(texts) / best:.0f} documents/s, {each:.0f} µs each"


def import_time() -> str:
    """Seconds to import normalize and parse a first string, beyond importing polars."""
    code = (
        "import time; import polars; t = time.perf_counter(); import normalize; "
        "from normalize.timestamps import parse_timestamp; "
        "parse_timestamp('2024. 5. 17. 오후 5:03'); print(time.perf_counter() - t)"
    )
    runs = []
    for _ in range(3):
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            return "failed: " + done.stderr.strip().splitlines()[-1]
        runs.append(float(done.stdout))
    return f"{min(runs):.3f} s (best of 3)"


def main(argv: list[str] | None = None) -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("bench", type=Path, help="folder with dateparser_cases.tsv")
    options.add_argument("fixtures", type=Path, help="fixtures/timestamps.tsv")
    options.add_argument("--iso-rows", type=int, default=500_000)
    options.add_argument("--corpus", type=Path, help="a folder of documents from corpus.py")
    args = options.parse_args(argv)

    sets = {
        "dateparser_cases": load_dateparser_cases(args.bench),
        "fixtures": load_fixtures(args.fixtures),
    }
    everything = [case for cases in sets.values() for case in cases]
    peer = dateparser_parser()
    peer(everything[0])  # let dateparser load its language data before timing

    hinted = dateparser_parser(zone_hint=True)
    print("== accuracy (right/total by kind) ==")
    print("(dateparser+zone: dateparser told the zone a reader assumes: Seoul for Korean text,")
    print(" Moscow for Russian, which normalize infers and dateparser cannot)")
    for name, cases in sets.items():
        for label, parse in (
            ("normalize", ours),
            ("dateparser", peer),
            ("dateparser+zone", hinted),
        ):
            scores = accuracy(parse, cases)
            print(f"{name:17} {label:16} " + "  ".join(f"{k}={v}" for k, v in scores.items()))

    print("\n== speed on the same strings (CPU time), passes taken in turn, best of 5 ==")
    print(f"{'strings':18} {'normalize/s':>12} {'dateparser/s':>13} {'ratio':>6}")
    for name, cases in [*sets.items(), ("all", everything)]:
        mine, theirs = speeds([ours, peer], cases, repeats=5)
        print(f"{name:18} {mine:12.0f} {theirs:13.0f} {mine / theirs:5.1f}x")
    mine, theirs = peak_memory(ours, everything), peak_memory(peer, everything)
    print(f"peak Python memory, all strings: normalize {mine:.2f} MiB, dateparser {theirs:.2f} MiB")

    print(f"\n== ISO column, {args.iso_rows} rows ==")
    column = iso_column(args.iso_rows)
    native = column["polars str.to_datetime"]
    mine = column["normalize timestamps_expr"]
    print(f"polars str.to_datetime    {native:.3f} s")
    print(f"normalize timestamps_expr {mine:.3f} s  ({mine / native:.2f}x polars)")
    print(f"same values: {bool(column['agree'])}")

    if args.corpus is not None:
        print("\n== find_times on whole documents (CPU time) ==")
        print(documents_speed(args.corpus))

    print("\n== import normalize + first parse, beyond importing polars ==")
    print(import_time())


if __name__ == "__main__":
    main()
