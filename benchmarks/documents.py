"""Whole documents against their expected rows: per-field accuracy and boilerplate removal.

    python benchmarks/documents.py fixtures/pages.toml fixtures/expected.toml

Each TOML file lists ``[[document]]`` tables (see fixtures/expected.toml for the fields); files
are read relative to the TOML file. Prints, per set: the share of documents whose title,
title_lang, alt_titles, published_at, modified_at and hashtags are right; boilerplate recall
(machinery lines that left the body) and precision (of the labelled lines that left, the share
that were machinery); documents/s and peak resident memory. Given several files, it prints
each field's share over all of their documents too.
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
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("expectations", nargs="+", type=Path, help="TOML files of expected rows")
    parser.add_argument("--misses", action="store_true", help="list every wrong field")
    args = parser.parse_args()
    right = dict.fromkeys(FIELDS, 0)
    counted = dict.fromkeys(FIELDS, 0)
    for path in args.expectations:
        result = evaluate(path)
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
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak resident memory: {peak:.0f} MB", file=sys.stdout)


if __name__ == "__main__":
    main()
