"""An ad slot's label: a short line that names its slot by the banner's size in pixels
("Рекламный баннер 990x90px ban1", "Harbour Awards 728x90"), a widget of the page, never its
headline, however long and near the top it stands.
"""

from __future__ import annotations

import re
from typing import Final

# A banner's size in pixels, width by height, lower-cased: "990x90px", "300х250", "728×90".
_AD_SIZE: Final = re.compile(r"[0-9]{2,4}[xх×][0-9]{2,4}(?:px)?")
# The most words an ad slot's label has.
_AD_SLOT_WORDS: Final = 6


def is_ad_slot_label(line: str) -> bool:
    """Whether a line is an ad slot's label: at most six words, no colon, the last a banner's
    size, or the one before it when the last holds a figure, the slot's number ("Рекламный
    баннер 990x90px ban1"). A headline about such sizes has words after the size ("I Hate
    728×90 Banner Ads", "728×90 – Leaderboard", "Phone maker shows 2400x1080 screen").

    >>> is_ad_slot_label("Рекламный баннер 990x90px ban1"), is_ad_slot_label("Top 300X250")
    (True, True)
    >>> is_ad_slot_label("I Hate 728×90 Banner Ads"), is_ad_slot_label("728×90 – Leaderboard")
    (False, False)
    >>> is_ad_slot_label("Sizes: 728x90"), is_ad_slot_label("Island swimmers win 10x100 relay")
    (False, False)
    """
    words = line.split()
    if not words or len(words) > _AD_SLOT_WORDS or ":" in line:
        return False
    if _AD_SIZE.fullmatch(words[-1].lower()):
        return True
    slot_number = any("0" <= character <= "9" for character in words[-1])
    return len(words) >= 2 and slot_number and _AD_SIZE.fullmatch(words[-2].lower()) is not None
