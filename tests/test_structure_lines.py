from __future__ import annotations

from communique.structure.lines import (
    clean_line,
    same_length_spaces,
    split_lines,
    units_of,
    wrap_width,
)

WRAPPED = """A court in the capital on Wednesday postponed the trial of four
activists accused of organising an unauthorised rally, their lawyers
said, after the prosecution asked for more time to prepare its case.

The defendants, who deny the charges, have been held in custody since
the rally in May and could face up to five years in prison if they are
convicted of the most serious charge against them.
"""


def test_unicode_spaces_become_plain_spaces() -> None:
    assert clean_line("\u00a0 on\u00a0the\u2009island\u202f  ") == "on the island"
    assert clean_line("zero\u200bwidth\u00adsoft") == "zerowidthsoft"


def test_same_length_spaces_keeps_length() -> None:
    text = "a\u00a0b\u2003c\td"
    assert same_length_spaces(text) == "a b c d"
    assert len(same_length_spaces(text)) == len(text)


def test_wrapped_page_is_detected_and_joined() -> None:
    lines = split_lines(WRAPPED)
    assert wrap_width(lines) is not None
    units = units_of(lines)
    assert len(units) == 2
    assert units[0].text.startswith("A court in the capital")
    assert units[0].text.endswith("to prepare its case.")
    assert "of four activists" in units[0].text
    assert units[0].lines == 3


def test_long_lines_are_not_a_wrapped_page() -> None:
    text = "\n".join(["word " * 40] * 5)
    assert wrap_width(split_lines(text)) is None


def test_one_sentence_per_line_is_not_wrapped() -> None:
    text = "\n".join(
        f"Sentence number {n} of this short report ends at the end of its line." for n in range(6)
    )
    lines = split_lines(text)
    assert wrap_width(lines) is None
    assert len(units_of(lines)) == 6


def test_line_starting_lower_case_continues_the_previous() -> None:
    units = units_of(split_lines("The ministry said the talks would\ncontinue next week.\nNext"))
    assert [u.text for u in units] == [
        "The ministry said the talks would continue next week.",
        "Next",
    ]


def test_hyphen_at_line_end_joins_without_space() -> None:
    text = (
        "The two governments signed a long-awaited agreement on cross-\n"
        "border trade on Monday, ending a dispute that had lasted for most\n"
        "of the decade and had closed three crossings along the frontier.\n"
        "Officials said the first lorries would cross within days of the\n"
        "signing, once customs staff had been trained in the new rules.\n"
    )
    units = units_of(split_lines(text))
    assert "cross-border trade" in units[0].text


def test_soft_wrapped_long_line_continues_even_before_a_capital() -> None:
    first = (
        "The delegation from the northern provinces arrived in the capital late on Sunday "
        "evening and was met at the station by"
    )
    text = f"{first}\nDeputy Minister Anna Berg, who said the talks would start at once.\n"
    units = units_of(split_lines(text))
    assert len(units) == 1
    assert "met at the station by Deputy Minister" in units[0].text


def test_sentence_case_heading_is_not_joined_to_the_next_line() -> None:
    text = "Insurance gaps for small growers\nFewer than one grower in five carries insurance.\n"
    assert len(units_of(split_lines(text))) == 2
