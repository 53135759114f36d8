"""The compiled core's page, echo and headline rooms against the Python ones, side by side:
agreement on the page's facts and on the headline (title, language, variants, lines, score
to the last bit) and speed in pages per second.

Usage: python benchmarks/core_headline.py BENCH_DIR [--pages N]

The pages are the project's fixture pages, cleaned as ``normalize.documents`` cleans them, and
pages built from the bench's public texts: a short sentence of ``langid/sentences.tsv`` as the
headline, a case of ``timestamps/dateparser_cases.tsv`` as the dateline, then sentences and
mixed lines (``langid/mixed.tsv``) as the story. Both sides are warmed up first; speed is the
CPU time of this process (``time.process_time``), a call per page from Python for both.

    python benchmarks/core_headline.py BENCH
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# The project's own package, whether or not it is installed.
sys.path.append(str(ROOT))

from normalize.core import compiled  # noqa: E402
from normalize.decoding import repair_text  # noqa: E402
from normalize.documents import _cut  # noqa: E402
from normalize.headline import extract_headline  # noqa: E402
from normalize.options import Options  # noqa: E402
from normalize.page import Page, echo_words, read_page  # noqa: E402
from normalize.text import clean_text  # noqa: E402

FIXTURES = ROOT / "fixtures"
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# Pages that load what both sides read once: segmenters, language models, zones.
WARM_UP = [
    "Leaders meet in Beijing\n\nMay 17, 2024\n\nThey met on Thursday.\n\n#summit #peace",
    "지도자들 베이징서 회담\n\n입력 2024.05.17. 오후 2:30\n\n#정상회담 #베이징",
    "Лидеры встретились в Пекине\n\n17 мая 2024, 10:15\n\n#саммит #Пекин",
]


def cleaned(text: str) -> str:
    repaired = repair_text(text).text
    return clean_text(repaired[: _cut(repaired, 0)])


def column(path: Path, name: str) -> list[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [row[name] for row in reader if row.get(name)]


def bench_pages(bench: Path, count: int) -> list[str]:
    """Pages of a headline, a dateline and a story, from the bench's texts, in file order."""
    sentences = column(bench / "langid" / "sentences.tsv", "text")
    mixed = column(bench / "langid" / "mixed.tsv", "text")
    times = column(bench / "timestamps" / "dateparser_cases.tsv", "text")
    heads = [s.rstrip(".") for s in sentences if 3 <= len(s.split()) <= 12]
    pages = []
    for k in range(count):
        story = [sentences[(7 * k + j) % len(sentences)] for j in range(3)]
        lines = [heads[k % len(heads)], times[k % len(times)], *story, mixed[k % len(mixed)]]
        pages.append(cleaned("\n\n".join(lines)))
    return pages


def micros(value: datetime | None) -> int | None:
    return None if value is None else (value - EPOCH) // timedelta(microseconds=1)


def python_side(text: str) -> tuple[Any, ...]:
    page = read_page(text, Options())
    found = extract_headline(*headline_inputs(page))
    alts = [(alt.text, alt.lang) for alt in found.alt_titles]
    headline = (found.title, found.lang, alts, sorted(found.lines), found.score, found.line)
    return page_tuple(page), headline


def headline_inputs(page: Page) -> tuple[list[str], dict[int, str], set[int], set[int]]:
    return (
        page.lines,
        dict(page.machinery),
        page.hashtag_lines | page.dateline_lines,
        {item.line for item in page.datelines} | page.bylines,
    )


def page_tuple(page: Page) -> tuple[Any, ...]:
    datelines = [
        (d.line, d.role, d.rank, micros(d.reading.value), d.start, d.end) for d in page.datelines
    ]
    return (
        page.lines,
        [(i, kind) for i, kind in page.machinery.items()],
        [(h.tag, h.words, h.lang, h.start, h.end) for h in page.hashtags],
        sorted(page.hashtag_lines),
        datelines,
        sorted(page.dateline_lines),
        sorted(page.bylines),
    )


def core_side(core: Any) -> Callable[[str], tuple[Any, ...]]:
    def run(text: str) -> tuple[Any, ...]:
        lines, machinery, hashtags, tagged, datelines, covered, bylines = core.page__read_page(text)
        machinery = [tuple(pair) for pair in machinery]
        short = [(d[0], d[1], d[2], d[3], d[9], d[10]) for d in datelines]
        page = (lines, machinery, hashtags, tagged, short, covered, bylines)
        skip = set(tagged) | set(covered)
        dated = {d[0] for d in datelines} | set(bylines)
        title, lang, alts, used, score, line = core.headline__extract_headline(
            lines, dict(machinery), skip, dated
        )
        return page, (title, lang, [tuple(a) for a in alts], used, score, line)

    return run


def timed(call: Callable[[str], Any], pages: list[str]) -> tuple[list[Any], float]:
    start = time.process_time()
    found = [call(page) for page in pages]
    return found, time.process_time() - start


def compare(name: str, core: Any, pages: list[str]) -> bool:
    expected, python_seconds = timed(python_side, pages)
    got, core_seconds = timed(core_side(core), pages)
    page_same = sum(a[0] == b[0] for a, b in zip(expected, got, strict=True))
    head_same = sum(a[1] == b[1] for a, b in zip(expected, got, strict=True))
    for text, a, b in zip(pages, expected, got, strict=True):
        if a != b:
            print(f"  differs: {text[:80]!r}: python {a[1]} core {b[1]}")
    n = max(len(pages), 1)
    speedup = python_seconds / core_seconds if core_seconds else 0.0
    print(
        f"{name:<22} {len(pages):>6} {page_same / n:>8.2%} {head_same / n:>8.2%}"
        f" {len(pages) / python_seconds:>10,.0f} {len(pages) / core_seconds:>10,.0f}"
        f" {speedup:>6.1f}"
    )
    return page_same == head_same == len(pages)


def compare_echo_words(core: Any, bench: Path) -> bool:
    """echo_words on every text of the bench's language files."""
    texts = [
        text
        for name in ("words", "pairs", "sentences", "mixed")
        for text in column(bench / "langid" / f"{name}.tsv", "text")
    ]
    expected, python_seconds = timed(echo_words, texts)
    got, core_seconds = timed(core.page__echo_words, texts)
    same = sum(a == b for a, b in zip(expected, got, strict=True))
    speedup = python_seconds / core_seconds if core_seconds else 0.0
    print(
        f"\necho_words on {len(texts):,} bench texts: {same / len(texts):.2%} agree;"
        f" texts/s python {len(texts) / python_seconds:,.0f},"
        f" core {len(texts) / core_seconds:,.0f} ({speedup:.1f}x)"
    )
    return same == len(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bench", type=Path, help="the bench folder (holds langid/, timestamps/)")
    parser.add_argument("--pages", type=int, default=2000, help="how many bench pages to build")
    args = parser.parse_args()
    core = compiled()
    if core is None:
        sys.exit("The compiled core is not built: run pip install -e . first.")
    fixtures = [
        cleaned(path.read_text("utf-8", errors="replace"))
        for path in sorted(FIXTURES.rglob("*.txt"))
    ]
    built = bench_pages(args.bench, args.pages)
    for warm in WARM_UP:  # models and word lists loaded on both sides
        python_side(warm)
        core_side(core)(warm)
    print(
        f"{'pages':<22} {'count':>6} {'page':>8} {'headline':>8} {'python/s':>10} {'core/s':>10}"
        f" {'x':>6}"
    )
    agree = compare("fixtures", core, fixtures)
    agree &= compare("bench (langid+times)", core, built)
    agree &= compare_echo_words(core, args.bench)
    sys.exit(0 if agree else 1)


if __name__ == "__main__":
    main()
