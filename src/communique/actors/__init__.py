"""Actors: people, organisations and places, with roles, countries, sectors and identity.

Public entry point: :func:`find_entities`.  The steps, each in its own module:

1. ``names``    repair the model's named spans and give each name one label per article;
2. ``cluster``  group the name spans into entities (surnames, country names, acronyms);
3. ``roles``    roles, affiliation, country and sector from titles, appositions, clauses;
4. ``coref``    role nouns ("the spokesman") and he/she pronouns attached to persons.

Cross-article identity (for the store) is in ``identity``.
"""

from __future__ import annotations

from communique.actors import cluster, coref, gazetteer, names, roles
from communique.actors.names import NameSpan
from communique.actors.vocab import MIN_OTHER_STATES
from communique.model import Analysis, Article, Entity, Mention

__all__ = ["entity_at", "find_entities"]


def find_entities(article: Article, analysis: Analysis) -> list[Entity]:
    """Entities of one article, each with every mention (names, role nouns, pronouns)."""
    spans = names.assign_labels(analysis, names.collect_names(analysis))
    spans += cluster.acronym_spans(analysis, spans)
    index = roles.SpanIndex(spans)
    built: list[tuple[Entity, list[NameSpan], list[roles.Description]]] = []
    for group in cluster.group_names(analysis, spans).values():
        entity, descriptions = _entity(analysis, group, index)
        built.append((entity, group, descriptions))
    built.sort(key=lambda item: item[0].mentions[0].start)
    for n, (entity, _, _) in enumerate(built, start=1):
        entity.id = f"e{n}"
    _inherit_from_possessors(built)
    _attach_coreferences(analysis, built)
    entities = [entity for entity, _, _ in built]
    _states_named_like_countries(entities)
    for entity in entities:
        entity.mentions.sort(key=lambda m: m.start)
    return entities


def _canonical(group: list[NameSpan]) -> str:
    """The fullest form, with its spacing made plain (no non-breaking spaces)."""
    fullest = max(group, key=lambda s: (len(s.text.split()), len(s.text), -s.start))
    return " ".join(fullest.text.split())


def _entity(
    analysis: Analysis, group: list[NameSpan], index: roles.SpanIndex
) -> tuple[Entity, list[roles.Description]]:
    label = group[0].label
    entity = Entity(
        id="", name=_canonical(group), type=label,
        mentions=[Mention(s.start, s.end, s.text, "name") for s in group],
    )
    descriptions: list[roles.Description] = []
    if label == "PERSON":
        descriptions = [roles.describe_person(analysis, s, index) for s in group]
        _merge_descriptions(entity, descriptions)
    elif label == "ORG":
        entity.country = _first(roles.org_country(analysis, s) for s in group)
        entity.sector = _first(roles.org_sector(analysis, s) for s in group)
    else:
        entity.country = _first(
            gazetteer.qualified_place_country(analysis.text, s.start, s.end)
            or gazetteer.country_of(s.text) for s in group
        )
    return entity, descriptions


def _first(values) -> str | None:
    return next((v for v in values if v), None)


def _merge_descriptions(entity: Entity, descriptions: list[roles.Description]) -> None:
    seen: set[str] = set()
    for found in descriptions:
        for role in (" ".join(r.split()) for r in found.roles):
            if role.lower() not in seen:
                seen.add(role.lower())
                entity.roles.append(role)
    entity.country = _first(d.country for d in descriptions)
    entity.affiliation = _first(d.affiliation for d in descriptions)
    entity.sector = _first(d.sector for d in descriptions)


def _states_named_like_countries(entities: list[Entity]) -> None:
    """"Georgia" is a US state in an article that names other US states, the country
    otherwise."""
    states = [e for e in entities if e.type == "GPE" and gazetteer.is_us_state(e.name)]
    if len(states) < MIN_OTHER_STATES + 1:
        return
    for entity in states:
        if gazetteer.is_country(entity.name):
            entity.country = "USA"


def _inherit_from_possessors(built) -> None:
    """"Scholz's spokesman X": X takes Scholz's country and sector when the text gives none."""
    owner_of_start = {m.start: e for e, _, _ in built for m in e.mentions}
    for entity, _, descriptions in built:
        for found in descriptions:
            owner = owner_of_start.get(found.possessor.start) if found.possessor else None
            if owner is not None and owner is not entity:
                entity.country = entity.country or owner.country
                entity.sector = entity.sector or owner.sector


def _attach_coreferences(analysis: Analysis, built) -> None:
    tracks = coref.Tracks()
    entity_of_token: dict[int, Entity] = {}
    for entity, group, descriptions in built:
        if entity.type != "PERSON":
            continue
        words = [w for d in descriptions for w in d.gendered_words]
        gender = coref.gender_of_words(words + [s.text.split()[0] for s in group])
        if gender:
            tracks.gender[entity.id] = gender
        for span in group:
            tracks.add(analysis, entity, span.start, span.last)
            entity_of_token.update({i: entity for i in range(span.first, span.last + 1)})
    coref.add_title_mentions(analysis, tracks, entity_of_token)
    coref.add_pronoun_mentions(analysis, tracks)


def entity_at(entities: list[Entity], start: int, end: int) -> Entity | None:
    """The entity a span such as a speaker noun phrase refers to.

    An English noun phrase names its referent last ("Norwegian Fisheries Minister Ola
    Berg", "Pentagon aide Lena Ortiz"), so a mention that reaches the end of the span wins;
    otherwise the mention that overlaps the span most (ties: the tightest).  A nationality
    adjective is a modifier, never the referent, unless it is the whole span ("the
    Icelandic foreign ministry" is not Iceland's people).
    """
    best: tuple[bool, int, int, Entity] | None = None
    for entity in entities:
        for mention in entity.mentions:
            overlap = min(end, mention.end) - max(start, mention.start)
            if overlap <= 0:
                continue
            whole = mention.start <= start and mention.end >= end
            if entity.type == "NORP" and not whole:
                continue
            score = (mention.end >= end, overlap, -(mention.end - mention.start))
            if best is None or score > best[:3]:
                best = (*score, entity)
    return None if best is None else best[3]
