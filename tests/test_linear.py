"""Every pattern newsmodel runs is free of the shapes that backtrack without end.

The static check is :mod:`newsmodel.backtracking`; :mod:`tests.patterns` collects every pattern the
package holds (module globals, every registered wire format and the example plugin, the registry's
detector, literals handed to ``re`` functions). The growth tests (``test_growth.py``) measure the
same promise on adversarial text.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from newsmodel.backtracking import check
from newsmodel.formats.base import WireFormat

sys.path.insert(0, str(Path(__file__).parent))
from patterns import all_patterns

ROOT = Path(__file__).resolve().parent.parent

#: Patterns the check reports that a proof shows to run in linear time: name -> the proof.
#: Empty today; an entry needs its proof here, in a sentence a reviewer can check.
PROVED_LINEAR: dict[str, str] = {}


def _plugin_format() -> WireFormat:
    """The example plugin's format, loaded from its folder as an installed plugin would be."""
    path = ROOT / "examples" / "wire-format-plugin" / "src" / "newsmodel_lpa" / "__init__.py"
    spec = importlib.util.spec_from_file_location("_example_plugin", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fmt = module.FORMAT
    assert isinstance(fmt, WireFormat)
    return fmt


PATTERNS = all_patterns([_plugin_format()])


class TestEveryPattern:
    """No pattern of the package, its formats or the example plugin can backtrack without end."""

    def test_the_collection_is_complete(self) -> None:
        names = " ".join(PATTERNS)
        for expected in (
            "people rules titled",
            "newsmodel.recognisers.people.titles._APPOS_SPLIT",
            "format xinhua.signature",
            "registry detector",
        ):
            assert expected in names
        assert any(name.startswith("format lpa.") for name in PATTERNS)
        assert len(PATTERNS) > 150

    @pytest.mark.parametrize("name", sorted(PATTERNS))
    def test_linear(self, name: str) -> None:
        findings = check(PATTERNS[name])
        if name in PROVED_LINEAR:
            assert findings, f"{name} is allow-listed but the check no longer reports it"
            return
        assert not findings, "\n".join(map(str, findings))

    def test_every_allow_listed_pattern_exists(self) -> None:
        assert set(PROVED_LINEAR) <= set(PATTERNS)


# The shapes the check must report (each exponential or quadratic in Python's engine), and
# look-alikes that are safe.
BAD = [
    pytest.param(r"(?:[^,;().]+|\.(?!\s))+(?=[,;])", "nested", id="apposition-before-the-fix"),
    pytest.param(r"(a+)+b", "nested", id="classic-nested-plus"),
    pytest.param(r"(?:\w+\s?)+!", "nested", id="words-with-optional-space"),
    pytest.param(r"(?:a|ab|\w+)*c", "ambiguous-branch", id="alternatives-one-unbounded"),
    pytest.param(r"(?:a?)*b", "empty-loop", id="loop-of-nothing"),
    pytest.param(r"\s*\S*\s*x", "adjacent", id="spaces-either-side"),
    pytest.param(r"[a-z]+[a-z]*!", "adjacent", id="adjacent-letters"),
    pytest.param(r"[a-z]*a[a-z]*!", "adjacent", id="adjacent-through-a-letter"),
    pytest.param(r"(?i:[A-Z]+[a-z]+)!", "adjacent", id="case-blind-overlap"),
    pytest.param(r"x(?=[^)]*\))", "lookaround", id="unbounded-look-ahead"),
    pytest.param(r"(?:[a-z]+){1,2}!", "nested", id="bounded-loop-of-unbounded-words"),
]
GOOD = [
    pytest.param(r"(?:[^,;().]++|\.(?!\s))++(?=[,;])", id="apposition-after-the-fix"),
    pytest.param(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3}", id="name-words-split-by-spaces"),
    pytest.param(r"\n(?:[^\S\n]*\n)+", id="blank-lines"),
    pytest.param(r"[^()]*(?:\([^()]*\)[^()]*)*", id="unrolled-brackets"),
    pytest.param(r"[A-Z]\w*(?:(?:, | and )[A-Z]\w*)*", id="list-with-separators"),
    pytest.param(r"(?=[^(]{0,200}+\()[A-Z]+", id="bounded-look-ahead"),
    pytest.param(r"(?:ab)+c", id="fixed-rounds"),
    pytest.param(r"(?:\w|\d)+!", id="alternatives-the-engine-merges-into-one-set"),
    pytest.param(r"(?:[A-Z][a-z]+){1,2}!", id="capitalised-words-cannot-be-split"),
    pytest.param(r"\d{1,2}\s\w{3,9}\s\d{4}", id="bounded-date"),
]


class TestTheCheck:
    """The check reports the shapes that backtrack and passes their safe look-alikes."""

    @pytest.mark.parametrize(("pattern", "rule"), BAD)
    def test_reports(self, pattern: str, rule: str) -> None:
        assert rule in [f.rule for f in check(re.compile(pattern))]

    @pytest.mark.parametrize("pattern", GOOD)
    def test_passes(self, pattern: str) -> None:
        assert check(re.compile(pattern)) == []

    def test_strings_and_compiled_patterns_agree(self) -> None:
        assert check(r"(a+)+b") == check(re.compile(r"(a+)+b"))

    def test_patterns_of_bytes(self) -> None:
        assert check(re.compile(rb"(a+)+b")) == check(r"(a+)+b") != []
        assert check(re.compile(rb"\x00(?:inhua|\x00\x00)")) == []
