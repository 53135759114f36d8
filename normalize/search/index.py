"""A Tantivy index of the table, embedded (a folder, no server): build it, and query it.

Fields (see the README for the whole list): the title (with its variants in other languages)
and the body each in three fields, English and Russian stemmed by Tantivy and Korean as the
terms of ``terms.korean_terms``; the hashtag words; ASCII transliterations of every non-ASCII
word; ``published_at`` as a date; the languages as facets (``/en``, ``/ru``, ``/ko``).

A query goes through the same steps as the documents (``terms``): documents with every word of
it, in any field, come first, then those with some. A word that runs words together
(``xijinping``) is also found as its parts, two words of a query as one (``heat wave``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import tantivy

from normalize.hashtags import split_hashtag
from normalize.search.fields import (
    FIELDS,
    INDEX_FORMAT,
    LANGUAGE_CODE,
    MARKER,
    PHRASE_FIELDS,
    PHRASE_SLOP,
    SCRIPT_FIELDS,
    register,
)
from normalize.search.terms import (
    analyze,
    korean_terms,
    script_of,
    strip_particle,
    transliterations,
    words,
)

__all__ = ["Hit", "SearchIndex", "open_index", "search"]


@dataclass(frozen=True)
class Hit:
    """One document found: its id, title, publication time (UTC) and score (higher is better)."""

    doc_id: str
    title: str | None
    published_at: datetime | None
    score: float


class SearchIndex:
    """An index opened once, for many queries (``search`` opens it for one).

    ``directory`` must be a folder written by ``build_index``.
    """

    def __init__(self, directory: str | os.PathLike[str]) -> None:
        folder = Path(directory)
        marker = folder / MARKER
        if not marker.is_file():
            raise FileNotFoundError(
                f"{folder} is not an index built by `normalize index` (it has no {MARKER})."
            )
        found = json.loads(marker.read_text("utf-8")).get("format")
        if found != INDEX_FORMAT:
            raise ValueError(
                f"{folder} is an index of format {found}; this version reads format "
                f"{INDEX_FORMAT}. Build it again with `normalize index --overwrite`."
            )
        self._index = tantivy.Index.open(str(folder))
        register(self._index)
        self._index.reload()
        self._searcher = self._index.searcher()
        self._schema = self._index.schema

    @property
    def documents(self) -> int:
        """How many documents the index holds."""
        return int(self._searcher.num_docs)

    def search(
        self,
        query: str,
        *,
        since: datetime | date | None = None,
        until: datetime | date | None = None,
        lang: str | Sequence[str] | None = None,
        limit: int = 10,
    ) -> list[Hit]:
        """The best ``limit`` documents for a query, best first (equal scores by doc_id).

        Documents with every word of the query come first; when there are fewer than
        ``limit``, documents with some of the words follow. ``since`` and ``until`` keep documents
        published in that span, both ends included (a ``date`` is its whole day, a naive
        ``datetime`` is read as UTC); a document without ``published_at`` is then left out.
        ``lang`` keeps documents with that language (or any of those languages).
        """
        if limit < 1:
            raise ValueError(f"limit must be 1 or more, not {limit}.")
        found = words(query)
        if not found:
            raise ValueError(f"The query {query!r} has no words to search for (letters or digits).")
        filters = []
        span = _span(since, until)
        if span is not None:
            dates = tantivy.Query.range_query(
                self._schema, "published_at", tantivy.FieldType.Date, *span
            )
            filters.append(_filter(dates))
        if lang is not None:
            filters.append(_filter(self._languages_query(lang)))
        per_word = [self._word_query(word, split=True) for word in found]
        # Two words of one script may be one word elsewhere: "heat wave" is "#Heatwave".
        joined = {
            number: self._word_query(found[number] + found[number + 1], split=False)
            for number in range(len(found) - 1)
            if script_of(found[number]) == script_of(found[number + 1])
        }
        readings = [per_word] + [
            [*per_word[:number], query, *per_word[number + 2 :]] for number, query in joined.items()
        ]
        every = [_all(reading) for reading in readings]
        together = self._phrases(found)
        hits = self._hits(every, filters, limit, together)
        if len(hits) < limit and len(per_word) > 1:
            seen = {hit.doc_id for hit in hits}
            some = self._hits([*per_word, *joined.values()], filters, limit + len(hits), together)
            hits += [hit for hit in some if hit.doc_id not in seen][: limit - len(hits)]
        return hits

    def _phrases(self, found: list[str]) -> list[tantivy.Query]:
        """Queries that score the words of a query found next to each other (English or
        Russian words of one script, each one stem)."""
        if len(found) < 2 or len({script_of(word) for word in found}) > 1:
            return []
        script = script_of(found[0])
        stems = [analyze(word, script) for word in found]
        if script not in PHRASE_FIELDS or any(len(each) != 1 for each in stems):
            return []
        terms: list[str | tuple[int, str]] = [each[0] for each in stems]
        return [
            tantivy.Query.boost_query(
                tantivy.Query.phrase_query(self._schema, field, terms, slop=PHRASE_SLOP),
                FIELDS[field][1],
            )
            for field in PHRASE_FIELDS[script]
        ]

    def _hits(
        self,
        choices: list[tantivy.Query],
        filters: list[tantivy.Query],
        limit: int,
        bonus: list[tantivy.Query],
    ) -> list[Hit]:
        """The best hits of any of the choices, filtered, the bonus queries adding to the
        score of those they match; equal scores ordered by doc_id."""
        clauses = [
            (tantivy.Occur.Must, _any(choices)),
            *((tantivy.Occur.Must, each) for each in filters),
            *((tantivy.Occur.Should, each) for each in bonus),
        ]
        # A few more than asked, so that documents tied at the cut are ordered by doc_id.
        found = self._searcher.search(tantivy.Query.boolean_query(clauses), limit + 16).hits
        hits = []
        for score, address in found:
            stored = self._searcher.doc(address)
            hits.append(
                Hit(
                    doc_id=str(stored.get_first("doc_id")),
                    title=stored.get_first("title"),
                    published_at=_as_utc(stored.get_first("published_at")),
                    score=round(float(score), 4),
                )
            )
        hits.sort(key=lambda hit: (-hit.score, hit.doc_id))
        return hits[:limit]

    def _word_query(self, word: str, *, split: bool) -> tantivy.Query:
        """A word found in any field; a run of words (``XiJinping``) also as its parts."""
        script = script_of(word)
        alternatives: list[tantivy.Query] = []
        if script == "ko":
            stem = strip_particle(word)
            parts = [term for term in korean_terms(stem) if term != stem]
            choices = [[word], [stem], parts] if parts else [[word], [stem]]
        else:
            stems = analyze(word, script)
            # The word itself too: a stemmer may cut a query word further than the same word
            # inflected on a page (Зенита -> зенит, but зенит -> зен).
            choices = [stems, [word.lower()]] if [word.lower()] != stems else [stems]
        for field in (*SCRIPT_FIELDS[script], "hashtags"):
            alternatives += (self._all_of(field, terms) for terms in choices if terms)
        if script == "en":
            ascii_terms = transliterations(word) or (word.lower(),)
            alternatives += (self._all_of("ascii", [term]) for term in ascii_terms)
        if split and script != "ko":
            parts = split_hashtag(word)
            if len(parts) > 1:
                alternatives.append(_all([self._word_query(part, split=False) for part in parts]))
        if not alternatives:  # a letter Tantivy's tokenizer does not keep
            return tantivy.Query.empty_query()
        return _any(alternatives)

    def _all_of(self, field: str, terms: Sequence[str]) -> tantivy.Query:
        weight = FIELDS[field][1]
        queries = [tantivy.Query.term_query(self._schema, field, term) for term in terms]
        if len(queries) == 1:
            return tantivy.Query.boost_query(queries[0], weight)
        return tantivy.Query.boost_query(_all(queries), weight)

    def _languages_query(self, lang: str | Sequence[str]) -> tantivy.Query:
        codes = [lang] if isinstance(lang, str) else list(lang)
        for code in codes:
            if not LANGUAGE_CODE.fullmatch(code):
                raise ValueError(
                    f"{code!r} is not a language code; use ISO 639-1 codes such as en, ru, ko."
                )
        if not codes:
            raise ValueError("Give at least one language code, e.g. en, ru or ko.")
        facets = [
            tantivy.Query.term_query(
                self._schema, "languages", tantivy.Facet.from_string(f"/{code}")
            )
            for code in codes
        ]
        return _any(facets)


def search(
    directory: str | os.PathLike[str],
    query: str,
    *,
    since: datetime | date | None = None,
    until: datetime | date | None = None,
    lang: str | Sequence[str] | None = None,
    limit: int = 10,
) -> list[Hit]:
    """Open the index in ``directory`` and return the best hits for ``query`` (see
    ``SearchIndex.search``; open a ``SearchIndex`` once to run many queries)."""
    return SearchIndex(directory).search(query, since=since, until=until, lang=lang, limit=limit)


def open_index(directory: str | os.PathLike[str]) -> SearchIndex:
    """Open an index built by ``build_index`` for many queries."""
    return SearchIndex(directory)


def _all(queries: Sequence[tantivy.Query]) -> tantivy.Query:
    return tantivy.Query.boolean_query([(tantivy.Occur.Must, each) for each in queries])


def _any(queries: Sequence[tantivy.Query]) -> tantivy.Query:
    return tantivy.Query.boolean_query([(tantivy.Occur.Should, each) for each in queries])


def _filter(query: tantivy.Query) -> tantivy.Query:
    """A clause that keeps or drops documents and adds nothing to their score."""
    return tantivy.Query.const_score_query(query, 0.0)


def _span(
    since: datetime | date | None, until: datetime | date | None
) -> tuple[datetime, datetime] | None:
    """The published-at span, both ends included, or None for no limit at either end."""
    if since is None and until is None:
        return None
    lower = _instant(since, end_of_day=False) if since is not None else tantivy.MIN_DATETIME
    upper = _instant(until, end_of_day=True) if until is not None else tantivy.MAX_DATETIME
    if lower > upper:
        raise ValueError(f"since ({lower:%Y-%m-%d %H:%M}) is after until ({upper:%Y-%m-%d %H:%M}).")
    return lower, upper


def _instant(value: datetime | date, *, end_of_day: bool) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    start = datetime.combine(value, time(), tzinfo=UTC)
    return start + timedelta(days=1, microseconds=-1) if end_of_day else start


def _as_utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
