"""Fuzz the document normalizer and the readers: no input may raise, every input gives a row.

Each input (bytes) is given to ``normalize_document`` as bytes; when it is not UTF-8, also as
text read with surrogate escapes (so lone surrogates come too); when it is short, also spliced
into the text of a real-shaped page. Every eighth input is also written as a .txt, .jsonl,
.csv and Parquet file and read back through the readers, one row per record expected.

    python fuzz/fuzz_inputs.py --engine atheris --runs 1000000 fixtures/docs fixtures/pages
    python fuzz/fuzz_inputs.py --engine hypothesis --runs 20000

atheris mutates copies of the files of the folders given, guided by the coverage of the
reading and decoding code (``--instrument``: of all of normalize, at about a fifth of the
speed); hypothesis draws random Unicode and bytes. Progress
goes to stderr every 10,000 inputs; atheris ends with libFuzzer's own summary ("Done 1000000
runs in … second(s)"), and stops at the first exception with its input written to a file.
Install atheris with ``pip install -e '.[fuzz]'``.
"""

from __future__ import annotations

import argparse
import inspect
import shutil
import sys
import tempfile
import time
from pathlib import Path

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


def run_atheris(
    target: Target, runs: int, corpus: list[str], *, instrument: bool, seed: int
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
    working = target.scratch / "corpus"
    working.mkdir()
    for folder in map(Path, corpus):
        for file in sorted(folder.glob("*")):
            if file.is_file():
                shutil.copy(file, working / f"{folder.name}-{file.name}")
    argv = [sys.argv[0], f"-runs={runs}", "-max_len=2048", f"-seed={seed}", "-print_final_stats=1"]
    atheris.Setup([*argv, str(working)], target)
    atheris.Fuzz()


def run_hypothesis(target: Target, runs: int) -> None:
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
    parser.add_argument("corpus", nargs="*", help="folders of seed inputs (atheris)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        target = Target(Path(scratch))
        started = time.perf_counter()
        if args.engine == "atheris":
            run_atheris(target, args.runs, args.corpus, instrument=args.instrument, seed=args.seed)
        else:
            run_hypothesis(target, args.runs)
        seconds = time.perf_counter() - started
        print(
            f"fuzz: done, {target.count:,} inputs in {seconds:,.0f} s "
            f"({target.count / seconds:,.0f}/s), no exception",
            file=sys.stderr,
        )


if __name__ == "__main__":
    main()
