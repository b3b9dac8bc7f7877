from __future__ import annotations

from pathlib import Path

import pytest

from communique.paths import shared_dir

SHARED = shared_dir()
SEEDS = SHARED / "corpus" / "seeds"
FIXTURES = Path(__file__).parent / "fixtures"


def _require(path: Path, what: str) -> Path:
    if not path.exists():
        pytest.skip(f"{what} not found at {path} (set COMMUNIQUE_SHARED to the shared folder)")
    return path


@pytest.fixture(scope="session")
def shared() -> Path:
    return _require(SHARED, "the shared data folder")


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    _require(SEEDS, "the seed pages")
    paths = sorted(SEEDS.glob("*.txt"))
    if len(paths) < 2:
        pytest.skip(f"expected two seed pages in {SEEDS}")
    return paths


@pytest.fixture(scope="session")
def seed_000(seed_paths: list[Path]) -> Path:
    return next(p for p in seed_paths if p.name.startswith("000_"))


@pytest.fixture(scope="session")
def seed_001(seed_paths: list[Path]) -> Path:
    return next(p for p in seed_paths if p.name.startswith("001_"))


@pytest.fixture(scope="session")
def analyse():
    """The real model, loaded once for the whole test session."""
    from communique import nlp

    return nlp.analyse
