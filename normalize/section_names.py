"""Lines that name what a page gathers rather than head a story: a section's or a topic's name
of a word or two printed above the story heads it gathers ("COLD STORAGE" above "Farm ministry
to fund solar cold rooms"), a series' name printed again in brackets on its article's
headline line, the items of a bulleted list (a record's fields, a form's labels), a list's name
above the numbered heads it gathers, and a bulleted trail's last crumb above the headline it
paraphrases. Their words may echo in the text below as
much as a short headline's do. A trail's last part of a headline's length after a guillemet
is no section's name but the page's title, though its line is machinery."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import pairwise
from typing import Final

import regex

from normalize.corners import is_corner_copy
from normalize.heads import Candidate, is_story_head
from normalize.page import echo_words
from normalize.titles import BULLETS, cut_headline, title_key

# A section's name has this many words at most, and a story head stands this many lines with
# text below it at most.
_NAME_WORDS: Final = 2
_HEAD_BELOW: Final = 2
# A bullet that opens this many lines of the page besides a candidate's opens a list's items.
_LIST_ITEMS: Final = 3
# A numbered item's number and the space after it, its words maybe opening with a quotation
# mark: "2. «…»".
_ITEM_NUMBER: Final = regex.compile(r"([0-9]{1,2})[.)]\s")
# What joins a trail's parts on one line: "Farming » <headline>", "Home › News › <headline>".
_GUILLEMET: Final = regex.compile(r"\s*[»›]\s*")
# A trail's crumbs are short; a last part of this many words or more is a headline.
_TRAIL_HEAD_WORDS: Final = 4


def section_names(candidates: list[Candidate]) -> set[int]:
    """The lines of the candidates of ``_NAME_WORDS`` words or fewer with a story head just
    below them, not in small letters (a photograph's alt text heads no story), that the text
    echoes at least as much, and that does not hold all their words: the name of the section or
    topic whose stories follow. A term above a heading that names it ("Deferred revenue" above
    "What is deferred revenue?") is the page's own headline.

    >>> shape = dict.fromkeys(("caption", "machinery", "site", "sentence", "lower_case"), 0.0)
    >>> name = Candidate(0, 0, "COLD STORAGE", "cold storage", shape | {"echo": 0.5})
    >>> head = Candidate(1, 1, "Farm ministry to fund solar cold rooms", "", shape | {"echo": 0.5})
    >>> sorted(section_names([name, head]))
    [0]
    >>> term = name._replace(text="Deferred revenue")
    >>> sorted(section_names([term, head._replace(text="What is deferred revenue for a firm")]))
    []
    """
    names: set[int] = set()
    for candidate in candidates:
        words = echo_words(candidate.text)
        if not words or len(candidate.text.split()) > _NAME_WORDS:
            continue
        if any(
            0 < head.order - candidate.order <= _HEAD_BELOW
            and is_story_head(head)
            and not head.signals["lower_case"]
            and head.signals["echo"] >= candidate.signals["echo"]
            and not words <= echo_words(head.text)
            for head in candidates
        ):
            names.add(candidate.line)
    return names


def is_middle_item(texts: Sequence[str], at: int) -> bool:
    """Whether the line with text at ``at`` and the lines with text right above and right below
    it each open with a bullet: a list's item between two others, never a page's headline.

    >>> texts = ["Weather", "• Brackenford", "• Coldwater", "• Elmstead", "Storm closes the pass"]
    >>> [is_middle_item(texts, at) for at in range(5)]
    [False, False, True, False, False]
    """
    return 0 < at < len(texts) - 1 and all(
        texts[k].startswith(BULLETS) for k in (at - 1, at, at + 1)
    )


def bullet_items(candidates: list[Candidate], texts: Sequence[str]) -> set[int]:
    """The lines of the candidates that are a bulleted list's items: their line and the lines
    with text right above and right below it each open with a bullet, or their line and a
    candidate's right above or right below it do (two items: a trail's crumbs over a headline;
    a bare bullet or a bulleted dateline is no item), or their bullet opens ``_LIST_ITEMS``
    other lines of the page at least (a record's labels, the first of which stands alone at
    the top). A headline stands on no list. ``texts`` are the page's lines with text, in order.

    >>> texts = ["- Marion County", "- 52 Minutes", "- Noteworthy", "- Routine", "Overview"]
    >>> found = [Candidate(k, k, texts[k][2:], "", {}) for k in (0, 2, 4)]
    >>> sorted(bullet_items(found, texts))
    [0, 2]
    """
    opening = Counter(text[:1] for text in texts if text.startswith(BULLETS))
    heads = {candidate.order for candidate in candidates}
    return {
        candidate.line
        for candidate in candidates
        if is_middle_item(texts, candidate.order)
        or (
            texts[candidate.order].startswith(BULLETS)
            and any(
                at in heads and texts[at].startswith(BULLETS)
                for at in (candidate.order - 1, candidate.order + 1)
            )
        )
        or opening[texts[candidate.order][:1]] > _LIST_ITEMS
    }


def mark_labels(candidates: list[Candidate], texts: Sequence[str], bulleted: set[int]) -> None:
    """Marks as machinery (a section's label) the candidates that name a section above its
    stories, are a bulleted list's items (``bulleted``, as `bullet_items` gives them) or name a
    numbered list of heads, once every other signal is known."""
    labels = section_names(candidates) | bulleted
    labels |= numbered_list_names(candidates, texts)
    for candidate in candidates:
        if candidate.line in labels:
            candidate.signals["machinery"] = 1.0


def numbered_list_names(candidates: list[Candidate], texts: Sequence[str]) -> set[int]:
    """The lines of the candidates right above a numbered list of heads, each shorter than a
    headline (no ``length`` signal: three words at most): the lines with text below them open
    with the numbers 1, 2, 3, … and a space (``_LIST_ITEMS`` of them at least), each a
    candidate's line and none a sentence. Such a line names what the list gathers (a rubric's
    most-read stories, a topic's teasers); a story's headline has its lead below it, or its
    list's introduction, or is as long as a headline ("Top 5 trails near Marlow Bay" over its
    trails). ``texts`` are the page's lines with text, in order.

    >>> texts = ["Harbour news", "1. Ferry fares rise in May", "2. «New berth» for trawlers",
    ...          "3. Pier cafe reopens", "The council met on Monday."]
    >>> shape = {"sentence": 0.0, "length": 0.0}
    >>> found = [Candidate(k, k, texts[k], "", shape) for k in range(4)]
    >>> sorted(numbered_list_names(found, texts)), sorted(numbered_list_names(found[:3], texts))
    ([0], [])
    >>> long = {**shape, "length": 1.0}
    >>> head = found[0]._replace(text="Four harbour stories this week", signals=long)
    >>> sorted(numbered_list_names([head, *found[1:]], texts))
    []
    """
    names = [c for c in candidates if c.signals["length"] < 1.0]
    # most pages have no list: no short candidate stands right above a line numbered 1
    if not any(c.order + 1 < len(texts) and _item_number(texts[c.order + 1]) == 1 for c in names):
        return set()
    heads = {c.order for c in candidates if not c.signals["sentence"]}
    found = set()
    for candidate in names:
        count = 0
        at = candidate.order + 1
        while at in heads and _item_number(texts[at]) == count + 1:
            count, at = count + 1, at + 1
        if count >= _LIST_ITEMS:
            found.add(candidate.line)
    return found


def _item_number(text: str) -> int | None:
    """The number that opens a numbered item's line before a space, if one does."""
    found = _ITEM_NUMBER.match(text)
    return int(found[1]) if found else None


# A label in square brackets, maybe with its number in the series: "[Walks of the Town 12]".
_BRACKETED: Final = regex.compile(r"\[([^\[\]]{1,40}?)(?:\s*\d{1,4})?\]")
# A photograph's label after its title in brackets has this many words at most: "뉴스 이미지".
_PHOTO_LABEL_WORDS: Final = 2
# A photograph's title in brackets, the headline's, has this many words at least; a series'
# name has fewer ("[Notes from the Harbour] Ferry timetable").
_PHOTO_TITLE_WORDS: Final = 5


def series_names(texts: Sequence[str]) -> list[tuple[int, str]]:
    """The series' names the page's lines with text (``texts``) print in square brackets, maybe
    with a number after each: each name's key with the place of its line, read once for all the
    candidates of the page.

    >>> series_names(["Walks of the Town", "Old mill reopens [Walks of the Town 12]"])
    [(1, 'walks of the town')]
    """
    return [
        (order, title_key(found[1]))
        for order, text in enumerate(texts)
        if "[" in text and not is_corner_copy(texts, order)  # a corner names its own page
        for found in _BRACKETED.finditer(text)
        if not _titles_a_photo(text, found)
    ]


def _titles_a_photo(text: str, found: regex.Match[str]) -> bool:
    """Whether the bracket found opens its line, holds a headline's words, five or more, and a
    label of a word or two closes it: a photograph's alt text, the page's title in brackets
    and what the picture is ("[Ferry fares rise on island routes] news image"), no series
    named beside a head ("[Notes from the Harbour] Ferry timetable").

    >>> line = "[Ferry fares rise on island routes] news image"
    >>> _titles_a_photo(line, _BRACKETED.search(line))
    True
    >>> line = "[Notes from the Harbour] Ferry timetable"
    >>> _titles_a_photo(line, _BRACKETED.search(line))
    False
    """
    label = text[found.end() :].split()
    return (
        not text[: found.start()].strip()
        and 0 < len(label) <= _PHOTO_LABEL_WORDS
        and len(found[1].split()) >= _PHOTO_TITLE_WORDS
    )


def names_a_series(candidate: Candidate, names: Sequence[tuple[int, str]]) -> bool:
    """Whether another line of the page prints the candidate in square brackets, maybe with a
    number after it (``names``: the page's `series_names`): the name of the series that line's
    article belongs to ("<headline>[Walks of the Town 12] <name>"), printed on its own line too.

    >>> head = Candidate(0, 0, "Walks of the Town", "walks of the town", {})
    >>> names_a_series(head, series_names(["Walks of the Town", "Old mill [Walks of the Town 12]"]))
    True
    >>> names_a_series(head, series_names(["Walks of the Town", "Old mill reopens"]))
    False
    """
    return any(order != candidate.order and key == candidate.key for order, key in names)


def is_last_crumb(texts: Sequence[str], at: int, key: str, key_below: str) -> bool:
    """Whether the line at this place ends a bulleted trail (it and the line above open with a
    bullet) right above a heading, no item, whose key holds its key and more: the trail's crumb
    for the page, a short paraphrase of the headline below it.

    >>> is_last_crumb(["• Home", "• Ferry fares rise", "Ferry fares rise on island routes"], 1,
    ...               "ferry fares rise", "ferry fares rise on island routes")
    True
    """
    return (
        0 < at < len(texts) - 1
        and texts[at - 1].startswith(BULLETS)
        and texts[at].startswith(BULLETS)
        and not texts[at + 1].startswith(BULLETS)
        and key_below != key
        and f" {key} " in f" {key_below} "
    )


def last_crumbs(found: Sequence[Candidate], texts: Sequence[str]) -> set[int]:
    """The lines of candidates that end a bulleted trail right over the next candidate, a
    heading whose key holds theirs and more (see `is_last_crumb`)."""
    return {
        c.line
        for c, below in pairwise(found)
        if below.order == c.order + 1 and is_last_crumb(texts, c.order, c.key, below.key)
    }


# A trail's crumbs joined by spaced angle brackets: "HOME > 목회자코너 > 칼럼".
_ANGLE_CRUMB: Final = regex.compile(r"\s+>\s+")
# A board's trail holds this many crumbs at least: its home, a section, the board.
_BOARD_CRUMBS: Final = 3
# A post's title stands this many lines below the board's name at least: the trail between.
_BOARD_TITLE_AT: Final = 2
# Two letters in a row: a line of marks or figures alone is no post's title.
_TWO_LETTERS: Final = regex.compile(r"\p{L}{2}")


def board_names(found: Sequence[Candidate], texts: Sequence[str], dated: set[int]) -> set[int]:
    """The lines of a board's name printed over its trail, the trail ending with it, and of the
    trail: the post's headline is the candidate right below the trail, over the post's dated
    line, and the post below the dated line echoes it more than the name (places among
    ``texts``; ``dated`` holds the places of dated lines). A news page's headline over a trail
    ending with it, its deck below, is echoed by its story more than the deck, and stays.

    >>> texts = ["Parish Notes", "HOME > Pastor > Parish Notes", "Choir robes", "admin 2019.11.10",
    ...          "The choir wore its new robes on Sunday."]
    >>> found = [Candidate(i, i, t, title_key(t), {}) for i, t in enumerate(texts[:3])]
    >>> sorted(board_names(found, texts, {3}))
    [0, 1]
    """
    at = {c.order: c for c in found}
    names: set[int] = set()
    for c in found:
        trail, below = at.get(c.order + 1), at.get(c.order + 2)
        if trail is None or below is None or below.key == c.key or c.order + 3 not in dated:
            continue
        crumbs = _ANGLE_CRUMB.split(texts[c.order + 1].strip())
        if len(crumbs) < _BOARD_CRUMBS or title_key(cut_headline(crumbs[-1])) != c.key:
            continue
        post = echo_words(" ".join(texts[c.order + 4 :]))
        if echoed_more(below.text, c.text, post):
            names |= {c.line, trail.line}
    return names


def is_board_post_title(texts: Sequence[str], at: int, dated: set[int]) -> bool:
    """Whether the line at ``at`` among ``texts`` stands where a board prints its post's title,
    however short the title: right below a trail of angle crumbs (``_BOARD_CRUMBS`` at least)
    whose last crumb the line over the trail prints (the board's name over its trail, see
    `board_names`), and right over a dated line (``dated`` holds the places of dated lines),
    the post's writer and time. A title of one word of two syllables ("주보") has too few
    letters for a headline's shape; its place says what it is. The line holds two letters in a
    row at least.

    >>> texts = ["Parish Notes", "HOME > Pastor > Parish Notes", "주보", "admin 2019.11.10"]
    >>> is_board_post_title(texts, 2, {3}), is_board_post_title(texts, 2, set())
    (True, False)
    """
    if at < _BOARD_TITLE_AT or at + 1 not in dated or not _TWO_LETTERS.search(texts[at]):
        return False
    crumbs = _ANGLE_CRUMB.split(texts[at - 1].strip())
    name = title_key(cut_headline(texts[at - 2]))
    return (
        len(crumbs) >= _BOARD_CRUMBS and bool(name) and title_key(cut_headline(crumbs[-1])) == name
    )


def echoed_more(text: str, other: str, words: set[str]) -> bool:
    """Whether ``words`` hold a larger share of the text's echo words than of the other's.

    >>> echoed_more("Choir robes", "Parish Notes", {"choir", "robes"})
    True
    >>> echoed_more("Choir robes", "Parish Notes", {"choir", "paris"})
    False
    """
    mine, theirs = echo_words(text), echo_words(other)
    return len(mine & words) * len(theirs) > len(theirs & words) * len(mine)


def ends_a_trail(text: str, line: str) -> bool:
    """Whether the candidate's text is the last part of a trail joined by guillemets on its
    line, as long as a headline: the trail is machinery, its last part the page's title.

    >>> ends_a_trail("Sowing runs on schedule", "Farming » Sowing runs on schedule")
    True
    >>> ends_a_trail("Farm news", "Home › Farm news"), ends_a_trail("Sowing runs on time", "")
    (False, False)
    """
    parts = _GUILLEMET.split(line.strip())
    return len(parts) >= 2 and parts[-1] == text and len(text.split()) >= _TRAIL_HEAD_WORDS


# A menu's item in capitals: a word or two, letters alone, none small ("НОВОСТИ", "СЛОВО ЧИТАТЕЛЯ").
_CAPITAL_ITEM: Final = regex.compile(r"\p{Lu}[\p{Lu}-]+(?:\s\p{Lu}[\p{Lu}-]+)?")
# A menu holds this many items in capitals, one a line, at least: a story's head in capitals holds
# three short lines at most, its rubric, its headline and its place ("ПРОИСШЕСТВИЯ" / "ПОЖАР
# СКЛАДА" / "МОСКВА").
_MENU_ITEMS: Final = 4


def capital_menu(texts: Sequence[str]) -> set[int]:
    """The places among a page's lines with text (``texts``) of a menu printed one item a line
    in capitals, ``_MENU_ITEMS`` items or more in a row, each a word or two: a site's sections,
    never a headline (a headline in capitals runs longer, and stands alone).

    >>> sorted(capital_menu(["NEWS", "SPORT", "LOCAL LIFE", "ARTS", "Ferry on time", "It sailed."]))
    [0, 1, 2, 3]
    """
    menu: set[int] = set()
    run: list[int] = []
    for at, text in enumerate([*texts, ""]):
        if _CAPITAL_ITEM.fullmatch(text):
            run.append(at)
            continue
        if len(run) >= _MENU_ITEMS:
            menu.update(run)
        run = []
    return menu
