from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st

import normalize
from normalize.search import SearchIndex, build_index, open_index, search
from normalize.search.build import _document
from normalize.search.rows import Row

PAGES = {
    "xi": "Leaders meet in Beijing\n\nThe two leaders held talks on trade and energy.\n\n"
    "#XiJinping #TradeTalks\n\n2024-05-16 10:00 UTC",
    "ko-summit": "중국과 러시아 정상 베이징서 만나\n\n"
    "두 나라 정상이 베이징에서 만나 협력을 논의했다.\n\n#중러정상회담\n\n입력 2024.05.16 18:00",
    "ru-tag": "Встреча в Кремле\n\nГлава государства провёл переговоры с делегацией.\n\n"
    "#ВладимирПутин\n\n16 мая 2024, 12:30",
    "yo": "Ёжик в тумане\n\nСтарый мультфильм про ёжика снова показали в кино.\n\n"
    "17 мая 2024, 09:00",
    "harbour-march": "Harbour report for March\n\nShips waited in the harbour.\n\n"
    "2024-03-01 08:00 UTC",
    "harbour-may": "Harbour report for May\n\nShips left the harbour early.\n\n"
    "2024-05-20 08:00 UTC",
    "harbour-july": "Harbour report for July\n\nThe harbour was quiet.\n\n2024-07-01 08:00 UTC",
    "harbour-undated": "Harbour report without a date\n\nThe harbour was busy.",
    "heatwave": "Record heatwave strains the grid\n\nOperators asked people to save power.\n\n"
    "#Heatwave\n\n2023-08-20 20:00 UTC",
}


@pytest.fixture(scope="module")
def table() -> pl.DataFrame:
    frame = pl.DataFrame({"id": list(PAGES), "text": list(PAGES.values())})
    return normalize.normalize_documents(frame, id_column="id")


@pytest.fixture(scope="module")
def index(table: pl.DataFrame, tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    folder = tmp_path_factory.mktemp("search") / "index"
    assert build_index(table, folder) == len(PAGES)
    return open_index(folder)


def ids(hits: list[normalize.search.Hit]) -> list[str]:
    return [hit.doc_id for hit in hits]


@pytest.mark.parametrize(
    ("query", "found"),
    [
        pytest.param("xi jinping", "xi", id="a name written only as #XiJinping"),
        pytest.param("XiJinping", "xi", id="the tag as one word"),
        pytest.param("정상회담", "ko-summit", id="a part of the compound tag #중러정상회담"),
        pytest.param("정상회담을", "ko-summit", id="the part with a particle"),
        pytest.param("путин", "ru-tag", id="a name written only as #ВладимирПутин"),
        pytest.param("putin", "ru-tag", id="the name typed on a Latin keyboard"),
        pytest.param("ежик", "yo", id="е finds ё"),
        pytest.param("ёжика", "yo", id="ё finds ё, declined"),
        pytest.param("Пyтин", "ru-tag", id="a query with a Latin look-alike letter"),
        pytest.param("heat wave", "heatwave", id="two words of the query written as one"),
    ],
)
def test_query_finds(index: SearchIndex, query: str, found: str) -> None:
    assert ids(index.search(query))[:1] == [found]


def test_documents_with_every_word_come_first(index: SearchIndex) -> None:
    hits = ids(index.search("harbour july"))
    assert hits[0] == "harbour-july"  # both words
    assert sorted(hits[1:]) == ["harbour-march", "harbour-may", "harbour-undated"]  # one
    assert ids(index.search("harbour july", limit=1)) == ["harbour-july"]


def test_date_range_keeps_and_drops(index: SearchIndex) -> None:
    harbour = index.search("harbour")
    assert sorted(ids(harbour)) == sorted(name for name in PAGES if name.startswith("harbour"))
    may = index.search("harbour", since=date(2024, 5, 1), until=date(2024, 5, 31))
    assert ids(may) == ["harbour-may"]
    after = index.search("harbour", since=datetime(2024, 5, 20, 8, 0, tzinfo=UTC))
    assert sorted(ids(after)) == ["harbour-july", "harbour-may"]
    before = index.search("harbour", until=datetime(2024, 5, 20, 7, 59, tzinfo=UTC))
    assert ids(before) == ["harbour-march"]
    # a filter keeps or drops, it does not change the score
    assert {hit.doc_id: hit.score for hit in harbour}["harbour-may"] == may[0].score


def test_language_facet(index: SearchIndex) -> None:
    assert ids(index.search("harbour", lang="ko")) == []
    assert ids(index.search("정상회담", lang=["ru", "ko"])) == ["ko-summit"]


def test_hits_carry_title_and_time(index: SearchIndex) -> None:
    (hit,) = index.search("harbour", since=date(2024, 7, 1))
    assert hit.title == "Harbour report for July"
    assert hit.published_at == datetime(2024, 7, 1, 8, 0, tzinfo=UTC)
    assert hit.score > 0


def test_limit_and_order(index: SearchIndex) -> None:
    hits = index.search("harbour", limit=2)
    assert len(hits) == 2
    assert hits[0].score >= hits[1].score


@pytest.mark.parametrize(
    ("query", "arguments", "message"),
    [
        ("?! …", {}, "has no words to search for"),
        ("harbour", {"limit": 0}, "limit must be 1 or more"),
        ("harbour", {"lang": "Korean"}, "is not a language code"),
        ("harbour", {"since": date(2024, 6, 1), "until": date(2024, 5, 1)}, "is after until"),
    ],
)
def test_bad_queries(
    index: SearchIndex, query: str, arguments: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        index.search(query, **arguments)  # type: ignore[arg-type]


def test_build_from_parquet_and_search_by_path(table: pl.DataFrame, tmp_path: Path) -> None:
    source = tmp_path / "table.parquet"
    table.with_columns(extra=pl.lit(1)).write_parquet(source)  # other columns are ignored
    assert build_index(source, tmp_path / "index") == len(PAGES)
    assert ids(search(tmp_path / "index", "xi jinping")) == ["xi"]


def test_refuses_existing_folder_unless_overwrite(table: pl.DataFrame, tmp_path: Path) -> None:
    target = tmp_path / "index"
    target.mkdir()
    with pytest.raises(FileExistsError, match="pass --overwrite"):
        build_index(table, target)
    assert list(target.iterdir()) == []
    build_index(table.head(1), target, overwrite=True)
    assert open_index(target).documents == 1
    assert sorted(path.name for path in tmp_path.iterdir()) == ["index"]


@pytest.mark.parametrize(
    ("frame", "message"),
    [
        (pl.DataFrame({"doc_id": ["a"], "text": ["x"]}), "no 'title', 'body' column"),
        (pl.DataFrame(schema=normalize.SCHEMA), "no rows"),
        (
            pl.DataFrame({"doc_id": ["a"], "title": ["x"], "body": ["y"], "published_at": ["z"]}),
            "not a Datetime",
        ),
        (pl.DataFrame({"doc_id": [None], "title": ["x"], "body": ["y"]}), "have no doc_id"),
        (
            pl.DataFrame({"doc_id": ["a"], "title": ["x"], "body": ["y"], "hashtags": [["t"]]}),
            "'hashtags' column is List\\(String\\); search reads it as List\\(Struct",
        ),
    ],
)
def test_bad_tables_leave_nothing(frame: pl.DataFrame, message: str, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=message):
        build_index(frame, tmp_path / "index")
    assert list(tmp_path.iterdir()) == []


def test_integer_ids_and_unknown_columns(tmp_path: Path) -> None:
    frame = pl.DataFrame({"doc_id": [7], "title": ["Harbour"], "body": ["x"], "mine": [1.5]})
    build_index(frame, tmp_path / "index")
    assert ids(search(tmp_path / "index", "harbour")) == ["7"]


def test_a_time_a_date_field_cannot_hold_leaves_only_the_date_out(tmp_path: Path) -> None:
    """A misread year (3012) is past what the index's dates hold: the document is indexed,
    found by its words, and has no date."""
    published = [datetime(3012, 5, 22, tzinfo=UTC), datetime(2024, 5, 17, tzinfo=UTC)]
    frame = pl.DataFrame(
        {"doc_id": ["far", "near"], "title": ["Temple retreat", "Temple fair"], "body": ["", ""]}
    ).with_columns(published_at=pl.Series(published))
    build_index(frame, tmp_path / "index")
    hits = search(tmp_path / "index", "temple")
    assert sorted(ids(hits)) == ["far", "near"]
    assert {hit.doc_id: hit.published_at for hit in hits} == {"far": None, "near": published[1]}


def test_a_folder_that_is_not_an_index(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="is not an index built by"):
        search(tmp_path, "harbour")


_ANY_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"]) | st.sampled_from("#ёЁaоpПyтин정상회담"),
    max_size=40,
)


@given(_ANY_TEXT, _ANY_TEXT)
def test_any_row_makes_a_document(title: str, body: str) -> None:
    row = Row(
        doc_id="x",
        title=title,
        body=body,
        alt_titles=(body,),
        hashtags=((title, (title, body)),),
        languages=("en", title),
    )
    assert _document(row).get_first("doc_id") == "x"


@given(_ANY_TEXT)
def test_any_query_runs_or_says_it_has_no_words(index: SearchIndex, query: str) -> None:
    try:
        hits = index.search(query, limit=3)
    except ValueError as error:
        assert "has no words to search for" in str(error)
    else:
        assert len(hits) <= 3
