"""The headline printed again in another language near it: a variant, kept apart from the
headline as an alternative title."""

from __future__ import annotations

from typing import NamedTuple

from normalize.echo import DATELINE_BELOW
from normalize.heads import Candidate
from normalize.languages import detect_language

MIN_ALT_TITLE_WORDS = 4  # a variant in another language is a whole headline, no channel's name


class AltTitle(NamedTuple):
    text: str
    lang: str


def variants(
    chosen: Candidate, lang: str, candidates: list[Candidate]
) -> tuple[list[AltTitle], set[int]]:
    """The variants of the chosen headline, in language ``lang``, among the candidates, and the
    lines of the headline, its copies and its variants."""
    used = {chosen.line}
    alt_titles: list[AltTitle] = []
    for candidate in candidates:
        if candidate.key == chosen.key:  # the chosen line itself, or a copy of it
            used.add(candidate.line)
            continue
        if not _may_be_a_variant(candidate, candidates, used):
            continue
        line_lang = detect_language(candidate.text)
        if line_lang not in (lang, "und"):
            alt_titles.append(AltTitle(candidate.text, line_lang))
            used.add(candidate.line)
    return alt_titles, used


def _may_be_a_variant(candidate: Candidate, candidates: list[Candidate], used: set[int]) -> bool:
    """Whether a candidate may be the headline in another language: a whole headline, no
    machinery, printed near the headline or a copy of it, before the article."""
    signals = candidate.signals
    near = any(
        abs(candidate.order - other.order) <= DATELINE_BELOW
        for other in candidates
        if other.line in used
    )
    shown = not any(signals[name] for name in ("after_body", "machinery", "dated", "caption"))
    return near and len(candidate.text.split()) >= MIN_ALT_TITLE_WORDS and shown
