"""Bytes -> text: encoding detection and refusal of what is not text."""

from __future__ import annotations

from communique.model import Page


def decode_page(page: Page) -> str:
    """The page's text; raises a coded BadInput (empty, binary, undecodable, too large)."""
    raise NotImplementedError
