"""A page's machinery read line by line and in blocks: each line's kind (``boilerplate``), a
related box taking the teasers under it, runs of short labels that make a menu, an outlet's
self-description and a writer's title beside machinery, a video channel's name.
"""

from __future__ import annotations

from normalize.boilerplate import (
    HASHTAG_LINE,
    MENU_ITEM_WORDS,
    PAGER,
    SENTENCE_END,
    SHORT_LINE_WORDS,
    LineKind,
    is_about,
    is_channel,
    is_teaser,
    line_kind,
    more_words,
)
from normalize.bylines import is_writer_title
from normalize.chrome import is_poll_label
from normalize.text import ends_with_ellipsis

# A menu is at least this many consecutive lines of ``MENU_ITEM_WORDS`` words at most.
MENU_LINES = 4


def machinery_lines(lines: list[str]) -> dict[int, LineKind]:
    """The lines that are page machinery, by index, with their kind.

    A related-block header below some text takes the lines under it while they look like
    teasers (kind ``"teaser"``) and stops at the first full paragraph, so an inline "Related"
    box does not swallow the article after it. Above any text or sentence and over no other
    story's head (``_over_a_head``), the same label is the page's own, no machinery: a
    roundup's title ("오늘의 주요뉴스" over the day's items); a blog's pager there still names
    other posts. An outlet's self-description goes when machinery stands next to it.

    >>> story = "The two leaders met in Beijing on Thursday and signed a statement."
    >>> machinery_lines(["Leaders meet", story, "Related stories", "Teaser one", "Share"])
    {2: 'related', 3: 'teaser', 4: 'widget'}
    >>> machinery_lines(["Top stories", story, "Related stories", "Teaser one"])
    {2: 'related', 3: 'teaser'}
    """
    kinds: dict[int, LineKind] = {}
    in_related = seen_text = seen_sentence = False
    for index, line in enumerate(lines):
        if not line:
            continue
        kind = line_kind(line)
        if kind == "related":
            # Above the story, "Top stories" labels the page; over the page's own text, no
            # other story's head and no sentence above it, it is no machinery: a roundup's own
            # title ("오늘의 주요뉴스" over the day's items), though a pager names other posts
            # there too; below the story, a block of teasers, and below a post of short
            # sentences it still heads one ("'…' 카테고리의 다른 글" over a table of posts).
            in_related = seen_text
            if (
                not seen_text
                and not seen_sentence
                and not PAGER.match(line)
                and not _over_a_head(lines, index)
            ):
                kind = "text"
        elif in_related and kind == "text" and is_teaser(line):
            kind = "teaser"
        elif kind == "text":
            in_related = False
            seen_text = seen_text or more_words(line, SHORT_LINE_WORDS)
            seen_sentence = seen_sentence or SENTENCE_END.search(line) is not None
        if kind != "text":
            kinds[index] = kind
    filled = [index for index, line in enumerate(lines) if line]
    _take_menus(lines, filled, kinds)
    # Each filled line with the ones before and after it (None at the ends; none when all empty).
    neighbours = zip([None, *filled], filled, [*filled[1:], None], strict=False)
    for before, index, after in neighbours:
        if index in kinds:
            continue
        if (before in kinds or after in kinds) and is_about(lines[index]):
            kinds[index] = "about"
        elif before in kinds and kinds[before] == "byline" and is_writer_title(lines, index):
            kinds[index] = "byline"  # the writer's title under the name: "Courier Reporter"
        elif after is not None and is_channel(lines[index], lines[after]):
            kinds[index] = "widget"
        elif after is not None and is_poll_label(lines[index]) and _asks(lines[after]):
            # a poll's box: its label and its question, another thing than the story
            kinds[index] = "related"
            kinds.setdefault(after, "teaser")
    return kinds


def _asks(line: str) -> bool:
    """Whether a line is a question, closed by its mark: a poll's under its label.

    >>> _asks("Will you ride the river tram? "), _asks("The tram sets off in June.")
    (True, False)
    """
    return line.strip().endswith("?")


def _over_a_head(lines: list[str], index: int) -> bool:
    """Whether the first line of text below the line at ``index`` is another story's head, a
    box's first item: a teaser cut short by an ellipsis, or three words or more that close no
    sentence. A paragraph, or a short line (an anchor's mark, a dateline's label), is the
    page's own text.

    >>> _over_a_head(["Top stories", "", "Ferry fares rise on island routes"], 0)
    True
    >>> _over_a_head(["오늘의 주요뉴스", "◀ 앵커 ▶", "여객선이 밤에도 다닙니다."], 0)
    False
    """
    for line in lines[index + 1 :]:
        if not line or line_kind(line) != "text":
            continue
        words = sum(1 for word in line.split() if any(ch.isalpha() for ch in word))
        return ends_with_ellipsis(line) or (words >= 3 and not SENTENCE_END.search(line))
    return False


def _take_menus(lines: list[str], filled: list[int], kinds: dict[int, LineKind]) -> None:
    """Navigation menus: runs of short lines, mostly known labels, go whole (the outlet's name
    above them and the labels we do not know included)."""
    run: list[int] = []
    for index in [*filled, None]:
        if (
            index is not None
            and not more_words(lines[index], MENU_ITEM_WORDS)
            and not SENTENCE_END.search(lines[index])
            and not HASHTAG_LINE.match(lines[index])
        ):
            run.append(index)
            continue
        if len(run) >= MENU_LINES:
            known = sum(1 for item in run if kinds.get(item) in ("section", "widget"))
            if known * 2 >= len(run):
                for item in run:
                    kinds.setdefault(item, "widget")
        run = []
