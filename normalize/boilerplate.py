"""Page machinery: which lines of a scraped page are chrome and boilerplate, not news text.

Lines are classed by shape (counters, bylines, breadcrumbs, links, menus) and by the chrome
phrases of ``chrome.py``. When a line is not clearly machinery it is kept: dropping news text
is worse than keeping a button label.
"""

from __future__ import annotations

from typing import Final, Literal

import regex

from normalize.ad_slots import is_ad_slot_label
from normalize.back_links import is_back_link
from normalize.bylines import is_byline
from normalize.cache import memo
from normalize.captions import is_copyright_notice
from normalize.chrome import (
    LABEL_MARKS,
    MAX_OUTLET_WORDS,
    TRAIL_ARROWS,
    angle_label,
    chrome,
    is_outlet_name,
    line_key,
    prefix_after_outlet,
)
from normalize.fixed_widgets import is_filing_line
from normalize.glued_bylines import head_before_byline
from normalize.text import META_DATE, ends_with_ellipsis
from normalize.timestamps.boards import is_zone_statement

LineKind = Literal[
    "text",
    "widget",
    "related",
    "teaser",
    "section",
    "site",
    "social",
    "copyright",
    "contact",
    "byline",
    "about",
]

_URL = regex.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|net|org|kr|ru|co\.kr|io|tv)\b/?\S*")

_EMAIL = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

# The social networks a page links to, or names alone in a share bar: the buttons a page sets by
# its headline and again under its story ("트위터 페이스북 카카오톡", "Facebook | Twitter",
# "ВКонтакте Одноклассники Telegram"); a headline names more than the networks.
_NETWORK = r"""(?:facebook|twitter|instagram|youtube|telegram|tiktok|threads|linkedin|kakaotalk|
    vk|вконтакте|одноклассники|телеграм|дзен|rutube|
    카카오톡|카카오스토리|네이버|밴드|페이스북|트위터|인스타그램|유튜브)"""
_MARKS = r"[\p{P}\p{S}\p{Z}]"
# A network's or a site's link after its name and a separator: "Telegram: …", "홈페이지 | …".
_SOCIAL = regex.compile(
    rf"""^{_MARKS}*
    (?:{_NETWORK}|x|homepage|website|web|site|сайт|홈페이지)
    \b\s*[:：|/-]""",
    regex.IGNORECASE | regex.VERBOSE,
)
# A share bar's button: a network's name, maybe in its label ("Share on Facebook", "Поделиться в
# ВКонтакте", "페이스북 공유하기"), or a button a bar sets beside them ("Email", "URL 복사").
_SHARE_ITEM = rf"""(?:(?:share(?:\s(?:on|to|via|with))?|поделиться(?:\s(?:в|во))?)\s)?
    (?:{_NETWORK}|whatsapp|viber|pinterest|reddit|x|e-?mail|одноклассниках|네이버\s?밴드
      |(?:url|링크)\s?복사(?:하기)?|copy\slink|копировать\sссылку)
    (?:\s?(?:으?로\s?)?공유(?:하기)?)?"""
# A share bar: two buttons or more and nothing else, maybe after the bar's label ("Share this:",
# "Поделиться:", "공유하기").
_SHARE_BAR = regex.compile(
    rf"""^{_MARKS}*(?:(?:share(?:\sthis)?|поделиться|공유하기){_MARKS}+)?
    {_SHARE_ITEM}(?:{_MARKS}+{_SHARE_ITEM})+{_MARKS}*$""",
    regex.IGNORECASE | regex.VERBOSE,
)
# A share bar is read up to this many words: a button's label is three words at most.
_SHARE_BAR_WORDS: Final = 16

# Counters: "0 Comments", "1.2K views", "48,2 тыс. подписчиков", "1,3 тыс.", "Просмотров: 1 234",
# "조회수 1,234", "댓글 0". A number may carry a multiplier (K, M, тыс., млн, 천, 만).
_NUMBER = r"\d[\d.,\s]*\s*(?:[kmb]|тыс\.?|млн\.?|млрд\.?|천|만)?(?:개|건|명|회)?"

_COUNTED = r"""(?:comments?|views?|likes?|shares?|subscribers?|followers?|replies|
    комментари\p{L}*|просмотр\p{L}*|лайк\p{L}*|подписчик\p{L}*|репост\p{L}*|
    댓글|조회수?|공감|좋아요|구독자)"""

_COUNTER = regex.compile(
    rf"""^(?:
        {_NUMBER}\s*{_COUNTED}?      # "1,3 тыс.", "0 comments"
      | {_COUNTED}\s*[:：(]?\s*{_NUMBER}\)?  # "Комментарии: 48", "Comments (3)", "조회수 1,234"
    )$""",
    regex.IGNORECASE | regex.VERBOSE,
)

_COUNTER_LEAD = regex.compile(rf"^{_NUMBER}\s*{_COUNTED}\s", regex.IGNORECASE | regex.VERBOSE)

# A poster's line: a name of one or two words, then the post's counters closing the line, each
# what it counts (maybe with its word for a count, "조회 수"), a colon and the count ("느린산책
# 조회 수:3217", "jane roe | views: 3,217"); a headline quoting a count spells it otherwise.
_POSTER_COUNTS = regex.compile(
    rf"""^(?:[^\s:：|]+\s){{1,2}}(?:\|\s)?
    (?:{_COUNTED}(?:\s?수)?\s?[:：]\s?\d[\d,.]*(?:\s|$))+$""",
    regex.IGNORECASE | regex.VERBOSE,
)


_SUBSCRIBERS = regex.compile(r"subscriber|follower|подписчик|구독자", regex.IGNORECASE)

# Breadcrumbs: "Home › World › Asia", "Главная » Новости", "News ❯ Local"; a mark typed twice
# joins crumbs too, as "»" is typed ("Home >> Board >> Notices").
_BREADCRUMB = regex.compile(
    rf"[^{TRAIL_ARROWS}]{{1,30}}(?:\s*[{TRAIL_ARROWS}]{{1,2}}\s*[^{TRAIL_ARROWS}]{{1,30}}){{1,5}}"
)

BREADCRUMB_PARTS = 3
# A series' part in angle brackets inside a line, a word of a few letters or digits: "병원평가
# <상> 명의들", "<2회>".
_ANGLE_PAIR = regex.compile(r"<([\p{L}\p{N}]{1,5})>")
# A quoted name opening a line, a word after it: "«Вести» отпраздновали …".
_OPENING_QUOTED_NAME = regex.compile(r"\s*«[^«»]+»\s+\p{L}")

# A prompt or header recognised by its last words is a short line.
SHORT_LINE_WORDS = 6

# No widget, banner or notice runs longer than this many words; a longer line is text.
MAX_MACHINERY_WORDS = 30

HASHTAG_LINE = regex.compile(r"^\s*(?:[#＃]\S+\s*)+$")

# Section labels may come joined: "IT·과학", "Politics / World". Most lines have no joining
# mark, and looking for one is cheaper than splitting at it.
_JOIN_MARK = regex.compile(r"[·/|,\p{So}]")

_SECTION_JOINS = regex.compile(rf"\s*{_JOIN_MARK.pattern}+\s*")

# A line that is only a relative time: "2 hours ago", "3시간 전", "5 минут назад".
_RELATIVE_TIME_LINE = regex.compile(
    r"""^\d+\s*(?:
        (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago   # English
      | (?:초|분|시간|일|주|개월)\s*전                                     # Korean
      | (?:секунд\p{L}*|минут\p{L}*|час\p{L}*|дн\p{L}*|день|недел\p{L}*)\s+назад  # Russian
    )$""",
    regex.VERBOSE,
)

# Lines that describe a control rather than say something ("button that move to original …").
_CONTROL_WORDS = regex.compile(r"\b(?:button|кнопк\p{L}*)\b|버튼", regex.IGNORECASE)

# A menu item has this many words at most.
MENU_ITEM_WORDS = 3

# A menu printed on one line: this many labels at least, joined by bars.
BAR_MENU_ITEMS = 4
_BARS = regex.compile(r"[|｜]")
# A link's note in brackets after its label, "Council (YouTube)", counts no word of it.
_LINK_NOTE = regex.compile(r"\s*\([^()]*\)$")
_LETTER = regex.compile(r"\p{L}")

SENTENCE_END = regex.compile(r"[.!?。…]\s*[\"'”’»)]*\s*$")

# A blog's pager: the previous post's title, the index and the next post's, framed by spaced
# arrows and parted by bars, "« Older post | Main | Newer post »" (a title framed alone, with no
# bar, is a headline: "« Литургия в храме »").
PAGER = regex.compile(r"^\s*[«‹]\s[^«»‹›|]+(?:\|[^«»‹›|]+)+\s[»›]\s*$")

# A scraper's data field printed before its value: a key in small letters joined by underscores
# and a colon, then a sentence, a capital (or a letter of a script without case, "경매장은 …")
# opening four words or more that a full stop closes, "alt_text: Crews put out a shed fire." (a
# headline naming a tool's key before its colon, with no stop, is a title: "pg_stat_statements:
# Finding the slow queries").
_FIELD_KEY = regex.compile(
    r"^\s*[a-z]+(?:_[a-z]+)+:\s+[\p{Lu}\p{Lo}]\S*(?:\s+\S+){3,}\.[\"'”’)]*\s*$"
)


def line_kind(line: str) -> LineKind:
    """What a single line of a page is; ``"text"`` unless it is clearly machinery.

    >>> line_kind("You May Also Like"), line_kind("Комментарии")
    ('related', 'widget')
    >>> line_kind("무단 전재 및 재배포 금지")
    'copyright'
    >>> line_kind("Putin visited Beijing on Thursday.")
    'text'
    """
    if line.count(" ") >= MAX_MACHINERY_WORDS:
        return "text"  # a paragraph: content, and never kept in the cache below
    return _short_line_kind(line)


@memo(1 << 14)
def _short_line_kind(line: str) -> LineKind:
    """`line_kind` of a line shorter than a paragraph, kept: a site repeats its chrome."""
    if HASHTAG_LINE.match(line):
        return "text"  # hashtags: content, however short the line
    if PAGER.match(line):
        return "related"  # other posts' titles, no story's
    if _FIELD_KEY.match(line):
        return "widget"  # a data field's key and value, no line of the page
    key = line_key(line)
    tables = chrome()
    lowered = line.lower()
    words = len(key.split())
    if words <= _SHARE_BAR_WORDS and _SHARE_BAR.match(line):
        return "social"  # a share bar, its buttons' labels too: never a headline
    parts = _SECTION_JOINS.split(key) if _JOIN_MARK.search(key) else [key]
    if (
        key in tables.related
        or any(phrase in lowered for phrase in tables.related_phrases)
        or (words <= SHORT_LINE_WORDS and key.endswith(tables.related_suffixes))
    ):
        return "related"
    if key in tables.sections or _all_known(parts, tables.sections):
        return "section"
    if _all_known(parts, tables.menu_items):
        return "widget"  # "Terms of Service | Privacy Policy"
    # a scraper's meta date glued before a fixed label: " date 2021-01-19 Connect with us"
    unstamped = META_DATE.sub("", key, count=1) if key.startswith("date ") else key
    if key in tables.widgets or unstamped in tables.widgets or _COUNTER.match(key):
        return "widget"
    if is_back_link(key, line):
        return "widget"  # "Return to Edition Index": a link back to a part of the site
    if words <= 12 and _COUNTER_LEAD.match(key):
        return "widget"  # "9,8 тыс. просмотров Премьера состоялась 12 июн. 2024 г."
    if (
        key.startswith(tables.prefixes)
        or prefix_after_outlet(line, key)
        or (words <= SHORT_LINE_WORDS and key.endswith(tables.suffixes))
    ):
        return "widget"
    if is_filing_line(key):
        return "widget"  # "Categories: Harbour, News": what the post is filed under
    if is_zone_statement(line):
        return "widget"  # a forum's "All times are UTC+03:00": the board's, no post's title
    if is_ad_slot_label(line):
        return "widget"  # "Рекламный баннер 990x90px ban1": an ad slot's label
    if _RELATIVE_TIME_LINE.match(key):
        return "widget"  # "2 hours ago" under a teaser; a page's own time is still read from it
    if (_is_breadcrumb(key, parts, line) and not angle_label(line)) or _is_bar_menu(line):
        return "widget"
    if words <= 10 and is_byline(unstamped, line):
        return "byline"
    if words <= 10 and _POSTER_COUNTS.match(key):
        return "byline"  # a poster's name and the post's counters: "느린산책 조회 수:3217"
    if words <= 25 and is_copyright_notice(line, lowered):
        return "copyright"
    if words <= 8 and _SOCIAL.match(line):
        return "social"  # a network's link
    if key and _is_bare_link(key):
        return "social"  # a bare link or address
    if words <= 20 and _EMAIL.search(line) and head_before_byline(line) is None:
        return "contact"  # an e-mail, no headline before a byline glued on (print views)
    if words <= MAX_OUTLET_WORDS and "," not in line and is_outlet_name(line):
        return "site"  # the outlet's name on a line of its own
    if words <= 15 and _CONTROL_WORDS.search(line) and not SENTENCE_END.search(line):
        return "widget"
    return "text"


def opens_with_credit_label(line: str) -> bool:
    """Whether a line opens with one of the chrome tables' fixed credit labels, a prefix closed
    by a colon or an equals sign ("Source: …", "Источник: …", "사진=…"); a prompt's words with
    no mark may open a headline too ("More from less: …").

    >>> opens_with_credit_label("Источник: пресс-служба мэрии")
    True
    >>> opens_with_credit_label("Sources say …"), opens_with_credit_label("More from less: …")
    (False, False)
    """
    labels = tuple(prefix for prefix in chrome().prefixes if prefix.endswith(LABEL_MARKS))
    return line_key(line).startswith(labels)


def _is_breadcrumb(key: str, parts: list[str], line: str) -> bool:
    """ "Home › World › Asia", or "Главная / Новости / Общество / <headline>": known labels,
    then the page's own title; the ">" closing a series' part in angle brackets is no crumb's
    mark ("하천 정비 <하> 마을이 바뀌었다"). ``parts`` is the key split at section joins,
    ``line`` the line the key was made from (its edges kept).

    >>> _is_breadcrumb("вести» отпраздновали юбилей", ["вести» отпраздновали юбилей"],
    ...                "«Вести» отпраздновали юбилей")
    False
    >>> _is_breadcrumb("하천 정비 <하> 마을이 바뀌었다", ["하천 정비 <하> 마을이 바뀌었다"],
    ...                "하천 정비 <하> 마을이 바뀌었다")
    False
    """
    # The pattern is tried only on a line with one of its marks: most lines have none. A "»"
    # closes a quotation opened with "«", as Russian quotes: no mark; so does the one closing a
    # quoted name a headline opens with, its words going on after it ("«Вести» отпраздновали
    # …"; a masthead's "«Name.ru» – сетевое издание" is set off by a dash).
    if "«" in key or _OPENING_QUOTED_NAME.match(line):
        key = key.replace("»", '"')
    # The ">" of a series' part in angle brackets is a bracket: "병원평가 <상> 명의들".
    if "<" in key:
        key = _ANGLE_PAIR.sub(r"\1", key)
    if any(mark in key for mark in TRAIL_ARROWS) and _BREADCRUMB.fullmatch(key):
        return True
    known = chrome().menu_items
    return len(parts) >= BREADCRUMB_PARTS and all(part in known for part in parts[:-1])


def _is_bar_menu(line: str) -> bool:
    """A menu on one line: ``BAR_MENU_ITEMS`` labels or more joined by bars, each of a few
    words with a letter and no colon (a metadata row's "Updated: …" is no label, nor a table's
    figures).

    >>> _is_bar_menu("News  |  Sport  |  Town Hall  |  #citywalks  |  Heritage Board (YouTube)")
    True
    >>> _is_bar_menu("Desk | Valdor | Updated: 02-09-2022 11:40 IST | Created: 02-09-2022")
    False
    """
    if len(_BARS.findall(line)) < BAR_MENU_ITEMS - 1:
        return False
    parts = [part.strip() for part in _BARS.split(line)]
    labels = [part for part in parts if part]
    return len(labels) >= BAR_MENU_ITEMS and all(
        ":" not in label
        and _LETTER.search(label) is not None
        and not more_words(_LINK_NOTE.sub("", label), MENU_ITEM_WORDS)
        for label in labels
    )


def _is_bare_link(key: str) -> bool:
    """Nothing but links and addresses, and the glue between them."""
    # A key does not start with glue, so without an address a link must cover its start.
    if not (_URL.match(key) or _EMAIL.search(key)):
        return False
    return not _URL.sub("", _EMAIL.sub("", key)).strip(" :|/-")


def _all_known(parts: list[str], labels: frozenset[str]) -> bool:
    """A line of several labels joined by separators (``parts``), each of them known."""
    return len(parts) > 1 and all(part in labels for part in parts)


def is_teaser(line: str) -> bool:
    """A line of a "related" list: a section label, a short headline or a cut-off teaser.

    >>> is_teaser("Entertainment"), is_teaser("The star began her career at sixteen and...")
    (True, True)
    """
    return line_kind(line) != "text" or ends_with_ellipsis(line) or not more_words(line, 20)


def is_channel(line: str, next_line: str) -> bool:
    """A video page's channel name: a few words right above its subscriber count."""
    return (
        not more_words(line, 4)
        and bool(_COUNTER.match(line_key(next_line)))
        and bool(_SUBSCRIBERS.search(next_line))
    )


def more_words(text: str, limit: int) -> bool:
    """More than ``limit`` words; a long line is not split further than that."""
    return len(text.split(maxsplit=limit)) > limit


def is_about(line: str) -> bool:
    """Whether the line holds a site's label of what it is about ("About us", "О проекте").

    >>> is_about("О проекте"), is_about("Оттепель отменяется")
    (True, False)
    """
    lowered = line.lower()
    return any(phrase in lowered for phrase in chrome().about)
