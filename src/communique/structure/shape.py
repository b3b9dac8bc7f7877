"""The shape of one line: a sentence of body text, or a headline-like line.

Shape alone never decides a line's role; position does the rest (see ``layout``): a
headline-like line above the body is a title, inside it a heading, after it a related
headline.
"""

from __future__ import annotations

from communique.structure import vocab


def words(text: str) -> list[str]:
    return vocab.WORD.findall(text)


def ends_sentence(text: str) -> bool:
    return vocab.SENTENCE_END.search(text) is not None


def is_title_case(text: str) -> bool:
    """Most content words capitalised, as in "Will Chile Return the Islands?"."""
    content = [w for w in words(text) if w.lower() not in vocab.TITLE_CASE_MINOR_WORDS]
    capitalised = sum(1 for w in content if w[0].isupper() or w[0].isdigit())
    return len(content) >= 2 and capitalised >= 0.8 * len(content)


def is_headline_like(text: str) -> bool:
    """Short, starts with a capital or digit, and does not end like a sentence.

    A line opening with a double quote is a quotation, part of the body.

    A question or exclamation in Title Case ("Will Chile Return the Islands?") is a
    headline too; the same words in sentence case are body text.
    """
    found = words(text)
    if not found or len(found) > vocab.HEADLINE_MAX_WORDS:
        return False
    first = next((c for c in text if c.isalnum()), "")
    if not (first.isupper() or first.isdigit()) or text[0] in vocab.OPENING_DOUBLE_QUOTES:
        return False
    if not ends_sentence(text):
        return True
    return text.rstrip("\"'”’»)]")[-1:] in "?!" and is_title_case(text)


def is_prose(text: str) -> bool:
    return not is_headline_like(text)
