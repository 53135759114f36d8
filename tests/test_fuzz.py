"""A short run of the fuzzing harness (fuzz/fuzz_inputs.py): no input may raise, and the
compiled core survives the same inputs with Python's rows.

The long runs (a million inputs, atheris) are the commands in the harness's docstring.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normalize.core import compiled

HARNESS = Path(__file__).parent.parent / "fuzz" / "fuzz_inputs.py"

INPUTS = st.one_of(
    st.binary(max_size=512),
    st.text(max_size=300).map(lambda text: text.encode("utf-8", "surrogatepass")),
    st.sampled_from(
        [
            b"9999-12-31 24:00",
            b'{"text": "\\ud800"}',
            b"\xff\xfe" + "Путин".encode("utf-16-le"),
            "서울 증시 상승".encode("cp949"),
            b'text\n"open',
            b"(" * 2000,
        ]
    ),
)


@pytest.fixture(scope="module")
def harness() -> Any:
    spec = importlib.util.spec_from_file_location("fuzz_inputs", HARNESS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def target(harness: Any, tmp_path_factory: pytest.TempPathFactory) -> Any:
    return harness.Target(tmp_path_factory.mktemp("fuzz"))


@settings(max_examples=150)
@given(data=INPUTS)
def test_no_input_raises(target: Any, data: bytes) -> None:
    target.check(data, read=True)


@pytest.fixture(scope="module")
def core_target(harness: Any, tmp_path_factory: pytest.TempPathFactory) -> Any:
    if compiled() is None:
        pytest.skip("the compiled core is not built")
    return harness.CoreTarget(
        tmp_path_factory.mktemp("fuzz-core"), compare_every=3, keep_going=True
    )


def test_the_core_survives_what_python_survives(core_target: Any) -> None:
    """Batches of inputs through the core: a row per text, no panic, fragments in the body,
    and every third row Python's."""

    @settings(max_examples=300, derandomize=True, database=None, deadline=None)
    @given(data=INPUTS)
    def feed(data: bytes) -> None:
        core_target(data)

    feed()
    core_target.flush()
    failures = [path.read_text("utf-8") for path in sorted(core_target.failures.glob("core-*"))]
    assert core_target.panics == core_target.disagreements == 0, failures
    assert core_target.count >= 300 and core_target.texts > core_target.count
    assert core_target.compared > 100
