"""Models stored on disk: built once, loaded after, never trusted blindly."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from normalize import stored as store
from normalize.languages import model
from normalize.segment import _costs

TEXT = "abc"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh cache folder for this test (the stored folders of others are kept apart)."""
    monkeypatch.setenv(store.CACHE_DIR, str(tmp_path / "cache"))
    yield tmp_path / "cache"


def _counting(name: str) -> tuple[list[str], object]:
    built: list[str] = []

    @store.stored(name)
    def build(text: str) -> dict[str, object]:
        built.append(text)
        return {"letters": frozenset(text), "codes": [ord(c) for c in text], "n": 1.5}

    return built, build


def _file(folder: Path, name: str) -> Path:
    (found,) = folder.glob(f"*/{name}-{TEXT}.pickle")
    return found


def test_built_once_then_loaded_by_the_next_process(folder: Path) -> None:
    built, build = _counting("test-once")
    value = build(TEXT)  # type: ignore[operator]
    assert built == [TEXT]
    assert build(TEXT) is value  # type: ignore[operator]  # kept in the process too
    again, build_again = _counting("test-once")  # as a new process would
    assert build_again(TEXT) == value  # type: ignore[operator]
    assert again == []
    path = _file(folder, "test-once")
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: data[:-10], id="cut short"),
        pytest.param(lambda data: data[:-1] + bytes([data[-1] ^ 1]), id="one bit changed"),
        pytest.param(lambda data: b"something else entirely", id="not ours"),
        pytest.param(lambda data: b"", id="empty"),
    ],
)
def test_a_damaged_file_is_built_again_and_replaced(folder: Path, damage: object) -> None:
    _, build = _counting("test-damage")
    value = build(TEXT)  # type: ignore[operator]
    path = _file(folder, "test-damage")
    path.write_bytes(damage(path.read_bytes()))  # type: ignore[operator]
    again, build_again = _counting("test-damage")
    assert build_again(TEXT) == value  # type: ignore[operator]
    assert again == [TEXT]
    third, build_third = _counting("test-damage")
    build_third(TEXT)  # type: ignore[operator]
    assert third == [], "the file was written anew"


def test_a_file_others_may_write_is_not_read(folder: Path) -> None:
    _, build = _counting("test-mode")
    build(TEXT)  # type: ignore[operator]
    path = _file(folder, "test-mode")
    path.chmod(0o666)
    again, build_again = _counting("test-mode")
    build_again(TEXT)  # type: ignore[operator]
    assert again == [TEXT]


def test_a_file_of_other_code_is_not_read(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another fingerprint (other code, another version) signs with another key."""
    _, build = _counting("test-key")
    build(TEXT)  # type: ignore[operator]
    path = _file(folder, "test-key")
    monkeypatch.setattr(store, "fingerprint", lambda: "00" * 32)
    target = folder / ("00" * 12) / path.name
    target.parent.mkdir(mode=0o700)
    target.write_bytes(path.read_bytes())
    target.chmod(0o600)
    store._folder.cache_clear()
    again, build_again = _counting("test-key")
    build_again(TEXT)  # type: ignore[operator]
    assert again == [TEXT]


class _Runs:
    """An object whose unpickling would run a command."""

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, ("echo unpickled > /dev/null",))


def test_a_signed_pickle_that_names_a_function_is_refused(folder: Path) -> None:
    _, build = _counting("test-evil")
    build(TEXT)  # type: ignore[operator]
    path = _file(folder, "test-evil")
    payload = pickle.dumps(_Runs())
    path.write_bytes(store._MAGIC + store._digest(payload) + payload)
    again, build_again = _counting("test-evil")
    assert build_again(TEXT)["n"] == 1.5  # type: ignore[operator,index]
    assert again == [TEXT]


def test_a_folder_that_cannot_be_written_builds_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv(store.CACHE_DIR, str(blocked / "cache"))
    built, build = _counting("test-blocked")
    assert build(TEXT)["n"] == 1.5  # type: ignore[operator,index]
    assert built == [TEXT]


def test_the_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(store.CACHE_DIR)
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere/cache")
    assert store.cache_root() == Path("/somewhere/cache/normalize")
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert store.cache_root() == Path.home() / ".cache" / "normalize"
    monkeypatch.setenv(store.CACHE_DIR, "/elsewhere")
    assert store.cache_root() == Path("/elsewhere")


def test_other_fingerprints_folders_beyond_the_last_written_are_removed(folder: Path) -> None:
    """Another version's folder is kept (two versions taking turns do not rebuild), up to
    ``_OTHERS_KEPT``; older ones go, and a folder of another kind stays."""
    others = [folder / (f"{digit}" * 24) for digit in range(store._OTHERS_KEPT + 2)]
    for age, other in enumerate(reversed(others)):
        other.mkdir(parents=True, mode=0o700)
        (other / "language-model-Latin.pickle").write_bytes(b"old")
        os.utime(other, ns=(age * 10**9, age * 10**9))  # others[0] written last
    mine = folder / "notes"
    mine.mkdir()
    _, build = _counting("test-prune")
    build(TEXT)  # type: ignore[operator]
    kept = [other.exists() for other in others]
    assert kept == [True] * store._OTHERS_KEPT + [False, False]
    assert mine.exists()


def test_the_models_loaded_equal_the_models_built() -> None:
    """The real builders, through the test run's cache folder: what a later process loads is
    what this one built."""
    store._folder.cache_clear()  # a process of other code may have pruned this run's folder
    _costs.cache_clear()  # type: ignore[attr-defined]
    model._model.cache_clear()  # type: ignore[attr-defined]
    costs = _costs("en")
    path = store._path("segment-costs", "en")
    assert path is not None and path.exists()
    assert store._load(path) == costs
    latin = model._model("Latin")
    path = store._path("language-model", "Latin")
    assert path is not None and store._load(path) == latin


def test_a_new_process_loads_what_was_stored() -> None:
    code = (
        "import time; from normalize.segment import _costs; from normalize.stored import _path;"
        "assert _path('segment-costs', 'en').exists(); _costs('en'); print('ok')"
    )
    _costs("en")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
