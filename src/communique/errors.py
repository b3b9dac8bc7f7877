"""Coded errors: one family, stable codes, messages a user can act on.

Codes are what the ingest report and the API's error envelope carry; keep them
stable (tests and users grep for them).
"""

from __future__ import annotations

from communique.model import Failure


class CommuniqueError(Exception):
    code = "E000"
    message = "communique error"

    def __init__(self, detail: str = "") -> None:
        self.detail = detail
        super().__init__(f"{self.code} {self.reason}")

    @property
    def reason(self) -> str:
        """The message without its code, as reports print it beside the code."""
        return self.message + (f": {self.detail}" if self.detail else "")

    def as_failure(self, origin: str) -> Failure:
        return Failure(origin, self.code, self.reason)


class BadInput(CommuniqueError):
    """A page that cannot become an article.  Reported, counted and skipped."""

    code = "E100"
    message = "unreadable page"


class EmptyInput(BadInput):
    code = "E101"
    message = "empty page"


class BinaryInput(BadInput):
    code = "E102"
    message = "binary content, not text"


class UndecodableInput(BadInput):
    code = "E103"
    message = "text encoding could not be determined"


class TooLarge(BadInput):
    code = "E104"
    message = "page larger than the configured limit"


class NoText(BadInput):
    code = "E105"
    message = "no article text found"


class BrokenRecord(BadInput):
    code = "E106"
    message = "malformed record"


class TruncatedArchive(BadInput):
    code = "E107"
    message = "archive ends in the middle of a record"


class UnreadableFile(BadInput):
    code = "E108"
    message = "file cannot be read"


class AnalysisFailed(BadInput):
    code = "E109"
    message = "the analysis of this page failed"


class ModelMissing(CommuniqueError):
    code = "E200"
    message = "the spaCy model package is not installed (run the README's setup command)"


class StoreError(CommuniqueError):
    code = "E300"
    message = "store error"


class NotFound(CommuniqueError):
    code = "E404"
    message = "not found"
