"""Expected cases kept as data: tab-separated files under tests/cases/, '#' lines are comments."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

CASES = Path(__file__).parent / "cases"


def load_cases(name: str) -> list[Any]:
    """The rows of ``cases/<name>`` as pytest params, each labelled by its last column."""
    rows = []
    for line in (CASES / name).read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            *values, why = line.split("\t")
            rows.append(pytest.param(*values, id=why))
    return rows
