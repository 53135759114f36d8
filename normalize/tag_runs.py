"""Whether a hashtag stands in a run of tags on its line: a flattened page's tag block between
its text and its footer, or the run that opens a quoted post."""

from __future__ import annotations

import regex

# A tag standing as a token of its own: the sign, then letters, marks, digits, underscores and
# joiners, with a letter among them.
_TAG_TOKEN = regex.compile(r"[#\uff03][\p{L}\p{M}\p{N}_\p{Cf}]*\p{L}[\p{L}\p{M}\p{N}_\p{Cf}]*")
_SPACE = regex.compile(r"\p{White_Space}")
# The token after the spaces that follow a tag.
_NEXT_TOKEN = regex.compile(r"\p{White_Space}+([^\p{White_Space}]*)")


def in_tag_run(line: str, start: int, end: int) -> bool:
    """Whether the tag at ``start:end`` of a line stands in a run of two tags or more, spaces
    between, that words of its line come before: a flattened page's tag block between its text
    and its footer (본문 끝 #태그 #태그 공감0). A run opening its line, words after it, opens a
    quoted post (#tag #tag Today we ...): its tags are the post's.

    >>> in_tag_run("본문 끝 #태그 #행사 공감0", 5, 8)
    True
    >>> in_tag_run("#tag #post Today we sailed", 0, 4)
    False
    """
    tags_before, index = 0, start
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
    following = _NEXT_TOKEN.match(line, end)  # no tag before it: the run needs one after
    return following is not None and _TAG_TOKEN.fullmatch(following.group(1)) is not None
