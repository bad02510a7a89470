"""Wire formats as plugins: the registry, entry points, detection, and a third-party package."""

from __future__ import annotations

import re
from importlib.metadata import EntryPoint
from pathlib import Path

import pytest

from newsmodel import PluginError, UnknownFormatError, WireFormat, formats, parse
from newsmodel.cli import main
from newsmodel.formats import Registry, dateline_pattern
from newsmodel.formats.registry import ENTRY_POINT_GROUP
from newsmodel.testing import check_format, registered

EXAMPLE = Path(__file__).parent.parent / "examples" / "wire-format-plugin"


def _fmt(name: str, agency: str, **extra: object) -> WireFormat:
    return WireFormat(
        name=name,
        label=agency,
        agencies=(agency,),
        signature=re.compile(rf"\({agency}\) -"),
        datelines=(dateline_pattern([agency]),),
        example=f"PLACE ({agency}) -",
        **extra,  # type: ignore[arg-type]
    )


def _entry(name: str, value: str) -> EntryPoint:
    return EntryPoint(name=name, value=value, group=ENTRY_POINT_GROUP)


def _example_entry_point() -> EntryPoint:
    """The entry point the example package declares in its pyproject.toml."""
    text = (EXAMPLE / "pyproject.toml").read_text(encoding="utf-8")
    section = text.split(f'[project.entry-points."{ENTRY_POINT_GROUP}"]', 1)[1]
    name, value = re.search(r'^(\w+)\s*=\s*"([^"]+)"', section, re.MULTILINE).groups()  # type: ignore[union-attr]
    return _entry(name, value)


@pytest.fixture
def example(monkeypatch: pytest.MonkeyPatch) -> EntryPoint:
    """The example package importable (as if installed) and its entry point."""
    monkeypatch.syspath_prepend(str(EXAMPLE / "src"))
    return _example_entry_point()


class TestRegistry:
    """Built-ins load lazily by name; unknown names list the known; duplicates need replace."""

    def test_builtins_are_lazy(self) -> None:
        registry = Registry(entry_points=list)
        assert "xinhua" in registry.names()
        assert registry._formats == {}  # nothing imported until asked for
        assert registry.get("xinhua").label == "Xinhua"

    def test_unknown_name_lists_known(self) -> None:
        with pytest.raises(UnknownFormatError) as info:
            Registry(entry_points=list).get("nope")
        assert isinstance(info.value, LookupError)
        assert "xinhua" in str(info.value)
        assert "reuters" in info.value.known

    def test_duplicate_needs_replace(self) -> None:
        registry = Registry(entry_points=list)
        with pytest.raises(PluginError, match="'xinhua' is already registered"):
            registry.register(_fmt("xinhua", "XYZ"))
        registry.register(_fmt("xinhua", "XYZ"), replace=True)
        assert registry.get("xinhua").label == "XYZ"

    def test_not_a_format(self) -> None:
        with pytest.raises(PluginError, match="does not provide a WireFormat"):
            Registry(entry_points=list).register("xinhua")  # type: ignore[arg-type]

    def test_bad_name(self) -> None:
        with pytest.raises(ValueError, match="lower-case identifier"):
            _fmt("Bad Name", "BAD")

    def test_unregister(self) -> None:
        registry = Registry(entry_points=list)
        registry.register(_fmt("zzz", "ZZZ"))
        assert registry.unregister("zzz").name == "zzz"
        assert "zzz" not in registry.names()


class TestEntryPoints:
    """Third-party formats come from the newsmodel.formats entry-point group (patched here)."""

    def test_plugin_loaded(self, example: EntryPoint) -> None:
        registry = Registry(entry_points=lambda: [example])
        assert "lpa" in registry.names()
        assert registry.get("lpa").label == "Lakeside Press Agency"

    def test_module_with_format(self, example: EntryPoint) -> None:
        registry = Registry(entry_points=lambda: [_entry("lpa", "newsmodel_lpa")])
        assert registry.get("lpa").name == "lpa"

    def test_broken_plugin_is_named(self) -> None:
        registry = Registry(entry_points=lambda: [_entry("broken", "no_such_module_here:FORMAT")])
        with pytest.raises(PluginError, match=r"'broken': cannot be loaded"):
            registry.names()

    def test_plugin_that_is_not_a_format(self) -> None:
        registry = Registry(entry_points=lambda: [_entry("odd", "re:compile")])
        with pytest.raises(PluginError, match="'odd': does not provide a WireFormat"):
            registry.names()

    def test_plugin_clashing_with_builtin(self, example: EntryPoint) -> None:
        registry = Registry(entry_points=lambda: [_entry("xinhua", "newsmodel_lpa:FORMAT")])
        registry.register(_fmt("lpa", "LPA"))
        with pytest.raises(PluginError, match=r"'xinhua'.*already registered"):
            registry.names()

    def test_formats_command_lists_plugins(
        self,
        example: EntryPoint,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        monkeypatch.setattr(
            "newsmodel.cli.default_registry", Registry(entry_points=lambda: [example])
        )
        assert main(["formats"]) == 0
        assert (
            "lpa          Lakeside Press Agency LAKESIDE, 3 March (LPA) -"
            in capsys.readouterr().out
        )


class TestDetection:
    """The best score wins; ties go to priority, then to the name; generic is the fallback."""

    def test_generic_fallback(self) -> None:
        assert formats.detect("Nothing like a wire story here.").name == "generic"

    def test_earliest_signature_wins(self) -> None:
        text = "MOSCOW, June 3 (Xinhua/Reuters) -- Body. (Reuters) - more"
        assert formats.detect(text).name == "xinhua"

    def test_tie_goes_to_priority_then_name(self) -> None:
        registry = Registry(builtins={}, entry_points=list)
        registry.register(_fmt("bbb", "SAME"))
        registry.register(_fmt("aaa", "SAME"))
        registry.register(_fmt("generic", "GENERIC"))
        assert registry.detect("X (SAME) - y").name == "aaa"
        registry.register(_fmt("bbb", "SAME", priority=1), replace=True)
        assert registry.detect("X (SAME) - y").name == "bbb"

    def test_score_hook(self) -> None:
        registry = Registry(builtins={"generic": "newsmodel.formats.generic"}, entry_points=list)
        registry.register(_fmt("hooked", "HK", score=lambda text: 0.9 if "#HK" in text else 0.0))
        assert registry.detect("#HK story").name == "hooked"
        assert registry.detect("other story").name == "generic"

    def test_forced_format(self) -> None:
        assert parse("KYIV (Reuters) - Body.", format="ap").wire_format == "ap"


class TestExamplePackage:
    """The example third-party format passes newsmodel.testing, through its own entry point."""

    def test_example_checks(self, example: EntryPoint) -> None:
        check_format(example.load(), EXAMPLE / "tests" / "golden")

    def test_example_detected_via_entry_point(self, example: EntryPoint) -> None:
        story = (EXAMPLE / "tests" / "golden" / "ice-fishing.txt").read_text(encoding="utf-8")
        registry = Registry(entry_points=lambda: [example])
        assert registry.detect(story).name == "lpa"

    def test_examples_own_test_passes(
        self, example: EntryPoint, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.syspath_prepend(str(EXAMPLE / "tests"))
        import test_lpa  # the package's own test module

        assert len(list(test_lpa.GOLDEN.glob("*.json"))) == 3
        test_lpa.test_lpa()  # fails with an AssertionError if any check of the format fails


class TestTestingHelpers:
    """newsmodel.testing fails loudly when a format is wrong."""

    def test_wrong_detection_is_reported(self, tmp_path: Path) -> None:
        (tmp_path / "s.txt").write_text("BEIJING, Oct. 11 (Xinhua) -- Body.\n", encoding="utf-8")
        with pytest.raises(AssertionError, match="detected 'xinhua', not 'lpa2'"):
            check_format(_fmt("lpa2", "LPA2"), tmp_path)

    def test_missing_golden_is_reported(self, tmp_path: Path) -> None:
        (tmp_path / "s.txt").write_text("OSLO (QQA) - Body.\n", encoding="utf-8")
        with pytest.raises(AssertionError, match=r"s\.json is missing"):
            check_format(_fmt("qqa", "QQA"), tmp_path)

    def test_registered_restores(self) -> None:
        original = formats.get("xinhua")
        with registered(_fmt("xinhua", "XYZ")):
            assert formats.get("xinhua").label == "XYZ"
        assert formats.get("xinhua") is original
