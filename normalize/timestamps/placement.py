"""Placement: where a time stands on a line crowded with other words, and whether that place
keeps it as the line's dateline all the same, as a fallback: closing a title's line after a
separator, a forum post's stamp closing its subject line, glued to the cells after it, opening
a line of credits or a page run into one line, closing a paragraph in brackets of its own, in
brackets of its own amid other cells, closing its line after its label, or before a print
page's number in a citation.
"""

from __future__ import annotations

from typing import Final

import regex

from normalize.timestamps.grammar import grammar
from normalize.timestamps.lines import Found, prepare

# A title line closed by its outlet and date: "… / 한빛방송 2023.02.14."
_CLOSING_DATE = regex.compile(r"\s[/|·–—-]\s[^/|·–—-]{0,40}$")
# The marks that open a list's item: a box of related posts, each closed by its day
# ("- Harbor board approves new ferry fares - March 3, 2025"), is no title's line.
_LIST_MARKS = ("- ", "• ", "* ", "· ")
# A day as machines print it, year first: 2018-06-14.
_ISO_DAY = regex.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# A date and clock time as machines print them, digits and their separators alone:
# "2024.08.17 19:48", "17.08.2024 19:48:05".
_MACHINE_STAMP = regex.compile(r"[0-9][0-9 .:/-]*[0-9]")
# The end of a sentence, before a paragraph's closing date.
_SENTENCE_END = frozenset(".!?…\"'»”")
# How long a date alone in brackets is: "(2019. 7. 1)", "(22.03.2019)", "(September 22, 2019)".
_BRACKETED_DATE_LENGTH: Final = (6, 20)
# A letter, and a word that does not open with a capital.
_LETTER = regex.compile(r"\p{L}")
_UNCAPITALISED = regex.compile(r"(?<!\p{L})[^\P{L}\p{Lu}]")
# A space and a capital: a title's first word after the date that opens a page.
_SPACED_CAPITAL = regex.compile(r" \p{Lu}")
# A lead's sentence glued to a date, its drop cap lost ("6 February, 2024n her message"): small
# letters right after the date, a space and a word in small letters.
_LEAD_AFTER = regex.compile(r"(\p{Ll}+) \p{Ll}")
# A year's mark glued after its figures, no lead's letters: "15 мая 2025г в Заречье пройдёт …".
_YEAR_MARKS = frozenset({"г", "гг"})
# The marks that close a sentence: a line holding one is prose, no heading.
_SENTENCE_MARKS = ".!?…"
# The letters that end a text, and a capitalised word run into lower-case letters before it.
_LAST_WORD = regex.compile(r"\p{L}+\Z")
_GLUED_CAPITAL = regex.compile(r"(?<=\p{Ll})\p{Lu}\p{Ll}*\Z")
# A clock range, a broadcast's slot: the start's last digit or its meridiem, a dash (a space
# either side at most) and the end's hour and minutes ("5:00pm-5:31pm", "18:00 – 18:30").
_CLOCK_RANGE = regex.compile(r"(?i)(?:[0-9]|[ap]\.?m\.?) ?[-–] ?[0-9]{1,2}:[0-9]{2}")
# A print page's number after a comma or a spaced dash closing a citation's line: ", Page
# 9", " - Page 2", ", p. 9", ", С. 9", ", стр. 9", ", 9면".
_CITED_PAGE = regex.compile(
    r"(?:,\s?|\s[-–—]\s)"
    r"(?:(?:Page|page|PAGE|p\.|P\.|стр\.|[Сс]\.)\s?[0-9]{1,4}|[0-9]{1,4}\s?면)\s*\Z"
)
# A word opening in a small letter, four letters or more: a reader's sentence's ("found",
# "about"), not a periodical's name ("of", "the"), and how many of them before a day say a
# sentence cites the paper, not a citation's line ("Озёрная газета" holds one).
_SMALL_WORD = regex.compile(r"(?<!\p{L})\p{Ll}\p{L}{3}")
_CITING_SENTENCE_WORDS: Final = 3


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


def closes_title(line: str, item: Found) -> bool:
    """Whether a time closes its line after a separator and a few words: "… / Outlet
    2023.02.14.", "Roll Call - Week ending Saturday, March 9, 2019"; or a machine's date,
    year first, or a machine's date and clock time, digits and their separators alone, closes
    it after a space: "… 개표율 42% 2018-06-14", "… 하나TV 2024.08.17 19:48" (prose, which
    writes a date otherwise, does not). A line a list's mark opens is a list's item, a related
    post's title and day, whatever closes it.

    >>> from normalize.timestamps.lines import Reading
    >>> related = "- Ferry fares rise at the harbor - March 3, 2025"
    >>> day = Found("", Reading(None, None, None, [], "date", "day"), 35, len(related))
    >>> closes_title(related[2:], day._replace(start=33, end=len(related) - 2))
    True
    >>> closes_title(related, day)
    False
    >>> stamp = Found("", Reading(None, None, None, [], "full", "minute"), 18, 34)
    >>> closes_title("Heat wave summary 2024.08.17 19:48", stamp)
    True
    >>> worded = Found("", Reading(None, None, None, [], "full", "minute"), 18, 42)
    >>> closes_title("Heat wave summary 17 August 2024 at 19:48", worded)
    False
    """
    if line.lstrip().startswith(_LIST_MARKS):
        return False
    before = _CLOSING_DATE.search(line[: item.start]) is not None
    if before and item.end >= len(line.rstrip(" .")):
        return True
    spaced = line[item.start - 1 : item.start] == " " and item.end == len(line.rstrip())
    machine = _ISO_DAY.fullmatch(line, item.start, item.end) is not None or (
        item.reading.shape == "full"
        and _MACHINE_STAMP.fullmatch(line, item.start, item.end) is not None
    )
    return spaced and machine


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
    в библиотеке …").

    >>> from normalize.timestamps.lines import Reading
    >>> day = Found("", Reading(None, None, None, [], "date", "day"), 0, 10)
    >>> opens_run_in_page("21.03.2025 Акварели покажут", day)
    True
    >>> opens_run_in_page("21.03.2025 в библиотеке", day)
    False
    """
    dated = item.reading.shape in ("date", "full")
    opens = not item.role and item.start == 0 and dated
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


def closes_post(line: str, item: Found) -> bool:
    """Whether a weekday, a date and a clock time close their line with no full stop after
    them: a forum post's stamp at the end of its subject line ("PostSubject: Tag list, read
    first Icon_minitimeSun Mar 07, 2010 8:15 pm", the weekday run into an icon's name before
    it), as forum software prints it, where a sentence naming a day and an hour ends with its
    full stop."""
    if item.reading.shape != "full" or item.end != len(line.rstrip()) or line[item.end - 1] == ".":
        return False
    return _ends_with_weekday(line[: item.start].rstrip(" ,"))


def _ends_with_weekday(text: str) -> bool:
    """Whether a text ends with a weekday's name as a word of its own, or run into the word
    before it at a capital ("minitimeSun").

    >>> _ends_with_weekday("Subject Sun"), _ends_with_weekday("icon_minitimeSun")
    (True, True)
    >>> _ends_with_weekday("Forum salmon"), _ends_with_weekday("Jason")
    (False, False)
    """
    word = _LAST_WORD.search(text)
    if word is None:
        return False
    weekday = grammar().weekday
    if weekday.fullmatch(word[0].lower()) is not None:
        return True
    glued = _GLUED_CAPITAL.search(word[0])
    return glued is not None and weekday.fullmatch(glued[0].lower()) is not None


def closes_slot(line: str, item: Found) -> bool:
    """Whether a date and a clock range close their line: a broadcast's slot after its
    programme's and channel's names ("Evening News  KXTV  March 2, 2017 5:00pm-5:31pm CST"),
    as a TV archive prints a clip's, published at its start; a sentence naming an hour's span
    ends with its full stop.

    >>> from normalize.timestamps.lines import Reading
    >>> slot = Found("", Reading(None, None, None, [], "full", "minute"), 18, 49)
    >>> closes_slot("Evening News KXTV March 2, 2017 5:00pm-5:31pm CST", slot)
    True
    >>> closes_slot("Evening News KXTV March 2, 2017 5:00pm-5:31pm CST.", slot)
    False
    """
    closing = item.end == len(line.rstrip())
    span = line[item.start : item.end]
    return item.reading.shape == "full" and closing and _CLOCK_RANGE.search(span) is not None


def closes_paragraph(line: str, item: Found) -> bool:
    """Whether a date stands in brackets of its own at the very end of its line, right after
    a sentence's end: a paragraph's day ("… 무엇인가요? (2019. 07. 11)", "… в репортаже
    «Фонарщик». (22.03.2019)"), not a title naming its event's day ("Jaipur vs Chennai
    (12 May 2017)").

    >>> from normalize.timestamps.lines import Reading
    >>> day = Reading(None, None, None, [], "date", "day")
    >>> closes_paragraph("He lit the lamps. (22.03.2019)", Found("", day, 18, 30))
    True
    >>> closes_paragraph("Jaipur vs Chennai (12 May 2017)", Found("", day, 18, 31))
    False
    """
    before = line[: item.start].rstrip()
    return (
        item.reading.shape in ("date", "full")
        and line[item.start : item.start + 1] == "("
        and line[item.end - 1 : item.end] == ")"
        and item.end == len(line.rstrip())
        and before[-1:] in _SENTENCE_END
    )


def closing_bracket(line: str) -> int | None:
    """Where a bracket short enough to hold a date alone opens (6 to 20 characters inside),
    when it closes the line: the part of a paragraph too long to be a dateline that
    `closes_paragraph` looks at.

    >>> closing_bracket("He lit the lamps. (22.03.2019) "), closing_bracket("(a) b (c)")
    (18, None)
    """
    body = line.rstrip()
    opening = body.rfind("(")
    inside = body[opening + 1 : -1]
    if not body.endswith(")") or opening < 0 or ")" in inside:
        return None
    shortest, longest = _BRACKETED_DATE_LENGTH
    return opening if shortest <= len(inside) <= longest else None


def closing_tag(line: str, after: int) -> list[tuple[int, int]]:
    """The span of an index code in square brackets, digits in it and no space, that closes
    a line after its times (from ``after`` on): a feed's code filed after a byline
    ("2021-09-14 15:02, Jo Reporter [XML:KR:2107:Local/Politics]"), machinery, no words around
    the time; a bracketed name ("[Lease deposit refund]") is no code. Empty when the line closes
    on no such code.

    >>> closing_tag("2021-09-14 15:02, Jo Roe [XML:KR:2107]", 16), closing_tag("9 May [a b]", 5)
    ([(25, 38)], [])
    >>> closing_tag("Court 2011. 6. 30. ruling 2009Da88 [Deposit]", 18)
    []
    """
    body = line.rstrip()
    opening = body.rfind("[")
    inside = body[opening + 1 : -1]
    spaced = any(char.isspace() for char in inside)
    code = "]" not in inside and not spaced and any("0" <= char <= "9" for char in inside)
    if not body.endswith("]") or opening < after or not code:
        return []
    return [(opening, len(body))]


def closes_labelled(line: str, item: Found) -> bool:
    """Whether a labelled time closes its line, its label right before it (within the label's
    reach, so that it opens the time's extent): a forum thread's "Discussion in 'Pets' started
    by nick, Mar 12, 2010.", not a form's field whose label stands far from its date."""
    if not item.role or line[item.end :].strip():
        return False
    return grammar().label.match(prepare(line).low, item.start) is not None


def cites_page(line: str, item: Found) -> bool:
    """Whether a day closes a citation's line before its print page's number alone, after a
    comma or a spaced dash: a digitised paper's article cited by its periodical, issue, day and
    page ("Harbour Weekly, Issue 31, 1 March 1987, Page 9"), an archive's page ("… Archives Jun
    23 1920, Page 1"). The issue's day is the article's. A reader's sentence citing the paper
    ("I found a note about it in the Harbour Weekly, 1 March 1987, p. 9"), three words in small
    letters or more before the day, is no citation's line: its day is the paper's, not the page's.

    >>> from normalize.timestamps.lines import Reading
    >>> day = Found("", Reading(None, None, None, [], "date", "day"), 26, 38)
    >>> cites_page("Harbour Weekly, Issue 31, 1 March 1987, Page 9", day)
    True
    >>> cites_page("Harbour Weekly, Issue 31, 1 March 1987, Page 9 of 12", day)
    False
    >>> reply = "I found a note about the ferry in Harbour Weekly, 1 March 1987, Page 9"
    >>> cites_page(reply, day._replace(start=50, end=62))
    False
    """
    return (
        item.reading.shape == "date"
        and _CITED_PAGE.match(line, item.end) is not None
        and sum(1 for _ in _SMALL_WORD.finditer(line, 0, item.start)) < _CITING_SENTENCE_WORDS
    )
