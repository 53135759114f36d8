"""A tag's page: the list of the stories a site filed under one tag (or a blog's label), which
names its tag right above its first story head: the label alone ("TAG" over the tag's name),
the label and the name after a colon ("Tag: Harbour works"; a bar, a spaced dash or a slash
mark it as well: "Tag - Harbour works"), or a short line holding a tag
page's fixed phrase ("Latest stories tagged #FerryStrike", "Showing posts with label ferries"),
or by the count of the stories it holds alone on a line ("16 Stories" under the tag's name).
The labels and phrases are fixed words of each language (``tag_labels`` and ``tag_phrases`` in
the chrome facts). Such a page has no headline of its own: its first story is one item of the
list like the others, and the tag's name is no story's head.

A tag's page that shows one post, one story head under the line naming the tag and no other,
is that post's page: the post's head is its headline, and only the lines down to the one naming
the tag are the list's.

An archive's page names what it gathers after a fixed label and a colon, a bar, a spaced dash or
a slash ("Category Archives: Harbour news", "Tag Archives | Ferries", "Архив рубрики - Паромы";
``archive_labels`` in the chrome facts). That
line heads the posts the archive shows and is none of them; when it shows one post, that post's
head is the page's headline.

A topic's page prints the topic's name alone right above its first story, and the stories
filed under it name the topic inside their lines ("Harbour Medical Centre" over heads whose
leads mention the centre): the name is no story's head, and the page has no headline.

The headline chooser (``normalize.headline``) reads this as the page's items.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from normalize.chrome import chrome, line_key
from normalize.heads import Candidate
from normalize.titles import title_key

# A story head has this many words at least; the tag's name above the list stands above
# every one of them.
_HEAD_WORDS: Final = 3
# The line naming the tag is the first story head's or stands this many lines with text above
# it, at most (the label over the tag's name); a label alone may stand one line higher, a view
# switch between the tag's name and the list ("Тег" / name / "Просмотр").
_ABOVE: Final = 2
# A line naming a tag has this many words at most (a phrase, the tag's name and a link to all
# posts); a longer one is a sentence that happens to hold a label's words.
_TAG_LINE_WORDS: Final = 10
# What closes a tag's or an archive's label before the name of what the page gathers: a colon,
# a bar, or a dash or a slash set off by spaces (a dash glued to its words joins a compound).
_SPACED_MARKS: Final = (" - ", " – ", " — ", " / ")
_LABEL_MARKS: Final = (":", "|", *_SPACED_MARKS)
# A count of the stories a list holds, alone on its line: "16 Stories", "24 posts", "Статей: 16",
# "기사 16건".
_STORY_COUNT: Final = regex.compile(
    r"""^(?:
        \d[\d,.\s]*\s(?:stories|articles|posts|results|entries|items|статей|статьи|новост\p{L}*
          |материал\p{L}*|публикаци\p{L}*|записей|записи|результат\p{L}*)
      | (?:stories|articles|posts|results|статей|материалов|публикаций|записей)\s?:\s?\d[\d,.\s]*
      | (?:기사|게시물|게시글|글|검색결과)\s?:?\s?(?:총\s?)?\d[\d,]*\s?(?:건|개)
    )$""",
    regex.IGNORECASE | regex.VERBOSE,
)
# A topic's page lists this many items at least, and the lines from its first item on hold the
# topic's name inside them this many times at least.
_TOPIC_ITEMS: Final = 2
_TOPIC_MENTIONS: Final = 2


def tag_page_items(candidates: list[Candidate], texts: Sequence[str]) -> set[int]:
    """The lines of every candidate when the page is a tag's page: a line of ``texts`` (the
    page's lines with text) names the list (``names_a_list``): the first candidate that may be a
    story head (``_is_head``), or a line right above it, or a tag's label alone one line higher
    (``is_tag_label``). When one story head alone
    (``_story_heads``) stands below that line, the page shows one post: the lines down to the
    one naming the tag, no others. On another page, the lines of the candidates that name an
    archive (``names_an_archive``), which head its posts.

    >>> def head(order, text):
    ...     return Candidate(order, order, text, text.lower(), {})
    >>> texts = ["Tag: Harbour works", "Crane arrives for the new quay",
    ...          "The crane was shipped from Rotterdam and lands on Monday.",
    ...          "Dredger clears the old west channel"]
    >>> listed = [head(0, "Harbour works"), head(1, texts[1]), head(3, texts[3])]
    >>> sorted(tag_page_items(listed, texts))
    [0, 1, 3]
    >>> moved = [texts[1], texts[2], texts[0]]
    >>> tag_page_items([head(0, texts[1]), head(2, "Harbour works")], moved)
    set()
    >>> sorted(tag_page_items(listed[:2], texts[:3]))  # one post shown: its head is no item
    [0]
    >>> archive = ["Category Archives: Harbour works", *texts[1:]]
    >>> sorted(tag_page_items([head(0, archive[0]), head(1, archive[1])], archive))
    [0]
    """
    top = min((c.order for c in candidates if _is_head(c)), default=-1)
    naming = next((k for k in range(max(top - _ABOVE, 0), top + 1) if names_a_list(texts[k])), -1)
    if naming < 0 and top > _ABOVE and is_tag_label(texts[top - _ABOVE - 1]):
        naming = top - _ABOVE - 1  # the label alone, over the tag's name and a view switch
    if naming < 0:
        return {
            c.line
            for c in candidates
            if names_an_archive(texts[c.order])
            and (_story_heads(candidates, c.order) or not _spaced_label(texts[c.order]))
        }
    heads = _story_heads(candidates, naming)
    if heads == 0 and _spaced_label(texts[naming]):  # a headline's own dash: no list under it
        return set()
    if heads == 1:  # one post shown: its head is the page's
        return {c.line for c in candidates if c.order <= naming}
    return {c.line for c in candidates}


def _is_head(candidate: Candidate) -> bool:
    """A line that may be a story head: of a head's length, and no machinery (a breadcrumb's
    trail of three words is none)."""
    return len(candidate.text.split()) >= _HEAD_WORDS and not candidate.signals.get("machinery")


def _story_heads(candidates: list[Candidate], naming: int) -> int:
    """How many candidates below the line naming the tag (``naming``, its place among the
    lines with text) are story heads: of a head's length, neither a sentence nor longer than
    a headline (a post's paragraphs are no heads)."""
    return sum(
        1
        for c in candidates
        if c.order > naming
        and len(c.text.split()) >= _HEAD_WORDS
        and not c.signals.get("sentence")
        and not c.signals.get("long")
    )


def names_a_tag(line: str) -> bool:
    """Whether the line names the tag a page lists: a tag's label alone or before a colon and
    the name, or a short line holding a tag page's phrase, maybe before a colon and the name.

    >>> names_a_tag("TAG"), names_a_tag("Tag: Harbour works"), names_a_tag("Tagged shark returns")
    (True, True, False)
    >>> names_a_tag("Latest stories tagged #FerryStrike"), names_a_tag("Тег: паром")
    (True, True)
    >>> names_a_tag('Новости с меткой: "Паром"'), names_a_tag("Tag - harbour works")
    (True, True)
    >>> names_a_tag("Tag-team wins the harbour regatta")
    False
    """
    if len(line.split()) > _TAG_LINE_WORDS:
        return False
    facts = chrome()
    key = line_key(line)
    cut = label_and_name(key)
    label, name = cut or (key, "")
    if is_tag_label(line) or (name.strip() and line_key(label) in facts.tag_labels):
        return True
    spaced = f" {key} "
    named = f" {line_key(label)} " if cut else ""  # the phrase before a colon and the tag
    return any(f" {phrase} " in spaced or f" {phrase} " in named for phrase in facts.tag_phrases)


def names_a_list(line: str) -> bool:
    """Whether the line over a list's first story head names the list: its tag
    (``names_a_tag``), or the count of the stories it holds alone ("16 Stories", "기사 16건").

    >>> names_a_list("16 Stories"), names_a_list("기사 16건"), names_a_list("16 stories of the sea")
    (True, True, False)
    """
    return names_a_tag(line) or _STORY_COUNT.match(line_key(line)) is not None


def is_tag_label(line: str) -> bool:
    """Whether the line is a tag's label alone, a fixed word of its language ("TAG", "Тег"),
    printed over the tag's name.

    >>> is_tag_label("Тег"), is_tag_label("Tag: Harbour works")
    (True, False)
    """
    return line_key(line) in chrome().tag_labels


def names_an_archive(line: str) -> bool:
    """Whether the line names what an archive's page gathers: an archive's label (one of the
    chrome facts' ``archive_labels``), a colon, a bar, a spaced dash or a slash, then a name.

    >>> names_an_archive("Tag Archives | Ferries"), names_an_archive("Monthly Archives: May 2021")
    (True, True)
    >>> names_an_archive("Tag Archives / Ferries"), names_an_archive("Архив рубрики - Паромы")
    (True, True)
    >>> names_an_archive("Archives show the ferry ran in 1911"), names_an_archive("Archives:")
    (False, False)
    >>> names_an_archive("Harbour: the town archives reopen")
    False
    """
    cut = label_and_name(line)
    return cut is not None and bool(cut[1].strip()) and line_key(cut[0]) in chrome().archive_labels


def label_and_name(line: str) -> tuple[str, str] | None:
    """The line cut at the first mark that closes a label (``_LABEL_MARKS``): what stands
    before it and what follows it; none when it holds no mark.

    >>> label_and_name("Tag - Harbour works"), label_and_name("Harbour works")
    (('Tag', 'Harbour works'), None)
    """
    found = _label_mark(line)
    if found is None:
        return None
    at, mark = found
    return line[:at], line[at + len(mark) :]


def _label_mark(line: str) -> tuple[int, str] | None:
    """The first mark in the line that may close a label (``_LABEL_MARKS``) and where it
    stands; none when it holds no mark."""
    return min(((line.find(mark), mark) for mark in _LABEL_MARKS if mark in line), default=None)


def _spaced_label(line: str) -> bool:
    """Whether a spaced dash or a slash closes the line's label (``_SPACED_MARKS``): a mark a
    headline also sets between its parts ("Tag – the playground game that outlived the
    smartphone"), so the line names a tag or an archive only over a list of story heads.

    >>> _spaced_label("Tag - Harbour works"), _spaced_label("Tag: Harbour works")
    (True, False)
    """
    found = _label_mark(line)
    return found is not None and found[1] in _SPACED_MARKS


def topic_name(candidates: list[Candidate], items: set[int], texts: Sequence[str]) -> set[int]:
    """The line of a topic page's name: the candidate right above the first of the page's items
    (``items``, two or more), itself no item, whose key two or more of the lines from that item
    on (``texts``: the page's lines with text) hold inside theirs, no copy of it. A headline
    stands above its own lead, not right above another story's head, and a title over a page's
    items is rarely a name their own stories print.

    >>> def head(order, text):
    ...     return Candidate(order, order, text, title_key(text), {})
    >>> texts = ["Grey Point Lighthouse", "Crews repaint the tower",
    ...          "Volunteers spent a weekend on the Grey Point Lighthouse tower.",
    ...          "Lamp room reopens to visitors", "The Grey Point Lighthouse lamp room opens."]
    >>> found = [head(0, texts[0]), head(1, texts[1]), head(3, texts[3])]
    >>> topic_name(found, {1, 3}, texts), topic_name(found, {1, 3}, texts[:4])
    ({0}, set())
    """
    if len(items) < _TOPIC_ITEMS:
        return set()
    first = next((c for c in candidates if c.line in items), None)
    if first is None or first.order == 0:
        return set()
    name = next((c for c in candidates if c.order == first.order - 1), None)
    if name is None or name.line in items or not name.key:
        return set()
    spaced = f" {name.key} "
    mentions = 0
    for text in texts[first.order :]:
        key = title_key(text)
        mentions += key != name.key and spaced in f" {key} "
        if mentions == _TOPIC_MENTIONS:
            return {name.line}
    return set()
