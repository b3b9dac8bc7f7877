"""Where data that is not ours lives: ``../shared`` beside the repository by default."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def shared_dir() -> Path:
    """``$COMMUNIQUE_SHARED`` if set, else ``../shared`` relative to the repository root."""
    override = os.environ.get("COMMUNIQUE_SHARED")
    return Path(override) if override else REPO_ROOT.parent / "shared"
