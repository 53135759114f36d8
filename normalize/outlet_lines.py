"""Whether a candidate is the outlet's name rather than a headline: the machinery rules call
its line a site's name (and no paragraph below opens with it), the page's copyright line
prints it ("NWD Britain News" above a story, "© 2025 NWD Britain News" at its top or foot),
or it is a web address printed alone that no paragraph of its lead opens with (a program's
name shaped like one, "Tidewatch.js" above "Tidewatch.js is a library ...", is the story's
subject; a source credit in brackets, "(Harborline-News.com) Ferry ...", opens no sentence
with it), or it credits the story's source: a name with its town in brackets, "Gull Bay FM
(Port Ellery)", the town the story's dateline opens with ("Port Ellery — ..."), the name
none of the words the story tells, or a writer's name with their town after a comma, "Tobi
Adeyemi, Ibadan", the town named in the story and the name not."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

import regex

from normalize.heads import Candidate
from normalize.leads import heads_its_paragraph, lead_paragraphs
from normalize.page import echo_words
from normalize.segment import CASED_WORD_LISTS, price

# An outlet's name is short; a longer candidate a copyright line holds is a headline quoted.
_NAME_WORDS: Final = 5
_NOT_WORD: Final = regex.compile(r"[^\p{L}\p{M}\p{N}]+")
# A site's web address printed bare, as its name: "harborline-news.com", "News.Tverlake.ru".
_DOMAIN: Final = regex.compile(r"[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,6}")
# A source's credit: a capitalised name, then its town (a capitalised word or two) in
# brackets, "Gull Bay FM (Port Ellery)".
_CREDITED_TOWN: Final = regex.compile(
    r"(?P<name>\p{Lu}[^()]*?)\p{White_Space}+\((?P<town>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)\)"
)
# A writer's byline with the town they file from: a capitalised name of two or three words, a
# comma, the town (a capitalised word or two), "Tobi Adeyemi, Ibadan".
_SIGNED_TOWN: Final = regex.compile(
    r"(?P<name>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}),\p{White_Space}+"
    r"(?P<town>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)"
)
# A word that a word list prices below this is a common one ("blue", "hour"): a byline's name
# holds a word no list prices so, its surname most often ("Adeyemi").
_COMMON_PRICE: Final = 11.0
# What follows a town opening a dateline: a comma before its country, or the dateline's dash.
_DATELINE_MARKS: Final = (",", "—", "–", "-")
# A web address, or a telephone number closing the line, its last groups joined by hyphens
# ("646-940-0119", "(202) 496-4816", "+7 (495) 123-45-67"; a large count groups its thousands
# by spaces; a headline goes on after a hotline's number, "Call 1-800-555-0199 for help", and
# after a season's years or a case's number, "Top 10 2024-2025 signings").
_ADDRESS: Final = regex.compile(
    r"https?://|www\.|(?:^|[^0-9])\(?[0-9]{2,4}\)?[ .-][0-9]{3,4}(?:-[0-9]{2,4})+"
    r"[^\p{L}\p{N}]*$",
    regex.IGNORECASE,
)


def is_outlet_line(
    candidate: Candidate,
    lines: Sequence[str],
    filled: list[int],
    body: list[int],
    machinery: Mapping[int, str],
) -> bool:
    """Whether the candidate names the outlet: its line is a site's name by the machinery
    rules and heads no paragraph, a copyright line of the page holds it, or it is the site's
    web address alone ("HARBORLINE-NEWS.com" before " - Ferry news", cut off as a tail) that
    no paragraph of its lead opens with (``_opens_its_lead``: a program's name, the story's
    subject).

    >>> site = Candidate(0, 0, "HARBORLINE-NEWS.com", "harborline-news.com", {})
    >>> is_outlet_line(site, [site.text], [0], [], {})
    True
    >>> is_outlet_line(site._replace(text="Ferry fares rise again"), [site.text], [0], [], {})
    False
    >>> lines = ["Tidewatch.js", "Tidewatch.js is a small library that reads tide tables."]
    >>> program = Candidate(0, 0, lines[0], "tidewatchjs", {})
    >>> is_outlet_line(program, lines, [0, 1], [1], {})
    False
    """
    named = machinery.get(candidate.line) == "site"
    return (
        (named and not heads_its_paragraph(candidate, lines, filled, body))
        or (
            _DOMAIN.fullmatch(candidate.text) is not None
            and not _opens_its_lead(candidate, lines, filled, body)
        )
        or names_rights_holder(candidate.text, lines, machinery)
        or credits_a_source(candidate, lines, filled, body)
        or signs_from_town(candidate, lines, filled, body)
    )


def _opens_its_lead(
    candidate: Candidate, lines: Sequence[str], filled: list[int], body: list[int]
) -> bool:
    """Whether a paragraph of the lead (``LEAD_LINES`` below the candidate at most) opens with
    the candidate's text word for word, then a space: the subject of its first sentence
    ("Tidewatch.js is ..."), not a source credited in brackets ("(Tidewatch.js) Ferry ...").

    >>> lines = ["Tidewatch.js", "Tidewatch.js reads tide tables."]
    >>> program = Candidate(0, 0, lines[0], "tidewatchjs", {})
    >>> _opens_its_lead(program, lines, [0, 1], [1])
    True
    >>> _opens_its_lead(program, [lines[0], "(Tidewatch.js) Tides run high."], [0, 1], [1])
    False
    """
    opening = f"{candidate.text} "
    return any(
        paragraph.startswith(opening)
        for paragraph in lead_paragraphs(candidate, lines, filled, body)
    )


def credits_a_source(
    candidate: Candidate, lines: Sequence[str], filled: list[int], body: list[int]
) -> bool:
    """Whether the candidate credits the story's source: a name of ``_NAME_WORDS`` words at
    most with its town in brackets after it (a station, a paper), the town that a paragraph of
    the lead (``LEAD_LINES`` below it at most) opens its dateline with, as printed or in
    capitals, before a comma or a dash; that paragraph repeats none of the name's words (a
    headline's words come back in its story; a source's name does not).

    >>> lines = ["Gull Bay FM (Port Ellery)", "Harbour Board Names New Pilot",
    ...          "Port Ellery — The harbour board named a new chief pilot on Monday."]
    >>> credit = Candidate(0, 0, lines[0], "gull bay fm port ellery", {})
    >>> credits_a_source(credit, lines, [0, 1, 2], [2])
    True
    >>> lines[0] = "Harbour Board (Port Ellery)"
    >>> credits_a_source(credit._replace(text=lines[0]), lines, [0, 1, 2], [2])
    False
    """
    credit = _CREDITED_TOWN.fullmatch(candidate.text) if candidate.text.endswith(")") else None
    if credit is None or len(credit["name"].split()) > _NAME_WORDS:
        return False
    town, name = credit["town"], echo_words(credit["name"])
    for paragraph in lead_paragraphs(candidate, lines, filled, body):
        opening = next((t for t in (town, town.upper()) if paragraph.startswith(t)), None)
        if opening is None:
            continue
        rest = paragraph[len(opening) :].lstrip(" ")
        if rest.startswith(_DATELINE_MARKS) and not name & echo_words(paragraph):
            return True
    return False


def signs_from_town(
    candidate: Candidate, lines: Sequence[str], filled: list[int], body: list[int]
) -> bool:
    """Whether the candidate is a writer's byline with the town they file from: a capitalised
    name of two or three words, one of them no common word (``_COMMON_PRICE``), a comma and
    the town, which a paragraph of the lead (``LEAD_LINES`` below it at most) names while no
    paragraph of it repeats a word of the name (a headline's words come back in its story; its
    writer's name does not). A feature's title of common words names its town so too ("Blue
    Hour, Lisbon").

    >>> lines = ["Tobi Adeyemi, Ibadan", "The Oyo State ferry board met in Ibadan on Monday."]
    >>> byline = Candidate(0, 0, lines[0], "tobi adeyemi ibadan", {})
    >>> signs_from_town(byline, lines, [0, 1], [1])
    True
    >>> lines[1] = "Tobi Adeyemi, the board's chair, met the ferry crews in Ibadan."
    >>> signs_from_town(byline, lines, [0, 1], [1])
    False
    """
    signed = _SIGNED_TOWN.fullmatch(candidate.text)
    if signed is None:
        return False
    name, town = echo_words(signed["name"]), echo_words(signed["town"])
    lead = [echo_words(paragraph) for paragraph in lead_paragraphs(candidate, lines, filled, body)]
    return (
        any(town <= words for words in lead)
        and not any(name & words for words in lead)
        and any(
            min(price(word, lang) for lang in CASED_WORD_LISTS) >= _COMMON_PRICE
            for word in signed["name"].replace("-", " ").split()
        )
    )


def names_rights_holder(text: str, lines: Sequence[str], machinery: Mapping[int, str]) -> bool:
    """Whether a candidate of a few words is printed, word for word, in a copyright line of
    the page: it names the outlet that holds the rights.

    >>> page = ["© 2024 Harbor Line News", "Harbor Line News", "Ferry fares rise again"]
    >>> names_rights_holder("Harbor Line News", page, {0: "copyright"})
    True
    >>> names_rights_holder("Ferry fares rise again", page, {0: "copyright"})
    False
    """
    rights = [lines[index] for index, kind in machinery.items() if kind == "copyright"]
    words = _spaced_words(text) if rights else ""
    if not words.strip() or len(words.split()) > _NAME_WORDS:
        return False
    return any(words in _spaced_words(line) for line in rights)


def _spaced_words(text: str) -> str:
    """The text's words, case-folded, one space between them and one at each end."""
    return f" {_NOT_WORD.sub(' ', text.casefold()).strip()} "


def holds_address(text: str) -> bool:
    """Whether the text holds a web address or closes with a telephone number (``_ADDRESS``):
    a source's or a contact's line; a headline prints none.

    >>> holds_address("Call the hotline: (202) 496-4816"), holds_address("Storm hits 2,400 homes")
    (True, False)
    >>> holds_address("Call 1-800-555-0199 for storm help")
    False
    """
    return _ADDRESS.search(text) is not None
