"""Sphinx configuration for newsmodel's documentation."""

from __future__ import annotations

import importlib
import inspect
from typing import Any, TypeVar

from docutils import nodes
from sphinx.addnodes import pending_xref
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

project = "newsmodel"
author = "The newsmodel authors"
copyright = "2026, The newsmodel authors"
extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx.ext.napoleon"]
source_suffix = {".md": "markdown"}
html_theme = "furo"
exclude_patterns = ["_build"]
myst_heading_anchors = 3
autodoc_member_order = "bysource"
autodoc_typehints = "description"
# Every reference must resolve. The build needs no network (no intersphinx): a name defined
# outside newsmodel (the standard library, attrs, cattrs, dateutil) is shown as text, unlinked.
nitpicky = True


def _find(dotted: str) -> tuple[object, object] | None:
    """The object ``dotted`` names, looked up as Python would, and the object holding it."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj: object = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        holder = obj
        try:
            for name in parts[cut:]:
                holder, obj = obj, getattr(obj, name)
        except AttributeError:
            return None
        return holder, obj
    return None


def _name(holder: object, obj: object, last: str) -> str:
    """The full name of ``obj`` where it is defined (the name it is documented under)."""
    if inspect.ismodule(obj):
        return obj.__name__
    if inspect.isclass(obj) or inspect.isfunction(obj):
        return f"{obj.__module__}.{obj.__qualname__}"
    if inspect.isclass(holder):
        return f"{holder.__module__}.{holder.__qualname__}.{last}"
    return f"{getattr(holder, '__name__', '')}.{last}"


def _resolve_as_python(
    app: Sphinx, env: BuildEnvironment, node: pending_xref, contnode: nodes.TextElement
) -> nodes.Element | None:
    """Links a reference that Python would resolve to the page of the object it names.

    A name the package re-exports (``newsmodel.Article``) or a module imports (``ParseError`` in a
    docstring of the module that imports it) is documented where it is defined
    (``newsmodel.models.Article``); a type variable or a private or external name is text.
    """
    target = node["reftarget"].lstrip("~.")
    if node.get("refdomain") != "py" or not target:
        return None
    module, cls = node.get("py:module") or "", node.get("py:class") or ""
    for scope in (f"{module}.{cls}" if cls else None, module or None, ""):
        found = None if scope is None else _find(f"{scope}.{target}" if scope else target)
        if found is None:
            continue
        holder, obj = found
        name = _name(holder, obj, target.rsplit(".", 1)[-1])
        private = any(part.startswith("_") for part in name.split("."))
        if isinstance(obj, TypeVar) or private or not name.startswith("newsmodel"):
            return contnode
        domain: Any = env.get_domain("py")
        return domain.resolve_xref(  # type: ignore[no-any-return]
            env, node["refdoc"], app.builder, node["reftype"], name, node, contnode
        )
    return None


def setup(app: Sphinx) -> None:
    """Resolves references the way Python resolves names."""
    app.connect("missing-reference", _resolve_as_python)
