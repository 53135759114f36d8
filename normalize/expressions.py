"""Polars expressions: every step of normalize on a column, for users who keep their own frames.

The typed functions take and return ``pl.Expr``; the ``norm`` namespace (registered on import
of ``normalize``) offers the same as methods: ``pl.col("text").norm.title()``. The pipeline
runs once per distinct text (``normalize.rows``: on the compiled core when it is built), and
every expression is declared elementwise so polars may split work.

Several ``norm`` fields of the same texts in one query (``title`` and ``published_at``) share
one run of the pipeline: the rows of the last batches are kept (``_kept_rows``), by their texts
and options, and a second expression over the same batch waits for them, asleep, while other
batches are made on other threads. Python work runs under ``python_lock``, one polars thread
at a time, so that threads do not fight for the GIL.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Hashable
from datetime import datetime
from functools import partial
from typing import Any

import polars as pl

from normalize.ascii_titles import title_ascii as _title_ascii
from normalize.cache import Recent, once, python_lock
from normalize.hashtags import distinct_hashtags, find_hashtags
from normalize.languages import detect_fragments, detect_language
from normalize.options import TITLE_THRESHOLD, Options
from normalize.rows import table_rows
from normalize.schema import SCHEMA
from normalize.text import INVISIBLE, WHITESPACE, WHITESPACE_CLASS
from normalize.timestamps import timestamps_expr
from normalize.titles import title_key as _title_key

DOCUMENT = pl.Struct(
    {name: dtype for name, dtype in SCHEMA.items() if name not in ("doc_id", "source")}
)
_DOCUMENT_FIELDS = tuple(DOCUMENT.to_schema())


def _per_distinct(expr: pl.Expr, function: Callable[[str], Any], dtype: pl.DataType) -> pl.Expr:
    """Apply a scalar function once per distinct non-null string of a column."""

    def run(series: pl.Series) -> pl.Series:
        distinct = series.unique().drop_nulls()
        texts = distinct.to_list()
        with python_lock():
            results = [function(text) for text in texts]
        values = pl.Series(series.name, results, dtype=dtype)
        mapping = pl.DataFrame({"key": distinct, "value": values})
        keys = pl.DataFrame({"key": series})
        return keys.join(mapping, on="key", how="left", maintain_order="left")["value"]

    return expr.map_batches(run, return_dtype=dtype, is_elementwise=True)


@once
def _kept_rows() -> Recent[pl.Series]:
    """The rows of the batches normalized last, for the other expressions of the same query:
    two per polars thread (a thread's batch is asked for once per field of the query)."""
    return Recent(2 * pl.thread_pool_size())


def _rows(series: pl.Series, *, options: Options) -> pl.Series:
    """The rows (``DOCUMENT``) of a batch of texts (null for a null text), each distinct text
    made once, taken from ``_kept_rows`` when another expression of the query made them."""
    key: Hashable = (options, _Texts(series))
    rows = _kept_rows().made(key, partial(_made, series, options))
    return rows.alias(series.name)


class _Texts:
    """A batch of texts as a key: equal to another batch of the same texts in the same order
    (not just of the same hash), hashed and compared by polars, without making a Python
    string of each text."""

    __slots__ = ("_hash", "series")

    def __init__(self, series: pl.Series) -> None:
        self.series = series
        self._hash = hash(tuple(series.hash().to_list()))

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, _Texts)
            and self._hash == other._hash
            and self.series.equals(other.series, check_dtypes=True, null_equal=True)
        )


def _made(series: pl.Series, options: Options) -> pl.Series:
    """The rows of a batch of texts, each distinct text made once."""
    texts = series.rename("text").to_frame()
    distinct = texts.drop_nulls().unique(keep="first", maintain_order=True)
    table = table_rows(distinct, columns={"text": "text"}, options=options)
    made = distinct.with_columns(row=pl.struct(table.select(_DOCUMENT_FIELDS)))
    return texts.join(made, on="text", how="left", maintain_order="left").get_column("row")


def document(
    expr: pl.Expr,
    *,
    default_tz: str | None = None,
    now: datetime | None = None,
    title_threshold: float = TITLE_THRESHOLD,
) -> pl.Expr:
    """Each text's whole row as a struct (the table's columns but ``doc_id`` and ``source``).

    Several fields of the same texts in one query run the pipeline once.

    >>> frame = pl.DataFrame({"text": ["Leaders meet in Beijing\\n\\nThey met on Thursday."]})
    >>> frame.select(document(pl.col("text")).struct.field("title")).item()
    'Leaders meet in Beijing'
    """
    options = Options(default_tz=default_tz, now=now, title_threshold=title_threshold)
    run = partial(_rows, options=options)
    return expr.map_batches(run, return_dtype=DOCUMENT, is_elementwise=True)


def title(expr: pl.Expr, *, title_threshold: float = TITLE_THRESHOLD) -> pl.Expr:
    """Each document's headline (null where it has none); ``document`` gives every field at once."""
    return document(expr, title_threshold=title_threshold).struct.field("title")


def published_at(
    expr: pl.Expr, *, default_tz: str | None = None, now: datetime | None = None
) -> pl.Expr:
    """Each document's publication instant in UTC, found in its text."""
    return document(expr, default_tz=default_tz, now=now).struct.field("published_at")


def timestamp(expr: pl.Expr, *, default_tz: str | None = None) -> pl.Expr:
    """A column of timestamp strings parsed to UTC instants (the column form of parse_timestamp)."""
    return timestamps_expr(expr, default_tz=default_tz)


def hashtags(expr: pl.Expr) -> pl.Expr:
    """The hashtags of each text, each once (case-insensitively, at its first appearance),
    split into words, with their language.

    >>> pl.select(hashtags(pl.lit("#NorthKorea #Busan"))).item().to_list()[0]["words"]
    ['North', 'Korea']
    """
    dtype = SCHEMA["hashtags"]
    return _per_distinct(
        expr,
        lambda text: [
            {"tag": t.tag, "words": t.words, "lang": t.lang}
            for t in distinct_hashtags(find_hashtags(text))
        ],
        dtype,
    )


def fragments(expr: pl.Expr) -> pl.Expr:
    """Language runs of each text, with code-point offsets."""
    return _per_distinct(
        expr,
        lambda text: [
            {"start": f.start, "end": f.end, "lang": f.lang, "script": f.script}
            for f in detect_fragments(text)
        ],
        SCHEMA["fragments"],
    )


def language(expr: pl.Expr) -> pl.Expr:
    """One ISO 639-1 label per text (``und`` without evidence)."""
    return _per_distinct(expr, detect_language, pl.String())


def normalize_title(expr: pl.Expr) -> pl.Expr:
    """Headlines cleaned as ``normalize.normalize_title`` does, in native polars string
    operations.

    >>> pl.select(normalize_title(pl.lit("  Ｘｉ\u200b and  Putin "))).item()
    'Xi and Putin'
    """
    return (
        expr.str.replace_many(_width_folds())
        .str.replace_all(INVISIBLE.pattern, "")
        .str.normalize("NFC")
        .str.replace_all(f"{WHITESPACE_CLASS}+", " ")
        .str.strip_chars(WHITESPACE)
    )


@once
def _width_folds() -> dict[str, str]:
    """Every width variant and what NFKC makes of it."""
    variants = map(chr, [0x3000, *range(0xFF01, 0xFFEF)])
    return {
        char: unicodedata.normalize("NFKC", char)
        for char in variants
        if unicodedata.category(char) != "Cn"
    }


def title_key(expr: pl.Expr) -> pl.Expr:
    """Search and de-duplication keys of headlines."""
    return _per_distinct(expr, _title_key, pl.String())


def title_ascii(expr: pl.Expr) -> pl.Expr:
    """Headlines transliterated to ASCII."""
    return _per_distinct(expr, _title_ascii, pl.String())


@pl.api.register_expr_namespace("norm")
class NormalizeNamespace:
    """``pl.col(...).norm.<step>()``: the functions of this module as expression methods.

    >>> frame = pl.DataFrame({"text": ["Leaders meet in Beijing\\n\\n#XiJinping #Putin"]})
    >>> frame.select(pl.col("text").norm.title()).item()
    'Leaders meet in Beijing'
    """

    def __init__(self, expr: pl.Expr) -> None:
        self._expr = expr

    def document(
        self,
        *,
        default_tz: str | None = None,
        now: datetime | None = None,
        title_threshold: float = TITLE_THRESHOLD,
    ) -> pl.Expr:
        """Each text's whole row as a struct; select its fields with ``.struct.field(...)``.
        The keywords are those of ``normalize_documents``.

        >>> frame = pl.DataFrame({"text": ["Markets rally in Seoul\\n\\nShares rose on Friday."]})
        >>> frame.select(pl.col("text").norm.document().struct.field("title_lang")).item()
        'en'
        """
        return document(self._expr, default_tz=default_tz, now=now, title_threshold=title_threshold)

    def title(self, *, title_threshold: float = TITLE_THRESHOLD) -> pl.Expr:
        """Each document's headline, null where the chooser is less sure than
        ``title_threshold`` (log-odds) or the page has none.

        >>> pl.select(pl.lit("Markets rally in Seoul\\n\\nShares rose.").norm.title()).item()
        'Markets rally in Seoul'
        """
        return title(self._expr, title_threshold=title_threshold)

    def published_at(
        self, *, default_tz: str | None = None, now: datetime | None = None
    ) -> pl.Expr:
        """Each document's publication instant in UTC, found in its datelines.

        >>> page = pl.lit("Markets rally\\n\\n입력 2024.05.17 17:03\\n\\nShares rose.")
        >>> pl.select(page.norm.published_at()).item()
        datetime.datetime(2024, 5, 17, 8, 3, tzinfo=zoneinfo.ZoneInfo(key='UTC'))
        """
        return published_at(self._expr, default_tz=default_tz, now=now)

    def timestamp(self, *, default_tz: str | None = None) -> pl.Expr:
        """A column of timestamp strings as UTC instants (``parse_timestamp`` per value).

        >>> pl.select(pl.lit("17 мая 2024, 12:30 МСК").norm.timestamp()).item()
        datetime.datetime(2024, 5, 17, 9, 30, tzinfo=zoneinfo.ZoneInfo(key='UTC'))
        """
        return timestamp(self._expr, default_tz=default_tz)

    def hashtags(self) -> pl.Expr:
        """The hashtags of each text: tag, words and language.

        >>> pl.select(pl.lit("#중러정상회담").norm.hashtags()).item().to_list()[0]["words"]
        ['중러', '정상회담']
        """
        return hashtags(self._expr)

    def fragments(self) -> pl.Expr:
        """The language runs of each text, with code-point offsets.

        >>> runs = pl.select(pl.lit("Читать / Read more").norm.fragments()).item().to_list()
        >>> [(run["start"], run["end"], run["lang"]) for run in runs]
        [(0, 6, 'ru'), (9, 18, 'en')]
        """
        return fragments(self._expr)

    def language(self) -> pl.Expr:
        """One ISO 639-1 code per text, ``und`` without letters.

        >>> pl.select(pl.lit("Описание к видео").norm.language()).item()
        'ru'
        """
        return language(self._expr)

    def normalize_title(self) -> pl.Expr:
        """Headlines as displayed: NFC, width variants folded, invisible characters out.

        >>> pl.select(pl.lit("  Ｘｉ  and Putin ").norm.normalize_title()).item()
        'Xi and Putin'
        """
        return normalize_title(self._expr)

    def title_key(self) -> pl.Expr:
        """Search and de-duplication keys of headlines.

        >>> pl.select(pl.lit("[단독] Xi, Putin meet | Yonhap").norm.title_key()).item()
        'xi putin meet'
        """
        return title_key(self._expr)

    def title_ascii(self) -> pl.Expr:
        """Headlines transliterated to ASCII, for slugs.

        >>> pl.select(pl.lit("Путин и Си").norm.title_ascii()).item()
        'Putin i Si'
        """
        return title_ascii(self._expr)
