"""A headline's text: cutting it out of the line it was printed on, cleaning it, and its key
for search (its ASCII spelling for slugs is ``ascii_titles.py``'s). Which line is the headline
is ``headline.py``'s concern."""

from __future__ import annotations

import re
import unicodedata

import regex

from normalize import cuts, frames
from normalize.cache import memo
from normalize.chrome import (
    chrome,
    is_outlet_name,
    is_trailing_flag,
    line_key,
    names_its_company,
)
from normalize.field_labels import split_label
from normalize.flag_echoes import without_flag_echo
from normalize.issue_titles import is_date_alone
from normalize.outlet_bars import before_letter_bar, before_named_bar
from normalize.text import INVISIBLE, squeeze_spaces

# Width variants (full-width ASCII, half-width Hangul and katakana, the ideographic space) are
# the only characters that get NFKC: elsewhere compatibility mapping would change letters.
# Plain code points: the standard library's engine scans them faster than `regex`.
_WIDTH_VARIANTS = re.compile(r"[\u3000\uff01-\uffee]")
# Leading flags (24 characters in brackets, 16 in round ones): "[속보]", "(LEAD)", "Video:", and
# one in capitals glued to the headline's first word by a hyphen: "UPDATE-Driver held".
_BRACKETED_FLAG = regex.compile(
    r"^\s*(?:[\[【<〈《]([^\]】>〉》]{1,24})[\]】>〉》]|\(([^)]{1,16})\))\s*"
)
# The brackets a work's title stands in ("<바다를 읽다>", "《…》"); a square one holds a column's.
_WORK_BRACKETS = "<〈《"
# A word flag before a colon, a bar or "!": "Video: …", "BIG NEWS!!!", hyphened "Пресс-релиз: …".
_WORD_FLAG = regex.compile(r"^\s*([\p{L}\s][\p{L}\s-]{1,19}?)\s*(?:[:：|]|!+)\s*")
_HYPHEN_FLAG = regex.compile(r"^\s*(\p{Lu}{2,20})-(?=\p{Lu}\p{Ll})")
# Trailing flags: "… (영상)", "… [PHOTOS]", "… (2 фото + 1 видео)", a capital word after a stop.
_TRAILING_FLAG = regex.compile(r"(?:\s*[\[【<(]([^\]】>)]{1,24})[\]】>)]|\.?\s+(\p{Lu}{2,16}))\s*$")
# A date of a few words ("March 2025", "2025년 3월"): never a headline on its own.
_SHORT_DATE_WORDS = 3
_CLOSING = ("]", "】", ">", ")")  # a trailing flag is searched for only after one or a capital
# Separators between a headline and the outlet's name: "… | Site", "… - Yonhap", "… / 연합뉴스".
_SITE_SEPARATOR = regex.compile(r"\s+(?:[|/·•:–—ㅣ-]|::)\s+|(?<=\S)::(?=\S)")
# Apostrophes and dots inside words join ("U.S." -> "us"); other punctuation separates words.
_JOINING_MARKS = regex.compile(r"[.'’`´]")
_NOT_WORD = regex.compile(r"[^\p{L}\p{M}\p{N}]+")
_ALL_CAPS_FLAG = regex.compile(r"^[\p{Lu}\d\s]+$")

# What a page prints before a headline on its line.
_LEADING_MACHINERY = regex.compile(
    r"""^(?:
      [■□▲△▶▷►◆◇●○•·※*×✕\-–—|]+\s*                   # a bullet, a dash, a bar, a close mark
    | [»›❯](?:\s*[»›❯])*\s+                              # a trail's mark, its crumbs dropped: "» "
    | [^\s\[\]()]{1,6}\]\s*                               # a flag cut from its bracket: "R]"
    | \d{1,2}[.)]\s+(?=\p{L})                           # a list number: "3. "
    | date\s+\d{4}-\d\d(?:-\d\d)?\s+                   # a scraper's meta date, maybe with
      (?:0\s+(?=\p{Lu}\p{Ll}))?                          # its empty counter: "date … 0 Title"
    | (?:\d{4}[./-]\d{1,2}[./-]\d{1,2}\.?|\d{1,2}\.\d{1,2}\.(?:\d{4}\.?|\d{2,3}))
      (?:\s+\d{1,2}:\d\d(?::\d\d)?)?(?:\s+|(?=\p{Lu}\p{Ll}))  # a numeric date, maybe a clock
                                                          # time, maybe glued: "15.02.2025Title";
                                                          # a stop closes a full year's only
                                                          # ("2.3.10." is a version)
    | \d{1,2}:\d\d(?::\d\d)?\s+                          # a clock time: "15:14 <headline>"
    | @[\w.]+\s+                                         # a handle: "@Channel <headline>"
    | (?i:live|breaking)(?=\p{Lu}\p{Ll})                   # a flag glued on: "LiveBudget debate"
    | \(\d{1,2}\+\)\s*                                      # an age rating: "(6+) "
    | (?:0|6|12|16|18)\+(?=[\p{Lu}«“„"'])                  # a bare one glued on: "6+Концерт"
    | (?i:re|fwd?|aw|отв):\s*                              # a reply's or forward's mark: "RE: "
    | [\p{Lu}\p{Lo}]\p{L}{0,15}(?:\s\p{Ll}{2,10})?:(?=[\p{Lu}\p{Lo}])  # a wiki namespace: "Tag:X"
    | Speech\sto\sText\sfor\s+                              # a station's caption page's label
    | \p{Lu}{2,}(?:[\s-]\p{Lu}{2,})*\.\s+(?=\p{Lu})          # an agency's place: "ХУСТ. "
    | [^\s|ㅣ:]+(?:\s[^\s|ㅣ:]+)?\s+[|ㅣ]\s+(?=\S+\s+\S+\s+\S)  # a section and a bar: "Opinion | …"
    | \p{Hangul}{1,8}(?:/\p{Hangul}{1,8})?\s+(?=[\[【][^\]】]{1,16}[\]】]\s*\S+\s+\S)
                                                         # a Korean board's category, maybe
                                                         # with its part after a slash, before
                                                         # a flag: "자유 [FA컵] …", "지역/경제 […"
    )""",
    regex.VERBOSE,
)
# What a page prints after a headline on its line.
_TRAILING_MACHINERY = regex.compile(
    r"""(?:
      \s*[|｜]\s*                                          # a table cell's bar
    | \s*[|/]\s*(?:[#＃][\p{L}\p{N}_]+\s*)+                  # hashtags after a bar: "| #a #b"
    | (?<=[?!.…])\s*(?:[#＃][\p{L}\p{N}_]+\s*)+              # after a finished sentence: "#shorts"
    | (?:\s+[#＃][\p{L}\p{N}_]+){2,}\s*                      # a run of two or more hashtags
    | (?<=\S)(?<!^(?:\s*[\[【][^\[\]【】]{1,40}[\]】])+)    # a series label glued on, a byline
      \[[^\[\]]{1,40}\][^\[\]]{0,40}                       # after it: "”[Interview 207] Name";
                                                         # not to flags alone opening the line
                                                         # ("[속보][단독] <headline>")
    | _[^_\d:][^_:]*(?:_[^_:]+)+              # two keywords or more glued with "_" (a spam host;
                                                         # no colon: "pg_stat_statements: …" is
                                                         # a key naming the headline's subject)
    | (?<=[^\s|/:·•–—-])\s+(?:\d{4}|\d\d)[./-]\d{1,2}[./-]\d{1,2}\.?  # a date closing the
                                                         # line, not a title's own after a dash
    | <br\s*/?>.*                                         # raw markup, and the text after it
    | (?<=\S)\s*</p>.*                                      # a paragraph's raw closing tag after
                                                         # text, another paragraph after it: "By
                                                         # Ana Ruiz </p><p>and Tom Rey</p>"; an
                                                         # opening one alone is a headline's word
    | (?<=[”»])(?=\p{L})(?!(?:이?라)?[고며는](?!\p{Hangul}))  # a deck glued to a closing
      (?:\p{Lu}[^”»]{11,}|[^”»]{11,}[^”».。])              # quote, not the quotative ending
                                                         # going on ("“…”고 말했다") nor a
                                                         # sentence's end with its stop
                                                         # ("“…”전시를 엽니다."), though a
                                                         # capital opens a deck ("“…”Work …")
    | (?:\s+[-–—|/·•])?\s+\S+\.(?:com|net|org|ru|ру|kr|co\.kr|io|tv|info|media)  # "… - Vostok.ru"
    | \s*\[[^\[\]]{1,24}\]                                # a bracketed flag: "[KEY UPDATES]"
    | \s*【[^【】]{1,24}】                                  # the same in lenticular brackets
    | \s*\((?:[A-Z][A-Z\d\s]{0,15})\)                     # (LEAD), (2ND LD): a wire's mark
                                                         # in Latin capitals; a word of another
                                                         # script is a flag only when the
                                                         # flags name it: "(ФОТО)", not a
                                                         # report's kind, "(ФОТОРЕПОРТАЖ)"
    | \s*\((?i:read\s\d[\d,.]*\stimes|прочитано\s\d[\d\s]*\sраза?   # a read counter in
      |\d[\d,.]*\s(?:views?|просмотр\p{L}*)|(?:views?|просмотров|조회수?)\s?:?\s?\d[\d,.]*)\)
                                                         # round brackets: "(Read 113 times)",
                                                         # "(1,204 views)", "(조회 412)"
    | \s+(?:Formatted|Deleted|Inserted|Style\sDefinition):\s.*   # a word processor's change note
                                                         # glued on: "… Formatted: Font: 16 pt"
    | \s+기사의\s?사진                                    # a photograph's alt text: "… 기사의 사진"
    | (?<=[’'"”」』»?!…])/\p{L}[\p{L}\p{N}]{1,11}          # a programme's name glued on by a
                                                         # slash after a closing quote or mark:
                                                         # "…‘폭염 경보’/뉴스데스크"; a slash
                                                         # between words ("and/or") or figures
                                                         # ("1/2") stays
    | \s*[(（]\s*\d{2,4}\s*[./년]\s*\d{1,2}\s*[./월]\s*\d{1,2}\s*[.일]?\s*자\s*[)）]  # a clipping's
                                                         # day in brackets, its "자" closing it: the
                                                         # paper's, "… 열어(2017. 10. 19자)"
    )$""",
    regex.VERBOSE,
)
# Separators of a breadcrumb, each tried alone; a trail's parts are short.
_GUILLEMET_CRUMB = regex.compile(r"\s*[»›]\s*")
_CRUMB_SEPARATORS = (
    _GUILLEMET_CRUMB,
    regex.compile(r"\s+>\s+|>(?=\S)"),
    regex.compile(r"\s+<\s+|\s*‹\s*"),
    regex.compile(r"\s+/\s+"),
    regex.compile(r"\s+\|\s+"),
)
_CRUMB_WORDS = 3
DASHES = ("-", "–", "—")  # set off a headline's tail; close a dateline over its story
# What opens a list's item, a trail's crumb among them, on its line.
BULLETS = ("•", "·", "▪", "◦", "*", "-")
# A date in the tail of a title line: "/ 한빛방송 2023.02.14."
_DATE_IN_TAIL = regex.compile(r"\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}")
# A name has a capital letter: an outlet's after a slash ("/ 영주HTV"), not a headline's word.
_NAMED = regex.compile(r"\p{Lu}")
_TOPIC = regex.compile(r"\p{Lu}\p{L}*\s+\p{L}+\s*")  # after a bar: "| Severe weather"


def normalize_title(text: str) -> str:
    """A headline as displayed: NFC, width variants folded, invisible characters out, one space.

    Letters, quotes and punctuation stay as printed. Normalizing twice changes nothing.

    >>> normalize_title("  Ｘｉ\\u200b and  Putin:\\u00a0“military intimidation”  ")
    'Xi and Putin: “military intimidation”'
    """
    text = _WIDTH_VARIANTS.sub(lambda match: unicodedata.normalize("NFKC", match[0]), text)
    return squeeze_spaces(unicodedata.normalize("NFC", INVISIBLE.sub("", text)))


@memo(1 << 12)
def strip_decorations(text: str) -> str:
    """Remove what a page adds around a headline: UI labels, flags and the outlet's name.

    >>> strip_decorations("[속보] 중러 정상 공동성명 채택 / 연합뉴스 (Yonhapnews)")
    '중러 정상 공동성명 채택'
    >>> strip_decorations("Video: Leaders meet in Beijing | KBS WORLD")
    'Leaders meet in Beijing'
    """
    # Normalizing twice changes nothing, so only the rest after a cut label needs it again.
    label, text = split_label(normalize_title(text))
    if label:
        text = normalize_title(text)
    tables = chrome()
    while True:
        before = text
        flag = _BRACKETED_FLAG.match(text)
        if flag and _is_flag(flag[1] or flag[2], bracketed=flag[1] is not None):
            rest = text[flag.end() :]
            if _holds_no_words(rest):  # "[Noon digest] - 12:00": the bracket holds the title
                return strip_decorations(f"{(flag[1] or flag[2]).strip()} {rest}")
            if not _names_a_work(flag, rest):
                text = rest
        for pattern in (_WORD_FLAG, _HYPHEN_FLAG):
            flag = pattern.match(text)
            # a story's status stays before a colon ("BREAKING: …"), not before "!" or a bar
            colon = pattern is _WORD_FLAG and flag is not None and flag[0].rstrip()[-1] in ":："
            flags = tables.word_flags if colon else tables.flags
            if flag and line_key(flag[1]) in flags and len(text) > flag.end():
                text = text[flag.end() :]
        last = text.rstrip()[-1:]
        flag = _TRAILING_FLAG.search(text) if last in _CLOSING or last.isupper() else None
        if flag and is_trailing_flag(flag[1], flag[2]):
            text = text[: flag.start()]
        text = before_letter_bar(text)
        separators = list(_SITE_SEPARATOR.finditer(text))
        if separators and is_outlet_name(text[separators[-1].end() :]):
            dashed = separators[-1][0].strip() in DASHES
            text = before_named_bar(text[: separators[-1].start()], dashed=dashed)
        elif (
            separators
            and is_outlet_name(text[: separators[0].start()])
            # what is left is a headline, not a date: "Weekly Patch - March 2025"
            and not _is_short_date(text[separators[0].end() :])
            and not is_date_alone(text[separators[0].end() :])  # "Parish News - 4 May 2021"
            # nor a title naming its company: "Sohan TV job profile - Sound director"
            and not names_its_company(text[: separators[0].start()], text[separators[0].end() :])
        ):
            text = text[separators[0].end() :]
        if text == before:
            return text.strip()


def _holds_no_words(rest: str) -> bool:
    """Whether what follows a bracketed flag is some text, none of it a letter ("- 09:00"): a
    digest's clock, its title in the bracket."""
    return bool(rest) and not any(char.isalpha() for char in rest)


def _names_a_work(flag: regex.Match[str], rest: str) -> bool:
    """Whether a bracket that opens the headline (``flag``), an angle one (``_WORK_BRACKETS``)
    and no flag of the table, holds a work's title before the one word naming its kind, the
    headline's own words ("<바다를 읽다> 전시": an exhibition; "<단독> 속보" is flagged, a
    square bracket holds a column's name, "[우리 동네] 바다식당", and a name before a
    quotation is a speaker's).

    >>> work, column = "<바다를 읽다> 전시", "[우리 동네] 바다식당"
    >>> _names_a_work(_BRACKETED_FLAG.match(work), " 전시")
    True
    >>> _names_a_work(_BRACKETED_FLAG.match(column), " 바다식당")
    False
    """
    inner = flag[1]
    return (
        inner is not None
        and flag.string[flag.start(1) - 1] in _WORK_BRACKETS
        and rest.strip().isalpha()
        and line_key(inner) not in chrome().flags
    )


def _is_short_date(text: str) -> bool:
    """A few words with a number among them: a date or an issue left of a title, not one.

    >>> _is_short_date("February 2025"), _is_short_date("Ferry fares rise in 2025")
    (True, False)
    """
    return len(text.split()) < _SHORT_DATE_WORDS and any(char.isdigit() for char in text)


def _is_flag(inner: str, *, bracketed: bool) -> bool:
    key = line_key(inner)
    if key in chrome().flags:
        return True
    # Square brackets at the front of a headline are always a flag in Korean news; round
    # ones only when they shout ("(LEAD)", "(2nd LD)", "(URGENT)").
    return bracketed or bool(_ALL_CAPS_FLAG.match(inner.replace("nd", "").replace("rd", "")))


@memo(1 << 12)
def title_key(text: str) -> str:
    """A key for search and de-duplication: the same for a headline and any decorated copy.

    Case-folded, width-folded, punctuation out, every script kept. Cached: a site prints the
    same lines (its name, its menus) on every page.

    >>> title_key("[단독] Xi, Putin ‘oppose’ U.S. moves | Yonhap")
    'xi putin oppose us moves'
    """
    text = unicodedata.normalize("NFKC", strip_decorations(text)).casefold()
    return squeeze_spaces(_NOT_WORD.sub(" ", _JOINING_MARKS.sub("", text)))


def cut_headline(line: str) -> str:
    """The headline in a line, without what a page prints around it on the same line: a bullet
    or list number, a scraper's meta date, a clock time, a handle, a breadcrumb, flags, field
    labels, the outlet's name, a trailing bar or run of hashtags, a frame of quotation marks.

    >>> cut_headline("date 2023-03-04 Home / News / India / Metro trial run delayed again")
    'Metro trial run delayed again'
    >>> cut_headline("Metro trial run delayed again (종합)[H! SPORTS] | Daily Hanbit")
    'Metro trial run delayed again'
    >>> cut_headline("Metro trial run delayed again (LEAD)"), cut_headline("Метро (ФОТОРЕПОРТАЖ)")
    ('Metro trial run delayed again', 'Метро (ФОТОРЕПОРТАЖ)')
    """
    # a quotation mark escaped by a backslash, as a script's string prints it: про \"дом\"
    text = cuts.without_stop_glued_domain(normalize_title(line).replace('\\"', '"'))
    text = without_flag_echo(text)  # a category after the title, repeating its bracketed flag
    text = frames.without_frame(text)  # before a bracketed flag's cut takes a framed headline
    while True:
        before = text
        text = cuts.without_caps_label(cuts.without_leading_date(_LEADING_MACHINERY.sub("", text)))
        text = cuts.image_alt(text)  # a markdown image's alt text: "![<headline>](url)"
        text = _breadcrumb_end(cuts.without_broadcast_tail(_TRAILING_MACHINERY.sub("", text)))
        text = frames.without_frame(cuts.without_glued_signature(text))
        text = cuts.without_underscored_byline(text)
        text = cuts.first_of_doubled(cuts.without_case_glued_label(cuts.after_glued_labels(text)))
        text = strip_decorations(text) if text else text
        text = _without_trailing_label(text)
        if text == before:
            return text.strip()


def is_bare_date(text: str) -> bool:
    """Whether the text is a numeric date alone, which a title may close with after a dash
    ("<programme> - 2016-03-06"), unlike an outlet's name and a date.

    >>> is_bare_date("2016-03-06"), is_bare_date("한빛방송 2023.02.14.")
    (True, False)
    """
    return _DATE_IN_TAIL.fullmatch(text.strip().rstrip(".")) is not None


def _breadcrumb_end(text: str) -> str:
    """The headline at one end of a breadcrumb: "Home / News / <headline>" or, reversed,
    "<headline> < Section < Article - Site". Short parts are the trail; one long part at an
    end is the headline. A guillemet leads from a rubric alone to its headline too: "Farming »
    <headline>"."""
    for separator in _CRUMB_SEPARATORS:
        if separator is _GUILLEMET_CRUMB and "«" in text:
            continue  # "»" closes a quotation opened with "«", as Russian quotes
        parts = [part.strip() for part in separator.split(text)]
        rubric = separator is _GUILLEMET_CRUMB and len(parts) == 2 and bool(parts[0])
        if len(parts) < 3 and not rubric:
            continue
        # a trail's last part may carry the outlet's name ("기사본문 - 월간한빛"), a first its flag
        head = _BRACKETED_FLAG.sub("", parts[0], count=1)
        short = [len(part.split(" - ")[0].split()) <= _CRUMB_WORDS for part in (head, *parts[1:])]
        if all(short[:-1]) and not short[-1]:
            return str(parts[-1])
        if all(short[1:]) and not short[0] and not rubric:
            return str(parts[0])
    return text


def _without_trailing_label(text: str) -> str:
    """The headline without a short tail after its last separator that names no part of it:
    a page type or section ("| Фотогалерея", "- Comments") or the outlet and a date ("/ 한빛방송
    2023.02.14.")."""
    separators = list(_SITE_SEPARATOR.finditer(text))
    if not separators:
        return text
    head, tail = text[: separators[-1].start()], text[separators[-1].end() :]
    words = tail.split()
    if not head or len(head.split()) < 2 or not words or len(words) > _CRUMB_WORDS + 1:
        return text
    mark = separators[-1][0].strip()
    bar = mark in ("|", "ㅣ")
    if (
        _is_section_tail(tail, mark)
        or (_DATE_IN_TAIL.search(tail) and not is_bare_date(tail))
        or mark == "::"  # a document title's "::Journal 7.2006"
        or (bar and len(words) == 1 and len(head.split()) >= 4)  # "| Фотогалерея", "| Site"
        # a name after a slash and a long headline: "/ 영주HTV", "/ NewsOne", "/ 한빛뉴스24"
        or (
            mark == "/"
            and len(words) == 1
            and len(head.split()) >= 4
            and (_NAMED.search(tail) or is_outlet_name(tail))
        )
        # a name in capitals after a bar and a long headline: "| The Storm Desk"
        or (bar and len(head.split()) >= 6 and all(word[:1].isupper() for word in words))
        or (bar and len(head.split()) >= 6 and _TOPIC.fullmatch(tail) is not None)
    ):
        return head.rstrip()
    return text


def _is_section_tail(tail: str, mark: str) -> bool:
    """Whether a tail after a headline's last separator is a section or page type of the site
    ("- Comments", "| Video"); after a dash, a flag naming what the post holds is the
    headline's own ("Barn fire on Route 9 – Video").

    >>> _is_section_tail("Comments", "-"), _is_section_tail("Video", "|")
    (True, True)
    >>> _is_section_tail("Video", "–")
    False
    """
    key = line_key(tail)
    return key in chrome().menu_items and not (mark in DASHES and key in chrome().flags)
