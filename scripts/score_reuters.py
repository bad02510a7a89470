"""Score newsmodel on Reuters-21578 read as plain wire text: ``newsmodel evaluate-reuters --as text``.

Usage::

    python scripts/score_reuters.py ../shared/reuters21578 [--require FIELD=MIN]... [--details FILE]

A thin wrapper kept for the commands that call it; the scorer is :mod:`newsmodel.evaluate_reuters`
(``newsmodel evaluate-reuters FOLDER`` reads the records as SGML, with their envelopes).
"""

from __future__ import annotations

import sys

from newsmodel.cli import main

if __name__ == "__main__":
    sys.exit(main(["evaluate-reuters", "--as", "text", *sys.argv[1:]]))
