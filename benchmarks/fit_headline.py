"""Fit the weights of the headline chooser's signals on pages with a person's reading, and
measure the fit on batches of pages it did not see.

    python benchmarks/fit_headline.py --method ascent --fixed listing,deck,feed_item,title_field \\
        fixtures/real/{en,ko,ru}/pages.toml \\
        fixtures/real/{en,ko,ru}/{more,third,fourth,fifth,sixth,seventh,eighth,ninth}/pages.toml \\
        fixtures/real/{en,ko,ru}/{tenth,eleventh,twelfth}/pages.toml

Give it the development pages only: the pages kept aside (fixtures/real/*/heldout) measure the
weights, they never fit them. Each page's candidates and their signals are computed once, from
the page as the pipeline reads it. A candidate is right when the title the pipeline would print
for it (a shouting copy in mixed case, a site's tail, a glued label and a glued deck trimmed)
is the expected one. The decision is the pipeline's: the best candidate, the earlier one on a
tie, when its score reaches the threshold (the threshold stays at 0.0: the bias is the same
weight).

Methods (``--method``):

- ``current``: no fit, the weights of normalize/headline.py;
- ``ascent``: coordinate ascent: each weight in turn is set to the best value of a grid (from
  LOWEST to HIGHEST by GRID) while the others stay, the best being the one that gets more pages
  right (a tie goes to the larger sum of clipped margins between a right candidate and the best
  wrong one), until no weight moves;
- ``logit``: a conditional logit: a softmax over a page's candidates and a "no headline"
  option scored 0.0, its log-likelihood less an L2 penalty (``--l2``) pulling each weight
  towards the current one, maximised by L-BFGS from the current weights, then rounded to the
  grid. Pages whose headline is among no candidate's titles are left out of it.

``--fixed`` names weights kept at their current value (hand-set ones, say). Every method is
scored by leave-one-batch-out cross-validation: a batch is the folder of a pages.toml under
its language (``more``, ``third``, ...; a language's own pages.toml is the batch ``top``), the
same name in every language being one batch; each batch is scored with the weights fitted on
all the others. The cross-validated share, not the share on the pages fitted, says whether a
fit is better. Prints both, the weights fitted on all pages (as WEIGHTS in
normalize/headline.py holds them) and the pages still wrong; ``--candidates`` lists each of
those pages' candidates, marking those that print the expected headline, with their log-odds
and what each signal adds, to tell a signal measured wrongly from a weight. Deterministic: no
randomness. Needs numpy and scipy (the ``bench`` extra).
"""

from __future__ import annotations

import argparse
import tomllib
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from scipy.optimize import minimize

from normalize.decoding import as_text, repair_text
from normalize.headline import weigh_candidates
from normalize.heads import Candidate
from normalize.inputs import read_documents
from normalize.options import Options
from normalize.page import read_page
from normalize.signal_weights import WEIGHTS
from normalize.text import clean_text
from normalize.trims import in_mixed_case, trimmed

# No signal alone may decide a page: weights stay within these bounds, on this grid.
LOWEST, HIGHEST, GRID = -8.0, 8.0, 0.5
# How many times every weight is moved by the coordinate ascent, at most.
SWEEPS = 12
# Margins count this much at most in the ascent's tie-break.
MARGIN_CLIP = 3.0
# The L2 penalty of the conditional logit, per weight, in units of a page's log-likelihood.
L2 = 1.0
NAMES = list(WEIGHTS)

Weights = NDArray[np.float64]


class Case:
    """One page: its batch, its candidates' signals, and which of them print the headline."""

    def __init__(
        self,
        name: str,
        batch: str,
        signals: list[list[float]],
        right: set[int],
        has: bool,
        texts: list[str] | None = None,
    ):
        self.name = name
        self.batch = batch
        self.signals = signals
        self.right = right
        self.has_headline = has
        self.texts = texts or []  # each candidate's text, for listing a miss's candidates

    def reachable(self) -> bool:
        return not self.has_headline or bool(self.right)


class Pages:
    """All cases' candidates in one matrix, for scoring them all at once."""

    def __init__(self, cases: Sequence[Case]):
        self.cases = list(cases)
        rows = [row for case in self.cases for row in case.signals]
        self.matrix = np.array(rows, dtype=np.float64).reshape(len(rows), len(NAMES))
        counts = np.array([len(case.signals) for case in self.cases], dtype=np.int64)
        self.page = np.repeat(np.arange(len(self.cases)), counts)
        self.filled = counts > 0
        self.right = np.array(
            [k in case.right for case in self.cases for k in range(len(case.signals))], dtype=bool
        )
        self.has = np.array([case.has_headline for case in self.cases], dtype=bool)
        self.reachable = np.array([case.reachable() for case in self.cases], dtype=bool)

    def _page_max(self, values: NDArray[np.float64], default: float) -> NDArray[np.float64]:
        result = np.full(len(self.cases), default)
        np.maximum.at(result, self.page, values)
        return result

    def outcomes(self, weights: Weights) -> tuple[NDArray[np.bool_], float]:
        """Which pages the weights get right, and the sum of clipped margins as a tie-break."""
        scores = self.matrix @ weights
        best = self._page_max(scores, -np.inf)
        index = np.arange(len(scores))
        first = np.full(len(self.cases), len(scores))
        np.minimum.at(first, self.page, np.where(scores == best[self.page], index, len(scores)))
        chosen = self.filled & (best >= 0.0)
        picked_right = np.zeros(len(self.cases), dtype=bool)
        picked_right[self.filled] = self.right[first[self.filled]]
        right = np.where(self.has, chosen & picked_right, ~chosen)
        mine = self._page_max(np.where(self.right, scores, -np.inf), -np.inf)
        others = self._page_max(np.where(self.right, -np.inf, scores), -MARGIN_CLIP)
        margin = np.where(self.has, np.minimum(mine - others, mine), -best)
        margin = np.clip(np.nan_to_num(margin, neginf=-MARGIN_CLIP), -MARGIN_CLIP, MARGIN_CLIP)
        counted = self.reachable & (self.filled | self.has)
        return right, float(margin[counted].sum())


def batch_of(path: Path) -> str:
    """The batch of a pages.toml: its folder under its language's folder, "top" for the
    language's own pages ("fixtures/real/ko/ninth/pages.toml" is "ninth")."""
    return "top" if path.parent.parent.name == "real" else path.parent.name


def printed(candidate: Candidate, candidates: list[Candidate], lines: list[str]) -> str:
    """The title the pipeline prints when it chooses this candidate (extract_headline)."""
    return trimmed(in_mixed_case(candidate, candidates).text, candidate.line, lines)


def load(paths: list[Path]) -> list[Case]:
    cases = []
    for path in paths:
        documents = tomllib.loads(path.read_text("utf-8"))["document"]
        frame = read_documents([path.parent / document["file"] for document in documents])
        for document, raw in zip(documents, frame["text"], strict=True):
            text = repair_text(raw if isinstance(raw, str) else as_text(raw).text).text
            page = read_page(clean_text(text), Options())
            candidates = weigh_candidates(
                page.lines,
                page.machinery,
                page.hashtag_lines | page.dateline_lines,
                {item.line for item in page.datelines} | page.bylines,
            )
            want = None if "title" in document.get("nulls", []) else document.get("title")
            right = {
                k for k, c in enumerate(candidates) if printed(c, candidates, page.lines) == want
            }
            signals = [
                [1.0 if name == "bias" else c.signals.get(name, 0.0) for name in NAMES]
                for c in candidates
            ]
            name = f"{path.parent.name}/{document['file']}"
            texts = [c.text for c in candidates]
            cases.append(Case(name, batch_of(path), signals, right, want is not None, texts))
    return cases


def evaluate(pages: Pages, weights: Weights) -> tuple[int, float]:
    """Pages right, and the sum of margins (clipped) as a tie-break."""
    right, margins = pages.outcomes(weights)
    return int(right.sum()), margins


def fit_ascent(pages: Pages, start: Weights, free: list[int]) -> Weights:
    weights = start.copy()
    current = evaluate(pages, weights)
    grid = [LOWEST + GRID * k for k in range(int((HIGHEST - LOWEST) / GRID) + 1)]
    for _ in range(SWEEPS):
        moved = False
        for j in free:
            for value in grid:
                trial = weights.copy()
                trial[j] = value
                result = evaluate(pages, trial)
                if result > current:
                    weights, current, moved = trial, result, True
        if not moved:
            break
    return weights


def fit_logit(pages: Pages, start: Weights, free: list[int], l2: float) -> Weights:
    """The conditional logit's weights, rounded to the grid, within its bounds."""
    used = pages.reachable[pages.page] & pages.filled[pages.page]
    matrix, page, right = pages.matrix[used], pages.page[used], pages.right[used]
    kept = np.flatnonzero(pages.reachable & pages.filled)
    has = pages.has[kept]
    slot = np.searchsorted(kept, page)  # each candidate's page among the pages fitted

    def loss(free_values: Weights) -> tuple[float, Weights]:
        weights = start.copy()
        weights[free] = free_values
        scores = matrix @ weights
        top = np.zeros(len(kept))
        np.maximum.at(top, slot, scores)
        exp = np.exp(scores - top[slot])
        total = np.exp(-top)  # the "no headline" option, scored 0.0
        np.add.at(total, slot, exp)
        wanted = np.where(has, 0.0, np.exp(-top))
        np.add.at(wanted, slot, np.where(right, exp, 0.0))
        loglik = np.log(wanted) - np.log(total)
        # gradient: the expected signals under the wanted options less those under all
        share_all = exp / total[slot]
        share_wanted = np.where(right, exp, 0.0) / wanted[slot]
        gradient = (share_wanted - share_all) @ matrix
        penalty = free_values - start[free]
        value = -loglik.sum() + l2 * float(penalty @ penalty)
        return value, -gradient[free] + 2 * l2 * penalty

    bounds = [(LOWEST, HIGHEST)] * len(free)
    found = minimize(loss, start[free], jac=True, method="L-BFGS-B", bounds=bounds)
    weights = start.copy()
    weights[free] = np.round(found.x / GRID) * GRID
    return weights


Fit = Callable[[Pages], Weights]


def cross_validate(cases: list[Case], fit: Fit) -> dict[str, tuple[int, int]]:
    """Per batch: pages right with the weights fitted on every other batch, and pages."""
    scored = {}
    for batch in sorted({case.batch for case in cases}):
        weights = fit(Pages([case for case in cases if case.batch != batch]))
        held = Pages([case for case in cases if case.batch == batch])
        scored[batch] = (evaluate(held, weights)[0], len(held.cases))
    return scored


def show_candidates(case: Case, weights: Weights) -> None:
    """A page the weights get wrong: each candidate's log-odds, whether it prints the expected
    headline (``+``), its text, and what each of its signals adds (weight times value)."""
    print(f"{case.name} [{case.batch}]: " + ("headline" if case.has_headline else "no headline"))
    for k, (row, text) in enumerate(zip(case.signals, case.texts, strict=True)):
        adds = {
            name: round(float(weight * value), 2)
            for name, weight, value in zip(NAMES, weights, row, strict=True)
            if value and name != "bias"
        }
        mark = "+" if k in case.right else " "
        score = float(np.dot(weights, row))
        print(f"  {mark} {score:7.2f}  {text[:70]!r}  {adds}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="+", type=Path, help="pages.toml of development pages")
    parser.add_argument("--method", choices=("current", "ascent", "logit"), default="ascent")
    parser.add_argument("--fixed", default="", help="weights kept as they are, by commas")
    parser.add_argument("--l2", type=float, default=L2, help="the logit's L2 penalty")
    parser.add_argument(
        "--candidates",
        action="store_true",
        help="list each page still wrong with its candidates' signals and log-odds",
    )
    args = parser.parse_args()
    cases = load(args.pages)
    start = np.array([WEIGHTS[name] for name in NAMES], dtype=np.float64)
    fixed = set(args.fixed.split(","))
    free = [j for j, name in enumerate(NAMES) if name not in fixed]
    fits: dict[str, Fit] = {
        "current": lambda pages: start,
        "ascent": lambda pages: fit_ascent(pages, start, free),
        "logit": lambda pages: fit_logit(pages, start, free, args.l2),
    }
    fit = fits[args.method]
    reachable = sum(1 for c in cases if c.reachable())
    print(f"{len(cases)} pages; the right answer is among the candidates on {reachable}")
    scored = cross_validate(cases, fit)
    for batch, (right, total) in scored.items():
        print(f"  {batch:<10} {right:>4}/{total:<4} {right / total:.1%}")
    cv = sum(right for right, _ in scored.values())
    print(f"cross-validated (each batch by the others' fit): {cv} ({cv / len(cases):.1%})")
    pages = Pages(cases)
    weights = fit(pages)
    before = evaluate(pages, start)[0]
    after = evaluate(pages, weights)[0]
    print(f"right with the current weights (no fit: cross-validated alike): {before}", end="")
    print(f" ({before / len(cases):.1%})")
    print(f"right with the weights fitted on all pages: {after} ({after / len(cases):.1%})")
    for name, value, old in zip(NAMES, weights, start, strict=True):
        moved = f"  # was {old}" if value != old else ""
        print(f'        "{name}": {float(value)},{moved}')
    outcomes, _ = pages.outcomes(weights)
    wrong = [case for case, ok in zip(cases, outcomes, strict=True) if not ok]
    print("still wrong:", " ".join(case.name for case in wrong))
    if args.candidates:
        for case in wrong:
            show_candidates(case, weights)


if __name__ == "__main__":
    main()
