"""Throughput of normalize on Ray Data and Spark, 1 and 2 workers, against ``normalize convert``.

    pip install -e '.[ray,spark,bench]'        # Spark also needs Java 17 or later
    python benchmarks/distributed.py --docs 10000 --repeat 2
    python benchmarks/distributed.py --docs 10000 --price-per-core-hour 0.0513

One corpus (benchmarks/corpus.py, fixed seed) is written as Parquet shards of 1,000 documents
(``id``, ``text``). Each engine runs the same job, in a fresh process per run: read the
shards, normalize every document, write Parquet.
- convert: ``normalize convert SHARDS -o OUT --workers N --id-column id``, the baseline;
- ray: ``ray.init(num_cpus=N)``, then ``read_parquet`` → ``map_batches(normalize_batch,
  batch_format="pyarrow")`` → ``write_parquet``;
- spark: a ``local[N]`` session, then ``read.parquet`` → ``mapInArrow(normalize_batches,
  spark_ddl(...))`` → ``write.parquet``.
The start of the engine (cluster or session) is timed apart from the job; documents/s and
MB/s count the job only, per core (divided by N). Documents per CPU-second divide by the CPU
time of every process of the run (workers, JVM, scheduler), which a busy machine changes
less than the wall clock. The modes run in turn for ``--repeat`` rounds and each counts its
fastest job (and its least CPU time). The last lines estimate the cost of a billion pages
from each engine's documents per CPU-second at the most workers measured: on cores of its
own, a busy worker spends a CPU-second each second.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).parent
SHARD_ROWS = 1_000
PAGES = 1_000_000_000


def write_shards(folder: Path, docs: int, seed: int) -> float:
    """The corpus as Parquet shards in ``folder``; returns the megabytes of UTF-8 text."""
    import polars as pl

    spec = importlib.util.spec_from_file_location("corpus", HERE / "corpus.py")
    assert spec is not None and spec.loader is not None
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    folder.mkdir(parents=True, exist_ok=True)
    texts = list(corpus.documents(docs, seed))
    for start in range(0, docs, SHARD_ROWS):
        shard = texts[start : start + SHARD_ROWS]
        ids = [f"doc{number:07d}" for number in range(start, start + len(shard))]
        frame = pl.DataFrame({"id": ids, "text": shard})
        frame.write_parquet(folder / f"part-{start // SHARD_ROWS:05d}.parquet")
    return sum(len(text.encode("utf-8")) for text in texts) / 1e6


class Run(NamedTuple):
    startup: float  # seconds to start the engine
    seconds: float  # of the job
    cpu: float  # CPU seconds of the job, every process of the engine
    documents: int  # rows written


def _cpu_seconds() -> float:
    """CPU time of this process and every process below it, ended ones that were waited for
    included: the engine's workers, its JVM, its scheduler."""
    import psutil

    total = 0.0
    me = psutil.Process()
    for process in [me, *me.children(recursive=True)]:
        try:
            times = process.cpu_times()
        except psutil.Error:
            continue  # it ended between listing and reading
        total += times.user + times.system + times.children_user + times.children_system
    return total


def _job(startup: float, job: Callable[[], object], out: Path) -> Run:
    cpu, started = _cpu_seconds(), time.perf_counter()
    job()
    seconds, cpu = time.perf_counter() - started, _cpu_seconds() - cpu
    return Run(startup, seconds, cpu, _rows(out))


def run_convert(shards: Path, out: Path, workers: int) -> Run:
    from normalize import convert

    files = sorted(shards.glob("*.parquet"))
    return _job(
        0.0, lambda: convert(files, out / "out.parquet", id_column="id", workers=workers), out
    )


def run_ray(shards: Path, out: Path, workers: int) -> Run:
    import warnings

    warnings.simplefilter("ignore", DeprecationWarning)  # Ray Data's own, when it starts
    import ray

    from normalize.arrow import normalize_batch

    started = time.perf_counter()
    ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False)
    ray.data.DataContext.get_current().enable_progress_bars = False
    startup = time.perf_counter() - started
    dataset = ray.data.read_parquet(str(shards)).map_batches(
        normalize_batch, batch_format="pyarrow", fn_kwargs={"id_column": "id"}
    )
    return _job(startup, lambda: dataset.write_parquet(str(out)), out)


def run_spark(shards: Path, out: Path, workers: int) -> Run:
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    import pyarrow as pa
    from pyspark.sql import SparkSession

    from normalize.arrow import normalize_batches, output_schema, spark_ddl

    started = time.perf_counter()
    spark = (
        SparkSession.builder.master(f"local[{workers}]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    startup = time.perf_counter() - started
    ddl = spark_ddl(output_schema(pa.schema({"id": pa.string(), "text": pa.string()})))
    normalized = spark.read.parquet(str(shards)).mapInArrow(
        partial(normalize_batches, id_column="id"), ddl
    )
    run = _job(startup, lambda: normalized.write.parquet(str(out)), out)
    spark.stop()
    return run


def _rows(folder: Path) -> int:
    import polars as pl

    return pl.scan_parquet(folder / "*.parquet").select(pl.len()).collect().item()


RUNNERS: dict[str, Callable[[Path, Path, int], Run]] = {
    "convert": run_convert,
    "ray": run_ray,
    "spark": run_spark,
}


def _child(engine: str, shards: Path, workers: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out"
        if engine == "convert":
            out.mkdir()
        run = RUNNERS[engine](shards, out, workers)
    print(json.dumps(run._asdict()))


def _measure(engine: str, shards: Path, workers: int) -> dict[str, float]:
    command = [sys.executable, __file__, "--run", engine, str(shards), str(workers)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def compare(
    docs: int, seed: int, workers: list[int], repeat: int, price: float, workdir: Path
) -> None:
    shards = workdir / f"shards-{docs}-{seed}"
    megabytes = write_shards(shards, docs, seed)
    modes = [(engine, count) for engine in RUNNERS for count in workers]
    runs: dict[tuple[str, int], dict[str, float]] = {}
    for _ in range(repeat):
        for engine, count in modes:
            run = _measure(engine, shards, count)
            print(f"{engine} {count}: {json.dumps(run)}", file=sys.stderr, flush=True)
            if run["documents"] != docs:
                raise SystemExit(f"{engine} wrote {run['documents']} rows for {docs} documents")
            best = runs.setdefault((engine, count), run)
            runs[(engine, count)] = {
                **min(best, run, key=lambda r: r["seconds"]),
                "cpu": min(best["cpu"], run["cpu"]),
            }
    print(
        f"\ncorpus: {docs} documents, {megabytes:.1f} MB of text, {os.cpu_count()} cores, "
        f"fastest job of {repeat}\n"
    )
    print(
        f"{'engine':<10}{'workers':>8}{'start s':>9}{'job s':>8}{'docs/s':>9}"
        f"{'docs/s/core':>13}{'MB/s/core':>11}{'docs/CPU-s':>12}"
    )
    per_cpu_second: dict[str, float] = {}
    for (engine, count), run in runs.items():
        rate = docs / run["seconds"]
        per_cpu_second[engine] = docs / run["cpu"]
        print(
            f"{engine:<10}{count:>8}{run['startup']:>9.1f}{run['seconds']:>8.1f}{rate:>9.0f}"
            f"{rate / count:>13.0f}{megabytes / run['seconds'] / count:>11.2f}"
            f"{docs / run['cpu']:>12.0f}"
        )
    print(
        f"\n{PAGES:,} pages at the documents per CPU-second of {max(workers)} workers "
        f"(a core-hour is 3,600 CPU-seconds), ${price:.4f} per core-hour:"
    )
    print(f"{'engine':<10}{'core-hours':>12}{'hours on 1,000 cores':>22}{'$ per 1M pages':>16}")
    for engine, rate in per_cpu_second.items():
        core_hours = PAGES / rate / 3600
        print(
            f"{engine:<10}{core_hours:>12,.0f}{core_hours / 1000:>22.1f}"
            f"{core_hours * price / (PAGES / 1e6):>16.3f}"
        )


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--run":
        _child(sys.argv[2], Path(sys.argv[3]), int(sys.argv[4]))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=20240517)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=2, help="rounds; the fastest job counts")
    parser.add_argument(
        "--price-per-core-hour",
        type=float,
        default=0.0513,
        help="dollars per core-hour for the estimate (default: AWS c7a.large on demand, "
        "us-east-1, $0.10264/h for 2 cores)",
    )
    parser.add_argument(
        "--workdir", type=Path, default=Path(tempfile.gettempdir()) / "normalize-bench"
    )
    args = parser.parse_args()
    compare(args.docs, args.seed, args.workers, args.repeat, args.price_per_core_hour, args.workdir)


if __name__ == "__main__":
    main()
