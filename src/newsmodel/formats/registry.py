"""The registry of wire formats: built-ins by module path, plugins by entry point, detection.

>>> from newsmodel import formats
>>> formats.get("xinhua").label
'Xinhua'
>>> formats.detect("BEIJING, Oct. 11 (Xinhua) -- Body.").name
'xinhua'

Built-in formats are imported only when first needed. Third-party formats come from the entry-point
group ``newsmodel.formats``: each entry point names a :class:`~newsmodel.formats.base.WireFormat`
object (or a module holding one as ``FORMAT``). An entry point that cannot be loaded, that provides
no ``WireFormat`` or whose name is taken is skipped: it is reported once, by a
:class:`PluginWarning`, and listed in :attr:`Registry.broken_plugins`; the built-in formats and the
other plugins work as before.

A registry is safe to share between threads: its contents are one immutable state, replaced whole
under a lock; loading happens once, and :meth:`Registry.snapshot` gives a consistent view of every
format that a parse uses from start to end.

Detection asks every format for its score (0..1) and picks the best; ties go to the higher
``priority``, then to the name that sorts first. When nothing scores above zero the ``generic``
format is used. The registry computes the default scores of all formats together: one scan for
every format's keywords, then the signatures of only those formats whose keywords occur.
"""

from __future__ import annotations

import importlib
import re
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from types import ModuleType
from typing import TYPE_CHECKING

import attrs

from .._regex import words_by_initial
from ..exceptions import PluginError, PluginWarning, UnknownFormatError
from .base import DETECTION_WINDOW, WireFormat, signature_score

if TYPE_CHECKING:
    import importlib.metadata

__all__ = [
    "ENTRY_POINT_GROUP",
    "BrokenPlugin",
    "PluginWarning",
    "Registry",
    "Snapshot",
    "default_registry",
    "detect",
    "get",
    "names",
    "register",
]

ENTRY_POINT_GROUP = "newsmodel.formats"

#: Built-in formats: registry name -> module path holding ``FORMAT``.
BUILTINS: dict[str, str] = {
    "aap": "newsmodel.formats.aap",
    "afp": "newsmodel.formats.afp",
    "anadolu": "newsmodel.formats.anadolu",
    "ansa": "newsmodel.formats.ansa",
    "ap": "newsmodel.formats.ap",
    "bernama": "newsmodel.formats.bernama",
    "cna": "newsmodel.formats.cna",
    "dpa": "newsmodel.formats.dpa",
    "efe": "newsmodel.formats.efe",
    "generic": "newsmodel.formats.generic",
    "ians": "newsmodel.formats.ians",
    "kyodo": "newsmodel.formats.kyodo",
    "prnewswire": "newsmodel.formats.prnewswire",
    "pti": "newsmodel.formats.pti",
    "reuters": "newsmodel.formats.reuters",
    "tass": "newsmodel.formats.tass",
    "upi": "newsmodel.formats.upi",
    "xinhua": "newsmodel.formats.xinhua",
    "yonhap": "newsmodel.formats.yonhap",
}


@attrs.frozen
class _KeywordScan:
    """The capitalised keywords in a story's detection window, as ``pattern.findall`` finds them
    (left to right, none inside another), in half the instructions.

    A scan led by a character class (the keywords' initials) costs about 60 instructions a
    character in CPython 3.11's regex engine, one led by a literal a few. So the window's UTF-8
    bytes are first translated to their *shape*, where every byte that opens a keyword is one
    marker byte (NUL), and the keywords' shapes (``Xinhua``: NUL ``inhua``) are searched there,
    led by that literal. Where a keyword stands, its shape stands too; the keywords themselves are
    then tried only there, so a shape that two keywords or a keyword and other text share (``AP``
    and ``GT``: two markers) costs one failed try.
    """

    #: the keywords, one alternation (what the scan finds is what its ``findall`` finds)
    pattern: re.Pattern[str]
    #: the same keywords, of UTF-8 bytes
    keywords: re.Pattern[bytes]
    #: their shapes, and the translation of bytes to the shape
    shapes: re.Pattern[bytes]
    marks: bytes

    @classmethod
    def of(cls, keywords: list[str]) -> _KeywordScan:
        pattern = words_by_initial(keywords) or "(?!)"
        openers = bytes(sorted({word.encode()[0] for word in keywords}))
        marks = bytes.maketrans(openers, bytes(len(openers)))
        shapes = [word.encode().translate(marks).decode("latin-1") for word in keywords]
        return cls(
            pattern=re.compile(pattern),
            keywords=re.compile(pattern.encode()),
            shapes=re.compile(_after_marker(shapes).encode("latin-1")),
            marks=marks,
        )

    def findall(self, text: str) -> set[str]:
        """The keywords in the first ``DETECTION_WINDOW`` characters of ``text``."""
        data = text[:DETECTION_WINDOW].encode("utf-8", "surrogatepass")
        shape = data.translate(self.marks)
        search, match = self.shapes.search, self.keywords.match
        found: set[str] = set()
        at = 0
        while (candidate := search(shape, at)) is not None:
            hit = match(data, candidate.start())
            if hit is None:
                at = candidate.start() + 1
            else:
                found.add(hit.group().decode())
                at = hit.end()
        return found


def _after_marker(shapes: list[str]) -> str:
    """The keywords' shapes as one pattern, grouped by what follows the marker that opens each:
    a try at a marker then tries one group, not every keyword (a fifth fewer instructions)."""
    rests = {shape[1:] for shape in shapes}
    if not rests:
        return "(?!)"
    alternatives = [words_by_initial(rest for rest in rests if rest)] if rests != {""} else []
    if "" in rests:
        alternatives.append("")  # (a keyword of one letter: the marker alone)
    return r"\x00(?:" + "|".join(alternatives) + ")"


@attrs.frozen
class _Detector:
    """What detection prepares once: the keyword scans, who owns each keyword, hooks."""

    capitalised: _KeywordScan
    #: the other keywords, shortest first, each with the shorter ones it contains
    others: dict[str, tuple[str, ...]]
    by_keyword: dict[str, list[WireFormat]]
    hooked: list[WireFormat]


@attrs.frozen
class BrokenPlugin:
    """An entry point of the ``newsmodel.formats`` group that could not be registered.

    ``name`` and ``value`` are the entry point's (``lpa``, ``newsmodel_lpa:FORMAT``); ``error``
    says what went wrong (``ModuleNotFoundError: No module named 'newsmodel_lpa'``).
    """

    name: str
    value: str
    error: str

    def __str__(self) -> str:
        return f"wire format plugin {self.name!r} ({self.value}) skipped: {self.error}"


@attrs.frozen(eq=False)
class _State:
    """A registry's contents at one moment; never changed, replaced whole under the lock."""

    #: formats loaded or registered, by name
    formats: Mapping[str, WireFormat]
    #: built-in formats not imported yet: name -> module path
    paths: Mapping[str, str]
    plugins_loaded: bool = False
    broken: tuple[BrokenPlugin, ...] = ()


@attrs.frozen(eq=False)
class Snapshot:
    """Every format of a registry at one moment, loaded and prepared for detection; immutable.

    :func:`newsmodel.parse` takes one snapshot per story and uses it for detection, lookup and the
    agency names of credits, so a format registered or unregistered meanwhile by another thread
    changes the next story, never half of this one.

    >>> from newsmodel.formats import default_registry
    >>> view = default_registry.snapshot()
    >>> view.detect("BEIJING, Oct. 11 (Xinhua) -- Body.").name, view.get("ap").label
    ('xinhua', 'Associated Press')
    """

    _formats: Mapping[str, WireFormat]
    #: the names of every format, sorted
    names: tuple[str, ...]
    #: every agency and photo-agency name of every format, lower case (for credits)
    agency_names: frozenset[str]
    #: the fallback format (None in a registry without one)
    generic: WireFormat | None
    #: the plugins that could not be registered
    broken_plugins: tuple[BrokenPlugin, ...]
    _detector: _Detector

    @classmethod
    def of(
        cls, formats: Mapping[str, WireFormat], broken: tuple[BrokenPlugin, ...] = ()
    ) -> Snapshot:
        """The snapshot of ``formats`` (by name), with the plugins that ``broken`` lists."""
        formats = dict(formats)
        names = tuple(sorted(formats))
        return cls(
            formats=formats,
            names=names,
            agency_names=frozenset(
                name.lower()
                for fmt in formats.values()
                for name in (*fmt.agencies, *fmt.photo_agencies)
            ),
            generic=formats.get("generic"),
            broken_plugins=broken,
            detector=_prepare([formats[name] for name in names]),
        )

    def get(self, name: str) -> WireFormat:
        """The format called ``name``; :class:`UnknownFormatError` lists the known ones."""
        fmt = self._formats.get(name)
        if fmt is None:
            raise UnknownFormatError(name, list(self.names))
        return fmt

    def __iter__(self) -> Iterator[WireFormat]:
        return (self._formats[name] for name in self.names)

    def __contains__(self, name: object) -> bool:
        return name in self._formats

    def __len__(self) -> int:
        return len(self._formats)

    def scores(self, text: str) -> dict[str, float]:
        """Every format's detection score for ``text`` (0 for those that do not claim it)."""
        found = dict.fromkeys(self.names, 0.0)
        found.update((fmt.name, score) for fmt, score in self._claims(text))
        return found

    def detect(self, text: str) -> WireFormat:
        """The format that best explains ``text``; ``generic`` when none claims it."""
        claimed = [(fmt, score) for fmt, score in self._claims(text) if score > 0]
        if not claimed:
            return self.get("generic")
        best, _ = min(claimed, key=lambda claim: (-claim[1], -claim[0].priority, claim[0].name))
        return best

    def _claims(self, text: str) -> list[tuple[WireFormat, float]]:
        """The score of every format that may have written ``text``; all others score 0."""
        detector = self._detector
        # One scan for every format's capitalised keywords, a substring test for the few others;
        # only formats whose keyword occurs try their signature.
        present = detector.capitalised.findall(text)
        present.update(_occurring(text, detector.others))
        # By name: hashing a format hashes all its data.
        candidates = {fmt.name: fmt for word in present for fmt in detector.by_keyword[word]}
        claims = [(fmt, signature_score(fmt.signature, text)) for fmt in candidates.values()]
        claims += [(fmt, fmt.detection_score(text)) for fmt in detector.hooked]
        return claims


def _prepare(formats: list[WireFormat]) -> _Detector:
    """Every keyword as one pattern, who each belongs to, the formats with hooks."""
    by_keyword: dict[str, list[WireFormat]] = {}
    for fmt in formats:
        if fmt.score is None:
            for word in set(fmt.keywords):
                by_keyword.setdefault(word, []).append(fmt)
    capitalised = [w for w in by_keyword if w[:1].isupper()]
    others = sorted((w for w in by_keyword if not w[:1].isupper()), key=len)
    return _Detector(
        capitalised=_KeywordScan.of(capitalised),
        others={w: tuple(o for o in others[:i] if o in w) for i, w in enumerate(others)},
        by_keyword=by_keyword,
        hooked=[f for f in formats if f.score is not None],
    )


class Registry:
    """Wire formats by name, loaded lazily; detection of the best format for a text.

    Safe to share between threads. Its contents are one immutable state replaced whole, under a
    lock, by every change (a registration, a built-in imported, the plugins loaded);
    :meth:`snapshot` gives every format at once, loaded and prepared, and once made it is
    returned without taking the lock until the next change.
    """

    def __init__(
        self,
        builtins: dict[str, str] | None = None,
        entry_points: Callable[[], Iterable[importlib.metadata.EntryPoint]] | None = None,
    ) -> None:
        self._entry_points = entry_points or _installed_entry_points
        self._lock = threading.RLock()
        self._state = _State(formats={}, paths=dict(BUILTINS if builtins is None else builtins))
        self._snapshot: Snapshot | None = None

    # -- registering ------------------------------------------------------------------------

    def register(
        self, fmt: WireFormat, *, replace: bool = False, plugin: str | None = None
    ) -> None:
        """Add ``fmt``; a second format of the same name needs ``replace=True``."""
        who = plugin or str(getattr(fmt, "name", repr(fmt)))
        fmt = _format_of(fmt, who)
        with self._lock:
            state = self._state
            known = fmt.name in state.formats or fmt.name in state.paths
            if known and not replace and state.formats.get(fmt.name) is not fmt:
                raise PluginError(who, f"a wire format named {fmt.name!r} is already registered")
            self._commit(
                attrs.evolve(
                    state,
                    formats={**state.formats, fmt.name: fmt},
                    paths={k: v for k, v in state.paths.items() if k != fmt.name},
                )
            )

    def unregister(self, name: str) -> WireFormat:
        """Remove the format called ``name`` and return it (tests put back what they replace)."""
        with self._lock:
            fmt = self.get(name)
            state = self._state
            self._commit(
                attrs.evolve(state, formats={k: v for k, v in state.formats.items() if k != name})
            )
            return fmt

    # -- looking up -------------------------------------------------------------------------

    def snapshot(self) -> Snapshot:
        """Every format now registered, built-ins and plugins loaded: one consistent view."""
        snapshot = self._snapshot
        if snapshot is not None:  # the hot path: no lock once loaded
            return snapshot
        with self._lock:
            if self._snapshot is None:
                self._load_plugins()
                for name in list(self._state.paths):
                    self._load_builtin(name)
                state = self._state
                self._snapshot = Snapshot.of(state.formats, state.broken)
            return self._snapshot

    def get(self, name: str) -> WireFormat:
        """The format called ``name``; :class:`UnknownFormatError` lists the known ones."""
        snapshot = self._snapshot
        if snapshot is not None:
            return snapshot.get(name)
        fmt = self._state.formats.get(name)
        if fmt is not None:
            return fmt
        with self._lock:
            if name in self._state.paths:
                return self._load_builtin(name)
            self._load_plugins()
            fmt = self._state.formats.get(name)
        if fmt is None:
            raise UnknownFormatError(name, self.names())
        return fmt

    def names(self) -> list[str]:
        """The names of every known format, sorted."""
        self._load_plugins()
        state = self._state
        return sorted({*state.formats, *state.paths})

    @property
    def broken_plugins(self) -> tuple[BrokenPlugin, ...]:
        """The entry points that could not be registered (each reported once by a PluginWarning)."""
        self._load_plugins()
        return self._state.broken

    def __iter__(self) -> Iterator[WireFormat]:
        return iter(self.snapshot())

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name in self.names()

    def agency_names(self) -> frozenset[str]:
        """Every agency and photo-agency name of every format, lower case (for credits)."""
        return self.snapshot().agency_names

    # -- detection --------------------------------------------------------------------------

    def scores(self, text: str) -> dict[str, float]:
        """Every format's detection score for ``text`` (0 for those that do not claim it)."""
        return self.snapshot().scores(text)

    def detect(self, text: str) -> WireFormat:
        """The format that best explains ``text``; ``generic`` when none claims it."""
        return self.snapshot().detect(text)

    # -- loading (under the lock) -----------------------------------------------------------

    def _commit(self, state: _State) -> None:
        """Make ``state`` the registry's contents; the next snapshot is made from it."""
        self._snapshot = None
        self._state = state

    def _load_builtin(self, name: str) -> WireFormat:
        with self._lock:
            state = self._state
            if name not in state.paths:  # another thread loaded it meanwhile
                return self.get(name)
            path = state.paths[name]
            fmt = _format_of(importlib.import_module(path), path)
            if fmt.name != name:
                raise PluginError(path, f"declares name {fmt.name!r}, registered as {name!r}")
            self._commit(
                attrs.evolve(
                    state,
                    formats={**state.formats, name: fmt},
                    paths={k: v for k, v in state.paths.items() if k != name},
                )
            )
            return fmt

    def _load_plugins(self) -> None:
        """Register every entry point once; one that fails is skipped, listed and warned of."""
        if self._state.plugins_loaded:
            return
        with self._lock:
            if self._state.plugins_loaded:
                return
            broken: list[BrokenPlugin] = []
            try:
                entries = list(self._entry_points())
            except Exception as exc:  # unreadable package metadata must not stop the built-ins
                broken.append(BrokenPlugin(name=ENTRY_POINT_GROUP, value="", error=_say(exc)))
                entries = []
            for entry in entries:
                try:
                    self.register(_format_of(entry.load(), entry.name), plugin=entry.name)
                except Exception as exc:  # a broken plugin is skipped, whatever it raised
                    error = exc.problem if isinstance(exc, PluginError) else _say(exc)
                    broken.append(BrokenPlugin(name=entry.name, value=entry.value, error=error))
            self._commit(attrs.evolve(self._state, plugins_loaded=True, broken=tuple(broken)))
        # Reported after the state is complete: a warnings filter may turn a warning into an error.
        for plugin in broken:
            warnings.warn(str(plugin), PluginWarning, stacklevel=2)


def _say(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def _occurring(text: str, keywords: dict[str, tuple[str, ...]]) -> set[str]:
    """The ``keywords`` (each with the shorter ones it contains) found in the detection window.

    A keyword can only occur where every keyword inside it does: ``dpa-AFX`` is not looked for
    once ``dpa`` is missing.
    """
    found: set[str] = set()
    for word, inside in keywords.items():
        if found.issuperset(inside) and text.find(word, 0, DETECTION_WINDOW) >= 0:
            found.add(word)
    return found


def _format_of(obj: object, plugin: str) -> WireFormat:
    if isinstance(obj, ModuleType):
        obj = getattr(obj, "FORMAT", None)
    if not isinstance(obj, WireFormat):
        raise PluginError(plugin, f"does not provide a WireFormat (got {type(obj).__name__})")
    return obj


def _installed_entry_points() -> Iterable[importlib.metadata.EntryPoint]:
    # Imported here, when the registry first loads its plugins: importlib.metadata is about a third
    # of the time ``import newsmodel`` would otherwise take.
    from importlib.metadata import entry_points  # noqa: PLC0415

    return entry_points(group=ENTRY_POINT_GROUP)


#: The process-wide registry used by :func:`newsmodel.parse`.
default_registry = Registry()
get = default_registry.get
register = default_registry.register
detect = default_registry.detect
names = default_registry.names
