"""Photograph captions and credits: a caption names its photograph's source, by a marker or
with "=", or closes with a credit in brackets or a signature after a dash, or tells a past day in
the present tense; no headline does."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from normalize.chrome import chrome, line_key
from normalize.text import WHITESPACE

# A credit that names a photograph's or a copy's source with "=", which no headline prints.
_CREDIT: Final = regex.compile(
    r"""[(\[][^()\[\]=]{1,20}=[^()\[\]=]{1,40}[)\]]  # in brackets: "(출처=SNS)", "[사진=뉴시스]"
    | \S\s=\s\S                                   # spaced: "Photos = A. Name", "… = (Agency)"
    """,
    regex.VERBOSE,
)
# A photograph's credit in brackets that closes a line, naming its source after "=" or ":":
# "<사진제공=Name>", "(Photo: Agency)" (a bare "(사진)" only says the story has photographs).
_CLOSING_BRACKETS: Final = regex.compile(
    r"[<(\[][^<>()\[\]=:]{1,20}[=:][^<>()\[\]]{1,40}[>)\]]\s*$"
)
# What sets a signature after a caption at the end of its line: a spaced dash, two hyphens, a
# dash or a copyright sign ("... - Credit: Agency", "...Hospital.--NEWS PHOTO A NAME",
# "... Monday. — Picture by A. Name", "... 있다. © 뉴스온"), or a slash glued to the name
# after a space ("... 내밀었다. /한빛시 제공"; a spaced slash closes a headline's tail).
_SIGNATURE: Final = regex.compile(r"\s[-–—]+\s|--|[–—©ⓒ]|\s/\b")
# A signature names a photographer, an agency or an outlet: this many words at most, with a
# letter and no figure (a date after a dash closes a blog's title: "<title> -- March 3, 2018").
_SIGNATURE_WORDS: Final = 5
_NAME: Final = regex.compile(r"[^\p{N}]*\p{L}[^\p{N}]*")
# A sentence that closes before its signature: a word's last two letters, its full stop, maybe
# a bracket's end; not a quotation's (a quote signed by its speaker is no photograph's caption),
# nor a cry or a question (a post's title signed by its writer: "Back to the pier! -- A. Name").
_SIGNED_SENTENCE: Final = regex.compile(r"\p{L}{2}\.\)*\s*$")
# A giver's credit that closes a caption after its sentence's full stop or a spaced slash, the
# giver's name and the Korean for "provided by" ("... 있다. 솔내시 제공", "행사 포스터 / 솔내시
# 제공"), which no headline closes with after a stop or a slash: the name has no figure, no stop
# and no slash, and fewer than ``_SIGNATURE_WORDS`` words.
_GIVEN_BY: Final = "제공"
_GIVEN_CREDIT: Final = regex.compile(r"(?:\p{L}{2}\.|\s/)\s+([^\p{N}./]+?)\s*제공\s*$")
# A credit after a caption's full stop: an outlet's initials in capitals and its picture's word
# ("… lands at a pontoon. HC Image", "… at the pier. AP Photo"), which closes no headline.
_INITIALS_CREDIT: Final = regex.compile(r"\p{L}{2}\.\s+\p{Lu}{2,5}\s+(?:Image|Photo|Picture)s?\s*$")
# A giver's credit in brackets that is the whole line: "[솔내시 제공]", "[한빛엔터 제공.
# 재판매 금지]"; not a note closing a headline ("캠프 참가자 모집 (숙식 제공)").
_BRACKETED_GIVER: Final = regex.compile(
    r"""^[\[(<] [^\[\]()<>=]{1,30} \s제공  # the whole line: the giver's name, "provided by"
        (?:\.[^\[\]()<>]{0,30})?         # the terms of the photograph's use, after a stop
        [\])>] \s*$""",
    regex.VERBOSE,
)
# An image's file name closing a line: a name in ASCII letters with a figure, an underscore or
# a hyphen, glued to its extension ("w-story.tif", "IMG_2041.JPG"), which a page prints where
# its photograph stood; a community post's title closing with a word and ".jpg" ("…근황.jpg",
# "…guy.jpg") says it holds a picture.
_IMAGE_FILE: Final = regex.compile(
    r"(?:^|\s)[A-Za-z0-9_.-]*[0-9_-][A-Za-z0-9_.-]*"
    r"\.(?:jpe?g|JPE?G|png|PNG|gif|GIF|tiff?|TIFF?|webp|WEBP|bmp|BMP|heic|HEIC)\s*$"
)
# A copyright sign and a year open a copyright notice in any language, the word "Copyright"
# maybe before them: "© 2019–2025 Name", "Copyright ⓒ 2024 Name …".
_COPYRIGHT_YEAR: Final = regex.compile(r"^\s*(?:copyright\s*)?(?:©|ⓒ|\(c\))\s*(?:19|20)\d\d\b")
# A rights holder's credit after a picture's subject: a copyright sign and a year after words
# ("Harbor Lights © 2019 Bay Films, LLC"), which no headline prints; a notice that opens its
# line is the boilerplate's. The words after the year name the holder (``_names_holder``).
_RIGHTS_CREDIT: Final = regex.compile(r"\S\s*[©ⓒ]\s*(?:19|20)\d\d\b")
# A caption printed twice: its copy and its credit are looked for this many lines around it.
_DOUBLED_CREDIT_LINES: Final = 3
# A caption tells in the present tense what its people did on a past day, the day closing its
# one sentence: a name of two capitalised words or more, then its verb, the first word in small
# letters, then what it does and where, and the day ("Mayor Ana Ruiz cuts the ribbon at the
# pier on Monday."); a lead tells the day in the past tense ("… met on Monday."). English only.
_PRESENT_CAPTION: Final = regex.compile(
    r"""^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+)  # the name: capitalised words
        \s+(\p{Ll}+)\s                                  # its verb, in small letters
        [^.!?]*                                         # what it does, where: no other sentence
        \b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.$  # the day, a stop
    """,
    regex.VERBOSE,
)
# What opens a sentence's subject before a common noun, no name ("The mayor …", "This pier …").
_DETERMINERS: Final = frozenset({"The", "This", "These", "Those", "A", "An"})
# Verbs ending in "s" that a lead's sentence tells the news with, in the present: an auxiliary
# before a past participle ("… has said …"), or a report of what was said ("Police says …").
_LEAD_VERBS: Final = frozenset({"is", "has", "was", "does", "says"})
# A caption is one sentence of a headline's length: this many words at most.
_CAPTION_WORDS: Final = 20


def is_caption(line: str) -> bool:
    """A photo caption or credit: it names the photograph's source, by a marker (one that points
    at the photograph above opens the line), with "=", by its giver's credit in brackets or by
    an outlet's initials and a picture's word after its full stop.

    >>> is_caption("(출처=하늘빛 공식 SNS)"), is_caption("Photos = Ana Ruiz")
    (True, True)
    >>> is_caption("[솔내시 제공. 재판매 금지]"), is_caption("솔내시, 어르신 무료 급식 제공")
    (True, False)
    >>> is_caption("여름 캠프 참가자 모집 (숙식 제공)")
    False
    >>> is_caption("Ferry fares rise again on island routes")
    False
    >>> is_caption("The new pier stands empty at dawn. HC Photo")
    True
    >>> is_caption("↑↑ 솔내군청 앞 광장"), is_caption("금리 ↑↑ 대출 문턱 높아진다")
    (True, False)
    """
    lowered = line.lower()
    return (
        any(marker in lowered for marker in chrome().caption_markers)
        or lowered.lstrip(WHITESPACE).startswith(chrome().caption_openers)
        or line_key(line) == ""
        or ("=" in line and _CREDIT.search(line) is not None)
        or (_GIVEN_BY in line and _BRACKETED_GIVER.search(line) is not None)
        or _INITIALS_CREDIT.search(line) is not None
    )


def in_present(line: str) -> bool:
    """Whether the line is a photograph's caption that tells in the present tense what a
    person did on a past day (``_PRESENT_CAPTION``): a name, its verb in the present ("-s",
    not a lead's auxiliary or report: ``_LEAD_VERBS``) or in "-ing", the weekday closing its
    one sentence, ``_CAPTION_WORDS`` words at most. A page that lost its headline prints its
    photograph's caption first.

    >>> in_present("Mayor Ana Ruiz cuts the ribbon at the pier on Monday.")
    True
    >>> in_present("Harbour Master Tom Reyes checking the buoys on Friday.")
    True
    >>> in_present("Mayor Ana Ruiz opened the new pier on Monday.")
    False
    >>> in_present("The council votes on the pier on Monday.")
    False
    >>> in_present("Mayor Ana Ruiz says the pier opens on Monday.")
    False
    """
    found = _PRESENT_CAPTION.search(line)
    if found is None or len(line.split()) > _CAPTION_WORDS:
        return False
    name, verb = found.group(1), found.group(2)
    if name.split()[0] in _DETERMINERS or verb in _LEAD_VERBS:
        return False
    present = verb.endswith("s") and not verb.endswith(("ss", "us"))
    return present or (verb.endswith("ing") and len(verb) > len("ing") + 1)


def names_image_file(line: str) -> bool:
    """Whether the line closes with an image's file name (``_IMAGE_FILE``): a photograph's
    file name a scraper printed where the photograph stood, as no headline ends.

    >>> names_image_file("Board 3 col w-story.tif"), names_image_file("Pier at dusk IMG_2041.JPG")
    (True, True)
    >>> names_image_file("Paint.NET gets a new owner"), names_image_file("Ferry fares rise")
    (False, False)
    >>> names_image_file("항구 야경 근황.jpg"), names_image_file("When the ferry is late.jpg")
    (False, False)
    """
    return _IMAGE_FILE.search(line) is not None


def is_doubled_caption(lines: Sequence[str], line: int) -> bool:
    """Whether the line is a photograph's caption printed twice, one copy right under the other,
    and the photograph's credit on the next line with text (an alt text, the caption, its
    credit): the line is either copy. Lines with text are looked for ``_DOUBLED_CREDIT_LINES``
    lines around it at most.

    >>> page = ["Singer Ana Ruiz", "Singer Ana Ruiz", "", "[Photo: Hill Records]"]
    >>> is_doubled_caption(page, 0), is_doubled_caption(page, 1)
    (True, True)
    >>> is_doubled_caption(["Singer Ana Ruiz", "Singer Ana Ruiz", "", "She sang."], 0)
    False
    """
    span = _DOUBLED_CREDIT_LINES
    text = lines[line]
    below = [other for other in lines[line + 1 : line + 1 + span] if other][:2]
    if below[:1] == [text]:
        return len(below) == 2 and is_caption(below[1])
    above = [other for other in lines[max(0, line - span) : line] if other][-1:]
    return above == [text] and bool(below) and is_caption(below[0])


def closes_with_credit(line: str) -> bool:
    """Whether the line is a caption that closes with its photograph's credit in brackets, with
    a signature (``is_signed``) or with its giver's credit (``_is_given``), a line closing with
    the photograph's file name (``names_image_file``), or a picture's subject with its rights
    holder's credit (``_RIGHTS_CREDIT``): a caption printed where a headline was lost, which no
    headline ends with.

    >>> closes_with_credit("Crews clear the pass road on Monday. <Photo: Hill Times>")
    True
    >>> closes_with_credit("Crews clear the pass road (update 2)")
    False
    >>> closes_with_credit("눈 덮인 한라산 첫 등반객 (사진)")
    False
    >>> closes_with_credit("솔내시청 앞 광장의 성탄 트리. 솔내시 제공")
    True
    >>> closes_with_credit("date 2023-05-09 Harbor board 2 col w-pier.tif")
    True
    >>> closes_with_credit("Harbor Lights © 2019 Bay Films, LLC")
    True
    >>> closes_with_credit("© 2019 Bay Films, LLC"), closes_with_credit("Bay Films wins in 2019")
    (False, False)
    >>> closes_with_credit("Court says the © 2019 notice on her photo protects nothing")
    False
    """
    found = _CLOSING_BRACKETS.search(line)
    credited = found is not None and found.start() > 0 and is_caption(found.group(0))
    notice = _RIGHTS_CREDIT.search(line)
    rights = notice is not None and _names_holder(line[notice.end() :])
    return credited or is_signed(line) or _is_given(line) or names_image_file(line) or rights


def is_copyright_notice(line: str, lowered: str) -> bool:
    """Whether the line (``lowered`` in small letters) is a copyright notice: it opens with a
    sign and a year ("Copyright" maybe before them), holds a notice's words, or holds a sign of
    the notices' table ("ⓒ") and does not tell of a notice, as a headline quoting one does
    (``quotes_a_notice``).

    >>> line = "ⓒ 2021 솔내신문. 무단 전재 및 재배포 금지"
    >>> is_copyright_notice(line, line.lower())
    True
    >>> line = "Copyright ⓒ 2024 솔내미디어. 모든 기사의 복제를 금합니다."
    >>> is_copyright_notice(line, line.lower())
    True
    """
    if _COPYRIGHT_YEAR.match(lowered):
        return True
    phrases = [phrase for phrase in chrome().copyright if phrase in lowered]
    return any(len(phrase) > 1 for phrase in phrases) or (
        bool(phrases) and not quotes_a_notice(line)
    )


def quotes_a_notice(line: str) -> bool:
    """Whether the line tells of a copyright notice rather than printing one: a sign and a
    year after words, and words after them that name no holder (``_names_holder``), as a
    headline about a copyright does.

    >>> quotes_a_notice("사진작가 'ⓒ 2019' 표기 무시한 출판사 상대로 소송 이겨")
    True
    >>> quotes_a_notice("솔내강 하구의 저녁 노을 ⓒ 2019 한빛일보"), quotes_a_notice("ⓒ 한빛일보")
    (False, False)
    """
    notice = _RIGHTS_CREDIT.search(line)
    return notice is not None and not _names_holder(line[notice.end() :])


def _names_holder(words: str) -> bool:
    """Whether the words after a copyright notice's year name its holder: as many of them open
    with a capital letter as with a small one at least ("Bay Films, LLC", "by Ann Lee"); a
    headline about a copyright goes on in small words ("… © 1928 copyright runs out"). Words of
    a script without capitals name a holder when they are as few as a signature's ("가온필름");
    a headline goes on in more ("… ⓒ 2019 표기 무시한 출판사 상대로 소송 이겨").

    >>> _names_holder(" Bay Films, LLC"), _names_holder(" by Ann Lee"), _names_holder(" 가온필름")
    (True, True, True)
    >>> _names_holder(" copyright runs out for Mickey")
    False
    >>> _names_holder(" 표기 무시한 출판사 상대로 소송 이겨")
    False
    """
    firsts = [word[0] for word in words.split()]
    capitals = sum(first.isupper() for first in firsts)
    smalls = sum(first.islower() for first in firsts)
    if capitals or smalls:
        return capitals >= smalls
    return len(firsts) < _SIGNATURE_WORDS


def _is_given(line: str) -> bool:
    """Whether the line is a caption's sentence closed by its giver's credit (``_GIVEN_CREDIT``).

    >>> _is_given("새 다리 개통식 모습. 솔내시 제공"), _is_given("솔내시, 어르신 무료 급식 제공")
    (True, False)
    >>> _is_given("가을 음악회 포스터 / 솔내시 제공"), _is_given("솔내시/한빛군, 급식 제공")
    (True, False)
    >>> _is_given("개통식 모습. 2025. 솔내시 제공")
    False
    """
    if not line.rstrip().endswith(_GIVEN_BY):
        return False
    found = _GIVEN_CREDIT.search(line)
    return found is not None and 0 < len(found.group(1).split()) < _SIGNATURE_WORDS


def is_signed(line: str) -> bool:
    """Whether the line closes with a signature set off by a dash or a copyright sign, a few
    words that are a photograph's credit by its marker (an agency's name may hold a figure), or
    a name (no figure) that follows a finished sentence: a caption signed by its photographer
    or its agency, which no headline is.

    >>> is_signed("Crowds line the pier at dawn - Credit: Harbour Pictures")
    True
    >>> is_signed("The mayor cuts the ribbon at the new ferry terminal. — Picture by Lee Han")
    True
    >>> is_signed("Ferry fares rise - Harbour Times"), is_signed("Budget passes — at last")
    (False, False)
    >>> is_signed("Pool closing? -- May 2, 2019")
    False
    >>> is_signed('"We will rebuild the pier." — Mayor Ana Ruiz')
    False
    >>> is_signed("Book club is back! -- Mina Hale"), is_signed("Who swam the bay? — Mina Hale")
    (False, False)
    >>> is_signed("산길 아래로 차가 떨어지는 사고가 났다. /사진=한빛7 |")
    True
    """
    separators = list(_SIGNATURE.finditer(line))
    if not separators or separators[-1].start() == 0:
        return False
    signature = line[separators[-1].end() :]
    if len(signature.split()) > _SIGNATURE_WORDS:
        return False
    if line_key(signature) and is_caption(signature):  # a credit by its marker, figures or none
        return True
    before = line[: separators[-1].start()]
    return _NAME.fullmatch(signature) is not None and _SIGNED_SENTENCE.search(before) is not None
