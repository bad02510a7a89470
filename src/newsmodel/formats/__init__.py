"""Wire formats: one module per agency, a registry that finds them (see :mod:`.registry`)."""

from __future__ import annotations

from .base import WireFormat, dateline_pattern
from .registry import Registry, default_registry, detect, get, names, register

__all__ = [
    "Registry",
    "WireFormat",
    "dateline_pattern",
    "default_registry",
    "detect",
    "get",
    "names",
    "register",
]
