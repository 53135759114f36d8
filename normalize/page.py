"""A page's lines and what each of them is: machinery, hashtags, datelines.

The headline chooser and the time chooser both read these facts; ``documents.py`` builds the
row from them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from itertools import accumulate, pairwise
from typing import Final, NamedTuple

import regex

from normalize.boilerplate import LineKind
from normalize.cache import once
from normalize.chrome import line_key
from normalize.fixed_widgets import is_tag_line
from normalize.hashtags import Hashtag, distinct_hashtags, find_hashtags, is_listed
from normalize.languages import page_language
from normalize.options import Options
from normalize.page_machinery import machinery_lines
from normalize.spaced_tags import bulleted_tags, spaced_tags
from normalize.timestamps import Dateline, find_datelines
from normalize.timestamps.grammar import words
from normalize.titles import BULLETS

# A line is a dateline when timestamps and their labels cover this share of its characters.
DATELINE_COVERAGE: Final = 0.6
# A word of a line outside its timestamps, and the words printed after a year's figures beside
# a date ("15 марта 2026 г.", "… 2026 года").
_WORD: Final = regex.compile(r"[\p{L}\p{M}]+")
_YEAR_WORDS: Final = frozenset({"г", "года", "гг"})
# Blocks of other stories: their times are theirs, not the page's.
_OTHER_STORIES: Final = ("related", "teaser")
# How much of the page is read to tell its language (for the zone a reader would assume).
LANGUAGE_SAMPLE_CHARS: Final = 600
# The words a line's echo is measured in: Hangul words of two syllables or more, other words
# of four letters or more, numbers of two digits or more.
_ECHO_WORD: Final = regex.compile(r"\p{Hangul}{2,}|[\p{L}\p{M}]{4,}|\d{2,}")
# Words are compared by their first letters: a crude stem (endings and particles attach last).
_STEM: Final = 5
# A bracketed part holding a figure: how a caption prints its photograph's date ("(3 May 2019)").
_BRACKETED_FIGURE: Final = regex.compile(r"\([^()]*\p{N}[^()]*\)")
# Hangul words by their first syllables: a particle or ending is one syllable or two.
_HANGUL_STEM: Final = 3
# The particles of one syllable that close a noun ("개표가", "주민에"): a word of three syllables
# ending in one is its noun of two.
_PARTICLES: Final = frozenset("이가은는을를의에도와과로만")
# Stress marks (a dictionary's or an encyclopedia's "Вече́рний") are no part of a word.
_STRESS_MARKS: Final = str.maketrans("", "", "\u0300\u0301")


class Page(NamedTuple):
    """What the lines of a page are."""

    lines: list[str]
    machinery: dict[int, LineKind]
    hashtags: list[Hashtag]  # the page's own tags, each once
    hashtag_lines: set[int]  # lines of hashtags alone
    datelines: list[Dateline]  # every time that may be the page's own
    dateline_lines: set[int]  # lines that are mostly a timestamp
    bylines: set[int]


def read_page(cleaned: str, options: Options) -> Page:
    """The facts of a cleaned page's lines.

    >>> page = read_page("Leaders meet\\n\\nMay 17, 2024\\n\\nThey met.\\n\\n#summit", Options())
    >>> sorted(page.dateline_lines), sorted(page.hashtag_lines), page.hashtags[0].tag
    ([2], [6], 'summit')
    """
    lines = cleaned.split("\n")
    machinery = machinery_lines(lines)
    kept = [line if index not in machinery else "" for index, line in enumerate(lines)]
    # a tag label's line of hashtags ("Tags: #HarbourFair, #Marlow") is machinery, no headline
    # and no text, but its hashtags are the page's
    tagged = [
        lines[i] if i in machinery and _tag_line(line) else kept[i] for i, line in enumerate(lines)
    ]
    signed = [i for i, line in enumerate(tagged) if _may_have_tags(line)]
    spaced = {i: tags for i in signed if (tags := spaced_tags(tagged[i]))}  # tags holding spaces
    spaced |= bulleted_tags(tagged) if signed else {}  # a list of tags, one a line: "- # 정원"
    tags_by_line = {i: spaced.get(i) or find_hashtags(tagged[i]) for i in signed}
    # The page's own tags, each once: not the ones used as words of its sentences, nor a
    # menu's anchor.
    hashtags = distinct_hashtags(
        tag
        for i, tags in tags_by_line.items()
        if not _heads_list(lines, i, tags)
        for tag in tags
        if i in spaced or is_listed(tagged[i], tag)
    )
    hashtag_lines = {i for i, tags in tags_by_line.items() if _only_hashtags(tagged[i], tags)}
    # Times are looked for on every line but the related blocks: a counter line of a video
    # page ("15 тыс. просмотров 3 июня 2024 г.") carries the date; a teaser carries another's,
    # an image's caption its photograph's.
    others = _other_stories(lines, machinery) | _image_captions(lines)
    foot = _boxed_foot(lines, others)
    dated = [line if i not in others or i == foot else "" for i, line in enumerate(lines)]
    sample = "\n".join(kept)[:LANGUAGE_SAMPLE_CHARS]
    datelines = find_datelines("\n".join(dated), options, lang=page_language(sample))
    if foot is not None and not _opens_with_publication(datelines, dated, foot):
        datelines = [item for item in datelines if item.line != foot]
        dated[foot] = ""
    # a fallback's line, its time crowded by other words, may still be the headline's: a
    # programme's name before its broadcast slot
    spans = [(item.start, item.end) for item in datelines if item.rank != 1]
    return Page(
        lines,
        machinery,
        hashtags,
        hashtag_lines,
        datelines,
        _covered_lines(dated, spans),
        {i for i, kind in machinery.items() if kind == "byline"},
    )


def _tag_line(line: str) -> bool:
    """Whether a machinery line is a tag label's line of hashtags (``is_tag_line``).

    >>> _tag_line("Tags: #HarbourFair, #Marlow"), _tag_line("Tags: harbour, fair")
    (True, False)
    """
    return _may_have_tags(line) and is_tag_line(line_key(line))


def _other_stories(lines: list[str], machinery: dict[int, LineKind]) -> set[int]:
    """The lines of the blocks of other stories: the related and teaser lines, and a line
    between two of them, blank lines apart (a teaser's date under its summary, the next
    teaser's title after it), which is theirs too.

    >>> lines = ["Latest news", "", "Title", "", "Summary…", "", "04.11.2025", "", "Next title"]
    >>> machinery = {0: "related", 2: "teaser", 4: "teaser", 8: "teaser"}
    >>> sorted(_other_stories(lines, machinery))
    [0, 2, 4, 6, 8]
    """
    listed = {i for i, kind in machinery.items() if kind in _OTHER_STORIES}
    filled = [i for i, line in enumerate(lines) if line]
    between = {
        line
        for before, line, after in zip(filled, filled[1:], filled[2:], strict=False)
        if before in listed and after in listed
    }
    return listed | between


def _boxed_foot(lines: list[str], others: set[int]) -> int | None:
    """The page's last line of text when it is taken into a block of other stories: a story's
    own stamp may close the page under a related box ("First Published: …"), see
    `_opens_with_publication`.

    >>> _boxed_foot(["Title", "More from this section", "Published: May 3, 2021", ""], {1, 2})
    2
    """
    foot = next((i for i in range(len(lines) - 1, -1, -1) if lines[i]), None)
    return foot if foot in others else None


def _opens_with_publication(datelines: list[Dateline], lines: list[str], foot: int) -> bool:
    """Whether the line ``foot`` opens with a publication label's time ("First Published: Aug
    11 2017 | 9:47 PM IST", "Published: May 3, 2021"): the page's own stamp printed at its
    foot, which a related box above it does not take; a teaser under a box's title prints its
    date bare, or after its title.

    >>> from normalize.timestamps import find_datelines
    >>> lines = ["Title", "Published: May 3, 2021", "Ferry fares rise May 2, 2021"]
    >>> found = find_datelines("\\n".join(lines), lang="en")
    >>> _opens_with_publication(found, lines, 1), _opens_with_publication(found, lines, 2)
    (True, False)
    """
    start = sum(len(line) + 1 for line in lines[:foot])
    first = next((item for item in datelines if item.line == foot), None)
    return (
        first is not None
        and first.role == "published"
        and not lines[foot][: first.start - start].strip()
    )


def _image_captions(lines: list[str]) -> set[int]:
    """The lines opening with a markdown image's mark ("![alt](url)", "![]()") whose caption,
    the text after the mark, holds a date in brackets (``_dates_a_photograph``): the date is
    the photograph's, none of the page's.

    >>> sorted(_image_captions(["Harbour Gazette", "![]() The new pier (2 May 2019)", "Text"]))
    [1]
    """
    return {i for i, line in enumerate(lines) if _dates_a_photograph(line)}


def _dates_a_photograph(line: str) -> bool:
    """Whether the line opens with a markdown image's mark and its caption holds a bracketed
    part with a figure, as a photograph's date is printed ("The pier after the storm (3 March
    2019)"). A byline or a dateline beside an image, an author's avatar or an outlet's logo,
    prints its date bare ("![](a.png) By Ana Ruiz, May 3, 2021") and stays the page's.

    >>> _dates_a_photograph("![](p.jpg) Pier (2019)"), _dates_a_photograph("![](a.png) 3 May 2021")
    (True, False)
    """
    text = line.lstrip()
    link = text.find("](", 2) if text.startswith("![") else -1
    end = text.find(")", link + 2) if link >= 0 else -1
    return end >= 0 and _BRACKETED_FIGURE.search(text[end + 1 :]) is not None


def _may_have_tags(line: str) -> bool:
    return "#" in line or "＃" in line


def _heads_list(lines: list[str], at: int, tags: list[Hashtag]) -> bool:
    """Whether a line is one tag alone right above a bulleted list's item: a menu's or a tab's
    anchor (#all above the search form's fields), not a tag of the page.

    >>> lines = ["#all", "  • 키워드", "#폭염 #출근길"]
    >>> [_heads_list(lines, at, find_hashtags(lines[at])) for at in (0, 2)]
    [True, False]
    """
    after = lines[at + 1] if at + 1 < len(lines) else ""
    alone = len(tags) == 1 and _only_hashtags(lines[at], tags)
    return alone and after.lstrip().startswith(BULLETS)


def _only_hashtags(line: str, tags: list[Hashtag]) -> bool:
    """Whether a line holds nothing but its hashtags (and white space between them)."""
    if not tags:
        return False
    gaps = [line[: tags[0].start], *(line[a.end : b.start] for a, b in pairwise(tags))]
    return not "".join([*gaps, line[tags[-1].end :]]).strip()


def _covered_lines(lines: list[str], spans: list[tuple[int, int]]) -> set[int]:
    """Indexes of lines that are mostly timestamp (datelines), given spans over the joined text;
    a line whose words outside its timestamps are only a weekday's or a year's abbreviation is
    one however long the weekday ("Воскресенье, 15 марта 2026", "… 2014 г.").

    >>> sorted(_covered_lines(["воскресенье, 10 августа 2014 г.", "Ferry sails 10 May 2014"],
    ...                       [(13, 28), (44, 55)]))
    [0]
    """
    starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
    inside: Counter[int] = Counter()
    outside = list(lines)  # each line with its timestamps blanked out
    for start, stop in spans:
        index = bisect_right(starts, start) - 1
        while index < len(lines) and starts[index] < stop:
            end = starts[index] + len(lines[index])
            low, high = max(starts[index], start), min(end, stop)
            inside[index] += max(0, high - low)
            if high > low:
                low, high = low - starts[index], high - starts[index]
                outside[index] = outside[index][:low] + " " * (high - low) + outside[index][high:]
            index += 1
    return {
        index
        for index, count in inside.items()
        if lines[index]
        and (
            count >= DATELINE_COVERAGE * len(lines[index].replace(" ", ""))
            or _only_day_words(outside[index])
        )
    }


def _only_day_words(text: str) -> bool:
    """Whether the text holds words and all of them are weekdays (the timestamps grammar's) or
    a year's abbreviation: what a dateline prints beside its date.

    >>> _only_day_words("Воскресенье,            г."), _only_day_words("Ferry sails ")
    (True, False)
    """
    found = _WORD.findall(text.lower())
    return bool(found) and all(word in _day_words() for word in found)


@once
def _day_words() -> frozenset[str]:
    """The weekdays of every language the timestamps grammar knows, and a year's Russian
    abbreviation and word ("г.", "года")."""
    return frozenset(words()["weekdays"]) | _YEAR_WORDS


def echo_words(text: str) -> set[str]:
    """The words a line's echo is measured in: numbers whole, other words by their stems,
    stress marks left out.

    >>> sorted(echo_words("Leaders met in Beijing on May 17; 지도자들이 베이징에서"))
    ['17', 'beiji', 'leade', '베이징', '지도자']
    >>> echo_words("Вече́рний") == echo_words("вечерний")
    True
    """
    return {
        word if word[0].isdigit() else word[: _hangul_stem(word) if _is_hangul(word) else _STEM]
        for word in _ECHO_WORD.findall(text.lower().translate(_STRESS_MARKS))
    }


def _hangul_stem(word: str) -> int:
    """How many syllables of a Hangul word are its stem."""
    if len(word) == _HANGUL_STEM and word[-1] in _PARTICLES:
        return _HANGUL_STEM - 1
    return _HANGUL_STEM


def _is_hangul(word: str) -> bool:
    """Whether a word starts with a Hangul syllable."""
    return "\uac00" <= word[0] <= "\ud7a3"
