"""Wire formats as plugins: the registry, entry points, detection, and a third-party package."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
import threading
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterator
from importlib.metadata import EntryPoint
from pathlib import Path
from types import ModuleType

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel import PluginError, UnknownFormatError, WireFormat, formats, parse
from newsmodel.cli import main
from newsmodel.formats import Registry, dateline_pattern
from newsmodel.formats.base import DETECTION_WINDOW
from newsmodel.formats.registry import ENTRY_POINT_GROUP, PluginWarning, _KeywordScan
from newsmodel.lexicon import Lexicon, LexiconAdditions, lexicon_with
from newsmodel.pipeline import run
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
        assert registry._state.formats == {}  # nothing imported until asked for
        assert registry.get("xinhua").label == "Xinhua"
        assert list(registry._state.formats) == ["xinhua"]

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
        with pytest.raises(PluginError, match="'Bad Name': name must be a lower-case identifier"):
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


# A story each of the formats used below claims.
STORY = "BEIJING, Oct. 11 (Xinhua) -- Chinese Premier Li Qiang spoke on Friday.\n\nMore body."
ZZZ_STORY = "OSLO (ZZZ) - The council met.\n\nIt voted."


def _use(monkeypatch: pytest.MonkeyPatch, registry: Registry) -> None:
    """Make ``registry`` the one parse, the command line and newsmodel.testing use."""
    for where in (
        "newsmodel.parsing._registry",
        "newsmodel.pipeline._registry",
        "newsmodel.cli.default_registry",
        "newsmodel.testing.default_registry",
    ):
        monkeypatch.setattr(where, registry)


@pytest.fixture
def plugin_modules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Importable modules of broken plugins (and the example package), as if installed."""
    (tmp_path / "nm_test_raises.py").write_text(
        'raise RuntimeError("the plugin\'s database is unreachable")\n', encoding="utf-8"
    )
    (tmp_path / "nm_test_contract.py").write_text(
        "import re\n"
        "from newsmodel.formats.base import WireFormat, dateline_pattern\n"
        "FORMAT = WireFormat(name='half', label='Half', agencies=('HLF',),\n"
        "    signature=re.compile(r'\\(HLF\\)'), datelines=(dateline_pattern(['HLF']),),\n"
        "    example='X (HLF) -', bylines=(re.compile(r'By (?P<who>.+)'),))\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.syspath_prepend(str(EXAMPLE / "src"))


# id, entry point name, its value, what the report says went wrong
BROKEN = [
    (
        "missing-module",
        "gone",
        "no_such_module_here:FORMAT",
        "ModuleNotFoundError: No module named 'no_such_module_here'",
    ),
    ("missing-attribute", "noattr", "newsmodel_lpa:NOPE", "AttributeError"),
    (
        "raises-on-import",
        "boom",
        "nm_test_raises:FORMAT",
        "RuntimeError: the plugin's database is unreachable",
    ),
    ("not-a-format", "odd", "re:compile", "does not provide a WireFormat (got function)"),
    ("breaks-the-contract", "half", "nm_test_contract:FORMAT", "bylines[0]: the pattern"),
    (
        "name-taken",
        "dup",
        "newsmodel.formats.ap:FORMAT",
        "a wire format named 'ap' is already registered",
    ),
]


@pytest.mark.usefixtures("plugin_modules")
class TestBrokenPlugins:
    """A plugin that cannot be registered is reported once, listed, and breaks nothing else."""

    @pytest.mark.parametrize(
        ("name", "value", "error"), [c[1:] for c in BROKEN], ids=[c[0] for c in BROKEN]
    )
    def test_reported_once_and_skipped(self, name: str, value: str, error: str) -> None:
        registry = Registry(entry_points=lambda: [_entry(name, value)])
        with pytest.warns(PluginWarning) as caught:
            known = registry.names()
        [warning] = caught
        assert f"wire format plugin {name!r} ({value}) skipped: " in str(warning.message)
        assert error in str(warning.message)
        assert {"xinhua", "ap", "generic"} <= set(known)
        [broken] = registry.broken_plugins
        assert (broken.name, broken.value) == (name, value)
        assert error in broken.error
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # a second report would raise here
            assert registry.detect(STORY).name == "xinhua"
            assert registry.get("ap").label == "Associated Press"
            assert registry.snapshot().broken_plugins == (broken,)

    def test_others_still_load(self) -> None:
        entries = [_entry("gone", "no_such_module_here:FORMAT"), _example_entry_point()]
        registry = Registry(entry_points=lambda: entries)
        with pytest.warns(PluginWarning, match="'gone'"):
            assert registry.get("lpa").label == "Lakeside Press Agency"
        assert [b.name for b in registry.broken_plugins] == ["gone"]

    def test_unreadable_entry_points(self) -> None:
        def unreadable() -> list[EntryPoint]:
            raise OSError("metadata unreadable")

        registry = Registry(entry_points=unreadable)
        with pytest.warns(PluginWarning, match="OSError: metadata unreadable"):
            assert registry.detect(STORY).name == "xinhua"
        assert [b.name for b in registry.broken_plugins] == [ENTRY_POINT_GROUP]

    def test_first_parse_with_a_forced_format(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """The first parse of a process, with --format, used to fail on a broken plugin."""
        _use(monkeypatch, Registry(entry_points=lambda: [_entry("gone", "no_such_module:F")]))
        with pytest.warns(PluginWarning, match="'gone'"):
            article = parse(STORY, format="xinhua")
        assert article.dateline is not None
        assert article.dateline.agencies == ("Xinhua",)
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            assert parse(STORY).wire_format == "xinhua"

    def test_command_line(
        self,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
        tmp_path: Path,
    ) -> None:
        _use(monkeypatch, Registry(entry_points=lambda: [_entry("gone", "no_such_module:F")]))
        story = tmp_path / "story.txt"
        story.write_text(STORY, encoding="utf-8")
        with pytest.warns(PluginWarning, match="'gone'"):
            assert main(["parse", str(story), "--format", "xinhua"]) == 0
        assert '"wire_format": "xinhua"' in capsys.readouterr().out
        assert main(["formats"]) == 0
        listed = capsys.readouterr().out
        assert listed.startswith("aap ")
        assert "xinhua       Xinhua" in listed

    def test_formats_command_lists_the_broken(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        _use(monkeypatch, Registry(entry_points=lambda: [_entry("gone", "no_such_module:F")]))
        with pytest.warns(PluginWarning, match="'gone'"):
            assert main(["formats"]) == 0
        listed = capsys.readouterr().out.splitlines()
        assert "xinhua       Xinhua" in "\n".join(listed)
        assert listed[-1].startswith("gone         (broken)         no_such_module:F: ")


def _together(count: int, work: Callable[[int], object]) -> list[BaseException]:
    """Run ``work(0)`` .. ``work(count - 1)`` in threads released at once; what they raised."""
    barrier = threading.Barrier(count)
    errors: list[BaseException] = []

    def go(index: int) -> None:
        try:
            barrier.wait(timeout=30)
            work(index)
        except BaseException as exc:  # every failure, whatever its kind, is the test's result
            errors.append(exc)

    threads = [threading.Thread(target=go, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads), "a thread did not finish"
    return errors


@pytest.fixture
def slow_imports(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """``importlib.import_module`` counting its calls, each a millisecond slower: a race in the
    loading of the built-in formats shows at once instead of now and then."""
    calls: Counter[str] = Counter()
    real = importlib.import_module

    def slow(name: str, package: str | None = None) -> ModuleType:
        calls[name] += 1
        time.sleep(0.001)
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", slow)
    return calls


@pytest.fixture
def fast_switching() -> Iterator[None]:
    """Threads take turns every few microseconds, so that their steps interleave finely."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)
    yield
    sys.setswitchinterval(before)


class TestThreads:
    """Loading is done once whoever asks first; a parse sees one registry from start to end."""

    def test_first_parses_at_once(
        self, monkeypatch: pytest.MonkeyPatch, slow_imports: Counter[str]
    ) -> None:
        builtins = formats.registry.BUILTINS
        for _ in range(8):
            registry = Registry(entry_points=list)
            _use(monkeypatch, registry)
            slow_imports.clear()
            errors = _together(
                4, lambda i: parse(STORY, format="ap" if i % 2 else None).wire_format
            )
            assert errors == []
            assert slow_imports == Counter(builtins.values())  # each built-in imported once
            assert sorted(registry._state.formats) == sorted(builtins)

    def test_lookups_at_once(self, slow_imports: Counter[str]) -> None:
        for _ in range(8):
            registry = Registry(entry_points=list)
            slow_imports.clear()
            errors = _together(6, lambda i, r=registry: r.get(("xinhua", "ap", "reuters")[i % 3]))
            assert errors == []
            assert set(slow_imports.values()) == {1}

    @pytest.mark.usefixtures("fast_switching")
    def test_unregister_while_parsing(self, monkeypatch: pytest.MonkeyPatch) -> None:
        registry = Registry(entry_points=list)
        registry.register(_fmt("zzz", "ZZZ"))
        _use(monkeypatch, registry)
        stop = threading.Event()
        # One counter a thread: ``+=`` on a shared one loses an update when the threads switch
        # between its read and its write (as they do here, every few bytecodes).
        seen: list[Counter[str]] = [Counter() for _ in range(3)]

        def work(index: int) -> None:
            if index == 0:  # one thread takes the plugin away and puts it back
                while not stop.is_set():
                    registry.register(registry.unregister("zzz"))
                return
            try:
                for _ in range(150):
                    seen[index][parse(ZZZ_STORY).wire_format] += 1
                    seen[index][parse(STORY, format="xinhua").wire_format] += 1
            finally:
                stop.set()

        assert _together(3, work) == []
        total = sum(seen, Counter())
        assert set(total) <= {"zzz", "generic", "xinhua"}
        assert total["xinhua"] == 300
        assert total.total() == 600

    def test_a_snapshot_does_not_change(self) -> None:
        registry = Registry(entry_points=list)
        registry.register(_fmt("zzz", "ZZZ"))
        before = registry.snapshot()
        registry.unregister("zzz")
        after = registry.snapshot()
        assert ("zzz" in before, "zzz" in after) == (True, False)
        assert ("zzz" in before.agency_names, "zzz" in after.agency_names) == (True, False)
        assert run(ZZZ_STORY, before.detect(ZZZ_STORY), before).wire_format == "zzz"
        assert after.detect(ZZZ_STORY).name == "generic"
        with pytest.raises(UnknownFormatError, match="'zzz'"):
            after.get("zzz")

    def test_no_lock_once_loaded(self) -> None:
        registry = Registry(entry_points=list)
        loaded = registry.snapshot()
        holding, release = threading.Event(), threading.Event()

        def hold_the_lock() -> None:
            with registry._lock:
                holding.set()
                release.wait(timeout=30)

        holder = threading.Thread(target=hold_the_lock)
        holder.start()
        try:
            assert holding.wait(timeout=30)
            found: list[object] = []
            reader = threading.Thread(
                target=lambda: found.extend(
                    [registry.snapshot(), registry.detect(STORY).name, registry.get("ap").name]
                )
            )
            reader.start()
            reader.join(timeout=10)
            assert found == [loaded, "xinhua", "ap"], "a lookup waited for the lock"
        finally:
            release.set()
            holder.join(timeout=30)


def _contract(**changes: object) -> WireFormat:
    """A valid format (``qqq``) with ``changes`` made to its fields."""
    fields: dict[str, object] = {
        "name": "qqq",
        "label": "QQQ",
        "agencies": ("QQQ",),
        "signature": re.compile(r"\(QQQ\) -"),
        "datelines": (dateline_pattern(["QQQ"]),),
        "example": "PLACE (QQQ) -",
    }
    return WireFormat(**(fields | changes))  # type: ignore[arg-type]


# id, the field given, its value, what the PluginError says
CONTRACT = [
    (
        "byline-without-names",
        "bylines",
        (re.compile(r"By (?P<who>.+)"),),
        "bylines[0]: the pattern 'By (?P<who>.+)' has no 'names' group",
    ),
    (
        "credit-without-credit",
        "credits",
        (re.compile(r"--foto(?P<agency>[A-Z]+)"),),
        "credits[0]: the pattern '--foto(?P<agency>[A-Z]+)' has no 'credit' group",
    ),
    (
        "dateline-without-its-end",
        "datelines",
        (dateline_pattern(["QQQ"]), re.compile(r"(?P<place>[A-Z]+) QQQ ")),
        "datelines[1]: the pattern '(?P<place>[A-Z]+) QQQ ' has no 'agencies' or 'sep' group",
    ),
    (
        "dateline-as-a-string",
        "datelines",
        (r"(?P<place>[A-Z]+) \((?P<agencies>QQQ)\) -",),
        "datelines[0]: expected a compiled str pattern (re.compile), got str",
    ),
    (
        "a-lone-pattern",
        "sign_offs",
        re.compile("END"),
        "sign_offs: expected a tuple of compiled patterns, got Pattern re.compile('END')",
    ),
    ("none-for-patterns", "marks", None, "marks: expected a tuple of compiled patterns"),
    (
        "bytes-pattern",
        "captions",
        (re.compile(rb"\d of \d"),),
        "captions[0]: expected a compiled str pattern (re.compile), got Pattern",
    ),
    (
        "signature-as-a-string",
        "signature",
        r"\(QQQ\)",
        "signature: expected a compiled str pattern (re.compile), got str",
    ),
    ("agencies-as-a-string", "agencies", "QQQ", "agencies: expected a tuple of str, got str"),
    ("an-empty-agency", "photo_agencies", ("QQQ Photo", ""), "photo_agencies[1]: expected a"),
    ("an-empty-label", "label", " ", "label: expected a non-empty str"),
    ("example-not-text", "example", None, "example: expected a non-empty str, got NoneType"),
    ("day-first-as-text", "day_first", "yes", "day_first: expected True or False, got str"),
    ("priority-a-fraction", "priority", 0.5, "priority: expected an int, got float 0.5"),
    ("score-not-callable", "score", 0.9, "score: expected a function (text) -> float"),
    ("lexicon-as-a-dict", "lexicon", {"roles": ["Insp."]}, "lexicon: expected LexiconAdditions"),
]


class TestContract:
    """A format that breaks the contract is refused when built, naming it and the field."""

    @pytest.mark.parametrize(
        ("field", "value", "problem"), [c[1:] for c in CONTRACT], ids=[c[0] for c in CONTRACT]
    )
    def test_refused(self, field: str, value: object, problem: str) -> None:
        with pytest.raises(PluginError) as info:
            _contract(**{field: value})
        assert info.value.plugin == "qqq"
        assert info.value.problem.startswith(problem), info.value.problem

    def test_what_it_promises_works(self) -> None:
        """With the groups named, the recognisers find what they read from them."""
        fmt = _contract(
            bylines=[re.compile(r"By (?P<names>.+)")],
            credits=[re.compile(r"—foto(?P<credit>QQQ)$")],  # `--` is `—` when matched
            datelines=[re.compile(r"(?P<place>[A-Z]+), (?P<sep>-) ")],
        )
        assert isinstance(fmt.bylines, tuple)  # lists (from JSON, say) become tuples
        registry = Registry(entry_points=list)
        registry.register(fmt)
        text = "By Ann Lee and Bo Ek\n\nOSLO, - The council met.\n\nA man waves. --fotoQQQ"
        article = run(text, fmt, registry.snapshot())
        assert article.dateline is not None
        assert (article.dateline.place, article.dateline.raw) == ("OSLO", "OSLO, -")
        assert [b.names for b in article.bylines] == [("Ann Lee", "Bo Ek")]
        assert [(p.credit.raw, p.credit.agencies) for p in article.photos if p.credit] == [
            ("--fotoQQQ", ("QQQ",))
        ]

    def test_every_builtin_keeps_it(self) -> None:
        for fmt in Registry(entry_points=list).snapshot():
            assert attrs.evolve(fmt) == fmt  # built again, through every check


class TestLexiconExtension:
    """A plugin format adds words to the lexicon for its own stories, without editing the core."""

    STORY = "OSLO, 3 March (KPA) - Insp. Ola Nordmann told reporters the road was closed."

    def _people(self, fmt: WireFormat) -> list[tuple[str, list[str]]]:
        registry = Registry(entry_points=list)
        registry.register(fmt)
        article = run(self.STORY, fmt, registry.snapshot())
        return [(p.name, [t.raw for t in p.titles]) for p in article.people]

    def test_the_plugins_rank_is_a_title(self) -> None:
        fmt = _fmt("kpa", "KPA", lexicon=LexiconAdditions(roles=("Insp.",)))
        assert self._people(fmt) == [("Ola Nordmann", ["Insp."])]

    def test_without_it_no_title(self) -> None:
        assert self._people(_fmt("kpa", "KPA")) == []

    def test_the_default_lexicon_is_unchanged(self) -> None:
        _fmt("kpa", "KPA", lexicon=LexiconAdditions(roles=("Insp.",)))
        assert "Insp." not in Lexicon.default().roles

    def test_built_once_per_format(self) -> None:
        additions = LexiconAdditions(roles=("Insp.",))
        assert lexicon_with(additions) is lexicon_with(LexiconAdditions(roles=("Insp.",)))
        assert lexicon_with(None) is Lexicon.default()


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


#: Keywords of the shapes the scan must tell apart: one inside another (``AP``, ``AAP``), two
#: initials in a row (``AP`` has the shape of ``GT``), a non-ASCII letter, an initial inside a word.
_KEYWORDS = ["Xinhua", "AAP", "AP", "AFP", "AP Photo", "Anadolu Ajansı", "PTI", "TASS", "Yonhap"]
_SCAN = _KeywordScan.of(_KEYWORDS)


def _findall(text: str) -> set[str]:
    return set(_SCAN.pattern.findall(text, 0, DETECTION_WINDOW))


class TestKeywordScan:
    """The shape scan finds exactly what the keywords' pattern finds in the detection window."""

    @pytest.mark.parametrize(
        ("text", "found"),
        [
            pytest.param("BEIJING, Oct. 11 (Xinhua) -- Body.", {"Xinhua"}, id="xinhua"),
            pytest.param("XinhuaNet and NewXinhua", {"Xinhua"}, id="inside-words"),
            pytest.param(
                "(AAP Photo/Jane Doe) (AP Photo/X)", {"AAP", "AP Photo"}, id="longest-first"
            ),
            pytest.param("GTAP AAAP", {"AP", "AAP"}, id="runs-of-initials"),
            pytest.param("ANKARA (Anadolu Ajansı) -- İstanbul", {"Anadolu Ajansı"}, id="non-ascii"),
            pytest.param("Anadolu Ajansi PTAS", set(), id="near-misses"),
            pytest.param("bad \udc80 byte (AFP) \x00 nul", {"AFP"}, id="surrogate-and-nul"),
            pytest.param(
                "x" * (DETECTION_WINDOW - 3) + "TASS Yonhap", set(), id="cut-at-the-window"
            ),
            pytest.param("x" * (DETECTION_WINDOW - 4) + "TASS", {"TASS"}, id="ends-at-the-window"),
            pytest.param("", set(), id="empty"),
        ],
    )
    def test_cases(self, text: str, found: set[str]) -> None:
        assert _SCAN.findall(text) == found == _findall(text)

    @given(
        st.lists(
            st.sampled_from([*_KEYWORDS, "A", "G", "T", "Xin", "Aj", "ı", "İ", " ", "-", "\udc80"])
            | st.text(max_size=3),
            max_size=40,
        ).map("".join)
    )
    def test_same_as_the_pattern(self, text: str) -> None:
        assert _SCAN.findall(text) == _findall(text)

    def test_no_keywords(self) -> None:
        assert _KeywordScan.of([]).findall("Xinhua") == set()

    @pytest.mark.parametrize("text", ["X Xinhua XX", "Xin X", "AX", ""])
    def test_a_keyword_of_one_letter(self, text: str) -> None:
        scan = _KeywordScan.of(["X", "Xinhua", "AP"])
        assert scan.findall(text) == set(scan.pattern.findall(text))


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

    def test_no_bare_assert(self) -> None:
        """``python -O`` removes ``assert`` statements: the helpers raise explicitly instead."""
        import ast

        import newsmodel.testing

        tree = ast.parse(Path(newsmodel.testing.__file__).read_text(encoding="utf-8"))
        lines = [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Assert)]
        assert lines == [], f"bare assert on lines {lines}"

    def test_helpers_fail_under_optimisation(self, tmp_path: Path) -> None:
        """Each helper still fails, with its message, in ``python -O``."""
        (tmp_path / "empty").mkdir()
        (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
        (tmp_path / "wrong").mkdir()
        (tmp_path / "wrong" / "story.txt").write_text(STORY, encoding="utf-8")
        (tmp_path / "wrong" / "story.json").write_text("{}\n", encoding="utf-8")
        script = tmp_path / "helpers.py"
        script.write_text(OPTIMISED_CHECKS.replace("TMP", repr(str(tmp_path))), encoding="utf-8")
        done = subprocess.run(
            [sys.executable, "-O", str(script)],
            capture_output=True,
            check=False,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        optimize, *refusals = done.stdout.splitlines()
        assert optimize == "optimize 1"
        expected = [
            ("assert_detected", "detected 'xinhua', not 'ap'"),
            ("assert_round_trip", "the JSON round trip changed the article"),
            ("assert_nothing_lost", "line 5, column 1: 'X' is lost"),
            ("assert_golden missing", "story.json is missing: run with update=True"),
            ("assert_golden wrong", "story.json:1: expected '{}', got '{'"),
            ("check_format", "no golden stories (*.txt) in"),
            ("assert_strict_only_raises_parse_error", "RuntimeError: planted on input"),
        ]
        assert len(refusals) == len(expected), refusals
        for line, (helper, message) in zip(refusals, expected, strict=True):
            assert line.startswith(f"{helper}: ")
            assert message in line, line


# Run by ``python -O``: each helper on input it must refuse; prints the start of each refusal.
OPTIMISED_CHECKS = """
import sys
from pathlib import Path

import newsmodel.testing as t
from newsmodel import parse
from newsmodel.formats import get

tmp = Path(TMP)
story = (tmp / "story.txt").read_text(encoding="utf-8")
print("optimize", sys.flags.optimize)


def refused(name, check):
    try:
        check()
    except AssertionError as exc:
        print(name + ":", " ".join(str(exc).split()))
    else:
        print(name + ": passed")


refused("assert_detected", lambda: t.assert_detected(get("ap"), story))
article = parse(story)
t.from_json = lambda cls, data: parse("OTHER (AP) - Text.")
refused("assert_round_trip", lambda: t.assert_round_trip(article))
refused("assert_nothing_lost", lambda: t.assert_nothing_lost(article, story + "\\n\\nX"))
refused("assert_golden missing", lambda: t.assert_golden(get("xinhua"), tmp / "story.txt"))
refused(
    "assert_golden wrong", lambda: t.assert_golden(get("xinhua"), tmp / "wrong" / "story.txt")
)
refused("check_format", lambda: t.check_format(get("xinhua"), tmp / "empty"))


def planted(*args, **kwargs):
    raise RuntimeError("planted")


t.parse = planted
refused(
    "assert_strict_only_raises_parse_error",
    lambda: t.assert_strict_only_raises_parse_error(get("xinhua"), count=1),
)
"""
