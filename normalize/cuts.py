"""What a page glues onto a headline's line beyond the patterns of ``titles.py``, each a cut
of its own: a date printed in front of the headline, a run of Cyrillic labels glued to it, a
column's label in capitals, a field label glued to it, a clip's programme and broadcast date
after it, a writer's name glued after it, a site's domain glued to its last word by the word's
full stop, a markdown image's marks around it as its alt text, a second copy of it glued after
it; the quotation marks a page sets around it as a frame are cut in ``frames``.

``titles.cut_headline`` makes these cuts with the others until none changes the line."""

from __future__ import annotations

import regex

from normalize.bylines import is_byline
from normalize.cache import once
from normalize.chrome import chrome, line_key
from normalize.facts import month_abbreviations, weekday_names

# What is left opens a headline: a letter, or a quote opening a quoted name ("«Звонки …» - 3").
_HEADLINE_OPENING = regex.compile(r"[\p{L}«„“\"]")
# What may end a headline's second copy on its line: a stop, a comma, a bar, a dash, a quote.
_COPY_ENDS = frozenset(".,;:!?|-–—\"'”’)")
# A field label glued to the headline, seen at the case change where they meet, in Latin
# letters (Cyrillic labels glued on are ``titles``' own cut): a capital word, maybe one more
# lowercase word, then a lowercase word of three letters or more glued to a capital opening
# a lowercase word ("Topic subjectAnybody …"); or a category's lowercase word of four letters
# or more alone glued to a capital opening a word of four letters or more ("cabinetDecisions
# taken …"). A brand's seam ("iPhone", "YouTube", "macOS", "wikiHow") has a shorter or
# capital part before it, or capitals or a short word after it.
_GLUED_LABEL = regex.compile(
    r"(?V1)^(?:{U}{L}*(?:\s{L}+)?\s{L}{{3,}}|{L}{{4,}}(?={U}{L}{{3,}}\s))(?={U}{L})".format(
        U=r"[\p{Lu}&&\p{Latin}]", L=r"[\p{Ll}&&\p{Latin}]"
    )
)
# A markdown image, its alt text captured: "![<alt>](url)".
_MARKDOWN_IMAGE = regex.compile(r"\s*!\[\s*((?:[^\[\]]|\[[^\[\]]*\])*?)\s*\]\([^()\s]+\)\s*")
# What is left is a headline, not a label: "March 12, 2009 Minutes" stays whole.
HEADLINE_WORDS = 3
# A column's label in capitals before a colon, with a headline of four words or more in mixed
# case after it: "EDITORIAL: Hold the line …"; four capitals or fewer may be a name's
# initials ("NASA: …"), which the headline keeps. Only a section's name is a column's label
# (``chrome().sections``); an alert's or a kind's label is the headline's own ("FROST ALERT:
# …", "GUIDE: …"), and so is a story's status, though sites name a section after it ("BREAKING
# NEWS: …").
_COLUMN_LABEL = regex.compile(
    r"^(\p{Lu}{5,}|\p{Lu}{2,}\s\p{Lu}{2,})\s?:\s+(?=\p{Lu}\p{Ll}+(?:\s+\S+){3})"
)
# A section's code, Latin capitals and a number, glued by a dot before a headline in another
# script: "SR3.동네 가게의 …" (a magazine's special report, its third part).
_SECTION_CODE = regex.compile(r"^[A-Z]{1,4}[0-9]{1,3}\.\s?(?=[\p{Hangul}\p{Cyrillic}])")
# A rubric's word glued to the opening quote of a headline that opens with a quoted name, as
# a scraper joins a section's label to it: 'Город"Районы": …', "Подробнее«Итоги …»"; the word
# capitalised, of a cased script (a Korean headline glues its speaker to a quote, and keeps
# him), the quotation opening with a capital and closed on the line.
_GLUED_RUBRIC = regex.compile(
    r"""^\p{Lu}\p{Ll}+(?=
        "\p{Lu}[^"]*"      # straight quotes
      | «\p{Lu}[^«»]*»     # guillemets
      | “\p{Lu}[^“”]*”     # curly quotes
      | „\p{Lu}[^„“]*“     # low and high quotes
    )""",
    regex.VERBOSE,
)
# What a broadcaster prints after a clip's headline: its programme's name glued on by a bar
# ("…|<programme>"), or the broadcast's date in brackets, maybe after a bar and the
# programme's name ("… | <programme> (<broadcaster> 2023.10.20.)", "… (2023.01.25/<programme>
# /<broadcaster>)"); or an episode's season and number in brackets ("… (1x12)", "… (S02E05)"),
# the episode's of two digits or more as guides print it ("(2x05)"; a drive's "(4x4)" is none).
_BROADCAST_TAIL = regex.compile(
    r"""(?:
      (?<=\S)[|｜]\p{L}[^\s|｜]{1,15}
    | (?:\s+[|ㅣ]\s+[^|ㅣ()]{1,30})?\s*\([^()]{0,12}\d{4}[./-]\d{1,2}[./-]\d{1,2}\.?[^()]{0,16}\)
    | \s*\((?:\d{1,2}x\d{2,4}|[Ss]\d{1,2}\s?[Ee]\d{1,4})\)
    )$""",
    regex.VERBOSE,
)
# A run of days in brackets holding nothing else, an event's dates: a range's mark between a full
# day and a day of a month in figures ("(2026.03.03~04.30)", "(2026.03.03–2026.04.30)"), no
# broadcast's day; a run of hours, "(2023.10.20 07.00~08.00)", is its slot, and a bracket with
# words too, "(2024.02.06~02.07 방송)", the broadcast's.
_DAY_RUN = regex.compile(
    r"\(\s*\d{4}[./-]\d{1,2}[./-]\d{1,2}\.?\s*[~〜∼–—]\s*(?:\d{4}[./-])?\d{1,2}[./-]\d{1,2}\.?\s*\)"
)
# An archive's record of a broadcast: the episode's title, then its guest, its programme and
# its day, each after a spaced dash ("<title> - <guest> - <programme> - 2012-02-19"). With no
# title before them the record is the episode's own title, kept whole.
_SPACED_DASH = regex.compile(r"\s+[-–—]\s+")
_CLOSING_DAY = regex.compile(r"\s[-–—]\s+\d{4}-\d\d-\d\d$")
_RECORD_DASHES = 3
# A reposted story's source, one word in Hangul, glued on by a hyphen to a headline's last
# word or its question mark ("…예산 삭감 논란-한빛시사", a board's copy of a weekly's story);
# a pair's hyphen, "한-미", joins syllables of its own.
_GLUED_SOURCE = regex.compile(r"(?:\p{Hangul}{2}|[?!])\K-\p{Hangul}{2,8}$")
# A writer's name closing a headline's line, two or three capitalised words: glued on by a
# dash with a space before it and none after ("… Wind -Dana Whitfield"; a site's name after a
# separator has a space on both sides of it), or by a byline's "By" glued to the headline's
# last character, the markup between them lost ("… 1st EPBy Dana Whitfield"; captured: that
# character, where the headline ends).
_GLUED_SIGNATURE = regex.compile(
    r"(?:\s+[-–—]|(\S)By\s)\p{Lu}[\p{L}'’-]*\p{Ll}(?:\s\p{Lu}[\p{L}'’-]*\p{Ll}){1,2}$"
)
# A byline holds this many words at most (as a line of its own does, ``boilerplate.line_kind``).
_BYLINE_WORDS = 10
# A site's domain glued to the headline's last word by the word's full stop, that word in
# another script than the domain's labels, which are Latin and two or more: "… в Рязани.RZN.info"
# (an outlet's name of one label and its ending, "Газета.ru", is printed whole).
_STOP_GLUED_DOMAIN = regex.compile(
    r"(?<=[^\P{L}\p{Latin}])\.(?:[\p{Latin}\d-]+\.)+(?:com|net|org|ru|kr|io|tv|info|media)$"
)
# Labels glued without a space: a Cyrillic lowercase letter, then a capital; this many seams
# at least, and a headline of this many words after the last.
_CYRILLIC_SEAM = regex.compile(r"[а-яё](?=[А-ЯЁ])")
_GLUED_SEAMS = 2
_GLUED_TAIL_WORDS = 4
# A rubric's word glued to a programme's label before a colon, the label a capitalised word and
# one or two small ones: "ПроисшествияВести округов: …"; the rubric's word of five letters or
# more (a brand's seam, "МегаФон", has a shorter part before it), the small words of three
# letters or more, the first none of ``chrome().label_prepositions`` (one follows a brand's
# name: "ВолгаТранс в декабре: …", "СтройДом для бизнеса: …").
_PROGRAMME_LABEL = regex.compile(
    r"^[А-ЯЁ][а-яё]{4,}[А-ЯЁ][а-яё]+\s(?P<small>[а-яё]{3,})(?:\s[а-яё]{3,})?:\s+"
)


def without_leading_date(text: str) -> str:
    """The headline without a date printed in front of it on its line, when what is left
    opens with a letter or an opening quote and is a headline's length; a headline in brackets
    of its own after the date ("2019.08.21. [<headline>]") without them.

    >>> without_leading_date("3/2/2021 Trustees delay vote on water rate increase")
    'Trustees delay vote on water rate increase'
    >>> without_leading_date("14Mar Why the parish bulletin still matters")
    'Why the parish bulletin still matters'
    >>> without_leading_date("March 12, 2009 Minutes")
    'March 12, 2009 Minutes'
    >>> without_leading_date("2019.08.21. [Half the riverside lamps are out]")
    'Half the riverside lamps are out'
    >>> without_leading_date("04.03.2020:Ferry timetable changes again")
    'Ferry timetable changes again'
    """
    found = _leading_date().match(text)
    if not found:
        return text
    rest = text[found.end() :]
    if rest.startswith("[") and rest.endswith("]") and "]" not in rest[:-1]:
        rest = rest[1:-1]  # the headline in brackets of its own
    if _HEADLINE_OPENING.match(rest) and len(rest.split()) >= HEADLINE_WORDS:
        return rest
    return text


@once
def _leading_date() -> regex.Pattern[str]:
    """A date in front of a headline, as an American page or a forum prints it: "3/2/2021
    …", "March 12, 2009, 08:30:14 pm …", maybe its weekday before it and "at" before its
    clock time ("Friday, March 13, 2009 at 9:05AM …", a blog's post head), maybe a possessive
    glued on ("… pm's Posting …"); a
    blog's day badge, the day glued to its month: "14Mar …"; a dated entry's heading, the day,
    a month's name in any language and the year before a colon: "14 февраля 2015: …"; a dotted
    date, the year first: "2019.08.21. …"; maybe a bar between it and the headline: "March 12,
    2009 | …"; a dotted date, the day first, glued to the headline by a colon: "12.06.2021:…".
    An English month's name opens with the first three letters of one of the facts' month
    names."""
    month = f"(?:{'|'.join(month_abbreviations('en'))})"
    weekday = f"(?:{'|'.join(weekday_names('en'))})"
    return regex.compile(
        r"""^(?:
          (?:(?:
            \d{1,2}/\d{1,2}/\d{4}                                            # "3/2/2021"
          | (?:WEEKDAY\.?,?\s)?                                               # "Friday, "
            MONTH[a-z]*\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s\d{4}                # "March 12, 2009"
          )
          (?:(?:,?\s|\sat\s)\d{1,2}:\d\d(?::\d\d)?(?:\s?[AaPp]\.?[Mm]\.?)?)?  # a clock time
          (?:['’]s)?
        | \d{1,2}MONTH                                                        # "14Mar"
        | \d{1,2}\s\p{L}{3,12}\.?\s\d{4}:                                   # "14 февраля 2015:"
        | \d{4}\.\d{1,2}\.\d{1,2}\.?                                         # "2019.08.21."
        )(?:\s+[|·•])?\s+
        | \d{1,2}\.\d{1,2}\.\d{4}:\s*                                       # "12.06.2021:"
        )""".replace("MONTH", month).replace("WEEKDAY", weekday),
        regex.VERBOSE,
    )


def after_glued_labels(text: str) -> str:
    """The headline after a run of Cyrillic labels glued to each other and to it, each seam a
    lowercase letter glued to a capital ("18:05Пресс-релизыДивидендыСовет директоров
    утвердил …"); a seam or none is a word's own ("МегаФон"), and a short tail is no headline.

    >>> after_glued_labels("10:40НовостиЭкономикаБанк снизил ставки по вкладам")
    'Банк снизил ставки по вкладам'
    >>> after_glued_labels("Новость часаБанк снизил ставки по вкладам")
    'Новость часаБанк снизил ставки по вкладам'

    One seam glues a rubric's word to a programme's label before a colon, which goes with it:

    >>> after_glued_labels("ЭкономикаЧас города: на Заречной улице откроют новый рынок")
    'на Заречной улице откроют новый рынок'
    """
    seams = [found.end() for found in _CYRILLIC_SEAM.finditer(text)]
    if len(seams) >= _GLUED_SEAMS:
        tail = text[seams[-1] :]
    else:
        label = _PROGRAMME_LABEL.match(text) if seams else None
        brand = label is not None and label["small"] in chrome().label_prepositions
        tail = text[label.end() :] if label and not brand else ""
    return tail if len(tail.split()) >= _GLUED_TAIL_WORDS else text


def without_caps_label(text: str) -> str:
    """The headline without a column's label in capitals (a section's name) before a colon, or
    a section's code glued before it by a dot, or a rubric's word glued to its opening quote
    when what is left is a headline's length.

    >>> without_caps_label("EDITORIAL: Keep the night buses running past midnight")
    'Keep the night buses running past midnight'
    >>> without_caps_label("NASA: Rover finds ice under the crater floor")
    'NASA: Rover finds ice under the crater floor'
    >>> without_caps_label("FROST ALERT: What the cold snap means for your garden")
    'FROST ALERT: What the cold snap means for your garden'
    >>> without_caps_label("BREAKING NEWS: Ferry captain held after Tarn Bay collision")
    'BREAKING NEWS: Ferry captain held after Tarn Bay collision'
    >>> without_caps_label("SR2.골목 빵집이 단골을 기억하는 법")
    '골목 빵집이 단골을 기억하는 법'
    >>> without_caps_label('Культура"Вечерний свет": выставка открылась в старом депо')
    '"Вечерний свет": выставка открылась в старом депо'
    """
    column = _COLUMN_LABEL.match(text)
    label = line_key(column[1]) if column else ""
    kept = label not in chrome().sections or label in chrome().status_flags  # "BREAKING NEWS: "
    found = None if kept else column
    found = found or _SECTION_CODE.match(text)
    if found:
        return text[found.end() :]
    rubric = _GLUED_RUBRIC.match(text)
    if rubric and len(text[rubric.end() :].split()) >= HEADLINE_WORDS:
        return text[rubric.end() :]
    return text


def without_broadcast_tail(text: str) -> str:
    """The headline of a clip without its programme and the broadcast's date after it, of an
    archive's episode without its guest, programme and day (``_SPACED_DASH``), of a series'
    episode without its season and number, or of a reposted story without its source
    glued on by a hyphen (a headline of ``HEADLINE_WORDS`` or more before it).

    >>> without_broadcast_tail("시장 골목 누전 화재…상인 8명 대피|저녁뉴스")
    '시장 골목 누전 화재…상인 8명 대피'
    >>> without_broadcast_tail("Harbour ferry back on winter timetable (2024.11.02 Evening Desk)")
    'Harbour ferry back on winter timetable'
    >>> without_broadcast_tail("Tides of the Salt Coast - Spring Oysters (3x18)")
    'Tides of the Salt Coast - Spring Oysters'
    >>> without_broadcast_tail("Bridge tolls rise again (second in a series)")
    'Bridge tolls rise again (second in a series)'
    >>> without_broadcast_tail("봄꽃 사진 특별전 (2026.03.03~04.30)")  # an event's run of days
    '봄꽃 사진 특별전 (2026.03.03~04.30)'
    >>> without_broadcast_tail("아침 방송 (2023.10.20 07:00~08:00)")  # a broadcast's slot
    '아침 방송'
    >>> without_broadcast_tail("축제 예산 삭감 논란-한빛시사"), without_broadcast_tail("한-미")
    ('축제 예산 삭감 논란', '한-미')

    An archive's record of an episode keeps its title, without its guest, programme and day:

    >>> without_broadcast_tail("Лодки у причала - Пётр Сомов - Речной час - 2015-06-07")
    'Лодки у причала'
    >>> without_broadcast_tail("Пётр Сомов - Речной час - 2015-06-07")
    'Пётр Сомов - Речной час - 2015-06-07'
    """
    found = _BROADCAST_TAIL.search(text)
    if found and not (text.endswith(")") and _DAY_RUN.fullmatch(text[text.rfind("(") :])):
        return text[: found.start()]
    dashes = list(_SPACED_DASH.finditer(text)) if _CLOSING_DAY.search(text) else []
    if len(dashes) >= _RECORD_DASHES:
        return text[: dashes[-_RECORD_DASHES].start()]
    source = _GLUED_SOURCE.search(text)
    return text[: source.start()] if source and len(text.split()) >= HEADLINE_WORDS else text


def without_glued_signature(text: str) -> str:
    """The headline without its writer's name glued after it by a dash (a space before the
    dash, none after it) or by a byline's "By" glued to its last character, when a headline's
    length is left.

    >>> without_glued_signature("Frost returns to the valley by Tuesday -Dana Whitfield")
    'Frost returns to the valley by Tuesday'
    >>> without_glued_signature("Frost returns to the valley - Valley Weather Desk")
    'Frost returns to the valley - Valley Weather Desk'
    >>> without_glued_signature("Frost returns to the valley on TuesdayBy Dana Whitfield")
    'Frost returns to the valley on Tuesday'
    >>> without_glued_signature("Frost returns to the valley as Forecast By Dana Whitfield")
    'Frost returns to the valley as Forecast By Dana Whitfield'
    """
    found = _GLUED_SIGNATURE.search(text)
    end = found and (found.end(1) if found.start(1) >= 0 else found.start())
    if end and len(text[:end].split()) >= HEADLINE_WORDS:
        return text[:end]
    return text


def without_underscored_byline(text: str) -> str:
    """The headline without its writer's byline glued after it by an underscore, as a board's
    title field joins them ("<headline>_<name> 기자"), when a headline's length is left: the
    words after the last underscore are a byline of their own. Words after an underscore that
    are no byline are the headline's own part ("진로 탐색_기상 예보관").

    >>> without_underscored_byline("가람 성당 새 종탑 축성식_한누리 기자")
    '가람 성당 새 종탑 축성식'
    >>> without_underscored_byline("Harbour fair returns this weekend_By Ana Ruiz")
    'Harbour fair returns this weekend'
    >>> without_underscored_byline("진로 탐색_기상 예보관")
    '진로 탐색_기상 예보관'
    """
    head, _, tail = text.rpartition("_")  # no underscore: no head, and the text stays
    tail = tail.strip()
    if (
        len(head.split()) >= HEADLINE_WORDS
        and len(tail.split()) <= _BYLINE_WORDS
        and is_byline(line_key(tail), tail)
    ):
        return head.rstrip()
    return text


def image_alt(text: str) -> str:
    """The alt text of a markdown image that is the whole text, where a page may print its
    headline ("![<headline>](url)"); any other text as it is: a link's brackets and address
    ("[<headline>](url)", "… [video](url)") are no image's.

    >>> image_alt("![Tram line wins council vote](https://img.example.org/tram.jpg)")
    'Tram line wins council vote'
    >>> image_alt("[Tram line wins council vote](https://news.example.org/tram)")
    '[Tram line wins council vote](https://news.example.org/tram)'
    """
    found = _MARKDOWN_IMAGE.fullmatch(text)
    return found[1] if found else text


def without_stop_glued_domain(text: str) -> str:
    """The text without a site's domain glued to its last word by the word's full stop, the
    word in another script than the domain's Latin labels: the word is the headline's last,
    which a domain's name cut whole from the space before it would take.

    >>> without_stop_glued_domain("Новый мост через Оку откроют в Рязани.RZN.info")
    'Новый мост через Оку откроют в Рязани'
    >>> without_stop_glued_domain("Новый мост через Оку откроют в мае - Vostok.ru")
    'Новый мост через Оку откроют в мае - Vostok.ru'
    >>> without_stop_glued_domain("Новый мост через Оку откроют в мае Газета.ru")
    'Новый мост через Оку откроют в мае Газета.ru'
    """
    found = _STOP_GLUED_DOMAIN.search(text)
    return text[: found.start()] if found else text


def without_case_glued_label(text: str) -> str:
    """The headline without a field label glued to its first word, when what is left is a
    headline's length.

    >>> without_case_glued_label("Topic subjectWhere do you buy vinyl these days?")
    'Where do you buy vinyl these days?'
    >>> without_case_glued_label("noticesDecisions taken by the harbour board")
    'Decisions taken by the harbour board'
    >>> without_case_glued_label("Watch new macOS features explained")
    'Watch new macOS features explained'
    >>> without_case_glued_label("Skip to playerSkip to main content")
    'Skip to playerSkip to main content'
    """
    found = _GLUED_LABEL.match(text)
    if not found:
        return text
    rest = text[found.end() :]
    # links of one menu glued to each other open alike: "Skip to playerSkip to main content"
    opens_alike = rest.split(maxsplit=1)[0] == text.split(maxsplit=1)[0]
    return rest if len(rest.split()) >= HEADLINE_WORDS and not opens_alike else text


def first_of_doubled(text: str) -> str:
    """The headline a line prints twice, one copy right after the other, whatever follows the
    second copy (a byline glued to it, a citation): the first copy, a headline's length.

    >>> first_of_doubled("Ferry fares rise again Ferry fares rise again.By Staff. Harbour Post")
    'Ferry fares rise again'
    >>> first_of_doubled("Bye bye bye to the old pier")
    'Bye bye bye to the old pier'
    """
    words = text.split(maxsplit=1)
    if len(words) < 2:
        return text
    seam = f" {words[0]}"
    at = text.find(seam)
    while at > 0:
        head = text[:at]
        after = at + 1 + len(head)
        if (
            len(head.split()) >= HEADLINE_WORDS
            and text.startswith(head, at + 1)
            and (after == len(text) or text[after].isspace() or text[after] in _COPY_ENDS)
        ):
            return head
        at = text.find(seam, at + 1)
    return text
