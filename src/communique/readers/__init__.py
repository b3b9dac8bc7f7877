"""Input readers: files, folders, globs, WARC, JSONL and stdin -> :class:`Page`.

Public entry point: :func:`read_inputs`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import BinaryIO

from communique.model import Failure, Page


def read_inputs(
    paths: Sequence[str], *, stdin: BinaryIO | None = None, source: str | None = None
) -> Iterator[Page | Failure]:
    """Every page under ``paths`` (``-`` reads ``stdin``), or a Failure per unreadable one."""
    raise NotImplementedError
