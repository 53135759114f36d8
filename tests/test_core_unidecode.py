"""The compiled core's ``title_ascii`` against the Python room's: the same ASCII form of every
character Python 3.11 knows, alone and in headlines with white space to squeeze; and its
reader of unidecode's tables against unidecode's own modules, entry for entry, in every table
file of the installed package."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest

from normalize import ascii_titles
from normalize.core import compiled, package_folder
from tests.test_core_hashtags import assigned

core: Any = compiled()
pytestmark = pytest.mark.skipif(core is None, reason="the compiled core is not built")

TABLES = sorted(package_folder("unidecode").glob("x*.py"))
# White space the room squeezes: plain, breaks, tabs, no-break and ideographic spaces, the
# information separators Python splits on, and a line separator.
SPACES = ["  ", "\n", " \t ", "\u00a0", "\u3000", "\x1c", "\u2028 "]


def test_every_character_alone() -> None:
    for c in assigned():
        assert core.titles__title_ascii(c) == ascii_titles.title_ascii(c), hex(ord(c))


def test_every_character_in_headlines_with_spaces_to_squeeze() -> None:
    characters = assigned()
    for start in range(0, len(characters), 40):
        words = [characters[at : at + 8] for at in range(start, start + 40, 8)]
        spaces = [SPACES[(start + k) % len(SPACES)] for k in range(len(words))]
        headline = "".join(space + word for space, word in zip(spaces, words, strict=True)) + " "
        assert core.titles__title_ascii(headline) == ascii_titles.title_ascii(headline), headline


@pytest.mark.parametrize(
    "headline",
    [
        '중러 정상회담…  "北 압박 반대"',
        "Путин и Си:\n«военное давление»  ",
        "  Leaders meet in Beijing  ",
        "Café owners\u00a0— “closed” ½ day ™",
        "北京で首脳会談　ＡＢＣ",
        "",
    ],
)
def test_headlines(headline: str) -> None:
    assert core.titles__title_ascii(headline) == ascii_titles.title_ascii(headline)


def test_every_table_is_read_as_unidecode_reads_it() -> None:
    assert len(TABLES) > 100
    for path in TABLES:
        module = importlib.import_module(f"unidecode.{path.stem}")
        assert core.unidecode__read_table(path) == list(module.data), path.name


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("data = (\n'a',\n'\\q',\n)\n", r"line 3: the escape \\'q' is not read"),
        ("data = (\n'a' 'b',\n)\n", "line 2: expected ',' or"),
        ("data = (\nb'a',\n)\n", "line 2: expected None"),
        ("data = (\n'a',\n", "line 3: expected a string or None"),
    ],
)
def test_a_table_it_cannot_read_is_an_error(tmp_path: Path, source: str, message: str) -> None:
    path = tmp_path / "x0ff.py"
    path.write_text(source)
    with pytest.raises(ValueError, match=f"x0ff.py: {message}"):
        core.unidecode__read_table(path)
