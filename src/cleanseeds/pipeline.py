"""Filters and the pipeline that runs them in order.

A filter looks at a :class:`~cleanseeds.document.Document` (its current text) and
returns :class:`~cleanseeds.document.Change` objects; it never rewrites the string. The
pipeline records each filter's changes as edits, in order, then builds articles.

Writing your own filter::

    class DropShouting(Filter):
        name = "shouting"
        description = "cut lines written in capitals"

        def find(self, doc):
            for line in lines(doc.text):
                if line.text.isupper():
                    yield line.cut("all capitals")

    pipeline = Pipeline.default().add(DropShouting())
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, ClassVar

from .document import Change, Document

if TYPE_CHECKING:
    from .article import Article

__all__ = ["Filter", "Pipeline", "FILTERS"]


class Filter:
    """One cleaning step. Subclasses set ``name`` and ``description`` and define ``find``."""

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""
    #: whether the settling filters before this one must have settled first (see
    #: :meth:`Pipeline.run`): a filter that reads lines and their neighbours does; a repair
    #: that reads a few characters at a time (markup, mojibake, glosses) does not
    needs_settled: ClassVar[bool] = True

    def find(self, doc: Document) -> Iterable[Change]:
        """Return the changes this filter proposes, in offsets of ``doc.text``."""
        raise NotImplementedError(f"{type(self).__name__}.find")

    def prepare(self) -> None:
        """Load what the filter reads from data files, now rather than at its first
        dump: worker processes forked after this share one copy instead of each loading
        its own."""

    def __call__(self, doc: Document) -> Document:
        doc.apply(list(self.find(doc)), self.name)
        return doc

    def __repr__(self) -> str:
        return f"<filter {self.name}>"


#: Every filter class shipped with cleanseeds, by name (filled in by ``filters``).
FILTERS: dict[str, type[Filter]] = {}


def register(cls: type[Filter]) -> type[Filter]:
    """Class decorator: make a filter known by its name (used by ``--skip``)."""
    if not cls.name:
        raise ValueError(f"{cls.__name__} has no name")
    FILTERS[cls.name] = cls
    return cls


class Pipeline:
    """An ordered list of filters, then the article builder."""

    #: rounds of the settling filters after the first pass, at most
    MAX_SETTLE_ROUNDS = 3

    def __init__(self, filters: Sequence[Filter], settle: Iterable[str] = ()) -> None:
        """``settle`` names filters that run again, in order, while they still cut."""
        names = [f.name for f in filters]
        dupes = {n for n in names if names.count(n) > 1}
        if dupes:
            raise ValueError(f"filter names must be unique: {sorted(dupes)}")
        self.filters: list[Filter] = list(filters)
        self.settle: tuple[str, ...] = tuple(n for n in settle if n in names)

    @classmethod
    def default(cls) -> Pipeline:
        """The filters cleanseeds runs by default, in order."""
        from .filters import DEFAULT_ORDER, SETTLE

        return cls([FILTERS[name]() for name in DEFAULT_ORDER], settle=SETTLE)

    @property
    def names(self) -> list[str]:
        return [f.name for f in self.filters]

    def without(self, *names: str) -> Pipeline:
        """A copy with the named filters disabled."""
        unknown = set(names) - set(self.names)
        if unknown:
            raise KeyError(f"no such filter: {', '.join(sorted(unknown))}")
        return Pipeline([f for f in self.filters if f.name not in names], self.settle)

    def only(self, *names: str) -> Pipeline:
        """A copy with only the named filters enabled (order kept)."""
        unknown = set(names) - set(self.names)
        if unknown:
            raise KeyError(f"no such filter: {', '.join(sorted(unknown))}")
        return Pipeline([f for f in self.filters if f.name in names], self.settle)

    def add(self, flt: Filter, *, before: str | None = None, after: str | None = None) -> Pipeline:
        """A copy with ``flt`` inserted (at the end unless ``before``/``after`` a name)."""
        filters = list(self.filters)
        if before is not None:
            filters.insert(self.names.index(before), flt)
        elif after is not None:
            filters.insert(self.names.index(after) + 1, flt)
        else:
            filters.append(flt)
        return Pipeline(filters, self.settle)

    def prepare(self) -> Pipeline:
        """Load every filter's data now (see :meth:`Filter.prepare`)."""
        for flt in self.filters:
            flt.prepare()
        return self

    def run(self, doc: Document) -> Document:
        """Run every filter over ``doc``, recording their edits in it.

        The settling filters run again while any of them still finds something: before
        a filter that is not one of them, follows one and ``needs_settled`` (so that
        ``body`` and ``metadata`` read a settled text), and at the end, so that cleaning
        the result once more changes nothing.
        """
        # A filter that changed nothing would change nothing again on the same text, so
        # a settling round skips it until the document has changed since it looked.
        idle: dict[str, int] = {}  # filter name -> version it last saw and left alone
        ran: list[Filter] = []  # settling filters run so far, in order
        after_settling = False
        for flt in self.filters:
            settles = flt.name in self.settle
            if after_settling and not settles and flt.needs_settled:
                self._settle(doc, ran, idle)
                after_settling = False
            before = doc.version
            flt(doc)
            if doc.version == before:
                idle[flt.name] = before
            if settles:
                ran.append(flt)
            after_settling = after_settling or settles
        self._settle(doc, ran, idle)
        return doc

    def _settle(self, doc: Document, settling: list[Filter], idle: dict[str, int]) -> None:
        """Run ``settling`` again, in order, while one of them still cuts (a few rounds)."""
        for _ in range(self.MAX_SETTLE_ROUNDS):
            found = False
            for flt in settling:
                before = doc.version
                if idle.get(flt.name) == before:
                    continue
                found |= bool(doc.apply(list(flt.find(doc)), flt.name))
                if doc.version == before:
                    idle[flt.name] = before
            if not found:
                break

    def clean(self, text: str, source: str | None = None) -> list[Article]:
        """Clean a decoded dump and return its articles."""
        from .articles import build_articles

        doc = self.run(Document(text, source=source))
        return build_articles(doc)

    def __repr__(self) -> str:
        return f"Pipeline({self.names})"
