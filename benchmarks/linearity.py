"""Time against size for every worst shape, through the whole document and each public function.

    python benchmarks/linearity.py                 # 10 KB and 1 MB of each shape
    python benchmarks/linearity.py --large 200000  # a quicker look

Each shape (a long run of "(", "#", digits, separators, Hangul without spaces, a line of
hashtags, one long line of words, many short lines, …) is given at the small and the large
size to ``normalize_document`` and to the public functions that read text. The ratio of the
times is printed beside the ratio of the sizes: linear work keeps them close (100 for 10 KB
against 1 MB), a quadratic pattern squares it (10,000). CPU time of this process, the fastest
of three runs at the small size; each run gets a new text, so that no cache answers it.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import normalize

SHAPES = {
    "parentheses": "(",
    "hashtag marks": "#",
    "line of hashtags": "#ab ",
    "glued hashtags": "#ab",
    "Korean hashtags": "#가나다 ",
    "digits": "1",
    "spaced digits": "1 ",
    "dashes": "-",
    "dots": ". ",
    "colons": ":",
    "slashes": "/",
    "Hangul without spaces": "가",
    "Cyrillic without spaces": "пр",
    "words": "word ",
    "dates": "2024-05-17 ",
    "clock times": "12:30 ",
    "Korean dates": "2024년 5월 ",
    "Russian months": "мая ",
    "entities": "&amp;",
    "mojibake": "Ã©",
    "quotes": '"',
    "breadcrumbs": "> ",
    "mixed scripts": "가a п",
    "short lines": "a\n",
}
FUNCTIONS: dict[str, Callable[[str], object]] = {
    "document": normalize.normalize_document,
    "fragments": normalize.detect_fragments,
    "timestamp": normalize.parse_timestamp,
    "title_key": normalize.title_key,
    "hashtags": normalize.find_hashtags,
}


def seconds(function: Callable[[str], object], unit: str, size: int, tries: int) -> float:
    best = float("inf")
    for attempt in range(tries):
        text = unit * (size // len(unit) - attempt)
        started = time.process_time()
        function(text)
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--large", type=int, default=1_000_000)
    args = parser.parse_args()
    print(f"size ratio {args.large / args.small:,.0f}; time ratio per shape and function")
    print(f"{'shape':24}" + "".join(f"{name:>12}" for name in FUNCTIONS))
    worst = 0.0
    for shape, unit in SHAPES.items():
        cells = []
        for function in FUNCTIONS.values():
            small = seconds(function, unit, args.small, tries=3)
            large = seconds(function, unit, args.large, tries=1)
            ratio = large / max(small, 1e-6)
            worst = max(worst, ratio)
            cells.append(f"{ratio:>7,.0f} {large:>3.0f}s" if large >= 1 else f"{ratio:>12,.0f}")
        print(f"{shape:24}" + "".join(cells), flush=True)
    print(f"largest time ratio {worst:,.0f} (linear: about {args.large / args.small:,.0f})")


if __name__ == "__main__":
    main()
