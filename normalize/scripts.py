"""Writing systems of text: which script each run of letters is written in.

Script is the cheap first stage of language identification: Hangul is Korean, kana is
Japanese, and only Latin and Cyrillic runs need a statistical second stage.
"""

from __future__ import annotations

from collections import Counter
from types import MappingProxyType
from typing import Final, NamedTuple

import regex

from normalize.cache import once

# Scripts the detector routes on, in the order the pattern tries them.
SCRIPTS: Final = (
    "Hangul",
    "Cyrillic",
    "Latin",
    "Han",
    "Hiragana",
    "Katakana",
    "Greek",
    "Arabic",
    "Hebrew",
    "Thai",
    "Devanagari",
    "Armenian",
    "Georgian",
)


# One alternative per script: a letter of that script with the combining marks written on it
# (stress marks on Russian vowels, Latin diacritics typed as two code points).
# Anything else that is a letter falls in "Other"; the katakana prolonged sound mark and
# iteration marks are Common in Unicode but only ever follow kana, so they join kana runs.
@once
def _run_pattern() -> regex.Pattern[str]:
    """A run of letters of one script, named by its script (compiled on first use)."""
    return regex.compile(
        r"""
      (?P<Hangul>\p{Hangul}[\p{Hangul}\p{M}]*)                             # Korean syllables, jamo
    | (?P<Cyrillic>\p{Cyrillic}[\p{Cyrillic}\p{M}]*)                       # Russian, Ukrainian, ...
    | (?P<Latin>\p{Latin}[\p{Latin}\p{M}]*)                                # English, German, ...
    """
        + OTHER_SCRIPT_RUNS,
        regex.VERBOSE,
    )


# A character that starts no run of any script above (a space, digit, punctuation), written
# on one line: in a verbose pattern white space inside a class is taken literally.
NOT_IN_RUN: Final = (
    r"[^\p{L}\p{M}\p{Hangul}\p{Cyrillic}\p{Latin}\p{Han}\p{Hiragana}\p{Katakana}\p{Greek}"
    r"\p{Arabic}\p{Hebrew}\p{Thai}\p{Devanagari}\p{Armenian}\p{Georgian}]"
)


# The scripts that need no second stage, one run each: shared by the run patterns here and
# in languages.py, after their own alternatives for Hangul, Cyrillic and Latin.
OTHER_SCRIPT_RUNS: Final = r"""
    | (?P<Han>\p{Han}[\p{Han}\p{M}]*)                                      # Hanja, kanji, hanzi
    | (?P<Hiragana>\p{Hiragana}[\p{Hiragana}\u30fc\u309d\u309e\p{M}]*)     # Japanese inflections
    | (?P<Katakana>\p{Katakana}[\p{Katakana}\u30fc\u30fd\u30fe\p{M}]*)     # Japanese loanwords
    | (?P<Greek>\p{Greek}[\p{Greek}\p{M}]*)                                # Greek
    | (?P<Arabic>\p{Arabic}[\p{Arabic}\p{M}]*)                             # Arabic, Persian, Urdu
    | (?P<Hebrew>\p{Hebrew}[\p{Hebrew}\p{M}]*)                             # Hebrew, Yiddish
    | (?P<Thai>\p{Thai}[\p{Thai}\p{M}]*)                                   # Thai
    | (?P<Devanagari>\p{Devanagari}[\p{Devanagari}\p{M}]*)                 # Hindi, Marathi, ...
    | (?P<Armenian>\p{Armenian}[\p{Armenian}\p{M}]*)                       # Armenian
    | (?P<Georgian>\p{Georgian}[\p{Georgian}\p{M}]*)                       # Georgian
    | (?P<Other>\p{L}[\p{L}\p{M}]*)                                        # any other letters
"""


# Runs of the commonest scripts with what lies between them, in one match each, so that
# counting letters costs a match per stretch of text, not one per word; the runs are
# captured. Other scripts are matched run by run, as above.
@once
def _stretch_pattern() -> regex.Pattern[str]:
    """A stretch of runs of one common script, its runs captured (compiled on first use)."""
    return regex.compile(
        r"""
      (?P<Hangul>(?P<hangul_run>\p{Hangul}[\p{Hangul}\p{M}]*)
         (?:"""
        + NOT_IN_RUN
        + r"""*(?P<hangul_run>\p{Hangul}[\p{Hangul}\p{M}]*))*)          # Korean
    | (?P<Cyrillic>(?P<cyrillic_run>\p{Cyrillic}[\p{Cyrillic}\p{M}]*)
         (?:"""
        + NOT_IN_RUN
        + r"""*(?P<cyrillic_run>\p{Cyrillic}[\p{Cyrillic}\p{M}]*))*)    # Russian, Ukrainian, ...
    | (?P<Latin>(?P<latin_run>\p{Latin}[\p{Latin}\p{M}]*)
         (?:"""
        + NOT_IN_RUN
        + r"""*(?P<latin_run>\p{Latin}[\p{Latin}\p{M}]*))*)             # English, German, ...
    """
        + OTHER_SCRIPT_RUNS,
        regex.VERBOSE,
    )


# The group the runs of a stretch are captured in, by script.
_RUN_GROUP: Final = MappingProxyType(
    {"Hangul": "hangul_run", "Cyrillic": "cyrillic_run", "Latin": "latin_run"}
)


class ScriptRun(NamedTuple):
    """A maximal run of letters of one script, with code-point offsets (end exclusive)."""

    start: int
    end: int
    script: str


def script_runs(text: str, start: int = 0, end: int | None = None) -> list[ScriptRun]:
    """Every run of letters of one script, in order; digits, spaces and symbols are left out.

    `start` and `end` limit the search to text[start:end]; offsets stay those of `text`.

    >>> script_runs("NBA에서 2024")
    [ScriptRun(start=0, end=3, script='Latin'), ScriptRun(start=3, end=5, script='Hangul')]
    """
    return [ScriptRun(*run) for run in raw_runs(text, start, len(text) if end is None else end)]


def raw_runs(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """`script_runs` as plain tuples, for callers on a hot path.

    >>> raw_runs("NBA에서", 0, 5)
    [(0, 3, 'Latin'), (3, 5, 'Hangul')]
    """
    runs: list[tuple[int, int, str]] = []
    last_end, last_script = -1, ""
    for match in _run_pattern().finditer(text, start, end):
        script = match.lastgroup or "Other"
        begin, finish = match.span()
        if begin == last_end and script == last_script:
            runs[-1] = (runs[-1][0], finish, script)
        else:
            runs.append((begin, finish, script))
        last_end, last_script = finish, script
    return runs


def letter_counts(text: str) -> Counter[str]:
    """How many letters of each script the text holds.

    >>> sorted(letter_counts("Путин и Xi").items())
    [('Cyrillic', 6), ('Latin', 2)]
    """
    counts: Counter[str] = Counter()
    for match in _stretch_pattern().finditer(text):
        script = match.lastgroup or "Other"
        group = _RUN_GROUP.get(script)
        counts[script] += sum(map(len, match.captures(group))) if group else len(match[0])
    return counts


def dominant_script(text: str) -> str:
    """The script with the most letters; "Common" when the text holds no letter at all.

    Ties go to the script that comes first in the text.

    >>> dominant_script("중•러 정상회담 Putin")
    'Hangul'
    >>> dominant_script("2024-05-17")
    'Common'
    """
    counts = letter_counts(text)
    if not counts:
        return "Common"
    best = max(counts.values())
    return next(script for script, count in counts.items() if count == best)
