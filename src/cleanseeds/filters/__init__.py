"""The filters cleanseeds ships, one module per family, and their default order.

Order matters: separators first (so ``]]>`` is not mistaken for markup), then repairs
(markup, encoding), then removals that read whole lines, then metadata and paragraphs,
which see the text once the junk is gone.
"""

from __future__ import annotations

import importlib

#: modules that define filters, in the order their filters run by default
_MODULES = [
    "separators",
    "html",
    "encoding",
    "lostchars",
    "emoji",
    "chrome",
    "notices",
    "feeds",
    "regions",
    "duplicates",
    "body",
    "metadata",
    "paragraphs",
]

for _name in _MODULES:
    try:
        importlib.import_module(f"{__name__}.{_name}")
    except ModuleNotFoundError as exc:  # pragma: no cover - only while a module is missing
        if exc.name != f"{__name__}.{_name}":
            raise

from ..pipeline import FILTERS  # noqa: E402

#: filter names in the order ``Pipeline.default()`` runs them
DEFAULT_ORDER: list[str] = [
    name
    for name in [
        "separators",
        "html",
        "mojibake",
        "lost-chars",
        "emoji",
        "paragraphs",
        "chrome",
        "notices",
        "feeds",
        "regions",
        "duplicates",
        "body",
        "metadata",
    ]
    if name in FILTERS
]

#: filters that run again, in order, while they still find something: one filter's cut can
#: expose junk that an earlier one judged by its neighbours (a counter left alone next to a
#: feed, ``?`` runs before an image placeholder), and a second clean must find nothing.
#: Filters that read the document's structure once (separators, paragraphs, body,
#: metadata) and the repairs are not repeated.
SETTLE: list[str] = [
    name
    for name in ["lost-chars", "emoji", "chrome", "notices", "feeds", "regions", "duplicates"]
    if name in FILTERS
]
