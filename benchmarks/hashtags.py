"""Hashtag segmentation: normalize against wordsegment and wordninja, side by side.

Usage: python benchmarks/hashtags.py BENCH_DIR [--sets a,b] [--tools x,y] [--own FILE ...]
                                    [--real] [--rows all|even|odd|even0|even2] [--misses]

BENCH_DIR holds the TSV sets (header ``hashtag<TAB>segmentation`` and, for some sets,
``<name>_allgold.tsv`` with every accepted split joined by " | "). Accuracy counts a hashtag
right when its whole word sequence matches, case-insensitively. Each tool runs in its own
process so that load time and resident memory are its own.

``--own`` adds a set of the project's own (first column the tag, second its accepted splits);
``--real`` adds the news hashtags of real page shapes, ``fixtures/real/{ko,ru,en}/hashtags.tsv``.
``--rows even`` keeps only the data rows at even positions (0, 2, 4, ...) of the real sets,
``--rows odd`` the others: the odd rows are kept aside from development and measured once, as
the honest figure. ``--rows even0`` and ``--rows even2`` keep the even rows at positions 0 and 2
(mod 4): two halves of the development rows, so that a change decided on one half's misses is
measured on the other. ``--misses`` lists the real rows whose split is not the first gold
(development rows only: with ``--rows even``, ``even0`` or ``even2``).

    python benchmarks/hashtags.py BENCH/hashtags --tools normalize --real --rows odd
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

DEFAULT_SETS = [
    "stan_large_dev",
    "boun_dev",
    "stan_large_test",
    "stan_small_test",
    "boun_test",
    "stanford_dev_celebi",
    "hashset_manual_test",
    "nru_hse_ru_test",
]
TOOLS = ["normalize", "wordsegment", "wordninja"]
ROOT = Path(__file__).resolve().parents[1]
# News hashtags of real page shapes, one set per language (header hashtag, words, lang, comment).
REAL_SETS = [ROOT / "fixtures" / "real" / lang / "hashtags.tsv" for lang in ("ko", "ru", "en")]
ROWS = ("all", "even", "odd", "even0", "even2")
# Rows whose misses may be listed: the development rows, never the kept-aside ones.
DEVELOPMENT_ROWS = ("even", "even0", "even2")
# The project's own package, whether or not it is installed.
sys.path.append(str(ROOT))


def read_set(path: Path, rows: str = "all") -> list[tuple[str, list[str]]]:
    """Rows of (hashtag, accepted segmentations) from a bench TSV; ``rows`` "even" or "odd"
    keeps the data rows at even or odd positions only, "even0" or "even2" the even rows at
    positions 0 or 2 mod 4 (a half of the even rows)."""
    found: list[tuple[str, list[str]]] = []
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))  # comments
        reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        for row in reader:
            if len(row) >= 2:
                found.append((row[0], [gold.strip() for gold in row[1].split(" | ")]))
    if rows == "even":
        return found[0::2]
    if rows == "odd":
        return found[1::2]
    if rows in ("even0", "even2"):
        return found[int(rows[-1]) :: 4]
    return found


def load_tool(name: str) -> Callable[[str], list[str]]:
    """Import a segmenter and warm it up, so that its model is loaded."""
    if name == "normalize":
        from normalize.hashtags import split_hashtag

        split_hashtag("warmup")
        split_hashtag("Путинвстреча")
        split_hashtag("정상회담")
        return split_hashtag
    if name == "wordsegment":
        import wordsegment  # type: ignore[import-untyped]

        wordsegment.load()
        return wordsegment.segment  # type: ignore[no-any-return]
    if name == "wordninja":
        import wordninja  # type: ignore[import-untyped]

        wordninja.split("warmup")
        return wordninja.split  # type: ignore[no-any-return]
    raise SystemExit(f"Unknown tool {name!r}; choose from {', '.join(TOOLS)}.")


def key(words: list[str]) -> tuple[str, ...]:
    return tuple(word.lower() for word in words if word)


def run_worker(
    tool: str,
    files: list[tuple[str, Path, Path | None]],
    rows: str = "all",
    repeat: int = 3,
    misses: bool = False,
) -> dict[str, object]:
    """Load one tool, score it on every set, time it; the result as a JSON-ready dict (with
    ``misses``, the real rows split other than their first gold: tag, split, golds)."""
    import psutil  # type: ignore[import-untyped]

    process = psutil.Process()
    rss_before = process.memory_info().rss
    started = time.perf_counter()
    split = load_tool(tool)
    load_seconds = time.perf_counter() - started
    rss_loaded = process.memory_info().rss
    scores: dict[str, dict[str, float]] = {}
    every_tag: list[str] = []
    missed: list[tuple[str, str, str, str]] = []
    for name, first_path, all_path in files:
        first = read_set(first_path, rows if name.startswith("real:") else "all")
        every = dict(read_set(all_path)) if all_path else None
        right_first = right_any = 0
        for tag, golds in first:
            got = key(split(tag))
            right_first += got == key(golds[0].split(" "))
            if misses and name.startswith("real:") and got != key(golds[0].split(" ")):
                missed.append((name, tag, " ".join(got), " | ".join(golds)))
            accepted = every.get(tag, golds) if every else golds
            right_any += any(got == key(gold.split(" ")) for gold in accepted)
            every_tag.append(tag)
        scores[name] = {
            "multi": any(
                len(every.get(tag, golds) if every else golds) > 1 for tag, golds in first
            ),
            "rows": len(first),
            "first": 100.0 * right_first / len(first),
            "any": 100.0 * right_any / len(first),
        }
    seconds = float("inf")
    for _round in range(repeat):  # CPU time, fastest round: the machine's load drifts
        started = time.process_time()
        for tag in every_tag:
            split(tag)
        seconds = min(seconds, time.process_time() - started)
    return {
        "tool": tool,
        "scores": scores,
        "per_second": len(every_tag) / seconds,
        "load_seconds": load_seconds,
        "model_mb": (rss_loaded - rss_before) / 2**20,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "misses": missed,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bench_dir", type=Path)
    parser.add_argument("--sets", default=",".join(DEFAULT_SETS))
    parser.add_argument("--tools", default=",".join(TOOLS))
    parser.add_argument(
        "--own",
        type=Path,
        action="append",
        default=[],
        help="a set of the project's own (hashtag, splits, comment), e.g. fixtures/hashtags_ko.tsv",
    )
    parser.add_argument(
        "--real", action="store_true", help="add fixtures/real/{ko,ru,en}/hashtags.tsv"
    )
    parser.add_argument(
        "--rows",
        choices=ROWS,
        default="all",
        help="rows of the real sets: all, those at even / odd positions (odd: kept aside), or "
        "one half of the even ones (even0, even2: positions 0 or 2 mod 4)",
    )
    parser.add_argument(
        "--misses",
        action="store_true",
        help="list the real development rows split other than their first gold",
    )
    parser.add_argument(
        "--repeat", type=int, default=3, help="rounds of the speed run; the fastest counts"
    )
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.misses and args.rows not in DEVELOPMENT_ROWS:
        parser.error("--misses lists development rows only: use --rows even, even0 or even2")
    files: list[tuple[str, Path, Path | None]] = []
    for name in args.sets.split(","):
        first = args.bench_dir / f"{name}.tsv"
        if not first.exists():
            raise SystemExit(f"No set {name!r} in {args.bench_dir}; the file {first} is missing.")
        every = args.bench_dir / f"{name}_allgold.tsv"
        files.append((name, first, every if every.exists() else None))
    own = [*args.own, *(REAL_SETS if args.real else [])]
    for path in own:
        label = f"real:{path.parent.name}" if path in REAL_SETS else f"own:{path.stem}"
        files.append((label, path, None))
    if args.worker:
        print(json.dumps(run_worker(args.worker, files, args.rows, args.repeat, args.misses)))
        return 0
    results = []
    for tool in args.tools.split(","):
        command = [sys.executable, __file__, str(args.bench_dir), "--sets", args.sets]
        command += ["--worker", tool, "--rows", args.rows, "--repeat", str(args.repeat)]
        for path in args.own:
            command += ["--own", str(path)]
        if args.real:
            command.append("--real")
        if args.misses:
            command.append("--misses")
        done = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=True)
        results.append(json.loads(done.stdout))
    names = [name for name, _, _ in files]
    tools = [result["tool"] for result in results]
    print(f"{'set (accuracy %)':<40}" + "".join(f"{tool:>14}" for tool in tools))
    for name in names:
        for kind in ("first", "any"):
            if kind == "any" and not results[0]["scores"][name]["multi"]:
                continue
            rows = results[0]["scores"][name]["rows"]
            label = f"{name} {kind} gold (n={rows})"
            if name.startswith("real:") and args.rows != "all":
                label = f"{name} {args.rows} {kind} gold (n={rows})"
            cells = "".join(f"{result['scores'][name][kind]:>14.1f}" for result in results)
            print(f"{label:<40}{cells}")
    for field, title, fmt in [
        ("per_second", "hashtags/s (CPU)", "{:>14,.0f}"),
        ("load_seconds", "model load (s)", "{:>14.2f}"),
        ("model_mb", "model resident memory (MB)", "{:>14.1f}"),
        ("peak_mb", "process peak RSS (MB)", "{:>14.1f}"),
    ]:
        print(f"{title:<40}" + "".join(fmt.format(result[field]) for result in results))
    for result in results:
        for name, tag, got, golds in result["misses"]:
            print(f"{result['tool']}\t{name}\t{tag}\t{got}\t{golds}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
