"""Placement: where a time stands on a line crowded with other words, and whether that place
keeps it as the line's dateline all the same, as a fallback: glued to the cells after it,
printed twice, in brackets of its own amid other cells, before an update's labelled time, or
opening a line of credits, a heading or a page run into one line. Where a time closes its
line is `closings`.
"""

from __future__ import annotations

import regex

from normalize.timestamps.grammar import grammar
from normalize.timestamps.lines import Found

# A letter, and a word that does not open with a capital.
_LETTER = regex.compile(r"\p{L}")
_UNCAPITALISED = regex.compile(r"(?<!\p{L})[^\P{L}\p{Lu}]")
# A space and a capital: a title's first word after the date that opens a page.
_SPACED_CAPITAL = regex.compile(r" \p{Lu}")
# The outlet's name, one capitalised word, before the date and clock time of a page run into one
# line: its masthead, then its meta row ("Kolo 09:47 14/06/2024 Society …").
_MASTHEAD_WORD = regex.compile(r"\p{Lu}[\p{L}\p{N}]*\s+")
# A lead's sentence glued to a date, its drop cap lost ("6 February, 2024n her message"): small
# letters right after the date, a space and a word in small letters.
_LEAD_AFTER = regex.compile(r"(\p{Ll}+) \p{Ll}")
# A year's mark glued after its figures, no lead's letters: "15 мая 2025г в Заречье пройдёт …".
_YEAR_MARKS = frozenset({"г", "гг"})
# The marks that close a sentence: a line holding one is prose, no heading.
_SENTENCE_MARKS = ".!?…"


def glued_open(line: str, item: Found) -> bool:
    """Whether a date and time opens its line glued to the words after it, the clock's last
    digit touching a letter ("17 апреля 2024, 18:05IR-релизыДивиденды…", "2022-03-14
    16:22:07Sino Wire Editor", its weekday before it: "Ср, 3 сен 2025 02:10 +0600Глава …"): a
    scraper ran the page's metadata cells together; not a Korean hour's unit
    ("[2009-03-13]시카고")."""
    return (
        item.reading.shape == "full"
        and _weekday_at_most(line[: item.start])
        and line[item.end - 1 : item.end].isdigit()
        and line[item.end : item.end + 1].isalpha()
    )


def _weekday_at_most(text: str) -> bool:
    """Whether a text is empty, or a weekday's name alone with the comma or spaces after it:
    what may open a line before its date.

    >>> _weekday_at_most(""), _weekday_at_most("Ср, "), _weekday_at_most("Wed ")
    (True, True, True)
    >>> _weekday_at_most("Итоги, "), _weekday_at_most(" ")
    (False, False)
    """
    if not text:
        return True
    word = text.rstrip(" ,")
    return word.isalpha() and grammar().weekday.fullmatch(word.lower()) is not None


def doubled(line: str, item: Found) -> bool:
    """Whether a date, or a date and time, is printed twice, its copy glued right after it
    ("May 14, 2024May 14, 2024News Desk"): a scraper ran the page's published and updated
    cells together, the page's own times, however many words share the line."""
    shown = line[item.start : item.end]
    return item.reading.shape in ("date", "full") and line.startswith(shown, item.end)


def bracketed(line: str, item: Found) -> bool:
    """Whether a date and time stands in brackets of its own, as a post's stamp does
    ("+12 [03.03.2013 21:47] nick Rating 812"): a cell of its own in a line of chrome."""
    opening, closing = line[item.start : item.start + 1], line[item.end - 1 : item.end]
    return item.reading.shape == "full" and opening + closing in ("()", "[]", "{}")


def opens_update_pair(item: Found, after: Found | None) -> bool:
    """Whether an unlabelled date and time stands right before an update's labelled one, a
    space apart: the pair's first, the publication whose label was lost ("… 2019.12.16 18:37
    수정 : 2019.12.16 18:37 …", "… May 2, 2024 9:10 am Updated: May 2, 2024 11:05 am …").

    >>> from normalize.timestamps.lines import Reading
    >>> stamp = Reading(None, None, None, [], "full", "minute")
    >>> opens_update_pair(Found("", stamp, 12, 28), Found("modified", stamp, 29, 51))
    True
    >>> opens_update_pair(Found("", stamp, 12, 28), Found("modified", stamp, 40, 62))
    False
    """
    return (
        after is not None
        and not item.role
        and after.role == "modified"
        and item.reading.shape == "full"
        and after.start - item.end <= 1
    )


def opens_credit(line: str, item: Found) -> bool:
    """Whether a date opens its line and only capitalised words follow it: a source and its
    authors ("16 сентября 2015 Финмаркет Орлов Денис, Кузина Алла"), not a sentence.

    >>> from normalize.timestamps.lines import Reading
    >>> found = Found("", Reading(None, None, None, [], "date", "day"), 0, 16)
    >>> opens_credit("16 сентября 2015 Финмаркет Орлов Денис, Кузина Алла", found)
    True
    >>> opens_credit("16 сентября 2015 года в Москве открылась выставка", found)
    False
    """
    rest = line[item.end :]
    return item.start == 0 and _LETTER.search(rest) is not None and not _UNCAPITALISED.search(rest)


def opens_run_in_page(line: str, item: Found) -> bool:
    """Whether an unlabelled date (with its clock time or not) opens its line, a space and a
    capital after it: the start of a page run into one line, its date before its title
    ("21.03.2025 Акварели 17 художников …"), not a sentence that opens with a day ("21.03.2025
    в библиотеке …"). Its weekday may stand before a date that holds its clock time ("Friday,
    March 13, 2009 at 9:05AM Choir …", a blog's post head), and so may the outlet's name, one
    capitalised word, its masthead before a meta row ("Kolo 09:47 14/06/2024 Society …"); a
    weekday's day alone run into capitalised words is a fixtures box's heading ("Saturday, 14
    June 2025 Coastal League …").

    >>> from normalize.timestamps.lines import Reading
    >>> day = Found("", Reading(None, None, None, [], "date", "day"), 0, 10)
    >>> opens_run_in_page("21.03.2025 Акварели покажут", day)
    True
    >>> opens_run_in_page("21.03.2025 в библиотеке", day)
    False
    >>> full = Found("", Reading(None, None, None, [], "full", "minute"), 4, 20)
    >>> opens_run_in_page("Пт, 21.03.2025 10:30 Акварели покажут", full)
    True
    >>> opens_run_in_page("Пт, 21.03.2025 Акварели покажут", day._replace(start=4, end=14))
    False
    >>> masthead = full._replace(start=8, end=24)
    >>> opens_run_in_page("Вестник 10:30 21.03.2025 Акварели покажут", masthead)
    True
    """
    dated = item.reading.shape in ("date", "full")
    full = item.reading.shape == "full"
    before = line[: item.start]
    weekday = full and _weekday_at_most(before)
    masthead = full and _MASTHEAD_WORD.fullmatch(before) is not None  # "Name 09:47 14/06/2024 …"
    opens = not item.role and (item.start == 0 or weekday or masthead) and dated
    return opens and _SPACED_CAPITAL.match(line, item.end) is not None


def opens_lead(line: str, item: Found) -> bool:
    """Whether an unlabelled day opens its line glued to a lead's sentence that lost its drop
    cap: a newsletter's item dated on its lead's line ("6 February, 2024n her message …"); a
    sentence after a space is prose ("March 5, 2024 was …", "07.10.2021 Мэр открыл мост."),
    and so is one after the year's mark glued to its figures ("15 мая 2025г в Заречье …").

    >>> from normalize.timestamps.lines import Reading
    >>> day = Found("", Reading(None, None, None, [], "date", "day"), 0, 16)
    >>> opens_lead("6 February, 2024n her message", day)
    True
    >>> opens_lead("6 February, 2024 In her message", day)
    False
    >>> opens_lead("6 February, 2024г в Заречье", day)
    False
    """
    opens = not item.role and item.start == 0 and item.reading.shape == "date"
    lead = _LEAD_AFTER.match(line, item.end) if opens else None
    return lead is not None and lead.group(1) not in _YEAR_MARKS


def opens_heading(line: str, item: Found) -> bool:
    """Whether a date opens its line before a source's credits (see `opens_credit`) or before a
    name or a heading, a capital after it and no sentence's mark in the rest of the line: a
    programme's day over its channel's name and its contents ("18.11.2022 Телеканал «Заречье»
    Смотрите в программе:"), not a letter or a lead opening with its day ("May 4, 2021 Dear
    friends, As you know, … again. We …").

    >>> from normalize.timestamps.lines import Reading
    >>> day = Found("", Reading(None, None, None, [], "date", "day"), 0, 10)
    >>> opens_heading("18.11.2022 Телеканал «Заречье» Смотрите в программе:", day)
    True
    >>> opens_heading("18.11.2022 Мэр открыл мост. Движение пустят в среду", day)
    False
    """
    plain = not any(mark in line[item.end :] for mark in _SENTENCE_MARKS)
    return opens_credit(line, item) or (plain and opens_run_in_page(line, item))


def holds_prose(text: str) -> bool:
    """Whether a line of the text ends two sentences or more, a letter and a sentence's mark
    before a space or the line's end each: a paragraph ("… and the meadows beside them. Our
    volunteers meet …"), not a heading or a name ("Dr. Who returns").

    >>> holds_prose("Trust news\\nThe trust mends locks. Volunteers meet on Saturdays.")
    True
    >>> holds_prose("Dr. Who returns\\nNew ferry landing opens. Soon")
    False
    """
    ends = 0
    for at, char in enumerate(text):
        if char == "\n":
            ends = 0
        elif char in _SENTENCE_MARKS and at and text[at - 1].isalpha():
            after = text[at + 1 : at + 2]
            ends += not after or after.isspace()
            if ends == 2:
                return True
    return False
