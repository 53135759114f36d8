"""Whether a hashtag stands in a run of tags on its line: a flattened page's tag block between
its text and its footer, or the run that opens a quoted post; or inside a paragraph, closing one
of its sentences."""

from __future__ import annotations

import regex

# A tag standing as a token of its own: the sign, then letters, marks, digits, underscores and
# joiners, with a letter among them.
_TAG_TOKEN = regex.compile(r"[#\uff03][\p{L}\p{M}\p{N}_\p{Cf}]*\p{L}[\p{L}\p{M}\p{N}_\p{Cf}]*")
_SPACE = regex.compile(r"\p{White_Space}")
# The token after the spaces that follow a tag.
_NEXT_TOKEN = regex.compile(r"\p{White_Space}+([^\p{White_Space}]*)")
# A tag, to be read as a space among a sentence's words.
_TAG = regex.compile(r"[#\uff03][\p{L}\p{M}\p{N}_\p{Cf}]*")
_LETTERS = regex.compile(r"\p{L}+")
# Where running text around a tag ends: a sentence's end, a closing quote or bracket, a bar.
CLAUSE_END = regex.compile(r"""[.!?…。|»”"')\]》」』›]""")
# A sentence's stop: a tag closing a sentence that its paragraph goes on past is one of its words.
_SENTENCE_STOPS = frozenset(".!?…")
# Such a sentence holds this many words before the tag at least, and the paragraph as many
# before the sentence and after its stop.
_PROSE_WORDS = 3
# The word that names what follows as a tag ("send a question with the tag #AskTheReeve"), the
# same in each language: a tag so named in a paragraph's middle is spoken of, no tag of the post.
_TAG_NOUNS = frozenset(
    {"tag", "hashtag", "тег", "тегом", "хэштег", "хэштегом", "хештег", "хештегом"}
    | {"태그", "해시태그"}
)
# The word right before a tag, spaces or a colon between (read backwards from the tag).
_WORD_BEFORE = regex.compile(r"(?r)(\p{L}+)[\p{White_Space}:]*$")


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


def in_paragraph(line: str, start: int, end: int) -> bool:
    """Whether the tag at ``start:end`` of a line, named as a tag by the word before it, closes
    a sentence (a sentence's stop right after it) in the middle of a paragraph: ``_PROSE_WORDS``
    words at least in the paragraph before that sentence, in the sentence before the tag and in
    the paragraph after its stop. It is a word of the paragraph; a page's own tags close their
    line, their post's last sentence or its first ("Volunteers cleaned the bank #CleanBank.
    Hundreds sent photos."), or any sentence when no word names them ("We had a great day. Join
    us next Saturday #CleanBank. Bring gloves and bags.").

    >>> line = "Hi to all. Send a question with the tag #AskTheMayor. Good morning, Mr. Mayor."
    >>> in_paragraph(line, 40, 52)
    True
    >>> in_paragraph(line[10:], 30, 42), in_paragraph(line[:53], 40, 52)
    (False, False)
    """
    if end >= len(line) or line[end] not in _SENTENCE_STOPS:
        return False
    named = _WORD_BEFORE.search(line, 0, start)
    if named is None or named.group(1).lower() not in _TAG_NOUNS:
        return False
    sentence = CLAUSE_END.split(line[:start])[-1]
    earlier = line[: start - len(sentence)]
    return all(
        len(_LETTERS.findall(_TAG.sub(" ", part))) >= _PROSE_WORDS
        for part in (earlier, sentence, line[end + 1 :])
    )
