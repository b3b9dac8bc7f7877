"""Time: when the reported events happened (document dating) and dates in sentences.

Public entry points: :func:`date_article`.
"""

from __future__ import annotations

from communique.model import Analysis, Article, Dating


def date_article(article: Article, analysis: Analysis) -> Dating | None:
    return None
