from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from normalize import SCHEMA
from normalize.cli import main

FIXTURES = Path(__file__).parent.parent / "fixtures" / "docs"


def test_convert_fixtures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "fixtures.parquet"
    assert main(["convert", str(FIXTURES), "-o", str(out)]) == 0
    table = pl.read_parquet(out)
    assert table.schema == SCHEMA
    assert table.height == len(list(FIXTURES.glob("*.txt")))  # rows out = rows in
    summary = capsys.readouterr().err.strip().splitlines()[-1]
    assert summary.startswith(f"normalize: {table.height} rows: ")
    assert "with problems" in summary and "with notices only" in summary


def test_convert_jsonl_with_columns(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"body": "Seoul stocks rise\\n\\n입력 2024.05.17 17:03", "id": "x1"}\n')
    out = tmp_path / "out.parquet"
    assert (
        main(["convert", str(source), "-o", str(out), "--text-column", "body", "--id-column", "id"])
        == 0
    )
    assert pl.read_parquet(out)["doc_id"].to_list() == ["x1"]


def test_default_tz_is_used_for_times_without_zone(tmp_path: Path) -> None:
    source = tmp_path / "page.txt"
    source.write_text(
        "Markets rally in Seoul\n\nPublished: 2024-05-17 17:03\n\nShares rose on Friday."
    )
    out = tmp_path / "out.parquet"
    assert main(["convert", str(source), "-o", str(out), "--default-tz", "Asia/Seoul"]) == 0
    assert str(pl.read_parquet(out)["published_at"][0]) == "2024-05-17 08:03:00+00:00"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["convert", "missing-folder", "-o", "{out}"], "Input not found: missing-folder"),
        (["convert", "{tmp}/page.html", "-o", "{out}"], "Unknown input format"),
        (
            ["convert", "{tmp}/t.csv", "-o", "{out}", "--text-column", "body"],
            "its columns are: content",
        ),
        (
            [
                "convert",
                "{tmp}/t.csv",
                "-o",
                "{out}",
                "--text-column",
                "content",
                "--default-tz",
                "Mars/Base",
            ],
            "IANA",
        ),
        (["convert", "{tmp}/t.csv", "-o", "{tmp}/t.csv", "--text-column", "content"], "also"),
        (["convert", "{tmp}/empty", "-o", "{out}"], "No documents below"),
    ],
)
def test_bad_input_is_one_line_and_exit_2_and_no_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    (tmp_path / "page.html").write_text("<p>x</p>")
    (tmp_path / "empty").mkdir()
    pl.DataFrame({"content": ["x"]}).write_csv(tmp_path / "t.csv")
    out = tmp_path / "out.parquet"
    filled = [a.format(tmp=tmp_path, out=out) for a in arguments]
    assert main(filled) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith("normalize: error: ") and message in error
    assert len(error.splitlines()) == 1
    assert not out.exists()


def test_show_prints_one_row(capsys: pytest.CaptureFixture[str]) -> None:
    page = sorted(FIXTURES.glob("03_*.txt"))[0]
    assert main(["show", str(page)]) == 0
    printed = capsys.readouterr().out
    for column in SCHEMA.names():
        assert column in printed


def test_python_dash_m_is_the_same_program(tmp_path: Path) -> None:
    out = tmp_path / "fixtures.parquet"
    done = subprocess.run(
        [sys.executable, "-m", "normalize", "convert", str(FIXTURES), "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert pl.read_parquet(out).height == len(list(FIXTURES.glob("*.txt")))


def test_unwritable_output_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "taken").mkdir()
    assert main(["convert", str(FIXTURES), "-o", str(tmp_path / "taken")]) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith("normalize: error: ") and len(error.splitlines()) == 1


def test_title_threshold_option(tmp_path: Path) -> None:
    source = tmp_path / "page.txt"
    source.write_text("Seoul and Tokyo agree to resume talks\n\nThe two governments met on Friday.")
    titles = []
    for threshold in ("0", "20"):
        out = tmp_path / f"out-{threshold}.parquet"
        assert main(["convert", str(source), "-o", str(out), "--title-threshold", threshold]) == 0
        titles.append(pl.read_parquet(out)["title"].item())
    assert titles == ["Seoul and Tokyo agree to resume talks", None]
