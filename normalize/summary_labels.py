"""A story's summary under its label ("요약 …", "Article summary: …"): the page's deck, which
no headline is, however much of the lead it repeats."""

from __future__ import annotations

from typing import Final

from normalize.chrome import chrome, line_key

# A summary's label has this many words at most ("краткое содержание статьи").
_LABEL_WORDS: Final = 3
_COLONS: Final = ":："


def opens_with_summary_label(line: str) -> bool:
    """Whether the line opens with a summary's label (``summary_labels``: "요약", "내용요약",
    "article summary"), its first words up to a colon or a space, and goes on after it: the
    story's summary set off by its label, no headline.

    >>> opens_with_summary_label("내용요약 장터·공연 등 30여 개 프로그램 마련")
    True
    >>> opens_with_summary_label("Article summary: fares rise"), opens_with_summary_label("요약")
    (True, False)
    >>> opens_with_summary_label("요약본 공개한 솔내군 예산")
    False
    """
    words = line.split(maxsplit=_LABEL_WORDS)
    labels = chrome().summary_labels
    for count in range(1, min(_LABEL_WORDS, len(words) - 1) + 1):
        label = " ".join(words[:count]).rstrip(_COLONS)
        if label and line_key(label) in labels:
            return True
    return False
