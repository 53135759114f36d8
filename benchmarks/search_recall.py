"""Recall@10 and MRR of search over the normalized table, against the raw text, on one engine.

    python benchmarks/search_recall.py benchmarks/search_queries.toml --docs 10000
    python benchmarks/search_recall.py benchmarks/search_queries.toml --docs 100000

The corpus: the project's fixture pages (fixtures/docs, fixtures/pages), the pages planted by
the query file, and ``--docs`` pages from benchmarks/corpus.py (a generated page that carries
any query's marks is left out, so that every relevant document is known; see the query file).
Both indexes are Tantivy, in temporary folders:

- normalized: ``normalize convert`` of the corpus, then ``normalize.search.build_index``;
  queries through ``normalize.search`` (with the query's date span);
- raw: the page text in one field with Tantivy's default tokenizer, queries through Tantivy's
  default query parser (``Index.parse_query_lenient``: any of the words), and once more with
  every word required ("raw, all"). It has no dates: a date-span query runs as its text alone.

Prints recall@10 (relevant documents in the top 10, over the number relevant, at most 10) and
MRR (1 / rank of the first relevant document in the top 10, else 0), by query language and
kind, both indexes side by side; index build documents/s (normalization not included) and
query latency (median and p99, ``--repeat`` runs of every query) of both. Build throughput is
given per second of wall time and per second of the process's CPU time (steadier on a shared
machine).
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
import tomllib
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import polars as pl
import tantivy

HERE = Path(__file__).parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

from normalize import convert  # noqa: E402
from normalize.search import build_index, open_index  # noqa: E402
from normalize.search.terms import fold  # noqa: E402

RU_MONTHS = corpus.RU_MONTHS.split()
KST = timedelta(hours=9)
MSK = timedelta(hours=3)
TOP = 10


@dataclass
class Query:
    number: int
    text: str
    kind: str
    lang: str
    marks: list[list[str]]
    relevant: set[str]
    since: date | None = None
    until: date | None = None
    found: dict[str, list[str]] = field(default_factory=dict)


def render(doc: dict[str, str]) -> str:
    """A planted document as a page of its language's shape, its time as the outlet prints it."""
    at = datetime.fromisoformat(doc["at"]).astimezone(UTC)
    parts = [doc["title"]]
    if doc["lang"] == "ko":
        local = at + KST
        parts += [
            f"입력 {local:%Y.%m.%d %H:%M}",
            doc["body"],
            doc["tags"],
            "무단 전재 및 재배포 금지",
        ]
    elif doc["lang"] == "ru":
        local = at + MSK
        dateline = f"{local.day} {RU_MONTHS[local.month - 1]} {local.year}, {local:%H:%M}"
        parts = ["Политика", doc["title"], dateline, doc["body"], doc["tags"], "Комментарии"]
    else:
        parts += [doc["body"], doc["tags"], f"Published: {at:%Y-%m-%d %H:%M} UTC"]
        parts += ["You May Also Like"]
    return "\n\n".join(parts)


def carries(folded: str, marks: list[list[str]]) -> bool:
    """Whether a folded, lowercased text has every mark (one of its alternatives); an
    alternative that starts with ^ must start a word."""
    return all(any(_has(folded, alternative) for alternative in mark) for mark in marks)


def _has(folded: str, alternative: str) -> bool:
    if alternative.startswith("^"):
        return re.search(r"(?<!\w)" + re.escape(alternative[1:]), folded) is not None
    return alternative in folded


def fixture_pages() -> dict[str, str]:
    pages = {}
    for folder in ("docs", "pages"):
        for path in sorted((ROOT / "fixtures" / folder).glob("*.txt")):
            pages[f"fixtures/{folder}/{path.name}"] = path.read_bytes().decode("utf-8", "replace")
    return pages


def fixture_facts() -> tuple[dict[str, datetime | None], dict[str, set[str]]]:
    """What the fixtures' expected files state: each page's publication instant (None: it has
    none), and its lines of page machinery (menus, teasers of other stories, tag clouds)."""
    times: dict[str, datetime | None] = {}
    machinery: dict[str, set[str]] = {}
    for name in ("expected.toml", "pages.toml"):
        data = tomllib.loads((ROOT / "fixtures" / name).read_text("utf-8"))
        for entry in data["document"]:
            key = f"fixtures/{entry['file']}"
            if "published_at" in entry:
                times[key] = datetime.fromisoformat(entry["published_at"])
            elif "published_at" in entry.get("nulls", ()):
                times[key] = None
            machinery[key] = set(entry.get("body_excludes", ()))
    return times, machinery


def without_machinery(text: str, lines: set[str]) -> str:
    """A page without the lines its expected file calls machinery: a page whose only mention of
    a topic is a menu entry or another story's teaser is not about it."""
    return "\n".join(line for line in text.splitlines() if " ".join(line.split()) not in lines)


def load(path: Path) -> tuple[dict[str, str], dict[str, datetime], list[Query]]:
    data = tomllib.loads(path.read_text("utf-8"))
    planted = {doc["id"]: render(doc) for doc in data["doc"]}
    times = {doc["id"]: datetime.fromisoformat(doc["at"]).astimezone(UTC) for doc in data["doc"]}
    langs = {doc["id"]: doc["lang"] for doc in data["doc"]}
    queries = []
    for number, entry in enumerate(data["query"], start=1):
        relevant = set(entry["relevant"])
        unknown = relevant - planted.keys()
        if unknown:
            raise SystemExit(f"query {number} ({entry['text']}): unknown documents {unknown}")
        queries.append(
            Query(
                number=number,
                text=entry["text"],
                kind=entry["kind"],
                lang=langs[min(relevant)],
                marks=[[fold(part).lower() for part in mark.split("|")] for mark in entry["marks"]],
                relevant=relevant,
                since=date.fromisoformat(entry["since"]) if "since" in entry else None,
                until=date.fromisoformat(entry["until"]) if "until" in entry else None,
            )
        )
    return planted, times, queries


def in_span(query: Query, at: datetime) -> bool:
    if query.since is not None and at.date() < query.since:
        return False
    return query.until is None or at.date() <= query.until


def check(queries: list[Query], planted: dict[str, str], times: dict[str, datetime]) -> None:
    """The planted documents with a query's marks must be its relevant ones; fixture pages
    with the marks are added (for a date span, those whose expected file puts them in it)."""
    folded_planted = {doc_id: fold(text).lower() for doc_id, text in planted.items()}
    stated, machinery = fixture_facts()
    folded_fixtures = {
        doc_id: fold(without_machinery(text, machinery.get(doc_id, set()))).lower()
        for doc_id, text in fixture_pages().items()
    }
    problems = []
    for query in queries:
        marked = {
            doc_id
            for doc_id, text in folded_planted.items()
            if carries(text, query.marks) and in_span(query, times[doc_id])
        }
        if marked != query.relevant:
            problems.append(
                f"query {query.number} ({query.text}): planted with the marks {sorted(marked)}, "
                f"listed {sorted(query.relevant)}"
            )
        fixtures = {
            doc_id for doc_id, text in folded_fixtures.items() if carries(text, query.marks)
        }
        if query.since or query.until:
            unstated = sorted(fixtures - stated.keys())
            if unstated:
                problems.append(f"query {query.number}: no stated time for {unstated}")
            fixtures = {
                doc_id
                for doc_id in fixtures & stated.keys()
                if (at := stated[doc_id]) is not None and in_span(query, at)
            }
        query.relevant |= fixtures
    if problems:
        raise SystemExit("The query file does not hold together:\n" + "\n".join(problems))


def background(count: int, queries: list[Query], seed: int) -> tuple[list[str], int]:
    """``count`` generated pages that carry no query's marks (all of them), and how many were
    left out."""
    alternatives = sorted(
        {part.lstrip("^") for query in queries for mark in query.marks for part in mark}
    )
    pattern = re.compile("|".join(map(re.escape, alternatives)))
    pages: list[str] = []
    skipped = 0
    for text in corpus.documents(count * 3, seed):
        folded = fold(text).lower()
        if pattern.search(folded) and any(carries(folded, query.marks) for query in queries):
            skipped += 1
            continue
        pages.append(text)
        if len(pages) == count:
            return pages, skipped
    raise SystemExit("The generator ran out of pages without marks; use other marks.")


def build_raw(pages: dict[str, str], folder: Path) -> tantivy.Index:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("doc_id", stored=True, tokenizer_name="raw")
    builder.add_text_field("text")  # Tantivy's default tokenizer
    folder.mkdir()
    index = tantivy.Index(builder.build(), path=str(folder))
    writer = index.writer(heap_size=256_000_000, num_threads=1)
    for doc_id, text in pages.items():
        writer.add_document(tantivy.Document(doc_id=doc_id, text=text))
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    return index


def raw_search(index: tantivy.Index, *, every_word: bool) -> Callable[[Query], list[str]]:
    searcher = index.searcher()

    def run(query: Query) -> list[str]:
        parsed, _errors = index.parse_query_lenient(
            query.text, ["text"], conjunction_by_default=every_word
        )
        hits = searcher.search(parsed, TOP).hits
        return [searcher.doc(address)["doc_id"][0] for _score, address in hits]

    return run


def normalized_search(folder: Path) -> Callable[[Query], list[str]]:
    index = open_index(folder)

    def run(query: Query) -> list[str]:
        hits = index.search(query.text, since=query.since, until=query.until, limit=TOP)
        return [hit.doc_id for hit in hits]

    return run


def score(query: Query, found: list[str]) -> tuple[float, float]:
    hits = [doc_id in query.relevant for doc_id in found[:TOP]]
    recall = sum(hits) / min(len(query.relevant), TOP)
    first = next((rank for rank, hit in enumerate(hits, start=1) if hit), None)
    return recall, 0.0 if first is None else 1.0 / first


def timed(run: Callable[[Query], list[str]], queries: list[Query], repeat: int) -> list[float]:
    seconds = []
    for _ in range(repeat):
        for query in queries:
            started = time.perf_counter()
            run(query)
            seconds.append(time.perf_counter() - started)
    return seconds


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def report(queries: list[Query], names: list[str]) -> Iterator[str]:
    groups: dict[str, list[Query]] = defaultdict(list)
    for query in queries:
        groups[f"lang {query.lang}"].append(query)
        groups[f"kind {query.kind}"].append(query)
        groups["all"].append(query)
    header = f"{'queries':<22}{'n':>4}" + "".join(
        f"{name + ' R@10':>16}{'MRR':>8}" for name in names
    )
    yield header
    for group in sorted(groups, key=lambda key: (key != "all", key)):
        members = groups[group]
        line = f"{group:<22}{len(members):>4}"
        for name in names:
            scores = [score(query, query.found[name]) for query in members]
            line += f"{statistics.fmean(s[0] for s in scores):>16.3f}"
            line += f"{statistics.fmean(s[1] for s in scores):>8.3f}"
        yield line


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "queries", type=Path, help="the query file (benchmarks/search_queries.toml)"
    )
    parser.add_argument("--docs", type=int, default=10_000, help="generated pages")
    parser.add_argument("--seed", type=int, default=20240517)
    parser.add_argument("--repeat", type=int, default=5, help="runs of every query for latency")
    parser.add_argument("--workers", type=int, help="normalize convert's workers")
    parser.add_argument("--misses", action="store_true", help="list what each query missed")
    args = parser.parse_args()

    planted, times, queries = load(args.queries)
    check(queries, planted, times)
    generated, skipped = background(args.docs, queries, args.seed)
    pages = {f"gen{number:07d}": text for number, text in enumerate(generated)}
    pages |= fixture_pages() | planted
    per_lang = ", ".join(
        f"{lang} {n}" for lang, n in sorted(_count(q.lang for q in queries).items())
    )
    print(
        f"corpus: {len(pages):,} pages ({len(generated):,} generated, {skipped:,} generated "
        f"pages with a query's marks left out; {len(planted)} planted; "
        f"{len(pages) - len(generated) - len(planted)} fixtures); {len(queries)} queries "
        f"({per_lang})"
    )
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        source = folder / "pages.jsonl"
        pl.DataFrame({"id": list(pages), "text": list(pages.values())}).write_ndjson(source)
        started = time.perf_counter()
        convert([source], folder / "table.parquet", id_column="id", workers=args.workers)
        normalize_seconds = time.perf_counter() - started
        table = pl.read_parquet(folder / "table.parquet")

        started, cpu = time.perf_counter(), time.process_time()
        build_index(table, folder / "normalized")
        normalized_build = (time.perf_counter() - started, time.process_time() - cpu)
        started, cpu = time.perf_counter(), time.process_time()
        raw_index = build_raw(pages, folder / "raw")
        raw_build = (time.perf_counter() - started, time.process_time() - cpu)

        runs = {
            "normalized": normalized_search(folder / "normalized"),
            "raw": raw_search(raw_index, every_word=False),
            "raw, all": raw_search(raw_index, every_word=True),
        }
        for query in queries:
            for name, run in runs.items():
                query.found[name] = run(query)
        latency = {name: timed(runs[name], queries, args.repeat) for name in ("normalized", "raw")}

    print(
        f"normalize convert: {len(pages) / normalize_seconds:,.0f} documents/s (not counted below)"
    )
    print()
    for line in report(queries, list(runs)):
        print(line)
    print()
    print(f"{'':<22}{'normalized':>16}{'raw':>16}")
    for label, which in (("build, documents/s", 0), ("build, docs/CPU-s", 1)):
        print(
            f"{label:<22}{len(pages) / normalized_build[which]:>16,.0f}"
            f"{len(pages) / raw_build[which]:>16,.0f}"
        )
    for label, share in (("query median, ms", 0.5), ("query p99, ms", 0.99)):
        values = [percentile(latency[name], share) * 1000 for name in ("normalized", "raw")]
        print(f"{label:<22}" + "".join(f"{value:>16.2f}" for value in values))
    if args.misses:
        print()
        for query in queries:
            recall, _rr = score(query, query.found["normalized"])
            if recall < 1:
                missing = sorted(query.relevant - set(query.found["normalized"]))
                print(f"query {query.number} {query.text!r} ({query.kind}): missed {missing}")


def _count(values: Iterator[str]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for value in values:
        counts[value] += 1
    return counts


if __name__ == "__main__":
    main()
