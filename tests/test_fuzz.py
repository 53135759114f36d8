"""A short run of the fuzzing harness (fuzz/fuzz_inputs.py): no input may raise.

The long run (a million inputs, atheris) is the command in the README.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
def target(tmp_path_factory: pytest.TempPathFactory) -> Any:
    spec = importlib.util.spec_from_file_location("fuzz_inputs", HARNESS)
    assert spec is not None and spec.loader is not None
    harness = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(harness)
    return harness.Target(tmp_path_factory.mktemp("fuzz"))


@settings(max_examples=150)
@given(data=INPUTS)
def test_no_input_raises(target: Any, data: bytes) -> None:
    target.check(data, read=True)
