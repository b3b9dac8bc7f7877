"""Quotations: who said what, direct and reported, attributed to resolved speakers.

Public entry point: :func:`find_quotes`.
"""

from __future__ import annotations

from communique.model import Analysis, Article, Entity, Quote


def find_quotes(article: Article, analysis: Analysis, entities: list[Entity]) -> list[Quote]:
    return []
