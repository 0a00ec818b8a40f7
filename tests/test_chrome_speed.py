"""The chrome filter's shortcuts say what its full judgement of a line says.

``_verdict`` spares most lines ``_judge``: prose that holds no cue of any judgement
(``_quiet``), and lines of digits and date marks (``_numeric``). Each shortcut must give
the very answer the full judgement gives, for any line.
"""

from __future__ import annotations

import random

import pytest

from cleanseeds.filters import chrome
from cleanseeds.lines import unmemoised

_verdict = unmemoised(chrome._verdict)  # the judgement itself, no memo


def _full(raw: str) -> tuple[str, object]:
    """What ``_verdict`` says of ``raw`` with no shortcut: every judgement made."""
    s = raw.strip()
    if not s:
        return s, None
    return s, chrome._judge(raw, s, chrome._PLAIN_HAN.search(s) is not None)


# prose whose first characters some kind of line starts with, in both scripts
PROSE = [
    "值得注意的是，京东和美团的硬折扣门店都有大量自营商品。",
    "值得一提的是，新公司的名稱恰好與旗下商標高度相似。",
    "新的挑战才刚刚开始，即使大家能拿出性能接近的产品。",
    "新工廠的投產將極大地擴充佳能的產能。",
    "本地居民表示，这条路已经修了三年。",
    "本週五起，臺北市將實施新的交通管制措施。",
    "原因是即时零售平台的竞争导致多款啤酒价格跌破红线。",
    "原來這家公司早在十年前就開始布局。",
    "首先是价格体系。",
    "首先，是技術整合難題：硅基材料的發光效率較低。",
    "封面故事的主角是一位七十岁的老农。",
    "责任重大，他说自己一刻也不敢放松。",
    "實際上，這一政策的條款充滿了政治陷阱。",
    "终于，这场持续三年的官司落下帷幕。",
    "全市今年新增就业岗位十二万个。",
    "完成交易后，双方将共同成立一家合资公司。",
    "Enosemi 與 GlobalFoundries 的合作經驗，或許可能成為 AMD 突破瓶頸的關鍵。",
    "TD Cowen上调戴尔科技目标价至150美元",
    "FIN 系列产品今年销量翻倍。",
    "图为市民在公园赏花。",
    "圖例 硅中階層的作用",
]
# lines that are chrome, and start as the prose above does
CHROME = [
    "值班编辑：张三",
    "值班編輯：李四",
    "新媒体编辑：王五",
    "新媒體編輯 陳六",
    "责任编辑：刘洋",
    "責任編輯：林孟汝",
    "核稿编辑 李雪莉",
    "终审：张强",
    "本文原标题：《芯片之战》",
    "本文原標題：《晶片之戰》",
    "原标题：英伟达的困局",
    "原標題：輝達的困局",
    "（原标题：苹果发布会前瞻）",
    "【原標題：蘋果發表會前瞻】",
    "（全文完）",
    "全文完",
    "—完—",
    "END",
    "首图来源：视觉中国",
    "首圖來源：路透",
    "图片来源：新华社",
    "圖片來源：Google",
    "图说：市民在公园赏花。",
    "圖說：市民在公園賞花。",
    "（图／记者林大明摄影）",
    "（圖／記者林大明攝影）",
    "封面图片来源：视觉中国",
    "▲台積電熊本廠。（圖／路透）",
    "▲青年局長林楷軒致詞勉勵青年參與城市治理。",
    "媒体加注文字，救援人员在现场",
    "圖像來源，Getty Images",
    "本帖最后由 张三 于 2024-5-10 14:32 编辑",
    "本文来自微信公众号“X”（ID：abc），作者：张三，36氪经授权发布。",
]
# dates, times and counts, as heads, feeds and galleries print them
NUMERIC = [
    "2024-05-10 14:32:15",
    "2024-05-10 14:32",
    "2024/05/10",
    "2024.07.18",
    "2024",
    "1245",
    "3/6",
    "3 / 6",
    "12/15",
    "10:32:15",
    "10:32",
    "1.2",
    "1.",
    "--",
    "-",
    "...",
    ":",
    "1 2 3 4 5 6",
    "- 2024 -",
    "99:99",
]


@pytest.mark.parametrize("raw", PROSE + CHROME + NUMERIC)
def test_shortcuts_agree_with_the_full_judgement(raw: str) -> None:
    assert _verdict(raw) == _full(raw)
    assert _verdict("  " + raw + " ") == _full("  " + raw + " ")


@pytest.mark.parametrize("raw", PROSE)
def test_prose_is_quiet(raw: str) -> None:
    """Prose starting as an end sign, an editor's credit, an original-title note or a caption
    does says nothing (most of it is spared every judgement)."""
    assert _verdict(raw) == (raw, None)


@pytest.mark.parametrize("raw", CHROME)
def test_chrome_is_judged(raw: str) -> None:
    s, said = _verdict(raw)
    assert said is not None


def test_numeric_lines_agree_with_the_full_judgement() -> None:
    """Any line of digits and date marks: ``_numeric`` says what ``_judge`` says."""
    rng = random.Random(7)
    chars = chrome._NUMERIC_CHARS
    for _ in range(20000):
        raw = "".join(rng.choice(chars) for _ in range(rng.randint(1, 20)))
        assert _verdict(raw) == _full(raw), raw


def test_numeric_kinds() -> None:
    kinds = {raw: (_verdict(raw)[1] or (None, None))[1] for raw in NUMERIC}
    assert kinds["3/6"] == chrome._GALLERY_KIND
    assert kinds["10:32:15"] == chrome._CLOCK_KIND
    assert kinds["1245"] == chrome._LONE
    assert kinds["2024"] is None and kinds["2024.07.18"] is None
    assert kinds["--"] == chrome._SIGNATURE_DASH
    assert _verdict("...")[1] == ("punct", None, None, False, False)
