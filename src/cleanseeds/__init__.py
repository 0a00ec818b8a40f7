"""cleanseeds: turn raw, dirty web-text dumps into clean, separate articles.

    >>> import cleanseeds
    >>> [a.text for a in cleanseeds.clean("正文第一段。\\n展开全文\\n正文第二段。")]
    ['正文第一段。\\n正文第二段。']

Where things live: ``reader`` (bytes to text), ``document`` (raw text + edits),
``pipeline`` (filters in order), ``filters/`` (one module per filter family),
``articles`` (boundaries and metadata to :class:`Article`), ``cli``.
"""

from __future__ import annotations

from pathlib import Path

from . import filters as _filters  # noqa: F401  (registers the shipped filters)
from .article import Article
from .document import Change, Document, Edit
from .lines import Line, lines
from .pipeline import FILTERS, Filter, Pipeline
from .reader import InputError, decode_bytes, read_path

__all__ = [
    "Article",
    "Change",
    "Document",
    "Edit",
    "FILTERS",
    "Filter",
    "InputError",
    "Line",
    "Pipeline",
    "clean",
    "clean_bytes",
    "clean_document",
    "clean_file",
    "lines",
]

__version__ = "0.1.0"


def clean(text: str, source: str | None = None, pipeline: Pipeline | None = None) -> list[Article]:
    """Clean one decoded dump and return its articles, in order."""
    return (pipeline or Pipeline.default()).clean(text, source=source)


def clean_bytes(
    data: bytes, source: str | None = None, pipeline: Pipeline | None = None
) -> list[Article]:
    """Decode raw bytes (any of the supported encodings) and clean them."""
    decoded = decode_bytes(data, source or "<bytes>")
    return clean_document(decoded.text, decoded.encoding, decoded.flags, source, pipeline)[1]


def clean_file(path: str | Path, pipeline: Pipeline | None = None) -> list[Article]:
    """Read, decode and clean one dump file. Raises :class:`InputError` on bad input."""
    decoded = read_path(path)
    return clean_document(decoded.text, decoded.encoding, decoded.flags, str(path), pipeline)[1]


def clean_document(
    text: str,
    encoding: str | None = None,
    flags: list[str] | None = None,
    source: str | None = None,
    pipeline: Pipeline | None = None,
) -> tuple[Document, list[Article]]:
    """Clean a decoded dump; return the document (every edit, also those between
    articles) and its articles."""
    from .articles import DUMP_WIDE, build_articles
    from .document import Note

    doc = Document(text, source=source, encoding=encoding)
    for flag in flags or ():
        doc.notes.append(Note(0, DUMP_WIDE, "decoding", flag=flag))
    (pipeline or Pipeline.default()).run(doc)
    return doc, build_articles(doc)
