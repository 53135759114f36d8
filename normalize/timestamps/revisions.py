"""A wiki's revision line: the time of the revision a page shows, printed after its author's
name and before the word for a revision ("Mina (토론 | 기여)님의 2022년 3월 8일 (화) 14:20 판"),
then the edit's summary in brackets ("(새 문서: …)", its first words). The time is the page's
modification time, as a label would say; the summary's words are the edit's, not the line's.
``datelines`` reads the line up to the revision's word."""

from __future__ import annotations

from typing import Final

import regex

# A clock time, the Korean wiki's word for a revision ("판") after it, then the edit's summary
# in brackets or the line's end. English and Russian wikis print their word before the time, a
# label ("Revision as of", "Версия от").
_REVISION: Final = regex.compile(r"\d{1,2}:\d{2}[ \t]+판(?=[ \t]*(?:\(|$))")


def revision_end(line: str) -> int | None:
    """Where the word for a revision after a clock time ends on a wiki's revision line, or None
    on any other line.

    >>> line = "Mina (토론 | 기여)님의 2022년 3월 8일 (화) 14:20 판 (새 문서: 강 이야기)"
    >>> line[: revision_end(line)]
    'Mina (토론 | 기여)님의 2022년 3월 8일 (화) 14:20 판'
    >>> revision_end("2022년 3월 8일 14:20 판매 시작"), revision_end("판 14:20")
    (None, None)
    """
    if "판" not in line:
        return None
    found = _REVISION.search(line)
    return found.end() if found is not None else None
