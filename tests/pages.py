"""Small pages we write ourselves, shared by the store, CLI and ingest tests."""

from __future__ import annotations

from pathlib import Path

FURNITURE_TOP = "Sign in\nShare this article\n"
FURNITURE_BOTTOM = "\nFollow us on social media\n"


def news_page(n: int) -> str:
    """A plain-text news page from an invented site, different for every ``n``."""
    return (
        f"09:15 GMT 0{1 + n % 9} March 2021\n"
        + FURNITURE_TOP
        + f"\nThe harbour council of Port Elvan met for the {n}th time "
        "to review the fishing quotas.\n\n"
        f"Council chair Maria Okafor said the talks with the neighbouring province had gone well "
        f"and that a new agreement on quota number {n} would be signed in April.\n\n"
        f'"We are close to a deal," Okafor told reporters.\n' + FURNITURE_BOTTOM
    )


def write_pages(folder: Path, count: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(start, start + count):
        path = folder / f"page_{n:04d}.txt"
        path.write_text(news_page(n), encoding="utf-8")
        paths.append(path)
    return paths
