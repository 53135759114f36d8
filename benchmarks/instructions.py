"""Instructions per document of the compiled core, counted by valgrind's callgrind.

    python benchmarks/instructions.py          # needs valgrind on the PATH

A measure of the core's work that does not depend on the machine's load, for comparing two
builds on a shared or noisy machine (wall-clock throughput is ``throughput.py``'s). Two
corpora of ``benchmarks/corpus.py``, 500 documents each (seed 7 to warm up, the default seed
to measure), are written to a temporary folder; callgrind counts the instructions of the
core's batch entry point in two processes, one that normalizes the warm-up corpus alone and
one that normalizes it and then the measured corpus, on one thread. The difference over 500
is the count per document of a warm process: models loaded, the warm-up's caches filled.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = 500
WARM_UP_SEED = 7
NOW = datetime(2024, 5, 17, 12, tzinfo=UTC)


def _normalize(warm_up: Path, measured: Path | None) -> None:
    """Normalize the warm-up corpus, then the measured one if given, as one batch each."""
    import polars as pl

    from normalize.core import compiled

    core = compiled()
    if core is None:
        raise SystemExit("the compiled core is not built")
    core.wait_warm()
    for corpus in [warm_up] if measured is None else [warm_up, measured]:
        texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
        frame = pl.DataFrame({"text": texts, "now": [NOW] * len(texts)})
        core.normalize_stream(frame, default_tz=None, title_threshold=0.0, threads=1)


def _counted(folder: Path, warm_up: Path, measured: Path | None) -> int:
    """The instructions callgrind counts inside the batch entry point of one process."""
    out = folder / ("both.out" if measured else "warm.out")
    command = [
        "valgrind",
        "--tool=callgrind",
        "--toggle-collect=*__pyfunction_normalize_stream*",
        f"--callgrind-out-file={out}",
        sys.executable,
        __file__,
        "--child",
        str(warm_up),
        *([str(measured)] if measured else []),
    ]
    subprocess.run(command, check=True, capture_output=True)
    totals = next(line for line in out.open() if line.startswith("totals:"))
    return int(totals.split()[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--child", nargs="+", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _normalize(args.child[0], args.child[1] if len(args.child) > 1 else None)
        return
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        warm_up, measured = folder / "warm.jsonl", folder / "measured.jsonl"
        for corpus, seed in [(warm_up, ["--seed", str(WARM_UP_SEED)]), (measured, [])]:
            subprocess.run(
                [sys.executable, str(HERE / "corpus.py"), str(corpus), "--docs", str(DOCS), *seed],
                check=True,
            )
        alone = _counted(folder, warm_up, None)
        both = _counted(folder, warm_up, measured)
    print(f"instructions per document: {(both - alone) // DOCS:,}")


if __name__ == "__main__":
    main()
