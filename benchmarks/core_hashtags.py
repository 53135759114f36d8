"""The compiled core's hashtag splitter against the Python one, side by side: agreement on
words and speed in tags per second.

Usage: python benchmarks/core_hashtags.py BENCH_DIR [--fallback]

BENCH_DIR holds ``hashtags/*.tsv`` (first column the hashtag). The project's own tags are
added: ``fixtures/hashtags_ko.tsv``, ``fixtures/real/**/hashtags.tsv``, the tags of
``tests/cases/hashtags*.tsv`` (those found in the texts of the found and listed cases), and
every tag found on a line of a fixture page, whose spans, languages and listing are compared
too. Both are warmed up (word lists loaded) before they are timed; speed is the CPU time of
this process (``time.process_time``), a call per tag from Python for both.

``--fallback`` lists the fixture pages' tags whose language the word lists do not decide: the
Python room asks its language detector for them, the core's hashtag room leaves them to the
languages room (None).

    python benchmarks/core_hashtags.py BENCH
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from unittest.mock import patch

ROOT = Path(__file__).resolve().parents[1]
# The project's own package, whether or not it is installed.
sys.path.append(str(ROOT))

from normalize import hashtags  # noqa: E402
from normalize.core import compiled  # noqa: E402
from normalize.languages import detect_language  # noqa: E402

FIXTURES = ROOT / "fixtures"
CASES = ROOT / "tests" / "cases"
TEXT_COLUMNS = ("text", "line")


def read_column(path: Path) -> tuple[str, list[str]]:
    """The first column of a TSV (comment lines skipped), or its text column, with its name."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        column = next((header.index(name) for name in TEXT_COLUMNS if name in header), 0)
        return header[column], [row[column] for row in reader if len(row) > column]


def tag_sets(bench: Path) -> Iterator[tuple[str, list[str]]]:
    """Each set's name and tags: the bench's, then the project's."""
    for path in sorted((bench / "hashtags").glob("*.tsv")):
        yield path.stem, read_column(path)[1]
    own = [
        FIXTURES / "hashtags_ko.tsv",
        *sorted((FIXTURES / "real").rglob("hashtags.tsv")),
        *sorted(CASES.glob("hashtags*.tsv")),
    ]
    for path in own:
        column, cells = read_column(path)
        if column in TEXT_COLUMNS:
            cells = [tag.tag for text in cells for tag in hashtags.find_hashtags(text)]
        yield str(path.relative_to(ROOT)), cells


def fixture_lines() -> list[str]:
    """Every distinct line of every fixture page."""
    pages = (path.read_text("utf-8", errors="replace") for path in FIXTURES.rglob("*.txt"))
    return sorted({line for page in pages for line in page.split("\n")})


def timed(split: Callable[[str], Any], tags: list[str]) -> tuple[list[Any], float]:
    start = time.process_time()
    words = [split(tag) for tag in tags]
    return words, time.process_time() - start


def rate(count: int, seconds: float) -> str:
    return f"{count / seconds:>10,.0f}" if seconds > 0 else f"{'-':>10}"


def compare_splits(core: Any, sets: list[tuple[str, list[str]]]) -> bool:
    print(f"{'set':<44} {'tags':>6} {'agree':>8} {'python/s':>10} {'core/s':>10} {'x':>6}")
    total, agreed, python_time, core_time = 0, 0, 0.0, 0.0
    for name, tags in sets:
        expected, python_seconds = timed(hashtags.split_hashtag, tags)
        words, core_seconds = timed(core.hashtags__split_hashtag, tags)
        same = sum(a == b for a, b in zip(expected, words, strict=True))
        for tag, a, b in zip(tags, expected, words, strict=True):
            if a != b:
                print(f"  differs: {tag!r}: python {a} core {b}")
        total, agreed = total + len(tags), agreed + same
        python_time, core_time = python_time + python_seconds, core_time + core_seconds
        speedup = python_seconds / core_seconds if core_seconds else 0.0
        print(
            f"{name:<44} {len(tags):>6} {same / max(len(tags), 1):>8.2%}"
            f" {rate(len(tags), python_seconds)} {rate(len(tags), core_seconds)} {speedup:>6.1f}"
        )
    speedup = python_time / core_time if core_time else 0.0
    print(
        f"{'all':<44} {total:>6} {agreed / max(total, 1):>8.2%}"
        f" {rate(total, python_time)} {rate(total, core_time)} {speedup:>6.1f}"
    )
    return agreed == total


def compare_found(core: Any, lines: list[str]) -> bool:
    """find_hashtags and is_listed on every fixture line, languages left to the word lists."""
    with patch.object(hashtags, "detect_language", lambda text: None):
        hashtags._read_tag.cache_clear()  # type: ignore[attr-defined]
        start = time.process_time()
        found = [hashtags.find_hashtags(line) for line in lines]
        python_seconds = time.process_time() - start
    hashtags._read_tag.cache_clear()  # type: ignore[attr-defined]
    start = time.process_time()
    core_found = [core.hashtags__find_hashtags(line) for line in lines]
    core_seconds = time.process_time() - start
    same = 0
    for line, tags, core_tags in zip(lines, found, core_found, strict=True):
        expected = [(h.tag, h.words, h.lang, h.start, h.end) for h in tags]
        listed = [hashtags.is_listed(line, h) for h in tags]
        core_listed = [core.hashtags__is_listed(line, h.start, h.end) for h in tags]
        same += expected == core_tags and listed == core_listed
    print(
        f"\nfind_hashtags + is_listed on {len(lines):,} fixture lines"
        f" ({sum(map(len, found))} tags): {same / len(lines):.2%} of lines agree;"
        f" lines/s python {rate(len(lines), python_seconds).strip()},"
        f" core {rate(len(lines), core_seconds).strip()}"
    )
    return same == len(lines)


def list_fallbacks(lines: list[str]) -> None:
    """The fixture pages' tags whose language Python asks its detector for, and how many of
    the tags of the fixtures' tag files."""
    asked: dict[str, str] = {}
    with patch.object(hashtags, "detect_language", lambda text: None):
        for path in [
            FIXTURES / "hashtags_ko.tsv",
            *sorted((FIXTURES / "real").rglob("hashtags.tsv")),
        ]:
            column, tags = read_column(path)
            if column == "hashtag":
                words = [hashtags.split_hashtag(tag) for tag in tags]
                count = sum(hashtags._tag_language(split) is None for split in words)
                print(f"{path.relative_to(ROOT)}: {count} of {len(tags)} tags take the fallback")
        for line in lines:
            for found in hashtags.find_hashtags(line):
                if hashtags._tag_language(found.words) is None:
                    asked.setdefault(found.tag, detect_language(" ".join(found.words)))
    hashtags._read_tag.cache_clear()  # type: ignore[attr-defined]
    print(f"\n{len(asked)} distinct tags of the fixture pages take the fallback (tag, language):")
    for tag, lang in sorted(asked.items()):
        print(f"  {tag}\t{lang}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bench", type=Path, help="the bench folder (holds hashtags/)")
    parser.add_argument("--fallback", action="store_true", help="list the fallback tags")
    args = parser.parse_args()
    core = compiled()
    if core is None:
        sys.exit("The compiled core is not built: run pip install -e . first.")
    for warm in ("warmup", "Путинвстреча", "정상회담"):
        hashtags.split_hashtag(warm)
        core.hashtags__split_hashtag(warm)
    lines = fixture_lines()
    agree = compare_splits(core, list(tag_sets(args.bench)))
    agree &= compare_found(core, lines)
    if args.fallback:
        list_fallbacks(lines)
    sys.exit(0 if agree else 1)


if __name__ == "__main__":
    main()
