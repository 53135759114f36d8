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
- ``normalize convert`` on one core and on every core;
- the polars route: ``pl.col("text").norm.document()`` on a LazyFrame of the same files,
  collected by the streaming engine into Parquet (``sink_parquet``, in row groups of
  ``convert``'s size), on one core and on every core.
A one-core mode is a process bound to one CPU (``sched_setaffinity``), with one thread of the
core and of polars: its reading and writing share that CPU with the core's work, as they
would on a one-core machine. The floor and the naive pipeline, the two baselines of the
one-core bars, are bound to one CPU too. ``--unbound`` runs the one-core modes free to use
the idle CPUs for reading and writing, as the figures before this option were measured.
- beside them, the Python path (``NORMALIZE_PURE_PYTHON=1``): ``convert`` with one worker
  process and with one per core.
The modes run in turn, ``--repeat`` rounds, and each mode's fastest run counts: the machine's
speed drifts between runs (the floor most, as it is mostly reading files). Prints documents/s,
MB/s, the CPUs a mode kept busy (CPU seconds over wall seconds), peak resident memory and the
ratios the issue sets bars on.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
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
    from normalize.files import ROW_GROUP_ROWS
    from normalize.inputs import scan_documents

    frame = scan_documents([corpus]).select(pl.col("text").norm.document().alias("row"))
    # row groups as `convert` writes them: each written while later batches are at work, not
    # the whole table in one group after the last batch, on one thread
    frame.sink_parquet(out, engine="streaming", row_group_size=ROW_GROUP_ROWS)
    return pl.scan_parquet(out).select(pl.len()).collect().item()


def _run_with_peak(
    command: list[str], environment: dict[str, str] | None = None, *, cpu: int | None = None
) -> tuple[str, float]:
    """Run a command, bound to CPU number ``cpu`` if one is given; return its stdout and the
    peak of the summed resident memory of its process tree (workers included), sampled every
    50 ms."""
    import psutil

    bind = None if cpu is None else (lambda: os.sched_setaffinity(0, {cpu}))
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, text=True, env=environment, preexec_fn=bind
    )
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
    mode: str, corpus: Path, extra: list[str], environment: dict[str, str], cpu: int | None
) -> dict[str, float]:
    """Run one mode in a fresh process (bound to CPU ``cpu`` if given); its own line of JSON
    says what it did."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out.parquet"
        command = [sys.executable, __file__, "--run", mode, str(corpus), str(out), *extra]
        output, peak = _run_with_peak(command, {**os.environ, **environment}, cpu=cpu)
    return {**json.loads(output.strip().splitlines()[-1]), "peak_mb": peak}


def _cpu_seconds() -> float:
    """CPU seconds of this process and of its ended children (the Python path's workers)."""
    used = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    return sum(usage.ru_utime + usage.ru_stime for usage in used)


def _child(mode: str, corpus: Path, out: Path, extra: list[str]) -> None:
    started, cpu_before = time.perf_counter(), _cpu_seconds()
    if mode == "floor":
        documents = run_floor(corpus, out)
    elif mode == "naive":
        documents = run_naive(corpus, out, int(extra[0]))
    elif mode == "polars":
        documents = run_polars(corpus, out)
    else:
        documents = run_normalize(corpus, out, int(extra[0]))
    seconds, cpu = time.perf_counter() - started, _cpu_seconds() - cpu_before
    megabytes = sum(file.stat().st_size for file in _files(corpus, documents)) / 1e6
    print(json.dumps({"documents": documents, "seconds": seconds, "cpu": cpu, "mb": megabytes}))


def _corpus(folder: Path, docs: int) -> Path:
    corpus = folder / f"corpus-{docs}"
    if not corpus.exists():
        subprocess.run(
            [sys.executable, str(HERE / "corpus.py"), str(corpus), "--docs", str(docs)], check=True
        )
    return corpus


def compare(
    docs: int,
    naive_docs: int,
    repeat: int,
    workdir: Path,
    *,
    python_path: bool = True,
    bound: bool = True,
) -> None:
    corpus = _corpus(workdir, docs)
    cores = len(os.sched_getaffinity(0))
    one = min(os.sched_getaffinity(0)) if bound else None
    alone = ONE_CORE if bound else EVERY_CORE  # unbound: the baselines as first measured
    modes = {
        "floor (polars read + write), 1 core": ("floor", [], alone, one),
        f"naive pipeline ({naive_docs} docs), 1 core": ("naive", [str(naive_docs)], alone, one),
        "convert, 1 core": ("normalize", ["1"], alone, one),
        f"convert, {cores} cores": ("normalize", [str(cores)], EVERY_CORE, None),
        "polars route, 1 core": ("polars", [], ONE_CORE, one),
        f"polars route, {cores} cores": ("polars", [], EVERY_CORE, None),
    }
    if python_path:
        modes["Python path: convert, 1 worker"] = ("normalize", ["1"], PYTHON_PATH, one)
        modes[f"Python path: convert, {cores} workers"] = (
            "normalize",
            [str(cores)],
            PYTHON_PATH,
            None,
        )
    # Rounds of every mode in turn, so that a slow spell of the machine falls on all of
    # them; each mode's fastest run counts, with the highest peak memory of its runs.
    runs: dict[str, dict[str, float]] = {}
    for _ in range(repeat):
        for name, (mode, extra, environment, cpu) in modes.items():
            run = _measure(mode, corpus, extra, environment, cpu)
            best = runs.setdefault(name, run)
            peak = max(best["peak_mb"], run["peak_mb"])
            runs[name] = {**min(best, run, key=lambda r: r["seconds"]), "peak_mb": peak}
    first = next(iter(runs.values()))
    binding = "one-core modes bound to one CPU" if bound else "one-core modes unbound"
    print(f"\ncorpus: {docs} documents, {first['mb']:.1f} MB, {cores} cores, best of {repeat}")
    print(f"({binding})\n")
    print(f"{'':<44}{'docs/s':>10}{'MB/s':>9}{'CPUs':>6}{'peak MB':>9}")
    rates = {}
    for name, run in runs.items():
        rates[name] = run["documents"] / run["seconds"]
        print(
            f"{name:<44}{rates[name]:>10.1f}{run['mb'] / run['seconds']:>9.2f}"
            f"{run['cpu'] / run['seconds']:>6.2f}{run['peak_mb']:>9.0f}"
        )
    floor, naive, one_core, every, polars_one, polars_every, *python = rates.values()
    print(f"\nconvert 1 core / naive:            {one_core / naive:8.1f}x   (bar: >= 250x)")
    print(f"floor / convert 1 core:            {floor / one_core:8.1f}x   (bar: <= 4x)")
    print(f"convert {cores} cores / 1 core:         {every / one_core:8.2f}x   (bar: >= 1.8x)")
    route = polars_every / polars_one
    print(f"polars route {cores} cores / 1 core:    {route:8.2f}x   (bar: >= 1.8x)")
    print(f"polars route / convert, 1 core:    {polars_one / one_core:8.2f}x")
    if python:
        python_one, python_every = python
        print(f"core / Python path, 1 core:        {one_core / python_one:8.2f}x")
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
        "--unbound",
        action="store_true",
        help="let the one-core modes use the idle CPUs for reading and writing",
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
            bound=not args.unbound,
        )


if __name__ == "__main__":
    main()
