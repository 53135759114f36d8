"""A photograph's caption closed by its credit after its sentence's full stop, the credit named
by a caption's fixed label ("… beside the main road. Photograph credit: A. Name.", "… у
причала. Фото: И. Петров", "… 광장. 사진: 홍길동"): a caption, which no headline is, printed
over the headline of a page that lost its photograph, and no paragraph of the story either; and
a credit on a line of its own without the label's colon, the label's word and its source's
name closed by a full stop ("Фото пресс-службы района.", "Photo Harbour Trust."), or in round
brackets of its own, its source and the photograph's owner joined by a slash ("(Wirephoto/Harbour
Trust)")."""

from __future__ import annotations

from typing import Final

import regex

from normalize.chrome import chrome

# A sentence's full stop after a word's last two letters, the credit's label of a few words
# closed by a colon, and the credit: a name of a few words with no figure, maybe a stop, closing
# the line.
_LABELLED_CREDIT: Final = regex.compile(
    r"\p{L}{2}\.\s+(?P<label>[\p{L}][\p{L} ]{0,24}:)\s*(?P<credit>[^\p{N}.:!?]{1,60})\.?\s*$"
)
# A credit naming its source as the giver of a work printed with the story: the work's word maybe,
# then "courtesy of" ("Video courtesy of the Harbour Trust", "Courtesy of Ana Ruiz"), or its
# Russian and Korean givings ("Фото предоставлено …", "영상 제공: …").
_COURTESY_CREDIT: Final = regex.compile(
    r"""^(?:
        (?:(?:photo|video|image|picture|graphic|footage|audio)s?\s+)?courtesy\s+of\s+\S
      | (?:фото|видео|изображение)\s+предоставлен[оаы]?\s+\S
      | (?:사진|영상|자료)\s?제공\s?[:=]
    )""",
    regex.IGNORECASE | regex.VERBOSE,
)
# The most words a courtesy credit names its giver in, its name's and its outlet's: more are
# a headline's opening with the phrase ("Photos courtesy of a keeper show the harbour in 1920").
_GIVER_WORDS: Final = 7
# A credit names a photographer, an agency or a source: this many words at most.
_CREDIT_WORDS: Final = 5
# A credit without its label's colon, after the label's word: a name opening with a letter, no
# figure, no colon, no cry or question, closed by a word's last letter and a full stop (initials
# may hold their own stops: "И. Петрова.").
_BARE_CREDIT: Final = regex.compile(r"\p{L}[^\p{N}:!?]{0,58}\p{L}\.")
# A credit in round brackets of its own: the source, a word or two glued to a slash, and the
# photograph's owner right after it, a name opening with a letter and closed by a letter or a
# name's full stop, no figure, colon, cry, question, slash or bracket in it: "(Wirephoto/Harbour
# Trust)", "(AP Photo/Dana Whitfield)", "(Фото/Речной вестник)".
_BRACKETED_CREDIT: Final = regex.compile(
    r"\(\p{L}[\p{L}-]*(?:\s\p{L}[\p{L}-]*)?/(?P<credit>\p{L}[^\p{N}:!?/()]{0,58}[\p{L}.])\)"
)

# A caption's credit after its sentence's full stop, a slash glued on before the source's name
# of a word or a few, no figure or stop in it: "The town hall from the square./Harbour Council".
_SLASHED_CREDIT: Final = regex.compile(r"\p{L}\.\s?/\s?(?P<credit>\p{L}[^\p{N}./:!?()]{0,40})\Z")


def closes_with_labelled_credit(line: str) -> bool:
    """Whether the line is a caption's sentence closed by its photograph's credit after a label
    the caption markers end (one closed by a colon: "photo:", "credit:", "фото:", "사진:").

    >>> closes_with_labelled_credit("The gate of the old quay. Photograph credit: Harbour Trust.")
    True
    >>> closes_with_labelled_credit("Паром у северного причала. Фото: Иван Петров")
    True
    >>> closes_with_labelled_credit("Ferry fares rise. Update: timetable changes from May")
    False
    >>> closes_with_labelled_credit("Photo: Harbour Trust")
    False
    >>> closes_with_labelled_credit("The quay at dusk. Photo: 2 of 14")
    False
    """
    if ":" not in line:
        return False  # every label closes with a colon
    found = _LABELLED_CREDIT.search(line)
    if found is None or len(found["credit"].split()) > _CREDIT_WORDS:
        return False
    label = found["label"].lower()
    markers = (marker for marker in chrome().caption_markers if marker.endswith(":"))
    return any(
        label.endswith(marker) and label[: -len(marker)][-1:] in ("", " ") for marker in markers
    )


def is_bare_credit(line: str) -> bool:
    """Whether the line is a photograph's credit alone, printed without its label's colon: a
    caption marker's word closed by a colon in the lists ("фото", "photo", "사진"), then the name
    of the photograph's source, ``_CREDIT_WORDS`` words at most, closed by a full stop ("Фото
    пресс-службы района."), which no headline is (a headline ends with no full stop).

    >>> is_bare_credit("Фото Федерации парусного спорта Озёрска.")
    True
    >>> is_bare_credit("Photo Harbour Trust.")
    True
    >>> is_bare_credit("Фото Марса с нового зонда опубликовали в агентстве")
    False
    >>> is_bare_credit("Photo finish decides the regatta after four hours on the water.")
    False
    >>> is_bare_credit("Photo: Harbour Trust.")
    False
    """
    text = line.strip()
    if not text.endswith("."):  # the credit's own full stop, looked at before anything is lowered
        return False
    lowered = text.lower()
    labels = (marker[:-1] for marker in chrome().caption_markers if marker.endswith(":"))
    for label in labels:
        if not lowered.startswith(label + " "):
            continue
        credit = text[len(label) :].strip()
        if _BARE_CREDIT.fullmatch(credit) and len(credit.split()) <= _CREDIT_WORDS:
            return True
    return False


def is_courtesy_credit(text: str) -> bool:
    """Whether the text is a credit naming the giver of a work printed with the story ("Video
    courtesy of the Harbour Trust") in ``_GIVER_WORDS`` words at most, which no headline is.

    >>> is_courtesy_credit("Video courtesy of the Harbour Trust")
    True
    >>> is_courtesy_credit("사진 제공: 솔내시")
    True
    >>> is_courtesy_credit("Ferry rides courtesy of the council end in May")
    False
    >>> is_courtesy_credit("Photos courtesy of a retired keeper show the old harbour in 1920")
    False
    """
    credit = text.strip()
    found = _COURTESY_CREDIT.match(credit)
    return found is not None and len(credit[found.end() - 1 :].split()) <= _GIVER_WORDS


def is_bracketed_credit(line: str) -> bool:
    """Whether the line is a photograph's credit alone in round brackets of its own, its source
    and the photograph's owner joined by a slash with no space (``_BRACKETED_CREDIT``), the owner
    ``_CREDIT_WORDS`` words at most: what a page prints under a photograph it lost, which no
    headline is.

    >>> is_bracketed_credit("(Wirephoto/Harbour Trust & Ferry Lines)")
    True
    >>> is_bracketed_credit("(Ferry fares rise on the north/south line after the vote)")
    False
    >>> is_bracketed_credit("(Wirephoto/Harbour Trust) The ferry left at dawn.")
    False
    """
    found = _BRACKETED_CREDIT.fullmatch(line.strip())
    return found is not None and len(found["credit"].split()) <= _CREDIT_WORDS


def closes_with_slashed_credit(line: str) -> bool:
    """Whether the line is a caption closed by its photograph's credit after its full stop and
    a slash (``_SLASHED_CREDIT``), the source ``_CREDIT_WORDS`` words at most: "새솔군청
    전경./새솔군", printed under a photograph, which no headline is.

    >>> closes_with_slashed_credit("The town hall from the square./Harbour Council")
    True
    >>> closes_with_slashed_credit("솔내군청 전경./솔내군"), closes_with_slashed_credit("A/B test")
    (True, False)
    >>> closes_with_slashed_credit("Ferry fares rise. Buses run on the north/south line")
    False
    """
    found = _SLASHED_CREDIT.search(line.rstrip())
    return found is not None and len(found["credit"].split()) <= _CREDIT_WORDS
