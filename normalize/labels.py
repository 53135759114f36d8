"""A line of page machinery that looks like a headline: a menu's or a toolbar's labels run
together on one line or glued with no space between, a widget's reading, a record's field, a
promo banner."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Final

import regex

from normalize.chrome import is_view_label
from normalize.echo import is_doubled
from normalize.heads import is_promo, is_weather_reading
from normalize.record_fields import is_field
from normalize.segment import CASED_WORD_LISTS, is_word
from normalize.timestamps.elsewhere import beside_weather

# A run of labels has this many words at least (a Korean toolbar's, a Russian menu's).
_HANGUL_LABELS: Final = 7
_CYRILLIC_LABELS: Final = 8
# A Korean label is a word of two or three syllables ("인쇄", "아래로"), most of them two.
_LABEL_SYLLABLES: Final = range(2, 4)
_TWO_SYLLABLE_SHARE: Final = 2 / 3
# A run of Hangul nouns whose lead repeats this share of it (its echo) is a headline, no menu.
_ECHOED_RUN: Final = 0.5
# A column's label of a page's view ("Editorial View"): this many words at most.
_VIEW_LABEL_WORDS: Final = 2
# A Russian menu capitalises most of its labels; a headline, its first word and names.
_CAPITALISED_SHARE: Final = 0.7
# A label: letters and digits, a hyphen inside ("E-mail"); a capitalised one.
_LABEL: Final = regex.compile(r"[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*")
_CAPITALISED: Final = regex.compile(r"\p{Lu}")
# Russian prepositions and conjunctions, the closed class that joins a sentence's words; a
# menu's labels stand side by side, none joined to the next.
_JOINING_WORDS: Final = frozenset(
    {
        "в",
        "во",
        "на",
        "с",
        "со",
        "к",
        "ко",
        "по",
        "о",
        "об",
        "от",
        "до",
        "из",
        "за",
        "для",
        "при",
        "про",
        "у",
        "без",
        "над",
        "под",
        "перед",
        "через",
        "и",
        "а",
        "но",
        "или",
    }
)
# The word a joining word joins has this many letters at least: an alphabet's letters ("А Б
# В Г …") join nothing.
_JOINED_LETTERS: Final = 3
# The endings of a Russian adjective that agrees with the noun after it ("В НОВОМ ОБЛИКЕ", "С
# НОВЫМИ ФОНТАНАМИ"), on a word of this many letters at least: a sentence joins a phrase, where
# a menu joins its own labels' word pairs ("О НАС", "ВОПРОСЫ И ОТВЕТЫ", "ВХОД ДЛЯ ЖИТЕЛЕЙ").
# Endings nouns share often ("-ИЕ", "-ЕМ", "-ИЙ", "-ИМ": "ВОСПИТАНИЕ", "НАСЕЛЕНИЕМ", "РЕЖИМ")
# are left out.
_ADJECTIVE_ENDINGS: Final = (
    "ЫЙ", "ОЙ", "АЯ", "ЯЯ", "ОЕ", "ЕЕ", "ЫЕ", "ОГО", "ЕГО", "ОМУ", "ЕМУ", "ЫМ", "ОМ", "УЮ",
    "ЮЮ", "ЫХ", "ИХ", "ЫМИ", "ИМИ",
)  # fmt: skip
_ADJECTIVE_LETTERS: Final = 4
# A word of five letters or more whose lower-case end runs into the next label's capital:
# two link labels printed with no space between ("Skip to playerSkip to main content"). A
# brand joins shorter words ("IndiGo", "WordPress"), or is a word the word lists know whole
# ("WhatsApp", "BlackRock"); a capital word after it is a new label.
_GLUED_LABELS: Final = regex.compile(r"(?:^|\s)(\p{L}\p{Ll}{4,}\p{Lu}\p{Ll}\p{L}*)")
# What opens a template's placeholder that no script filled in: "{{title}}", "{{ price }}".
_TEMPLATE_SLOT: Final = "{{"
# A print issue's number, then the paper's running number in brackets, five or six figures (no
# year): "№14 (20117)".
_ISSUE_NUMBER: Final = regex.compile(r"№\s?[0-9]{1,3}\s?\([0-9]{5,6}\)")
# A line that closes with the words it opened with names one thing on both sides of a
# control's or a source's label; it has this many words at most.
_FRAMED_WORDS: Final = 8
# A sentence's stop: a full stop, a question or an exclamation mark or an ellipsis, closing
# the line or before a space, a quotation mark or a closing bracket.
SENTENCE_STOP: Final = regex.compile(r"[.!?…](?:$|[\s\"'”’»)])")


def is_widget_text(line: str, text: str, echo: float) -> bool:
    """Whether the candidate (``text``, cut from ``line``) is machinery though no rule of
    the page called it so: a weather reading, a promo banner, a run of labels (but a Korean
    run that the text around it repeats, its ``echo``: a headline of nouns, "시의회 마을 버스
    노선 개편안 보류 논란"), labels glued together, a record's field, a template's placeholder
    left unfilled ("{{title}}": a widget's text before its script ran), a print issue's number,
    a column's label of its view that the text around it does not repeat.
    """
    return (
        _TEMPLATE_SLOT in line
        or is_weather_reading(line)
        or is_promo(text)
        or (is_label_run(text) and (echo < _ECHOED_RUN or any(map(_is_cyrillic, text))))
        or glues_labels(text)
        or is_field(text)
        or is_self_framed(text)
        or is_issue_number(text)
        or is_unechoed_view_label(text, echo)
    )


def is_unechoed_view_label(text: str, echo: float) -> bool:
    """Whether the candidate is a column's or a platform's label of the view it shows, of
    ``_VIEW_LABEL_WORDS`` words at most ("Editorial View", ``is_view_label``), whose words the
    text around it does not repeat (its ``echo``): a page's label where its headline would
    stand. "Ocean View" over a story of flats above the ocean stays a headline.

    >>> is_unechoed_view_label("Editorial View", 0.0), is_unechoed_view_label("Ocean View", 0.5)
    (True, False)
    >>> is_unechoed_view_label("Rooms with a view", 0.0)
    False
    """
    return not echo and len(text.split()) <= _VIEW_LABEL_WORDS and is_view_label(text)


def is_issue_number(text: str) -> bool:
    """Whether the line prints a newspaper issue's number with the paper's running number in
    brackets (``_ISSUE_NUMBER``), as a masthead does; no headline numbers an issue so.

    >>> is_issue_number("Свежий выпуск: №14 (20117) от 3 марта 2025 года")
    True
    >>> is_issue_number("Закон № 118-6 о пригородных поездах"), is_issue_number("Школа № 5 (1990)")
    (False, False)
    """
    return "№" in text and _ISSUE_NUMBER.search(text) is not None


def is_self_framed(text: str) -> bool:
    """Whether the line closes with the capitalised words it opened with, other words between:
    a region picker's or an aggregator's chrome that names its place or its source on both
    sides of a control's label ("Томск пресс-служба Томск", "Pine County close Pine County").
    A headline does not end where it began.

    >>> is_self_framed("Томск пресс-служба Томск"), is_self_framed("Lake Ora close Lake Ora")
    (True, True)
    >>> is_self_framed("Томск встретил зиму"), is_self_framed("Томск Томск")
    (False, False)
    >>> is_self_framed("after the storm, after")
    False
    """
    words = text.split()
    if not 3 <= len(words) <= _FRAMED_WORDS or _CAPITALISED.match(words[0]) is None:
        return False
    return any(words[:size] == words[-size:] for size in range(1, (len(words) - 1) // 2 + 1))


def weather_times(lines: Sequence[str], dated: Collection[int]) -> set[int]:
    """The lines of ``dated`` (those that state a time) within reach of a weather reading: a
    weather widget's time or its "now" heading ("Сейчас в Заречье" over "−4˚C"), which the time
    reader holds as the widget's too, never a headline.

    >>> page = ["Сейчас в Заречье", "−4˚C", "Облачно", "Пробки", "Мост закроют на ремонт"]
    >>> sorted(weather_times(page, {0, 4}))
    [0]
    """
    warm = frozenset(index for index, line in enumerate(lines) if is_weather_reading(line))
    return {line for line in dated if warm and beside_weather(line, warm)}


def glues_labels(text: str) -> bool:
    """Whether the line is labels a page printed with no space between them: a word of five
    letters or more ends in lower case and a capitalised word follows it without a space (a
    skip link's labels, a site's name in two languages run together), and the word lists do
    not know the glued word whole (a brand's name).

    >>> glues_labels("Skip to playerSkip to main content")
    True
    >>> glues_labels("IndiGo adds night flights to Goa"), glues_labels("WhatsApp adds a feed")
    (False, False)
    """
    return any(
        not any(is_word(glued.lower(), lang) for lang in CASED_WORD_LISTS)
        for glued in _GLUED_LABELS.findall(text)
    )


def is_run_together(line: str) -> bool:
    """Whether a line (its caller asks of lines long enough to be a paragraph) is page text
    run together, which starts no article: a text printed twice and glued (a caption and its
    copy), or a menu's labels glued with no space between and no sentence's stop anywhere (a
    ministry's list of its ministers and their offices). A paragraph closes its sentences; a
    link glued into one is no menu.

    >>> is_run_together("Home The Hon Ida Marsh MP Minister for WaterMinister for Parks "
    ...                 "The Hon Len Tate MPFormer Minister for Ports and Harbours")
    True
    >>> is_run_together("The council met on Monday.Read moreThe vote was close.")
    False
    """
    return is_doubled(line) or (SENTENCE_STOP.search(line) is None and glues_labels(line))


def is_label_run(text: str) -> bool:
    """Whether the line is a menu's or a toolbar's labels run together: words and no
    punctuation (a hyphen inside a word aside), either Hangul words of two or three syllables,
    most of them two ("글자 크게 작게 목록 위로 인쇄 공유"; a headline has longer words or
    one-syllable ones) or Cyrillic words most of them capitalised
    ("Главная Новости Спорт Культура ..."). Latin lines are left alone: English headlines
    capitalise every word. A Cyrillic line in capitals has every word capitalised, a
    headline's too; one where a preposition or a conjunction joins an adjective and its noun
    (``_JOINING_WORDS``, "… ЛЕТО С НОВЫМИ ФОНТАНАМИ") is a sentence, no run of labels; a menu
    joins only its labels' own word pairs ("О НАС", "ВОПРОСЫ И ОТВЕТЫ").

    >>> is_label_run("글자 크게 작게 목록 위로 인쇄 공유")
    True
    >>> is_label_run("서울에 새 구립 도서관 문 열었다 주민 환영")
    False
    >>> is_label_run("Главная Новости дня Спорт Культура Погода Афиша Контакты")
    True
    >>> is_label_run("Мэрия Томска закроет Коммунальный мост на ремонт до осени")
    False
    >>> is_label_run("ГЛАВНАЯ НОВОСТИ ПОЛИТИКА ЭКОНОМИКА ОБЩЕСТВО СПОРТ КУЛЬТУРА АФИША")
    True
    >>> is_label_run("НА ЗАРЕЧНОЙ ПРИСТАНИ ОТКРЫЛИ ЛОДОЧНУЮ СТАНЦИЮ ДЛЯ ЖИТЕЛЕЙ РАЙОНА")
    False
    >>> is_label_run("А Б В Г Д Е Ж З И К Л М Н О П Р С Т У Ф Х Ц Ч Ш Щ Э Ю Я")
    True
    >>> is_label_run("ГЛАВНАЯ О НАС НОВОСТИ ВОПРОСЫ И ОТВЕТЫ ВХОД ДЛЯ ЖИТЕЛЕЙ КОНТАКТЫ")
    True
    """
    words = text.split()
    if any(_LABEL.fullmatch(word) is None for word in words):
        return False
    if len(words) >= _HANGUL_LABELS and all(_is_hangul(word) for word in words):
        two = sum(len(word) == 2 for word in words)
        return all(len(word) in _LABEL_SYLLABLES for word in words) and (
            two >= _TWO_SYLLABLE_SHARE * len(words)
        )
    if len(words) < _CYRILLIC_LABELS or not any(_is_cyrillic(c) for c in text):
        return False
    if text.isupper() and _joins_phrase(words):
        return False  # a sentence in capitals
    capitalised = sum(_CAPITALISED.match(word) is not None for word in words)
    return capitalised >= _CAPITALISED_SHARE * len(words)


def _joins_phrase(words: Sequence[str]) -> bool:
    """Whether a preposition or a conjunction (``_JOINING_WORDS``) stands before an adjective
    (``_ADJECTIVE_ENDINGS``) and a word of ``_JOINED_LETTERS`` letters or more after it, a
    phrase as a sentence joins its words ("В НОВОМ ОБЛИКЕ"; "О НАС", a menu's label, is none).

    >>> _joins_phrase("СЕЗОН В НОВОМ ОБЛИКЕ".split()), _joins_phrase("О НАС НОВОСТИ".split())
    (True, False)
    """
    return any(
        word.lower() in _JOINING_WORDS
        and len(adjective) >= _ADJECTIVE_LETTERS
        and adjective.upper().endswith(_ADJECTIVE_ENDINGS)
        and len(noun) >= _JOINED_LETTERS
        for word, adjective, noun in zip(words, words[1:], words[2:], strict=False)
    )


def _is_hangul(word: str) -> bool:
    return all("\uac00" <= c <= "\ud7a3" for c in word)


def _is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"
