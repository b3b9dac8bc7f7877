"""Events: who did what to whom, coded in PLOVER with CAMEO and Goldstein.

Public entry point: :func:`find_events`.
"""

from __future__ import annotations

from communique.model import Analysis, Article, Dating, Entity, Event


def find_events(
    article: Article, analysis: Analysis, entities: list[Entity], dating: Dating | None
) -> list[Event]:
    return []
