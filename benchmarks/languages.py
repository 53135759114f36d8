"""Language identification benchmark: normalize against seeded langdetect and lingua.

Usage: python benchmarks/languages.py LANGID_DIR [--limit N] [--tools normalize,langdetect,lingua]

LANGID_DIR holds words.tsv, pairs.tsv, sentences.tsv (text, lang) and mixed.tsv (id, text,
gold, combo, style). Each tool runs in its own process so that its peak memory is its own.
Printed per granularity: accuracy per language, mean accuracy on en/ru/ko, leak (the share of
rows of the nine confuser languages called ru or en), accuracy on en/ru/ko when the tool is
restricted to those three, and texts per second; for mixed lines: the share of letters labelled
right (char_acc), the rows whose fragments are exactly right (exact) and whose sequence of
languages is right (langseq), and lines per second. Throughput counts the CPU time of the
tool's process (time.process_time), so that other work on a shared machine does not move it;
import to first answer is wall time.

    python benchmarks/languages.py LANGID_DIR --lines fixtures/real/*/mixed_lines.tsv --rows odd

adds the real mixed lines: lines of the kind Korean, Russian and English pages mix languages
in (a file of `text`, `fragments` as "lang: text" pieces joined by " ¦ ", `comment`), scored
like mixed.tsv (char_acc, exact, langseq). `--rows even` reads the rows kept for development
(data rows 0, 2, 4, ...), `--rows odd` the rows kept aside, `--rows all` both.

    python benchmarks/languages.py --documents CORPUS_DIR

times normalize alone on whole pages (a folder of .txt files, e.g. from benchmarks/corpus.py):
detect_fragments on each page, detect_language and dominant_script on its first 1,500
characters (the sample the document pipeline reads), CPU time, best of three passes.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

TARGETS = ("en", "ru", "ko")
CONFUSERS = ("uk", "bg", "be", "sr", "de", "fr", "es", "it", "nl")
LANGUAGES = TARGETS + CONFUSERS
GRANULARITIES = ("words", "pairs", "sentences")
TOOLS = ("normalize", "langdetect", "lingua")

Span = tuple[int, int, str]


def read_rows(path: Path) -> list[list[str]]:
    """Rows of a header-led, unquoted TSV file, header left out."""
    lines = path.read_text(encoding="utf-8").split("\n")
    return [line.split("\t") for line in lines[1:] if line]


def limited(rows: list[list[str]], limit: int | None, column: int) -> list[list[str]]:
    """The first `limit` rows of each language (all rows without a limit)."""
    if limit is None:
        return rows
    seen: dict[str, int] = {}
    kept = []
    for row in rows:
        seen[row[column]] = seen.get(row[column], 0) + 1
        if seen[row[column]] <= limit:
            kept.append(row)
    return kept


# --- the tools, each as (detect one language, detect fragments) ------------------------------


def normalize_tool(
    languages: Sequence[str],
) -> tuple[Callable[[str], str], Callable[[str], list[Span]]]:
    from normalize.languages import detect_fragments, detect_language

    restrict = frozenset(languages) if len(languages) < len(LANGUAGES) else None

    def one(text: str) -> str:
        return detect_language(text, languages=restrict)

    def many(text: str) -> list[Span]:
        return [(f.start, f.end, f.lang) for f in detect_fragments(text, languages=restrict)]

    return one, many


def langdetect_tool(
    languages: Sequence[str],
) -> tuple[Callable[[str], str], Callable[[str], list[Span]]]:
    from langdetect import DetectorFactory, LangDetectException, detect, detect_langs

    DetectorFactory.seed = 0
    wanted = set(languages)

    def one(text: str) -> str:
        try:
            if len(wanted) == len(LANGUAGES):
                return str(detect(text))
            for guess in detect_langs(text):
                if guess.lang in wanted:
                    return str(guess.lang)
        except LangDetectException:
            pass
        return "und"

    def many(text: str) -> list[Span]:
        # langdetect has no fragment mode: the whole line gets its one label.
        return [(0, len(text), one(text))]

    return one, many


def lingua_tool(
    languages: Sequence[str],
) -> tuple[Callable[[str], str], Callable[[str], list[Span]]]:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    chosen = [
        Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in languages
    ]
    detector = LanguageDetectorBuilder.from_languages(*chosen).build()

    def code(language: Language | None) -> str:
        return "und" if language is None else str(language.iso_code_639_1.name).lower()

    def one(text: str) -> str:
        return code(detector.detect_language_of(text))

    def many(text: str) -> list[Span]:
        found = detector.detect_multiple_languages_of(text)
        return [(r.start_index, r.end_index, code(r.language)) for r in found]

    return one, many


# Run from a checkout without installing: the package is the folder above this one.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

MAKERS = {"normalize": normalize_tool, "langdetect": langdetect_tool, "lingua": lingua_tool}


# --- metrics ----------------------------------------------------------------------------------


def trimmed(text: str, spans: Sequence[Span]) -> list[Span]:
    """Spans with same-language neighbours merged, trimmed to alphanumerics, empty ones dropped."""
    merged: list[Span] = []
    for start, end, lang in spans:
        if merged and merged[-1][2] == lang:
            merged[-1] = (merged[-1][0], end, lang)
        else:
            merged.append((start, end, lang))
    out: list[Span] = []
    for start, end, lang in merged:
        while start < end and not text[start].isalnum():
            start += 1
        while end > start and not text[end - 1].isalnum():
            end -= 1
        if start < end:
            out.append((start, end, lang))
    return out


def mixed_scores(
    text: str, gold: Sequence[Span], predicted: Sequence[Span]
) -> tuple[int, int, bool, bool]:
    """Letters labelled right, letters in gold spans, exact fragments, right language sequence."""
    labels: list[str | None] = [None] * len(text)
    for start, end, lang in predicted:
        for i in range(max(start, 0), min(end, len(text))):
            labels[i] = lang
    right = total = 0
    for start, end, lang in gold:
        for i in range(start, end):
            if not text[i].isspace():
                total += 1
                right += labels[i] == lang
    exact = trimmed(text, gold) == trimmed(text, predicted)
    langseq = [s[2] for s in trimmed(text, gold)] == [s[2] for s in trimmed(text, predicted)]
    return right, total, exact, langseq


PIECES = " ¦ "


def gold_spans(text: str, pieces: str) -> list[Span]:
    """Spans of "lang: text" pieces, each found in the line after the one before.

    >>> gold_spans("Фото: Reuters", "ru: Фото: ¦ en: Reuters")
    [(0, 5, 'ru'), (6, 13, 'en')]
    """
    spans: list[Span] = []
    cursor = 0
    for piece in pieces.split(PIECES):
        lang, _, part = piece.partition(": ")
        start = text.find(part, cursor)
        if not part or start < 0:
            raise ValueError(f"The piece {piece!r} is not in the line {text!r} after {cursor}.")
        spans.append((start, start + len(part), lang))
        cursor = start + len(part)
    return spans


def real_lines(paths: Sequence[Path], rows: str) -> list[tuple[str, list[Span]]]:
    """The lines of mixed-line files with their gold spans: the data rows at even positions
    (0, 2, ...), at odd ones, or all, counted in each file."""
    lines = []
    for path in paths:
        data = [
            line.split("\t")
            for line in path.read_text(encoding="utf-8").split("\n")[1:]
            if line and not line.startswith("# ") and line != "#"
        ]
        header, body = data[0], data[1:]
        text, fragments = header.index("text"), header.index("fragments")
        for position, row in enumerate(body):
            if rows == "all" or position % 2 == (rows == "odd"):
                line = row[text].replace("\\n", "\n")
                lines.append((line, gold_spans(line, row[fragments])))
    return lines


def mixed_result(
    many: Callable[[str], list[Span]],
    lines: Sequence[tuple[str, Sequence[Span]]],
    ids: Sequence[str] | None = None,
) -> dict[str, object]:
    """char_acc, exact, langseq and speed of a fragment detector on lines with gold spans;
    the ids of the lines not exactly right (their positions without `ids`)."""
    began = time.process_time()
    predictions = [many(text) for text, _ in lines]
    elapsed = time.process_time() - began
    right = total = exact = langseq = 0
    failures = []
    for k, ((text, gold), predicted) in enumerate(zip(lines, predictions, strict=True)):
        r, t, e, s = mixed_scores(text, gold, predicted)
        right, total, exact, langseq = right + r, total + t, exact + e, langseq + s
        if not e:
            failures.append(ids[k] if ids is not None else str(k))
    return {
        "char_acc": right / total,
        "exact": exact / len(lines),
        "langseq": langseq / len(lines),
        "lines_per_s": len(lines) / max(elapsed, 1e-9),
        "failed_ids": failures,
    }


def run_tool(
    tool: str, folder: Path, limit: int | None, lines: Sequence[Path] = (), which: str = "all"
) -> dict[str, object]:
    """Every measurement for one tool, in this process."""
    started = time.perf_counter()
    one, many = MAKERS[tool](LANGUAGES)
    one("Описание к видео")
    result: dict[str, object] = {"first_answer_s": time.perf_counter() - started}
    one3, _ = MAKERS[tool](TARGETS)
    for granularity in GRANULARITIES:
        rows = limited(read_rows(folder / f"{granularity}.tsv"), limit, 1)
        texts = [row[0] for row in rows]
        began = time.process_time()
        guesses = [one(text) for text in texts]
        elapsed = time.process_time() - began
        per_lang: dict[str, list[int]] = {}
        leak = [0, 0]
        for row, guess in zip(rows, guesses, strict=True):
            counts = per_lang.setdefault(row[1], [0, 0])
            counts[0] += guess == row[1]
            counts[1] += 1
            if row[1] in CONFUSERS:
                leak[0] += guess in ("ru", "en")
                leak[1] += 1
        targets = [(row[0], row[1]) for row in rows if row[1] in TARGETS]
        right3 = sum(one3(text) == lang for text, lang in targets)
        result[granularity] = {
            "accuracy": {lang: c[0] / c[1] for lang, c in per_lang.items()},
            "mean_targets": sum(per_lang[t][0] / per_lang[t][1] for t in TARGETS) / len(TARGETS),
            "leak": leak[0] / max(leak[1], 1),
            "targets_only": right3 / max(len(targets), 1),
            "texts_per_s": len(texts) / elapsed,
        }
    rows = read_rows(folder / "mixed.tsv")
    if limit is not None:
        rows = rows[: limit * 4]
    generated = [(row[1], [(s, e, lang) for s, e, lang in json.loads(row[2])]) for row in rows]
    result["mixed"] = mixed_result(many, generated, [row[0] for row in rows])
    if lines:
        result["lines"] = mixed_result(many, real_lines(lines, which))
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def report(results: dict[str, dict[str, object]], rows: str = "all") -> None:
    """Side-by-side tables, one column per tool."""
    tools = list(results)
    head = f"{'':34}" + "".join(f"{tool:>14}" for tool in tools)
    print(head)
    for granularity in GRANULARITIES:
        print(f"-- {granularity}")
        for lang in LANGUAGES:
            cells = [results[t][granularity]["accuracy"].get(lang, 0.0) for t in tools]  # type: ignore[index]
            print(f"   accuracy {lang:22}" + "".join(f"{100 * c:13.1f}%" for c in cells))
        for key, label, scale, unit in (
            ("mean_targets", "mean accuracy en/ru/ko", 100, "%"),
            ("leak", "leak (confusers called ru/en)", 100, "%"),
            ("targets_only", "en/ru/ko only, accuracy", 100, "%"),
            ("texts_per_s", "texts/s", 1, " "),
        ):
            cells = [results[t][granularity][key] for t in tools]  # type: ignore[index]
            digits = 2 if key == "leak" else 1  # the leak bars are fractions of a per cent
            print(f"   {label:31}" + "".join(f"{scale * c:13.{digits}f}{unit}" for c in cells))
        if len(tools) > 1 and "langdetect" in tools:
            base = results["langdetect"][granularity]["texts_per_s"]  # type: ignore[index]
            cells = [results[t][granularity]["texts_per_s"] / base for t in tools]  # type: ignore[index]
            print(f"   {'speed, times langdetect':31}" + "".join(f"{c:13.1f}x" for c in cells))
    for part, title in (("mixed", "mixed lines"), ("lines", f"real mixed lines, {rows} rows")):
        if part not in results[tools[0]]:
            continue
        print(f"-- {title}")
        for key, label, scale, unit in (
            ("char_acc", "letter accuracy", 100, "%"),
            ("exact", "exact fragments", 100, "%"),
            ("langseq", "language sequence", 100, "%"),
            ("lines_per_s", "lines/s", 1, " "),
        ):
            cells = [results[t][part][key] for t in tools]  # type: ignore[index]
            print(f"   {label:31}" + "".join(f"{scale * c:13.1f}{unit}" for c in cells))
    print("-- process")
    for key, label in (
        ("first_answer_s", "import to first answer, s"),
        ("peak_rss_mb", "peak RSS, MB"),
    ):
        cells = [results[t][key] for t in tools]
        print(f"   {label:31}" + "".join(f"{c:14.2f}" for c in cells))


def time_documents(folder: Path, sample: int = 1500, passes: int = 3) -> None:
    """Print the CPU time of the language stage on the pages of a corpus folder."""
    from normalize.languages import detect_fragments, detect_language
    from normalize.scripts import dominant_script

    pages = [
        path.read_text(encoding="utf-8", errors="replace") for path in sorted(folder.rglob("*.txt"))
    ]
    for page in pages[:100]:  # models built and first words scored before timing
        detect_fragments(page)
    stages: dict[str, Callable[[str], object]] = {
        "detect_fragments, whole page": detect_fragments,
        f"detect_language, first {sample} chars": lambda page: detect_language(page[:sample]),
        f"dominant_script, first {sample} chars": lambda page: dominant_script(page[:sample]),
    }
    print(f"{len(pages)} pages, {sum(map(len, pages)) / 1e6:.1f} M characters")
    for name, stage in stages.items():
        best = float("inf")
        for _ in range(passes):
            began = time.process_time()
            for page in pages:
                stage(page)
            best = min(best, time.process_time() - began)
        print(f"{name:<40} {best:7.3f} s CPU  {len(pages) / best:9.0f} pages/s")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path, nargs="?", help="the langid benchmark folder")
    parser.add_argument("--documents", type=Path, help="time the language stage on pages")
    parser.add_argument("--limit", type=int, default=None, help="rows per language (default all)")
    parser.add_argument("--tools", default=",".join(TOOLS), help="comma-separated tools to run")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--failures", action="store_true", help="print ids of mixed lines missed")
    parser.add_argument(
        "--lines", type=Path, nargs="+", default=[], help="real mixed-line files (.tsv) to score"
    )
    parser.add_argument(
        "--rows",
        choices=("even", "odd", "all"),
        default="all",
        help="which data rows of the --lines files: even (development), odd (kept aside), all",
    )
    args = parser.parse_args(argv)
    if args.documents is not None:
        time_documents(args.documents)
        return
    if args.folder is None:
        parser.error("the langid benchmark folder is required without --documents.")
    if args.one:
        print(json.dumps(run_tool(args.one, args.folder, args.limit, args.lines, args.rows)))
        return
    results = {}
    for tool in args.tools.split(","):
        command = [sys.executable, __file__, str(args.folder), "--one", tool]
        if args.limit is not None:
            command += ["--limit", str(args.limit)]
        if args.lines:
            command += ["--rows", args.rows, "--lines", *map(str, args.lines)]
        done = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=True)
        results[tool] = json.loads(done.stdout)
    report(results, args.rows)
    if args.failures:
        for tool in results:
            for part in ("mixed", "lines"):
                if part in results[tool]:
                    missed = " ".join(results[tool][part]["failed_ids"])
                    print(tool, f"missed {part} ids:", missed)


if __name__ == "__main__":
    main()
