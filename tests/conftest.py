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
