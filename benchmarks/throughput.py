"""Throughput and memory of ``normalize convert`` against the floor and the naive pipeline.

    pip install -e '.[bench]'
    python benchmarks/throughput.py --docs 20000 --naive-docs 300 --repeat 3
    python benchmarks/throughput.py --docs 20000 --repeat 2 --no-python-path   # the core only
    python benchmarks/throughput.py --memory 100000 1000000      # peak memory of convert
    python benchmarks/throughput.py --startup                     # time to first row

On one corpus (benchmarks/corpus.py, one .txt file per document), each in its own process so
that peak resident memory is its own:
- floor: read the texts and write them to Parquet with polars, nothing else;
- naive: what a user writes today, row by row: langdetect on every line, dateparser's
  search_dates, wordsegment on every hashtag, unidecode on the first line (on the first
  ``--naive-docs`` documents: it is slow);
- ``normalize convert`` on one thread of the compiled core and on every core;
- the polars route: ``pl.col("text").norm.document()`` on a LazyFrame of the same files,
  collected by the streaming engine into Parquet (``sink_parquet``), on one core
  (``POLARS_MAX_THREADS=1``, ``RAYON_NUM_THREADS=1``) and on every core;
- beside them, the Python path (``NORMALIZE_PURE_PYTHON=1``): ``convert`` with one worker
  process and with one per core.
The modes run in turn, ``--repeat`` rounds, and each mode's fastest run counts: the machine's
speed drifts between runs (the floor most, as it is mostly reading files). Prints documents/s,
MB/s, peak resident memory and the ratios the issue sets bars on.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).parent


def _files(corpus: Path, limit: int | None) -> list[Path]:
    files = sorted(corpus.rglob("*.txt"))
    return files[:limit] if limit else files


def run_floor(corpus: Path, out: Path) -> int:
    import polars as pl

    files = _files(corpus, None)
    texts = [file.read_text("utf-8") for file in files]
    pl.DataFrame({"source": [str(file) for file in files], "text": texts}).write_parquet(out)
    return len(files)


def run_naive(corpus: Path, out: Path, limit: int) -> int:
    import langdetect
    import polars as pl
    import regex
    import wordsegment
    from dateparser.search import search_dates
    from unidecode import unidecode

    langdetect.DetectorFactory.seed = 0
    wordsegment.load()
    rows = []
    for file in _files(corpus, limit):
        text = file.read_text("utf-8")
        lines = [line for line in text.splitlines() if line.strip()]
        languages = []
        for line in lines:
            try:
                languages.append(langdetect.detect(line))
            except langdetect.LangDetectException:
                languages.append("und")
        found = search_dates(text, languages=["en", "ru", "ko"]) or []
        tags = [wordsegment.segment(tag) for tag in regex.findall(r"#(\w+)", text)]
        rows.append(
            {
                "source": str(file),
                "title": unidecode(lines[0]) if lines else None,
                "languages": sorted(set(languages)),
                "published": found[0][1].isoformat() if found else None,
                "hashtags": [" ".join(words) for words in tags],
            }
        )
    pl.DataFrame(rows).write_parquet(out)
    return len(rows)


def run_normalize(corpus: Path, out: Path, workers: int) -> int:
    from normalize import convert

    return convert([corpus], out, workers=workers).rows


def run_polars(corpus: Path, out: Path) -> int:
    import polars as pl

    import normalize.expressions  # noqa: F401  (registers the norm namespace)
    from normalize.inputs import scan_documents

    frame = scan_documents([corpus]).select(pl.col("text").norm.document().alias("row"))
    frame.sink_parquet(out, engine="streaming")
    return pl.scan_parquet(out).select(pl.len()).collect().item()


def _run_with_peak(
    command: list[str], environment: dict[str, str] | None = None
) -> tuple[str, float]:
    """Run a command; return its stdout and the peak of the summed resident memory of its
    process tree (workers included), sampled every 50 ms."""
    import psutil

    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=environment)
    root = psutil.Process(process.pid)
    peak = 0
    while process.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            peak = max(peak, sum(member.memory_info().rss for member in tree))
        except psutil.Error:
            pass  # a worker ended between listing and reading it
        time.sleep(0.05)
    output = process.stdout.read() if process.stdout else ""
    if process.returncode:
        raise SystemExit(f"{' '.join(command)} failed with exit code {process.returncode}")
    return output, peak / 1e6


# Environments: the compiled core on every core, on one, and the Python path.
EVERY_CORE: dict[str, str] = {}
ONE_CORE = {"POLARS_MAX_THREADS": "1", "RAYON_NUM_THREADS": "1"}
PYTHON_PATH = {"NORMALIZE_PURE_PYTHON": "1"}


def _measure(
    mode: str, corpus: Path, extra: list[str], environment: dict[str, str]
) -> dict[str, float]:
    """Run one mode in a fresh process; its own line of JSON says what it did."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out.parquet"
        command = [sys.executable, __file__, "--run", mode, str(corpus), str(out), *extra]
        output, peak = _run_with_peak(command, {**os.environ, **environment})
    return {**json.loads(output.strip().splitlines()[-1]), "peak_mb": peak}


def _child(mode: str, corpus: Path, out: Path, extra: list[str]) -> None:
    started = time.perf_counter()
    if mode == "floor":
        documents = run_floor(corpus, out)
    elif mode == "naive":
        documents = run_naive(corpus, out, int(extra[0]))
    elif mode == "polars":
        documents = run_polars(corpus, out)
    else:
        documents = run_normalize(corpus, out, int(extra[0]))
    seconds = time.perf_counter() - started
    megabytes = sum(file.stat().st_size for file in _files(corpus, documents)) / 1e6
    print(json.dumps({"documents": documents, "seconds": seconds, "mb": megabytes}))


def _corpus(folder: Path, docs: int) -> Path:
    corpus = folder / f"corpus-{docs}"
    if not corpus.exists():
        subprocess.run(
            [sys.executable, str(HERE / "corpus.py"), str(corpus), "--docs", str(docs)], check=True
        )
    return corpus


def compare(
    docs: int, naive_docs: int, repeat: int, workdir: Path, *, python_path: bool = True
) -> None:
    corpus = _corpus(workdir, docs)
    cores = os.cpu_count() or 1
    modes = {
        "floor (polars read + write)": ("floor", [], EVERY_CORE),
        f"naive pipeline ({naive_docs} docs)": ("naive", [str(naive_docs)], EVERY_CORE),
        "convert, 1 thread": ("normalize", ["1"], EVERY_CORE),
        f"convert, {cores} threads": ("normalize", [str(cores)], EVERY_CORE),
        "polars route, 1 core": ("polars", [], ONE_CORE),
        f"polars route, {cores} cores": ("polars", [], EVERY_CORE),
    }
    if python_path:
        modes["Python path: convert, 1 worker"] = ("normalize", ["1"], PYTHON_PATH)
        modes[f"Python path: convert, {cores} workers"] = ("normalize", [str(cores)], PYTHON_PATH)
    # Rounds of every mode in turn, so that a slow spell of the machine falls on all of
    # them; each mode's fastest run counts, with the highest peak memory of its runs.
    runs: dict[str, dict[str, float]] = {}
    for _ in range(repeat):
        for name, (mode, extra, environment) in modes.items():
            run = _measure(mode, corpus, extra, environment)
            best = runs.setdefault(name, run)
            peak = max(best["peak_mb"], run["peak_mb"])
            runs[name] = {**min(best, run, key=lambda r: r["seconds"]), "peak_mb": peak}
    first = next(iter(runs.values()))
    print(f"\ncorpus: {docs} documents, {first['mb']:.1f} MB, {cores} cores, best of {repeat}\n")
    print(f"{'':<38}{'docs/s':>10}{'MB/s':>9}{'peak MB':>9}")
    rates = {}
    for name, run in runs.items():
        rates[name] = run["documents"] / run["seconds"]
        print(
            f"{name:<38}{rates[name]:>10.1f}"
            f"{run['mb'] / run['seconds']:>9.2f}{run['peak_mb']:>9.0f}"
        )
    floor, naive, one, every, polars_one, polars_every, *python = rates.values()
    print(f"\nconvert 1 thread / naive:          {one / naive:8.1f}x   (bar: >= 250x)")
    print(f"floor / convert 1 thread:          {floor / one:8.1f}x   (bar: <= 4x)")
    print(f"convert {cores} threads / 1 thread:     {every / one:8.2f}x   (bar: >= 1.8x)")
    route = polars_every / polars_one
    print(f"polars route {cores} cores / 1 core:    {route:8.2f}x   (bar: >= 1.8x)")
    print(f"polars route / convert, 1 core:    {polars_one / one:8.2f}x")
    if python:
        python_one, python_every = python
        print(f"core / Python path, 1 core:        {one / python_one:8.2f}x")
        print(f"Python path {cores} workers / 1 worker: {python_every / python_one:8.2f}x")


# A new process: import normalize, then normalize one page of each language; prints the
# seconds of the import and of the pages after it.
READY = """
import time
started = time.perf_counter()
import normalize
imported = time.perf_counter()
normalize.normalize_documents([
    "Leaders meet in Beijing\\n\\nMay 17, 2024\\n\\nThey met on Thursday. #summit",
    "지도자들 베이징서 회담\\n\\n입력 2024.05.17. 오후 2:30\\n\\n#정상회담",
    "Лидеры встретились в Пекине\\n\\n17 мая 2024, 10:15\\n\\n#саммит",
])
print(imported - started, time.perf_counter() - imported)
"""


def ready(environment: dict[str, str], repeat: int) -> tuple[float, float]:
    """The fastest import and the fastest time to three rows after it, in new processes."""
    runs = []
    for _ in range(repeat):
        done = subprocess.run(
            [sys.executable, "-c", READY], env=environment, capture_output=True, text=True
        )
        imported, rows = map(float, done.stdout.split())
        runs.append((imported, rows))
    return min(run[0] for run in runs), min(run[1] for run in runs)


def startup(workdir: Path, repeat: int) -> None:
    """Seconds from a new process to its output: ``show`` of one document, ``convert`` of 10
    documents, and ``convert`` of 400 with the default workers against one; first with an
    empty model folder (the models are built and stored), then with the stored models."""
    corpus = _corpus(workdir, 400)
    files = _files(corpus, None)
    ten = workdir / "startup-10"
    ten.mkdir(exist_ok=True)
    for file in files[:10]:
        (ten / file.name).write_bytes(file.read_bytes())
    command = [sys.executable, "-m", "normalize"]
    runs = {
        "show, 1 document": [*command, "show", str(files[0])],
        "convert, 10 documents": [*command, "convert", str(ten), "-o", "{out}", "-q"],
        "convert, 400, default workers": [*command, "convert", str(corpus), "-o", "{out}", "-q"],
        "convert, 400, --workers 1": [
            *command,
            "convert",
            str(corpus),
            "-o",
            "{out}",
            "-q",
            "--workers",
            "1",
        ],
    }
    with tempfile.TemporaryDirectory() as folder:
        environment = {**os.environ, "NORMALIZE_CACHE_DIR": str(Path(folder) / "models")}
        out = str(Path(folder) / "out.parquet")

        def timed(arguments: list[str]) -> float:
            started = time.perf_counter()
            subprocess.run(
                [part.replace("{out}", out) for part in arguments],
                env=environment,
                stdout=subprocess.DEVNULL,
                check=True,
            )
            return time.perf_counter() - started

        for path, extra in {"core": EVERY_CORE, "Python path": PYTHON_PATH}.items():
            imported, rows = ready({**environment, **extra}, repeat)
            print(f"{path}: import {imported:.2f} s, then ready (3 rows) in {rows:.2f} s")
        cold = timed(runs["show, 1 document"])
        print(f"\n{'':<46}{'seconds (best of ' + str(repeat) + ')':>22}")
        print(f"{'show, 1 document, models built':<46}{cold:>22.2f}")
        for name, arguments in runs.items():
            best = min(timed(arguments) for _ in range(repeat))
            print(f"{name + ', models stored':<46}{best:>22.2f}")
    print(
        "\nbars: ready <= 0.5 s after import; show <= 1.5 s; "
        "convert of 400 with the default workers <= with one"
    )


def memory(sizes: list[int], workdir: Path) -> None:
    """Peak memory of ``normalize convert`` (every core) on JSON Lines corpora of these sizes."""
    print(f"{'documents':>12}{'seconds':>10}{'peak MB':>10}")
    peaks = []
    for size in sizes:
        corpus = workdir / f"corpus-{size}.jsonl"
        if not corpus.exists():
            subprocess.run(
                [sys.executable, str(HERE / "corpus.py"), str(corpus), "--docs", str(size)],
                check=True,
            )
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "out.parquet"
            started = time.perf_counter()
            command = [sys.executable, "-m", "normalize", "convert", str(corpus), "-o", str(out)]
            _, peak = _run_with_peak([*command, "--no-progress"])
            seconds = time.perf_counter() - started
        peaks.append(peak)
        print(f"{size:>12}{seconds:>10.0f}{peaks[-1]:>10.0f}")
    print(
        f"growth from the first to the last size: {peaks[-1] / peaks[0] - 1:+.0%}"
        " (bars: <= +20%, <= 1024 MB)"
    )


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--run":
        _child(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]), sys.argv[5:])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--naive-docs", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3, help="rounds; the fastest run counts")
    parser.add_argument(
        "--memory", type=int, nargs="+", metavar="DOCS", help="measure memory instead"
    )
    parser.add_argument("--startup", action="store_true", help="measure time to first row")
    parser.add_argument(
        "--no-python-path", action="store_true", help="leave out the Python path's two modes"
    )
    parser.add_argument(
        "--workdir", type=Path, default=Path(tempfile.gettempdir()) / "normalize-bench"
    )
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    if args.startup:
        startup(args.workdir, args.repeat)
    elif args.memory:
        memory(args.memory, args.workdir)
    else:
        compare(
            args.docs,
            args.naive_docs,
            args.repeat,
            args.workdir,
            python_path=not args.no_python_path,
        )


if __name__ == "__main__":
    main()
