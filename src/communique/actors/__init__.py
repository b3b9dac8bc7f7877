"""Actors: people, organisations and places, with roles, countries, sectors and identity.

Public entry point: :func:`find_entities`.
"""

from __future__ import annotations

from communique.model import Analysis, Article, Entity


def find_entities(article: Article, analysis: Analysis) -> list[Entity]:
    """Entities of one article, each with every mention (names, role nouns, pronouns)."""
    return []


def entity_at(entities: list[Entity], start: int, end: int) -> Entity | None:
    """The entity one of whose mentions overlaps ``[start, end)`` (the tightest one)."""
    best: tuple[int, Entity] | None = None
    for entity in entities:
        for mention in entity.mentions:
            if mention.start < end and start < mention.end:
                width = mention.end - mention.start
                if best is None or width < best[0]:
                    best = (width, entity)
    return None if best is None else best[1]
