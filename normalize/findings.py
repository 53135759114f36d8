"""What a row's warnings say, in three kinds: problems, findings and notices.

A warning is ``kind: detail``. Its kind falls in one of three classes:

- a **notice**: something was decided or repaired and the row is as good as without it (a
  zone assumed from the page's language, bytes decoded from a legacy encoding, mojibake or
  HTML entities repaired);
- a **finding**: a fact about the page, not a failure (it has no headline, no date, a
  relative date without a reference time, no text);
- a **problem**: the input was damaged or could not be read whole (bad bytes, a broken
  record, a truncated file, a step that failed): worth a look.

A kind this module does not know is a problem, so that a new warning is never hidden.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

Class = Literal["problem", "finding", "notice"]

NOTICES = frozenset({"timezone_assumed", "decoded", "mojibake_fixed", "html_entities"})
FINDINGS = frozenset(
    {
        "title_missing",
        "timestamp_missing",
        "timestamp_relative",
        "empty_document",
        "missing_text",
    }
)


def kind_of(warning: str) -> str:
    """The kind of a warning: the word before its colon.

    >>> kind_of("timezone_assumed: Asia/Seoul (the page is Korean)")
    'timezone_assumed'
    """
    return warning.split(":", 1)[0].strip()


def class_of(kind: str) -> Class:
    """Whether a warning kind is a problem, a finding or a notice.

    >>> class_of("timezone_assumed"), class_of("title_missing"), class_of("invalid_utf8")
    ('notice', 'finding', 'problem')
    """
    if kind in NOTICES:
        return "notice"
    if kind in FINDINGS:
        return "finding"
    return "problem"


@dataclass
class Tally:
    """Rows counted by the worst class of their warnings, and warnings counted by kind.

    >>> tally = Tally()
    >>> tally.add([["timezone_assumed: x"], ["title_missing: x", "decoded: x"], []])
    >>> tally.rows, dict(tally.rows_with)
    (3, {'notice': 1, 'finding': 1})
    """

    rows: int = 0
    rows_with: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)

    def add(self, warnings: Iterable[list[str] | None]) -> None:
        """Count the rows of a batch, given each row's warnings."""
        for row in warnings:
            self.rows += 1
            classes = set()
            for warning in row or ():
                kind = kind_of(warning)
                self.kinds[kind] += 1
                classes.add(class_of(kind))
            for worst in ("problem", "finding", "notice"):
                if worst in classes:
                    self.rows_with[worst] += 1
                    break

    @property
    def rows_with_warnings(self) -> int:
        """Rows with any warning."""
        return sum(self.rows_with.values())

    def line(self) -> str:
        """The counts in words, each row counted once under its worst class.

        >>> tally = Tally()
        >>> tally.add([["invalid_utf8: x", "decoded: x"], ["timezone_assumed: x"], []])
        >>> tally.line()
        '3 rows: 1 with problems, 0 with findings, 1 with notices only'
        """
        return (
            f"{self.rows} row{'' if self.rows == 1 else 's'}: "
            f"{self.rows_with['problem']} with problems, "
            f"{self.rows_with['finding']} with findings, "
            f"{self.rows_with['notice']} with notices only"
        )

    def details(self) -> list[str]:
        """One line per warning kind, problems first, then by count.

        >>> tally = Tally()
        >>> tally.add([["decoded: x"], ["invalid_utf8: x", "decoded: y"]])
        >>> tally.details()
        ['  problem  invalid_utf8  1', '  notice   decoded  2']
        """
        order = {"problem": 0, "finding": 1, "notice": 2}
        kinds = sorted(self.kinds.items(), key=lambda item: (order[class_of(item[0])], -item[1]))
        return [f"  {class_of(kind):<8} {kind}  {count}" for kind, count in kinds]
