"""The docs cannot go stale: their Python runs as tests and the API page covers every module."""

from __future__ import annotations

import pkgutil
import re
import tomllib
from pathlib import Path

import pytest

import newsmodel
from newsmodel.formats.registry import BUILTINS

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "docs").glob("*.md"))
# A fenced block of Python: its language word and its lines up to the closing fence.
FENCE = re.compile(r"^```python\n(?P<code>(?:(?!```).*\n)*)```", re.MULTILINE)
AUTOMODULE = re.compile(r"^\.\. automodule:: (?P<name>[\w.]+)$", re.MULTILINE)


def _public_modules() -> list[str]:
    """Every module of the package but the private ones and the agencies' data modules."""
    found = ["newsmodel"]
    for info in pkgutil.walk_packages(newsmodel.__path__, "newsmodel."):
        parts = info.name.split(".")
        if not any(part.startswith("_") for part in parts) and info.name not in BUILTINS.values():
            found.append(info.name)
    return sorted(found)


class TestExamples:
    """Every Python example of the docs is a doctest that pytest runs."""

    @pytest.mark.parametrize("page", [*PAGES, ROOT / "README.md"], ids=lambda page: page.name)
    def test_every_python_block_is_a_doctest(self, page: Path) -> None:
        """A block of Python shows its output (``>>>``), so running it checks it."""
        blocks = [m["code"] for m in FENCE.finditer(page.read_text(encoding="utf-8"))]
        plain = [code.splitlines()[0] for code in blocks if not code.startswith(">>> ")]
        assert plain == [], f"{page.name}: blocks of Python that are not doctests, opening {plain}"

    def test_pytest_collects_every_page(self) -> None:
        """The docs' pages are among pytest's test paths (and so run with the suite)."""
        config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
        options = config["tool"]["pytest"]["ini_options"]
        assert "docs/*.md" in options["testpaths"]
        assert "--doctest-glob=*.md" in options["addopts"]


class TestReference:
    """The API page documents every public module."""

    def test_every_public_module_has_its_automodule(self) -> None:
        """A module of the package missing from docs/api.md is one ``automodule`` line to add."""
        page = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
        documented = {m["name"] for m in AUTOMODULE.finditer(page)}
        missing = [name for name in _public_modules() if name not in documented]
        assert missing == [], f"docs/api.md: add '.. automodule:: NAME' for {missing}"

    def test_nitpicky_mode_is_on(self) -> None:
        """Every cross-reference of the docs must resolve (``sphinx-build -W`` fails otherwise)."""
        conf = (ROOT / "docs" / "conf.py").read_text(encoding="utf-8")
        assert re.search(r"^nitpicky = True$", conf, re.MULTILINE)
