"""Shared fixtures: the ``../shared`` folder (skipped when absent) and ``--update-goldens``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        help="rewrite tests/golden/**/*.json from the parser's output (then read the diff)",
    )


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


@pytest.fixture
def golden(update_goldens: bool) -> Callable[[Path, str], None]:
    """Check ``produced`` against the golden file ``expected``; with ``--update-goldens``, write it
    (then read the diff before committing)."""

    def check(expected: Path, produced: str) -> None:
        if update_goldens:
            expected.parent.mkdir(parents=True, exist_ok=True)
            expected.write_text(produced, encoding="utf-8")
        elif not expected.exists():
            pytest.fail(
                f"{expected.name} is missing: run pytest --update-goldens and read the diff"
            )
        assert produced == expected.read_text(encoding="utf-8")

    return check


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED
