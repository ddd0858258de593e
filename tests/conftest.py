"""Shared fixtures: the seed page and the synthetic pages written for the project."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
PAGES = Path(__file__).resolve().parent / "data" / "pages"
SEED = SEEDS / "000_c241330450b5e125.txt"


def fixture_pages() -> list[Path]:
    """The seed page plus every synthetic page: the fixtures every invariant is checked on."""
    return [SEED, *sorted(PAGES.glob("*.txt"))]


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def scrub_fails_on_boom(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the batch's per-record scrub raise on any text holding "BOOM" (a bug in scrub
    must cost one document, not the run): for the tests of error order and accounting."""
    import scrubber.batch.records as records_module

    real = records_module.scrub

    def failing(text: str | bytes, *args: object, **kwargs: object) -> object:
        if b"BOOM" in (text if isinstance(text, bytes) else text.encode()):
            raise RuntimeError("a bug")
        return real(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(records_module, "scrub", failing)
