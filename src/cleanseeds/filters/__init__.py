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
