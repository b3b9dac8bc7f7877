from __future__ import annotations

import pytest

from communique import pipeline
from communique.errors import CommuniqueError
from communique.model import Article, Failure, Page


def test_stage_order_is_checked() -> None:
    pipeline.check_order(pipeline.STAGES)
    reversed_stages = tuple(reversed(pipeline.STAGES))
    with pytest.raises(CommuniqueError, match="needs"):
        pipeline.check_order(reversed_stages)


@pytest.mark.slow
def test_a_page_that_breaks_a_stage_fails_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """One page tripping a stage is reported against that page; its batch-mates survive."""
    real = pipeline.actors.find_entities

    def fragile(article: Article, analysis):  # a stage with a bug triggered by one page
        if "trigger" in article.text:
            raise ValueError("boom")
        return real(article, analysis)

    monkeypatch.setattr(pipeline.actors, "find_entities", fragile)
    pages = [Page(f"p{n}", f"Page {n} says the council met.".encode(), "text") for n in range(3)]
    pages.insert(1, Page("bad", b"This page has the trigger word in it.", "text"))
    results = list(pipeline.process(pages, None, plain=True, batch_size=8))
    assert [type(r).__name__ for r in results] == ["Article", "Failure", "Article", "Article"]
    failure = results[1]
    assert isinstance(failure, Failure)
    assert failure.origin == "bad" and failure.code == "E109" and "boom" in failure.reason
