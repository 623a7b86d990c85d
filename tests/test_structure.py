"""The package stays a house others can move into: small modules, small classes, no two modules importing each other.

Read from the source files themselves, so a new module is checked without being listed here.
"""

from __future__ import annotations

import ast
from pathlib import Path

import quotes

PACKAGE = Path(quotes.__file__).parent
MAX_MODULE_LINES = 650
MAX_CLASS_LINES = 300


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imported_modules(name: str, path: Path) -> set[str]:
    """The modules of the package that ``path`` imports, at the top or inside a function."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            # `from . import fast` imports the module quotes.fast; `from .io import read_inputs` imports quotes.io
            targets = [f"{target}.{alias.name}" for alias in node.names if f"{target}.{alias.name}" in MODULES]
            targets = targets or [target]
        else:
            continue
        found.update(target for target in targets if target in MODULES and target != name)
    return found


def test_the_checks_see_the_package() -> None:
    assert {"quotes", "quotes.extract", "quotes.cli"} <= set(MODULES)
    assert "quotes.model" in imported_modules("quotes.extract", MODULES["quotes.extract"])
    assert "quotes.extract" in imported_modules("quotes", MODULES["quotes"])


def test_every_module_is_under_the_line_limit() -> None:
    sizes = {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in MODULES.items()}
    too_long = {name: lines for name, lines in sizes.items() if lines >= MAX_MODULE_LINES}
    assert not too_long, f"split these modules (one idea each): {too_long}"


def test_every_class_is_under_the_line_limit() -> None:
    too_long = {}
    for name, path in MODULES.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and node.end_lineno is not None:
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_CLASS_LINES:
                    too_long[f"{name}.{node.name}"] = lines
    assert not too_long, f"split these classes: {too_long}"


def test_no_two_modules_import_each_other() -> None:
    imports = {name: imported_modules(name, path) for name, path in MODULES.items()}
    both_ways = sorted({tuple(sorted((a, b))) for a, targets in imports.items() for b in targets if a in imports[b]})
    assert not both_ways, f"modules that import each other: {both_ways}"
