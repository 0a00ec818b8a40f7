"""Invariants of the whole default pipeline, whatever filters it holds.

Every output paragraph can be rebuilt from the raw dump and the article's own edits;
clean prose passes unchanged; a second run changes nothing; the same input gives the
same output; no input crashes it. Profiles: ``ci`` (default) and ``thorough``
(``pytest --hypothesis-profile=thorough`` or ``HYPOTHESIS_PROFILE=thorough``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

import cleanseeds
from cleanseeds import Article, Pipeline

from .conftest import ROOT, SEEDS

#: filters whose edits may replace text (all others only cut)
REPAIRING = ("html", "mojibake", "paragraphs")

PIPELINE = Pipeline.default()


def clean(text: str) -> list[Article]:
    return cleanseeds.clean(text, pipeline=PIPELINE)


# -- the invariant checks ------------------------------------------------------------------


def rebuild(raw: str, art: Article) -> str:
    """The article's text from the raw dump and its edits alone.

    Mirrors how a piece table maps an article's raw span to text: a cut removes the
    part inside the span; a repair belongs to the article its raw start lies in (one
    that starts before the span was already given to the article before).
    """
    s, e = art.start, art.end
    out: list[str] = []
    pos = s
    for ed in sorted(art.edits, key=lambda x: (x.start, x.end)):
        if ed.text == "":
            a, b = max(ed.start, s), min(ed.end, e)
            if a > pos:
                out.append(raw[pos:a])
            pos = max(pos, b)
            continue
        if ed.start < s or ed.start > e or (ed.start == e and ed.end > e):
            pos = max(pos, min(ed.end, e))
            continue
        out.append(raw[pos : ed.start])
        out.append(ed.text)
        pos = max(pos, ed.end)
    if pos < e:
        out.append(raw[pos:e])
    return "".join(out)


def paragraphs_of(text: str) -> list[str]:
    """How articles are made of their text: non-blank lines, stripped."""
    return [p.strip() for p in text.split("\n") if p.strip()]


def repair_ok(ed) -> bool:
    """A replacement comes from a repairing filter, or is what is left of one's repair."""
    if ed.text.strip(" \n") == "" and ed.start < ed.end:
        return True  # layout, not text: an article boundary inside a line became a break
    if ed.filter in REPAIRING:
        return True
    return any(f"after {name}:" in ed.reason for name in REPAIRING)


def check_invariants(raw: str, articles: list[Article]) -> None:
    last_end = 0
    for i, art in enumerate(articles):
        assert art.index == i
        assert 0 <= art.start < art.end <= len(raw), (art.start, art.end, len(raw))
        assert art.start >= last_end, "articles overlap or are out of order"
        last_end = art.end
        assert art.paragraphs, "an article is never empty"
        assert all(p == p.strip() and p and "\n" not in p for p in art.paragraphs)
        prev_end = -1
        for ed in sorted(art.edits, key=lambda x: (x.start, x.end)):
            assert 0 <= ed.start <= ed.end <= len(raw)
            assert ed.start >= prev_end, f"edits overlap: {ed}"
            prev_end = ed.end
            assert ed.reason.strip(), f"edit without a reason: {ed}"
            kind = ed.to_json()["kind"]
            assert kind in ("cut", "repair")
            if kind == "repair":
                assert repair_ok(ed), f"{ed.filter} replaced text: {ed}"
        rebuilt = paragraphs_of(rebuild(raw, art))
        assert rebuilt == art.paragraphs, "paragraphs cannot be rebuilt from raw + edits"
        json.dumps(art.to_json(), ensure_ascii=False)


# -- strategies: clean prose ------------------------------------------------------------------

SUBJECTS = [
    ("研究人员", "研究人員"), ("这家公司", "這家公司"), ("当地政府", "當地政府"),
    ("不少年轻人", "不少年輕人"), ("市场分析师", "市場分析師"), ("芯片厂商", "晶片廠商"),
    ("村里的老人", "村裡的老人"), ("两位工程师", "兩位工程師"), ("这座城市", "這座城市"),
    ("物流企业", "物流企業"), ("高校实验室", "高校實驗室"), ("一些消费者", "一些消費者"),
]
PREDICATES = [
    ("正在测试新一代电池", "正在測試新一代電池"),
    ("计划在明年扩大产能", "計劃在明年擴大產能"),
    ("把更多资金投向基础研究", "把更多資金投向基礎研究"),
    ("开始重新评估供应链的风险", "開始重新評估供應鏈的風險"),
    ("在夜里完成了最后一轮调试", "在夜裡完成了最後一輪調試"),
    ("更愿意选择本地生产的产品", "更願意選擇本地生產的產品"),
    ("对这项技术的前景保持谨慎", "對這項技術的前景保持謹慎"),
    ("已经连续三个季度实现增长", "已經連續三個季度實現增長"),
    ("把河边的旧厂房改成了图书馆", "把河邊的舊廠房改成了圖書館"),
    ("希望用更低的成本训练模型", "希望用更低的成本訓練模型"),
]
CLAUSES = [
    ("但成本仍然偏高", "但成本仍然偏高"), ("这一变化来得比预期更快", "這一變化來得比預期更快"),
    ("效果还需要时间检验", "效果還需要時間檢驗"), ("订单因此明显回升", "訂單因此明顯回升"),
    ("不过各方看法并不一致", "不過各方看法並不一致"), ("价格也随之下降", "價格也隨之下降"),
]
QUESTIONS = [
    ("为什么{s}会在这个时候{p}", "為什麼{s}會在這個時候{p}"),
    ("{s}真的能够{p}吗", "{s}真的能夠{p}嗎"),
    ("如果{s}不再{p}，结果会怎样", "如果{s}不再{p}，結果會怎樣"),
]
LATIN = ["AI", "GPU", "5G", "H20", "iPhone", "ChatGPT", "DUV", "CPU", "USB-C", "Wi-Fi"]


@st.composite
def sentence(draw, script: int) -> str:
    s = draw(st.sampled_from(SUBJECTS))[script]
    p = draw(st.sampled_from(PREDICATES))[script]
    kind = draw(st.integers(0, 4))
    if kind == 0:
        q = draw(st.sampled_from(QUESTIONS))[script]
        p = p.removeprefix("正在").removeprefix("已经").removeprefix("已經")
        return q.format(s=s, p=p) + "？"
    if kind == 1:
        n = draw(st.integers(2, 9999))
        unit = draw(st.sampled_from(["%", "亿元", "億元", "万台", "萬台", "公里", "nm"]))
        c = draw(st.sampled_from(CLAUSES))[script]
        return f"{s}{p}，相关数字达到{n}{unit}，{c}。" if script == 0 else (
            f"{s}{p}，相關數字達到{n}{unit}，{c}。"
        )
    if kind == 2:
        word = draw(st.sampled_from(LATIN))
        c = draw(st.sampled_from(CLAUSES))[script]
        tail = "领域" if script == 0 else "領域"
        return f"{s}在 {word} {tail}{p}，{c}。"
    if kind == 3:
        year = draw(st.integers(1990, 2030))
        month = draw(st.integers(1, 12))
        return f"{year}年{month}月，{s}{p}！"
    c = draw(st.sampled_from(CLAUSES))[script]
    quote = ("“{}”" if script == 0 else "「{}」").format(c)
    return f"{s}{p}，并说{quote}。" if script == 0 else f"{s}{p}，並說{quote}。"


@st.composite
def paragraph(draw) -> str:
    script = draw(st.integers(0, 1))
    return "".join(draw(st.lists(sentence(script), min_size=2, max_size=4, unique=True)))


clean_paragraphs = st.lists(paragraph(), min_size=1, max_size=8, unique=True)


# -- strategies: junk and hostile -------------------------------------------------------------

JUNK = [
    "![]()", "展开全文", "展開全文", "分享至", "上下滑动查看图片", "返回搜狐，查看更多",
    "返回搜狐,查看更多", "责任编辑：王晓", "責任編輯：陳怡君", "]]>", "<p>", "</p>", "<br/>",
    '<div class="ad">', "&nbsp;&nbsp;", "点击关注，获取更多资讯", "點擊關注，獲取更多資訊",
    "本文来源于网络，版权归原作者所有，如有侵权请联系删除。", "京ICP备12345678号-1",
    "👍👍👍", "🔥🔥 热点推荐 🔥🔥", "北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏",
    "相关推荐", "推荐阅读", "热点推荐", "无障碍浏览 进入关怀版", "网易首页 > 网易号 > 正文 申请入驻",
    "熱門資訊> 正文", "(來源:華山穹劍)", "文 | 镜相工作室,作者 | 黄依婷,编辑 | 卢枕", "0", "",
    "Ã¤Â¸Â­Ã¦â€“â€¡", "锟斤拷锟斤拷", "è¿™æ˜¯ä¸­æ–‡", "?????", "\u3000\u3000", "\t",
    # UTF-8 read as GBK / Big5 / cp1252 with bytes the decoder dropped (U+FFFD)
    "鍘傚凡浠\ufffd6鏈堣捣", "鎹\ufffd浜嗚В锛岀洰鍓嶅皬绫砈U7", "\ufffd\ufffd券\ufffd賣\ufffd發展",
    "円安ãŒé€²ã‚€\ufffd", "总投资12亿元<br/>预计明年完工", "&amp;nbsp;", "第1️⃣批",
]

#: characters that garbled dumps are made of: misread CJK, lost bytes, Latin-1 mojibake
MOJIBAKE_SOUP = "鍘傚凡浠鏈堣捣锛岀洰鍓嶅皬绫砈鎹浜嗚В券賣發展\ufffd?？0123456789ÃãŒé€²‚€¤¸­æ–‡ 。，、\n"


@st.composite
def dirty_dump(draw) -> str:
    """Clean paragraphs mixed with junk lines, random text and odd line breaks."""
    parts = draw(
        st.lists(
            st.one_of(paragraph(), st.sampled_from(JUNK), st.text(max_size=40)),
            min_size=1,
            max_size=14,
        )
    )
    brk = draw(st.sampled_from(["\n", "\r\n", "\n\n", " "]))
    return brk.join(parts)


# -- properties ------------------------------------------------------------------------------


@given(clean_paragraphs)
def test_clean_text_passes_unchanged(paras):
    text = "\n".join(paras) + "\n"
    arts = clean(text)
    check_invariants(text, arts)
    assert [p for a in arts for p in a.paragraphs] == paras
    assert [e for a in arts for e in a.edits] == [], "clean prose was edited"


@given(clean_paragraphs, st.sampled_from(["\n", "\r\n", "\n\n", "\n\u3000\u3000"]))
def test_clean_text_any_line_breaks(paras, brk):
    text = brk.join(paras)
    arts = clean(text)
    check_invariants(text, arts)
    assert [p for a in arts for p in a.paragraphs] == paras


@given(dirty_dump())
def test_never_invents_text(text):
    check_invariants(text, clean(text))


@given(dirty_dump())
# a control character in its own stretch, joined to mojibake's once a button between is cut
@example("测试新一代电池吗？ à\x80 展开全文 \x08")
# UTF-8 read as cp1252 twice, a no-break space at its edge, a soft hyphen among its bytes
@example("Â Ã¤Â¸Â\xadÃ¦â€“â€¡")
# a soft hyphen before mojibake bytes at a line's start
@example("研究人员真的能够测试新一代电池吗？\n\xadß¢")
@example("研究人员真的能够测试新一代电池吗？\nA\xadß¢")
def test_idempotent(text):
    for art in clean(text):
        again = clean(art.text)
        assert [p for a in again for p in a.paragraphs] == art.paragraphs
        cuts = [(e.filter, e.reason) for a in again for e in a.edits]
        assert cuts == [], f"second run changed the article: {cuts}"


@given(clean_paragraphs)
def test_idempotent_on_clean_articles(paras):
    text = "\n".join(paras)
    first = clean(text)
    second = clean("\n".join(p for a in first for p in a.paragraphs))
    assert [a.paragraphs for a in first] == [a.paragraphs for a in second]


@given(dirty_dump())
def test_deterministic(text):
    a = [json.dumps(x.to_json(), ensure_ascii=False) for x in clean(text)]
    b = [json.dumps(x.to_json(), ensure_ascii=False) for x in clean(text)]
    c = [json.dumps(x.to_json(), ensure_ascii=False) for x in cleanseeds.clean(text)]
    assert a == b == c


@given(st.lists(st.lists(paragraph(), min_size=1, max_size=3, unique=True), min_size=2, max_size=4))
def test_order_kept(articles):
    flat = [p for art in articles for p in art]
    assume(len(set(flat)) == len(flat))
    text = "\n]]>\n".join("\n".join(a) for a in articles)
    arts = clean(text)
    check_invariants(text, arts)
    assert [p for a in arts for p in a.paragraphs] == flat


# -- no crash --------------------------------------------------------------------------------


@given(st.text(max_size=3000))
def test_no_crash_on_any_unicode(text):
    check_invariants(text, clean(text))


@given(st.text(st.sampled_from(MOJIBAKE_SOUP), max_size=400))
def test_no_crash_and_idempotent_on_mojibake_soup(text):
    articles = clean(text)
    check_invariants(text, articles)


@given(st.text(st.characters(min_codepoint=0x2E80, max_codepoint=0x10FFFF), max_size=500))
def test_no_crash_on_wide_unicode(text):
    check_invariants(text, clean(text))


@given(st.binary(max_size=3000))
def test_no_crash_on_any_bytes(data):
    try:
        arts = cleanseeds.clean_bytes(data)
    except cleanseeds.InputError as exc:
        assert "binary" in str(exc)
        return
    text = cleanseeds.decode_bytes(data).text
    check_invariants(text, arts)


@given(st.lists(st.sampled_from(JUNK), min_size=1, max_size=60))
def test_only_junk(lines):
    text = "\n".join(lines)
    check_invariants(text, clean(text))


EMOJI = st.sampled_from(
    ["😀", "👍🏻", "🇨🇳", "👨‍👩‍👧", "❤️", "🔥", "✅", "🎉", "1️⃣", "#️⃣", "🏳️‍🌈", "\u200d", "\ufe0f", "©", "®", "™"]
)


@given(st.lists(st.lists(EMOJI, min_size=1, max_size=30).map("".join), min_size=1, max_size=20))
def test_only_emoji(lines):
    text = "\n".join(lines)
    check_invariants(text, clean(text))


def _long_line_cases() -> dict[str, str]:
    seed = " ".join(SEEDS[0].read_text(encoding="utf-8").split())
    return {
        "prose": (seed * 3)[:100_000],
        "one char": "啊" * 100_000,
        "no spaces latin": "a" * 100_000,
        "punctuation": "。" * 50_000 + "，" * 50_000,
        "spaces": "中 " * 50_000,
        "html": "<p>正文</p>" * 10_000,
        "digits": "2025年12月" * 12_000,
    }


@pytest.mark.parametrize("name", sorted(_long_line_cases()))
def test_very_long_lines(name):
    text = _long_line_cases()[name]
    check_invariants(text, clean(text))


@pytest.mark.parametrize("depth", [100, 3000])
def test_deep_html(depth):
    text = "<div>" * depth + "<p>正文第一段，讲的是一件事。</p>" + "</div>" * depth
    check_invariants(text, clean(text))
    text = "<span><b>" * depth + "未闭合的标签里也有正文。\n" * 3
    check_invariants(text, clean(text))


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_seeds_hold_the_invariants(seed):
    text = cleanseeds.decode_bytes(seed.read_bytes()).text
    arts = clean(text)
    check_invariants(text, arts)
    for art in arts:
        again = clean(art.text)
        assert [p for a in again for p in a.paragraphs] == art.paragraphs


# -- same bytes out from the command, any --jobs, any hash seed -------------------------------


def test_cli_deterministic_across_jobs_and_hash_seeds(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i, seed in enumerate(SEEDS):
        (folder / f"{i:02d}.txt").write_bytes(seed.read_bytes())
        if i % 2:
            continue
        (folder / f"{i:02d}b.txt").write_text(
            "\n".join(reversed(seed.read_text(encoding="utf-8").splitlines())), encoding="utf-8"
        )
    outs = []
    for jobs, hashseed in (("1", "1"), ("2", "2"), ("2", "3")):
        env = dict(os.environ, PYTHONHASHSEED=hashseed)
        proc = subprocess.run(
            [sys.executable, "-m", "cleanseeds", "clean", str(folder), "-j", jobs, "-q"],
            capture_output=True,
            env=env,
            cwd=ROOT,
            timeout=120,
        )
        assert proc.returncode == 0, proc.stderr.decode()
        outs.append(proc.stdout)
    assert outs[0] == outs[1] == outs[2]
    sources = [json.loads(line)["source"] for line in outs[0].decode().splitlines()]
    assert sources == sorted(sources), "records not in input order"
