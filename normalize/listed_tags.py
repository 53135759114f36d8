"""Whether a hashtag found on a line is one of the page's tags or a word of its text: a tag
alone, in a run of tags or closing its clause is listed; a tag quoted in prose, or followed by
more words of its sentence, is not."""

from __future__ import annotations

import regex

from normalize.hashtags import Hashtag, unmarked

_HAS_LETTER = regex.compile(r"\p{L}")
# Where running text around a tag ends: a sentence's end, a closing quote or bracket, a bar.
_CLAUSE_END = regex.compile(r"""[.!?…。|»”"')\]》」』›]""")
# Opening quotes: a tag right after one is quoted in prose ('#태그' 태그를 단 게시물).
_OPENING_QUOTES = frozenset("'\"‘“«„「『‹《〈")
_TAG_OR_SPACE = regex.compile(r"(?:[#\uff03][\p{L}\p{M}\p{N}_\p{Cf}]*|\s+)")
# A tag standing as a token of its own: the sign, then letters, marks, digits, underscores and
# joiners, with a letter among them.
_TAG_TOKEN = regex.compile(r"[#\uff03][\p{L}\p{M}\p{N}_\p{Cf}]*\p{L}[\p{L}\p{M}\p{N}_\p{Cf}]*")
_SPACE = regex.compile(r"\p{White_Space}")
# The token after the spaces that follow a tag.
_NEXT_TOKEN = regex.compile(r"\p{White_Space}+([^\p{White_Space}]*)")


def is_listed(line: str, found: Hashtag) -> bool:
    """Whether a tag found on a line stands as one of the page's tags: alone, in a run of tags
    (whatever follows the run: a flattened page's counters or credit line), or closing its line,
    sentence or quote (a line break printed as markup, "<br />", is white space there). A tag
    quoted in prose, or alone followed by more words of its sentence, is a word of the text
    ("Fans trend #Lumina worldwide"), not a tag of the page.

    >>> from normalize.hashtags import find_hashtags
    >>> line = "Fans trend #Lumina worldwide #kpop #fandom likes 12"
    >>> [h.tag for h in find_hashtags(line) if is_listed(line, h)]
    ['kpop', 'fandom']
    """
    line = unmarked(line)
    if found.start > 0 and line[found.start - 1] in _OPENING_QUOTES:
        return False
    after = line[found.end :]
    clause = _CLAUSE_END.split(after, maxsplit=1)[0]
    return not _HAS_LETTER.search(_TAG_OR_SPACE.sub("", clause)) or _in_run(line, found)


def _in_run(line: str, found: Hashtag) -> bool:
    """Whether a tag stands in a run of two tags or more, spaces between, that words of its
    line come before: a flattened page's tag block between its text and its footer (본문 끝 #태그
    #태그 공감0). A run opening its line, words after it, opens a quoted post (#tag #tag Today we
    ...): its tags are the post's."""
    tags_before, index = 0, found.start
    while index > 0 and _SPACE.match(line[index - 1]):
        token_end = index - 1
        while token_end > 0 and _SPACE.match(line[token_end - 1]):
            token_end -= 1
        token_start = token_end
        while token_start > 0 and not _SPACE.match(line[token_start - 1]):
            token_start -= 1
        if not _TAG_TOKEN.fullmatch(line, token_start, token_end):
            break  # a word before the run (none where only spaces are left)
        tags_before += 1
        index = token_start
    words_before = any(not _SPACE.match(letter) for letter in line[:index])
    if not words_before or tags_before > 0:
        return words_before
    following = _NEXT_TOKEN.match(line, found.end)  # no tag before it: the run needs one after
    return following is not None and _TAG_TOKEN.fullmatch(following.group(1)) is not None
