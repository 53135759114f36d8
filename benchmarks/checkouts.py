"""CPU time per document of several checkouts of normalize, side by side in one run.

    python benchmarks/corpus.py corpus.jsonl --docs 2000
    git worktree add ../before <commit>
    python benchmarks/checkouts.py corpus.jsonl ../before .

Each checkout runs ``normalize_document`` over every document of the JSON Lines corpus
(``{"text": ...}`` per line) in its own process, after a warm-up on the first 200; the
checkouts take turns for ``--rounds`` rounds and each keeps its fastest. CPU time, not wall
time: a change to the code is told apart from a busy machine. For a refactor meant to keep
outputs (compare them with benchmarks/snapshot.py), this says what it costs.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

WARM_UP = 200

# Run inside each checkout: prints CPU seconds per document.
_CHILD = """
import json, sys, time
from normalize import normalize_document
with open(sys.argv[1], encoding="utf-8") as lines:
    texts = [json.loads(line)["text"] for line in lines]
for text in texts[:{warm_up}]:
    normalize_document(text)
start = time.process_time()
for text in texts:
    normalize_document(text)
print((time.process_time() - start) / len(texts))
"""


def cpu_per_document(checkout: Path, corpus: Path) -> float:
    """Seconds of CPU per document for the package found in ``checkout``."""
    environment = {**os.environ, "PYTHONPATH": str(checkout.resolve())}
    result = subprocess.run(
        [sys.executable, "-c", _CHILD.format(warm_up=WARM_UP), str(corpus)],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(result.stdout.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path, help="JSON Lines with a 'text' field")
    parser.add_argument("checkouts", type=Path, nargs="+", help="folders holding normalize/")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    best = {checkout: float("inf") for checkout in args.checkouts}
    for _ in range(args.rounds):
        for checkout in args.checkouts:
            best[checkout] = min(best[checkout], cpu_per_document(checkout, args.corpus))
    first = best[args.checkouts[0]]
    print(f"{'checkout':40} {'ms CPU/doc':>10} {'docs/CPU-s':>10} {'vs first':>8}")
    for checkout, seconds in best.items():
        print(f"{checkout!s:40} {seconds * 1e3:10.3f} {1 / seconds:10,.0f} {seconds / first:8.3f}")


if __name__ == "__main__":
    main()
