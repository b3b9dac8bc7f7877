"""find_quotes never fails, whatever the marks, and every span lies inside the text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique.model import Article
from communique.quotations import find_quotes

pytestmark = pytest.mark.slow

PIECES = st.sampled_from(
    ['"', "“", "”", "‘", "’", "'", "«", "»", "''", ", ", ". ", ": ", "\n", "\n\n",
     "he said", "said", "the minister told reporters", "according to", "we", "the plan",
     "will fail", "Smith", "who", "…", "[it]", "and", "that", " "]
)
TEXTS = st.lists(PIECES, max_size=40).map(" ".join)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_find_quotes_never_raises_and_stays_in_bounds(analyse, text: str) -> None:
    article = Article(id="t", hash="", origin="test", kind="text", text=text)
    for quote in find_quotes(article, analyse(text), []):
        assert quote.kind in ("direct", "indirect", "mixed")
        assert quote.spans
        for start, end in quote.spans:
            assert 0 <= start < end <= len(text)
        if quote.speaker is not None:
            assert text[quote.speaker.start:quote.speaker.end] == quote.speaker.text
        if quote.cue is not None:
            assert text[quote.cue.start:quote.cue.end] == quote.cue.text
