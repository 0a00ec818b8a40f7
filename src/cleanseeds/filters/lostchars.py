"""Lost characters: ``?`` and U+FFFD standing where a character could not be encoded.

A page saved through a legacy codec (GBK, Big5, Latin-1) writes ``?`` for every
character the codec lacks (emoji, non-breaking spaces, rare ideographs); a decoder that
meets bad bytes writes U+FFFD. In Chinese text these show as ``。?`` at a paragraph's
end and as ``??`` runs inside sentences. A real question mark stays: after a
sentence that asks (``谁能替代H20?``, ``究竟何在?``), ``?`` ends a question even when a
converter turned ``？`` into ASCII. Full-width ``？`` is never touched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from ..document import Change, Document
from ..pipeline import Filter, register

__all__ = ["LostChars", "UNDECODABLE"]

#: the flag an article gets when characters were lost to undecodable bytes
UNDECODABLE = "undecodable-bytes"

_CJK = r"\p{Han}\u3000-\u303f\uff01-\uff60\u201c\u201d\u2018\u2019"
#: a single ``?`` right after a mark that already ends the sentence: never a real one
#: (group 1; the mark is matched, not looked behind at, so ``re`` skips to marks at once)
_AFTER_STOP = re.compile(r"[。！；…]([?\ufffd]{1,16})(?![!-~][^\x00-\x7f])")
#: two or more in a row, touching Chinese on at least one side (or a line edge); a few
#: blanks between the Chinese and the run do not make it text (what follows may be chrome
#: that a later filter cuts, leaving the run at the line's end); ``Really??`` at a line's
#: end is English emphasis, not a lost character
_RUN = regex.compile(
    rf"(?:(?<=[{_CJK}][ \t]{{0,3}})|(?<=(?:^|\n)[ \t]{{0,3}}))[?\ufffd]{{2,16}}"
    rf"|(?<![A-Za-z0-9?\ufffd])[?\ufffd]{{2,16}}(?=[{_CJK}]|[ \t]{{0,3}}(?:$|\n))",
    regex.MULTILINE,
)
#: U+FFFD anywhere: a decoder's mark for bytes it could not read (with the ``?`` written
#: beside it for the same lost bytes)
_REPLACEMENT = regex.compile(r"\?{0,16}\ufffd[\ufffd?]{0,63}")
#: words that make a sentence a question, both scripts
_ASKS = regex.compile(
    r"[吗嗎呢么麼谁誰哪怎啥咋岂豈]|什么|什麼|为何|為何|如何|何在|何时|何時|何处|何處|几|幾|多少"
    r"|是否|难道|難道|能否|可否|究竟|到底|还是|還是|是不是|有没有|有沒有|要不要|会不会|會不會"
)
_HAN = regex.compile(r"\p{Han}")
#: what may follow an emphatic ``??`` that ends a real question
_QUESTION_END = frozenset("\n \t”」』）)")
#: where the sentence a ``?`` closes begins
_SENTENCE_START = regex.compile(r"[。！？!?；;\n][^。！？!?；;\n]{0,200}$")


def _asks(text: str, end: int) -> bool:
    """Whether the sentence ending at ``end`` is a question."""
    head = text[max(0, end - 200) : end]
    m = _SENTENCE_START.search(head)
    sentence = head[m.start() + 1 :] if m else head
    return _ASKS.search(sentence) is not None


@register
class LostChars(Filter):
    """Cut ``?``/U+FFFD that stand for lost characters; keep real question marks."""

    name = "lost-chars"
    description = "cut ? and U+FFFD standing for characters lost in encoding (。? at paragraph ends, ?? runs)"

    def find(self, doc: Document) -> Iterator[Change]:
        text = doc.text
        if "?" not in text and "\ufffd" not in text:
            return
        found: list[tuple[int, int, str]] = []
        for m in _AFTER_STOP.finditer(text):
            start, end = m.span(1)
            found.append((start, end, f"lost characters: {m.group(1)} after {text[start - 1]}"))
        # a run needs two in a row: without U+FFFD, that is a literal "??"
        has_fffd = "\ufffd" in text
        for m in _RUN.finditer(text) if has_fffd or "??" in text else ():
            prev = text[m.start() - 1] if m.start() else ""
            nxt = text[m.end()] if m.end() < len(text) else "\n"
            if (
                "\ufffd" not in m.group()
                and _HAN.match(prev)
                and nxt in _QUESTION_END
                and _asks(text, m.start())
            ):
                continue  # 真的吗?? — an emphatic real question
            found.append((m.start(), m.end(), f"lost characters: run of {len(m.group())} question marks"))
        for m in _REPLACEMENT.finditer(text) if has_fffd else ():
            found.append((m.start(), m.end(), "lost characters: U+FFFD (bytes that could not be read)"))
        last_end = -1
        for start, end, reason in sorted(found):
            if start < last_end:
                continue  # already covered by an earlier, wider span
            last_end = end
            # U+FFFD is where a decoder met bytes it could not read: text was lost there
            flag = UNDECODABLE if "\ufffd" in text[start:end] else None
            yield Change(start, end, "", reason, flag=flag)
