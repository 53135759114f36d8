"""A byline: the line that names a story's writers ("By Jane Roe, staff reporter", "이서준 기자",
"Автор: Петров"), and a writer's title alone on the line under it ("Mail Staff Writer")."""

from __future__ import annotations

import regex

# Bylines, kept apart from the text: "By Jane Roe, staff reporter", "Posted by: Jane Roe", "By
# Jane Roe – Port Ellery" (her town after a spaced dash), "Written by Jane Roe on March 3, 2021"
# (the day after "on"; the name may be left empty), "이서준 기자", "이서준 기자 (솔빛중학교 /
# 2학년)" (a school or desk in brackets, its closing one cut), a student reporter's school and
# grade before the name, "솔빛중학교 2학년 이서준 기자", "작성자 : 구태환", "Автор: Петров";
# a site's user and the day after a comma, in any language: "by admin, 12 March, 2024", "에
# 의해 admin, 12 3월, 2024" (a template's "by" before the name), "Автор: admin, 12 марта 2024";
# a poem's or a quotation's author and the year of the work, of any century: "Автор: Фетов, 1854";
# a credit for the words and the pictures both, which names the writer: "Story and photos by Jane
# Roe", "글, 사진: 이서준 선임기자", "글·사진=이서준 기자", "Текст и фото: Петров".
_BYLINE = regex.compile(
    r"""^(?:
        (?:(?:posted|written|published)\s+
          |(?:story|text|words)\s+(?:and|&)\s+(?:photos?|pictures)\s+)?  # words and pictures
        by:?\s+(?:{name}(?:\s+{name}){0,3}  # the name, then
          (?:\s*[,|].*|\s+[–—]\s+{name}(?:\s+{name}){0,2}|\s+on\s+.*(?:19|20)\d\d.*)?
        | on\s+.*(?:19|20)\d\d.*)  # or its day alone: "on March 3, 2021"
      | (?:(?:글\s*[,·ㆍ/]\s*사진|사진\s*[,·ㆍ/]\s*글)\s*[:：=]?\s*)?  # words and pictures
        (?:\p{Hangul}+(?:\s+\p{Hangul}+)?\s+\d{1,2}학년\s+)?  # a student's school and grade
        \p{Hangul}{2,4}\s?(?:기자|특파원|논설위원|선임기자)(?:\s+\S+|\s*\([^()]{1,30}\)?)?  # Korean
      | 작성자\s*[:：]\s*\p{Hangul}{2,4}  # a board's writer label and a Korean name
      | 에\s?의해\s+[^\s,|]+(?:\s*[,|].*)?  # a template's "by" put before a user's name
      | (?:автор|текст(?:\s+и\s+фото)?|фото(?:\s+и\s+текст)?|редактор)  # Russian
        \s*[:：]?\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,2}
        (?:\s*,.*(?:1[0-9]|20)\d\d.*)?  # the day after a comma, or a work's year: "…, 1830 год"
    )$""".replace("{name}", r"\p{Lu}[\p{L}'’.-]*"),  # a word of a name or a town
    regex.IGNORECASE | regex.VERBOSE,
)

# A writer's title alone on the line under a byline, a few capitalised words before the job,
# the last a job's own or all the outlet's name: "Mail Staff Writer", "Valley Courier Reporter",
# maybe with the outlets they write for after a comma: "Farm Reporter, Bay FM·Harbour Star".
_WRITER_TITLE = regex.compile(
    r"^(?P<who>(?:\p{Lu}[\p{L}'’.-]*\s+){1,3})(?:Reporter|Writer|Correspondent|Editor|Columnist)"
    r"(?:,\s+\p{Lu}.*)?$"
)
_JOB_WORDS = frozenset({"Staff", "Senior", "Chief", "Contributing", "Special", "Associate"})

# A byline that names where its writer is from, every name capitalised: "By Staff Writer Ana
# Ruiz from Chile" (the pattern above takes a name and a comma, no place).
_BYLINE_FROM = regex.compile(
    r"^By\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,5}from\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$"
)

# A byline of writers' names, each two or three capitalised words, the last joined by "and", "&"
# or "и": three or more alone, "Ana Ruiz, Tom Rey and Lee Han" (a headline names two people at
# most, with a verb between them), or two or more after "By": "By Ana Ruiz and Tom Rey".
_WRITERS = regex.compile(
    r"""^(?:(?:{name},\s+)+|[Bb]y\s+(?:{name},\s+)*){name},?\s+(?:and|&|и)\s+{name}$""".format(
        name=r"\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2}"
    )
)

# A byline of one writer and the outlet the story is from, a slash between them: "Ana Ruiz /
# Harbour Weekly" (a name of two or three capitalised words; the outlet's, one to four).
_WRITER_AND_OUTLET = regex.compile(
    r"^\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{L}'’.-]*){1,2}"  # the writer's name
    r" / \p{Lu}[\p{L}&'’.-]*(?:\s\p{Lu}[\p{L}&'’.-]*){0,3}$"  # the outlet's
)

# A byline of one writer and the staff of the outlet the story is from, a spaced dash between
# them: "Ana Ruiz – Harbour Weekly staff" (the name and the outlet's as above; a scraper's meta
# date may stand before it).
_WRITER_OF_STAFF = regex.compile(
    r"^(?:\s*date\s+\d{4}-\d\d-\d\d\s+)?"  # a scraper's meta date
    r"\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{L}'’.-]*){1,2}"  # the writer's name
    r" [–—-] \p{Lu}[\p{L}&'’.-]*(?:\s\p{Lu}[\p{L}&'’.-]*){0,3} staff$"  # the outlet's staff
)


def is_byline(key: str, line: str) -> bool:
    """Whether the line (``key`` its key, past a scraper's meta date glued before it) is a
    byline: "By Jane Roe, staff reporter", " date 2022-07-14 By Ama Ardell, KPA", its writers'
    names, three or more alone or two after "By": "By Ana Ruiz and Tom Rey", or a writer and
    an outlet or its staff: "Ana Ruiz / Harbour Weekly", "Ana Ruiz – Harbour Weekly staff".

    >>> is_byline("", " date 2019-04-02 Ana Ruiz – Harbour Weekly staff")
    True
    >>> is_byline("", "Harbour Weekly cuts ferry staff")
    False
    """
    return bool(
        _BYLINE.match(key)
        or _BYLINE_FROM.match(line)
        or _WRITERS.match(line)
        or (" / " in line and _WRITER_AND_OUTLET.match(line))
        or (line.endswith(" staff") and _WRITER_OF_STAFF.match(line))
    )


def is_writer_title(lines: list[str], index: int) -> bool:
    """Whether the line is a writer's title: its words before the job end with a job's own, the
    outlet's short name maybe before it ("Mail Staff Writer"), or are the outlet's name the page
    prints on another line ("Courier Reporter"), not a headline's."""
    found = _WRITER_TITLE.match(lines[index])
    who = found["who"].split() if found else []
    name = " ".join(who)
    return bool(who) and (
        who[-1] in _JOB_WORDS or any(name in line for at, line in enumerate(lines) if at != index)
    )
