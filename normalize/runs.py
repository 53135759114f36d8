"""A list of story heads printed one under another (an hour's top stories, a "Most read" box,
a section's index): a run of headline-long lines with no paragraph, dateline or short label
between them. The last of a run may be the page's headline, right above its own dateline or
lead; the others are the list's items."""

from __future__ import annotations

from typing import Final

import regex

from normalize.heads import Candidate

# A run is this many heads at least, each this many words long at least, all different.
_RUN_HEADS: Final = 5
_RUN_HEAD_WORDS: Final = 4
# A trail's home crumb glued to the next crumb, a capital after it ("HomeCommunity News"): the
# page's breadcrumb, no head of a list (Korean has no capital to show the glue).
_HOME_CRUMB: Final = regex.compile(r"(?:Home|Главная)\p{Lu}")
# A Korean line closing with a polite verb ending ("다녀왔습니다", "많아요") speaks to its reader:
# a post's sentence without its full stop, no story's head; a head may close with a noun that
# ends as that ending does ("대책 마련 필요").
_POLITE_ENDS: Final = ("니다", "요")
_NOUNS_ENDING_IN_YO: Final = ("필요", "중요", "주요", "수요", "개요")


def run_items(candidates: list[Candidate]) -> set[int]:
    """The lines of the heads of every run of ``_RUN_HEADS`` or more different headline-long
    candidates on consecutive lines with text (no finished sentence, no deck's length, no dated
    line among them), all but the last of each run.

    >>> shape = {"sentence": 0.0, "long": 0.0, "caption": 0.0, "dated": 0.0, "machinery": 0.0}
    >>> heads = ["Ferry fares rise on island routes", "Night buses return to the old town",
    ...          "Council delays vote on the new pier", "Storm closes the coast road again",
    ...          "School year starts a week later"]
    >>> found = [Candidate(k, k, head, head.lower(), shape) for k, head in enumerate(heads)]
    >>> sorted(run_items(found))
    [0, 1, 2, 3]
    >>> sorted(run_items(found[:4]))
    []
    """
    items: set[int] = set()
    run: list[Candidate] = []
    for candidate in [*candidates, None]:
        head = candidate if candidate is not None and _is_run_head(candidate) else None
        if head is not None and run and head.order == run[-1].order + 1:
            run.append(head)
            continue
        if len(run) >= _RUN_HEADS and len({member.key for member in run}) == len(run):
            items.update(member.line for member in run[:-1])
        run = [head] if head is not None else []
    return items


def _is_run_head(candidate: Candidate) -> bool:
    """Whether the candidate may be a list's head: headline-long, no sentence, no deck, no
    photo's caption (a headline, its decks and the caption of the photo below them make no
    list), no dated line (an article's dateline ends the run of teasers above its headline),
    no machinery (a toolbar's line between the teasers above a headline and its decks ends
    the teasers' run), no polite Korean verb ending (a post's lines without full stops), no
    breadcrumb opening with its home crumb glued to the next ("HomeCommunity News and
    Affairs" over a headline and the related heads under it)."""
    signals = candidate.signals
    return (
        len(candidate.text.split()) >= _RUN_HEAD_WORDS
        and not signals["sentence"]
        and not signals["long"]
        and not signals["caption"]
        and not signals["dated"]
        and not signals["machinery"]
        and not _closes_politely(candidate.text)
        and not _HOME_CRUMB.match(candidate.text)
    )


def _closes_politely(text: str) -> bool:
    """Whether a line closes with a polite Korean verb ending, not a noun that ends as one does.

    >>> _closes_politely("골목 만둣집 다녀왔습니다"), _closes_politely("주차장 확충 대책 마련 필요")
    (True, False)
    """
    return text.endswith(_POLITE_ENDS) and not text.endswith(_NOUNS_ENDING_IN_YO)
