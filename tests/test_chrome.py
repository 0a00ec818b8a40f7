"""The chrome filter: page furniture goes, prose that uses the same words stays."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanseeds.document import Document
from cleanseeds.filters.chrome import ChromeFilter
from cleanseeds.filters.shape import is_prose
from cleanseeds.filters.duplicates import DuplicatesFilter
from cleanseeds.filters.feeds import FeedsFilter
from cleanseeds.filters.notices import NoticesFilter

BODY = "公司表示，今年将继续扩大在华投资，并加快新产品的研发进度。"
BODY_TW = "業內人士指出，這項政策將對整個產業鏈產生深遠影響。"


def chrome(text: str) -> Document:
    doc = Document(text)
    ChromeFilter()(doc)
    return doc


def splits(doc: Document) -> list[int]:
    return [n.pos for n in doc.notes if n.split]


@pytest.mark.parametrize(
    "line",
    [
        "网易首页 > 网易号 > 正文 申请入驻",
        "熱門資訊> 正文",
        "当前位置：首页 > 新闻中心 > 国内新闻",
        "您現在的位置：首頁 > 財經 > 正文",
        "新浪首页 > 新闻中心 > 国际新闻 > 正文",
        "Home > World > Asia",
    ],
)
def test_breadcrumbs_go(line):
    doc = chrome(f"{line}\n{BODY}")
    assert doc.text == BODY
    assert doc.edits[0].reason == "breadcrumb"


@pytest.mark.parametrize(
    "line",
    [
        "分享至",
        "分享到：",
        "新浪财经APP 缩小字体 放大字体 收藏 微博 微信 分享 腾讯QQ QQ空间",
        "无障碍浏览 进入关怀版",
        "上下滑动查看图片",
        "打开网易新闻 查看精彩图片",
        "点击上方蓝字关注我们",
        "长按识别二维码",
        "阅读原文",
        "分享 | 收藏 | 点赞 | 在看",
        "字号 大 中 小",
        "上下滑動查看圖片",
        "分享到Facebook",
        "加入LINE好友",
        "Share on Facebook",
        "展開全文",
    ],
)
def test_widget_lines_go(line):
    doc = chrome(f"{BODY}\n{line}\n{BODY_TW}")
    assert doc.text == f"{BODY}\n{BODY_TW}"
    assert doc.edits[0].reason == "share/follow widget"


def test_wechat_footer_block_goes():
    footer = "\n".join(
        ["微信扫一扫可打开此内容，", "使用完整服务", "：", "，", "。", "视频", "小程序", "赞",
         "，轻点两下取消赞", "在看", "，轻点两下取消在看", "分享", "留言", "收藏"]
    )
    doc = chrome(f"{BODY}\n{footer}")
    assert doc.text == f"{BODY}\n"


def test_lone_weak_word_is_not_chrome():
    # one ordinary word on its own line (a short heading) is not a widget
    text = f"评论\n{BODY}\n视频\n{BODY_TW}"
    assert chrome(text).text == text


def test_expand_marker_mid_line_cut_alone():
    doc = chrome("第一段讲的是背景情况。 展开全文 第二段讲的是后续发展。")
    assert doc.text == "第一段讲的是背景情况。 第二段讲的是后续发展。"
    assert doc.edits[0].reason == "expand-text button"


def test_sohu_marker_glued_ends_article():
    text = f"{BODY}最后一句话。返回搜狐,查看更多\n下一篇文章的标题"
    doc = chrome(text)
    assert doc.text == f"{BODY}最后一句话。\n下一篇文章的标题"
    assert splits(doc) == [text.index("返回搜狐")]


def test_sohu_marker_fullwidth_comma_and_own_line():
    doc = chrome(f"{BODY}\n返回搜狐，查看更多\n")
    assert doc.text == f"{BODY}\n"
    assert splits(doc)


def test_image_placeholders():
    doc = chrome(f"{BODY}\n![]()\n![](https://p3.example.com/img/a.jpg)\n[图片]\n{BODY_TW}")
    assert doc.text == f"{BODY}\n{BODY_TW}"
    doc = chrome(f"图为会议现场![](https://x.cn/1.png) {BODY}")
    assert doc.text == f"图为会议现场 {BODY}"


@pytest.mark.parametrize(
    "line,left",
    [
        ("更新时间: 浏览次数:1245", None),
        ("阅读 10万+ 在看 1234", None),
        ("1.2万阅读 · 356评论", None),
        ("10099文章数 489368关注度", None),
        ("瀏覽次數：88", None),
        ("更新時間：2025-01-02 瀏覽次數：88", "更新時間：2025-01-02"),
        ("2025-07-15 19:50 阅读：3021", "2025-07-15 19:50"),
    ],
)
def test_counter_lines(line, left):
    doc = chrome(f"{line}\n{BODY}")
    expected = f"{left}\n{BODY}" if left else BODY
    assert doc.text == expected


def test_lone_counter_goes_but_counter_runs_and_years_stay():
    doc = chrome(f"英伟达清仓大甩卖\n\n0\n分享至\n{BODY}")
    assert doc.text == f"英伟达清仓大甩卖\n\n{BODY}"
    feed = "标题一号\n6152\n标题二号\n6264\n标题三号\n5592"
    assert chrome(feed).text == feed  # a headline/count rhythm is the feeds filter's
    assert chrome(f"2025\n{BODY}").text == f"2025\n{BODY}"


def test_author_box():
    box = "差评XPIN incentive-icons\n差评XPIN\n用知识和观点Debug the world!\n10099文章数 489368关注度"
    doc = chrome(f"{BODY}\n{box}\n")
    assert doc.text == f"{BODY}\n"
    assert {e.reason for e in doc.edits} == {"author box"}


@pytest.mark.parametrize(
    "dup",
    [
        "吃瓜电子官网最新热点:英伟达回归遇阻,谁能替代H20?",
        "英伟达回归遇阻,谁能替代H20?_新浪财经_新浪网",
        "財經頭條｜英伟达回归遇阻,谁能替代H20?",
    ],
)
def test_site_name_repeating_title(dup):
    title = "英伟达回归遇阻,谁能替代H20?"
    doc = chrome(f"{title}\n{dup}\n{BODY}")
    assert doc.text == f"{title}\n{BODY}"
    assert doc.edits[0].reason == "site name repeating the title"


def test_editor_credit_ends_article():
    text = f"{BODY}\n责任编辑：张三\n另一篇文章的标题\n{BODY_TW}"
    doc = chrome(text)
    assert doc.text == f"{BODY}\n另一篇文章的标题\n{BODY_TW}"
    assert splits(doc) == [text.index("责任编辑")]
    doc = chrome(f"{BODY}（責任編輯：李四）")
    assert doc.text == BODY
    assert splits(doc)


def test_editor_in_header_line_is_cut_without_split():
    doc = chrome(f"标题\n来源：新华网 责任编辑：王五 2025-01-01\n{BODY}")
    assert doc.text == f"标题\n来源：新华网 2025-01-01\n{BODY}"
    assert not splits(doc)


def test_end_sign():
    doc = chrome(f"新华社北京1月1日电 {BODY}（完）\n")
    assert doc.text == f"新华社北京1月1日电 {BODY}\n"
    assert splits(doc)


@pytest.mark.parametrize(
    "prose",
    [
        "他在微博上分享了这张照片，随后又点赞了多条评论。",
        "用户点击展开全文按钮后才能看到完整内容。",
        "营收 > 100亿元的企业数量在去年翻了一番。",
        "這篇文章的閱讀量已經超過了十萬次。",
        "首页改版之后，正文区域的字号变大了。",
        "The company said it would share more details next week.",
        "2025年12月，英偉達CEO黃仁勛此行懷揣著明確的目標。",
        "但眼尖的媒體發現官網上多了一行小字免責聲明:T1手機和Trump Mobile只是付費授權項目。",
        "发布时间：2025-07-15 10:00",
        "(來源:華山穹劍)",
        "# 什么是 H20?",
        "图 | 质谱集群",
    ],
)
def test_prose_and_metadata_survive(prose):
    text = f"{BODY}\n{prose}\n{BODY_TW}"
    assert chrome(text).text == text


def test_is_prose():
    assert is_prose(BODY)
    assert not is_prose("四五次催诊电话“穷追不舍”,瑞金医生为啥非要喊他来手术?")
    assert not is_prose("头条要闻")


# -- properties over all four junk filters -----------------------------------------

SENTENCES = [
    "即时零售的竞争，开始波及到消费品牌。",
    "这个价格对于品牌的经销商体系有着极大的冲击。",
    "寒武纪亏了八年，今年一季度的营收比去年直接增长了42倍。",
    "雖然直到現在佳能在光刻機領域依然只存在中低端市場。",
    "隨著人工智能的爆發式增長，半導體行業正面臨集成度與能效比的雙重挑戰。",
    "科技博弈的規則很簡單：你越強，對手越不敢輕舉妄動。",
    "他说：“这在英伟达是不可能发生的。”",
    "The company said demand for its chips remained strong this quarter.",
    "据IDC测算，2025年全球AI服务器出货量将达460万台。",
    "拜譜生物表示，該體系能夠從多維度解析生命過程。",
]

ALL4 = (ChromeFilter, NoticesFilter, FeedsFilter, DuplicatesFilter)


def run_all(text: str) -> Document:
    """The four junk filters as a pipeline runs them: in order, then settling."""
    from cleanseeds.pipeline import Pipeline

    filters = [cls() for cls in ALL4]
    return Pipeline(filters, settle=[f.name for f in filters]).run(Document(text))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4, unique=True),
                min_size=1, max_size=6, unique_by=tuple),
       st.sampled_from(["\n", "\n\n"]))
def test_clean_prose_survives_all_four(paragraphs, sep):
    text = sep.join("".join(p) for p in paragraphs)
    doc = run_all(text)
    assert doc.text == text
    assert not doc.notes


CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(CJK, min_size=12, max_size=60), min_size=1, max_size=5, unique=True))
def test_generated_prose_survives_all_four(parts):
    text = "\n".join(p[: len(p) // 2] + "，" + p[len(p) // 2 :] + "。" for p in parts)
    assert run_all(text).text == text


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(
    ["分享至", "网易首页 > 网易号 > 正文", "![]()", "展开全文", "推荐阅读", "责任编辑：张三",
     "特别声明：以上内容为自媒体平台用户上传并发布，本平台仅提供信息存储服务。", "6152",
     "返回搜狐,查看更多", "标题一号", "2025-12-31 08:03:04", *SENTENCES]), max_size=20))
def test_idempotent(lines_):
    doc = run_all("\n".join(lines_))
    again = run_all(doc.text)
    assert again.text == doc.text


@pytest.mark.parametrize("line", ["—— END ——", "-END-", "（全文完）"])
def test_end_sign_lines(line):
    doc = chrome(f"{BODY}\n{line}\n{BODY_TW}")
    assert doc.text == f"{BODY}\n{BODY_TW}"
    assert splits(doc)


def test_seed_001_chrome():
    from pathlib import Path

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    text = (seeds / "001_f8e108a88b08aadd.txt").read_text(encoding="utf-8")
    doc = chrome(text)
    removed = {e.reason for e in doc.edits}
    assert removed == {"breadcrumb", "lone counter", "share/follow widget", "author box"}
    for kept in ["英伟达清仓大甩卖,但我却笑不太出来。", "# 什么是 H20?", "撰文:早起", "2025-12-31 08:03:04"]:
        assert kept in doc.text


def test_placeholders_side_by_side_all_go():
    doc = chrome(f"{BODY} ![]() ![]()")
    assert doc.text == BODY
    doc = chrome(f"{BODY} ![]() ![]() {BODY_TW}")
    assert doc.text == f"{BODY} {BODY_TW}"


@pytest.mark.parametrize("tail", ["返回搜狐，查看更多 分享至", "正文的最后一句。返回搜狐,查看更多 分享至", "![]() 分享至"])
def test_chrome_left_after_inline_cuts_goes_too(tail):
    doc = chrome(f"{BODY}\n{tail}")
    assert "分享至" not in doc.text and "![]()" not in doc.text
    assert chrome(doc.text).text == doc.text


def test_long_one_line_article_with_author_box_words_survives():
    """A whole article joined on one line is never an author box, whatever it mentions."""
    para = (
        "差评XPIN incentive-icons 差评XPIN 用知识和观点Debug the world! 10099文章数 489368关注度 "
        f"{BODY}平台公布的文章数与关注度同比都有增长，{BODY_TW}"
    )
    line = " ".join([para] * 20)
    text = f"{line}\n{BODY}\n10099文章数 489368关注度\n"
    doc = chrome(text)
    assert line in doc.text
    assert all(e.reason != "author box" for e in doc.edits)


def test_editor_credit_before_a_portal_end_marker_goes_with_it():
    """Once the marker splits the line, the credit stands at its article's end."""
    import cleanseeds

    q = "为什么研究人员会在这个时候测试新一代电池？研究人员真的能够测试新一代电池吗？"
    r = "另一篇文章从这里开始，讲的是另一件事。"
    first, second = cleanseeds.clean(f"{q} 责任编辑：王晓 返回搜狐，查看更多 {r}")
    assert first.text == q and second.text == r
    assert [a.text for a in cleanseeds.clean(first.text)] == [q]


def test_line_follow_prompt_with_its_slogan():
    doc = chrome(f"{BODY_TW}\n加入LINE好友，新聞不漏接\n")
    assert doc.text == f"{BODY_TW}\n"
