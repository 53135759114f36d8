"""A title field's value running on to the next line: a release's overview lists its fields
each after its label and a colon, and a title of two lines prints its second line bare, the
next field's label right under it ("○ Title : Keep the promise!" / "Rally for more carers" /
"○ Date : …")."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice

from normalize.field_labels import field_colon
from normalize.subjects import fills_title_field
from normalize.title_shapes import (
    MAX_TITLE_CHARS,
    MAX_TITLE_WORDS,
    ends_sentence,
    is_headline_shaped,
)


def with_field_run_on(lines: Sequence[str], line: int, title: str) -> str:
    """The title read from the page's line ``line`` of ``lines``, the next line with text
    joined to it when the line fills a title field after its label's colon, the next line is
    headline-shaped with no label of its own and no sentence's end, and the line with text
    after that is another field (a label closed by a colon): the title's second line. Else the
    title as it is: a title field followed by its post's text, or by the next field, is whole.

    >>> page = ["○ 제목 : 약속을 지켜라!", "돌봄 인력 확충 촉구 기자회견", "", "○ 일시 : 3월 12일"]
    >>> with_field_run_on(page, 0, "약속을 지켜라!")
    '약속을 지켜라! 돌봄 인력 확충 촉구 기자회견'
    >>> page = ["제목: 솔내 도서관 야간 개방", "밤 열 시까지 문을 엽니다.", "작성자: 한가람"]
    >>> with_field_run_on(page, 0, "솔내 도서관 야간 개방")
    '솔내 도서관 야간 개방'
    """
    if field_colon(lines[line]) is None or not fills_title_field(lines[line]):
        return title
    after = list(islice((index for index in range(line + 1, len(lines)) if lines[index]), 2))
    if len(after) < 2:
        return title
    below, next_field = lines[after[0]].strip(), lines[after[1]]
    joined = f"{title} {below}"
    runs_on = (
        field_colon(below) is None
        and is_headline_shaped(below)
        and not ends_sentence(below)
        and not below.endswith("?")  # a thread's question is its post
        and field_colon(next_field) is not None
        and len(joined.split()) <= MAX_TITLE_WORDS
        and len(joined) <= MAX_TITLE_CHARS
    )
    return joined if runs_on else title
