"""Whole documents against their expected rows: per-field accuracy and boilerplate removal.

    python benchmarks/documents.py fixtures/pages.toml fixtures/expected.toml

Each TOML file lists ``[[document]]`` tables (see fixtures/expected.toml for the fields); files
are read relative to the TOML file. Prints, per set: the share of documents whose title,
title_lang, alt_titles, published_at, modified_at and hashtags are right; boilerplate recall
(machinery lines that left the body) and precision (of the labelled lines that left, the share
that were machinery); documents/s and peak resident memory. Given several files, it prints
each field's share over all of their documents too.

``--scores`` tells what ``title_score`` is worth to a pipeline that filters on it: for each
threshold, the rows kept (a title given with at least that score), the share of them whose
title is right, and the share of the pages with a headline whose right title is kept.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import tomllib
from datetime import datetime
from pathlib import Path
from typing import Any

from normalize import normalize_documents, read_documents

FIELDS = ("title", "title_lang", "alt_titles", "published_at", "modified_at", "hashtags")
# The title_score thresholds ``--scores`` reports.
THRESHOLDS = (0.5, 0.8, 0.9, 0.95, 0.99)


def _instant(value: datetime | None) -> str | None:
    return None if value is None else value.strftime("%Y-%m-%dT%H:%M:%SZ")


def _expected(document: dict[str, Any], field: str) -> Any:
    if field in document.get("nulls", []):
        return None
    return document.get(field, ...)


def evaluate(toml_path: Path) -> dict[str, Any]:
    documents = tomllib.loads(toml_path.read_text("utf-8"))["document"]
    paths = [toml_path.parent / document["file"] for document in documents]
    started = time.perf_counter()
    table = normalize_documents(
        read_documents(paths),
        id_column="doc_id",
        source_column="source",
        warnings_column="read_warnings",
    )
    seconds = time.perf_counter() - started
    rows = table.to_dicts()
    right = dict.fromkeys(FIELDS, 0)
    counted = dict.fromkeys(FIELDS, 0)
    misses: list[str] = []
    titles: list[tuple[float, bool, bool]] = []  # title_score, title right, page has a headline
    machinery_gone = machinery_total = content_gone = content_total = 0
    for document, row in zip(documents, rows, strict=True):
        for field in FIELDS:
            want = _expected(document, field)
            if want is ...:
                continue
            got = _instant(row[field]) if field.endswith("_at") else row[field]
            counted[field] += 1
            if got == want:
                right[field] += 1
            else:
                misses.append(f"{document['file']}: {field}: want {want!r}, got {got!r}")
        want_title = _expected(document, "title")
        if want_title is not ... and row["title"] is not None:
            right_title = row["title"] == want_title
            titles.append((row["title_score"], right_title, want_title is not None))
        body_lines = set(row["body"].split("\n"))
        excludes = document.get("body_excludes", [])
        includes = document.get("body_includes", [])
        machinery_total += len(excludes)
        machinery_gone += sum(line not in body_lines for line in excludes)
        content_total += len(includes)
        content_gone += sum(text not in row["body"] for text in includes)
    removed = machinery_gone + content_gone
    return {
        "documents": len(documents),
        "accuracy": {field: right[field] / counted[field] for field in FIELDS if counted[field]},
        "right": right,
        "counted": counted,
        "boilerplate_recall": machinery_gone / machinery_total if machinery_total else 1.0,
        "boilerplate_precision": machinery_gone / removed if removed else 1.0,
        "content_kept": 1 - content_gone / content_total if content_total else 1.0,
        "documents_per_second": len(documents) / seconds,
        "misses": misses,
        "titles": titles,
        "headlines": sum(_expected(document, "title") not in (None, ...) for document in documents),
    }


def print_scores(titles: list[tuple[float, bool, bool]], headlines: int) -> None:
    """What filtering rows on ``title_score`` keeps, and how many of the kept titles are right."""
    print("\ntitle_score >= t: titles kept, share right, share of the pages' headlines kept right")
    for threshold in THRESHOLDS:
        kept = [(right, real) for score, right, real in titles if score >= threshold]
        right = sum(right for right, _ in kept)
        share = right / len(kept) if kept else 1.0
        recall = right / headlines if headlines else 1.0
        print(f"  {threshold:<5} {len(kept):6d} {share:8.1%} {recall:8.1%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("expectations", nargs="+", type=Path, help="TOML files of expected rows")
    parser.add_argument("--misses", action="store_true", help="list every wrong field")
    parser.add_argument("--scores", action="store_true", help="titles kept and right by score")
    args = parser.parse_args()
    right = dict.fromkeys(FIELDS, 0)
    counted = dict.fromkeys(FIELDS, 0)
    titles: list[tuple[float, bool, bool]] = []
    headlines = 0
    for path in args.expectations:
        result = evaluate(path)
        titles += result["titles"]
        headlines += result["headlines"]
        for field in FIELDS:
            right[field] += result["right"][field]
            counted[field] += result["counted"][field]
        print(f"\n{path} ({result['documents']} documents)")
        for field, share in result["accuracy"].items():
            print(f"  {field:<22} {share:6.1%}")
        print(f"  {'boilerplate recall':<22} {result['boilerplate_recall']:6.1%}")
        print(f"  {'boilerplate precision':<22} {result['boilerplate_precision']:6.1%}")
        print(f"  {'content lines kept':<22} {result['content_kept']:6.1%}")
        print(f"  {'documents/s':<22} {result['documents_per_second']:8.0f}")
        if args.misses:
            for miss in result["misses"]:
                print(f"    miss: {miss}")
    if len(args.expectations) > 1:
        print(f"\nall {len(args.expectations)} files, each field over the documents that give it")
        for field in FIELDS:
            if counted[field]:
                share = right[field] / counted[field]
                print(f"  {field:<22} {share:6.1%}  ({right[field]}/{counted[field]})")
    if args.scores:
        print_scores(titles, headlines)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak resident memory: {peak:.0f} MB", file=sys.stdout)


if __name__ == "__main__":
    main()
