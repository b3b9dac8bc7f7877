"""Command-line arguments -> the files to read: paths, folders (walked) and globs.

Folders are walked recursively in sorted name order, so a run over the same tree always
reads pages in the same order, one directory listing in memory at a time.  Hidden files
and folders (names starting with ".") and files whose suffix says they are not pages
(``vocab.NON_PAGE_SUFFIXES``) are skipped silently while walking; a file named on the
command line or matched by a glob is always read, and reported if it is not a page.
Globs are expanded here (``**`` included), so a quoted pattern works as an unquoted one.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from pathlib import Path

from communique.errors import UnreadableFile
from communique.model import Failure
from communique.readers import vocab
from communique.readers.text import failure


def expand(argument: str) -> Iterator[Path | Failure]:
    """The files one argument names, in a deterministic order, or a Failure."""
    path = Path(argument)
    if path.is_dir():
        yield from walk(path)
    elif path.exists():
        yield path
    elif is_glob(argument):
        yield from _expand_glob(argument)
    else:
        yield failure(argument, UnreadableFile("no such file or directory"))


def is_glob(argument: str) -> bool:
    return any(char in vocab.GLOB_CHARS for char in argument)


def walk(folder: Path) -> Iterator[Path | Failure]:
    """Every page file under ``folder``, depth first, sorted by name."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as exc:
        yield failure(str(folder), UnreadableFile(exc.strerror or str(exc)))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = folder / entry.name
        if entry.is_dir(follow_symlinks=False):  # a linked folder could loop
            yield from walk(path)
        elif is_non_page(entry.name):
            continue
        elif entry.is_file():
            yield path
        else:
            yield failure(str(path), UnreadableFile(_why_not_read(entry)))


def _why_not_read(entry: os.DirEntry[str]) -> str:
    if entry.is_dir():
        return "a link to a folder, not followed (it could loop); name the folder itself"
    if entry.is_symlink():
        return "a link to nothing"
    return "not a regular file"


def is_non_page(name: str) -> bool:
    """True for names whose suffix says the file is not a page (an image, a font...)."""
    return os.path.splitext(name)[1].lower() in vocab.NON_PAGE_SUFFIXES


def _expand_glob(pattern: str) -> Iterator[Path | Failure]:
    matches = sorted(glob.iglob(pattern, recursive=True))
    if not matches:
        yield failure(pattern, UnreadableFile("no file matches this pattern"))
    # "**" matches a folder and its subfolders too: walking each would repeat files.
    seen: set[Path] = set()
    for match in matches:
        path = Path(match)
        found = walk(path) if path.is_dir() else iter((path,))
        for item in found:
            if isinstance(item, Failure) or item not in seen:
                yield item
            if isinstance(item, Path):
                seen.add(item)
