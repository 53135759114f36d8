"""Every output of normalize on every corpus, written as Parquet files, to compare two versions.

    python benchmarks/snapshot.py BENCH OUT_FOLDER [--docs 2000]
    cmp -s OLD_FOLDER/documents.parquet NEW_FOLDER/documents.parquet   # or: diff -r OLD NEW

``BENCH`` is the folder of the public data (hashtags/, langid/, timestamps/). The snapshot holds
the table of the project's fixtures, the seeds beside ``BENCH`` and a generated corpus (under
three sets of options); ``detect_language`` on every langid text; ``detect_fragments`` on the
mixed lines; ``split_hashtag`` and ``find_hashtags`` on every hashtag set; ``parse_timestamp``
and its column version on every timestamp string (under four sets of options); the title
functions on every headline found. A change that must not change outputs (a refactor, a
compiled core) leaves every file byte for byte the same.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import polars as pl

sys.path.insert(0, str(Path(__file__).parent))

import corpus

import normalize
from normalize import expressions as nx

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2024, 5, 17, 12, 0, tzinfo=UTC)
OPTION_SETS = {
    "plain": {},
    "seoul_now": {"default_tz": "Asia/Seoul", "now": NOW},
    "new_york": {"default_tz": "America/New_York"},
}
TIMESTAMP_OPTIONS = {
    "plain": {},
    "now": {"now": NOW},
    "seoul_now": {"default_tz": "Asia/Seoul", "now": NOW},
    "offset": {"default_tz": "+09:00", "now": NOW},
}


def _tsv_column(path: Path, column: str) -> list[str]:
    frame = pl.read_csv(path, separator="\t", quote_char=None, comment_prefix="#")
    return frame[column].cast(pl.String).to_list()


def _document_inputs(bench: Path, docs: int, scratch: Path) -> pl.DataFrame:
    generated = scratch / "generated.jsonl"
    corpus.write(generated, docs, corpus.SEED)
    paths = [
        ROOT / "fixtures" / "docs",
        ROOT / "fixtures" / "pages",
        bench.parent / "seeds",
        generated,
    ]
    documents = normalize.read_documents([path for path in paths if path.exists()])
    # Sources without the folders they were read from, which differ between runs.
    return documents.with_columns(pl.col("source").str.replace(f"^({ROOT}|{scratch})/", ""))


def _documents(inputs: pl.DataFrame) -> dict[str, pl.DataFrame]:
    tables = {}
    for name, options in OPTION_SETS.items():
        # The table alone: the input's columns out, the table's under their own names.
        renamed = inputs.rename({name: f"input_{name}" for name in inputs.columns})
        tables[f"documents_{name}"] = normalize.normalize_documents(
            renamed,
            text_column="input_text",
            id_column="input_doc_id",
            source_column="input_source",
            warnings_column="input_read_warnings",
            **options,
        ).drop(renamed.columns)
    texts = inputs.select("text").head(300)
    tables["expressions"] = texts.select(
        nx.document(pl.col("text")).alias("document"),
        nx.hashtags(pl.col("text")).alias("hashtags"),
        nx.fragments(pl.col("text")).alias("fragments"),
        nx.language(pl.col("text")).alias("language"),
    )
    return tables


def _languages(bench: Path) -> dict[str, pl.DataFrame]:
    langid = bench / "langid"
    texts = [
        text
        for name in ("words.tsv", "pairs.tsv", "sentences.tsv")
        for text in _tsv_column(langid / name, "text")
    ]
    mixed = _tsv_column(langid / "mixed.tsv", "text")
    return {
        "detect_language": pl.DataFrame(
            {"text": texts, "lang": [normalize.detect_language(text) for text in texts]}
        ),
        "detect_fragments": pl.DataFrame(
            {
                "text": mixed,
                "fragments": [
                    [fragment._asdict() for fragment in normalize.detect_fragments(text)]
                    for text in mixed
                ],
            }
        ),
    }


def _hashtags(bench: Path) -> dict[str, pl.DataFrame]:
    tags = [
        tag
        for path in sorted((bench / "hashtags").glob("*.tsv"))
        for tag in _tsv_column(path, "hashtag")
    ]
    tags += _tsv_column(ROOT / "fixtures" / "hashtags_ko.tsv", "hashtag")
    line = " ".join("#" + tag for tag in tags[:2000])
    return {
        "split_hashtag": pl.DataFrame(
            {"tag": tags, "words": [normalize.split_hashtag(tag) for tag in tags]}
        ),
        "find_hashtags": pl.DataFrame(
            [tag._asdict() for tag in normalize.find_hashtags(line)],
            schema_overrides={"start": pl.Int64, "end": pl.Int64},
        ),
    }


def _timestamps(bench: Path) -> dict[str, pl.DataFrame]:
    texts = _tsv_column(bench / "timestamps" / "dateparser_cases.tsv", "text")
    texts += _tsv_column(ROOT / "fixtures" / "timestamps.tsv", "text")
    texts = [text for text in texts if text is not None]
    column = pl.DataFrame({"text": texts})
    table = column.with_columns(
        expr=nx.timestamp(pl.col("text")),
        expr_seoul=nx.timestamp(pl.col("text"), default_tz="Asia/Seoul"),
    )
    for name, options in TIMESTAMP_OPTIONS.items():
        values = [normalize.parse_timestamp(text, **options) for text in texts]
        table = table.with_columns(pl.Series(name, values, dtype=pl.Datetime("us", "UTC")))
    return {"parse_timestamp": table}


def _titles(documents: pl.DataFrame) -> dict[str, pl.DataFrame]:
    lines = [
        line for body in documents["body"].to_list()[:400] for line in body.split("\n")[:6] if line
    ]
    return {
        "titles": pl.DataFrame(
            {
                "line": lines,
                "normalize_title": [normalize.normalize_title(line) for line in lines],
                "title_key": [normalize.title_key(line) for line in lines],
                "title_ascii": [normalize.title_ascii(line) for line in lines],
            }
        ).with_columns(expr=nx.normalize_title(pl.col("line")))
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bench", type=Path, help="folder of the public benchmark data")
    parser.add_argument("out", type=Path, help="folder to write the snapshot to")
    parser.add_argument("--docs", type=int, default=2000, help="generated documents")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        inputs = _document_inputs(args.bench, args.docs, Path(scratch))
    tables = _documents(inputs)
    tables |= _languages(args.bench)
    tables |= _hashtags(args.bench)
    tables |= _timestamps(args.bench)
    tables |= _titles(tables["documents_plain"])
    for name, table in tables.items():
        table.write_parquet(args.out / f"{name}.parquet")
        print(f"{name:<20} {table.height:>7} rows")


if __name__ == "__main__":
    main()
