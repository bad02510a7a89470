"""Fuzz target: ``newsmodel.parse_file`` (the file reader: decoding, BOM) on the fuzzer's bytes.

The bytes are written to a temporary file as they are and the file is parsed. A run fails on any
exception that is not a :class:`newsmodel.NewsModelError` and on a parse over the time budget
(``-timeout=``). See fuzz/README.md.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from _harness import is_answer

    import newsmodel

_FOLDER = Path(tempfile.mkdtemp(prefix="newsmodel-fuzz-"))
_STORY = _FOLDER / "story.txt"


def test_one_input(data: bytes) -> None:
    _STORY.write_bytes(data)
    try:
        newsmodel.parse_file(_STORY)
    except Exception as exc:
        if is_answer(exc):
            return
        raise


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
