"""What a page glues around its headline that its other lines leave out: a site's name after a
spaced dash or bar (``without_site_tail``) and a label of a few words before it, a section, a
flair, a page type, a board's category or a channel's name (``without_glued_label``). The
headline's trims (``normalize.trims``) take them off. A candidate's line also loses a toolbar's
labels glued after it and what the page prints apart on another of its lines: a name after a
bar, a skin's word, a promo's call, an icon's label (``without_printed_labels``)."""

from __future__ import annotations

from collections.abc import Sequence
from types import MappingProxyType
from typing import Final

import regex

from normalize.labels import SENTENCE_STOP
from normalize.running_text import in_title_case
from normalize.title_shapes import is_body_shaped
from normalize.titles import BULLETS, title_key

# The part before a site's tail is a headline: this many words at least.
_HEAD_WORDS: Final = 4
# What sets a board's name after a browser title's headline ("<headline> > 자유 게시판").
_BOARD_TAIL: Final = " > "
# What sets a site's name after a headline: a spaced dash or bar, or the board's angle bracket.
_SITE_TAILS: Final = (" - ", " | ", " – ", " — ", _BOARD_TAIL)
# A title split in two prints its second part this many lines below its first, at most.
_SPLIT_LINES: Final = 4
# A label glued before a headline has this many words at most; the copy printed without it
# opens with this many of the headline's words at least, and with half of its own words.
_LABEL_WORDS: Final = 4
_LABEL_COPY_WORDS: Final = 4
# A headline's first paragraph stands this many lines with text below it at most; when it
# opens with the words after a label, this many of them at least, and the page prints the
# label's words nowhere else, the label is a category glued on.
_LEAD_LINES: Final = 6
_LEAD_OPENING_WORDS: Final = 2
# A paragraph may open with a short word a headline drops (an article, "A CREW from Tillbury …"
# under "Crew from Tillbury …"): this many letters at most, then this many of the words after
# the label.
_DROPPED_LETTERS: Final = 3
_AFTER_DROPPED_WORDS: Final = 3
# The label glued on there has this many words at least: one word is as often the headline's
# own, its article dropped ("Old Mill Reopens as Museum" over "The mill reopens …").
_DROPPED_LABEL_WORDS: Final = 2
# A name the page repeats (an outlet's, a channel's) is printed on this many other lines.
_NAME_LINES: Final = 2
# Where a word of a line's key may start: a letter or a digit after none.
_WORD_START: Final = regex.compile(r"(?<![\p{L}\p{M}\p{N}])[\p{L}\p{N}]")
_WORD_CHAR: Final = regex.compile(r"[\p{L}\p{M}\p{N}]")
# A quotation mark that opens what follows, and the mark that closes it.
_QUOTE_PAIRS: Final = MappingProxyType({"'": "'", '"': '"', "«": "»", "“": "”", "‘": "’", "„": "“"})
# What sets a site's name or section off after a headline on its line: "<headline> | <name>".
_BAR: Final = " | "
# A site's name or section printed after the bar has this many words at most.
_PRINTED_TAIL_WORDS: Final = 4
# The fewest words of a headline that a page prints again without the word glued after it.
_ECHOED_HEAD_WORDS: Final = 3
_FIGURE: Final = regex.compile(r"\p{N}")
# A word of figures alone: a year or a count, no name however often the page prints it.
_FIGURES: Final = regex.compile(r"\p{N}+")
# The labels of a toolbar's icons, the same in each language: print, e-mail, PDF.
_TOOLBAR_LABELS: Final = frozenset(
    {"print", "email", "e-mail", "pdf", "печать", "почта", "인쇄", "이메일", "메일"}
)
# A toolbar glued after a headline shows this many labels at least.
_TOOLBAR_RUN: Final = 2
# An icon's label in small letters glued by a space before a capital: "заметка Мост …".
_ICON_LABEL: Final = regex.compile(r"\p{Ll}+ (?=\p{Lu})")
# A banner's call: a label of one to three words and a colon, then the name of what it
# calls for, an exclamation mark closing it ("Now Open: Seed Library!"); a rubric's label
# before a name calls for nothing ("Interview: Maria Lopez").
_BANNER_CALL: Final = regex.compile(
    r"\p{L}+(?:\ \p{L}+){0,2}:\ +(?P<name>\p{L}[^:]*?)!",
    regex.VERBOSE,
)


def without_site_tail(text: str, line: int, lines: Sequence[str]) -> str:
    """The headline without the tail after its last spaced dash, bar or angle bracket when the
    page prints the part before it elsewhere without that tail (a copy glued to the story, a
    heading): the tail is the site's or the board's name, which only the page's title carries.
    A heading whose next line prints the tail is the title split in two, and the tail stays.
    A board's name after an angle bracket goes only when a line prints the part before it
    alone: a headline's comparison sign, "safety > speed", has a lead going on past its words.

    >>> page = ["Ferry halted after engine fire - Topics", "Ferry halted after engine fire The"]
    >>> without_site_tail(page[0], 0, page)
    'Ferry halted after engine fire'
    """
    cut = max(text.rfind(tail) for tail in _SITE_TAILS)
    head = text[:cut]
    if cut < 0 or len(head.split()) < _HEAD_WORDS:
        return text
    tail = text[cut + 3 :]
    angle = text.startswith(_BOARD_TAIL, cut)  # a board's name: its post's heading alone
    for index, other in enumerate(lines):
        if index != line and other.startswith(head):
            rest = other[len(head) :]
            if rest[:1] == " " and not angle and not rest.startswith(_SITE_TAILS):
                return head
            below = next((later for later in lines[index + 1 : index + _SPLIT_LINES] if later), "")
            if not rest and not below.endswith(tail):
                return head
    return text


def without_glued_label(text: str, line: int, lines: Sequence[str]) -> str:
    """The headline without a label of a few words glued before it by a space or an opening
    quotation mark (a section, a flair, a page type: "Новости <headline>", "Science article
    on '<headline>'") when another line of the page, a heading or an address's slug, prints
    the words after the label, all of them or its first ones (``_LABEL_COPY_WORDS`` at least),
    and nothing else in their place: that line is the headline's copy without the label. A
    quotation mark the label opened is closed at the end, and goes with it. A label set off
    by a dash or a colon is a headline's own part; a list's item, a menu's name for the page.
    When the page prints the headline whole again, a line that goes on past the words after the
    label is another thing's (a photograph's title, "… 큰잔치 성황 1") and no copy.

    >>> page = ["World Ferry fares rise on island routes", "", "Ferry fares rise on island routes"]
    >>> without_glued_label(page[0], 0, page)
    'Ferry fares rise on island routes'
    >>> without_glued_label(page[2], 2, page)
    'Ferry fares rise on island routes'
    """
    key = title_key(text)
    words = key.split()
    labels = range(1, min(_LABEL_WORDS, len(words) - _LABEL_COPY_WORDS) + 1)
    if not labels:
        return text
    whole = any(index != line and title_key(other) == key for index, other in enumerate(lines))
    glued: list[int] = []
    for index, other in enumerate(lines):
        copy = _copy_words(other, len(text), len(words)) if index != line else []
        glued.extend(
            label
            for label in labels
            if copy
            and _is_copy(copy, words[label:])
            and not (whole and len(copy) > len(words) - label)
        )
    if glued:
        return _after_label(text, words[min(glued) :])
    return _without_lead_label(text, words, labels, line, lines)


def _without_lead_label(
    text: str, words: list[str], labels: range, line: int, lines: Sequence[str]
) -> str:
    """The headline without a label of a few words glued before it by a space that its first
    paragraph leaves out: the paragraph opens with the words after it (``_LEAD_OPENING_WORDS``;
    or ``_AFTER_DROPPED_WORDS`` of them after a short word that a headline drops, an article,
    when the label has ``_DROPPED_LABEL_WORDS`` words at least)
    and no other line prints a word of it (a board's category: "문화 <headline>"; not before a
    headline in title case, whose every word opens with a capital, its first too: "Harbour
    Ferry Timetables Almost Never Hold" over "Ferry timetables almost never hold, …"), or it holds
    the first ``_LABEL_COPY_WORDS`` words after it in a row, not after it, and ``_NAME_LINES``
    other lines print each of its words (a channel's name, which the page repeats; a lone
    letter is none, but a preposition: "В храме …"; nor a year, which the page's dates
    repeat: "2024 Lantern Parade Live Blog"). What is left opens a headline, with a
    capital or in an uncased script.

    >>> page = ["문화 마을합창단 '해오름', 요양원에서 송년 공연", "작성자 윤가람 작성일 24-12-19",
    ...         "마을합창단 '해오름'(단장 김서영)은 18일 동구 요양원을 찾아 송년 공연을 열었다."]
    >>> without_glued_label(page[0], 0, page)
    "마을합창단 '해오름', 요양원에서 송년 공연"
    """
    lead = _lead_below(line, lines)
    if lead is None:
        return text
    opening = title_key(lines[lead]).split()
    for label in labels:
        rest, glued = words[label:], words[:label]
        opens = opening[:_LEAD_OPENING_WORDS] == rest[:_LEAD_OPENING_WORDS] or (
            label >= _DROPPED_LABEL_WORDS
            and len(opening) > _AFTER_DROPPED_WORDS
            and len(opening[0]) <= _DROPPED_LETTERS
            and opening[1 : 1 + _AFTER_DROPPED_WORDS] == rest[:_AFTER_DROPPED_WORDS]
        )
        held = [
            at
            for at in range(len(opening))
            if opening[at : at + _LABEL_COPY_WORDS] == rest[:_LABEL_COPY_WORDS]
        ]
        after = _after_label(text, rest) if opens or held else text
        glue = text[: len(text) - len(after)]
        if (
            after == text
            or not text.endswith(after)
            or not glue[-1:].isspace()
            or after[:1].islower()
        ):
            continue
        others = [
            f" {title_key(other)} " for at, other in enumerate(lines) if at not in (line, lead)
        ]
        counts = [sum(f" {word} " in key for key in others) for word in glued]
        category = opens and not any(counts) and not set(glued) & set(opening)
        if (category and not in_title_case(text)) or (
            held
            and min(counts) >= _NAME_LINES
            and max(map(len, glued)) > 1  # a lone letter is a preposition, no name ("В …")
            and not all(map(_FIGURES.fullmatch, glued))  # a year the page's dates repeat
            and all(opening[at - 1] != glued[-1] for at in held if at)
        ):
            return after
    return text


def _lead_below(line: int, lines: Sequence[str]) -> int | None:
    """The first paragraph among the ``_LEAD_LINES`` lines with text below a line, or none."""
    below = [index for index in range(line + 1, len(lines)) if lines[index].strip()]
    return next((index for index in below[:_LEAD_LINES] if is_body_shaped(lines[index])), None)


def _copy_words(line: str, size: int, words: int) -> list[str]:
    """The words of a line that may be a headline's copy (of ``size`` characters and ``words``
    words): of a web address alone on its line, its last part (a slug); none for a list's item,
    a line of fewer words than a copy has, or one far longer than the headline (three times
    its characters, twice its words)."""
    if len(line) > 3 * size + 40 or line.lstrip().startswith(BULLETS):
        return []
    tokens = len(line.split())
    if "://" in line and tokens == 1:
        line = line.rstrip("/").rsplit("/", 1)[-1]
    elif not _LABEL_COPY_WORDS <= tokens <= 2 * words:
        return []
    return title_key(line).split()


def _is_copy(copy: list[str], rest: list[str]) -> bool:
    """Whether a line's words are the headline's words after its label, all of them or their
    first ones, before anything else: ``_LABEL_COPY_WORDS`` at least, and half of its own."""
    shared = min(len(copy), len(rest))
    return (
        shared >= _LABEL_COPY_WORDS and copy[:shared] == rest[:shared] and 2 * shared >= len(copy)
    )


def _after_label(text: str, rest: list[str]) -> str:
    """The end of the text whose key is these words, when a space or an opening quotation mark
    glues it to what is before (without that quotation mark's closing one at its end); else
    the text itself, as when a colon sets the quotation off ("Name: «…»", a speaker's words)."""
    key = " ".join(rest)
    for start in _WORD_START.finditer(text, 1):
        after = text[start.start() :]
        if title_key(after) != key:
            continue
        before = (head := text[: start.start()].rstrip())[-1:]
        closing = None if head[:-1].rstrip().endswith(":") else _QUOTE_PAIRS.get(before)
        after = after.rstrip()
        if closing and after.endswith(closing):
            return after[: -len(closing)].rstrip()
        return after if _WORD_CHAR.fullmatch(before) else text
    return text


def without_printed_labels(line: str, texts: Sequence[str], rank: int) -> str:
    """The line without what a page glues to a headline and prints apart on another of its
    lines (``texts``, its lines with text; ``line`` opens the one at ``rank``): a toolbar's
    labels after it (``without_toolbar_tail``), a site's name
    after a bar (``without_printed_tail``), a blog skin's word after the title
    (``without_echoed_head_tail``), a promo's call over its item (``without_banner_label``), an
    icon's label before it (``without_icon_label``), taken off in that order."""
    line = without_toolbar_tail(line)
    line = without_printed_tail(line, texts, rank)
    line = without_echoed_head_tail(line, texts, rank)
    line = without_banner_label(line, texts, rank)
    return without_icon_label(line, texts, rank)


def without_toolbar_tail(line: str) -> str:
    """The line without the labels of a toolbar's icons glued after it, ``_TOOLBAR_RUN`` of
    them at least and nothing else after the text (a CMS prints its print and e-mail buttons on
    the headline's line: "<headline> Печать E-mail", "<headline> PDF Print E-mail", "<headline>
    인쇄 이메일"); one such word closing a line is the headline's own ("… goes to print"), and so
    are such words in small letters, a button's label being capitalised ("… refuse to print
    PDF", "… sent as PDF email").

    >>> without_toolbar_tail("Ferry fares rise again PDF Print E-mail")
    'Ferry fares rise again'
    >>> without_toolbar_tail("Why the weekly paper still goes to print")
    'Why the weekly paper still goes to print'
    >>> without_toolbar_tail("Scam letters arrive as PDF email")
    'Scam letters arrive as PDF email'
    """
    head, labels = line.rstrip(), 0
    while True:
        rest, _, word = head.rpartition(" ")
        if not rest.strip() or word[:1].islower() or word.casefold() not in _TOOLBAR_LABELS:
            break  # a button's label is capitalised: "… print PDF" is the headline's own
        head, labels = rest.rstrip(), labels + 1
    return head if labels >= _TOOLBAR_RUN else line


def without_icon_label(line: str, texts: Sequence[str], rank: int) -> str:
    """The line without the label in small letters an icon's alt text glues before it, when
    another line of the page (``texts``, its lines with text; ``line`` opens the one at
    ``rank``) opens with the same label before a capital too: a page type's or a rubric's icon
    repeated over its items ("заметка <headline>", "заметка Читайте также"). A line opening so
    once is the rest of a wrapped sentence.

    >>> page = ["новость Пожарные спасли кота с крыши", "Кот просидел на крыше два дня.",
    ...         "новость Новости по теме"]
    >>> without_icon_label(page[0], page, 0)
    'Пожарные спасли кота с крыши'
    >>> without_icon_label(page[0], page[:2], 0)
    'новость Пожарные спасли кота с крыши'
    >>> without_icon_label("новость Кот дома", ["новость Кот дома 12.03.2021 10:00", page[1]], 0)
    'новость Кот дома'
    >>> without_icon_label("новость Кот дома", ["новость Кот дома", "новость Кот дома"], 0)
    'Кот дома'
    """
    found = _ICON_LABEL.match(line)
    if found is None:
        return line
    label = found[0]
    repeated = any(
        k != rank and (again := _ICON_LABEL.match(other)) is not None and again[0] == label
        for k, other in enumerate(texts)
    )
    return line[found.end() :] if repeated else line


def without_banner_label(line: str, texts: Sequence[str], rank: int) -> str:
    """The name a banner's call puts after its label and colon, without the label, when the
    next line of the page (``texts``, its lines with text; ``line`` opens the one at ``rank``)
    opens with that name and goes on, closed by no stop: the item's own title under a promo's
    heading ("Now Open: Seed Library!" over "Seed Library Opens at the Eastside Branch"), which
    says no more of the story than its name.

    >>> page = ["Now Open: Seed Library!", "Seed Library Opens at the Eastside Branch", "4/2"]
    >>> without_banner_label(page[0], page, 0)
    'Seed Library!'
    >>> without_banner_label(page[0], [page[0], "Seed Library opens at the Eastside Branch."], 0)
    'Now Open: Seed Library!'
    """
    found = _BANNER_CALL.fullmatch(line)
    if found is None or rank + 1 >= len(texts):
        return line
    name, below = found["name"], texts[rank + 1].strip()
    opens = below.lower().startswith(f"{name.lower()} ")
    return line[found.start("name") :] if opens and not SENTENCE_STOP.search(below) else line


def without_printed_tail(line: str, texts: Sequence[str], rank: int) -> str:
    """The line without the words after its last bar when a line of the page above it
    (``texts``, its lines with text; ``line`` is the one at ``rank``) prints them alone: the
    site's name in its masthead, or the section's over its stories, which the page's title
    carries after the headline ("<headline> | Millbrook Courier" under "Millbrook Courier"),
    however short the headline and whatever the name (a name the outlet rules know goes
    anyway); a dish's or a person's name that the story prints below stays ("Recipe of the week
    | Lemon barley soup" over the recipe's "Lemon barley soup").

    >>> page = ["Millbrook Courier", "Storm closes coast road | Millbrook Courier"]
    >>> without_printed_tail(page[1], page, 1)
    'Storm closes coast road'
    >>> without_printed_tail(page[1], page[1:], 0)
    'Storm closes coast road | Millbrook Courier'
    """
    at = line.rfind(_BAR)
    if at < 0:
        return line
    head, tail = line[:at].rstrip(), line[at + len(_BAR) :].strip()
    if not head or not tail or len(tail.split()) > _PRINTED_TAIL_WORDS:
        return line
    printed = any(other.strip() == tail for other in texts[:rank])
    return head if printed else line


def without_echoed_head_tail(line: str, texts: Sequence[str], rank: int) -> str:
    """The line without its last word when a line of the page below it (``texts``, its lines
    with text; ``line`` is the one at ``rank``) prints the rest alone, word for word: a blog
    skin's label glued after the post's title, which the post prints again ("<headline> 본문"
    over "<headline>"). A rest of fewer than three words may be a name or a section's, and
    stays whole; a word in capitals is a flag, which the title cuts take off ("…. ВИДЕО"); a
    word with figures is the headline's own, its year or number ("… returns 2024"); and a
    copy whose next line opens with the word is the headline wrapped ("… over the" / "river").

    >>> page = ["Cafe by the stream, a visit 본문", "Notes", "Cafe by the stream, a visit"]
    >>> without_echoed_head_tail(page[0], page, 0)
    'Cafe by the stream, a visit'
    >>> without_echoed_head_tail("Harbour News Today", ["Harbour News Today", "Harbour News"], 0)
    'Harbour News Today'
    >>> page = ["Bridge opens over the river", "Bridge opens over the", "river"]
    >>> without_echoed_head_tail(page[0], page, 0)
    'Bridge opens over the river'
    """
    head, _, tail = line.rstrip().rpartition(" ")
    head = head.rstrip()
    if not tail or tail.isupper() or _FIGURE.search(tail) or len(head.split()) < _ECHOED_HEAD_WORDS:
        return line
    below = [*texts[rank + 1 :], ""]
    echoed = any(
        below[at].strip() == head and below[at + 1].split()[:1] != [tail]
        for at in range(len(below) - 1)
    )
    return head if echoed else line
