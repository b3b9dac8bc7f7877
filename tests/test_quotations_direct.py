"""Direct quotations on paragraphs written for these tests (real model)."""

from __future__ import annotations

import pytest

from communique.model import Quote
from tests.quoting import quotes_of

pytestmark = pytest.mark.slow


def direct(analyse, text: str) -> list[Quote]:
    return [q for q in quotes_of(analyse, text) if q.kind == "direct"]


def only(analyse, text: str) -> Quote:
    found = direct(analyse, text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def fragments(text: str, quote: Quote) -> list[str]:
    return [text[a:b] for a, b in quote.spans]


def test_speaker_after_with_comma(analyse) -> None:
    text = "“The bridge will be closed for repairs until March,” the mayor said on Monday."
    quote = only(analyse, text)
    assert quote.text == "The bridge will be closed for repairs until March,"
    assert quote.speaker is not None and quote.speaker.text == "the mayor"
    assert quote.cue is not None and quote.cue.text == "said"


def test_speaker_after_inverted(analyse) -> None:
    text = '"We have no plans to raise the tariff this year," said Helena Brandt, the trade envoy.'
    quote = only(analyse, text)
    assert quote.speaker is not None and quote.speaker.text == "Helena Brandt"


def test_speaker_before_with_colon_and_with_comma(analyse) -> None:
    text = (
        "Mendoza continued: “Nobody in this valley has seen water prices like these.”\n\n"
        "The governor said, “We will open the reservoir next week.”\n"
    )
    first, second = direct(analyse, text)
    assert first.speaker is not None and first.speaker.text == "Mendoza"
    assert first.cue is not None and first.cue.text == "continued"
    assert second.speaker is not None and second.speaker.text == "The governor"


def test_colon_without_a_speech_verb_is_the_cue(analyse) -> None:
    text = "The answer of the ministry: “There will be no further statement today.”"
    quote = only(analyse, text)
    assert quote.cue is not None and quote.cue.text == ":"


def test_split_quote_with_comma_is_one_quote_with_two_spans(analyse) -> None:
    text = '"The harvest was poor," Ortiz said, "but the co-operative kept every worker."'
    quote = only(analyse, text)
    assert fragments(text, quote) == [
        "The harvest was poor,",
        "but the co-operative kept every worker.",
    ]
    assert quote.text == "The harvest was poor, but the co-operative kept every worker."
    assert quote.speaker is not None and quote.speaker.text == "Ortiz"


def test_split_quote_across_a_full_stop(analyse) -> None:
    text = "“We counted every ballot twice,” she said. “The result stands and it is final.”"
    quote = only(analyse, text)
    assert len(quote.spans) == 2
    assert quote.speaker is not None and quote.speaker.text == "she"


def test_quote_of_several_sentences_and_continued_paragraph(analyse) -> None:
    text = (
        "“The fleet is old. The engines fail every winter. Nobody has ordered new ones.\n\n"
        "“We asked for money in 2019 and again last year,” the harbour master told reporters.\n"
    )
    quote = only(analyse, text)
    assert len(quote.spans) == 2
    assert "Nobody has ordered new ones." in quote.text
    assert quote.speaker is not None and quote.speaker.text == "the harbour master"
    assert quote.cue is not None and quote.cue.text == "told reporters"


def test_speaker_with_a_relative_clause_is_the_name(analyse) -> None:
    text = (
        '"The clinic will stay open through the summer," Okafor, who also chairs the regional '
        "health board, told journalists."
    )
    quote = only(analyse, text)
    assert quote.speaker is not None and quote.speaker.text == "Okafor"


def test_role_noun_and_pronoun_speakers_as_written(analyse) -> None:
    text = (
        "“There is no shortage of grain in the northern provinces,” the spokeswoman said.\n\n"
        "“The trucks are already on the road,” she added.\n"
    )
    first, second = direct(analyse, text)
    assert first.speaker is not None and first.speaker.text == "the spokeswoman"
    assert second.speaker is not None and second.speaker.text == "she"
    assert second.cue is not None and second.cue.text == "added"


def test_title_and_name_are_one_speaker(analyse) -> None:
    text = "“The glacier lost a fifth of its mass in ten years,” professor Lindqvist said."
    quote = only(analyse, text)
    assert quote.speaker is not None and quote.speaker.text == "professor Lindqvist"


def test_bracketed_insertion_and_ellipsis_stay_inside(analyse) -> None:
    text = "“[The board] rejected the offer … and we will appeal,” the union leader said."
    quote = only(analyse, text)
    assert quote.text == "[The board] rejected the offer … and we will appeal,"


def test_guillemets_and_single_marks(analyse) -> None:
    text = (
        "«The new line will carry twenty thousand passengers a day», the engineer said.\n\n"
        "'We expect the first trains in the spring of next year,' the director added.\n"
    )
    first, second = direct(analyse, text)
    assert first.speaker is not None and first.speaker.text == "the engineer"
    assert second.speaker is not None and second.speaker.text == "the director"


def test_short_answer_with_a_cue_is_a_quote(analyse) -> None:
    text = "Asked whether the border would reopen, the minister said: “Not yet.”"
    quote = only(analyse, text)
    assert quote.text == "Not yet."
    assert quote.speaker is not None and quote.speaker.text == "the minister"


def test_no_quote_from_titles_nicknames_or_scare_quotes(analyse) -> None:
    text = (
        "The film “Silent Harbour” opened in Lisbon. Critics mocked the so-called ‘reset’ of "
        "relations. The striker, known as “the Hammer”, scored twice.\n\n"
        "She read “A Short History of Salt” on the train.\n"
    )
    assert direct(analyse, text) == []


def test_unbalanced_mark_does_not_fail_the_page(analyse) -> None:
    text = "The senator said “we will see.\n\nLater, “the vote was delayed,” an aide said.\n"
    found = direct(analyse, text)
    assert [q.text for q in found] == ["the vote was delayed,"]


def test_spans_point_into_the_text(analyse) -> None:
    text = "Intro line.\n\n“The dam holds,” the engineer said, “for now.”\n"
    quote = only(analyse, text)
    assert " ".join(text[a:b] for a, b in quote.spans) == quote.text


def test_transcript_speaker_labels(analyse) -> None:
    text = (
        "HOLLOWAY: The budget is balanced and the schools are funded.\n\n"
        "MARTINEZ: That is not what the auditors found last spring.\n\n"
        "Update: The vote on the budget was moved to Friday afternoon.\n"
    )
    found = direct(analyse, text)
    labels = [(q.speaker.text if q.speaker else None, q.cue.text if q.cue else None) for q in found]
    assert labels == [
        ("HOLLOWAY", ":"),
        ("MARTINEZ", ":"),
    ]
    assert found[0].text == "The budget is balanced and the schools are funded."


def test_headline_with_a_name_and_colon_is_not_a_transcript(analyse) -> None:
    text = "Related stories\n\nOkafor: Clinic Funding Secured for Three More Years\n"
    assert direct(analyse, text) == []


def test_cue_closing_the_previous_paragraph(analyse) -> None:
    text = (
        "The port authority said in a statement on Monday:\n\n"
        "“All berths will be back in service before the end of the month.”\n"
    )
    quote = only(analyse, text)
    assert quote.speaker is not None and quote.speaker.text == "The port authority"
    assert quote.cue is not None and quote.cue.text == "said"


def test_bracketed_note_after_the_name_is_part_of_the_speaker(analyse) -> None:
    text = "“The tunnel project is two years late,” Sen. Dana Whitfield (D-Ore.) said."
    quote = only(analyse, text)
    assert quote.speaker is not None and quote.speaker.text == "Sen. Dana Whitfield (D-Ore.)"


def test_a_speaker_the_parser_splits_into_two_subjects(analyse) -> None:
    # The parser may read "the club secretary" and "Tom Reid" as two subjects of "admitted".
    text = (
        "“The pitch will not be ready before May,” the club secretary Tom Reid admitted"
        " in a radio interview on Sunday."
    )
    quote = only(analyse, text)
    assert quote.text == "The pitch will not be ready before May,"
    assert quote.cue is not None and quote.cue.text == "admitted"
    assert quote.speaker is not None and "secretary" in quote.speaker.text


def test_a_written_notice_reads_its_quotation(analyse) -> None:
    text = (
        "The letter came in June.\n\n"
        "“Dear parents, the school will reopen on Monday. Bring a packed lunch,” the letter read."
    )
    quote = only(analyse, text)
    assert quote.cue is not None and quote.cue.text == "read"
    assert quote.speaker is not None and quote.speaker.text == "the letter"


def test_read_is_no_cue_of_reported_speech(analyse) -> None:
    text = "The inspector read the report on the flooded cellars before the meeting."
    assert not any(q.cue is not None and q.cue.text == "read" for q in quotes_of(analyse, text))


def test_a_verb_of_manner_introduces_a_quotation(analyse) -> None:
    text = "“Sit down and wait for your turn,” the chairman snapped at the reporter."
    quote = only(analyse, text)
    assert quote.cue is not None and quote.cue.text == "snapped"
    assert quote.speaker is not None and quote.speaker.text == "the chairman"


def test_a_list_of_names_after_a_label_is_no_transcript_line(analyse) -> None:
    text = (
        "Delegates by state.\n\n"
        "Oregon: Anna Berg, Carl Dahl, Edith Moss, Frank Ure, Greta Holm.\n\n"
        "WEBB: We will publish the full list of delegates on Friday.\n"
    )
    found = direct(analyse, text)
    assert [q.speaker.text for q in found if q.speaker is not None] == ["WEBB"]


def test_a_short_sequel_after_the_cue_goes_on_the_quotation(analyse) -> None:
    text = "“We have one rival left in this league,” the captain told the fans. “Ourselves.”"
    quote = only(analyse, text)
    assert fragments(text, quote) == ["We have one rival left in this league,", "Ourselves."]
    assert quote.speaker is not None and quote.speaker.text == "the captain"


def test_a_short_quoted_word_after_other_words_is_no_sequel(analyse) -> None:
    text = (
        "“We have one rival left in this league,” the captain told the fans. The club's"
        " motto is “Ourselves.”"
    )
    first = direct(analyse, text)[0]
    assert fragments(text, first) == ["We have one rival left in this league,"]


def test_assured_introduces_a_quotation(analyse) -> None:
    text = "“Your jobs are safe,” the owner assured the workers at the gate."
    quote = only(analyse, text)
    assert quote.cue is not None and quote.cue.text == "assured"
    assert quote.speaker is not None and quote.speaker.text == "the owner"


def test_a_label_the_tagger_reads_as_a_common_noun_still_speaks(analyse) -> None:
    # The tagger reads an unfamiliar surname at the start of a line as a common noun.
    text = "The council met on Monday.\n\nWexler: Council Will Approve the Harbour Plan.\n"
    quote = only(analyse, text)
    assert quote.speaker is not None and quote.speaker.text == "Wexler"
    assert quote.text.startswith("Council Will Approve")
