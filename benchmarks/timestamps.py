"""Timestamps benchmark: normalize.timestamps against dateparser, side by side, in one run.

    python benchmarks/timestamps.py BENCH_DIR FIXTURES_TSV [--iso-rows N]

BENCH_DIR holds dateparser_cases.tsv (dateparser's own en/ru/ko test cases, measured with
default_tz="UTC" and now = 2024-05-17T12:00:00Z); FIXTURES_TSV is fixtures/timestamps.tsv (realistic
news strings with their now and default_tz). Printed: accuracy by kind, strings per second and
peak Python memory of each parser on the same strings, the ISO column path against polars' own
str.to_datetime, and the time to import normalize and parse a first string.
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

from normalize.timestamps import parse_timestamp, timestamps_expr

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


def dateparser_parser() -> Callable[[Case], datetime | None]:
    import dateparser  # type: ignore[import-untyped]

    def parse(case: Case) -> datetime | None:
        zone = case.tz or "UTC"
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


def speed(parse: Callable[[Case], datetime | None], cases: list[Case], repeats: int) -> float:
    """Strings per second, best of a few passes over all strings."""
    best = float("inf")
    for _ in range(repeats):
        gc.collect()
        start = time.perf_counter()
        for case in cases:
            parse(case)
        best = min(best, time.perf_counter() - start)
    return len(cases) / best


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
    args = options.parse_args(argv)

    sets = {
        "dateparser_cases": load_dateparser_cases(args.bench),
        "fixtures": load_fixtures(args.fixtures),
    }
    everything = [case for cases in sets.values() for case in cases]
    peer = dateparser_parser()
    peer(everything[0])  # let dateparser load its language data before timing

    print("== accuracy (right/total by kind) ==")
    for name, cases in sets.items():
        for label, parse in (("normalize", ours), ("dateparser", peer)):
            scores = accuracy(parse, cases)
            print(f"{name:18} {label:11} " + "  ".join(f"{k}={v}" for k, v in scores.items()))

    print(f"\n== speed on the same strings (all sets together, {len(everything)} strings) ==")
    ours_speed = speed(ours, everything, repeats=5)
    peer_speed = speed(peer, everything, repeats=2)
    print(f"{'parser':12} {'strings/s':>10} {'peak MiB':>9}")
    print(f"{'normalize':12} {ours_speed:10.0f} {peak_memory(ours, everything):9.2f}")
    print(f"{'dateparser':12} {peer_speed:10.0f} {peak_memory(peer, everything):9.2f}")
    print(f"normalize / dateparser: {ours_speed / peer_speed:.1f}x")
    for name, cases in sets.items():
        a, b = speed(ours, cases, 5), speed(peer, cases, 2)
        print(f"  {name:18} normalize {a:8.0f}/s  dateparser {b:6.0f}/s  ratio {a / b:.1f}x")

    print(f"\n== ISO column, {args.iso_rows} rows ==")
    column = iso_column(args.iso_rows)
    native = column["polars str.to_datetime"]
    mine = column["normalize timestamps_expr"]
    print(f"polars str.to_datetime    {native:.3f} s")
    print(f"normalize timestamps_expr {mine:.3f} s  ({mine / native:.2f}x polars)")
    print(f"same values: {bool(column['agree'])}")

    print("\n== import normalize + first parse, beyond importing polars ==")
    print(import_time())


if __name__ == "__main__":
    main()
