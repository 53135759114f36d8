"""A government page's manager block under the body, its department, telephone and last
edit ("- 담당부서 : 시민소통과" / "- 연락처 : …" / "- 최종수정일 : 2024-11-28"): the last edit
is the menu page's stamp, which the site prints under every post it keeps."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from normalize.cache import once
from normalize.timestamps.grammar import key, words

# How many lines above a modification its page's manager block may open.
_MANAGER_REACH: Final = 2
# What a manager block's line may open with before its label: "- 담당부서 : …", "• 연락처 …".
_LINE_MARKS: Final = " \t-•·*–—▪"


@once
def _manager_labels() -> tuple[str, ...]:
    """The labels of a government page's manager block ("담당부서", "연락처")."""
    return tuple(key(label) for label in words().get("manager_labels", ()))


def under_manager(lines: Sequence[str], line: int) -> bool:
    """Whether one of the ``_MANAGER_REACH`` lines above ``line`` opens with a label of a page's
    manager block, its department or its telephone ("- 담당부서 : 시민소통과" / "- 연락처 : …" /
    "- 최종수정일 : 2024-11-28"): the modification under them is the menu page's stamp, which a
    government site prints under every post it keeps, not the post's.

    >>> under_manager(["- 담당부서 : 시민소통과", "- 최종수정일 : 2024-11-28"], 1)
    True
    """
    labels = _manager_labels()
    above = lines[max(0, line - _MANAGER_REACH) : line]
    return any(key(text.lstrip(_LINE_MARKS)).startswith(labels) for text in above)
