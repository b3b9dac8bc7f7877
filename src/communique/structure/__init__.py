"""Page structure: timestamp, furniture, headings, related headlines, tags, dateline, title.

Public entry points: :func:`build_article` and :class:`Furniture`.
"""

from __future__ import annotations

from communique.model import Article, Page


class Furniture:
    """Lines that recur across pages of the same source, learned from a corpus."""


def build_article(page: Page, text: str, furniture: Furniture | None, *, plain: bool = False) -> Article:
    raise NotImplementedError
