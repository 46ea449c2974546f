"""Checks on the project as a whole: the core stays Qt-free, the code stays lint-clean, and an
installed package carries the data it reads at run time."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import duizhao.core

ROOT = Path(__file__).resolve().parent.parent


def test_core_never_imports_qt() -> None:
    modules = [m.name for m in pkgutil.walk_packages(duizhao.core.__path__, "duizhao.core.")]
    assert "duizhao.core.pipeline" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken')))\n"
        "assert not qt, qt\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_ruff_is_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "desktop", "tests", "bench", "tools"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_contracts_hold() -> None:
    """lint-imports with the contracts in pyproject.toml: the core stays below the window and
    the CLI, views never import the main window, no package imports another in a circle."""
    tool = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(tool), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert " 0 broken" in result.stdout


def test_no_module_imports_itself_through_others() -> None:
    """No cycle of module imports anywhere in duizhao, imports under TYPE_CHECKING included
    (acyclic_siblings looks at siblings only: a package and its own modules can still form one)."""
    import grimp

    graph = grimp.build_graph("duizhao", exclude_type_checking_imports=False, cache_dir=None)
    cycles = []
    for importer in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            back = graph.find_shortest_chain(importer=imported, imported=importer)
            if back is not None:
                cycles.append(" -> ".join((importer, *back)))
    assert cycles == []


def test_core_is_mypy_strict_clean(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path), "desktop/duizhao/core"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_ui_string_is_translated(tmp_path: Path) -> None:
    """pyside6-lupdate over the UI finds no string missing from the Chinese catalogues, none
    unfinished, and files each string under the class (context) that asks for it at run time."""
    import shutil
    import xml.etree.ElementTree as ET

    import PySide6

    tool = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or str(
        Path(PySide6.__file__).parent / "lupdate")
    sources = sorted(str(p) for p in (ROOT / "desktop" / "duizhao" / "ui").rglob("*.py"))
    for lang in ("zh_CN", "zh_TW"):
        ts = tmp_path / f"duizhao_{lang}.ts"
        shutil.copy(ROOT / "translations" / ts.name, ts)
        result = subprocess.run([tool, *sources, "-no-obsolete", "-locations", "none",
                                 "-ts", str(ts)], capture_output=True, text=True, check=True)
        assert "(0 new and" in result.stdout, result.stdout
        root = ET.parse(ts).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            assert name.isidentifier() and name[0].isupper(), f"{lang}: context {name!r}"
            for message in context.iter("message"):
                translation = message.find("translation")
                assert translation is not None and translation.text, (
                    f"{lang}: {name}: {message.findtext('source')!r} has no translation")
                assert translation.get("type") is None, (
                    f"{lang}: {name}: {message.findtext('source')!r} is unfinished")


def test_readme_is_the_front_door() -> None:
    """The README stays short, links pages that exist, and its test command is CI's."""
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) <= 150
    links = re.findall(r"\]\(((?:docs/)?[\w./-]+\.(?:md|png))\)", readme)
    for page in ("guide", "formats", "architecture", "performance", "development"):
        assert f"docs/{page}.md" in links
    for link in links:
        assert (ROOT / link).is_file(), link
    commands = re.findall(r"```sh\n(python3 -m venv .*)\n```", readme)
    assert len(commands) == 2, commands
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci.splitlines()


def _top_level_imports(folder: Path) -> set[str]:
    import ast

    names: set[str] = set()
    for file in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"duizhao"}


def test_every_imported_package_is_declared() -> None:
    """Each third-party module imported comes from a distribution pyproject.toml declares: a
    dependency of the package for desktop/ (and each of those is imported by it); also a test,
    data or bench extra for tests/, bench/ and tools/."""
    import importlib.metadata
    import re

    from packaging.requirements import Requirement

    def normalised(name: str) -> str:
        return re.sub(r"[-_.]+", "-", name).lower()

    declared: dict[str, set[str]] = {"": set(), "test": set(), "data": set(), "bench": set()}
    for line in importlib.metadata.requires("duizhao") or []:
        requirement = Requirement(line)
        extra = re.search(r'extra == "(\w+)"', str(requirement.marker or ""))
        declared[extra.group(1) if extra else ""].add(normalised(requirement.name))
    providers = importlib.metadata.packages_distributions()
    local = {p.stem for p in ROOT.glob("*/**/*.py")}

    def undeclared(folder: str, allowed: set[str]) -> list[str]:
        return sorted(module for module in _top_level_imports(ROOT / folder) - local
                      if not {normalised(d) for d in providers.get(module, [module])} & allowed)

    assert undeclared("desktop", declared[""]) == []
    imported = {normalised(d) for module in _top_level_imports(ROOT / "desktop")
                for d in providers.get(module, [module])}
    assert declared[""] - imported == set(), "declared for the package, imported by none of it"
    everything = declared[""] | declared["test"] | declared["data"] | declared["bench"]
    for folder in ("tests", "bench", "tools"):
        assert undeclared(folder, everything) == [], folder
