"""The notices filter's shortcuts find what the plain way finds: a settling round's scan of
a changed text equals a scan of it whole, and the helpline and cookie judgements read
only the lines that hold their words, with the same result as reading every line."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cleanseeds.filters import notices as n
from cleanseeds.lines import split_lines

#: lines of dumps in both scripts: prose, notices, helpline blocks, cookie banners, spaced type
_LINES = [
    "记者从市政府获悉，今年全市新增就业岗位三万个，同比增长百分之五。",
    "市政府表示，將持續推動公共運輸，並改善偏鄉交通。",
    "本文仅代表作者观点，不代表本站立场。",
    "版權所有 © 2024 某某新聞網",
    "未经授权禁止转载",
    "Copyright © 2024 Example Daily. All Rights Reserved.",
    "人 民 网 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用",
    "记 者 张 三",
    "《TVBS》提醒您：",
    "因為自殺未必能解決事情，也會造成家人朋友的傷痛。",
    "★珍惜生命，若您或身邊的人有心理困擾，可撥打",
    "自殺防治諮詢安心專線：1925（24小時）",
    "安心專線：1925｜生命線協談專線：1995｜張老師專線：1980",
    "心理援助热线：400-161-9995",
    "衛福部表示，安心專線1925提供24小時免費心理諮詢服務。",
    "‧ 鏡週刊關心您：珍惜生命，如有煩惱可撥打1925安心專線",
    "服务热线：010-12345678",
    "我們使用cookie來改善您的使用體驗，繼續使用本網站即表示您同意我們的隱私權政策。",
    "本网站使用Cookie，继续浏览即表示您同意。",
    "We use COOKIES to improve your experience. Accept",
    "同意",
    "Accept all",
    "歐盟要求網站使用cookie前須取得用戶同意。",
    "",
    "   ",
    "\r",
]


#: what an edit puts in: nothing, breaks, words that complete or split key words
_PUT = ["", "\n", "版权", "专线", "k", "ie", " 版 权 所 ", "x\ny"]


def _text(picks: list[int]) -> str:
    return "".join(_LINES[k] + "\n" for k in picks)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.integers(0, len(_LINES) - 1), max_size=14),
    st.lists(st.tuples(st.integers(0, 400), st.integers(0, 40), st.sampled_from(_PUT)), max_size=4),
)
def test_rescan_of_a_changed_text_is_a_scan_of_it_whole(picks, edits):
    """Edits anywhere (a cut, a break put in or taken out, words made or unmade across
    the edit): the scans carried over from the text before equal a fresh scan."""
    text = _text(picks)
    scans = n._scan_lines(text)
    for at, length, put in edits:
        at = min(at, len(text))
        text = text[:at] + put + text[at + length :]
        scans = n._rescan(text, scans)
        assert scans == n._scan_lines(text)


def test_rescan_of_an_unrelated_text_is_a_scan_of_it_whole():
    first, second = _text([0, 3, 11]), _text([17, 2, 12, 4])
    assert n._rescan(second, n._scan_lines(first)) == n._scan_lines(second)
    assert n._rescan(first, None) == n._scan_lines(first)


def test_common_prefix_and_suffix():
    a = "甲" * 9000 + "乙" + "丙" * 5000
    b = "甲" * 9000 + "丁丁" + "丙" * 5000
    p = n._common_prefix(a, b)
    assert p == 9000
    assert n._common_suffix(a, b, min(len(a), len(b)) - p) == 5000
    assert n._common_prefix("abc", "abc") == 3
    assert n._common_suffix("abc", "xbc", 3) == 2
    assert n._common_suffix("abc", "abc", 1) == 1


def _helpline_blocks_every_line(lines: list) -> dict[int, str]:
    """The helpline judgement over every non-blank line, as the filter once read them."""
    body = [ln for ln in lines if not ln.blank]
    out: dict[int, str] = {}
    k = 0
    while k < len(body):
        if not n._hotline_line(body[k].text):
            if n._helpline_tagline(body[k].text):
                out[body[k].index] = "helpline notice"
            k += 1
            continue
        end = k
        while end + 1 < len(body) and n._hotline_line(body[end + 1].text):
            end += 1
        if n._HELPLINE.search(" ".join(body[j].text for j in range(k, end + 1))):
            for j in range(k, end + 1):
                out[body[j].index] = "helpline notice"
            j = k - 1
            while j >= 0 and k - j <= 3:
                t = body[j].text.rstrip()
                if n._REMINDER.fullmatch(t):
                    for i in range(j, k):
                        out[body[i].index] = "helpline notice"
                    break
                if len(t) > 80 or not n._HELPLINE.search(t):
                    break
                if j == k - 1 and t.endswith(n._LEADS_IN):
                    out[body[j].index] = "helpline notice"
                    break
                j -= 1
        k = end + 1
    return out


def _line_indexes(text: str, positions: list[int]) -> list[int]:
    starts = [ln.start for ln in split_lines(text)]
    return [sum(1 for s in starts if s <= p) - 1 for p in positions]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, len(_LINES) - 1), max_size=16))
def test_helpline_and_cookie_judgements_read_only_cued_lines_to_the_same_end(picks):
    text = _text(picks)
    lines = split_lines(text)
    _, helplines, cookies = n._scan(text)
    cued = sorted(set(_line_indexes(text, helplines)))
    assert n._helpline_blocks(lines, cued) == _helpline_blocks_every_line(lines)
    every: dict[int, str] = {}
    for ln in lines:
        if not ln.blank and n.cookie_banner(ln.text):
            every[ln.index] = n._COOKIE_KIND
            below = n._next_text_line(lines, ln.index)
            if below is not None and n._COOKIE_BUTTON.fullmatch(lines[below].text.strip()):
                every[below] = n._COOKIE_KIND
    assert n._cookie_banners(lines, _line_indexes(text, cookies)) == every


def test_the_filter_reads_a_settling_text_as_a_fresh_one():
    """One filter run after another on changed texts cuts what a fresh filter cuts."""
    from cleanseeds.document import Document

    flt = n.NoticesFilter()
    texts = [_text([0, 2, 1, 11, 12, 17]), _text([0, 1, 11, 12, 17]), _text([0, 3, 6, 1])]
    for text in texts:
        assert list(flt.find(Document(text))) == list(n.NoticesFilter().find(Document(text)))
