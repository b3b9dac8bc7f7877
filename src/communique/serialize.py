"""Article <-> contract JSON (``shared/contract/article.schema.json``, extended).

One function writes the JSON that ``communique extract --json`` prints, that the
store keeps and that the API returns, so the three can never drift apart.
"""

from __future__ import annotations

from typing import Any

from communique.model import (
    Article,
    Dateline,
    Dating,
    Entity,
    Event,
    EventActor,
    Heading,
    Mention,
    Quote,
    Related,
    Span,
    Speaker,
    Timestamp,
)

SCHEMA_VERSION = 1


def _span(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else span.to_json()


def entity_to_json(entity: Entity) -> dict[str, Any]:
    return {
        "id": entity.id,
        "name": entity.name,
        "type": entity.type,
        "roles": list(entity.roles),
        "affiliation": entity.affiliation,
        "country": entity.country,
        "sector": entity.sector,
        "actor_id": entity.actor_id,
        "mentions": [
            {"start": m.start, "end": m.end, "text": m.text, "kind": m.kind}
            for m in entity.mentions
        ],
    }


def quote_to_json(quote: Quote) -> dict[str, Any]:
    speaker = quote.speaker
    return {
        "kind": quote.kind,
        "spans": [[start, end] for start, end in quote.spans],
        "text": quote.text,
        "cue": _span(quote.cue),
        "speaker": None
        if speaker is None
        else {
            "start": speaker.start,
            "end": speaker.end,
            "text": speaker.text,
            "entity": speaker.entity,
            "name": speaker.name,
        },
    }


def _actor(actor: EventActor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {
        "text": actor.text,
        "entity": actor.entity,
        "name": actor.name,
        "country": actor.country,
        "sector": actor.sector,
    }


def event_to_json(event: Event) -> dict[str, Any]:
    return {
        "type": event.type,
        "cameo": event.cameo,
        "goldstein": event.goldstein,
        "mode": event.mode,
        "negated": event.negated,
        "hypothetical": event.hypothetical,
        "source": _actor(event.source),
        "target": _actor(event.target),
        "date": event.date,
        "date_end": event.date_end,
        "date_basis": event.date_basis,
        "location": event.location,
        "evidence": event.evidence.to_json(),
        "trigger": _span(event.trigger),
    }


def article_to_json(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "hash": article.hash,
        "origin": article.origin,
        "record_id": article.record_id,
        "kind": article.kind,
        "source": article.source,
        "url": article.url,
        "title": article.title,
        "language": article.language,
        "timestamp": None
        if article.timestamp is None
        else {"raw": article.timestamp.raw, "value": article.timestamp.value},
        "dateline": None
        if article.dateline is None
        else {
            "raw": article.dateline.raw,
            "place": article.dateline.place,
            "agency": article.dateline.agency,
        },
        "dating": None
        if article.dating is None
        else {"date": article.dating.date, "basis": article.dating.basis},
        "text": article.text,
        "paragraphs": [p.to_json() for p in article.paragraphs],
        "headings": [
            {"text": h.text, "before_paragraph": h.before_paragraph} for h in article.headings
        ],
        "related": [{"headline": r.headline, "article_id": r.article_id} for r in article.related],
        "tags": list(article.tags),
        "dropped": [{"text": d.text, "reason": d.reason} for d in article.dropped],
        "entities": [entity_to_json(e) for e in article.entities],
        "quotes": [quote_to_json(q) for q in article.quotes],
        "events": [event_to_json(e) for e in article.events],
    }


def _span_from(data: dict[str, Any] | None) -> Span | None:
    return None if data is None else Span(data["start"], data["end"], data["text"])


def _actor_from(data: dict[str, Any] | None) -> EventActor | None:
    return None if data is None else EventActor(**data)


def article_from_json(data: dict[str, Any]) -> Article:
    """Rebuild an Article from its JSON (the store keeps JSON; raw bytes travel apart)."""
    timestamp = data.get("timestamp")
    dateline = data.get("dateline")
    dating = data.get("dating")
    return Article(
        id=data["id"],
        hash=data.get("hash", ""),
        origin=data.get("origin", ""),
        record_id=data.get("record_id"),
        kind=data.get("kind", "text"),
        text=data["text"],
        paragraphs=[Span(p["start"], p["end"], p["text"]) for p in data["paragraphs"]],
        source=data.get("source"),
        url=data.get("url"),
        title=data.get("title"),
        language=data.get("language"),
        timestamp=None if timestamp is None else Timestamp(timestamp["raw"], timestamp["value"]),
        dateline=None if dateline is None else Dateline(**dateline),
        dating=None if dating is None else Dating(dating.get("date"), dating.get("basis", "")),
        headings=[Heading(h["text"], h["before_paragraph"]) for h in data["headings"]],
        related=[Related(r["headline"], r.get("article_id")) for r in data["related"]],
        tags=list(data["tags"]),
        entities=[
            Entity(
                id=e["id"],
                name=e["name"],
                type=e["type"],
                roles=list(e.get("roles", [])),
                affiliation=e.get("affiliation"),
                country=e.get("country"),
                sector=e.get("sector"),
                actor_id=e.get("actor_id"),
                mentions=[
                    Mention(m["start"], m["end"], m["text"], m.get("kind", "name"))
                    for m in e["mentions"]
                ],
            )
            for e in data["entities"]
        ],
        quotes=[
            Quote(
                kind=q["kind"],
                spans=[(s[0], s[1]) for s in q["spans"]],
                text=q["text"],
                cue=_span_from(q.get("cue")),
                speaker=None if q.get("speaker") is None else Speaker(**q["speaker"]),
            )
            for q in data["quotes"]
        ],
        events=[
            Event(
                type=e["type"],
                cameo=e.get("cameo"),
                goldstein=e.get("goldstein"),
                source=_actor_from(e.get("source")),
                target=_actor_from(e.get("target")),
                evidence=Span(**e["evidence"]),
                mode=e.get("mode"),
                negated=e.get("negated", False),
                hypothetical=e.get("hypothetical", False),
                date=e.get("date"),
                date_end=e.get("date_end"),
                date_basis=e.get("date_basis"),
                location=e.get("location"),
                trigger=_span_from(e.get("trigger")),
            )
            for e in data["events"]
        ],
    )
