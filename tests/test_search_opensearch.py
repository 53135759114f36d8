from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import polars as pl
import pytest

import normalize
from normalize.search import export_opensearch, mapping
from tests.test_search_index import PAGES

# What the mapping may name without defining it: OpenSearch's own analyzers, tokenizers and
# filters, and the analysis-nori plugin's.
BUILT_IN = {
    "analyzer": {"standard", "english", "russian", "simple", "whitespace"},
    "tokenizer": {"standard", "whitespace"},
    "filter": {"lowercase", "asciifolding", "nori_part_of_speech", "nori_readingform"},
    "char_filter": set(),
}


@pytest.fixture(scope="module")
def table() -> pl.DataFrame:
    frame = pl.DataFrame({"id": list(PAGES), "text": list(PAGES.values())})
    return normalize.normalize_documents(frame, id_column="id")


def check_value(name: str, field: dict[str, Any], value: Any) -> None:
    """A document's value against its field's mapping, as OpenSearch would read it."""
    kind = field["type"]
    values = value if isinstance(value, list) else [value]
    assert values, f"{name}: an empty list is left out, not sent"
    for item in values:
        assert isinstance(item, str) and item, f"{name}: {item!r} is not a non-empty string"
        if kind == "date":
            assert field["format"] == "strict_date_optional_time"
            assert item.endswith("Z"), f"{name}: {item} is not in UTC"
            assert datetime.fromisoformat(item).utcoffset() is not None
        elif kind == "keyword":
            assert len(item) <= field.get("ignore_above", 32766)
        else:
            assert kind == "text", f"{name}: unexpected type {kind}"


def check_analysis(settings: dict[str, Any], properties: dict[str, Any]) -> None:
    analysis = settings["analysis"]
    analyzers = BUILT_IN["analyzer"] | set(analysis["analyzer"])
    for name, field in properties.items():
        for sub in [field, *field.get("fields", {}).values()]:
            if sub["type"] == "text":
                assert sub.get("analyzer", "standard") in analyzers, name
    for analyzer in analysis["analyzer"].values():
        assert analyzer["tokenizer"] in BUILT_IN["tokenizer"] | set(analysis["tokenizer"])
        for kind in ("filter", "char_filter"):
            for step in analyzer.get(kind, []):
                assert step in BUILT_IN[kind] | set(analysis.get(kind, {})), step


def test_bulk_is_valid_against_the_mapping(table: pl.DataFrame, tmp_path: Path) -> None:
    written = export_opensearch(table, tmp_path / "out", index_name="news")
    assert written.documents == len(PAGES)
    folder = tmp_path / "out"
    index_body = json.loads((folder / "mapping.json").read_text("utf-8"))
    assert index_body == mapping()
    properties = index_body["mappings"]["properties"]
    assert index_body["mappings"]["dynamic"] == "strict"
    check_analysis(index_body["settings"], properties)
    seen = []
    for name in written.bulk_files:
        text = (folder / name).read_text("utf-8")
        assert text.endswith("\n")  # _bulk needs the last line ended
        lines = text.split("\n")[:-1]
        assert len(lines) % 2 == 0
        for action_line, document_line in zip(lines[::2], lines[1::2], strict=True):
            action = json.loads(action_line)
            assert list(action) == ["index"]
            assert set(action["index"]) == {"_index", "_id"}
            assert action["index"]["_index"] == "news"
            document = json.loads(document_line)
            assert document["doc_id"] == action["index"]["_id"]
            for field, value in document.items():
                assert field in properties, f"{field} is not in the mapping (dynamic: strict)"
                check_value(field, properties[field], value)
            seen.append(document)
    assert [document["doc_id"] for document in seen] == list(PAGES)
    by_id = {document["doc_id"]: document for document in seen}
    assert "XiJinping" in by_id["xi"]["hashtags"]
    assert {"Xi", "Jinping"} <= set(by_id["xi"]["hashtag_words"])
    assert "정상회담" in by_id["ko-summit"]["hashtag_words"]
    assert by_id["yo"]["title"] == "Ёжик в тумане"  # as displayed
    assert by_id["yo"]["title_ru"] == "Ежик в тумане"  # as searched
    assert "body_en" not in by_id["yo"]  # no Latin words: the field is left out
    assert by_id["ru-tag"]["published_at"] == "2024-05-16T09:30:00Z"
    assert "putin" in by_id["ru-tag"]["ascii"].split()


def test_bulk_files_are_split_between_documents(table: pl.DataFrame, tmp_path: Path) -> None:
    written = export_opensearch(table, tmp_path / "out", bulk_file_bytes=600)
    assert len(written.bulk_files) > 1
    lines = [
        line
        for name in written.bulk_files
        for line in (tmp_path / "out" / name).read_text("utf-8").splitlines()
    ]
    assert len(lines) == 2 * len(PAGES)
    for name in written.bulk_files:
        count = len((tmp_path / "out" / name).read_text("utf-8").splitlines())
        assert count % 2 == 0


def test_bad_index_name_and_existing_folder(table: pl.DataFrame, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not an OpenSearch index name"):
        export_opensearch(table, tmp_path / "out", index_name="News Index")
    (tmp_path / "out").mkdir()
    with pytest.raises(FileExistsError, match="pass --overwrite"):
        export_opensearch(table, tmp_path / "out")
    export_opensearch(table, tmp_path / "out", overwrite=True)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out"]
