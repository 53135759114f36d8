"""Closings: whether a time that closes its line, or stands near its end, keeps it as the
line's dateline all the same, as a fallback: closing a title's line after a separator, a forum
post's stamp closing its subject line, a broadcast's slot, closing a paragraph in brackets of
its own, closing its line after its label, or before a print page's number in a citation.
Where a time stands elsewhere on a crowded line is `placement`.
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


def closes_sentence(line: str, item: Found) -> bool:
    """Whether a date closes its line as the end of a sentence: the line opens with a capital
    and its full stop comes right after the date ("Away cup tie played on 9 May 2015."), so
    that its words say what happened that day, as a caption's do; a dateline's words are a
    byline or a label, with no full stop after its date ("By Ana Ruiz, 9 May 2015").

    >>> from normalize.timestamps.lines import Reading
    >>> day = Reading(None, None, None, [], "date", "day")
    >>> closes_sentence("Away cup tie played on 9 May 2015.", Found("", day, 23, 34))
    True
    >>> closes_sentence("By Ana Ruiz and Tom Hale, 9 May 2015", Found("", day, 26, 36))
    False
    """
    body = line.rstrip()
    return body[:1].isupper() and body.endswith(".") and body[item.end :] in ("", ".")


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
