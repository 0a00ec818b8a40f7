"""What the chrome filter's tests share: run the filter alone on a text, and read what
it recorded."""

from cleanseeds.document import Document
from cleanseeds.filters.chrome import ChromeFilter


def chrome(text: str) -> Document:
    """``text`` after the chrome filter alone."""
    doc = Document(text)
    ChromeFilter()(doc)
    return doc


def reasons(doc: Document) -> list[str]:
    return [e.reason for e in doc.edits]


def splits(doc: Document) -> list[int]:
    """Where the filter marked article boundaries (raw offsets)."""
    return [n.pos for n in doc.notes if n.split]
