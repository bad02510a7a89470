"""The LPA format passes every check newsmodel.testing has."""

from __future__ import annotations

from pathlib import Path

from newsmodel_lpa import FORMAT

from newsmodel.testing import check_format

GOLDEN = Path(__file__).parent / "golden"


def test_lpa() -> None:
    check_format(FORMAT, GOLDEN)
