"""The optional compiled build: the hot modules compiled with mypyc into a platform wheel.

Off by default: ``pip install .`` and ``pip install -e .`` install pure Python, and need nothing but
hatchling. ``HATCH_BUILD_HOOK_ENABLE_CUSTOM=1 pip install .`` turns the hook on. Hatchling then also
installs the hook's build dependencies into the build environment: mypy, setuptools, and the
runtime dependencies and stubs that mypyc type-checks against. This hook compiles the modules
listed under ``[tool.hatch.build.targets.wheel.hooks.custom]`` in ``pyproject.toml`` in a
temporary directory and adds the extension modules to the wheel, beside the sources they were
compiled from. Nothing is written into the source tree, and an editable install is never compiled
(a stale extension would shadow the source being edited).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# Run in the package's source root, so mypy names the modules ``newsmodel.<name>``.
_SETUP = """
import sys
from setuptools import setup
from mypyc.build import mypycify

work, *modules = sys.argv[1:]
setup(
    name="newsmodel-compiled",
    ext_modules=mypycify(
        [f"--cache-dir={work}/mypy-cache", "--config-file=", *modules],
        target_dir=f"{work}/c",
        group_name="newsmodel",
    ),
    script_args=["build_ext", "--build-lib", f"{work}/lib", "--build-temp", f"{work}/temp"],
)
"""


class CompiledBuildHook(BuildHookInterface):
    """Compiles ``modules`` (paths under ``source``) with mypyc into the wheel."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        source = Path(self.root, self.config.get("source", "src"))
        modules = list(self.config["modules"])
        self._work = Path(tempfile.mkdtemp(prefix="newsmodel-mypyc-"))
        subprocess.run(
            [sys.executable, "-c", _SETUP, str(self._work), *modules], cwd=source, check=True
        )
        for built in (self._work / "lib").rglob("*"):
            if built.is_file():
                build_data["force_include"][str(built)] = str(built.relative_to(self._work / "lib"))
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        work = getattr(self, "_work", None)
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
