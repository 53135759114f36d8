"""The compiled core's warm-up: the tables every page needs built in the background once the
core is configured, without changing a row, holding up an exit, or leaving a forked child with
a table half-built."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import pytest

from normalize.core import PURE_PYTHON, compiled

core: Any = compiled()
pytestmark = pytest.mark.skipif(core is None, reason="the compiled core is not built")

PAGE = "Лидеры встретились в Пекине\n\n17 мая 2024, 10:15\n\n#саммит #ПутинСи"


def run(code: str) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if key != PURE_PYTHON}
    return subprocess.run(
        [sys.executable, "-c", code],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


def test_warm_up_can_be_waited_for() -> None:
    core.warm_up()
    core.wait_warm()
    assert core.hashtags__split_hashtag("саммитлидеров") == ["саммит", "лидеров"]


def test_a_process_exits_while_the_tables_are_built() -> None:
    done = run("from normalize.core import compiled; print(compiled() is not None)")
    assert done.stdout.strip() == "True"
    assert done.stderr == ""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_a_forked_child_has_whole_tables() -> None:
    code = f"""
import os
from normalize.core import compiled
core = compiled()
pid = os.fork()
if pid == 0:
    os._exit(0 if core.hashtags__split_hashtag("саммитлидеров") == ["саммит", "лидеров"] else 3)
_, status = os.waitpid(pid, 0)
print(os.waitstatus_to_exitcode(status), core.page__read_page({PAGE!r})[2][0][0])
"""
    assert run(code).stdout.split() == ["0", "саммит"]
