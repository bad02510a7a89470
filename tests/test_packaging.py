"""What a user installs: the distributions, ``python -m newsmodel`` and a cheap ``import newsmodel``."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from importlib.metadata import version
from pathlib import Path

import pytest

import newsmodel
from newsmodel.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "xinhua-vice-premier.txt"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
# A requirement's distribution name: what stands before a version, a marker or extras.
REQUIREMENT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
# Optional dependencies named by the issues, beside those the extras and groups list.
NAMED_OPTIONAL = ("orjson", "tqdm", "dask", "distributed", "pyarrow", "jsonschema")


def _optional_modules() -> list[str]:
    """The top-level modules of every dependency that is not a core one."""
    project = PYPROJECT["project"]
    core = {_name(r) for r in project["dependencies"]}
    named = [r for extra in project["optional-dependencies"].values() for r in extra]
    named += [
        r for group in PYPROJECT["dependency-groups"].values() for r in group if isinstance(r, str)
    ]
    optional = {_name(r) for r in named} | set(NAMED_OPTIONAL)
    # Build and test tools are not what a program imports; they are not looked for.
    tools = {"pytest", "hypothesis", "ruff", "mypy", "types_python_dateutil", "sphinx", "furo"}
    return sorted(optional - core - tools - {"myst_parser", "hatchling"})


def _name(requirement: str) -> str:
    found = REQUIREMENT_NAME.match(requirement)
    assert found is not None, requirement
    return found.group().lower().replace("-", "_")


def _python(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: PLW1510 (the exit code is checked)
        [sys.executable, *argv], capture_output=True, text=True, timeout=120, cwd=ROOT
    )


class TestImport:
    """``import newsmodel`` loads the core only."""

    def test_no_optional_dependency_is_imported(self) -> None:
        """A fresh process that imports newsmodel holds no optional dependency, nor importlib.metadata."""
        unwanted = [*_optional_modules(), "importlib.metadata"]
        assert "orjson" in unwanted and "dateparser" in unwanted
        code = f"import sys, newsmodel; print([m for m in {unwanted!r} if m in sys.modules])"
        result = _python("-c", code)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == "[]"

    def test_the_parser_and_the_converter_load_when_first_used(self) -> None:
        """The parser (its patterns), the formats and cattrs are not loaded by the import itself:
        a name of the package that needs them belongs in ``_LAZY`` in ``__init__``."""
        heavy = ["newsmodel.pipeline", "newsmodel.parsing", "newsmodel.formats", "cattrs"]
        code = f"import sys, newsmodel; print([m for m in {heavy!r} if m in sys.modules])"
        result = _python("-c", code)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == "[]"

    def test_the_version_is_the_distributions(self) -> None:
        """``__version__`` (a constant) is the version the installed metadata gives."""
        assert newsmodel.__version__ == version("newsmodel")

    @pytest.mark.parametrize("name", sorted(newsmodel._LAZY), ids=str)
    def test_a_lazy_name_is_its_modules_own(self, name: str) -> None:
        """Each name loaded on use is the object of the module that defines it (or that module,
        for a subpackage such as ``export``), listed by dir()."""
        module = importlib.import_module(newsmodel._LAZY[name], "newsmodel")
        expected = module if module.__name__ == f"newsmodel.{name}" else getattr(module, name)
        assert getattr(newsmodel, name) is expected
        assert name in dir(newsmodel) and name in newsmodel.__all__

    def test_an_unknown_name_is_an_attribute_error(self) -> None:
        """A name the package does not have raises AttributeError, as for any module."""
        with pytest.raises(AttributeError, match="no attribute 'nothing'"):
            _ = newsmodel.nothing


class TestMain:
    """``python -m newsmodel`` is the ``newsmodel`` command."""

    def test_parse_prints_what_the_command_prints(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The same JSON on standard output, and the same exit code."""
        assert main(["parse", str(EXAMPLE)]) == 0
        expected = capsys.readouterr().out
        result = _python("-m", "newsmodel", "parse", str(EXAMPLE))
        assert (result.returncode, result.stdout) == (0, expected)

    @pytest.mark.parametrize(
        ("argv", "code", "stream", "text"),
        [
            (["--version"], 0, "stdout", f"newsmodel {newsmodel.__version__}"),
            (["parse"], 2, "stderr", "usage: newsmodel"),
            (["parse", "no-such-file.txt"], 1, "stderr", "no-such-file.txt"),
        ],
        ids=["version", "usage-error", "missing-file"],
    )
    def test_exit_codes(self, argv: list[str], code: int, stream: str, text: str) -> None:
        """Version, usage errors and failures exit as the command does, saying so."""
        result = _python("-m", "newsmodel", *argv)
        assert result.returncode == code
        assert text in getattr(result, stream)
        assert "Traceback" not in result.stderr


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sdist and the wheel, built from this tree by the build backend (no network needed)."""
    pytest.importorskip("hatchling", reason="the build backend (the test group) builds them")
    out = tmp_path_factory.mktemp("dist")
    result = _python("-m", "hatchling", "build", "-t", "sdist", "-t", "wheel", "-d", str(out))
    assert result.returncode == 0, result.stderr
    return out


class TestDistributions:
    """The sdist and the wheel hold the license, the metadata a user reads and the package."""

    def test_the_sdist(self, built: Path) -> None:
        """The sdist holds the license, the changelog and the sources."""
        [sdist] = built.glob("*.tar.gz")
        with tarfile.open(sdist) as archive:
            names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
        assert {"LICENSE", "CHANGELOG.md", "pyproject.toml", "src/newsmodel/__main__.py"} <= names

    def test_the_wheel(self, built: Path) -> None:
        """The wheel holds the license and says the version, license and project URLs."""
        [wheel] = built.glob("*.whl")
        with zipfile.ZipFile(wheel) as archive:
            names = set(archive.namelist())
            info = f"newsmodel-{newsmodel.__version__}.dist-info"
            metadata = archive.read(f"{info}/METADATA").decode()
            license_text = archive.read(f"{info}/licenses/LICENSE").decode()
        assert {"newsmodel/__main__.py", "newsmodel/py.typed"} <= names
        assert "MIT License" in license_text and "The newsmodel authors" in license_text
        assert f"Version: {newsmodel.__version__}\n" in metadata
        assert "License-Expression: MIT\n" in metadata
        urls = re.findall(r"^Project-URL: (\w+),", metadata, re.MULTILINE)
        assert {"Homepage", "Documentation", "Source", "Issues", "Changelog"} <= set(urls)

    def test_the_license_file(self) -> None:
        """The repository's LICENSE is MIT, held by the newsmodel authors."""
        text = (ROOT / "LICENSE").read_text(encoding="utf-8")
        assert text.startswith("MIT License") and "Copyright (c) 2026 The newsmodel authors" in text
