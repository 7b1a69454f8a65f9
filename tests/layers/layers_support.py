"""The import graph of the minutebook package, read from the source with ast (nothing is run)."""

import ast
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "minutebook"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def sources() -> dict[str, Path]:
    """Every module of the package by dotted name, migrations included."""
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _imported(node, importer: str, is_package: bool) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if node.level:  # relative: resolve against the importing module's package
        package = importer.split(".")
        package = package if is_package else package[:-1]
        base = ".".join(package[: len(package) - node.level + 1] + ([node.module] if node.module else []))
    else:
        base = node.module
    # "from a import b" names the module a.b if there is one, else a name defined in a.
    named = [f"{base}.{alias.name}" for alias in node.names]
    return [m if m in sources() else base for m in named]


def imports(name: str, top_level_only: bool = False) -> set[str]:
    """The modules `name` imports: anywhere in it, or only those run when it is loaded
    (module level, not inside a function or an `if TYPE_CHECKING:` block)."""
    path = sources()[name]
    tree = ast.parse(path.read_text(), filename=str(path))
    if top_level_only:
        nodes = []
        stack = list(tree.body)
        while stack:
            node = stack.pop()
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                continue
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                stack.extend(node.orelse)
                continue
            nodes.append(node)
            stack.extend(ast.iter_child_nodes(node))
    else:
        nodes = list(ast.walk(tree))
    found = set()
    for node in nodes:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            found.update(_imported(node, name, path.name == "__init__.py"))
    return found


def within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")
