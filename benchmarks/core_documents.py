"""Documents per second of the whole row: Python's `normalize_documents` (one process) against
the compiled core's `normalize_stream` on one thread and on every thread, on the same texts,
side by side, with how many of the core's rows equal Python's.

Usage: python benchmarks/core_documents.py FOLDER_OR_JSONL [--repeat N]

The Python side is the table's Python path (``NORMALIZE_PURE_PYTHON=1``).

A folder gives its ``*.txt`` files (recursively, in path order); a ``.jsonl`` file the ``text``
field of each line. Both sides are warmed up first; speed is wall-clock time. The core's
thread count is rayon's (``RAYON_NUM_THREADS``), read once per process, so each core run is a
process of its own. Rows the core hands back (``needs_python``) are counted, not compared.

    python benchmarks/core_documents.py fixtures
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The project's own package, whether or not it is installed.
sys.path.append(str(ROOT))

import polars as pl  # noqa: E402

from normalize.core import PURE_PYTHON, compiled  # noqa: E402
from normalize.table import normalize_documents  # noqa: E402

WARM_UP = [
    "Leaders meet in Beijing\n\nMay 17, 2024\n\nThey met on Thursday.\n\n#summit #peace",
    "지도자들 베이징서 회담\n\n입력 2024.05.17. 오후 2:30\n\n#정상회담 #베이징",
    "Лидеры встретились в Пекине\n\n17 мая 2024, 10:15\n\n#саммит #Пекин",
]


def read_texts(source: Path) -> list[str]:
    if source.is_dir():
        return [path.read_text("utf-8", errors="replace") for path in sorted(source.rglob("*.txt"))]
    texts = []
    with source.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                text = json.loads(line).get("text")
                if isinstance(text, str):
                    texts.append(text)
    return texts


def stream_frame(texts: list[str]) -> pl.DataFrame:
    return pl.DataFrame(
        {"text": texts, "now": pl.Series([None] * len(texts), dtype=pl.Datetime("us", "UTC"))}
    )


def core_table(texts: list[str]) -> pl.DataFrame:
    core = compiled()
    if core is None:
        raise SystemExit("the compiled core is not built")
    return pl.DataFrame(core.normalize_stream(stream_frame(texts)))


def core_rate(source: Path, repeat: int) -> float:
    """Documents per second of `normalize_stream` in this process (its threads as set)."""
    texts = read_texts(source) * repeat
    core_table(WARM_UP)
    start = time.perf_counter()
    core_table(texts)
    return len(texts) / (time.perf_counter() - start)


def core_rate_in_process(source: Path, repeat: int, threads: int | None) -> float:
    env = dict(os.environ)
    if threads is not None:
        env["RAYON_NUM_THREADS"] = str(threads)
    else:
        env.pop("RAYON_NUM_THREADS", None)
    command = [sys.executable, __file__, str(source), "--repeat", str(repeat), "--core-only"]
    output = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
    return float(output.stdout.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="a folder of .txt files or a .jsonl file")
    parser.add_argument("--repeat", type=int, default=1, help="the texts this many times over")
    parser.add_argument("--core-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.core_only:
        print(core_rate(args.source, args.repeat))
        return
    texts = read_texts(args.source) * args.repeat
    os.environ[PURE_PYTHON] = "1"  # the table's Python path, the specification
    normalize_documents(WARM_UP)
    start = time.perf_counter()
    expected = normalize_documents(texts)
    python = len(texts) / (time.perf_counter() - start)
    del os.environ[PURE_PYTHON]

    made = core_table(texts)
    kept = made["needs_python"].is_null()
    columns = [name for name in made.columns if name not in ("needs_python", "content_id")]
    left = made.filter(kept).select(columns).to_dicts()
    right = expected.filter(kept).select(columns).to_dicts()
    same = sum(a == b for a, b in zip(left, right, strict=True))
    one = core_rate_in_process(args.source, args.repeat, 1)
    every = core_rate_in_process(args.source, args.repeat, None)
    print(f"{len(texts)} documents from {args.source}")
    print(f"rows made by the core: {int(kept.sum())}; equal to Python's: {same}")
    print(f"{'path':<34}{'documents/s':>12}{'× Python':>10}")
    for name, rate in [
        ("Python normalize_documents", python),
        ("core normalize_stream, 1 thread", one),
        (f"core normalize_stream, {os.cpu_count()} threads", every),
    ]:
        print(f"{name:<34}{rate:>12.1f}{rate / python:>10.2f}")


if __name__ == "__main__":
    main()
