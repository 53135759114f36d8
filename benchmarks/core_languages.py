"""The compiled core's statistical language stage against the Python room, side by side.

    python benchmarks/core_languages.py BENCH [--repeat N]

BENCH is the benchmark folder (or its ``langid/`` folder) holding ``words.tsv``, ``pairs.tsv``,
``sentences.tsv`` and ``mixed.tsv``: single words, word pairs, sentences and mixed lines in
en/ru/ko and their Cyrillic and Latin neighbours. Each line is split into runs of one script
as ``text_blocks`` splits it (in Python), and every run of a shared script (Cyrillic, Latin) is
read by ``ambiguous_language`` in Python and in the core, with no restriction and with the
page prior of each searched language. Printed, per file: how many answers agree, how many runs
of a one-language file get that language, and runs and lines per second of each side (the
models built beforehand, so that both time the reading only); then the same for the blocks of
each line (`text_blocks` and `single_block`), and for its fragments and language
(`detect_fragments`, `detect_language`, `page_language`), line by line and in pages of twenty
lines.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from normalize.core import compiled
from normalize.languages import blocks, fragments, model
from normalize.languages.blocks import text_blocks
from normalize.languages.prior import prior_weight

FILES = ("words.tsv", "pairs.tsv", "sentences.tsv", "mixed.tsv")

Run = tuple[list[str], str, str | None, float]


def read_lines(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def line_runs(text: str) -> list[tuple[list[str], str]]:
    """The runs of words of a shared script of one line, as blocks holds them."""
    return [
        (list(block.words), block.script)
        for block in text_blocks(text)
        if block.words and model.has_candidates(block.script)
    ]


def calls(runs: list[tuple[list[str], str]]) -> list[Run]:
    """Each run with no prior, and with each searched language of its script as the prior."""
    out: list[Run] = []
    for words, script in runs:
        out.append((words, script, None, 0.0))
        for favoured in ("en", "ru"):
            out.append((words, script, favoured, prior_weight(script)))
    return out


def timed(read: Callable[[Any], Any], runs: list[Any], repeat: int) -> tuple[list[Any], float]:
    best = float("inf")
    answers: list[Any] = []
    for _ in range(repeat):
        start = time.perf_counter()
        answers = [read(run) for run in runs]
        best = min(best, time.perf_counter() - start)
    return answers, best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bench", type=Path)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    core: Any = compiled()
    if core is None:
        print("the compiled core is not built", file=sys.stderr)
        return 1
    folder = args.bench if (args.bench / "words.tsv").exists() else args.bench / "langid"

    start = time.perf_counter()
    for script in ("Cyrillic", "Latin"):
        model._model(script)
    python_build = time.perf_counter() - start
    start = time.perf_counter()
    for script in ("Cyrillic", "Latin"):
        core.languages__word_scores("", script)
    core_build = time.perf_counter() - start
    print(f"models built: Python {python_build:.2f} s, core {core_build:.2f} s")

    def python(run: Run) -> str:
        words, script, favoured, weight = run
        return model.ambiguous_language(words, script, None, favoured, weight)

    def rust(run: Run) -> str:
        words, script, favoured, weight = run
        return str(core.languages__ambiguous_language(words, script, None, favoured, weight))

    header = f"{'file':<14}{'lines':>7}{'runs':>8}{'agree':>9}{'gold':>13}"
    speeds = f"{'Python runs/s':>15}{'core runs/s':>13}{'Python lines/s':>16}{'core lines/s':>14}"
    print(header + speeds)
    disagreements: list[tuple[Run, str, str]] = []
    for name in FILES:
        rows = read_lines(folder / name)
        per_line = [line_runs(row["text"]) for row in rows]
        runs = calls([run for line in per_line for run in line])
        expected, python_time = timed(python, runs, args.repeat)
        got, core_time = timed(rust, runs, args.repeat)
        agree = sum(a == b for a, b in zip(expected, got, strict=True))
        disagreements += [(r, a, b) for r, a, b in zip(runs, expected, got, strict=True) if a != b]
        gold = "-"
        if "lang" in rows[0]:
            # The unprimed reading of each run of a line whose language has candidates.
            pairs = [
                (row["lang"], answer)
                for row, line in zip(rows, per_line, strict=True)
                for answer in [python((words, script, None, 0.0)) for words, script in line]
                if row["lang"] != "ko"
            ]
            gold = f"{sum(g == a for g, a in pairs)}/{len(pairs)}"
        lines = len(rows)
        print(
            f"{name:<14}{lines:>7}{len(runs):>8}{agree / max(len(runs), 1):>9.2%}{gold:>13}"
            f"{len(runs) / python_time:>15,.0f}{len(runs) / core_time:>13,.0f}"
            f"{lines / python_time:>16,.0f}{lines / core_time:>14,.0f}"
        )
    for run, a, b in disagreements[:20]:
        print(f"differs: {run!r}: Python {a}, core {b}")
    same = same_blocks(folder, args.repeat) & same_fragments(folder, args.repeat)
    return 1 if disagreements or not same else 0


def same_blocks(folder: Path, repeat: int) -> bool:
    """`text_blocks` and `single_block` of every line, both sides: agreement and speed."""
    core: Any = compiled()
    print()
    print(f"{'file':<14}{'lines':>7}{'blocks agree':>14}{'Python lines/s':>16}{'core lines/s':>14}")
    same = True
    for name in FILES:
        texts = [row["text"] for row in read_lines(folder / name)]

        def python(text: str) -> Any:
            single = blocks.single_block(text)
            return [tuple(b) for b in text_blocks(text)], None if single is None else tuple(single)

        def rust(text: str) -> Any:
            return core.languages__text_blocks(text), core.languages__single_block(text)

        expected, python_time = timed(python, texts, repeat)
        got, core_time = timed(rust, texts, repeat)
        agree = sum(a == b for a, b in zip(expected, got, strict=True))
        same = same and agree == len(texts)
        print(
            f"{name:<14}{len(texts):>7}{agree / len(texts):>14.2%}"
            f"{len(texts) / python_time:>16,.0f}{len(texts) / core_time:>14,.0f}"
        )
    return same


def fragments_of(text: str) -> Any:
    found = fragments.detect_fragments(text)
    return [tuple(f) for f in found], fragments.detect_language(text)


def same_fragments(folder: Path, repeat: int) -> bool:
    """`detect_fragments` and `detect_language` of every line, and of pages of twenty lines
    (with `page_language`), both sides: agreement and speed."""
    core: Any = compiled()

    def python(text: str) -> Any:
        return fragments_of(text), fragments.page_language(text)

    def rust(text: str) -> Any:
        found = core.languages__detect_fragments(text)
        return (found, core.languages__detect_language(text)), core.languages__page_language(text)

    print()
    print(f"{'texts':<24}{'count':>7}{'agree':>9}{'Python texts/s':>16}{'core texts/s':>14}")
    same = True
    lines = {name: [row["text"] for row in read_lines(folder / name)] for name in FILES}
    pages = [
        "\n".join(chunk)
        for name in ("sentences.tsv", "mixed.tsv")
        for chunk in (lines[name][k : k + 20] for k in range(0, len(lines[name]), 20))
    ]
    for label, texts in [*((f"lines of {n}", t) for n, t in lines.items()), ("pages", pages)]:
        expected, python_time = timed(python, texts, repeat)
        got, core_time = timed(rust, texts, repeat)
        agree = sum(a == b for a, b in zip(expected, got, strict=True))
        same = same and agree == len(texts)
        print(
            f"{label:<24}{len(texts):>7}{agree / len(texts):>9.2%}"
            f"{len(texts) / python_time:>16,.0f}{len(texts) / core_time:>14,.0f}"
        )
    return same


if __name__ == "__main__":
    sys.exit(main())
