"""Language of every fragment of a line: script first, statistics only where script is ambiguous.

The rooms, each reading what the one before gives: ``model`` (the statistical stage for
scripts shared by many languages), ``blocks`` (text into blocks of one script, each with the
language of its own letters), ``prior`` (the page's own languages, the prior for its short
runs), ``rules`` (names and acronyms read with what they belong to), ``fragments`` (blocks of
one language joined into fragments, and the public functions).
"""

from normalize.languages.fragments import (
    Fragment,
    detect_fragments,
    detect_language,
    language_shares,
    page_language,
)

__all__ = ["Fragment", "detect_fragments", "detect_language", "language_shares", "page_language"]
