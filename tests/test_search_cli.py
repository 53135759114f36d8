from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

import normalize
from normalize.cli import main
from tests.test_search_index import PAGES


@pytest.fixture(scope="module")
def table_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    frame = pl.DataFrame({"id": list(PAGES), "text": list(PAGES.values())})
    path = tmp_path_factory.mktemp("cli") / "table.parquet"
    normalize.normalize_documents(frame, id_column="id").write_parquet(path)
    return path


@pytest.fixture(scope="module")
def index_folder(table_file: Path) -> Path:
    folder = table_file.parent / "index"
    assert main(["index", str(table_file), "--to", str(folder)]) == 0
    return folder


def test_search_prints_hits(index_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", str(index_folder), "harbour", "--since", "2024-05-01"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert sorted(line.split()[0] for line in lines) == ["harbour-july", "harbour-may"]
    assert "2024-07-01T08:00:00Z" in "\n".join(lines)
    assert "Harbour report for July" in "\n".join(lines)


def test_search_json(index_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    arguments = ["search", str(index_folder), "정상회담", "--json", "--lang", "ko", "--limit", "5"]
    assert main(arguments) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [record["doc_id"] for record in records] == ["ko-summit"]
    assert set(records[0]) == {"doc_id", "title", "published_at", "score"}
    assert records[0]["published_at"] == "2024-05-16T09:00:00Z"


def test_search_until_a_day_includes_that_day(
    index_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", str(index_folder), "harbour", "--until", "2024-03-01", "--json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [record["doc_id"] for record in records] == ["harbour-march"]


def test_export(table_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = table_file.parent / "export"
    assert main(["export", str(table_file), "--format", "opensearch", "--to", str(out)]) == 0
    assert sorted(path.name for path in out.iterdir()) == ["bulk-00001.ndjson", "mapping.json"]
    assert f"{len(PAGES)} documents" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["index", "{tmp}/missing.parquet", "--to", "{tmp}/i"], "Table not found"),
        (["index", "{tmp}/bad.parquet", "--to", "{tmp}/i"], "search needs doc_id, title, body"),
        (["index", "{tmp}/empty.parquet", "--to", "{tmp}/i"], "has no rows"),
        (["index", "{table}", "--to", "{tmp}/existing"], "already exists; pass --overwrite"),
        (["search", "{index}", "?!"], "has no words to search for"),
        (["search", "{tmp}", "harbour"], "is not an index built by"),
        (["export", "{tmp}/empty.parquet", "--format", "opensearch", "--to", "{tmp}/e"], "no rows"),
    ],
)
def test_bad_usage_is_one_line_and_exit_2(
    arguments: list[str],
    message: str,
    table_file: Path,
    index_folder: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    pl.DataFrame({"doc_id": ["a"], "text": ["x"]}).write_parquet(tmp_path / "bad.parquet")
    pl.DataFrame(schema=normalize.SCHEMA).write_parquet(tmp_path / "empty.parquet")
    (tmp_path / "existing").mkdir()
    before = sorted(path.name for path in tmp_path.iterdir())
    filled = [item.format(tmp=tmp_path, table=table_file, index=index_folder) for item in arguments]
    assert main(filled) == 2
    error = capsys.readouterr().err
    assert error.startswith("normalize: error: ") and error.count("\n") == 1
    assert message in error
    assert sorted(path.name for path in tmp_path.iterdir()) == before  # nothing half-built


def test_search_as_a_program(index_folder: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "normalize", "search", str(index_folder), "xi jinping", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(done.stdout.splitlines()[0])["doc_id"] == "xi"
