"""The compiled core's text, scripts, chrome, boilerplate, titles and decoding rooms against
the Python ones: the same results on the project's fixtures (every page, every line, every
string of the case files and page tables), on every character Python 3.11 knows where a
table decides, and on hypothesis-generated text.

The core decodes HTML entities but leaves mojibake to ftfy: where Python's repair would try
it, the core raises ``NeedsPython`` (the document goes to the Python path whole).
"""

from __future__ import annotations

import html.entities
import unicodedata
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normalize import (
    boilerplate,
    chrome,
    decoding,
    field_labels,
    mojibake,
    page_machinery,
    scripts,
    text,
    title_shapes,
    titles,
)
from normalize.core import compiled
from tests.cases import CASES, FIXTURES, rows
from tests.test_core import fixture_lines, fixture_pages

core: Any = compiled()
pytestmark = pytest.mark.skipif(core is None, reason="the compiled core is not built")

EXAMPLES = settings(derandomize=True, max_examples=300, deadline=None, database=None)


def assert_same_text(value: str) -> None:
    """The text room's functions, and the scripts room's, on any text."""
    assert core.text__clean_text(value) == text.clean_text(value), value
    assert core.text__squeeze_spaces(value) == text.squeeze_spaces(value), value
    assert core.scripts__script_runs(value) == scripts.script_runs(value), value
    counts = core.scripts__letter_counts(value)
    assert list(counts.items()) == list(scripts.letter_counts(value).items()), value
    assert core.scripts__dominant_script(value) == scripts.dominant_script(value), value


def assert_same_repair(value: str) -> None:
    """Entities decoded alike; the core says NeedsPython exactly where Python's repair would
    try ftfy."""
    assert core.decoding__decode_entities(value) == decoding.decode_entities(value), value
    decoded = decoding.decode_entities(value)[0] if "&" in value else value
    if mojibake.MOJIBAKE_HINT.search(decoded):
        with pytest.raises(core.NeedsPython):
            core.decoding__repair_text(value)
    else:
        assert core.decoding__repair_text(value) == tuple(decoding.repair_text(value)), value


def assert_same_line(line: str) -> None:
    """The line functions of the chrome, field labels, boilerplate and titles rooms."""
    assert core.chrome__line_key(line) == chrome.line_key(line), line
    assert core.chrome__is_outlet_name(line) == chrome.is_outlet_name(line), line
    assert core.chrome__split_label(line) == field_labels.split_label(line), line
    assert core.boilerplate__line_kind(line) == boilerplate.line_kind(line), line
    assert core.boilerplate__is_teaser(line) == boilerplate.is_teaser(line), line
    assert core.titles__normalize_title(line) == titles.normalize_title(line), line
    assert core.titles__strip_decorations(line) == titles.strip_decorations(line), line
    assert core.titles__title_key(line) == titles.title_key(line), line
    assert core.title_shapes__is_headline_shaped(line) == title_shapes.is_headline_shaped(line), (
        line
    )
    assert core.title_shapes__is_body_shaped(line) == title_shapes.is_body_shaped(line), line
    assert core.title_shapes__ends_sentence(line) == title_shapes.ends_sentence(line), line
    assert core.titles__cut_headline(line) == titles.cut_headline(line), line


def assert_same_machinery(lines: list[str]) -> None:
    """The core marks the same lines as machinery as Python does; without the core (the other
    rooms' tests call it beside their own assertions) there is nothing to compare."""
    if core is None:
        return
    expected = list(page_machinery.machinery_lines(lines).items())
    assert list(core.boilerplate__machinery_lines(lines).items()) == expected, lines


def assert_same_page(page: str) -> None:
    """A page as the pipeline reads it: repaired, cleaned, its lines classed."""
    assert_same_text(page)
    assert_same_repair(page)
    lines = text.clean_text(page).split("\n")
    assert_same_machinery(lines)
    assert_same_machinery(page.split("\n"))


def strings_of(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings_of(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_of(item)


@cache
def case_strings() -> list[str]:
    """Every string of the case files and the fixtures' page tables (titles, headlines, body
    lines that must go or stay, tags, timestamps...)."""
    paths: list[Path] = sorted(
        [
            *CASES.glob("*.tsv"),
            *CASES.glob("*.json"),
            *FIXTURES.rglob("*.toml"),
            *FIXTURES.rglob("*.tsv"),
        ]
    )
    return sorted({string for path in paths for row in rows(path) for string in strings_of(row)})


@cache
def cleaned_lines() -> list[str]:
    """Every distinct line of every fixture page as the pipeline reads it (cleaned)."""
    return sorted({line for page in fixture_pages() for line in text.clean_text(page).split("\n")})


def test_chrome_tables_are_pythons() -> None:
    tables = chrome.chrome()
    got = core.chrome__chrome()
    for field in tables.__dataclass_fields__:
        value = getattr(tables, field)
        expected = sorted(value) if isinstance(value, frozenset) else list(value)
        assert got[field] == expected, field


def test_fixture_pages() -> None:
    pages = list(fixture_pages())
    assert len(pages) > 500
    for page in pages:
        assert_same_page(page)


def test_fixture_lines() -> None:
    lines = sorted({*fixture_lines(), *cleaned_lines()})
    assert len(lines) > 5000
    for line in lines:
        assert_same_line(line)
        assert_same_text(line)
        assert_same_repair(line)


def test_case_strings() -> None:
    strings = case_strings()
    assert len(strings) > 5000
    for string in strings:
        assert_same_line(string)
        assert_same_text(string)
        assert_same_repair(string)


def test_case_files_cover_the_rooms() -> None:
    """The rooms' own case files are among the strings compared, with what they expect."""
    for row in rows(CASES / "boilerplate.tsv"):
        assert core.boilerplate__line_kind(row["line"]) == boilerplate.line_kind(row["line"])
    for row in rows(CASES / "headline_cuts.tsv"):
        assert core.titles__cut_headline(row["line"]) == titles.cut_headline(row["line"])
    for row in rows(CASES / "titles.tsv"):
        assert core.titles__strip_decorations(row["raw"]) == titles.strip_decorations(row["raw"])
    for row in rows(CASES / "mojibake.tsv"):
        assert_same_repair(row["shown"])


def test_runs_of_any_span() -> None:
    """Offsets of a span of the text, bounds as Python slices them (negative from the end)."""
    for line in fixture_lines()[::20]:
        size = len(line)
        for start, end in [(0, size), (3, size - 2), (-5, size), (2, -1), (size, 0), (-99, 99)]:
            raw = scripts.raw_runs(line, start, end)
            assert core.scripts__raw_runs(line, start, end) == raw, (line, start, end)
            runs = scripts.script_runs(line, start, None)
            assert core.scripts__script_runs(line, start) == runs, (line, start)


def known() -> list[str]:
    """Every character Python 3.11 knows (Unicode 14.0), but surrogates."""
    return [
        chr(code)
        for code in range(0x110000)
        if not 0xD800 <= code < 0xE000 and unicodedata.category(chr(code)) != "Cn"
    ]


def test_normal_forms_of_every_character() -> None:
    """NFC and NFKC of every character, decomposed or not, as Python 3.11's unicodedata."""
    chars = known()
    for form in ("NFC", "NFKC"):
        for each in (chars, [unicodedata.normalize("NFD", c) for c in chars]):
            joined = " ".join(each)
            assert core.text__normalize(form, joined) == unicodedata.normalize(form, joined)


def test_combining_order_of_every_mark() -> None:
    """Each combining mark put in canonical order against marks of other classes."""
    marks = [c for c in known() if unicodedata.combining(c)]
    others = ["\u0301", "\u0316", "\u0334", "\u05b0", "\u0327", "\u093c", "\u302a"]
    pieces = [f"a{m}{o}" for m in marks for o in others]
    pieces += [f"a{o}{m}" for m in marks for o in others]
    joined = " ".join(pieces)
    assert core.text__normalize("NFC", joined) == unicodedata.normalize("NFC", joined)


@pytest.mark.parametrize(
    "name",
    ["P", "S", "Z", "Greek", "Arabic", "Hebrew", "Thai", "Devanagari", "Armenian", "Georgian"],
)
def test_every_character_is_in_pythons_script_classes(name: str) -> None:
    import regex

    chars = "".join(known())
    pattern = regex.compile(rf"\p{{{name}}}")
    expected = [match.start() for match in pattern.finditer(chars)]
    assert core.segment__char_class(chars, name) == expected


def test_every_character() -> None:
    """Every character in runs of letters, between lines and spaces, and in chunks of lines:
    scripts, cleanup, keys, titles."""
    chars = known()
    for glue in ("", "a\n"):
        assert_same_text(glue.join(chars))
    for c in chars[::5]:  # the edge classes are compared on every character above
        value = f"{c}a{c}"
        assert core.chrome__line_key(value) == chrome.line_key(value), value
    for start in range(0, len(chars), 100):
        line = " ".join(chars[start : start + 100])
        assert core.titles__title_key(line) == titles.title_key(line), line
        assert core.titles__normalize_title(line) == titles.normalize_title(line), line
        assert core.title_shapes__is_headline_shaped(line) == title_shapes.is_headline_shaped(
            line
        ), line


@cache
def cased() -> list[str]:
    """The characters whose case a case-insensitive pattern may turn (and those of their
    folds), where Rust's and Python's case tables could part."""
    chars = [
        c
        for c in known()
        if c.lower() != c or c.upper() != c or c.casefold() != c or unicodedata.combining(c)
    ]
    return sorted({*chars, "\u0130", "\u0131", "\u017f", "\u212a", "\u0345", "\u0295"})


# Lines with one slot, for every pattern compiled with IGNORECASE (and the letter classes
# around them): bylines, social links, counters, subscribers, control words, glued flags,
# glued dates and names in capitals after a bar.
SLOTTED = {
    "line_kind": [
        "by {}ohn Roe",
        "by John R{}e, staff",
        "автор: {}ван Петров",
        "{}nstagram: @page",
        "faceboo{} / page",
        "📣 {} : page",
        "5 {}ikes",
        "1,2{} views",
        "комментар{}и: 48",
        "Press the butto{} to share",
        "кнопк{} назад",
        "By Ana Ruiz from {}hile",
        "By {}na Ruiz from Chile",
    ],
    "machinery_lines": ["Channel name\n12 subscr{}bers"],
    "cut_headline": [
        "{}ive Budget debate opens",
        "Live{}udget debate opens",
        "br{}aking News at ten",
        "R{}: the plan",
        "HUS{}. Floods hit the town",
        "Ferry resumes (LEA{})",
        "Ferry resumes ({}a)",
        "15.02.2025{}erry fares rise",
        "15.02.2025F{}rry fares rise",
        "Ferry fares rise again on the northern routes | {}he Storm Desk",
        "Ferry fares rise again on the northern routes | {}evere weather",
        "Ferry fares rise again on the northern routes | Severe weathe{}",
    ],
    "ends_sentence": ["He met the U.{}.", "Talks with {}."],
}


def test_every_cased_character_in_case_insensitive_shapes() -> None:
    for function, templates in SLOTTED.items():
        for template in templates:
            for c in cased():
                line = template.format(c)
                if function == "machinery_lines":
                    assert_same_machinery(line.split("\n"))
                elif function == "line_kind":
                    assert core.boilerplate__line_kind(line) == boilerplate.line_kind(line)
                elif function == "cut_headline":
                    assert core.titles__cut_headline(line) == titles.cut_headline(line), line
                else:
                    assert core.title_shapes__ends_sentence(line) == title_shapes.ends_sentence(
                        line
                    ), line


def test_every_named_reference() -> None:
    """Every name of the HTML5 table, with and without its ";" and with text glued on."""
    for name in html.entities.html5:
        stem = name.rstrip(";")
        for value in (f"&{stem};", f"x &{stem}; y", f"&{stem}q;", f"&amp;{stem};"):
            assert core.decoding__decode_entities(value) == decoding.decode_entities(value)


def test_every_numeric_reference() -> None:
    numbers = [*range(0x300), *range(0xD7F0, 0xE010), *range(0xFDC0, 0xFE00)]
    numbers += [0x10FFFF, 0x110000, 9_999_999, 0xFFFFFF, *(p * 0x10000 + 0xFFFE for p in range(17))]
    for number in numbers:
        for value in (f"&#{number};", f"&#x{number:X};", f"&#x{number:x};"):
            assert core.decoding__decode_entities(value) == decoding.decode_entities(value)


# Characters of the scripts the rooms route on, the marks and shapes around lines, and the
# ones where case and width tables differ.
LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéÉçñßẞİıſKǅʕ"
CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
OTHER_SCRIPTS = (
    "가나다라한국어뉴스기자中国語日本ひらがなカタカナーゝヽΣσςλالعربيةעבריתไทยहिन्दीՀայերենქართული"
)
MARKS = "\u0301\u0308\u0345\u20dd\u093c"
DIGITS = "0123456789²①٣Ⅻ"
SHAPES = " |/·•:：–—ㅣ-»›«‹<>#＃@[]【】()《》〈〉.!?…。\"'”’“‘_,+*■▶※&;"
SPACES = "\t\n\r\x0b\x0c\x1c\x1f\x85\u2028\u2029\u3000\xa0\u200b\ufeff\xad\x00\x7f"
WIDTH = "Ｘｉ０＃｜（）ｶﾞﾟ"
ALPHABET = LETTERS + CYRILLIC + OTHER_SCRIPTS + MARKS + DIGITS + SHAPES + SPACES + WIDTH
ANY = st.characters(exclude_categories=("Cs", "Cn"))
CHARS = st.text(st.sampled_from(ALPHABET) | ANY, max_size=40)


@cache
def phrases() -> list[str]:
    """The chrome phrases, outlets' names and words, and words of the fixtures' lines."""
    tables = chrome.chrome()
    words = {word for line in fixture_lines()[::7] for word in line.split()}
    found = {
        phrase
        for field in tables.__dataclass_fields__
        for phrase in getattr(tables, field)
        if isinstance(phrase, str)
    }
    extra = ["by", "Video", "LIVE", "(LEAD)", "[속보]", "date", "2024-05-17", "15:14", "3."]
    return sorted({*found, *words, *extra})


PHRASES = st.sampled_from(phrases()) if core is not None else st.just("")
GLUE = st.sampled_from([" ", " | ", " / ", " - ", ": ", " › ", " » ", " > ", "", "\n", "  "])
LINES = st.lists(st.tuples(PHRASES | CHARS, GLUE), max_size=8).map(
    lambda parts: "".join(part + glue for part, glue in parts)
)


@EXAMPLES
@given(LINES | CHARS)
def test_lines(line: str) -> None:
    assert_same_line(line)
    assert_same_text(line)
    assert_same_repair(line)


# Words of score lines, players' lines and dated headlines: names, figures, "x" between them.
FIGURE_WORDS = st.sampled_from(
    [
        "PINE",
        "Hollow",
        "riverbend",
        "Ана",
        "서울",
        "17,",
        "14",
        "3x4,",
        "x4",
        "4x",
        "3xx4",
        "2x6",
        "41*(27)",
        "-",
        "№3",
        "٣",
        "Ⅻ",
        "2022",
        "May",
        "6,",
        "–",
        "#41:",
        "3/14/17",
        "14.03.2017",
        "2002-06-14",
        "2017/3/14",
        "1.1.2",
        "06",
        "3.2",
    ]
)


@EXAMPLES
@given(st.lists(FIGURE_WORDS, min_size=1, max_size=8).map(" ".join))
def test_figure_lines(line: str) -> None:
    assert core.title_shapes__is_headline_shaped(line) == title_shapes.is_headline_shaped(line), (
        line
    )


# Headline lines that glue a field label before the headline, or print it twice: the label,
# the copies, the seam between them and what follows the second copy vary.
GLUED_LABELS = st.sampled_from(
    ["", "Topic subject", "Re subject", "News item", "Skip to player", "notices", "wiki"]
)
COPIED_HEADS = st.sampled_from(
    [
        "Ferry fares rise again",
        "Ferry fares",
        "Bye bye bye to the old pier",
        "Квоты на лов снова растут",
        "iPhone sales slow in winter",
        "Decisions taken by the board",
        "How to mend a net",
        "Skip to main content",
        "섬마을 여객선 다시 뜬다",
    ]
)
COPY_SEAMS = st.sampled_from([" ", "  ", "", ". ", " | "])
COPY_TAILS = st.sampled_from(["", ".By Staff. Harbour Post", " Harbour Post", "s", ":", "—", "’"])


@EXAMPLES
@given(GLUED_LABELS, COPIED_HEADS, COPY_SEAMS, COPIED_HEADS, COPY_TAILS)
def test_glued_labels_and_doubled_headlines(
    label: str, first: str, seam: str, second: str, tail: str
) -> None:
    line = label + first + seam + second + tail
    assert core.titles__cut_headline(line) == titles.cut_headline(line), line


@EXAMPLES
@given(st.lists(LINES | CHARS | st.just(""), max_size=12))
def test_pages(lines: list[str]) -> None:
    assert_same_machinery(lines)
    assert_same_page("\n".join(lines))


@EXAMPLES
@given(LINES | CHARS, st.integers(-50, 50), st.integers(-50, 50))
def test_runs(value: str, start: int, end: int) -> None:
    assert core.scripts__raw_runs(value, start, end) == scripts.raw_runs(value, start, end)


ENTITIES = st.sampled_from(
    ["&amp;", "&amp;amp;", "&quot;", "&#39;", "&#x27;", "&lt", "&ampx;", "&#0;", "&#128;", "&"]
)
MOJIBAKE = st.sampled_from(["Ã©", "Ð¡", "ÀÔ·Â", "Ã", "‚", "é", "ÿ€"])


@EXAMPLES
@given(st.lists(ENTITIES | MOJIBAKE | CHARS | st.sampled_from(["amp;", "#", "x", ";"])))
def test_repairs(parts: list[str]) -> None:
    assert_same_repair("".join(parts))
