"""Pairing quotation marks into passages: no model needed."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from communique.quotations.marks import find_quoted, paragraph_bounds


def passages(text: str) -> list[list[str]]:
    return [[text[a:b] for a, b in p.fragments] for p in find_quoted(text)]


def test_straight_curly_single_and_guillemet_marks_pair() -> None:
    text = (
        'She said "the vote is final" today. He wrote “we are done” later. '
        "The mayor said ‘we will rebuild the bridge’ and left. They cried «never again» loudly."
    )
    assert passages(text) == [
        ["the vote is final"],
        ["we are done"],
        ["we will rebuild the bridge"],
        ["never again"],
    ]


def test_apostrophes_do_not_open_or_close_single_quotes() -> None:
    text = "The farmers' union won't accept the growers' offer, it's said."
    assert passages(text) == []


def test_single_marks_inside_double_quotes_belong_to_the_quote() -> None:
    text = "“The plan is what they call ‘a bridge to nowhere’ and we oppose it,” she said."
    inner = "The plan is what they call ‘a bridge to nowhere’ and we oppose it,"
    assert passages(text) == [[inner]]


def test_quote_continues_into_a_paragraph_that_reopens_it() -> None:
    text = (
        "“The harbour will reopen in May. The dredging is finished.\n\n"
        "“Ships can dock again,” the port director said.\n"
    )
    found = find_quoted(text)
    assert len(found) == 1
    assert [text[a:b] for a, b in found[0].fragments] == [
        "The harbour will reopen in May. The dredging is finished.",
        "Ships can dock again,",
    ]


def test_unclosed_mark_not_reopened_is_ignored() -> None:
    text = "The mayor said “we will see about that.\n\nThe council met on Friday.\n"
    assert passages(text) == []


def test_a_stray_mark_before_a_pair_does_not_swallow_it() -> None:
    text = 'He called " the idea odd. Later she said, "We will vote tomorrow."'
    assert passages(text)[-1] == ["We will vote tomorrow."]


def test_paragraph_bounds_skip_blank_lines() -> None:
    text = "First line.\n\n   \nSecond line.\n"
    assert [text[a:b] for a, b in paragraph_bounds(text)] == ["First line.", "Second line."]


QUOTE_HEAVY_TEXT = st.text(
    alphabet=st.sampled_from(list("ab ,.\n\"'“”‘’«»„:")), max_size=200
)


@settings(max_examples=300, deadline=None)
@given(QUOTE_HEAVY_TEXT)
def test_pairing_never_fails_and_stays_inside_the_text(text: str) -> None:
    for passage in find_quoted(text):
        for start, end in passage.fragments:
            assert 0 <= start < end <= len(text)
