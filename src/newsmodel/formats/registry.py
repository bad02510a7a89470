"""The registry of wire formats: built-ins by module path, plugins by entry point, detection.

>>> from newsmodel import formats
>>> formats.get("xinhua").label
'Xinhua'
>>> formats.detect("BEIJING, Oct. 11 (Xinhua) -- Body.").name
'xinhua'

Built-in formats are imported only when first needed. Third-party formats come from the entry-point
group ``newsmodel.formats``: each entry point names a :class:`~newsmodel.formats.base.WireFormat`
object (or a module holding one as ``FORMAT``).

Detection asks every format for its score (0..1) and picks the best; ties go to the higher
``priority``, then to the name that sorts first. When nothing scores above zero the ``generic``
format is used. The registry computes the default scores of all formats together: one scan for
every format's keywords, then the signatures of only those formats whose keywords occur.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable, Iterator
from importlib.metadata import EntryPoint, entry_points
from types import ModuleType

import attrs

from .._regex import words_by_initial
from ..exceptions import PluginError, UnknownFormatError
from .base import DETECTION_WINDOW, WireFormat, signature_score

__all__ = [
    "ENTRY_POINT_GROUP",
    "Registry",
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
class _Detector:
    """What detection prepares once: the keyword scans, who owns each keyword, hooks, names."""

    capitalised: re.Pattern[str]
    #: the other keywords, shortest first, each with the shorter ones it contains
    others: dict[str, tuple[str, ...]]
    by_keyword: dict[str, list[WireFormat]]
    hooked: list[WireFormat]
    names: list[str]


class Registry:
    """Wire formats by name, loaded lazily; detection of the best format for a text."""

    def __init__(
        self,
        builtins: dict[str, str] | None = None,
        entry_points: Callable[[], Iterable[EntryPoint]] | None = None,
    ) -> None:
        self._paths = dict(BUILTINS if builtins is None else builtins)
        self._entry_points = entry_points or _installed_entry_points
        self._formats: dict[str, WireFormat] = {}
        self._plugins_loaded = False
        self._detector: _Detector | None = None
        self._agencies: frozenset[str] | None = None

    # -- registering ------------------------------------------------------------------------

    def register(
        self, fmt: WireFormat, *, replace: bool = False, plugin: str | None = None
    ) -> None:
        """Add ``fmt``; a second format of the same name needs ``replace=True``."""
        who = plugin or str(getattr(fmt, "name", repr(fmt)))
        fmt = _format_of(fmt, who)
        known = fmt.name in self._formats or fmt.name in self._paths
        if known and not replace and self._formats.get(fmt.name) is not fmt:
            raise PluginError(who, f"a wire format named {fmt.name!r} is already registered")
        self._paths.pop(fmt.name, None)
        self._formats[fmt.name] = fmt
        self._detector = None
        self._agencies = None

    def unregister(self, name: str) -> WireFormat:
        """Remove the format called ``name`` and return it (tests put back what they replace)."""
        fmt = self.get(name)
        del self._formats[name]
        self._detector = None
        self._agencies = None
        return fmt

    # -- looking up -------------------------------------------------------------------------

    def get(self, name: str) -> WireFormat:
        """The format called ``name``; :class:`UnknownFormatError` lists the known ones."""
        fmt = self._formats.get(name)
        if fmt is not None:
            return fmt
        if name in self._paths:
            return self._load_builtin(name)
        self._load_plugins()
        if name in self._formats:
            return self._formats[name]
        raise UnknownFormatError(name, self.names())

    def names(self) -> list[str]:
        """The names of every known format, sorted."""
        self._load_plugins()
        return sorted({*self._formats, *self._paths})

    def __iter__(self) -> Iterator[WireFormat]:
        for name in self.names():
            yield self.get(name)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name in self.names()

    def agency_names(self) -> frozenset[str]:
        """Every agency and photo-agency name of every format, lower case (for credits)."""
        if self._agencies is None:
            self._agencies = frozenset(
                name.lower() for fmt in self for name in (*fmt.agencies, *fmt.photo_agencies)
            )
        return self._agencies

    # -- detection --------------------------------------------------------------------------

    def scores(self, text: str) -> dict[str, float]:
        """Every format's detection score for ``text`` (0 for those that do not claim it)."""
        found = dict.fromkeys(self._prepared().names, 0.0)
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
        detector = self._prepared()
        # One scan for every format's capitalised keywords (a scan that stops only at capitals),
        # a substring test for the few others; only formats whose keyword occurs try their signature.
        present = set(detector.capitalised.findall(text, 0, DETECTION_WINDOW))
        present.update(_occurring(text, detector.others))
        # By name: hashing a format hashes all its data.
        candidates = {fmt.name: fmt for word in present for fmt in detector.by_keyword[word]}
        claims = [(fmt, signature_score(fmt.signature, text)) for fmt in candidates.values()]
        claims += [(fmt, fmt.detection_score(text)) for fmt in detector.hooked]
        return claims

    def _prepared(self) -> _Detector:
        """Every keyword as one pattern, who each belongs to, the formats with hooks, all names."""
        if self._detector is None:
            formats = [self.get(name) for name in self.names()]
            by_keyword: dict[str, list[WireFormat]] = {}
            for fmt in formats:
                if fmt.score is None:
                    for word in set(fmt.keywords):
                        by_keyword.setdefault(word, []).append(fmt)
            capitalised = [w for w in by_keyword if w[:1].isupper()]
            others = sorted((w for w in by_keyword if not w[:1].isupper()), key=len)
            self._detector = _Detector(
                capitalised=re.compile(words_by_initial(capitalised) or "(?!)"),
                others={w: tuple(o for o in others[:i] if o in w) for i, w in enumerate(others)},
                by_keyword=by_keyword,
                hooked=[f for f in formats if f.score is not None],
                names=[f.name for f in formats],
            )
        return self._detector

    # -- loading ----------------------------------------------------------------------------

    def _load_builtin(self, name: str) -> WireFormat:
        path = self._paths[name]
        fmt = _format_of(importlib.import_module(path), path)
        if fmt.name != name:
            raise PluginError(path, f"declares name {fmt.name!r}, registered as {name!r}")
        self._paths.pop(name)
        self._formats[name] = fmt
        return fmt

    def _load_plugins(self) -> None:
        if self._plugins_loaded:
            return
        self._plugins_loaded = True
        for entry in self._entry_points():
            try:
                loaded = entry.load()
            except Exception as exc:  # a broken plugin must name itself, whatever it raised
                raise PluginError(entry.name, f"cannot be loaded: {exc}") from exc
            fmt = _format_of(loaded, entry.name)
            self.register(fmt, plugin=entry.name)


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


def _installed_entry_points() -> Iterable[EntryPoint]:
    return entry_points(group=ENTRY_POINT_GROUP)


#: The process-wide registry used by :func:`newsmodel.parse`.
default_registry = Registry()
get = default_registry.get
register = default_registry.register
detect = default_registry.detect
names = default_registry.names
