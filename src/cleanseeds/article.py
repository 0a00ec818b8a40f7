"""An article: what cleanseeds hands to the projects that come after it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from .document import Edit

__all__ = ["Article"]


@dataclass
class Article:
    """One article found in a dump.

    ``start``/``end`` are offsets into the decoded raw dump; ``edits`` are the edits
    that touch that span. Metadata is ``None`` (or empty) where the dump does not show it.
    """

    paragraphs: list[str]
    start: int
    end: int
    index: int = 0
    source: str | None = None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    site: str | None = None
    published: str | None = None
    edits: list[Edit] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    encoding: str | None = None

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)

    @property
    def id(self) -> str:
        stem = PurePath(self.source).stem if self.source and self.source != "-" else "stdin"
        return f"{stem}#{self.index}"

    def to_json(self) -> dict[str, Any]:
        """The JSON Lines record: a contract (add fields, never rename or drop one)."""
        return {
            "id": self.id,
            "source": self.source,
            "index": self.index,
            "title": self.title,
            "authors": list(self.authors),
            "site": self.site,
            "published": self.published,
            "text": self.text,
            "paragraphs": list(self.paragraphs),
            "edits": [e.to_json() for e in self.edits],
            "flags": list(self.flags),
            "span": [self.start, self.end],
            "encoding": self.encoding,
        }
