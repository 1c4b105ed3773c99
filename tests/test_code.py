"""The package's own code: checks that ruff and mypy do not make."""

from __future__ import annotations

import ast
from pathlib import Path

import pubnorm

PACKAGE = Path(pubnorm.__file__).resolve().parent


def _module_bindings(tree: ast.Module) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            out.extend((t.id, node.lineno) for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            out.append((node.target.id, node.lineno))
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            out.append((node.name, node.lineno))
    return out


def test_no_module_binds_a_name_twice():
    """A module-level constant bound a second time further down changes what every function above reads: a new
    `_NAME_MARKS` for one repair in repair/fields.py silently changed another repair's name marks (25 dev pages read
    worse). ruff's F811 covers functions and imports, not assignments."""
    twice = []
    for path in sorted(PACKAGE.rglob("*.py")):
        seen: dict[str, int] = {}
        for name, line in _module_bindings(ast.parse(path.read_text(encoding="utf-8"))):
            if name in seen:
                twice.append(f"{path.relative_to(PACKAGE)}:{line}: {name} (first bound at line {seen[name]})")
            seen[name] = line
    assert twice == []


def test_the_check_finds_a_name_bound_twice():
    src = "_MARKS = {1}\n\ndef f():\n    return _MARKS\n\n_MARKS = {2}\n"
    assert [n for n, _ in _module_bindings(ast.parse(src))] == ["_MARKS", "f", "_MARKS"]
