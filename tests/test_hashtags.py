"""Hashtag finding and splitting: expected cases as data, invariants as properties."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from normalize.hashtags import find_hashtags, split_hashtag

CASES = Path(__file__).parent / "cases"
KOREAN = Path(__file__).parent.parent / "fixtures" / "hashtags_ko.tsv"

# Cases the splitter gets wrong today; strict, so a fix is noticed.
KNOWN_FAILURES = {"en_name_run_three"}


def _read_cases(name: str) -> list[tuple[str, str, list[str]]]:
    with (CASES / name).open(encoding="utf-8", newline="") as handle:
        rows = [
            row for row in csv.reader(handle, delimiter="\t") if row and not row[0].startswith("#")
        ]
    return [(label, tag, expected.split(" ")) for label, tag, expected, _comment in rows]


def _params(name: str) -> list[object]:
    return [
        pytest.param(
            tag,
            words,
            id=label,
            marks=[pytest.mark.xfail(strict=True)] if label in KNOWN_FAILURES else [],
        )
        for label, tag, words in _read_cases(name)
    ]


@pytest.mark.parametrize(("tag", "expected"), _params("hashtags_split.tsv"))
def test_split_cases(tag: str, expected: list[str]) -> None:
    assert split_hashtag(tag) == expected


# Korean news hashtags the splitter gets wrong today (strict: a fix is noticed).
KOREAN_FAILURES = {"교권침해"}


def _korean_params() -> list[object]:
    with KOREAN.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    rows = list(csv.reader(lines[1:], delimiter="\t"))
    return [
        pytest.param(
            tag,
            accepted.split(" | "),
            id=tag,
            marks=[pytest.mark.xfail(strict=True)] if tag in KOREAN_FAILURES else [],
        )
        for tag, accepted, _comment in rows
    ]


@pytest.mark.parametrize(("tag", "accepted"), _korean_params())
def test_korean_news_hashtags(tag: str, accepted: list[str]) -> None:
    assert " ".join(split_hashtag(tag)) in accepted


def test_seed_line_is_found_in_order() -> None:
    line = "#Vladimir_Putin #XiJinping #Putin_Xi_summit #중러정상회담 #아리랑뉴스"
    found = find_hashtags(line)
    assert [h.tag for h in found] == [
        "Vladimir_Putin",
        "XiJinping",
        "Putin_Xi_summit",
        "중러정상회담",
        "아리랑뉴스",
    ]
    assert all(line[h.start] == "#" and line[h.start + 1 : h.end] == h.tag for h in found)
    assert found[3].lang == "ko"


@pytest.mark.parametrize(
    "text",
    [
        "📣 Homepage : https://arirang.com/",
        "see example.com/page#top for more",
        "Tips to the hotline #2424",
        "written in C# and F#",
        "mail @arirangworld for access",
        '<font color="#ffffff">x</font>',
        "a { color: #1a2b3c }",
        "quote &#39;here&#39;",
        "#",
        "# heading with a space",
    ],
)
def test_not_hashtags(text: str) -> None:
    assert find_hashtags(text) == []


def test_full_width_sign() -> None:
    (found,) = find_hashtags("뉴스 \uff03북한")
    assert found.tag == "북한" and found.words == ["북한"] and found.start == 3


@given(st.text())
def test_split_never_raises_and_keeps_letters(tag: str) -> None:
    words = split_hashtag(tag)
    kept = regex.findall(r"[\p{L}\p{M}\p{N}]", tag.removeprefix("#").removeprefix("\uff03"))
    assert "".join(words) == "".join(kept)
    assert all(words)


@given(st.text())
def test_find_never_raises_and_spans_match(text: str) -> None:
    for found in find_hashtags(text):
        assert text[found.start] in "#\uff03"
        assert text[found.start + 1 : found.end] == found.tag
