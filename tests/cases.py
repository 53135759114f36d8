"""Expected cases kept as data, read by one loader whatever their format.

- TSV (``.tsv``): a header line names the columns; lines starting with ``# `` are comments;
  ``\\n`` in a cell stands for a line break.
- JSON (``.json``): a list of objects.
- TOML (``.toml``): a list of ``[[document]]`` tables.

A row whose ``known`` field is set is a known failure: a strict xfail with that reason, so
that a fix is noticed. In a TOML document, ``known`` is a table from field to reason.
"""

from __future__ import annotations

import csv
import json
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "cases"
FIXTURES = ROOT / "fixtures"


def rows(path: Path) -> list[dict[str, Any]]:
    """The rows of a case file, as dictionaries."""
    text = path.read_text("utf-8")
    if path.suffix == ".json":
        loaded: list[dict[str, Any]] = json.loads(text)
        return loaded
    if path.suffix == ".toml":
        documents: list[dict[str, Any]] = tomllib.loads(text)["document"]
        return documents
    lines = [line for line in text.splitlines() if line and not _is_comment(line)]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE, strict=True)
    return [
        {name: (value or "").replace("\\n", "\n") for name, value in row.items()} for row in reader
    ]


def params(path: Path, fields: Iterable[str], label: str) -> list[Any]:
    """pytest params of the named fields of every row, each with its ``label`` field as id."""
    names = list(fields)
    return [
        pytest.param(*(row[name] for name in names), id=str(row[label]), marks=known(row))
        for row in rows(path)
    ]


def known(row: dict[str, Any], field: str | None = None) -> list[pytest.MarkDecorator]:
    """A strict xfail when the row says it is a known failure (of ``field``, for a TOML
    document), else no mark."""
    reason = row.get("known")
    if field is not None:
        reason = (reason or {}).get(field)
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


def _is_comment(line: str) -> bool:
    """A comment line: "#" alone or followed by a space (a hashtag line is a case)."""
    return line == "#" or line.startswith("# ")
