"""Fuzz the document normalizer and the readers: no input may raise, every input gives a row.

Each input (bytes) is given to ``normalize_document`` as bytes; when it is not UTF-8, also as
text read with surrogate escapes (so lone surrogates come too); when it is short, also spliced
into the text of a real-shaped page. Every eighth input is also written as a .txt, .jsonl,
.csv and Parquet file and read back through the readers, one row per record expected.

    python fuzz/fuzz_inputs.py --engine atheris --runs 1000000 fixtures/docs fixtures/pages
    python fuzz/fuzz_inputs.py --engine hypothesis --runs 20000
    python fuzz/fuzz_inputs.py --target core --runs 1000000 fixtures/docs fixtures/pages

``--target core`` gives the same inputs to the compiled core instead: each as text (UTF-8 with
U+FFFD for what is not; when it is not UTF-8, also the surrogate-escaped reading with its lone
surrogates scrubbed, as a Rust string cannot hold them; when short, also spliced into the
page) through ``normalize_stream``, 512 texts a call, under a rotating ``default_tz`` and with
every other ``now`` null. Each call must give a row per text, no row may warn of a core panic,
no fragment may lie outside its body, and every ``--compare-every``-th text's row must be the
row of Python's ``normalize_document`` (a row the core hands back, ``needs_python``, is
counted instead, and so is a row that differs on a text with a character Python 3.11's
Unicode does not know). A failure is
written with its input to a ``core-…`` JSON file in the current folder and stops the run
(``--keep-going``: it is counted). Core runs so far, on two shared cores, none with a panic, a
disagreement or a missing row: a million atheris inputs on fixtures/docs and fixtures/pages
(2,127,502 texts, 66,406 rows compared, 1,202 s; texts with characters Python 3.11 does not
know were not compared then), and a million hypothesis inputs (2,045,852 texts, 54,037 rows
compared, 9,896 handed back as possible mojibake, 450 differing only on such characters,
1,147 s).

atheris mutates copies of the files of the folders given, guided by the coverage of the
reading and decoding code (``--instrument``: of all of normalize, at about a fifth of the
speed); hypothesis draws random Unicode and bytes. Progress
goes to stderr every 10,000 inputs; atheris ends with libFuzzer's own summary ("Done 1000000
runs in … second(s)"), and stops at the first exception with its input written to a file.
Install atheris with ``pip install -e '.[fuzz]'``.
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import shutil
import sys
import tempfile
import time
import unicodedata
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import polars as pl

# A page shape for splicing: chrome, a headline slot, a dateline, body and tags.
PAGE = (
    "{0}\n\nОписание к видео {0}\n\n입력 2024.05.17 17:03\n\n{0} {0}\n\n#{0} #태그\n\nКомментарии"
)
READ_EVERY = 8


class Target:
    """The checks, with a scratch folder for the readers and a count of inputs."""

    def __init__(self, scratch: Path) -> None:
        self.scratch = scratch
        self.count = 0
        self.started = time.perf_counter()
        self.finished = False

    def __call__(self, data: bytes) -> None:
        self.count += 1
        self.check(data, read=self.count % READ_EVERY == 0)
        if self.count % 10_000 == 0:
            rate = self.count / (time.perf_counter() - self.started)
            print(f"fuzz: {self.count:,} inputs, {rate:,.0f}/s", file=sys.stderr, flush=True)

    def check(self, data: bytes, *, read: bool) -> None:
        """One input through the normalizer (three ways) and, when ``read``, the readers."""
        from normalize import normalize_document, normalize_documents

        text = data.decode("utf-8", errors="surrogateescape")
        values: list[str | bytes] = [data]
        if text.encode("utf-8", "surrogatepass") != data:
            values.append(text)  # not UTF-8: as text it carries lone surrogates
        if len(text) < 200:  # a short input, spliced into a page (a long one is page-shaped)
            values.append(PAGE.format(text))
        for value in values:
            row = normalize_document(value)
            assert row["doc_id"] and isinstance(row["warnings"], list)
        if read:
            self.read_back(data)
            assert normalize_documents([text, data]).height == 2

    def read_back(self, data: bytes) -> None:
        from normalize.inputs import INPUT_SCHEMA
        from normalize.readers import Fields, records

        folder = self.scratch
        (folder / "a.txt").write_bytes(data)
        (folder / "a.jsonl").write_bytes(data + b"\n" + b'{"text": "x"}\n')
        (folder / "a.csv").write_bytes(b"text,id\n" + data + b"\nlast,1\n")
        binary = pl.DataFrame({"text": [data, None]}, schema={"text": pl.Binary})
        binary.write_parquet(folder / "a.parquet")
        for name in ("a.txt", "a.jsonl", "a.csv", "a.parquet"):
            rows = list(records(folder / name, Fields(id="id" if name == "a.csv" else None)))
            assert rows, name
            frame = pl.DataFrame(rows, schema=INPUT_SCHEMA, orient="row")
            assert frame.height == len(rows)
        assert len(list(records(folder / "a.parquet"))) == 2


# The core target: texts a call of normalize_stream, the zones the batches rotate through, the
# instant every other text is read at, the columns Python adds to the core's row, and how
# often a row is compared with Python's (Python takes some 25 times the core's time a page).
BATCH = 512
ZONES = [None, "Asia/Seoul", "+09:00"]
NOW = datetime(2024, 5, 17, 12, tzinfo=UTC)
PYTHON_COLUMNS = ("doc_id", "source", "hashtag_words")
COMPARE_EVERY = 32


def core_texts(data: bytes) -> list[str]:
    """The texts the core is given for one input (it takes no bytes and no lone surrogates)."""
    from normalize.decoding import scrub_surrogates

    texts = [data.decode("utf-8", errors="replace")]
    escaped = scrub_surrogates(data.decode("utf-8", errors="surrogateescape")).text
    if escaped != texts[0]:
        texts.append(escaped)
    if len(texts[0]) < 200:
        texts.append(PAGE.format(texts[0]))
    return texts


class Failure(Exception):
    """A disagreement with Python or a broken promise of the core, with its input written."""


class CoreTarget:
    """The compiled core's checks on batches of inputs, with counts of what was seen."""

    def __init__(
        self,
        failures: Path,
        *,
        compare_every: int = COMPARE_EVERY,
        keep_going: bool = False,
        runs: int | None = None,
    ) -> None:
        from normalize.core import compiled

        self.core: Any = compiled()
        if self.core is None:
            raise SystemExit("The compiled core is not built: run pip install -e . first.")
        self.failures = failures
        self.compare_every = compare_every
        self.keep_going = keep_going
        self.runs = runs  # at the last input, the last batch goes and the summary is printed
        self.pending: list[tuple[bytes, str]] = []
        self.count = self.texts = self.batches = 0
        self.compared = self.handed_back = self.unassigned = 0
        self.panics = self.disagreements = 0
        self.started = time.perf_counter()
        self.finished = False

    def __call__(self, data: bytes) -> None:
        self.count += 1
        self.pending.extend((data, text) for text in core_texts(data))
        if len(self.pending) >= BATCH or self.count == self.runs:
            self.flush()
        if self.count % 10_000 == 0:
            rate = self.count / (time.perf_counter() - self.started)
            print(f"fuzz: {self.summary()}, {rate:,.0f}/s", file=sys.stderr, flush=True)
        if self.count == self.runs:  # libFuzzer ends the process after it, before atheris returns
            self.finish()

    def finish(self) -> None:
        """The last batch, and the run's summary line."""
        self.flush()
        self.finished = True
        seconds = time.perf_counter() - self.started
        print(
            f"fuzz: done, {self.summary()} in {seconds:,.0f} s "
            f"({self.count / seconds:,.0f} inputs/s)",
            file=sys.stderr,
            flush=True,
        )

    def summary(self) -> str:
        return (
            f"{self.count:,} inputs ({self.texts:,} texts), {self.panics} panics, "
            f"{self.disagreements} disagreements, {self.compared:,} rows compared with Python, "
            f"{self.handed_back:,} handed back, "
            f"{self.unassigned:,} differing on characters Python 3.11 does not know"
        )

    def flush(self) -> None:
        """Run the pending texts through the core in one call and check every row."""
        if not self.pending:
            return
        pending, self.pending = self.pending, []
        zone = ZONES[self.batches % len(ZONES)]
        self.batches += 1
        texts = [text for _, text in pending]
        nows = [None if index % 2 else NOW for index in range(len(texts))]
        frame = pl.DataFrame(
            {"text": texts, "now": pl.Series(nows, dtype=pl.Datetime("us", "UTC"))}
        )
        rows = pl.DataFrame(self.core.normalize_stream(frame, default_tz=zone))
        if rows.height != len(texts):
            self.fail("rows", pending[0][0], "", zone, None, f"{rows.height} rows of {len(texts)}")
            return
        first = self.texts
        self.texts += len(texts)
        for index in bad_rows(rows):
            row = rows.row(index, named=True)
            panicked = any("core panic" in warning for warning in row["warnings"])
            kind, detail = ("panic", "warnings") if panicked else ("offsets", "fragments")
            data, text = pending[index]
            self.fail(kind, data, text, zone, nows[index], repr(row[detail]))
        for index in range(-first % self.compare_every, len(texts), self.compare_every):
            row = rows.row(index, named=True)
            if row.pop("needs_python") is not None:
                self.handed_back += 1
                continue
            self.compared += 1
            data, text = pending[index]
            expected = python_row(text, zone, nows[index])
            if row != expected and not known_to_python(text):
                self.unassigned += 1
            elif row != expected:
                detail = {
                    name: [row[name], expected[name]] for name in row if row[name] != expected[name]
                }
                self.fail("disagreement", data, text, zone, nows[index], repr(detail))

    def fail(
        self, kind: str, data: bytes, text: str, zone: str | None, now: datetime | None, detail: str
    ) -> None:
        """Write the failing input and what went wrong; stop unless told to keep going."""
        if kind == "panic":
            self.panics += 1
        else:
            self.disagreements += 1
        record = {
            "kind": kind,
            "detail": detail,
            "text": text,
            "input": data.decode("latin-1"),
            "default_tz": zone,
            "now": now.isoformat() if now else None,
        }
        content = json.dumps(record, ensure_ascii=False, indent=1)
        name = f"core-{kind}-{hashlib.sha1(content.encode()).hexdigest()[:12]}.json"
        self.failures.mkdir(parents=True, exist_ok=True)
        (self.failures / name).write_text(content, "utf-8")
        print(f"fuzz: {kind}, written to {self.failures / name}", file=sys.stderr, flush=True)
        if not self.keep_going:
            raise Failure(f"{kind}: {detail[:500]}")


def bad_rows(rows: pl.DataFrame) -> list[int]:
    """The rows that warn of a core panic or have a fragment outside the body."""
    length = pl.col("body").str.len_chars()
    fragments = pl.col("fragments")
    outside = (
        fragments.list.eval(pl.element().struct.field("start")).list.min().fill_null(0) < 0
    ) | (fragments.list.eval(pl.element().struct.field("end")).list.max().fill_null(0) > length)
    backwards = fragments.list.eval(
        pl.element().struct.field("start") > pl.element().struct.field("end")
    ).list.any()
    panic = pl.col("warnings").list.eval(pl.element().str.contains("core panic")).list.any()
    flagged = rows.with_row_index().filter(panic | outside | backwards)
    return flagged["index"].to_list()


def known_to_python(text: str) -> bool:
    """Whether every character of a text is assigned in Python 3.11's Unicode (14.0): the
    core agrees with Python on those; on later ones `regex`'s classes move with its version
    (one whose tables are newer than the core's takes some unassigned code points for letters)."""
    return all(unicodedata.category(c) != "Cn" for c in text)


def python_row(text: str, zone: str | None, now: datetime | None) -> dict[str, Any]:
    """Python's row of a text, with the columns the core makes (its ``content_id`` is the id
    Python gives a non-empty text)."""
    from normalize import normalize_document
    from normalize.options import Options

    row = normalize_document(text, options=Options(default_tz=zone, now=now))
    row["content_id"] = row["doc_id"] if text else None
    for name in PYTHON_COLUMNS:
        del row[name]
    return row


def run_atheris(
    target: Target | CoreTarget,
    runs: int,
    corpus: list[str],
    *,
    scratch: Path,
    instrument: bool,
    seed: int,
) -> None:
    import atheris

    # Coverage of the reading and decoding code, which is cheap, is what keeps libFuzzer's
    # corpus (without any, it keeps no seed and mutates a single byte); all of normalize with
    # --instrument, at about a fifth of the speed.
    if instrument:
        with atheris.instrument_imports():
            import normalize
    else:
        import normalize.decoding
        import normalize.readers
        import normalize.text

        for module in (normalize.decoding, normalize.readers, normalize.text):
            for function in vars(module).values():
                if inspect.isfunction(function) and function.__module__ == module.__name__:
                    atheris.instrument_func(function)  # its code, in place

    # libFuzzer adds what it finds to its first corpus folder: a scratch copy of the seeds.
    working = scratch / "corpus"
    working.mkdir()
    for folder in map(Path, corpus):
        for file in sorted(folder.glob("*")):
            if file.is_file():
                shutil.copy(file, working / f"{folder.name}-{file.name}")
    argv = [sys.argv[0], f"-runs={runs}", "-max_len=2048", f"-seed={seed}", "-keep_seed=1"]
    argv.append("-print_final_stats=1")
    atheris.Setup([*argv, str(working)], target)
    atheris.Fuzz()


def run_hypothesis(target: Target | CoreTarget, runs: int) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    anything = st.one_of(
        st.binary(max_size=2048),
        st.text(max_size=2000).map(lambda text: text.encode("utf-8", "surrogatepass")),
    )

    @settings(
        max_examples=runs,
        database=None,
        derandomize=True,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(anything)
    def check(data: bytes) -> None:
        target(data)

    check()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", choices=["atheris", "hypothesis"], default="atheris")
    parser.add_argument("--runs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1, help="atheris's random seed (one per job)")
    parser.add_argument(
        "--instrument", action="store_true", help="coverage-guided (atheris; slower)"
    )
    parser.add_argument("--target", choices=["python", "core"], default="python")
    parser.add_argument(
        "--compare-every",
        type=int,
        default=COMPARE_EVERY,
        help="compare the core's row with Python's on every Nth text (core)",
    )
    parser.add_argument(
        "--keep-going", action="store_true", help="count failures instead of stopping (core)"
    )
    parser.add_argument("corpus", nargs="*", help="folders of seed inputs (atheris)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        target: Target | CoreTarget
        if args.target == "core":
            target = CoreTarget(
                Path.cwd(),
                compare_every=args.compare_every,
                keep_going=args.keep_going,
                runs=args.runs,
            )
        else:
            target = Target(Path(scratch))
        started = time.perf_counter()
        if args.engine == "atheris":
            run_atheris(
                target,
                args.runs,
                args.corpus,
                scratch=Path(scratch),
                instrument=args.instrument,
                seed=args.seed,
            )
        else:
            run_hypothesis(target, args.runs)
        seconds = time.perf_counter() - started
        if isinstance(target, CoreTarget):
            if not target.finished:
                target.finish()
        else:
            print(
                f"fuzz: done, {target.count:,} inputs in {seconds:,.0f} s "
                f"({target.count / seconds:,.0f}/s), no exception",
                file=sys.stderr,
            )


if __name__ == "__main__":
    main()
