"""What the notices filter's tests share: run the filter alone on a text, and read where
it marked article boundaries."""

from cleanseeds.document import Document
from cleanseeds.filters.notices import NoticesFilter


def notices(text: str) -> Document:
    """``text`` after the notices filter alone."""
    doc = Document(text)
    NoticesFilter()(doc)
    return doc


def splits(doc: Document) -> list[int]:
    """Where the filter marked article boundaries (raw offsets)."""
    return [n.pos for n in doc.notes if n.split]
