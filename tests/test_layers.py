"""The layers import downwards only: models → serving → API / export / admin.

Read from the source (every `import`, at module level or inside a function), so a shortcut
taken later — a model importing the export, the serving layer importing the API — fails here
before it becomes an import circle.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("cms", "home", "themes", "graphql_api")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _sources() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" not in path.parts:
                found[_module_name(path)] = path
    return found


SOURCES = _sources()


def imports_of(module: str) -> set[str]:
    """The project modules `module` imports, anywhere in its code."""
    path = SOURCES[module]
    tree = ast.parse(path.read_text(), filename=str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(
                    [*package.split(".")[: len(package.split(".")) - node.level + 1], base]
                )
            names.add(base)
            names |= {f"{base}.{alias.name}" for alias in node.names}
    return {name for name in names if name in SOURCES}


def _is_under(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == prefix or module.startswith(prefix + ".") for prefix in prefixes)


MODELS = ("themes.models", "home.models", "home.preview")
SERVING = ("home.serving",)
ABOVE_MODELS = ("graphql_api", "themes.export", "home.serving")
ABOVE_SERVING = ("graphql_api", "themes.export", "themes.localization", "cms")


@pytest.mark.parametrize("module", sorted(m for m in SOURCES if _is_under(m, MODELS)))
def test_models_import_neither_serving_nor_api_nor_export(module):
    wrong = {name for name in imports_of(module) if _is_under(name, ABOVE_MODELS)}
    assert not wrong, f"{module} imports {sorted(wrong)}"


@pytest.mark.parametrize("module", sorted(m for m in SOURCES if _is_under(m, SERVING)))
def test_serving_knows_nothing_of_the_api_or_the_export(module):
    wrong = {name for name in imports_of(module) if _is_under(name, ABOVE_SERVING)}
    assert not wrong, f"{module} imports {sorted(wrong)}"


def test_home_never_imports_the_api_or_the_export():
    for module in (m for m in SOURCES if _is_under(m, ("home",))):
        wrong = {n for n in imports_of(module) if _is_under(n, ("graphql_api", "themes.export"))}
        assert not wrong, f"{module} imports {sorted(wrong)}"


def test_no_import_circle_between_modules():
    graph = {module: imports_of(module) - {module} for module in SOURCES}
    index, low, stack, on_stack, circles = {}, {}, [], set(), []

    def visit(module):  # Tarjan's strongly connected components
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for target in graph[module]:
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in on_stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == module:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for module in graph:
        if module not in index:
            visit(module)
    assert circles == []
