"""Fit the scale that turns the headline chooser's log-odds into ``title_score``, a probability
a pipeline can filter on, and show what a score is worth before and after.

    python benchmarks/calibrate_title_score.py \\
        fixtures/real/{en,ko,ru}/pages.toml fixtures/real/{en,ko,ru}/{more,third,...}/pages.toml

Give it the development pages only (the pages kept aside measure the scale, they never fit
it). Each page with a person's reading of its headline and a title from the pipeline is one
case: the chosen headline's log-odds (``title_score`` read back through the current scale)
and whether the title is right. The scale is the one of a grid that gives the cases the
least log loss; it is fitted on all batches but one, for each batch in turn (a batch as in
``fit_headline.py``), to show that no batch decides it. Prints the scale of each such fit,
the scale fitted on all cases, and the share of right titles in bands of the score with the
current scale and with the fitted one. Deterministic.
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path

from documents import evaluate
from fit_headline import batch_of

from normalize.confidence import SCORE_SCALE

# The scales tried, and the bands of title_score shown.
GRID = tuple(step / 10 for step in range(5, 61))
BANDS = ((0.5, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 0.99), (0.99, 1.0))

Case = tuple[float, bool, str]  # log-odds, title right, batch


def log_odds(score: float) -> float:
    """The chooser's log-odds of a title_score of the current scale."""
    score = min(max(score, 1e-12), 1 - 1e-12)
    return SCORE_SCALE * math.log(score / (1 - score))


def probability(odds: float, scale: float) -> float:
    return 1 / (1 + math.exp(-odds / scale))


def log_loss(cases: list[Case], scale: float) -> float:
    total = 0.0
    for odds, right, _batch in cases:
        p = min(max(probability(odds, scale), 1e-12), 1 - 1e-12)
        total -= math.log(p if right else 1 - p)
    return total / len(cases)


def best_scale(cases: list[Case]) -> float:
    return min(GRID, key=lambda scale: log_loss(cases, scale))


def print_bands(cases: list[Case], scale: float) -> None:
    print(f"scale {scale}: title_score band, titles, share right")
    for low, high in BANDS:
        inside = [right for odds, right, _ in cases if low <= probability(odds, scale) < high]
        if high == 1.0:
            inside += [right for odds, right, _ in cases if probability(odds, scale) == 1.0]
        share = sum(inside) / len(inside) if inside else float("nan")
        print(f"  [{low}, {high})  {len(inside):5d}  {share:6.1%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("expectations", nargs="+", type=Path, help="TOML files of expected rows")
    args = parser.parse_args()
    cases: list[Case] = []
    for path in args.expectations:
        result = evaluate(path)
        batch = batch_of(path)
        cases += [(log_odds(score), right, batch) for score, right, _ in result["titles"]]
    batches = sorted({batch for _, _, batch in cases})
    print(f"{len(cases)} titles of {len(batches)} batches")
    for batch in batches:
        others = [case for case in cases if case[2] != batch]
        print(f"  without {batch:<12} scale {best_scale(others)}")
    fitted = best_scale(cases)
    print(f"fitted on all: {fitted} (log loss {log_loss(cases, fitted):.3f}; ", end="")
    print(f"the current {SCORE_SCALE}: {log_loss(cases, SCORE_SCALE):.3f})")
    for scale in sorted({1.0, SCORE_SCALE, fitted}):
        print_bands(cases, scale)


if __name__ == "__main__":
    main()
