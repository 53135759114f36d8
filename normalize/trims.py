"""The chosen headline as printed: its copy in mixed case when it was chosen in capitals
(``in_mixed_case``), then its trims, in the order the chooser makes them: a site's tail after
it (``glued_labels.without_site_tail``), a label glued before it that another line leaves out
(``glued_labels.without_glued_label``), a breadcrumb's crumbs glued before it with no space that
another line leaves out (``without_glued_crumbs``), an outlet's crumb before it and a spaced
slash that another line names (``without_outlet_crumb``), a wiki's edit link glued after it that
other lines print too (``without_edit_link``), a feature's label glued before it by a
hyphen that the page's other lines leave out (``without_hyphen_label``), a deck glued after it
(``glued_decks.without_glued_deck``),
the place of the dateline below glued before it (``dateline_places``), a programme's hyphened
name glued before it (``glued_decks.without_glued_name``), the next field's label of a form
glued after it (``subjects.without_next_field``), a date glued after it that the headline's
copy on another line leaves out (``without_glued_date``), a date in brackets of its own closing it
that the lead retells the headline without (``without_bracketed_date``), a status badge glued
after it (``without_status_badge``), a writer's name in brackets closing it that another line
opens with (``bracketed_writers.without_bracketed_writer``).

The headline chooser (``normalize.headline``) and the fit of its weights
(``benchmarks/fit_headline.py``) print a candidate so.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from normalize.bracketed_writers import without_bracketed_writer
from normalize.cache import once
from normalize.chrome import chrome
from normalize.dateline_places import without_dateline_place
from normalize.facts import month_abbreviations
from normalize.field_labels import without_glued_title_label
from normalize.glued_decks import without_glued_deck, without_glued_name
from normalize.glued_labels import without_glued_label, without_site_tail
from normalize.heads import Candidate
from normalize.page import echo_words
from normalize.subjects import without_next_field
from normalize.title_shapes import ends_sentence
from normalize.titles import title_key

# A headline's copy is a headline's length: this many words at least.
_COPY_WORDS = 3
# The crumbs' last word runs into the headline: a letter or a digit right before its copy.
_WORD_SEAM: Final = regex.compile(r"[\p{L}\p{N}]")
# A wiki's edit link glued after a heading's last word in small letters: "… Ferry CompanyEdit".
_GLUED_EDIT: Final = regex.compile(r"(?<=\p{Ll})Edit$")
# An outlet's crumb before a spaced slash: "Outlet / <headline>", a name of this many words at
# most; in a script without capitals, one word glued to its slash, a source's credit: "한빛신문/ …".
_OUTLET_CRUMB: Final = regex.compile(r"(?:(\p{Lu}[^/]*?)\s+|(\p{Lo}[^\s/]*))/\s+([^/]+)")
_CRUMB_WORDS: Final = 3
# A slash inside the headline: the words after it open in small letters, or a name of a few words
# closed by a colon pairs with the one before it ("Ferries / trains: …", "Север / Юг: …").
_SLASH_PAIR: Final = regex.compile(r"\p{Ll}|\S+(?:\s+\S+){0,2}:(?:\s|$)")
# The words a story joins two names with where its headline pairs them by a slash ("Office and
# Jail" under "Office / Jail …").
_PAIR_JOINS: Final = frozenset(("and", "&", "or", "и", "или", "및"))
# Marks around a word: what is left of it is its letters and digits.
_WORD_EDGES: Final = regex.compile(r"^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$")
# A feature's label glued by a hyphen: words of letters and digits, apart by a space or an
# apostrophe.
_HYPHEN_LABEL: Final = regex.compile(r"[\p{L}\p{N}]+(?:[ '’][\p{L}\p{N}]+)*")
# The headline after such a label: this many words at least.
_HEADLINE_WORDS: Final = 4
# A word of this many letters or more is one the page's other lines may print (no "of", "the").
_TOLD_CHARS: Final = 4
# A word of this many letters or more tells a headline's case (no "of", "in", "the").
_CASED_CHARS: Final = 4


def trimmed(text: str, line: int, lines: Sequence[str]) -> str:
    """The headline read from ``text``, cut from the page's line ``line`` of ``lines``,
    without what the page glues around it.

    >>> page = ["BRANTLEY Riverfest crowd pleases organizers", "By DALE KOVACS",
    ...         "BRANTLEY -- The festival came back over the weekend."]
    >>> trimmed(page[0], 0, page)
    'Riverfest crowd pleases organizers'
    """
    text = without_glued_title_label(without_site_tail(text, line, lines), line, lines)
    text = without_glued_crumbs(without_glued_label(text, line, lines), line, lines)
    text = without_outlet_crumb(text, line, lines)
    text = without_edit_link(text, line, lines)
    text = without_hyphen_label(text, line, lines)
    text = without_glued_deck(text, line, lines)
    text = without_dateline_place(text, line, lines)
    text = without_next_field(without_glued_name(text), line, lines)
    text = without_bracketed_date(without_glued_date(text, line, lines), line, lines)
    return without_bracketed_writer(without_status_badge(text), line, lines)


def without_glued_crumbs(text: str, line: int, lines: Sequence[str]) -> str:
    """The headline without what the page glued before it with no space between (a
    breadcrumb's crumbs run together, "HomeWire<headline>") when another line of ``lines``
    prints the rest alone, a headline's length that does not open in small letters (no word
    cut apart), right after a letter or a digit (a crumb's word; after a mark, such as a
    quotation's "…" or a colon, the rest is part of the headline): that line is the headline's
    copy.

    >>> page = ["HomeWireFerry fares rise again", "", "Ferry fares rise again"]
    >>> without_glued_crumbs(page[0], 0, page)
    'Ferry fares rise again'
    >>> without_glued_crumbs("Big ferry fares rise", 0, ["", "ferry fares rise"])
    'Big ferry fares rise'
    """
    for index, other in enumerate(lines):
        copy = other.strip()
        if index == line or not copy or len(copy) >= len(text) or not text.endswith(copy):
            continue
        seam = text[len(text) - len(copy) - 1]
        crumb = _WORD_SEAM.fullmatch(seam) is not None
        if crumb and not copy[0].islower() and len(copy.split()) >= _COPY_WORDS:
            return copy
    return text


def without_outlet_crumb(text: str, line: int, lines: Sequence[str]) -> str:
    """The headline without a crumb of a few capitalised words before it and a spaced slash
    (a trail of two, "Outlet / <headline>") when another line of ``lines`` names the crumb
    apart from the headline (a logo's line, a footer, a pointer "on the Harbor Post portal"):
    the crumb is the page's own name, which a trail prints before its last crumb. A crumb no
    other line names may be the headline's own part; so is one whose slash pairs it with the
    words after it, opening in small letters or a name a colon closes ("Ferries / trains: …",
    "Harbor / Hill: …"), or a name another line joins to the crumb by "and" (``_paired_below``).
    In a script without capitals the crumb is one word glued to its slash, a reposted story's
    credit to its source ("한빛신문/ <headline>"), when a line below names it, no sentence
    retelling the headline's words: a lead naming it so tells the story of its subject
    ("서울시/ …" over "서울시 교통국은 … 늘린다고 밝혔다.").

    >>> page = ["Harbor Post / Ferry fares rise on island routes", "", "Read it on Harbor Post."]
    >>> without_outlet_crumb(page[0], 0, page)
    'Ferry fares rise on island routes'
    >>> without_outlet_crumb(page[0], 0, page[:2])
    'Harbor Post / Ferry fares rise on island routes'
    >>> page[0] = "Harbor Post / Hill Post: ferry fares rise on island routes"
    >>> without_outlet_crumb(page[0], 0, page)
    'Harbor Post / Hill Post: ferry fares rise on island routes'
    >>> page = ["한빛신문/ 섬마을 여객선 운임 다시 오른다", "", "한빛신문 3월 2일치 기사"]
    >>> without_outlet_crumb(page[0], 0, page)
    '섬마을 여객선 운임 다시 오른다'
    >>> page = ["솔내군/ 섬마을 여객선 운임 올린다", "", "솔내군 해양과는 운임을 올린다."]
    >>> without_outlet_crumb(page[0], 0, page)
    '솔내군/ 섬마을 여객선 운임 올린다'
    """
    found = _OUTLET_CRUMB.fullmatch(text)
    if found is None:
        return text
    crumb: str = found[1] or found[2]
    rest: str = found[3]
    if len(crumb.split()) > _CRUMB_WORDS or len(rest.split()) < _HEADLINE_WORDS:
        return text
    if _SLASH_PAIR.match(rest) or _paired_below(crumb, rest, line, lines):
        return text
    # a credit's line names its source; a lead naming the story's subject retells the story
    retold = echo_words(rest) if found[2] else set()
    for index, other in enumerate(lines):
        if (
            index != line
            and rest not in other
            and _names(other, crumb)
            and not (retold and ends_sentence(other) and retold & echo_words(other))
        ):
            return rest
    return text


def _paired_below(crumb: str, rest: str, line: int, lines: Sequence[str]) -> bool:
    """Whether another line of ``lines`` prints the crumb joined by one of ``_PAIR_JOINS`` to
    the first word after the slash, as a story prints the two names its headline pairs ("the
    Harbor Office and Pier lobbies reopened" under "Harbor Office / Pier Lobbies Reopen …"):
    the slash stands for that word, and the crumb is the headline's.

    >>> page = ["Harbor Office / Pier Lobbies Reopen to Visitors", "The Harbor Office and pier"]
    >>> _paired_below("Harbor Office", "Pier Lobbies Reopen to Visitors", 0, page)
    True
    >>> _paired_below("Harbor Office", "Pier Lobbies Reopen to Visitors", 0, page[:1])
    False
    """
    names = [_bare(word) for word in crumb.split()]
    first = _bare(rest.split()[0])
    for index, other in enumerate(lines):
        if index == line:
            continue
        words = other.split()
        for end in range(len(names), len(words) - 1):
            # the joining word first: a line without one is read with no word bared
            if (
                words[end].lower() in _PAIR_JOINS
                and _bare(words[end + 1]) == first
                and [_bare(word) for word in words[end - len(names) : end]] == names
            ):
                return True
    return False


def _bare(word: str) -> str:
    """The word in small letters without the marks around it."""
    bare: str = _WORD_EDGES.sub("", word)
    return bare.lower()


def _names(line: str, name: str) -> bool:
    """Whether ``line`` prints ``name`` as whole words (no letter or digit right before or
    after it)."""
    at = line.find(name)
    while at >= 0:
        end = at + len(name)
        before = line[at - 1] if at else " "
        after = line[end] if end < len(line) else " "
        if not _WORD_SEAM.fullmatch(before) and not _WORD_SEAM.fullmatch(after):
            return True
        at = line.find(name, at + 1)
    return False


def without_edit_link(text: str, line: int, lines: Sequence[str]) -> str:
    """The headline without a wiki's edit link glued after its last word in small letters
    ("Port Alder Ferry CompanyEdit") when another line of ``lines`` closes with one too, as a
    wiki's page scraped without its markup prints each heading ("HistoryEdit"); a name closing
    so on its line alone is the headline's own ("Lumen Labs launches MagicEdit").

    >>> page = ["Port Alder Ferry CompanyEdit", "", "The company runs boats.", "HistoryEdit"]
    >>> without_edit_link(page[0], 0, page), without_edit_link(page[0], 0, page[:3])
    ('Port Alder Ferry Company', 'Port Alder Ferry CompanyEdit')
    """
    found = _GLUED_EDIT.search(text)
    if found is None:
        return text
    others = (other for at, other in enumerate(lines) if at != line)
    return text[: found.start()] if any(_GLUED_EDIT.search(other) for other in others) else text


def without_hyphen_label(text: str, line: int, lines: Sequence[str]) -> str:
    """The headline without a feature's label of a few words glued before it by a hyphen with
    no space ("Photo Story of the Month-<headline>"): the label two words at least, closed by a
    letter, a word after its first in small letters as a feature's title prints its "of the"
    (a name that modifies the headline's first word is capitalised throughout: "New York-Based
    Startup …", "Harry Potter-Themed Cafe …"), the headline ``_HEADLINE_WORDS`` words at least,
    opening with a capital and a small letter, when no other line of ``lines`` prints a word of
    the label of ``_TOLD_CHARS`` letters or more (there is one) and another prints such a word
    of the headline: a compound's hyphen ("Week-Long Search") joins words the story tells of.

    >>> page = ["Photo Story of the Month-Divers Raise Old Bell From Harbour Floor", "",
    ...         "Divers brought the ferry's old bell up from the harbour floor on Sunday."]
    >>> without_hyphen_label(page[0], 0, page)
    'Divers Raise Old Bell From Harbour Floor'
    >>> without_hyphen_label(page[0], 0, [*page, "More photo galleries"])
    'Photo Story of the Month-Divers Raise Old Bell From Harbour Floor'
    >>> without_hyphen_label("Harry Potter-Themed Cafe Opens in Harbour Street", 0, page)
    'Harry Potter-Themed Cafe Opens in Harbour Street'
    """
    label, hyphen, rest = text.partition("-")
    if (
        not hyphen
        or " " not in label
        or not label[-1].isalpha()
        or _HYPHEN_LABEL.fullmatch(label) is None
        or not any(word[:1].islower() for word in label.split()[1:])
        or not (rest[:1].isupper() and rest[1:2].islower())
        or len(rest.split()) < _HEADLINE_WORDS
    ):
        return text
    printed = {
        word for at, other in enumerate(lines) if at != line for word in title_key(other).split()
    }
    own = [word for word in title_key(label).split() if len(word) >= _TOLD_CHARS]
    told = [word for word in title_key(rest).split() if len(word) >= _TOLD_CHARS]
    return rest if own and printed.isdisjoint(own) and not printed.isdisjoint(told) else text


def in_mixed_case(chosen: Candidate, candidates: list[Candidate]) -> Candidate:
    """The headline, where it was chosen, as its copy in mixed case prints it when the chosen
    copy is in capitals (a listing's or a newsletter's shouting copy).

    >>> shout = Candidate(0, 0, "FERRY FARES RISE", "ferry fares rise", {})
    >>> in_mixed_case(shout, [shout, shout._replace(line=2, text="Ferry fares rise")]).text
    'Ferry fares rise'
    """
    if not chosen.text.isupper():
        return chosen
    copies = (c.text for c in candidates if c.key == chosen.key and not c.text.isupper())
    return chosen._replace(text=next(copies, chosen.text))


def without_glued_date(text: str, line: int, lines: Sequence[str]) -> str:
    """The headline without a whole date glued after it by a space ("… the 2019 harvest. 10
    April 2019") when another line of ``lines`` prints the rest alone, a headline's length:
    that line is the headline's copy, and the date its post's day, no part of it.

    >>> page = ["Notes on the spring pruning. 4 May 2021", "", "Notes on the spring pruning."]
    >>> without_glued_date(page[0], 0, page), without_glued_date(page[0], 0, page[:2])
    ('Notes on the spring pruning.', 'Notes on the spring pruning. 4 May 2021')
    """
    found = _closing_date().search(text)
    head = text[: found.start()] if found else ""
    if len(head.split()) < _COPY_WORDS:
        return text
    copied = any(at != line and other.strip() == head for at, other in enumerate(lines))
    return head if copied else text


# A whole date of numbers in brackets of its own, the day or the month first: "(03/14/2021)",
# "(14.03.2021)" (the year first is a broadcast's, cut with its programme).
_DAY_IN_BRACKETS: Final = r"\s*\(\d{1,2}[-./]\d{1,2}[-./]\d{4}\)"
# Such a date closing a headline: "… (03/14/2021)".
_BRACKETED_DATE: Final = regex.compile(_DAY_IN_BRACKETS + r"\s*$")
# Such a date right after the headline's words on another line: its copy (the same day), or an
# item of the same series named by its own day.
_BRACKETED_DATE_AFTER: Final = regex.compile(_DAY_IN_BRACKETS)


def without_bracketed_date(text: str, line: int, lines: Sequence[str]) -> str:
    """The headline without a date in brackets of its own closing it ("… (03/14/2021)") when
    another line of ``lines`` holds the rest, a headline's length, inside its sentence in any
    case (the lead retelling the headline): the date is the post's day, printed after it as an
    old site's engine does, no part of it. A headline no line retells keeps its date, a
    digest's title naming its edition by its day ("Community Foundation Update (04/08/2023)"); a
    copy of the whole headline, its day too, retells nothing; and a line printing its words with
    another day in brackets after them is another item of a series named by its day ("Regular
    Council Meeting (02/28/2022)" under "Regular Council Meeting (03/14/2022)"), so the day is
    the headline's name's and stays.

    >>> page = ["Harbour regatta for junior crews (05/21/2022)",
    ...         "The harbour regatta for junior crews drew nine boats."]
    >>> without_bracketed_date(page[0], 0, page), without_bracketed_date(page[0], 0, page[:1])
    ('Harbour regatta for junior crews', 'Harbour regatta for junior crews (05/21/2022)')
    >>> without_bracketed_date(page[0], 0, [*page, "Harbour regatta for junior crews (05/14/2022)"])
    'Harbour regatta for junior crews (05/21/2022)'
    """
    found = _BRACKETED_DATE.search(text)
    head = text[: found.start()] if found else ""
    if len(head.split()) < _COPY_WORDS:
        return text
    folded = head.lower()
    day = text[len(head) :].strip()
    retold = False
    for at, other in enumerate(lines):
        lowered = other.lower()
        start = lowered.find(folded) if at != line else -1
        if start < 0:
            continue
        after = _BRACKETED_DATE_AFTER.match(lowered, start + len(folded))
        if after is None:
            retold = True
        elif after.group().strip() != day:
            return text  # another item of its series, named by its day
    return head if retold else text


@once
def _closing_date() -> regex.Pattern[str]:
    """A whole date closing a line after a space: the day, an English month's name (its first
    three letters one of the facts' abbreviations) and the year in either order, or numbers
    ("10 April 2019", "April 10, 2019", "10.04.2019", "2019-04-10")."""
    month = f"(?:{'|'.join(month_abbreviations('en'))})[a-z]*\\.?"
    return regex.compile(
        r"\s(?:\d{1,2}(?:st|nd|rd|th)?\s+MONTH,?\s+\d{4}|MONTH\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
        r"|\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{4}[-./]\d{1,2}[-./]\d{1,2})\s*$".replace("MONTH", month)
    )


def without_status_badge(text: str) -> str:
    """The headline without a status badge a site's story page glues after it by a space
    ("… harbour deal Featured", "… к зиме Важно"): a word of the facts' ``badges`` opening with
    a capital after a word in small letters, the headline before it ``_HEADLINE_WORDS`` words
    at least and in sentence case (more of its words of ``_CASED_CHARS`` letters or more after
    the first in small letters than with a capital). A capital there breaks the headline's own
    case: in title case, or after a name, the word is the headline's ("Record Breaking",
    "Smith Exclusive").

    >>> without_status_badge("Minister clarifies status of the harbour deal Featured")
    'Minister clarifies status of the harbour deal'
    >>> without_status_badge("Ferry Timetable for the Winter Season Updated")
    'Ferry Timetable for the Winter Season Updated'
    """
    head, _, last = text.rstrip().rpartition(" ")
    words = head.split()
    if (
        len(words) < _HEADLINE_WORDS
        or last.lower() not in chrome().badges
        or not (last[:1].isupper() and last[1:].islower())
        or not words[-1][:1].islower()
    ):
        return text
    cased = [word for word in words[1:] if len(word) >= _CASED_CHARS and word[:1].isalpha()]
    smalls = sum(word[:1].islower() for word in cased)
    return head.rstrip() if smalls > len(cased) - smalls else text
