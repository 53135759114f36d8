from __future__ import annotations

import os
import queue
import threading
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest

from normalize import (
    SCHEMA,
    convert,
    iter_documents,
    normalize_documents,
    read_documents,
    scan_documents,
    write_parquet,
)
from normalize.atomic import replaced_atomically
from normalize.files import _sink
from normalize.inputs import INPUT_SCHEMA
from normalize.schema import SCHEMA_VERSION
from normalize.workers import read_ahead

PAGE = "Markets rally in Seoul\n\n입력 2024.05.17 17:03\n\nThe KOSPI rose 1.2 percent on Friday."


def _pages(folder: Path, count: int) -> Path:
    for number in range(count):
        day = 1 + number % 28
        (folder / f"{number:04d}.txt").write_text(
            f"Seoul story number {number} on markets\n\n입력 2024.05.{day:02d} 17:03\n\n"
            f"#KOSPI{number % 7} The index moved {number % 5} percent on the day.\n\nКомментарии"
        )
    return folder


def test_parquet_round_trip_keeps_schema_and_metadata(tmp_path: Path) -> None:
    table = normalize_documents([PAGE, ""])
    path = tmp_path / "out.parquet"
    write_parquet(table, path, options={"default_tz": None})
    assert pl.read_parquet(path).equals(table)
    assert pl.read_parquet_schema(path) == dict(SCHEMA)
    metadata = pl.read_parquet_metadata(path)
    assert metadata["normalize_schema_version"] == SCHEMA_VERSION
    assert [p.name for p in tmp_path.iterdir()] == ["out.parquet"]  # no temporary file left


def test_read_documents_from_every_format(tmp_path: Path) -> None:
    folder = tmp_path / "pages" / "nested"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_bytes(PAGE.encode())
    (folder / "b.txt").write_bytes(b"bad \xff byte")
    (folder / "ignored.html").write_text("<p>not read</p>")
    pl.DataFrame({"content": ["one", "two"], "key": [1, 2]}).write_csv(tmp_path / "t.csv")
    pl.DataFrame({"content": ["three"], "key": [3]}).write_parquet(tmp_path / "t.parquet")
    (tmp_path / "t.jsonl").write_text('{"content": "four", "key": 4}\nnot json\n')

    folder_rows = read_documents([tmp_path / "pages"])
    assert folder_rows.schema == INPUT_SCHEMA
    assert folder_rows["source"].to_list()[0].endswith("a.txt")
    assert folder_rows["text"].to_list()[1] == "bad \ufffd byte"
    assert folder_rows["read_warnings"].to_list()[1][0].startswith("invalid_utf8")
    tables = read_documents(
        [tmp_path / "t.csv", tmp_path / "t.parquet", tmp_path / "t.jsonl"],
        text_column="content",
        id_column="key",
    )
    assert tables["text"].to_list() == ["one", "two", "three", "four", None]
    assert tables["doc_id"].to_list() == ["1", "2", "3", "4", None]
    assert tables["source"].to_list()[0].endswith("t.csv:1")
    assert tables["read_warnings"].to_list()[-1] == ["unreadable: line 2 is not a JSON object"]


def test_unreadable_file_keeps_its_row(tmp_path: Path) -> None:
    page = tmp_path / "locked.txt"
    page.write_text(PAGE)
    page.chmod(0)
    try:
        if os.access(page, os.R_OK):
            pytest.skip("this user reads files whatever their permissions")
        rows = read_documents([tmp_path])
        assert rows["read_warnings"].to_list()[0][0].startswith("unreadable")
    finally:
        page.chmod(0o644)


def test_reading_is_batched_and_lazy(tmp_path: Path) -> None:
    _pages(tmp_path, 25)
    assert [batch.height for batch in iter_documents([tmp_path], batch_rows=10)] == [10, 10, 5]
    lazy = scan_documents([tmp_path])
    (tmp_path / "late.txt").write_text("Added after the scan was built")
    assert lazy.select(pl.len()).collect().item() == 26  # files are read when the plan runs


def test_read_documents_rejects_missing_and_unknown_inputs(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="Input not found"):
        read_documents([tmp_path / "nope"])
    with pytest.raises(FileNotFoundError, match="Input not found"):
        iter_documents([tmp_path / "nope"])  # checked when called, before any batch is taken
    (tmp_path / "page.html").write_text("<p>x</p>")
    with pytest.raises(ValueError, match="Unknown input format"):
        read_documents([tmp_path / "page.html"])
    pl.DataFrame({"body": ["x"]}).write_parquet(tmp_path / "t.parquet")
    with pytest.raises(ValueError, match="its columns are: body"):
        read_documents([tmp_path / "t.parquet"])


def test_convert_streams_and_is_the_same_for_any_number_of_workers(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    pages = _pages(tmp_path / "pages", 60)
    one, two = tmp_path / "one.parquet", tmp_path / "two.parquet"
    done: list[int] = []
    summary = convert([pages], one, workers=1, batch_rows=16, on_batch=done.append)
    convert([pages], two, workers=2, batch_rows=16)
    assert summary.rows == 60 and done == [1, 2, 4, 8, 16, 16, 13]  # the first ones ramp up
    assert one.read_bytes() == two.read_bytes()
    table = pl.read_parquet(one)
    assert table.schema == SCHEMA
    assert table["source"].to_list() == sorted(table["source"].to_list())
    assert summary.rows_with_warnings == table.filter(pl.col("warnings").list.len() > 0).height


def test_convert_leaves_no_file_when_it_fails(tmp_path: Path) -> None:
    out = tmp_path / "out.parquet"
    with pytest.raises(ValueError, match="IANA"):
        convert([tmp_path], out, default_tz="Nowhere/Atlantis")
    assert list(tmp_path.iterdir()) == []


def test_a_file_the_writer_creates_after_it_failed_is_no_file(tmp_path: Path) -> None:
    """Polars' streaming sink can open its file after the query has already failed; the
    temporary folder is gone by then, so that late file is never made."""
    late: list[Path] = []
    target = tmp_path / "out.parquet"
    with pytest.raises(RuntimeError, match="source failed"), replaced_atomically(target) as file:
        late.append(file)
        raise RuntimeError("source failed")
    with pytest.raises(FileNotFoundError):
        late[0].write_bytes(b"PAR1")
    assert os.listdir(tmp_path) == []


def test_an_interrupt_as_the_writer_starts_stops_it_and_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Ctrl-C landing as the writer's thread starts: the writer is told to stop and ends (a
    writer left waiting for frames would keep the process from exiting), and no file stays."""
    (tmp_path / "pages").mkdir()
    pages = _pages(tmp_path / "pages", 4)
    start = threading.Thread.start

    def start_then_interrupt(thread: threading.Thread) -> None:
        start(thread)
        if thread.name == "normalize-writer":
            raise KeyboardInterrupt

    monkeypatch.setattr(threading.Thread, "start", start_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        convert([pages], tmp_path / "out.parquet")
    writers = [thread for thread in threading.enumerate() if thread.name == "normalize-writer"]
    for writer in writers:
        writer.join(timeout=10)
    assert not any(writer.is_alive() for writer in writers)
    assert sorted(os.listdir(tmp_path)) == ["pages"]


def test_a_second_interrupt_in_the_clean_up_leaves_no_writer_waiting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Ctrl-C while the frames are made, and another while the clean-up waits on the writer:
    the writer stops on its own (one left waiting for frames would keep the process from
    exiting), and no file stays."""
    frame = normalize_documents([PAGE])
    put = queue.Queue.put

    def interrupted_at_the_end(queued: queue.Queue[object], item: object, **wait: float) -> None:
        if item is None and threading.current_thread() is threading.main_thread():
            raise KeyboardInterrupt
        put(queued, item, **wait)

    def frames() -> Iterator[pl.DataFrame]:
        yield frame
        raise KeyboardInterrupt

    monkeypatch.setattr(queue.Queue, "put", interrupted_at_the_end)
    with pytest.raises(KeyboardInterrupt):
        _sink(frames(), tmp_path / "out.parquet", {})
    writers = [thread for thread in threading.enumerate() if thread.name == "normalize-writer"]
    for writer in writers:
        writer.join(timeout=10)
    assert not any(writer.is_alive() for writer in writers)
    assert os.listdir(tmp_path) == []


def test_written_file_has_the_permissions_of_a_new_file(tmp_path: Path) -> None:
    path = tmp_path / "out.parquet"
    write_parquet(normalize_documents([PAGE]), path, options={})
    mask = os.umask(0)
    os.umask(mask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~mask


def test_read_ahead_gives_every_item_in_order_and_raises_at_the_failing_one() -> None:
    """Batches read on a thread beside the caller: the same items, in order; an error in
    the reading reaches the caller at its place; a caller that stops early stops the reading."""
    read: list[int] = []

    def pages() -> Iterator[int]:
        for number in range(5):
            read.append(number)
            if number == 3:
                raise OSError("the disk went away")
            yield number

    taken = []
    with pytest.raises(OSError, match="went away"):
        for item in read_ahead(pages()):
            taken.append(item)
    assert taken == [0, 1, 2]
    read.clear()
    ahead = read_ahead(pages())
    assert next(ahead) == 0
    ahead.close()
    assert read[:1] == [0] and len(read) <= 2  # at most the one being read, no other
