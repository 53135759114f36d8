"""A form's title field: a forum, a mail archive or a board prints the label of the field
("Subject", "제목", "Заголовок сообщения") on its own line and the headline on the line below
it. The labels are fixed words of each language (``title_labels`` in the chrome facts); the
line under one is the page's headline, whatever its lead says. A heading that repeats the
last crumb of a bulleted trail right above it names the page as its trail does, in the
site's own case and length (a municipal page's one-word "субботник"): it is a title field
of its own kind; so is the line under a trail left open, its mark after a section's name
closing the line above ("Home »"), whose last crumb, the page's own name, is that line. A
board that prints the label before the headline on its line ("Subject [일반] …", "Subject:
…", "제목 …") fills the field as well. A page that fills it on three lines or more, each with
another title, is a digest of items, each under its own label, and prints no headline of its
own ("제목: 솔내 장터 열려" / its paragraph / "제목: 도서관 야간 개관" / …); a thread's replies
repeat their post's title ("Re: …").

The headline chooser (``normalize.headline``) reads this as one of a candidate's signals.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from normalize.chrome import TRAIL_ARROWS, chrome, line_key
from normalize.field_labels import split_label
from normalize.figures import is_figure_line
from normalize.heads import Candidate
from normalize.title_shapes import MAX_TITLE_CHARS, MAX_TITLE_WORDS
from normalize.titles import BULLETS, title_key

# A digest fills a title field on this many lines at least, one for each of its items.
_ITEM_TITLES: Final = 3
# A title field's headline holds this many words of letters at least, whatever its figures.
_FIELD_TITLE_WORDS: Final = 2
# A line quoted from an earlier message opens with this mark ("> Subject: …"): that message's.
_QUOTE_MARK: Final = ">"
# A post's header fields under its title: this many lines with text at least, each a label of
# a word or two and its value after a colon ("작성자 : …", "등록일 : …", "조회수 : …").
_POST_FIELDS: Final = 3
_POST_LABEL_WORDS: Final = 2
# A field's label closes with its colon among this many characters at most.
_POST_LABEL_CHARS: Final = 24


def is_title_label(line: str) -> bool:
    """Whether the line is a title field's label alone.

    >>> is_title_label("Subject:"), is_title_label("제목"), is_title_label("Subject to change")
    (True, True, False)
    """
    return line_key(line) in chrome().title_labels


def fills_title_field(line: str) -> bool:
    """Whether the line opens with a title field's label glued before the headline, after a
    colon or a space: a board's header and its value scraped onto one line.

    >>> fills_title_field("Subject [일반] 도서관 야간 개방"), fills_title_field("Subject: Fares")
    (True, True)
    >>> fills_title_field("Subject lines do not accept HTML."), fills_title_field("Subject:")
    (False, False)
    """
    label, rest = split_label(line)
    return bool(rest) and is_title_label(label)


def is_field_title(line: str, text: str) -> bool:
    """Whether ``text``, the headline cut from a line filling a title field
    (``fills_title_field``), is that field's title however many figures it holds, as a ruling's
    case number ("제목 해든지법 2012가단18304 판결"): the label says what the line holds, so a
    headline's length and ``_FIELD_TITLE_WORDS`` words of letters suffice, where another line
    must be half letters; a field of figures stays none ("Subject: 2024 05 07").

    >>> is_field_title("제목 해든지법 2012가단18304 판결", "해든지법 2012가단18304 판결")
    True
    >>> is_field_title("해든지법 2012가단18304 판결", "해든지법 2012가단18304 판결")
    False
    """
    words = text.split()
    return (
        fills_title_field(line)
        and len(words) <= MAX_TITLE_WORDS
        and len(text) <= MAX_TITLE_CHARS
        and sum(any(char.isalpha() for char in word) for word in words) >= _FIELD_TITLE_WORDS
        and not is_figure_line(text)
    )


def in_title_field(
    order: int, lines: Sequence[str], filled: list[int], dated: Sequence[int] = ()
) -> bool:
    """Whether the line with text of this rank fills a title field: under its label
    (``is_under_title_label``), after it on its line (``fills_title_field``), or over a post's
    header fields (``is_over_post_fields``; ``dated`` holds the ranks of the datelines)."""
    return (
        is_under_title_label(order, lines, filled)
        or fills_title_field(lines[filled[order]])
        or is_over_post_fields(order, lines, filled, dated)
    )


def is_over_post_fields(
    order: int, lines: Sequence[str], filled: list[int], dated: Sequence[int]
) -> bool:
    """Whether the line with text of this rank, itself no field, stands right over a post's
    header fields: ``_POST_FIELDS`` lines with text at least, each a label of a word or two and
    its value after a colon, one of them a dateline (a rank in ``dated``): a board prints the
    post's title there ("[연재] 솔빛공방" / "작성자 : …" / "등록일 : 2018-09-12" / "조회수 : 12"),
    whatever quotation its text opens with below them.

    >>> page = ["Ferry fares climb again", "Posted by : Ann Lee", "Date : 2020-05-12", "Views : 12"]
    >>> filled = [0, 1, 2, 3]
    >>> is_over_post_fields(0, page, filled, [2]), is_over_post_fields(0, page, filled, [])
    (True, False)
    """
    below = range(order + 1, order + 1 + _POST_FIELDS)
    if below[-1] >= len(filled) or _is_post_field(lines[filled[order]]):
        return False
    fields = all(_is_post_field(lines[filled[k]]) for k in below)
    return fields and any(k in dated for k in below)


def _is_post_field(line: str) -> bool:
    """Whether the line is a field: a label of a word or two, no figure in it, opening the line
    with a letter (no list's bullet: a box of facts under its own heading, "Информация о видео" /
    "- Автор: …"), closed by a colon among its first characters, and a value after it."""
    colon = next((at for at, char in enumerate(line[:_POST_LABEL_CHARS]) if char in ":："), None)
    if colon is None or not line.lstrip()[:1].isalpha():
        return False
    label = line[:colon].split()
    return (
        0 < len(label) <= _POST_LABEL_WORDS
        and not any(char.isdecimal() for word in label for char in word)
        and bool(line[colon + 1 :].strip())
    )


def mark_titled_items(candidates: Sequence[Candidate], texts: Sequence[str]) -> None:
    """Mark as a digest's items (``feed_item``, no ``title_field``) the candidates on lines
    filling a title field, when ``_ITEM_TITLES`` lines or more of the page (``texts``, its
    lines with text) do, none's title holding another's: each label is its item's. A line
    quoted from an earlier message ("> Subject: …", ``_QUOTE_MARK``) is that message's field,
    no item of the page.

    >>> texts = ["Title: Fair opens", "The fair opens.", "Title: Late library", "Title: New path"]
    >>> heads = [Candidate(k, k, texts[k], title_key(texts[k]), {"title_field": 1.0})
    ...          for k in (0, 2, 3)]
    >>> mark_titled_items(heads, texts)
    >>> heads[0].signals
    {'title_field': 0.0, 'feed_item': 1.0}
    """
    titles = [title_key(split_label(text)[1]) for text in texts if _titles_an_item(text)]
    if len(titles) < _ITEM_TITLES or any(
        one in other or other in one for k, one in enumerate(titles) for other in titles[k + 1 :]
    ):
        return
    for candidate in candidates:
        if _titles_an_item(texts[candidate.order]):
            candidate.signals.update(title_field=0.0, feed_item=1.0)


def _titles_an_item(text: str) -> bool:
    """Whether the line fills a title field (``fills_title_field``) and is quoted from no
    earlier message (``_QUOTE_MARK``)."""
    return fills_title_field(text) and not text.lstrip().startswith(_QUOTE_MARK)


def is_under_title_label(order: int, lines: Sequence[str], filled: list[int]) -> bool:
    """Whether the line with text of this rank stands right below a title field's label.

    >>> page = ["Newsletter Subject", "", "Ferry fares climb again"]
    >>> is_under_title_label(1, page, [0, 2]), is_under_title_label(0, page, [0, 2])
    (True, False)
    """
    if order == 0:
        return False
    above = lines[filled[order - 1]]
    return (
        is_title_label(above)
        or _leaves_a_trail_open(above)
        or _repeats_last_crumb(order, lines, filled)
    )


def _leaves_a_trail_open(line: str) -> bool:
    """Whether the line closes with a trail's mark set off by a space after a section's name,
    no crumb after it: the trail's last crumb, the page's own name, is the line below.

    >>> _leaves_a_trail_open("Bookmark and Share Home »"), _leaves_a_trail_open("Read more »")
    (True, False)
    """
    stripped = line.rstrip()
    before = stripped[:-1]
    words = before.split()
    return (
        stripped[-1:] in TRAIL_ARROWS
        and before[-1:].isspace()
        and bool(words)
        and line_key(words[-1]) in chrome().sections
    )


def without_next_field(text: str, line: int, lines: Sequence[str]) -> str:
    """The headline without the next field's label glued after it with no space, when the line
    with text above it is a title field's label of two words or more, the form's name and the
    field's ("Post title" over "<headline>Post body"): the form's name, then one word, close it,
    glued to a mark that is no letter (a letter before it makes the name part of a compound).

    >>> page = ["게시글 제목", "장 마감 전에 왜 빠졌죠?게시글 내용", "매도 물량이 쏟아졌네요"]
    >>> without_next_field(page[1], 1, page)
    '장 마감 전에 왜 빠졌죠?'
    >>> without_next_field("허위 기사 작성 논란", 1, ["기사 제목", "허위 기사 작성 논란"])
    '허위 기사 작성 논란'
    >>> without_next_field("허위기사 논란", 1, ["기사 제목", "허위기사 논란"])
    '허위기사 논란'
    """
    above = next((other for other in reversed(lines[:line]) if other), "")
    form = " ".join(above.split()[:-1])
    if not form or not is_title_label(above):
        return text
    cut = text.rfind(form)
    field = text[cut + len(form) :]
    glued = cut > 0 and not text[cut - 1].isspace() and not text[cut - 1].isalpha()
    return text[:cut] if glued and field[:1].isspace() and len(field.split()) == 1 else text


def _repeats_last_crumb(order: int, lines: Sequence[str], filled: list[int]) -> bool:
    """Whether the line with text of this rank, no item, repeats the last crumb of a bulleted
    trail (two items or more) right above it.

    >>> page = ["- Home", "- Notices", "- cleanup day", "cleanup day", "Volunteers meet at nine."]
    >>> _repeats_last_crumb(3, page, [0, 1, 2, 3, 4]), _repeats_last_crumb(4, page, [0, 1, 2, 3, 4])
    (True, False)
    """
    line = lines[filled[order]]
    if order < 2 or line.startswith(BULLETS):
        return False
    crumb, above = lines[filled[order - 1]], lines[filled[order - 2]]
    key = title_key(line)
    return (
        crumb.startswith(BULLETS)
        and above.startswith(BULLETS)
        and bool(key)
        and title_key(crumb) == key
    )
