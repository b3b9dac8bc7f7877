"""Helpers shared by the actors tests: build an article from plain text and run the stage."""

from __future__ import annotations

from collections.abc import Callable

from communique.actors import find_entities
from communique.model import Analysis, Article, Entity


def article_of(text: str) -> Article:
    return Article(id="t", hash="", origin="t", kind="text", text=text)


def entities_of(analyse: Callable[[str], Analysis], text: str) -> list[Entity]:
    return find_entities(article_of(text), analyse(text))


def person(entities: list[Entity], name: str) -> Entity:
    """The PERSON entity whose canonical name is ``name`` (fails the test if absent)."""
    found = [e for e in entities if e.type == "PERSON" and e.name == name]
    assert len(found) == 1, f"{name!r} not one person in {[(e.name, e.type) for e in entities]}"
    return found[0]


def kinds(entity: Entity, kind: str) -> list[str]:
    return [m.text for m in entity.mentions if m.kind == kind]


def by_name(entities: list[Entity], name: str) -> Entity:
    found = [e for e in entities if e.name == name]
    assert found, f"{name!r} not in {[e.name for e in entities]}"
    return found[0]
