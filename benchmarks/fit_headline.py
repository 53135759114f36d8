"""Fit the weights of the headline chooser's signals on pages with a person's reading.

    python benchmarks/fit_headline.py fixtures/real/ko/pages.toml fixtures/real/ru/pages.toml \
        fixtures/real/en/pages.toml fixtures/pages.toml

Give it the development pages only: the pages kept aside (fixtures/real/*/heldout) measure the
weights, they never fit them. Each page's candidates and their signals are computed once; then
each weight in turn is set to the best value of a grid (from LOWEST to HIGHEST by GRID) while
the others stay, the best being the one that gets more pages right (a tie goes to the larger
sum of margins between a right candidate and the best wrong one), until no weight moves.
Prints the weights (as WEIGHTS in normalize/headline.py holds them), the share of pages right
before and after, and the pages still wrong.
"""

from __future__ import annotations

import argparse
import tomllib
from pathlib import Path
from typing import Any

from normalize.headline import WEIGHTS, Candidate, score, weigh_candidates
from normalize.options import Options
from normalize.page import read_page
from normalize.text import clean_text

# No signal alone may decide a page: weights stay within these bounds, on this grid.
LOWEST, HIGHEST, GRID = -5.0, 7.0, 0.5
# How many times every weight is moved, at most.
SWEEPS = 12


class Case:
    """One page: its candidates, and which of them are the headline (its copies are as right)."""

    def __init__(self, name: str, candidates: list[Candidate], right: set[int], has: bool):
        self.name = name
        self.candidates = candidates
        self.right = right
        self.has_headline = has
        self.rows: list[list[float]] = []

    def reachable(self) -> bool:
        return not self.has_headline or bool(self.right)


def load(paths: list[Path]) -> list[Case]:
    cases = []
    for path in paths:
        for document in tomllib.loads(path.read_text("utf-8"))["document"]:
            text = clean_text((path.parent / document["file"]).read_text("utf-8"))
            page = read_page(text, Options())
            candidates = weigh_candidates(
                page.lines,
                page.machinery,
                page.hashtag_lines | page.dateline_lines,
                {item.line for item in page.datelines} | page.bylines,
            )
            want = None if "title" in document.get("nulls", []) else document.get("title")
            right = {k for k, c in enumerate(candidates) if c.text == want}
            name = f"{path.parent.name}/{document['file']}"
            cases.append(Case(name, candidates, right, want is not None))
    return cases


def evaluate(cases: list[Case], weights: dict[str, float]) -> tuple[int, float]:
    """Pages right, and the sum of margins (clipped) as a tie-break."""
    names = list(weights)
    vector = [weights[name] for name in names]
    right = 0
    margins = 0.0
    for case in cases:
        if len(case.rows) != len(case.candidates):
            case.rows = [
                [1.0 if name == "bias" else c.signals.get(name, 0.0) for name in names]
                for c in case.candidates
            ]
        scores = [sum(w * x for w, x in zip(vector, row, strict=True)) for row in case.rows]
        best = max(range(len(scores)), key=lambda k: (scores[k], -k)) if scores else None
        chosen = best if best is not None and scores[best] >= 0.0 else None
        if not case.has_headline:
            right += chosen is None
            margins += min(3.0, -max(scores, default=-3.0))
        elif case.right:
            right += chosen in case.right
            mine = max(scores[k] for k in case.right)
            others = [s for k, s in enumerate(scores) if k not in case.right]
            margin = min(mine - max(others, default=-3.0), mine)
            margins += max(-3.0, min(3.0, margin))
    return right, margins


def fit(cases: list[Case], start: dict[str, float]) -> dict[str, float]:
    weights = dict(start)
    current = evaluate(cases, weights)
    grid = [LOWEST + GRID * k for k in range(int((HIGHEST - LOWEST) / GRID) + 1)]
    for _ in range(SWEEPS):
        moved = False
        for name in weights:
            for value in grid:
                trial = dict(weights, **{name: value})
                result = evaluate(cases, trial)
                if result > current:
                    weights, current, moved = trial, result, True
        if not moved:
            break
    return weights


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="+", type=Path, help="pages.toml of development pages")
    args = parser.parse_args()
    cases = load(args.pages)
    reachable = sum(1 for c in cases if c.reachable())
    before = evaluate(cases, dict(WEIGHTS))[0]
    weights = fit(cases, dict(WEIGHTS))
    after = evaluate(cases, weights)[0]
    print(f"{len(cases)} pages; the right answer is among the candidates on {reachable}")
    print(f"right with the current weights: {before} ({before / len(cases):.1%})")
    print(f"right with the fitted weights:  {after} ({after / len(cases):.1%})")
    for name, value in weights.items():
        print(f'        "{name}": {value},')
    wrong: list[Any] = []
    for case in cases:
        scores = [score(c.signals, weights) for c in case.candidates]
        best = max(range(len(scores)), key=lambda k: (scores[k], -k)) if scores else None
        chosen = best if best is not None and scores[best] >= 0.0 else None
        if not ((chosen in case.right) if case.has_headline else chosen is None):
            wrong.append(case.name)
    print("still wrong:", " ".join(wrong))


if __name__ == "__main__":
    main()
