"""Import rules, read from the source's AST (nothing is imported).

Data flows reader -> layout -> pipeline -> extractors -> records -> render; a module may
import only what ALLOWED lists for it (the real graph, reviewed), so an import against the
flow (records importing extractors, render importing the pipeline...) fails here.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "factpull"

BASE = {"factpull.errors", "factpull.resources", "factpull.records", "factpull.timex",
        "factpull.vocab", "factpull.places"}
ALLOWED: dict[str, set[str]] = {
    "factpull": {"factpull.api", "factpull.errors", "factpull.reader", "factpull.records"},
    "factpull.__main__": {"factpull.cli"},
    "factpull.cli": {"factpull.api", "factpull.errors", "factpull.records", "factpull.render",
                     "factpull.reader", "factpull.summary", "factpull.__version__"},
    "factpull.api": {"factpull.errors", "factpull.extractors", "factpull.reader",
                     "factpull.records", "factpull.pipeline", "factpull.layout", "factpull.parse",
                     "factpull.timex", "factpull.__version__"},
    "factpull.distributed": {"factpull.errors", "factpull.reader", "factpull.api",
                             "factpull.records", "factpull.summary"},
    "factpull.summary": {"factpull.records", "factpull.vocab"},
    "factpull.pipeline": {"factpull.errors", "factpull.extractors", "factpull.ruler",
                          "factpull.resources"},
    "factpull.extractors": BASE | {"factpull.layout", "factpull.parse", "factpull.ruler"},
    "factpull.layout": {"factpull.resources"},
    "factpull.reader": {"factpull.errors"},
    "factpull.ruler": set(),
    "factpull.records": set(),
    "factpull.errors": set(),
    "factpull.resources": set(),
    "factpull.timex": {"factpull.vocab"},
    "factpull.vocab": set(),
    "factpull.parse": {"factpull.vocab"},
    "factpull.places": {"factpull.resources", "factpull.vocab"},
    "factpull.data": set(),
    "factpull.render": {"factpull.records", "factpull.render", "factpull.summary"},
}


def _module(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    """Every module name imported, relative imports resolved, `from x import y` as x.y too."""
    module = _module(path)
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                origin = ".".join(base + ([node.module] if node.module else []))
            else:
                origin = node.module or ""
            if origin == "factpull" or (not node.module and node.level):
                names |= {f"{origin}.{alias.name}" for alias in node.names}
            else:
                names.add(origin)
    return names


def _group(module: str) -> str:
    for key in sorted(ALLOWED, key=len, reverse=True):
        if module == key or module.startswith(key + "."):
            return key
    raise AssertionError(f"{module} has no entry in ALLOWED: add it, with its allowed imports")


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=[_module(p) for p in MODULES])
def test_imports_follow_the_flow(path):
    module = _module(path)
    own = {name for name in _imports(path) if name.split(".")[0] == "factpull"}
    allowed = ALLOWED[_group(module)] | {module}
    against = {name for name in own if not any(
        name == ok or name.startswith(ok + ".") for ok in allowed)}
    assert not against, f"{module} imports {sorted(against)} against the flow"


def _top(path: Path) -> set[str]:
    return {name.split(".")[0] for name in _imports(path)}


def test_records_imports_no_spacy_and_nothing_of_factpull():
    top = _top(PACKAGE / "records.py")
    assert "spacy" not in top and "factpull" not in top


def test_only_the_cli_imports_typer():
    users = {_module(p) for p in MODULES if {"typer", "click"} & _top(p)}
    assert users == {"factpull.cli"}


def test_render_imports_no_spacy():
    for path in (PACKAGE / "render").rglob("*.py"):
        assert not {"spacy", "thinc"} & _top(path), path.name


def _names(path: Path) -> set[str]:
    """Every name and attribute used in a module (``os._exit`` as ``_exit``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return ({node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
            | {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)}
            | {alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
               for alias in node.names})


def test_only_the_cli_knows_exit_statuses():
    """The library raises or returns; exit statuses are the CLI's (errors.py defines them,
    the package re-exports them); nothing in the library ends the process with os._exit."""
    users = {_module(p) for p in MODULES if "ExitStatus" in _names(p)}
    assert users <= {"factpull.cli", "factpull.errors", "factpull"}
    assert not {_module(p) for p in MODULES if "_exit" in _names(p)}


def _bound_twice(source: str) -> set[str]:
    """Names a module binds more than once at its top level (``X = ...``, ``def X``, ``class
    X``): a later binding silently replaces the earlier one for every function that reads it.
    A binding made from the name's own value (``_RULES = tuple(_RULES)``) updates it on
    purpose and is not counted."""
    seen: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            seen[node.name] += 1
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            value = node.value or ast.Constant(None)
            read = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)}
            seen.update(t.id for t in targets if isinstance(t, ast.Name) and t.id not in read)
    return {name for name, count in seen.items() if count > 1}


def test_bound_twice_sees_a_rebinding():
    assert _bound_twice("A = 1\ndef f():\n    return A\nA = 2\n") == {"A"}
    assert _bound_twice("A: int = 1\nclass A:\n    pass\n") == {"A"}
    assert _bound_twice("A = 1\nB = 2\nA = tuple(A)\n") == set()


def test_no_module_binds_a_name_twice():
    """Two module constants of one name (two ``_WORD`` regexes, say) make the functions written
    for the first use the second."""
    twice = {_module(p): _bound_twice(p.read_text(encoding="utf-8")) for p in MODULES}
    assert {module: names for module, names in twice.items() if names} == {}
