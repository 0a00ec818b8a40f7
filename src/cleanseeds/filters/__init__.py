"""The filters cleanseeds ships, one module per family, and their default order.

Order matters: a feed export (RSS/Atom XML saved instead of pages) is read first, while its
XML is whole, so that its CDATA markers are not taken for separators nor its field lines
for text; then separators (so ``]]>`` is not mistaken for markup); then the repairs
(markup, encoding, lost characters, emoji); invisible characters once the emoji, whose
sequences hold joiners, are gone; then the pinyin glosses a content farm injects into
words (``余(yú)额``), once no emoji or invisible character stands between a character and
its gloss, and before any filter reads the words; then paragraph breaks, so that the
filters that judge whole lines see one paragraph a line; then the junk removals; the body
detector; metadata once the junk around titles and bylines is gone; and last what is
left between articles, once every article head has been read.
"""

from __future__ import annotations

# importing a module registers its filters by name (see ``pipeline.register``)
from . import (  # noqa: F401
    body,
    chrome,
    duplicates,
    emoji,
    encoding,
    feeds,
    glosses,
    html,
    invisible,
    leftovers,
    lostchars,
    metadata,
    notices,
    paragraphs,
    regions,
    separators,
    syndication,
)

#: filter names in the order ``Pipeline.default()`` runs them
DEFAULT_ORDER: list[str] = [
    "syndication",
    "separators",
    "html",
    "mojibake",
    "lost-chars",
    "emoji",
    "invisible",
    "glosses",
    "paragraphs",
    "chrome",
    "notices",
    "feeds",
    "regions",
    "duplicates",
    "body",
    "metadata",
    "leftovers",
]

#: filters that run again, in order, while they still find something: one filter's cut can
#: expose junk that an earlier one judged by its neighbours (a counter left alone next to a
#: feed, ``?`` runs before an image placeholder, a one-line article whose sentence breaks
#: show only once a placeholder between them is gone, a form feed that stands between
#: text only once the control bytes next to it are cut), and a second clean must find
#: nothing. Filters that read the document's structure once (body, metadata) and the
#: encoding repairs are not repeated, nor ``glosses``: the emoji, markup and invisible
#: characters that could stand between a character and its gloss are gone before it
#: runs. ``invisible`` needs no second run, but runs with its neighbours so that they
#: settle as one block (a scan of a text it left alone is cheap).
SETTLE: list[str] = [
    "separators", "lost-chars", "emoji", "invisible", "paragraphs", "chrome", "notices",
    "feeds", "regions", "duplicates", "leftovers",
]
