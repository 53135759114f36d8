"""The fixture documents, checked field by field against fixtures/expected.toml (the documents
of docs/) and fixtures/pages.toml (the page shapes of pages/)."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from normalize import normalize_documents, read_documents
from tests.cases import FIXTURES, known, rows

EXPECTATIONS = ("expected.toml", "pages.toml")
FIELDS = (
    "title",
    "title_lang",
    "alt_titles",
    "published_at",
    "modified_at",
    "nulls",
    "hashtags",
    "languages_include",
    "body_excludes",
    "body_includes",
    "warnings_include",
)


@cache
def normalized() -> dict[str, dict[str, Any]]:
    """Every fixture document through the same path as ``normalize convert``, by file."""
    documents = read_documents([FIXTURES / "docs", FIXTURES / "pages"])
    table = normalize_documents(
        documents, id_column="doc_id", source_column="source", warnings_column="read_warnings"
    )
    return {
        str(Path(row["source"]).relative_to(FIXTURES)): row for row in table.iter_rows(named=True)
    }


def _cases() -> list[Any]:
    return [
        pytest.param(
            expected,
            field,
            id=f"{Path(expected['file']).stem}-{field}",
            marks=known(expected, field),
        )
        for name in EXPECTATIONS
        for expected in rows(FIXTURES / name)
        for field in FIELDS
        if field in expected
    ]


def _instant(value: datetime | None) -> str | None:
    return None if value is None else value.strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.mark.parametrize(("expected", "field"), _cases())
def test_fixture_field(expected: dict[str, Any], field: str) -> None:
    row = normalized()[expected["file"]]
    want = expected[field]
    if field in ("published_at", "modified_at"):
        assert _instant(row[field]) == want
    elif field == "nulls":
        assert {name: row[name] for name in want} == dict.fromkeys(want)
    elif field == "languages_include":
        assert set(want) <= set(row["languages"]), row["languages"]
    elif field == "body_excludes":
        body_lines = set(row["body"].split("\n"))
        assert [line for line in want if line in body_lines] == []
    elif field == "body_includes":
        assert [text for text in want if text not in row["body"]] == []
    elif field == "warnings_include":
        codes = {warning.split(":")[0] for warning in row["warnings"]}
        assert set(want) <= codes, row["warnings"]
    else:
        assert row[field] == want


@pytest.mark.parametrize(("name", "folder"), [("expected.toml", "docs"), ("pages.toml", "pages")])
def test_every_fixture_document_has_expectations(name: str, folder: str) -> None:
    files = {f"{folder}/{path.name}" for path in (FIXTURES / folder).glob("*.txt")}
    assert files == {expected["file"] for expected in rows(FIXTURES / name)}
