"""The shape of the package: small rooms, imports that flow one way, state kept in one place."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "normalize"
MODULES = sorted(PACKAGE.rglob("*.py"))
MAX_LINES = 400
# The one room that keeps state between calls.
CACHE_ROOM = PACKAGE / "cache.py"
# Calls that make a mutable container.
_MUTABLE_CALLS = frozenset(
    {"dict", "list", "set", "bytearray", "Counter", "defaultdict", "deque", "OrderedDict", "count"}
)
_MUTABLE_NODES = (ast.List, ast.Dict, ast.Set, ast.ListComp, ast.DictComp, ast.SetComp)
_KEEPING = frozenset({"cache", "lru_cache", "cached_property"})


def _name(module: Path) -> str:
    parts = module.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _tree(module: Path) -> ast.Module:
    return ast.parse(module.read_text("utf-8"))


def _imports(module: Path) -> set[str]:
    """The package's modules this module imports (anywhere in it)."""
    found: set[str] = set()
    for node in ast.walk(_tree(module)):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("normalize")}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("normalize"):
            base = node.module or ""
            found.add(base)
            found |= {f"{base}.{alias.name}" for alias in node.names}
    names = {_name(other) for other in MODULES}
    return {name for name in found if name in names and name != _name(module)}


def _mutable_state(module: Path) -> list[str]:
    """Module-level mutable containers, ``global`` statements and keeping decorators."""
    problems = []
    tree = _tree(module)
    for node in tree.body:
        targets = []
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        else:
            continue
        names = [target.id for target in targets if isinstance(target, ast.Name)]
        if names == ["__all__"]:
            continue
        call = value.func if isinstance(value, ast.Call) else None
        called = getattr(call, "id", getattr(call, "attr", None))
        if isinstance(value, _MUTABLE_NODES) or called in _MUTABLE_CALLS:
            problems.append(f"{names} at line {node.lineno}")
    for node in ast.walk(tree):
        if isinstance(node, ast.Global):
            problems.append(f"global {node.names} at line {node.lineno}")
        if isinstance(node, ast.ImportFrom) and node.module == "functools":
            kept = {alias.name for alias in node.names} & _KEEPING
            if kept:
                problems.append(f"functools {sorted(kept)} at line {node.lineno}")
    return problems


@pytest.mark.parametrize("module", MODULES, ids=_name)
def test_rooms_are_small(module: Path) -> None:
    assert len(module.read_text("utf-8").splitlines()) <= MAX_LINES


def test_imports_flow_one_way() -> None:
    graph = {_name(module): _imports(module) for module in MODULES}
    # A module's package imports its rooms to re-export them; that is not a cycle.
    for name, imported in graph.items():
        graph[name] = {other for other in imported if not other.startswith(name + ".")}
    done: set[str] = set()

    def visit(name: str, path: list[str]) -> None:
        if name in path:
            raise AssertionError("import cycle: " + " -> ".join([*path[path.index(name) :], name]))
        if name in done:
            return
        for other in sorted(graph[name]):
            visit(other, [*path, name])
        done.add(name)

    for name in sorted(graph):
        visit(name, [])


@pytest.mark.parametrize("module", [m for m in MODULES if m != CACHE_ROOM], ids=_name)
def test_state_is_kept_only_in_the_cache_room(module: Path) -> None:
    assert _mutable_state(module) == []


def test_the_structure_check_finds_what_it_looks_for(tmp_path: Path) -> None:
    """The checks above fail on a module that breaks them."""
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from functools import lru_cache\n_SEEN = set()\n_TABLE: dict[str, int] = {}\n"
        "def f():\n    global _SEEN\n"
    )
    assert len(_mutable_state(bad)) == 4
