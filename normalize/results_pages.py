"""A site's search page: a label announcing what a search found, with its count ("검색결과
218건", "Search results (42)"), above the stories it lists. Such a page lists stories; none of
them is its headline. A pager counting the results a page shows of all it holds ("Results 1-20
of 3104") says the same; and such a page without a headline has no time of its own."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from normalize.heads import Candidate

# The label of a search's results, in the pages' languages.
_RESULTS: Final = r"(?:search\s+results|результаты\s+поиска|검색\s?결과)"
# How many results were found: a number, maybe in groups of three ("1,204"), maybe in brackets,
# maybe with its counter word; none (a count of 0 lists nothing) and no date ("14.05.2024").
_COUNT: Final = r"\(?(?:[1-9]\d{0,2}(?:[,.]\d{3})*|[1-9]\d*)\)?\s*(?:건|개)?"
# The label with its count on its line ("검색결과218건", "Результаты поиска: 7").
_LABEL_WITH_COUNT: Final = regex.compile(rf"\s*{_RESULTS}\s*:?\s*{_COUNT}\s*", regex.IGNORECASE)
# The label alone, its count alone on the next line with text.
_LABEL: Final = regex.compile(rf"\s*{_RESULTS}\s*:?\s*", regex.IGNORECASE)
_COUNT_ALONE: Final = regex.compile(rf"\s*{_COUNT}\s*")
# A label with its count is a short line: longer ones are left unread, and so are lines not
# opening with a label's first letter (in either case) before the patterns are tried.
_LABEL_CHARS: Final = 40
_LABEL_INITIALS: Final = frozenset("sSſрР검")
# The label naming the query the search was made for, quoted or after a colon ("Search results
# for: ferry", "Результаты поиска по запросу «паром»", "\"여객선\"에 대한 통합검색 결과"): the
# page's own heading over its results, no story's head. A query is a few words: the line is
# no longer than this, and opens with a label's first letter or a quotation mark; after a colon
# five words at most, no comma among them (more are a story's headline: "Search results for:
# missing hiker turned up nothing, police say").
_QUOTED: Final = r"[\"'“„«‘][^\"'“”„«»‘’]{1,60}[\"'”»’“]"
_LABEL_WITH_QUERY: Final = regex.compile(
    rf"\s*(?:(?:search\s+results\s+for|результаты\s+поиска\s+(?:по\s+запросу|для))"
    rf"\s*(?::\s*[^\s,]+(?:\s+[^\s,]+){{0,4}}|{_QUOTED})|{_QUOTED}\s*(?:에\s?대한|의)\s*(?:통합\s?)?검색\s?결과(?:입니다)?)\s*",
    regex.IGNORECASE,
)
_QUERY_CHARS: Final = 80
_QUERY_INITIALS: Final = frozenset("sSſрР\"'“„«‘")
# A pager counting the results a page shows of all it holds, maybe after its label ("Results
# 1-20 of 3104", "Showing 11–20 of 52", "1–3 (из 3)"): the first shown, the last, the total.
_SHOWN: Final = r"([1-9][0-9]{0,8})"
_TOTAL: Final = r"([1-9][0-9]{0,2}(?:,[0-9]{3}){1,2}|[1-9][0-9]{0,8})"
# A pager's range holds one of these between its numbers: a line without one is left unread.
_DASHES: Final = "-–—"
_PAGER: Final = regex.compile(
    rf"\s*(?:(?:results|showing|результаты|показано)\s*:?\s*)?{_SHOWN}\s*[-–—]\s*{_SHOWN}"
    rf"\s*\(?\s*(?:of|из)\s*{_TOTAL}\s*\)?\s*",
    regex.IGNORECASE,
)


def search_label(texts: Sequence[str]) -> int | None:
    """The rank among the page's lines with text (``texts``) of the first search results'
    label with their count, on its line or alone on the next line: the page lists what a
    search found below it. A search box's label alone says nothing of a search made.

    >>> search_label(["Home", "검색결과 31건", "공원 산책로 새 단장"])
    1
    >>> search_label(["Search results", "12", "Ferry fares rise again"])
    0
    >>> search_label(["Search results", "Ferry fares rise again"]) is None
    True
    >>> search_label(["Search results", "14.05.2024", "Ferry fares rise again"]) is None
    True
    """
    for rank, text in enumerate(texts):
        if _names_its_query(text):
            return rank
        if text.lstrip()[:1] not in _LABEL_INITIALS or len(text) > _LABEL_CHARS:
            continue
        if _LABEL_WITH_COUNT.fullmatch(text):
            return rank
        below = texts[rank + 1] if rank + 1 < len(texts) else ""
        if _LABEL.fullmatch(text) and _COUNT_ALONE.fullmatch(below):
            return rank
    return None


def _names_its_query(text: str) -> bool:
    """Whether a line is a search's results label naming the query it was made for.

    >>> _names_its_query('"여객선"에 대한 통합검색 결과')
    True
    >>> _names_its_query("Search results for: ferry")
    True
    >>> _names_its_query("Search results for ferries rise as fares climb")
    False
    """
    if text.lstrip()[:1] not in _QUERY_INITIALS or len(text) > _QUERY_CHARS:
        return False
    return _LABEL_WITH_QUERY.fullmatch(text) is not None


def results_label(texts: Sequence[str]) -> int | None:
    """The rank among the page's lines with text (``texts``) of what says the page lists
    results: a search's results label with their count (see `search_label`), else the first
    pager counting the results shown of all the page holds, from the first to the last of
    them, no more than the total ("Results 1-20 of 3104", "1–3 (из 3)").

    >>> results_label(["Written statements", "Results 1-20 of 3,104", "Made on: 2 May 2019"])
    1
    >>> results_label(["Ferry fares rise", "Score 3-2 of the final", "Posted 2 May 2019"]) is None
    True
    """
    searched = search_label(texts)
    if searched is not None:
        return searched
    return next((rank for rank, text in enumerate(texts) if _counts_shown(text)), None)


def _counts_shown(text: str) -> bool:
    """Whether a line is a pager counting the results shown of all the page holds: the first
    no later than the last, the last no more than the total."""
    if len(text) > _LABEL_CHARS or not any(dash in text for dash in _DASHES):
        return False
    found = _PAGER.fullmatch(text)
    if found is None:
        return False
    first, last, total = (int(number.replace(",", "")) for number in found.groups())
    return first <= last <= total


def results_below(
    candidates: list[Candidate], label: int | None, body: Sequence[int] = ()
) -> set[int]:
    """The lines of the candidates on and below a search page's results label (its rank among
    the lines with text, ``label``): the label, the page's own heading, and the stories the
    search found, each an item of its list; and the line right above the label, the list's own
    name (an author's, a tag's, a section's: "Ирина Соколова Ивановский район" over "1–3 (из
    3)"), which heads no story of it. With no paragraph above the label (``body``, the places
    of the paragraphs among the lines with text), every line above it is the site's masthead
    or the list's heading: the page has no headline; unless a paragraph follows the label
    right below it, a count of one story's pieces (a gallery's photos, a thread's posts) under
    its headline, which keeps the lines above it.

    >>> heads = ["Coast Weekly", "Mina Hale", "1–2 (из 2)", "Ferry fares rise", "Pool opens"]
    >>> found = [Candidate(k, k, text, text.lower(), {}) for k, text in enumerate(heads)]
    >>> sorted(results_below(found, 2, [5])), sorted(results_below(found, 2, [0, 5]))
    ([0, 1, 2, 3, 4], [1, 2, 3, 4])
    >>> sorted(results_below(found, 2, [3]))
    [2, 3, 4]
    """
    if label is None:
        return set()
    if any(rank < label for rank in body):
        top = label - 1
    elif label + 1 in body:
        top = label
    else:
        top = 0
    return {candidate.line for candidate in candidates if candidate.order >= top}
