"""The layers of the `iki` package, and the one rule between them: nothing imports upward.

A module may import its own layer and the layers below it. Imports inside functions count the
same as those at the top: a lazy import is still a dependency.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

LAYERS: tuple[tuple[str, ...], ...] = (
    (
        "iki",
        "iki.errors",
        "iki.diagnostics",
        "iki.model",
        "iki.formula",
        "iki.numbers",
        "iki.messages",
        "iki.catalogue",
        "iki.printable",
        "iki.titles",
    ),
    ("iki.load",),
    ("iki.check",),
    ("iki.compute",),
    ("iki.edit",),
    ("iki.render",),
    ("iki.cli", "iki.__main__"),
)
"""Lowest first. A module belongs to the longest prefix listed; `iki` alone is the package root."""


@dataclass(frozen=True)
class Violation:
    module: str
    line: int
    imported: str

    def __str__(self) -> str:
        return f"{self.module}:{self.line} imports {self.imported}, a higher layer"


def layer_of(module: str) -> int:
    best, level = "", -1
    for index, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            matches = module == prefix or module.startswith(prefix + ".")
            if matches and len(prefix) > len(best):
                best, level = prefix, index
    if level < 0:
        raise ValueError(f"{module} is in no layer: add it to LAYERS")
    return level


def module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(module: str, path: Path) -> Iterator[tuple[int, str]]:
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                base = base[: len(base) - node.level + (1 if is_package else 0)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            yield node.lineno, target
            # `from iki import check` imports the subpackage `iki.check`.
            for alias in node.names:
                yield node.lineno, f"{target}.{alias.name}"


def violations(root: Path) -> list[Violation]:
    """Every upward import in the package at `root` (the folder holding `__init__.py`)."""
    found = []
    for path in sorted(root.rglob("*.py")):
        module = module_name(root, path)
        own = layer_of(module)
        seen: set[str] = set()
        for line, target in _imports(module, path):
            if not (target == root.name or target.startswith(root.name + ".")):
                continue
            if target in seen or target == root.name:
                continue
            seen.add(target)
            try:
                level = layer_of(target)
            except ValueError:
                continue  # a name imported from a module, not a module
            if level > own:
                found.append(Violation(module, line, target))
    return found
