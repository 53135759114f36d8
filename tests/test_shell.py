"""The command line as a shell user meets it: stdin and stdout, formats, globs, limits,
progress and summary, show's options, and the CPUs used."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from normalize import SCHEMA, __version__, files, inputs, workers
from normalize.cli import main
from normalize.core import PURE_PYTHON
from normalize.findings import Tally, class_of
from normalize.outputs import output_format

FIXTURES = Path(__file__).parent.parent / "fixtures" / "docs"
PAGE = "Seoul stocks rise\n\n입력 2024.05.17 17:03\n\nShares rose on Friday."


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    for number in range(3):
        (folder / f"p{number}.txt").write_text(f"{PAGE}\n\nPage {number}.")
    return folder


def _run(arguments: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(arguments)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"normalize {__version__}"


@pytest.mark.parametrize(
    ("name", "reader"),
    [("out.csv", pl.read_csv), ("out.jsonl", pl.read_ndjson), ("out.parquet", pl.read_parquet)],
)
def test_the_suffix_chooses_the_format(
    pages: Path, tmp_path: Path, name: str, reader: object
) -> None:
    out = tmp_path / name
    assert main(["convert", str(pages), "-o", str(out), "-q"]) == 0
    table = reader(out)  # type: ignore[operator]
    assert table.columns == list(SCHEMA)
    assert table.height == 3


def test_csv_holds_nested_columns_as_json(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    assert main(["convert", str(pages), "-o", str(out), "-q"]) == 0
    parquet = tmp_path / "out.parquet"
    assert main(["convert", str(pages), "-o", str(parquet), "-q"]) == 0
    csv_row = pl.read_csv(out).row(0, named=True)
    row = pl.read_parquet(parquet).row(0, named=True)
    assert json.loads(csv_row["languages"]) == row["languages"]
    assert json.loads(csv_row["fragments"]) == row["fragments"]


def test_jsonl_to_stdout_with_a_limit(pages: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stdout = io.BytesIO()
    summary = files.convert([pages], stdout, output_format="jsonl", limit=2)
    lines = stdout.getvalue().decode().splitlines()
    assert summary.rows == len(lines) == 2
    assert json.loads(lines[0])["source"].endswith("p0.txt")
    assert json.loads(lines[0])["published_at"] == "2024-05-17T08:03:00+00:00"


def test_a_quoted_glob_is_expanded(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.parquet"
    assert main(["convert", str(pages / "p[01].txt"), "-o", str(out), "-q"]) == 0
    assert pl.read_parquet(out)["source"].str.ends_with(".txt").to_list() == [True, True]


def test_quiet_and_verbose(pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = str(tmp_path / "out.parquet")
    assert _run(["convert", str(pages), "-o", out, "-q"], capsys)[2] == ""
    _, _, err = _run(["convert", str(pages), "-o", out, "-v"], capsys)
    summary, *details = err.strip().splitlines()
    assert summary.startswith("normalize: 3 rows: 0 with problems, 0 with findings, 3 with notices")
    assert details == ["  notice   timezone_assumed  3"]


@pytest.mark.parametrize(
    ("warnings", "expected"),
    [
        (["timezone_assumed: Asia/Seoul"], "notice"),
        (["decoded: cp949 (the bytes are not UTF-8)", "title_missing: no headline"], "finding"),
        (["invalid_utf8: 2 byte(s)", "timezone_assumed: x"], "problem"),
        (["internal_error: boom"], "problem"),
        (["a_kind_never_seen: x"], "problem"),
    ],
)
def test_a_row_counts_under_its_worst_warning(warnings: list[str], expected: str) -> None:
    tally = Tally()
    tally.add([warnings])
    assert dict(tally.rows_with) == {expected: 1}


def test_unknown_kinds_are_problems() -> None:
    assert class_of("something_new") == "problem"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--format", "xml"], "Unknown output format 'xml'; use parquet, jsonl or csv."),
        (["-o", "{tmp}/out.xlsx"], "no known suffix"),
        (["-o", "{pages}/p0.txt", "--format", "jsonl"], "is a document of an input folder"),
    ],
)
def test_bad_usage_is_one_line_and_nothing_written(
    pages: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    message: str,
) -> None:
    given = [part.format(tmp=tmp_path, pages=pages) for part in arguments]
    if "-o" not in given:
        given += ["-o", str(tmp_path / "out.x")]
    before = sorted(tmp_path.rglob("*"))
    code, out, err = _run(["convert", str(pages), *given], capsys)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and message in err
    assert sorted(tmp_path.rglob("*")) == before
    assert (pages / "p0.txt").read_text().startswith("Seoul")


def test_parquet_is_not_written_to_a_terminal(
    pages: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    code, out, err = _run(["convert", str(pages), "-o", "-", "--format", "parquet"], capsys)
    assert (code, out) == (2, "")
    assert err.strip() == (
        "normalize: error: Parquet is not written to a terminal; redirect stdout or use -o FILE."
    )


def test_output_format_for_a_stream_is_jsonl() -> None:
    assert output_format(None) == "jsonl"


def test_show_reads_only_the_rows_it_needs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "many.jsonl"
    table.write_text("".join(json.dumps({"text": f"{PAGE} {n}"}) + "\n" for n in range(1000)))
    read: list[int] = []
    original = inputs._in_batches

    def counted(rows: object, batch_rows: int) -> object:
        for batch in original(rows, batch_rows):  # type: ignore[arg-type]
            read.append(batch.height)
            yield batch

    monkeypatch.setattr(inputs, "_in_batches", counted)
    code, out, _ = _run(["show", str(table), "--row", "2", "--json"], capsys)
    assert code == 0
    assert json.loads(out)["source"].endswith("many.jsonl:2")
    assert sum(read) == inputs.BATCH_ROWS


def test_show_full_does_not_cut_the_body(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "long.txt"
    page.write_text(PAGE + "\n\n" + "Shares rose again. " * 40)
    _, cut, _ = _run(["show", str(page)], capsys)
    _, full, _ = _run(["show", str(page), "--full"], capsys)
    assert ("Shares rose again. " * 39).strip() not in cut
    assert " …\n" in cut
    assert ("Shares rose again. " * 39).strip() in full


def test_stdin_in_stdout_out_and_a_closed_pipe_as_a_user_runs_them(tmp_path: Path) -> None:
    """Once as a subprocess: a document on stdin, JSON Lines on stdout; show into a pipe
    closed at once (as `| head -0` does) ends quietly with 0."""
    command = [sys.executable, "-m", "normalize"]
    done = subprocess.run(
        [*command, "convert", "-", "-o", "-", "-q"],
        input=PAGE.encode(),
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    row = json.loads(done.stdout)
    assert (row["source"], row["title"]) == ("-", "Seoul stocks rise")
    page = tmp_path / "long.txt"
    page.write_text(PAGE + "\n\n" + "Shares rose again.\n" * 20_000)
    with subprocess.Popen(
        [*command, "show", str(page), "--full"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as shown:
        assert shown.stdout is not None and shown.stderr is not None
        shown.stdout.close()
        assert shown.wait() == 0
        assert shown.stderr.read() == b""


def test_available_cpus_follows_a_cgroup_quota(tmp_path: Path) -> None:
    (tmp_path / "cpu.max").write_text("150000 100000\n")
    assert workers.available_cpus(tmp_path) == min(2, workers.available_cpus(tmp_path / "none"))
    (tmp_path / "cpu.max").write_text("max 100000\n")
    assert workers.available_cpus(tmp_path) == workers.available_cpus(tmp_path / "none")


def test_a_small_input_starts_no_worker(
    pages: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PURE_PYTHON, "1")  # worker processes are the Python path's
    used: list[int] = []
    original = files.map_in_order

    def recorded(work: object, items: object, count: int) -> object:
        used.append(count)
        return original(work, items, 1)  # type: ignore[arg-type]

    monkeypatch.setattr(files, "map_in_order", recorded)
    monkeypatch.setattr(files, "available_cpus", lambda: 4)
    files.convert([pages], tmp_path / "a.parquet")
    monkeypatch.setattr(files, "SMALL_INPUT_ROWS", 2)
    files.convert([pages], tmp_path / "b.parquet", batch_rows=1)
    files.convert([pages], tmp_path / "c.parquet", workers=3)
    assert used == [1, 4, 3]


def test_stdin_holds_json_lines_when_told(
    monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    records = "".join(json.dumps({"body": f"{PAGE} {n}"}) + "\n" for n in range(2))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(records.encode())))
    arguments = ["convert", "-", "-o", "-", "--input-format", "jsonl", "--text-column", "body"]
    assert main([*arguments, "-q", "--format", "csv"]) == 0
    table = pl.read_csv(capsysbinary.readouterr().out)
    assert table["source"].to_list() == ["-:1", "-:2"]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_bar_is_drawn_on_a_terminal_only_with_its_total() -> None:
    from normalize.terminal import Progress

    terminal, pipe = _Terminal(), io.StringIO()
    for stream in (terminal, pipe):
        bar = Progress(stream, total=400, enabled=True, delay=0)
        bar.advance(200)
        bar.bar.refresh()  # drawn now, not after tqdm's shortest interval
        bar.close()
    assert "200/400" in terminal.getvalue() and "50%" in terminal.getvalue()
    assert pipe.getvalue() == ""


def test_source_and_fetched_at_columns_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = "Seoul stocks rise\n\n2시간 전\n\nShares rose on Friday."
    rows = [
        {"text": page, "url": "https://example.com/a", "fetched": "2024-05-17T12:00:00Z"},
        {"text": page, "url": "https://example.com/b", "fetched": "last Tuesday"},
    ]
    source = tmp_path / "crawl.jsonl"
    source.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))
    out = tmp_path / "out.parquet"
    arguments = ["convert", str(source), "-o", str(out), "-q"]
    assert main([*arguments, "--source-column", "url", "--fetched-at-column", "fetched"]) == 0
    table = pl.read_parquet(out)
    assert table["source"].to_list() == ["https://example.com/a", "https://example.com/b"]
    published = table["published_at"].to_list()
    assert published[0] is not None and published[0].isoformat() == "2024-05-17T10:00:00+00:00"
    assert published[1] is None
    assert any(w.startswith("fetched_at_unreadable: 'last Tuesday'") for w in table["warnings"][1])
