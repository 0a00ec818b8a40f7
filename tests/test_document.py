"""The piece table: the clean text and the edits must always agree."""

from hypothesis import given, settings
from hypothesis import strategies as st

from cleanseeds.document import Change, Document, _splice, _splice_inside
from cleanseeds.lines import lines, split_lines


def apply_edits(raw, edits):
    out, pos = [], 0
    for e in edits:
        assert e.start >= pos, "edits overlap or are unsorted"
        out.append(raw[pos : e.start])
        out.append(e.text)
        pos = e.end
    out.append(raw[pos:])
    return "".join(out)


@st.composite
def batch(draw, text):
    n = len(text)
    points = sorted(draw(st.lists(st.integers(0, n), max_size=8)))
    changes = []
    for a, b in zip(points[::2], points[1::2]):
        if changes and a < changes[-1].end:
            continue
        repl = draw(st.sampled_from(["", "", "X", "YZ"]))
        if a == b and not repl:
            continue
        if changes and a == changes[-1].end and a == b:
            continue
        changes.append(Change(a, b, repl, "r"))
    return changes


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abc中文 \r\n", max_size=30), st.data())
def test_text_and_edits_agree(raw, data):
    doc = Document(raw)
    expected = raw
    for round_ in range(4):
        changes = data.draw(batch(doc.text))
        # expected: apply to the current string directly
        s, pos, parts = doc.text, 0, []
        for c in changes:
            parts.append(s[pos : c.start])
            parts.append(c.text)
            pos = c.end
        parts.append(s[pos:])
        expected = "".join(parts)
        doc.apply(changes, f"f{round_}")
        assert doc.text == expected
        # the cached lines are re-split only from the first change since they were read
        # (some rounds do not read them, so that changes pile up)
        if data.draw(st.booleans()):
            assert doc.lines() == split_lines(doc.text)
        assert apply_edits(raw, doc.edits) == doc.text
        for e in doc.edits:
            assert 0 <= e.start <= e.end <= len(raw)


def test_cut_keeps_reason_and_offsets():
    doc = Document("ab😀cd")
    doc.apply([Change(2, 3, "", "emoji")], "emoji")
    assert doc.text == "abcd"
    doc.apply([Change(0, 4, "", "junk line")], "junk")
    reasons = [(e.start, e.end, e.reason) for e in doc.edits]
    assert reasons == [(0, 2, "junk line"), (2, 3, "emoji"), (3, 5, "junk line")]


def test_raw_offset_maps_back():
    doc = Document("xx\n]]>yy")
    doc.apply([Change(3, 6, "", "separator", split=True)], "separators")
    assert doc.text == "xx\nyy"
    assert doc.raw_offset(3) == 6
    assert doc.text_offset(6) == 3 and doc.text_offset(4) == 3
    assert [(n.pos, n.split) for n in doc.notes] == [(3, True)]


def test_a_boundary_inside_a_line_becomes_a_line_break():
    doc = Document("第一篇。]]>第二篇。")
    doc.apply([Change(4, 7, "", "separator", split=True)], "separators")
    assert doc.text == "第一篇。\n第二篇。"
    (edit,) = doc.edits
    assert (edit.start, edit.end, edit.text, edit.kind) == (4, 7, "\n", "repair")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab中 \n", max_size=20), st.data())
def test_text_offset_lands_on_the_same_character(raw, data):
    doc = Document(raw)
    for round_ in range(2):
        doc.apply(data.draw(batch(doc.text)), f"f{round_}")
    # every raw character that survives as a copy maps to itself in the current text
    copies = [p for p in doc._pieces if p.edit is None]
    for p in copies:
        for k in range(p.raw_start, p.raw_end):
            assert doc.text[doc.text_offset(k)] == raw[k]
            assert doc.raw_offset(doc.text_offset(k)) == k


def test_settling_filters_run_until_nothing_is_left():
    """A cut that exposes more junk is followed up, so a second clean finds nothing."""
    from cleanseeds.pipeline import Filter, Pipeline

    class DropLast(Filter):
        name = "drop-last-x"
        description = "cut a trailing x"

        def find(self, doc):
            if doc.text.endswith("x"):
                yield Change(len(doc.text) - 1, len(doc.text), "", "trailing x")

    doc = Pipeline([DropLast()], settle=["drop-last-x"]).run(Document("abxx"))
    assert doc.text == "ab"
    assert Pipeline([DropLast()]).run(Document("abxx")).text == "abx"


def test_settling_waits_for_a_filter_that_needs_a_settled_text():
    """The settling filters run again before a filter that reads a settled text, not
    before one that says it needs none (a repair of a few characters at a time)."""
    from cleanseeds.pipeline import Filter, Pipeline

    calls: list[str] = []

    class Recorder(Filter):
        def find(self, doc):
            calls.append(self.name)
            if self.name == "drop-x" and "x" in doc.text:
                i = doc.text.index("x")
                yield Change(i, i + 1, "", "an x")

    def make(name, needs):
        return type(name, (Recorder,), {"name": name, "description": name, "needs_settled": needs})()

    pipe = Pipeline([make("drop-x", True), make("repair", False), make("reader", True)], settle=["drop-x"])
    assert pipe.run(Document("axbx")).text == "ab"
    # drop-x, the repair, then drop-x settles (twice: it cut, then found nothing) before the reader
    assert calls == ["drop-x", "repair", "drop-x", "drop-x", "reader"]

def test_a_repair_never_spans_an_article_boundary():
    doc = Document("a\n]]>b")
    doc.apply([Change(2, 5, "", "separator", split=True)], "separators")
    assert doc.text == "a\nb"
    doc.apply([Change(0, 3, "A-B", "one for one")], "upper")
    assert doc.text == "A-B"
    assert [(e.start, e.end, e.text) for e in doc.edits] == [(0, 2, "A-"), (2, 5, ""), (5, 6, "B")]
    doc.apply([Change(0, 3, "X", "three into one")], "merge")
    assert doc.text == "A-B", "a repair that cannot be divided at the boundary is left out"


def test_an_annotation_inside_a_change_is_kept_not_an_overlap():
    doc = Document("abcdef")
    doc.apply([Change(1, 4, "X", "repair"), Change(2, 2, "", "note", flag="f")], "t")
    assert doc.text == "aXef"
    assert [n.flag for n in doc.notes] == ["f"]


# -- lines ------------------------------------------------------------------------------



@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abc中 \n", max_size=30), st.data())
def test_the_quick_splice_agrees_with_the_general_one(raw, data):
    """Changes that each fall inside one copy piece take a shortcut: the same pieces and
    edits as the general splice, whatever edits the pieces already hold."""
    doc = Document(raw)
    for round_ in range(4):
        text = doc.text
        changes = [c for c in data.draw(batch(text)) if text[c.start : c.end] != c.text]
        if changes:
            quick = _splice_inside(list(doc._pieces), list(doc._starts), changes, "f")
            if quick is not None:
                assert quick == _splice(list(doc._pieces), list(doc._starts), changes, "f")
        doc.apply(changes, f"f{round_}")


def test_the_quick_splice_takes_changes_inside_copy_pieces_only():
    doc = Document("abcdef")
    doc.apply([Change(1, 2, "")], "f")  # pieces: a | (b cut) | cdef
    pieces, starts = list(doc._pieces), list(doc._starts)
    assert _splice_inside(pieces, starts, [Change(2, 3, "X")], "g") is not None
    assert _splice_inside(pieces, starts, [Change(0, 2, "")], "g") is None  # across two pieces
    assert _splice_inside(pieces, starts, [Change(1, 1, "X")], "g") is None  # at a piece's start

@given(st.text(alphabet="ab \r\n\u3000", max_size=40))
def test_lines_cover_the_text_in_order(text: str) -> None:
    found = split_lines(text)
    assert [ln.index for ln in found] == list(range(len(found)))
    pos = 0
    for ln in found:
        assert ln.start == pos
        assert text[ln.start : ln.end] == ln.text
        assert "\n" not in ln.text
        assert text[ln.end : ln.next] in ("", "\n", "\r", "\r\n")
        pos = ln.next
    assert pos == len(text)
    assert list(lines(text)) == found


def test_lines_leave_out_the_carriage_return_before_a_break() -> None:
    assert [(ln.text, ln.end, ln.next) for ln in split_lines("一\r\n二\r")] == [("一", 1, 3), ("二", 4, 5)]
    assert split_lines("") == [] and split_lines("\n")[0].text == ""


def test_many_cuts_in_one_piece_take_linear_time():
    """Each cut splits the piece it falls in; copying the rest of the piece at every
    cut would make a dump's first filter quadratic in its length."""
    import gc
    import time

    def cost(n: int) -> float:
        doc = Document("ab😀cd" * n)
        changes = [Change(i, i + 1, "", "emoji") for i in range(2, 5 * n, 5)]
        gc.disable()  # a collection falling in one measure is no cost of the splice
        try:
            t0 = time.process_time()
            doc.apply(changes, "emoji")
            spent = time.process_time() - t0
        finally:
            gc.enable()
        assert doc.text == "abcd" * n
        return spent

    small = min(cost(20_000) for _ in range(3))
    large = min(cost(80_000) for _ in range(3))
    # linear needs about 4x; quadratic copying shows as about 16x
    assert large / max(small, 0.01) < 10


def test_an_annotation_found_again_is_recorded_once():
    """A settling filter finds what it kept and flagged on every run: the second time
    is no change (the document's version stays, so the other filters may rest)."""
    doc = Document("楊金?表示")
    flag = Change(3, 3, "", "lost character kept", flag="lost-characters")
    doc.apply([flag], "lost-chars")
    version = doc.version
    doc.apply([flag], "lost-chars")
    assert doc.version == version
    assert [n.flag for n in doc.notes] == ["lost-characters"]
