"""Wire formats: one module per agency, a registry that finds them (see :mod:`.registry`)."""

from __future__ import annotations

from .base import WireFormat, dateline_pattern
from .registry import (
    BrokenPlugin,
    PluginWarning,
    Registry,
    Snapshot,
    default_registry,
    detect,
    get,
    names,
    register,
)

__all__ = [
    "BrokenPlugin",
    "PluginWarning",
    "Registry",
    "Snapshot",
    "WireFormat",
    "dateline_pattern",
    "default_registry",
    "detect",
    "get",
    "names",
    "register",
]
