"""The fixed phrases of pages: the chrome tables of every language, and the lookups built on
them (a line's key, an outlet's name, a widget's label); a label glued to a title is read
in ``field_labels``, a widget's line read word for word in ``fixed_widgets``.

The phrases are the ``chrome`` facts of each language (``data/languages/<code>.json``) and the
outlets' names of ``data/outlets.json``, merged once.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from normalize.cache import once
from normalize.facts import outlets, section
from normalize.text import squeeze_spaces

# Punctuation, bullets, emoji and spaces around a line that do not change what it says
# ("📣 ", "• ", "» ", "Share »", "[Comments]"). The end is searched from the end, so a long
# line is not scanned from its start for a run that reaches its end.
_EDGE = r"[\p{P}\p{S}\p{Z}]+"

_LEADING_EDGE = regex.compile(_EDGE)

_TRAILING_EDGE = regex.compile(_EDGE + "$", regex.REVERSE)

# The marks closing a credit's label among the chrome's prefixes ("source:", "사진=").
LABEL_MARKS = (":", "=")
# Outlet names are short: "The Hanul Daily", "연합뉴스 (Yonhapnews)".
MAX_OUTLET_WORDS = 4
# The arrows that lead from a trail's crumb to the next: "Home › World", "Главная » Новости",
# "뉴스 > 사회", "News ❯ Local". A slash and a bar part a trail only between known labels, for
# they part a headline's own words too.
TRAIL_ARROWS = "›»>❯"

_DOMAIN = regex.compile(
    r"^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|net|org|ru|kr|co\.kr|info|tv|media)$"
)

_PARENTHETICAL = regex.compile(r"\([^()]*\)")  # innermost only: linear on "(((("

# What joins flags in a format's note, each maybe after its count: "(2 фото + 1 видео)".
_FLAG_JOINS = regex.compile(r"[+,&]")
_COUNT = regex.compile(r"^[0-9]{1,4}\s+")
# A series' part number closing a flag, a circled digit: "(인터뷰①)" is the interview's first part.
_PART = regex.compile(r" ?[\u2460-\u2473]$")
# A Korean report's count in its run of updates, maybe after the roundup's word: "2보", "종합3보".
_REPORT_COUNT = regex.compile(r"(?:종합 ?)?[0-9]{1,2}보")
# A label in angle brackets opening a line: "<Travel/Food> …".
_ANGLE_LABEL = regex.compile(r"\s*<[^<>]{1,24}>")


@dataclass(frozen=True)
class Chrome:
    """The chrome phrases of every language, merged, as lookup sets."""

    widgets: frozenset[str]
    related: frozenset[str]
    related_phrases: tuple[str, ...]
    related_suffixes: tuple[str, ...]
    sections: frozenset[str]
    # Sections and widgets together: what menus and breadcrumbs are made of.
    menu_items: frozenset[str]
    labels: tuple[str, ...]
    title_labels: frozenset[str]
    # The labels of a memo's or an e-mail's sender field ("from", "от", "보낸 사람").
    sender_labels: frozenset[str]
    # The labels a page sets before its story's summary ("요약", "article summary").
    summary_labels: frozenset[str]
    # The words of address that open a letter's salutation ("уважаемые", "존경하는").
    salutations: frozenset[str]
    tag_labels: frozenset[str]
    tag_phrases: tuple[str, ...]
    archive_labels: frozenset[str]
    # The labels a post's line of its rubrics or tags opens with ("categories", "рубрики").
    filing_labels: frozenset[str]
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    about: tuple[str, ...]
    # A page's word for its view, closing a platform's or a column's label ("view", "뷰").
    view_words: frozenset[str]
    # The word closing a corner's or a column's label before its title ("코너", "Column").
    corner_words: frozenset[str]
    # A letter's name for what it is, in a letter's title ("letter", "письмо", "서한").
    letter_words: frozenset[str]
    # A close button's labels naming the box they close ("close notification", "알림 닫기").
    close_labels: frozenset[str]
    # A poll box's labels over its question ("Poll", "Опрос", "설문조사").
    poll_labels: frozenset[str]
    # A link's labels that lead from a story's teaser to the story ("continue reading", "далее").
    more_links: tuple[str, ...]
    flags: frozenset[str]
    # Flags of a story's status ("breaking", "update"): its headline keeps one that opens it
    # before a colon ("BREAKING: …"); in brackets or glued by a hyphen it is the page's.
    status_flags: frozenset[str]
    # The flags a headline drops when one opens it before a colon, a bar or "!" ("Video: …").
    word_flags: frozenset[str]
    # The badges of a story's status a site glues after its headline ("featured", "важно").
    badges: frozenset[str]
    sites: frozenset[str]
    outlet_words: tuple[str, ...]
    copyright: tuple[str, ...]
    caption_markers: tuple[str, ...]
    # Marks that open a caption pointing at the photograph above it ("↑↑ …"); inside a line
    # they are a headline's own ("금리 ↑↑ 대출 ↓").
    caption_openers: tuple[str, ...]
    # The prepositions (three letters or more) a brand's name goes before, ahead of a colon:
    # no rubric's label opens its small words with one ("СтройДом для бизнеса: …").
    label_prepositions: frozenset[str]


@once
def chrome() -> Chrome:
    """The ``chrome`` facts of every language, and the outlets' names, merged once."""
    languages = list(section("chrome").values())

    def merged(field: str) -> list[str]:
        return [phrase.lower() for table in languages for phrase in table.get(field, [])]

    def keys(field: str) -> frozenset[str]:
        return frozenset(line_key(phrase) for phrase in merged(field))

    widgets = keys("widgets")
    sections = keys("sections")
    flags, status_flags = keys("flags"), keys("status_flags")
    return Chrome(
        widgets=widgets,
        related=keys("related"),
        related_phrases=tuple(merged("related_phrases")),
        related_suffixes=tuple(merged("related_suffixes")),
        sections=sections,
        menu_items=widgets | sections,
        # Longest first, so "описание к видео" wins over "описание".
        labels=tuple(sorted(merged("labels"), key=len, reverse=True)),
        title_labels=keys("title_labels"),
        sender_labels=keys("sender_labels"),
        summary_labels=keys("summary_labels"),
        salutations=keys("salutations"),
        tag_labels=keys("tag_labels"),
        tag_phrases=tuple(merged("tag_phrases")),
        archive_labels=keys("archive_labels"),
        filing_labels=keys("filing_labels"),
        prefixes=tuple(merged("prefixes")),
        suffixes=tuple(merged("suffixes")),
        about=tuple(merged("about")),
        view_words=keys("view_words"),
        corner_words=keys("corner_words"),
        letter_words=keys("letter_words"),
        close_labels=keys("close_labels"),
        poll_labels=keys("poll_labels"),
        more_links=tuple(merged("more_links")),
        flags=flags,
        status_flags=status_flags,
        word_flags=flags - status_flags,
        badges=frozenset(merged("badges")),
        sites=frozenset(line_key(site) for site in outlets()["sites"]),
        outlet_words=tuple(outlets()["outlet_words"]),
        copyright=tuple(merged("copyright")),
        caption_markers=tuple(merged("caption_markers")),
        caption_openers=tuple(merged("caption_openers")),
        label_prepositions=frozenset(merged("label_prepositions")),
    )


def is_trailing_flag(bracketed: str | None, capitals: str | None) -> bool:
    """Whether what closes a headline, a text in brackets or a word in capitals after it, is
    the page's and not the headline's: flags ("… (영상)", "… (2 фото + 1 видео)", "…. ВИДЕО")
    or the outlet's one-word name in brackets ("… (한빛일보)").

    >>> [is_trailing_flag(bracketed, None) for bracketed in ("영상", "한빛일보", "경제")]
    [True, True, False]
    """
    return names_flags(bracketed or capitals or "") or is_one_word_outlet(bracketed)


def names_flags(text: str) -> bool:
    """Whether a text is one of the headline flags, or a few of them joined by "+", "," or
    "&", each maybe after its count, as a format's note after a headline prints them; a flag
    of a series' part closes with its number in a circle ("인터뷰②"); a Korean report's count
    in its run of updates is one whatever its number, the roundup's word maybe before it
    ("4보", "종합2보").

    >>> names_flags("Видео"), names_flags("2 фото + 1 видео"), names_flags("2 стула")
    (True, True, False)
    >>> names_flags("인터뷰②"), names_flags("골목②")
    (True, False)
    >>> names_flags("종합2보"), names_flags("4보"), names_flags("정보")
    (True, True, False)
    """
    flags = chrome().flags
    keys = (_PART.sub("", _COUNT.sub("", line_key(part))) for part in _FLAG_JOINS.split(text))
    return all(key in flags or _REPORT_COUNT.fullmatch(key) for key in keys)


def line_key(line: str) -> str:
    """A line as the chrome tables spell it: lower case, single spaces, no edge punctuation.

    >>> line_key("📣 Click to Comment »")
    'click to comment'
    """
    key = squeeze_spaces(line).lower()
    leading = _LEADING_EDGE.match(key)
    if leading:
        key = key[leading.end() :]
    trailing = _TRAILING_EDGE.search(key)
    return key[: trailing.start()] if trailing else key


def angle_label(line: str) -> bool:
    """Whether the line opens with a category label in angle brackets, whose ">" (which
    `line_key` keeps once the "<" is cut) is a bracket and no breadcrumb's mark.

    >>> angle_label("<Travel/Food> A noodle shop by the old station"), angle_label("News > Local")
    (True, False)
    """
    return _ANGLE_LABEL.match(line) is not None


def is_view_label(text: str) -> bool:
    """Whether a line closes with a page's word for its view: a blog platform's label of the
    post it shows or a column's label ("Blogspace View", "블로그온 뷰"), no headline's last word.

    >>> is_view_label("블로그온 뷰"), is_view_label("Editorial View"), is_view_label("인터뷰 전문")
    (True, True, False)
    """
    words = line_key(text).split()
    return bool(words) and words[-1] in chrome().view_words


def is_close_label(text: str) -> bool:
    """Whether a line is a close button's label naming the box it closes, a site's fixed words
    ("Close notification", "Закрыть уведомление", "알림 닫기"), no headline.

    >>> is_close_label("Dismiss this alert"), is_close_label("Close the gap on rents")
    (True, False)
    """
    return line_key(text) in chrome().close_labels


def is_poll_label(text: str) -> bool:
    """Whether a line is a poll box's label, a site's fixed word over the poll's question
    ("Poll", "Опрос", "설문조사").

    >>> is_poll_label("  Опрос"), is_poll_label("Опрос показал рост цен")
    (True, False)
    """
    return line_key(text) in chrome().poll_labels


def prefix_after_outlet(line: str, key: str) -> bool:
    """Whether a prompt's fixed prefix follows the outlet's name, one word before it: the
    site's tip line or credit under its name ("한빛TV 기사문의 및 제보 : 카톡 hanbit"), no title.
    ``key`` is the line's key. The name is no bare outlet word, which opens a headline ("Daily
    Photo: …"), and the prefix is a phrase or a label closed by its mark: a single word of one
    opens a story about the outlet ("한빛TV 그래픽 자막 오류 사과").

    >>> prefix_after_outlet("한빛TV 기사문의 및 제보", "한빛tv 기사문의 및 제보")
    True
    >>> prefix_after_outlet("항구시 기사문의 및 제보", "항구시 기사문의 및 제보")
    False
    >>> prefix_after_outlet("한빛TV 그래픽 오류", "한빛tv 그래픽 오류")
    False
    >>> prefix_after_outlet("Daily Photo: Frost", "daily photo: frost")
    False
    """
    rest = key.partition(" ")[2]
    return rest.startswith(_outlet_prefixes()) and is_one_word_outlet(line.split(maxsplit=1)[0])


@once
def _outlet_prefixes() -> tuple[str, ...]:
    """The chrome's prefixes that may follow an outlet's name: those of more than one word or
    closed by a label's mark (``prefix_after_outlet``)."""
    prefixes = chrome().prefixes
    return tuple(prefix for prefix in prefixes if " " in prefix or prefix.endswith(LABEL_MARKS))


def is_outlet_name(text: str) -> bool:
    """An outlet's name: a known site, a domain, or a short capitalised name ending like one.
    An outlet word printed alone after a lower-case word is a common noun closing a phrase, not
    a name: "Second Round in Review" is a headline; "Gazette on Newsly" still ends in a name.

    >>> names = ["The Hanul Daily", "TechWire", "nknews.org", "Busan", "Year in Review"]
    >>> [is_outlet_name(name) for name in names]
    [True, True, True, False, False]
    """
    key = line_key(text)
    sites = chrome().sites
    if key in sites or line_key(_PARENTHETICAL.sub(" ", text)) in sites or _DOMAIN.match(key):
        return True
    words = key.split()
    return (
        0 < len(words) <= MAX_OUTLET_WORDS
        and not text[:1].islower()
        and (
            _ends_like_an_outlet(words[0])
            or (
                _ends_like_an_outlet(words[-1])
                and not (words[-1] in chrome().outlet_words and _lower_before_last(text))
            )
        )
    )


def names_its_company(name: str, rest: str) -> bool:
    """Whether a name before a separator is a company's name and words of its own, more words
    than what follows it: a title naming its subject. An outlet's name, whose words after its
    first still read as one ("The Hanul Daily"), is the site's, however short the headline.

    >>> names_its_company("가온방송 직무 소개", "조명감독")
    True
    >>> names_its_company("Harbour Post", "Ferry fares rise")
    False
    >>> names_its_company("The Hanul Daily", "Flood warning")
    False
    """
    words = name.split()
    return len(words) > len(rest.split()) and not is_outlet_name(" ".join(words[1:]))


def is_one_word_outlet(text: str | None) -> bool:
    """Whether the text is an outlet's name of one word, which a page prints in brackets after
    a headline ("… (한빛일보)"), not a bare outlet word or a section, which a wiki's qualifier
    in brackets may be ("(경제)", "(News)").

    >>> is_one_word_outlet("한빛일보"), is_one_word_outlet("경제"), is_one_word_outlet(None)
    (True, False, False)
    """
    if text is None or len(text.split()) != 1:
        return False
    key = line_key(text)
    tables = chrome()
    return key not in tables.sections and key not in tables.outlet_words and is_outlet_name(text)


def _lower_before_last(text: str) -> bool:
    """Whether the word before a text's last word starts in lower case ("in" of "Year in
    Review")."""
    words = text.split()
    return len(words) > 1 and words[-2][:1].islower()


def _ends_like_an_outlet(word: str) -> bool:
    """A word of an outlet's name: an outlet word itself, glued to another word ("TechWire",
    "한빛뉴스") when it is long enough to be no syllable of a common word, or a domain's end;
    its channel's number may follow it ("뉴스24", "tv12"). A Hangul outlet word opens a name
    only before a short one ("뉴스한빛"): before a longer tail it opens a compound noun, a
    body's or a topic's name ("경제복지위원회", "방송미디어진흥원").

    >>> _ends_like_an_outlet("뉴스한빛"), _ends_like_an_outlet("경제복지위원회")
    (True, False)
    """
    word = word.rstrip(_DIGITS) or word
    outlet_words = chrome().outlet_words
    long_words = tuple(
        outlet
        for outlet in outlet_words
        if len(outlet) >= (_GLUED_HANGUL_WORD if _HANGUL.match(outlet) else _GLUED_OUTLET_WORD)
    )
    pieces = _SCRIPT_PIECE.findall(word)  # "한빛경제tv": the name and its "tv"
    return (
        word in outlet_words
        or any(_opens_a_name(word, outlet) for outlet in long_words)
        or word.endswith(long_words)
        or word.rsplit(".", 1)[-1] in outlet_words
        or (len(pieces) > 1 and pieces[-1] in outlet_words)
    )


def _opens_a_name(word: str, outlet: str) -> bool:
    """Whether the outlet word opens the word as an outlet's name glued after it: any tail
    after a Latin or Cyrillic one ("NewsNation"), at most ``_GLUED_HANGUL_NAME`` syllables
    after a Hangul one."""
    return word.startswith(outlet) and (
        not _HANGUL.match(outlet) or len(word) - len(outlet) <= _GLUED_HANGUL_NAME
    )


# An outlet word shorter than this ("ру", "tv") counts only on its own or after a dot; a
# Hangul syllable holds more, so two of them ("뉴스", "일보") are enough.
_GLUED_OUTLET_WORD = 4
_GLUED_HANGUL_WORD = 2
# The syllables of a name glued after a Hangul outlet word ("뉴스" + "한마당"); a longer tail
# makes a compound noun.
_GLUED_HANGUL_NAME = 3
_HANGUL = regex.compile(r"\p{Hangul}")
_DIGITS = "0123456789"
_SCRIPT_PIECE = regex.compile(r"\p{Hangul}+|\p{Latin}+|\p{Cyrillic}+")
