"""Script runs: which writing system each run of letters uses."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from normalize.scripts import ScriptRun, dominant_script, letter_counts, script_runs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NBA에서", [(0, 3, "Latin"), (3, 5, "Hangul")]),
        ("Путин и Xi", [(0, 5, "Cyrillic"), (6, 7, "Cyrillic"), (8, 10, "Latin")]),
        ("東京タワーに", [(0, 2, "Han"), (2, 5, "Katakana"), (5, 6, "Hiragana")]),
        ("ё́лка", [(0, 5, "Cyrillic")]),
        ("cafe\u0301", [(0, 5, "Latin")]),
        ("2024 — 15%", []),
        ("", []),
    ],
    ids=[
        "Latin against Hangul",
        "Cyrillic and Latin",
        "kanji, katakana with its long mark",
        "stress mark stays in the word",
        "combining accent",
        "no letters",
        "empty",
    ],
)
def test_script_runs(text: str, expected: list[tuple[int, int, str]]) -> None:
    assert script_runs(text) == [ScriptRun(*run) for run in expected]


def test_dominant_script_ties_go_to_first() -> None:
    assert dominant_script("ab вг") == "Latin"
    assert dominant_script("вг ab") == "Cyrillic"
    assert dominant_script("!!!") == "Common"


@given(st.text(max_size=300))
def test_runs_are_ordered_letters_of_one_script(text: str) -> None:
    """Each run opens with a letter, or with a combining letter of its own script ("ꚞ", a
    combining Cyrillic letter, opens a Cyrillic run; an accent of no script opens none)."""
    position = 0
    for run in script_runs(text):
        assert position <= run.start < run.end <= len(text)
        first = text[run.start]
        assert regex.match(r"\p{L}", first) or (
            run.script != "Other" and regex.match(rf"\p{{{run.script}}}", first)
        )
        position = run.end
    assert sum(letter_counts(text).values()) == sum(r.end - r.start for r in script_runs(text))


def test_an_accent_of_no_script_opens_no_run_and_a_script_s_own_mark_does() -> None:
    assert script_runs("\u0301") == []
    assert script_runs("\ua69e") == [ScriptRun(0, 1, "Cyrillic")]
