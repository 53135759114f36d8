"""A government page's manager block under the body, its department, telephone and last
edit ("- 담당부서 : 시민소통과" / "- 연락처 : …" / "- 최종수정일 : 2024-11-28"): the last edit
is the menu page's stamp, which the site prints under every post it keeps."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice
from typing import Final

from normalize.cache import once
from normalize.timestamps.grammar import key, words

# How many lines with text above a modification its page's manager block may open.
_MANAGER_REACH: Final = 2
# What a manager block's line may open with before its label: "- 담당부서 : …", "• 연락처 …".
_LINE_MARKS: Final = " \t-•·*–—▪"


@once
def _manager_labels() -> tuple[str, ...]:
    """The labels of a government page's manager block, its department ("담당부서")."""
    return tuple(key(label) for label in words().get("manager_labels", ()))


def under_manager(lines: Sequence[str], line: int) -> bool:
    """Whether one of the ``_MANAGER_REACH`` lines with text above ``line`` opens with the label
    of a page's manager block, its department ("- 담당부서 : 시민소통과" / "- 연락처 : …" /
    "- 최종수정일 : 2024-11-28"): the modification under it is the menu page's stamp, which a
    government site prints under every post it keeps, not the post's. A story's contact line
    alone over its edit ("연락처: 홍보팀 …" / "수정 2024-11-21") names no department.

    >>> block = ["- 담당부서 : 시민소통과", "", "- 연락처 : 02-000-0000", ""]
    >>> block.append("- 최종수정일 : 2024-11-28")
    >>> under_manager(block, 4)
    True
    >>> under_manager(["본문.", "연락처: 홍보팀 02-000-0000", "수정 2024-11-21 10:00"], 2)
    False
    """
    labels = _manager_labels()
    upwards = range(min(line, len(lines)) - 1, -1, -1)
    filled = (lines[at] for at in upwards if lines[at].strip())
    above = islice(filled, _MANAGER_REACH)
    return any(key(text.lstrip(_LINE_MARKS)).startswith(labels) for text in above)
