"""Language of every fragment of a text: script first, statistics only where script is ambiguous.

Hangul is Korean and kana is Japanese without further thought. Latin and Cyrillic letters are
shared by many languages, so their words are scored against the candidate languages of that
script (``model.py``), with the page's own languages as the prior for short runs
(``prior.py``: "기자: Kim Ji-hoon" is English, not Spanish). Then a text is read as a reader
would (``rules.py``): a name glued into a word of another script is part of it ("NBA에서"),
and a lone word next to a longer run of its script takes that run's language. Neighbouring
blocks of one language make a fragment.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Final, NamedTuple

import regex

from normalize.facts import scripts_with
from normalize.languages.blocks import Block, block_language, single_block
from normalize.languages.model import has_candidates
from normalize.languages.prior import reads_as_name, with_prior
from normalize.languages.rules import read_blocks, sentence_labels
from normalize.scripts import dominant_script

# A token between fragments: anything between white space (with the information
# separators U+001C-U+001F, which Python's str.isspace also counts as space).
_TOKEN: Final = regex.compile(r"[^\s\x1c-\x1f]+")

# A token between fragments that separates them and belongs to neither.
_SEPARATOR: Final = regex.compile(r"[-–—/|·•:;,>→=+*~]+")


# What closes the fragment before it, whatever follows: brackets and quotes closed against
# its last letter ("(KDI)은"), then a label's mark, a colon (spaced or not) or an equals
# sign written against the label ("Фото: Reuters", "출처 : Unsplash", "사진=AP").
_CLOSING: Final = regex.compile(r"[\p{Pe}\p{Pf}]*(?:\x20?[:：]|=)?")


class Fragment(NamedTuple):
    """A maximal run of text in one language, with code-point offsets (end exclusive)."""

    start: int
    end: int
    text: str
    lang: str
    script: str


def detect_fragments(
    text: str,
    *,
    languages: Collection[str] | None = None,
    page_languages: Sequence[str] | None = None,
) -> list[Fragment]:
    """Maximal runs of one language, in order, covering every letter of the text.

    Digits and closing punctuation stay with the words before them, a label's colon too,
    opening brackets and hashtag signs with the words after; separators between fragments
    (" / ", " | ") belong to none. A name or acronym glued into a word of another script
    ("NBA에서") is part of that word; each hashtag is a fragment of its own. A short run of
    Latin or Cyrillic letters ("Kim Ji-hoon" beside Korean) is read with the page's prior:
    the language of the page's long runs of its script, else English for Latin and Russian
    for Cyrillic on a page that mixes scripts or whose runs of the script are all names.
    `page_languages` (the page's languages by share, when the text is a part of a page)
    gives that prior instead of the text's own runs. `languages`, when given, restricts the
    labels to those codes (others become "und").

    >>> [(f.text, f.lang) for f in detect_fragments("Читать полностью / Read more / 더 보기")]
    [('Читать полностью', 'ru'), ('Read more', 'en'), ('더 보기', 'ko')]
    >>> [(f.text, f.lang) for f in detect_fragments("기자: Kim Ji-hoon")]
    [('기자:', 'ko'), ('Kim Ji-hoon', 'en')]
    """
    blocks, labels, own = read_blocks(text, languages, page_languages)
    # Neighbouring blocks of one language merge; each hashtag stays a fragment of its own.
    spans: list[list[int]] = []
    merged_labels: list[str] = []
    weights: list[dict[str, int]] = []
    for k, (block, label) in enumerate(zip(blocks, labels, strict=True)):
        joinable = k > 0 and not block.hashtag and not blocks[k - 1].hashtag
        if joinable and merged_labels[-1] == label:
            spans[-1][1] = block.end
        else:
            spans.append([block.start, block.end])
            merged_labels.append(label)
            weights.append({})
        # An island's letters do not make the script of the sentence it sits in.
        weight = block.letters if own[k] == label else 0
        weights[-1][block.script] = weights[-1].get(block.script, 0) + weight
    _widen(text, spans)
    fragments = []
    for (start, end), label, counts in zip(spans, merged_labels, weights, strict=True):
        script = max(sorted(counts), key=lambda name: counts[name])
        fragments.append(Fragment(start, end, text[start:end], label, script))
    return fragments


def language_shares(fragments: Sequence[Fragment]) -> list[str]:
    """Languages present, by descending share of letters (ties by code); "und" left out.

    >>> language_shares(detect_fragments("Описание к видео / Read more"))
    ['ru', 'en']
    """
    letters: dict[str, int] = {}
    for fragment in fragments:
        if fragment.lang == "und":
            continue
        letters[fragment.lang] = letters.get(fragment.lang, 0) + _alphabetic_count(fragment.text)
    return sorted(letters, key=lambda lang: (-letters[lang], lang))


def detect_language(
    text: str,
    *,
    languages: Collection[str] | None = None,
    page_languages: Sequence[str] | None = None,
) -> str:
    """One ISO 639-1 code for the text: the language with most letters, "und" without letters.

    A short Latin name counts for the sentence of another script it sits in ("Samsung
    Galaxy S24 출시" is Korean). A lone word or phrase is read from its own letters, but
    a lone name with the script's default's prior (its letters say little: "Lee Su-min");
    `page_languages` (the languages of the page it is from, by share) are the prior for
    its short runs, as in `detect_fragments`.

    >>> detect_language("Описание к видео")
    'ru'
    >>> detect_language("2024-05-17")
    'und'
    >>> detect_language("con Lee Su-min"), detect_language("con Lee Su-min", page_languages=["ko"])
    ('es', 'en')
    >>> detect_language("Lee Su-min")
    'en'
    """
    single = single_block(text)
    if single is not None:
        own = [block_language(single, languages)]
        if page_languages is None and not reads_as_name(single):
            return own[0]
        return with_prior([single], own, languages, page_languages)[0]
    # The letters of language_shares(detect_fragments(text)), without building fragments
    # (the digits and punctuation fragments take in between blocks hold no letters), with
    # names counted for the sentence they sit in.
    blocks, labels, _ = read_blocks(text, languages, page_languages)
    labels = sentence_labels(text, blocks, labels)
    letters: dict[str, int] = {}
    for block, label in zip(blocks, labels, strict=True):
        if label != "und":
            letters[label] = letters.get(label, 0) + _alphabetic(text, block)
    return min(letters, key=lambda lang: (-letters[lang], lang)) if letters else "und"


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the white-space separated tokens of text[start:end]."""
    return [m.span() for m in _TOKEN.finditer(text, start, end)]


def _widen(text: str, spans: list[list[int]]) -> None:
    """Give the digits and punctuation between fragments to the fragment they belong to.

    Closing brackets and quotes written against a fragment's last letter, then a label's
    colon (spaced or not) or equals sign, close it ("(KDI)은", "출처 : Unsplash", "사진=AP").
    A token written against a fragment's first letter ("(클릭시", "3일") opens it; other
    tokens close the fragment before them ("2007-07-31 10:30", "(20", "9m") up to a
    separator (" - ", " | ") or line break; what follows the last separator or line break
    opens the next fragment. Separators belong to neither.
    """
    for i in range(len(spans) + 1):
        floor = spans[i - 1][1] if i > 0 else 0
        ceiling = spans[i][0] if i < len(spans) else len(text)
        first_break = text.find("\n", floor, ceiling)
        last_break = text.rfind("\n", floor, ceiling)
        # Most gaps open with a space that no colon follows: nothing closes there.
        if (
            i > 0
            and floor < ceiling
            and (text[floor] != " " or text[floor + 1 : floor + 2] in ":：")
        ):
            floor = spans[i - 1][1] = _CLOSING.match(text, floor, ceiling).end()
        if first_break < 0:
            tokens = _tokens(text, floor, ceiling)
            # A separator written against both fragments ("Telegram-канал", "AP/한빛통신")
            # belongs to neither, as one between spaces does.
            between = tokens == [(floor, ceiling)] and 0 < i < len(spans)
            attached = (
                tokens.pop()
                if tokens
                and tokens[-1][1] == ceiling
                and i < len(spans)
                and not (between and _SEPARATOR.fullmatch(text, floor, ceiling))
                else None
            )
            cuts = [k for k, token in enumerate(tokens) if _SEPARATOR.fullmatch(text, *token)]
            if not cuts:
                # No separator: the tokens close the fragment before, if there is one.
                closing, opening = (tokens, []) if i > 0 else ([], tokens)
            else:
                closing, opening = tokens[: cuts[0]], tokens[cuts[-1] + 1 :]
            if attached is not None:
                opening = [*opening, attached]
        else:
            closing = _until_separator(text, _tokens(text, floor, first_break))
            opening = _until_separator(text, _tokens(text, last_break + 1, ceiling)[::-1])[::-1]
        if closing and i > 0:
            spans[i - 1][1] = closing[-1][1]
        if opening and i < len(spans):
            spans[i][0] = opening[0][0]


def _until_separator(text: str, tokens: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The tokens before the first separator among them."""
    for k, token in enumerate(tokens):
        if _SEPARATOR.fullmatch(text, *token):
            return tokens[:k]
    return tokens


def _alphabetic_count(text: str) -> int:
    """How many characters of the text are letters (str.isalpha): most of its words are
    letters alone, counted by their length without a look at every character."""
    count = 0
    for word in text.split():
        count += len(word) if word.isalpha() else sum(map(str.isalpha, word))
    return count


def _alphabetic(text: str, block: Block) -> int:
    """How many of the block's characters are letters (str.isalpha). Only its words hold
    letters, so when they are letters alone the count is their length, without a look
    at every character."""
    words = "".join(block.words)
    if words.isalpha():
        return len(words)
    return _alphabetic_count(text[block.start : block.end])


def page_language(text: str) -> str | None:
    """The language whose conventions (time zone, order of day and month) a page follows.

    Its most written script decides: a script of one language (Hangul) says it at once, a
    shared one (Cyrillic) is told apart by the detector; a script whose languages share no
    conventions (Latin) says none.

    >>> page_language("Путин прибыл в Пекин"), page_language("중러 정상회담"), page_language("Xi")
    ('ru', 'ko', None)
    """
    script = dominant_script(text)
    conventions = scripts_with("conventions").get(script)
    if conventions is None:
        return None
    return detect_language(text) if has_candidates(script) else str(conventions)
