"""Sphinx configuration for newsmodel's documentation."""

from __future__ import annotations

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
nitpicky = False
