"""The README's two opening commands stay true: CI runs the second one, word for word."""

from __future__ import annotations

from pathlib import Path

import regex

ROOT = Path(__file__).parent.parent


def readme_commands() -> list[str]:
    blocks = regex.findall(
        r"```sh\n(.*?)\n```", (ROOT / "README.md").read_text("utf-8"), flags=regex.S
    )
    return blocks[:2]


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text("utf-8").splitlines()
    assert readme_commands()[1] in ci


def test_readme_converts_the_fixtures() -> None:
    assert readme_commands()[0].endswith("normalize convert fixtures -o fixtures.parquet")
