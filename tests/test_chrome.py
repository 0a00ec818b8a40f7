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

from ._chrome import chrome, splits

BODY = "公司表示，今年将继续扩大在华投资，并加快新产品的研发进度。"
BODY_TW = "業內人士指出，這項政策將對整個產業鏈產生深遠影響。"


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


# -- calls to action, menus, section breadcrumbs, desk credits ---------------------------


@pytest.mark.parametrize(
    "line",
    [
        "展开剩余70%",
        "展開剩餘 45%",
        "+关注",
        "＋ 關注",
        "举报",
        "分享",
        "檢舉",
        "用微信扫码二维码",
        "分享至好友和朋友圈",
        "腾讯新闻 打开APP 阅读全文",
        "扫描二维码 在手机上浏览",
        "打开凤凰新闻，查看更多高清图片",
        "打开界面新闻APP，查看原文",
        "下载网易新闻",
        "阅读全文",
        "继续阅读",
        "請繼續往下閱讀...",
        "不用抽 不用搶 現在用APP看新聞 保證天天中獎　點我下載APP　按我看活動辦法",
        "一手掌握經濟脈動 點我訂閱自由財經Youtube頻道",
        "已經加好友了，謝謝",
        "歡迎加入自由時報LINE好友，即時掌握最新消息",
        "訂閱《中央社》LINE官方帳號 掌握第一手新聞",
        "订阅澎湃新闻YouTube频道",
        "关注我们的公众号",
        "ADVERTISEMENT",
        "看更多 ▸",
        "► 點我看更多",
        "更多精彩内容请进入国际新闻频道",
        "更多精彩內容請進入財經頻道",
        "分享让更多人看到",
        "分享讓更多朋友知道",
    ],
)
def test_calls_to_action_go(line):
    doc = chrome(f"{BODY}\n{line}\n{BODY_TW}")
    assert doc.text == f"{BODY}\n{BODY_TW}"
    assert doc.edits[0].reason == "share/follow widget"


@pytest.mark.parametrize(
    "prose",
    [
        "民眾可加入LINE好友，即時掌握最新消息。",
        "網友瘋傳 加入LINE好友 竟是詐騙",
        "他说，打开APP就能看到最新的数据。",
        "下载量最高的新闻APP今年换了人。",
        "警方呼籲民眾不要掃描來路不明的二維碼。",
        "扫码点餐 为何让人又爱又恨",
        "他在记者会上宣布退出，并感谢球迷一路支持。分享",
        "分享经济",
        "阅读",
        "继续阅读的人越来越少，出版社也在想办法。",
        "游客可以进入景区频道参观。",
        "她说要分享让更多人看到的喜悦。",
        "更多精彩内容将在下周播出",
    ],
)
def test_prose_about_apps_and_follows_stays(prose):
    text = f"{BODY}\n{prose}\n{BODY_TW}"
    assert chrome(text).text == text


def test_a_label_between_two_prompts_goes_with_them():
    doc = chrome(f"{BODY}\n打开界面新闻APP，查看原文\n界面新闻\n下载界面新闻\n{BODY_TW}")
    assert doc.text == f"{BODY}\n{BODY_TW}"
    text = f"{BODY}\n界面新闻\n{BODY_TW}"  # alone, a name is left to metadata
    assert chrome(text).text == text


@pytest.mark.parametrize(
    "line",
    [
        "ETtoday新聞雲 > 社會",
        "TVBS新聞網 > 社會",
        "新聞 > 政治",
        "中時新聞網 > 政治",
        "新京报书评周刊 > 书评",
        "聯合新聞網 / 要聞 / 政治",
        "首頁 / 產經",
        "澎湃新闻 / 国际新闻",
    ],
)
def test_section_breadcrumbs_go(line):
    doc = chrome(f"{line}\n{BODY}")
    assert doc.text == BODY
    assert doc.edits[0].reason == "breadcrumb"


@pytest.mark.parametrize(
    "line",
    [
        "記者林大明／台北報導",
        "文／王小明",
        "生活中心 / 綜合報導",
        "政治中心／綜合報導",
        "聯合報／ 記者林大明",
        "台灣 > 日本",
        "A股/港股",
        "成本 / 收入",
    ],
)
def test_bylines_and_comparisons_are_no_breadcrumbs(line):
    text = f"{line}\n{BODY}"
    assert chrome(text).text == text


@pytest.mark.parametrize(
    "line",
    [
        "腾讯网 新闻 视频 图片 军事 体育 NBA 娱乐 财经 科技 时尚 汽车 房产 教育 文化 游戏",
        "udn 新聞 評論 財經 運動 娛樂 生活 健康 地方 全球 兩岸 產經 股市",
        "自由時報電子報 即時 政治 社會 生活 健康 國際 地方 影音 財經 娛樂 藝文 汽車 時尚 體育",
        "凤凰网首页 资讯 财经 娱乐 体育 时尚 汽车 房产 科技 读书 文化 历史 军事 旅游 佛教",
        "关于腾讯 | About Tencent | 服务协议 | 隐私政策 | 开放平台 | 广告服务 | 客服中心 | 网站导航",
        "网站简介 | 网站声明 | 联系我们 | 广告服务",
        "社会新闻 | 国际新闻 | 财经新闻 | 文娱新闻",
        "關於我們｜聯絡我們｜隱私權政策｜廣告刊登",
        # a finance portal's sections
        "首頁 台股 美股 陸港股 外匯 基金 虛擬貨幣 理財 鉅亨號",
        "财经首页 股票 A股 港股 美股 新股 科创板 基金 期货 外汇 黄金 理财",
    ],
)
def test_menus_and_link_bars_go(line):
    doc = chrome(f"{BODY}\n{line}\n{BODY_TW}")
    assert doc.text == f"{BODY}\n{BODY_TW}"
    assert doc.edits[0].reason == "menu or link bar"
    import cleanseeds

    [article] = cleanseeds.clean(f"{line}\n{BODY}\n{BODY_TW}")  # at the top, too
    assert article.text == f"{BODY}\n{BODY_TW}"


@pytest.mark.parametrize(
    "line",
    [
        "参会的有 张三 李四 王五 赵六 钱七 孙八",
        "柔佛 吉打 吉兰丹 马六甲 森美兰 彭亨 槟城 霹雳",
        "候选人　得票数　得票率",
        "賴清德　5,586,019　40.05%",
        "三重火警 消防 受困",
        "科技 财经 汽车 新能源 电池 宁德时代",
        "关键词：科技 财经 汽车 房产 教育 文化",
        "图 | 质谱集群",
        "文 | 张三 | 编辑 | 李四",
        "北京 | 上海 | 广州 | 深圳",
        "一、政治 二、经济 三、文化 四、社会 五、生态",
    ],
)
def test_names_tables_tags_and_regions_are_no_menus(line):
    text = f"{BODY}\n{line}\n{BODY_TW}"
    assert chrome(text).text == text


def test_menus_of_a_whole_page_are_left_to_body():
    """On a whole page the body filter needs the menu as evidence, and cuts it itself."""
    menu = "新浪首页 新闻 体育 财经 娱乐 科技 博客 图片 专栏 更多"
    page = f"{menu}\n登录 注册\n{BODY}\n{BODY_TW}\n关于我们 | 联系我们 | 网站地图 | 隐私政策\n"
    assert menu in chrome(page).text
    import cleanseeds

    [article] = cleanseeds.clean(page)
    assert menu not in article.text and BODY in article.text


@pytest.mark.parametrize(
    "line",
    ["責任編輯／李明", "责任编辑/王五", "（編輯：林孟汝）1130820", "（譯者：楊惟敬／核稿：陳昱婷）1130823"],
)
def test_editor_credit_forms_end_the_article(line):
    text = f"{BODY}\n{line}\n另一篇文章的标题\n{BODY_TW}"
    doc = chrome(text)
    assert doc.text == f"{BODY}\n另一篇文章的标题\n{BODY_TW}"
    assert splits(doc) == [text.index(line)]


@pytest.mark.parametrize(
    "tail", ["（編輯：林孟汝）1130820", "（譯者：楊惟敬／核稿：陳昱婷）1130823", "（编辑：张三）"]
)
def test_agency_credit_glued_to_last_paragraph(tail):
    doc = chrome(f"{BODY_TW}{tail}\n下一篇的標題")
    assert doc.text == f"{BODY_TW}\n下一篇的標題"
    assert splits(doc)


def test_agency_credit_inside_prose_stays():
    text = f"他說（編輯：林孟汝）這樣寫不對，{BODY_TW}"
    assert chrome(text).text == text


def test_outlet_editor_with_a_bar_is_cut_without_ending_the_article():
    text = f"宁德时代发布新电池\n界面新闻编辑 | 文姝琪\n{BODY}"
    doc = chrome(text)
    assert doc.text == f"宁德时代发布新电池\n{BODY}"
    assert doc.edits[0].reason == "editor credit" and not splits(doc)
    kept = f"{BODY}\n编辑部 | 本报讯\n{BODY_TW}"
    assert chrome(kept).text == kept


@pytest.mark.parametrize(
    "line",
    [
        "（图片来源：视觉中国）",
        "(图片来源: 新华社)",
        "（圖／記者林大明攝影）",
        "圖／記者林大明攝影",
        "圖／記者張書瑋翻攝",
        "（資料照）",
        "（示意图）",
        "（讀者提供）",
        "（圖取自氣象署）",
        "（圖／翻攝自總統府Flickr）",
        "(Photo: Reuters)",
    ],
)
def test_a_photo_credit_alone_goes(line):
    doc = chrome(f"{BODY}\n{line}\n{BODY_TW}")
    assert doc.text == f"{BODY}\n{BODY_TW}"
    assert doc.edits[0].reason == "photo credit"


@pytest.mark.parametrize(
    "line",
    ["图/文：张三", "（图为张三在发言）", "（来源：新华社）", "（记者 张三）", "文／王小明",
     "圖／文 李四", "警方提供的监控画面显示，嫌犯当晚独自离开。（资料照）"],
)
def test_bylines_sources_and_captions_stay(line):
    text = f"{BODY}\n{line}\n{BODY_TW}"
    assert chrome(text).text == text


@pytest.mark.parametrize(
    "line",
    [
        "收录于合集 #公司 36个",
        "收錄於話題 #科技 #半導體 12個",
        "点击下方卡片，关注晚点LatePost",
        "点击上方“财经十一人”关注我们",
        "喜欢作者",
        "3人喜欢",
        "轻触阅读原文",
        "輕觸閱讀原文",
        "扫码加入财经十一人读者群",
        "更多精彩内容，关注钛媒体微信号（ID：taimeiti），或者下载钛媒体App",
        "加入NOWnews今日新聞LINE好友，最新消息不漏接！",
        "关注我，每天带你了解最新科技资讯",
        "★加入天下Line好友，每日接收重磅新聞",
        "【加入關鍵評論網會員】每天精彩好文直送你的信箱…",
        "订阅联合早报 以每月$0.99阅读更多精彩内容",
        "訂閱鏡週刊 https://bit.ly/mmsubscribe",
        "第一财经广告合作，请点击这里",
        "原始連結",
        "原文链接",
        "點擊查看本文英文版。",
        "点击查看本文英文版",
        "下載法廣應用程序",
        "下载澎湃新闻应用程序",
        "廣告",
        "广告",
        "閱讀時間 12 分鐘",
        "预计阅读时间：约5分钟",
        "小額捐款 定期定額",
        "圖像加註文字，台北市的房價所得比長期居全台之冠。",
        "图像加注文字，上海陆家嘴的写字楼空置率上升。",
        "圖像來源，Getty Images",
        "你的設備不支援播放多媒體內容",
        "你的设备不支持播放多媒体内容",
        "媒體加註文字，BBC記者走訪台北租屋族",
        "视频加注文字，记者走访深圳城中村",
    ],
)
def test_wechat_bbc_and_prompt_furniture_goes(line):
    doc = chrome(f"{BODY}\n{line}\n{BODY_TW}")
    assert doc.text == f"{BODY}\n{BODY_TW}"


@pytest.mark.parametrize(
    "prose",
    [
        "他说，公司将加入更多的合作伙伴，并在明年下载量突破一亿。",
        "很多读者关注我们的报道，每天都会留言讨论。",
        "我們持續關注偏鄉醫療，你的支持讓記者能夠深入現場採訪。",
        "本文来自记者在三个县城的实地走访。",
        "本文來自作者在台東的田野調查，部分受訪者要求匿名。",
        "這則廣告在網路上引發熱議，不少網友認為內容誤導消費者。",
        "图像识别技术的进步，让加注文字的成本大幅下降。",
        "阅读时间越来越碎片化，长文章的读者正在减少。",
        "关注民生，关注未来",
        "订阅制正在改变新闻业的商业模式。",
        "收录于合集的文章，一共有三十六篇。",
    ],
)
def test_prose_near_the_new_furniture_stays(prose):
    text = f"{BODY}\n{prose}\n{BODY_TW}"
    assert chrome(text).text == text


@pytest.mark.parametrize(
    "line", ["- FIN -", "-END-", "— END —", "THE END", "核稿編輯 李雪莉", "責任編輯 楊惠君", "责任编辑 王立群", "责任编辑 王立群 校对 刘军"]
)
def test_colonless_credits_and_fin_end_the_article(line):
    doc = chrome(f"{BODY}\n{line}\n{BODY_TW}")
    assert doc.text == f"{BODY}\n{BODY_TW}"
    assert splits(doc)


def test_colonless_editor_credit_inside_prose_stays():
    text = f"{BODY}\n责任编辑 王立群说，这篇稿件改了三遍。\n{BODY_TW}"
    assert chrome(text).text == text


@pytest.mark.parametrize("line", ["2024.07.18", "2024/07/18", "2024-7-8"])
def test_a_date_alone_is_no_counter(line):
    text = f"{BODY}\n{line}\n{BODY_TW}"
    assert chrome(text).text == text


@pytest.mark.parametrize(
    "credit",
    [
        "本文来自微信公众号“宠物行业观察”（ID：pet-obs），作者：李小雨，36氪经授权发布。",
        "（本文首发于钛媒体App，作者｜张帅，编辑｜盖虹达）",
        "本文經授權轉載自微信公眾號「科技島讀」（ID：techisland）",
    ],
)
def test_source_credit_after_the_body_goes(credit):
    doc = chrome(f"{BODY}\n{credit}")
    assert doc.text.strip() == BODY
    assert not splits(doc)


def test_source_credit_at_the_head_is_left_for_metadata():
    text = f"本文来自微信公众号：能源新观察（ID：ne-watch），作者：赵然，题图来自：视觉中国\n{BODY}"
    assert chrome(text).text == text


def test_author_box_after_the_body_goes_but_a_head_byline_stays():
    doc = chrome(f"{BODY}\n文章作者\n李溯婉\n一财汽车频道资深记者")
    assert doc.text.strip() == BODY
    head = f"作者\n李溯婉\n{BODY}"
    assert chrome(head).text == head


def test_donation_appeal_goes_with_its_buttons_only():
    pitch = "《報導者》是台灣第一個由公益基金會成立的非營利媒體，不仰賴廣告與財團。"
    doc = chrome(f"{BODY_TW}\n你的支持，是我們持續深入偏鄉的力量\n{pitch}\n小額捐款 定期定額\n{BODY_TW}")
    assert doc.text == f"{BODY_TW}\n{pitch}\n{BODY_TW}"
    alone = f"{BODY_TW}\n你的支持，是我們持續深入偏鄉的力量\n{BODY_TW}"
    assert chrome(alone).text == alone


def test_wechat_tip_box_goes_together():
    doc = chrome(f"{BODY}\n喜欢作者\n赞赏\n3人喜欢")
    assert doc.text.strip() == BODY


# -- furniture audited on portals the seeds do not come from -------------------------------


@pytest.mark.parametrize(
    "line",
    [
        # breadcrumbs of mainland CMS sites, Taiwanese and Hong Kong portals
        "当前位置: 首页 > 运营中心 > 建站资源 > 优化 > 正文",
        "您现在的位置是:网站首页>后端技术>PHP教程",
        "首頁 > 新聞 > 國際",
        "首页 >> 新闻中心 >> 行业动态",
        "您的位置：首页 » 新闻 » 国内",
        "首頁 › 國際 › 亞洲",
        # share bars and font-size switches
        "分享到：微信 微博 QQ空間",
        "分享到： 微信 新浪微博 QQ空间 豆瓣",
        "分享到： 新浪微博 騰訊微博 QQ空間 豆瓣",
        "Facebook Line Twitter 複製連結",
        "LinkedIn Plurk 複製連結",
        "分享至Facebook 分享至LINE 複製連結",
        "字級 列印 分享",
        "文字大小",
        "字體大小 小 中 大",
        "字型大小 小 中 大",
        "字体大小 大 中 小",
        "前往專題",
        "扫一扫，分享到微信朋友圈",
        # counters, the number before or after its label
        "阅读:187 评论:0",
        "閱讀 2,345 · 留言 12",
        "1552人已围观",
        "1.2万人围观",
        "12人收藏",
        "浏览：3,562次",
        "浏览次数：1,234次",
        "點閱數：1234",
        "瀏覽數 1,024",
        "人氣 3,254",
        # buttons: read on, get the app, turn on alerts, turn the page
        "更多新聞請按此",
        "更多資訊請點擊這裡",
        "展開閱讀全文",
        "展开阅读全文",
        "全文閱讀",
        "App下載",
        "APP下载",
        "手机看新闻",
        "用手機看新聞",
        "[啟動LINE推播] 每日重大新聞通知",
        "開啟小鈴鐺",
        "开启推送通知，第一时间获取最新资讯",
        "下一页",
        "下一頁",
        "上一页 1 2 3 下一页",
        "首頁 上一頁 1 2 3 下一頁 尾頁",
        "【点击图片进入下一页或下一篇】",
        "点击图片查看下一页",
        "點我看下一頁",
        # a site's top link bar
        "加入收藏 | 设为首页 | 会员中心 | 我要投稿",
        "設為首頁｜加入收藏｜會員中心｜我要投稿",
    ],
)
def test_furniture_of_unseen_portals_goes(line):
    doc = chrome(f"{BODY}\n{line}\n{BODY_TW}")
    assert doc.text == f"{BODY}\n{BODY_TW}"
    assert chrome(doc.text).text == doc.text


@pytest.mark.parametrize(
    "line", ["—完—", "—— 完 ——", "（本文完）", "【編輯：王小明】", "[責任編輯：陳明]", "【责任编辑：王晓】", "（編輯 陳文）"]
)
def test_more_end_signs_and_bracketed_credits_end_the_article(line):
    text = f"{BODY}\n{line}\n另一篇文章的标题\n{BODY_TW}"
    doc = chrome(text)
    assert doc.text == f"{BODY}\n另一篇文章的标题\n{BODY_TW}"
    assert splits(doc) == [text.index(line)]


@pytest.mark.parametrize("tail", ["（本文完）", "【编辑：张三】", "【編輯：王小明】"])
def test_end_sign_or_bracketed_credit_glued_to_the_last_paragraph(tail):
    doc = chrome(f"{BODY_TW}{tail}\n下一篇的標題")
    assert doc.text == f"{BODY_TW}\n下一篇的標題"
    assert splits(doc)


def test_expand_button_with_read_between_paragraphs():
    doc = chrome("第一段講的是背景情況。 展開閱讀全文 第二段講的是後續發展。")
    assert doc.text == "第一段講的是背景情況。 第二段講的是後續發展。"
    assert doc.edits[0].reason == "expand-text button"


def test_counter_after_a_counter_with_a_colon():
    """A number's trailing space parts it from the next counter: it is no part of it."""
    doc = chrome(f"2025-07-15 19:50 阅读:187 评论:0\n{BODY}")
    assert doc.text == f"2025-07-15 19:50\n{BODY}"


@pytest.mark.parametrize(
    "prose",
    [
        "他在微博分享了照片，引來大批網友留言。",
        "讀者可掃碼關注官方帳號，獲取最新的防疫資訊。",
        "她在微信朋友圈里分享了孩子的成绩单，随后又删除了。",
        "这篇报道的阅读量在一天内突破了十万。",
        "警方表示，嫌犯曾多次在社群平台分享不實訊息。",
        "市民可下載APP查詢即時路況，市府表示系統已上線。",
        "这部电影的评论两极分化，豆瓣评分仅有6.1分。",
        "豆瓣上的评论普遍认为这部剧拍得不错。",
        "記者追蹤此案多年，終於查出幕後金主。",
        "下一页的内容将在明天公布，请读者耐心等待。",
        "他翻到下一页，发现答案就在那里。",
        "上一页纸还没看完，他就睡着了。",
        "下一篇论文将讨论气候变化对农业的影响。",
        "这项研究共有1552人参与，结果显示近半数受访者支持。",
        "截至目前，已有12人收藏了这件作品，拍卖行表示。",
        "这场比赛共有1.2万人围观，创下历史纪录。",
        "網友點閱數破百萬後，原作者才出面澄清。",
        "留言 12 条，点赞 3 次的帖子并不少见，他说。",
        "全文閱讀時間約為十分鐘，適合通勤時閱讀。",
        "他说，全文阅读需要至少两个小时。",
        "文字大小的調整功能，是長者最常使用的設定之一。",
        "文字大小与行距会影响阅读速度，研究人员说。",
        "展开阅读全文的功能在新版中被取消了。",
        "他把报道转寄给了远在美国的女儿。",
        "首页改版后，用户留言数量增加了三成。",
        "更多新聞請關注本台後續報導。",
        "更多新闻，请见明日报道。",
        "用手机看新闻已成为多数年轻人的习惯。",
        "蘋果將在新系統中開啟推播通知的新功能。",
        "啟動LINE推播功能的用戶，每天都會收到重大新聞通知。",
        "本文完成于2023年，部分数据可能已经过时。",
        "完了，这下全完了。",
        "主编说，明年会增加调查报道的比例。",
        "编辑部收到了大量读者来信。",
        "编辑 张伟 说，这篇稿子改了三次。",
        "（本文作者为台大教授）",
    ],
)
def test_prose_with_the_audited_words_stays(prose):
    text = f"{BODY}\n{prose}\n{BODY_TW}"
    assert chrome(text).text == text


@pytest.mark.parametrize("line", ["编辑：张伟", "编辑：王丽 审核：张强"])
def test_plain_desk_credits_are_left_to_metadata(line):
    """A colon credit without a bracket or an editor-in-charge title is metadata's to read."""
    text = f"{line}\n{BODY}"
    assert chrome(text).text == text


# -- the cheap tests that spare most lines the costly judgements ---------------------------


def test_a_plain_han_character_is_foreign_to_widgets_and_counters():
    """``_PLAIN_HAN`` stands in for both ``_FOREIGN_HAN`` and ``_UNCOUNTED_HAN``."""
    from cleanseeds.filters import chrome as mod

    han = "".join(map(chr, [*range(0x3400, 0x4DC0), *range(0x4E00, 0xA000), *range(0xF900, 0xFB00)]))
    plain = mod._PLAIN_HAN.findall(han)
    assert len(plain) > 20000
    assert all(mod._FOREIGN_HAN.fullmatch(c) and mod._UNCOUNTED_HAN.fullmatch(c) for c in plain)


def test_strip_takes_every_space_an_end_line_may_start_with():
    """An end sign or an editor credit is found from the stripped line's first character."""
    import regex

    every = "".join(map(chr, [*range(0xD800), *range(0xE000, 0x110000)]))
    assert all(c.isspace() for c in regex.findall(r"\s", every))


@pytest.mark.parametrize(
    "line", ["\u3000（完）", "\u3000\u3000責任編輯：王小明", "  (全文完)", "\t——END——", "\u00a0责编：张三"]
)
def test_end_lines_after_leading_spaces_end_the_article(line):
    text = f"{BODY}\n{line}\n{BODY_TW}"
    doc = chrome(text)
    assert doc.text == f"{BODY}\n{BODY_TW}"
    assert splits(doc) == [text.index(line)]


@pytest.mark.parametrize(
    ("title", "dup"),
    [
        ("台積電擴廠曝光", "中時新聞網｜台積電擴廠曝光"),
        ("美军扣押油轮", "美军扣押油轮_新浪网"),
        ("美军扣押俄潜艇护航的油轮", "网易新闻 美军扣押俄潜艇护航的油轮"),
    ],
)
def test_a_six_character_title_repeated_with_the_site_name_goes(title, dup):
    doc = chrome(f"{dup}\n{title}\n{BODY}")
    assert doc.text == f"{title}\n{BODY}"
    assert doc.edits[0].reason == "site name repeating the title"


@pytest.mark.parametrize(
    "pair",
    [
        ("台積電擴廠", "中時新聞網｜台積電擴廠"),  # a title of five characters is too short
        ("美军扣押油轮事件", "美军扣押油轮事件引发关注"),  # a longer headline, not a site name
        ("美军扣押油轮事件", "美军扣押油轮的事件"),  # alike at the start only
    ],
)
def test_neighbours_that_merely_look_alike_stay(pair):
    text = f"{pair[1]}\n{pair[0]}\n{BODY}"
    assert chrome(text).text == text


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("12.5万", "lone counter"),
        ("3,562", "lone counter"),
        ("阅读 1.2万", "view counters"),
        ("瀏覽次數：3,562", "view counters"),
        ("點閱數：1,204", "view counters"),
        ("浏览：3,562次 评论 12", "view counters"),
        ("12.5萬", "lone counter"),
        ("10099文章数 489368关注度", "author box: counts"),
        ("+關注", "share/follow widget"),
        ("＋订阅", "share/follow widget"),
        ("點我下載APP", "share/follow widget"),
        ("打开凤凰新闻，查看更多高清图片", "share/follow widget"),
        ("图片来源：视觉中国", "photo credit"),
        ("（圖／記者林大明攝影）", "photo credit"),
        ("图像来源，Getty Images", "media caption label"),
        ("收錄於話題 #科技", "collection label"),
        ("预计阅读时间：约5分钟", "reading time"),
    ],
)
def test_lines_of_counters_widgets_and_labels_still_go(line, reason):
    text = f"{BODY}\n{line}\n{BODY_TW}"
    doc = chrome(text)
    if reason is None:
        assert doc.text == text
    else:
        assert doc.text == f"{BODY}\n{BODY_TW}"
        assert doc.edits[0].reason == reason


@pytest.mark.parametrize(
    "prose",
    [
        "截至去年底，全市常住人口达到12.5万人，比前年增加3,562人。",
        "該貼文已有1.2萬人按讚，留言超過三百則。",
        "圖像辨識業者表示，今年營收可望成長兩成。",
        "2024年全年，该公司阅读类应用的月活跃用户达到1.2万。",
        "本文作者在台北採訪了十二位受訪者。",
    ],
)
def test_prose_with_counts_and_label_words_stays(prose):
    text = f"{BODY}\n{prose}\n{BODY_TW}"
    assert chrome(text).text == text


# -- widget, promo and note lines left in article bodies -----------------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("字体：小 中 大", "share/follow widget"),
        ("【字体：大 中 小】", "share/follow widget"),
        ("字體：小 中 大", "share/follow widget"),
        ("【纠错】", "share/follow widget"),
        ("【我要糾錯】", "share/follow widget"),
        ("纠错 | 打印 | 关闭", "share/follow widget"),
        ("▲台積電熊本廠。（圖／路透）", "photo caption"),
        ("▲大谷翔平。（圖／達志影像／美聯社）", "photo caption"),
        ("▲北市府今天舉行記者會。（示意圖／記者林大明攝）", "photo caption"),
        ("▲ 圖為花蓮強震後傾斜的大樓。", "photo caption"),
        ("▲青年局長林楷軒致詞，勉勵青年用創意參與城市治理。", "photo caption"),
        ("▲救援人员在废墟中搜寻幸存者", "photo caption"),
        ("▲张三在发布会上。图/视觉中国", "photo caption"),
        ("▼图为救援现场（新华社记者 李贺 摄）", "photo caption"),
        ("图说：市民在公园赏花。新民晚报记者 张三 摄", "photo caption"),
        ("圖說：立法院今日三讀通過修法。", "photo caption"),
        ("►台積電股價創新高 外資喊目標價千元", "related link"),
        ("►熊本房價狂飆 當地人：買不起了", "related link"),
        ("▶ 美方宣布加征关税 商务部回应", "related link"),
        ("▶️ 独家｜小米汽车交付破万", "related link"),
        ("（原标题：华为发布新款折叠屏手机 起售价12999元）", "original-title note"),
        ("原標題：立法院三讀通過國會職權修法", "original-title note"),
        ("（原题为《城市更新的下一步》）", "original-title note"),
        ("本文原标题：消费市场回暖", "original-title note"),
        ("下載「香港01」App，即睇更多新聞：https://hk01.app.link/", "share/follow widget"),
        ("追蹤01新聞 Instagram：https://www.instagram.com/hk01.news/", "share/follow widget"),
        ("下载澎湃新闻客户端，即看更多新闻", "share/follow widget"),
        ("追蹤東網Instagram", "share/follow widget"),
        ("DW中文有Instagram！歡迎搜索dw.chinese，與我們相約去看更多德國與全球精彩、生動、有趣的新聞。", "follow prompt"),
        ("DW中文有Instagram！欢迎搜索dw.chinese，与我们相约去看更多德国与全球精彩、生动、有趣的新闻。", "follow prompt"),
        ("欢迎关注我们的微信公众号，获取更多深度报道。", "share/follow widget"),
        ("敬請追蹤本報Facebook粉絲專頁。", "follow prompt"),
    ],
)
def test_widget_promo_and_note_lines_in_the_body_go(line, reason):
    text = f"{BODY}\n{line}\n{BODY_TW}"
    doc = chrome(text)
    assert doc.text == f"{BODY}\n{BODY_TW}"
    assert [e.reason for e in doc.edits] == [reason]
    assert not splits(doc)


@pytest.mark.parametrize(
    "prose",
    [
        "他在Instagram發文說，歡迎大家追蹤他的新帳號。",
        "市府歡迎民眾關注官方Facebook專頁，掌握最新防災資訊。",
        "這位網紅的Instagram粉絲已突破百萬。",
        "歡迎各位來到台北，今年的燈會將在信義區舉行。",
        "他表示，这张照片（图／路透）在网上引发热议。",
        "台積電熊本廠。（圖／路透）資料顯示，二廠將於年底動工。",
        "▲ 加强基础设施建设，推动城乡融合发展。\n▲ 深化重点领域改革，激发市场活力。",
        "▲ 第一，加强基础设施建设。第二，推动城乡融合发展。",
        "▶ 時間：5月20日 上午10時",
        "▶ 第一季度GDP增长5.3%",
        "►台積電股價創新高，外資喊目標價千元。",
        "原标题为《城市的温度》的报道，引发了广泛讨论。",
        "該書原標題與中文版不同，譯者解釋了原因。",
        "字体的选择会影响读者的阅读体验，设计师说。",
        "纠错机制的建立，是司法改革的重要一环。",
        "下載App的用戶可即睇直播，公司表示反應熱烈。",
    ],
)
def test_prose_like_the_new_furniture_stays(prose):
    text = f"{BODY}\n{prose}\n{BODY_TW}"
    assert chrome(text).text == text


def test_a_link_does_not_make_a_prompt_too_long():
    url = "https://www.instagram.com/" + "a" * 80 + "/"
    doc = chrome(f"{BODY}\n追蹤01新聞 Instagram：{url}\n{BODY_TW}")
    assert doc.text == f"{BODY}\n{BODY_TW}"


@pytest.mark.parametrize("labels", [["港聞", "突發"], ["財經"], ["国际", "要闻"], ["港闻"]])
def test_section_labels_ending_an_article_go(labels):
    block = "\n".join(labels)
    doc = chrome(f"{BODY}\n{BODY_TW}\n{block}\n")
    assert doc.text == f"{BODY}\n{BODY_TW}\n"
    assert {e.reason for e in doc.edits} == {"section label"}


def test_section_labels_before_more_text_or_without_a_body_stay():
    text = f"{BODY}\n財經\n{BODY_TW}"
    assert chrome(text).text == text  # a heading inside the article
    assert chrome("港聞\n突發\n").text == "港聞\n突發\n"  # no article text before them
    many = "\n".join(["港聞", "財經", "體育", "娛樂"])
    text = f"{BODY}\n{many}\n"
    assert chrome(text).text == text  # a menu's column, the body filter's


def test_section_labels_above_the_next_head_go_once_it_is_split_off():
    """The metadata filter splits at the next head; a settling round of chrome then finds
    the labels at the end of the first article (before the split they stand mid-article)."""
    head = "沙田單位起火 一名長者送院不治"
    text = f"{BODY_TW}\n{BODY}\n港聞\n突發\n{head}\n消防處指，起火原因有待調查，暫時未發現可疑。\n"
    doc = Document(text)
    ChromeFilter()(doc)
    assert doc.text == text
    title = next(ln for ln in doc.lines() if ln.text == head)
    doc.apply([title.cut("title line", split=True)], "metadata")
    ChromeFilter()(doc)
    assert doc.text == f"{BODY_TW}\n{BODY}\n消防處指，起火原因有待調查，暫時未發現可疑。\n"


def test_a_caption_without_a_credit_beside_a_credited_one_goes():
    gallery = "▲台積電熊本廠外觀。（圖／路透）\n▲熊本縣知事出席動工典禮。"
    doc = chrome(f"{BODY}\n{gallery}\n{BODY_TW}")
    assert doc.text == f"{BODY}\n{BODY_TW}"


@pytest.mark.parametrize("line", ["▲延伸閱讀", "▼ 影片請見下方說明", "▼往下看更多精彩內容"])
def test_triangles_over_headings_and_pointers_are_no_captions(line):
    text = f"{BODY}\n{line}\n{BODY_TW}"
    assert all(e.reason != "photo caption" for e in chrome(text).edits)


@pytest.mark.parametrize(
    "line, reason",
    [
        ("#中職 #味全龍 #王柏融", "hashtag line"),
        ("#上海楼市", "hashtag line"),
        ("＃國會改革 ＃三讀 ＃傅崐萁", "hashtag line"),
        ("#两会##政府工作报告#", "hashtag line"),
        ("#AI #輝達 #黃仁勳", "hashtag line"),
        ("最HOT話題在這！想跟上時事，快點我加入TVBS新聞LINE好友！", "share/follow widget"),
        ("想看更多新聞？快點我下載APP", "share/follow widget"),
        ("重大消息！立即点击下载APP", "share/follow widget"),
        ("你觉得国产大飞机什么时候能飞欧美航线？欢迎在评论区留言讨论！", "comment prompt"),
        ("对此你怎么看？欢迎在评论区留言。", "comment prompt"),
        ("你支持这项新规吗？评论区聊聊吧~", "comment prompt"),
        ("欢迎大家留言，说说你的看法！", "comment prompt"),
        ("你有什麼看法？歡迎在下方留言分享！", "comment prompt"),
        ("歡迎在留言區分享你的看法。", "comment prompt"),
        ("這樣的改變你能接受嗎？歡迎留言告訴我們", "comment prompt"),
    ],
)
def test_tags_join_prompts_and_comment_bait_go(line, reason):
    text = f"{BODY}\n{line}\n{BODY_TW}"
    doc = chrome(text)
    assert doc.text == f"{BODY}\n{BODY_TW}"
    assert [e.reason for e in doc.edits] == [reason]


@pytest.mark.parametrize(
    "prose",
    [
        "#MeToo運動在台灣延燒，多名政治人物遭指控。",
        "#1",
        "網友在社群以#台灣加油 標籤聲援災區，貼文已破萬則。",
        "该话题在微博以#上海楼市#为标签，阅读量超过2亿。",
        "他在评论区留言说，这项政策来得太晚。",
        "網友紛紛在留言區留言：「太期待了！」",
        "市政府欢迎市民在网上留言，征求意见截止日期为6月30日。",
        "主办方欢迎读者在评论区留言讨论，优秀留言将获得纪念品，活动持续到月底。",
        "他为何删除评论？警方正在调查。",
        "谁在评论区留言？",
        "他說！快加入我們的行列，一起守護家園，這是全體居民的責任。",
    ],
)
def test_prose_about_tags_prompts_and_comments_stays(prose):
    text = f"{BODY}\n{prose}\n{BODY_TW}"
    assert chrome(text).text == text


@pytest.mark.parametrize(
    "poll",
    [
        "【你點睇？】恒指今年會否重上20,000點？\n會\n不會\n立即投票",
        "你支持延迟退休吗？\n支持\n反对\n不好说\n投票",
        "网友投票\n你会购买国产大飞机的机票吗？\n会\n不会\n看情况\n我要投票",
        "【投票】你認為央行下季會升息嗎？\nA. 會\nB. 不會\n馬上投票",
    ],
)
def test_reader_polls_go_with_their_options_and_button(poll):
    text = f"{BODY}\n{poll}\n{BODY_TW}"
    doc = chrome(text)
    assert doc.text == f"{BODY}\n{BODY_TW}"
    assert {e.reason for e in doc.edits} == {"reader poll"}


@pytest.mark.parametrize(
    "prose",
    [
        # a poll's result reported in prose, and lines beside a lone "投票" that make no poll
        "民调显示，52%的受访者支持该方案，38%反对，其余表示不好说。\n投票\n" + BODY,
        "本次網路投票共有3萬人參與，其中六成選擇「會」，四成選擇「不會」。",
        "你支持延迟退休吗？\n" + BODY_TW + "\n投票",
        "议程如下：\n开幕\n报告\n投票",
    ],
)
def test_polls_in_prose_or_without_options_stay(prose):
    text = f"{BODY}\n{prose}\n{BODY_TW}"
    assert chrome(text).text == text


@pytest.mark.parametrize("credit", ["流程编辑：U022", "流程編輯：A013", "流程编辑：王琪"])
def test_production_editor_credit_ends_the_article(credit):
    doc = chrome(f"{BODY}\n{credit}\n版权声明：本文为原创作品。")
    assert doc.text == f"{BODY}\n版权声明：本文为原创作品。"
    assert doc.edits[0].reason == "end-of-article marker: editor credit"
    assert splits(doc)


@pytest.mark.parametrize(
    "byline",
    [
        "記者林昱孜／綜合報導",
        "記者陳于婷／台北報導",
        "【記者王小明／高雄報導】",
        "〔記者林昱孜／台北報導〕",
        "（記者 李明 報道）",
        "文／記者張三",
        "特派員林昱孜／東京報導",
        "记者林昱孜／综合报道",
        "记者陈于婷/北京报道",
        "【记者王小明／上海报道】",
        "（记者 李明 报道）",
        "文/记者张三",
        "采访/撰文：张三",
        "撰文／李四",
        "本報記者 張三 報道",
        "核稿編輯 李雪莉 記者 張三",
        "（記者林昱孜／綜合報導 編輯：王五）",
        "责任编辑/记者 张三",
    ],
)
def test_reporter_bylines_are_no_desk_credits(byline):
    """A reporter's byline at the head (or after the body) is the author, never chrome."""
    for text in (f"地震最新消息\n{byline}\n{BODY_TW}", f"地震最新消息\n{BODY}\n{byline}"):
        doc = chrome(text)
        assert doc.text == text and not splits(doc)


@pytest.mark.parametrize(
    ("line", "editor"),
    [
        ("責任編輯：王五 記者：張三／台北報導", "責任編輯：王五 "),
        ("责任编辑：王五\u3000记者：张三／北京报道", "责任编辑：王五"),
        ("記者林昱孜／綜合報導 責任編輯：王五", " 責任編輯：王五"),
        ("记者 王晓 报道 责编：李四", " 责编：李四"),
    ],
)
def test_editor_beside_a_reporter_goes_alone(line, editor):
    """An editor named on the reporter's line goes; the reporter's part stays and the
    article goes on (the line is no end-of-article credit)."""
    text = f"地震最新消息\n{line}\n{BODY_TW}"
    doc = chrome(text)
    assert doc.text == text.replace(editor, "", 1) and not splits(doc)
    assert [e.reason for e in doc.edits] == ["editor credit"]


@pytest.mark.parametrize(
    "line", ["（編輯：林孟汝）1130820", "【責任編輯：陳明】", "【责任编辑：王晓】", "责编：张三", "責任編輯／李明", "（编辑：张三）"]
)
def test_desk_credits_still_end_the_article(line):
    text = f"{BODY}\n{line}\n另一篇文章的標題\n{BODY_TW}"
    doc = chrome(text)
    assert line not in doc.text and splits(doc) == [text.index(line)]


# -- the quiet-line gate: a line it spares is one no judgement finds anything in ----------

from cleanseeds.filters import chrome as chrome_module  # noqa: E402


def judged_alike(raw: str) -> bool:
    """The memoised verdict (behind the quiet gate) is the full judgement of the line."""
    s = raw.strip()
    if not s:
        return True
    plain = chrome_module._PLAIN_HAN.search(s) is not None
    return chrome_module._verdict(raw) == (s, chrome_module._judge(raw, s, plain))


# chrome of each kind the gate must let through, in both scripts, each holding a Han
# character that no widget word or counter holds
GATED_CHROME = [
    "点击下载凤凰新闻客户端", "點我下載TVBS新聞APP", "想了解更多精彩内容，快来关注齐鲁壹点", "關注我們的Instagram", "请关注钛媒体微信号（ID：taimeiti）",
    "打开澎湃新闻，阅读全文", "歡迎在下方留言分享你的看法。", "你觉得呢？欢迎在评论区留言讨论！", "閱讀時間 12 分鐘",
    "预计阅读时间：约5分钟", "收录于合集 #公司 36个", "收錄於話題 #科技", "DW中文有Instagram！歡迎搜索dw.chinese，追蹤我們",
    "敬请关注我们的微博", "腾讯网 新闻 视频 图片 军事 体育 娱乐 财经", "关于我们 | 隐私政策 | 广告服务 | 联系我们 | 网站地图",
    "聯合新聞網 / 要聞 / 政治", "网易首页 > 新闻中心 > 国内新闻", "差评XPIN incentive-icons", "界面新闻编辑 | 文姝琪",
    "发表时间：2024-05-01 浏览：3,562次", "發布時間 2024-05-01 12:00 瀏覽 1.2萬", "日期：2024年5月1日 闻者 VIEWS 1,203",
    "台積電熊本廠動工。（完）", "公司表示将扩大投资。（全文完）", "全體員工都在努力工作中。（本文完）",
    "市场回暖 [图片] 成交量放大", "点击展开全文", "本文来自微信公众号“X”（ID：abc），作者：Y", "责任编辑：王立群",
    "（編輯：林孟汝）1130820", "校对：刘军", "返回搜狐，查看更多", "▲台積電熊本廠。（圖／路透）", "（图片来源：视觉中国）",
    "►熊本房價狂飆 當地人：買不起了", "#中職 #味全龍 #王柏融", "原标题：美方加征关税 商务部回应", "+关注", "值班编辑 李雪莉",
    "图像加注文字，市民在公园赏花",
    # at the edges of what a judgement reads: a follow prompt longer than a call to action,
    # a counter's label in a casing only case folding finds, a menu of six items, a link
    # bar of four, a call to comment and a breadcrumb with no other cue
    "DW中文有Instagram與Facebook專頁，每天為您整理國際要聞與深度分析報導，掌握第一手國際新聞動態，歡迎各位搜尋dw.chinese並按讚",
    "德国之声中文网有微博和Instagram账号，每天为您整理国际要闻与深度分析报道，掌握第一手国际新闻动态，欢迎大家搜索dw.chinese并点赞",
    "日期：2024年5月1日 闻者 vIeWs 1,203", "腾讯网 新闻 视频 图片 军事 体育", "关于我们 | 隐私政策 | 广告服务 | 联系我们",
    "欢迎大家在评论区留言讨论。", "歡迎各位在留言區留言討論", "请在评论区留言讨论。", "請在留言區留言討論",
    "鲸鱼 2024-05-01 vIeWs 1,203", "鯨魚 2024.05.01 LiKeS 88", "聯合新聞網 / 要聞 / 政治 / 國際新聞 / 兩岸新聞 / 地方新聞 / 產經新聞",
    # a board's and a forum's furniture, readers' comments by floor, more editors' titles
    "※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 1.160.22.33 (臺灣)", "※ 文章網址: https://www.ptt.cc/bbs/Stock/M.1.html",
    "◆ From: 140.112.1.1", "推 abcd1234: 航母要起飛了 05/10 14:33", "→ kimo99: 還沒上車的哭哭 05/10 14:36",
    "本帖最后由 股海老王 于 2024-5-10 14:32 编辑", "本帖最後由 阿明 於 2024/05/10 14:32:08 編輯",
    "B1 匿名 國立中興大學 恭喜原PO！請問自學是看哪些資源？ 5月15日 22:31", "2楼 老韭菜 回复 1楼 同意",
    "#1 路人：好文推一個 3小時前", "第5楼 张三：学习了 5分钟前", "2F 網友甲：說得好 05-17 22:03", "B1 美食街",
    "网络编辑：马肃平", "網路編輯：陳怡君", "新媒体编辑：王小明", "审核：张三", "審核：李四 王五", "终审：陈大文",
    "南方周末 > 经济", "批踢踢實業坊 › 看板 Stock", "返回看板", "只看該作者", "--",
    # a rewarded tip-off, a tap on "here" to contribute
    "（下载红星新闻，报料有奖！）", "下載鏡週刊APP，爆料有獎！", "报料有奖", "点击这里投稿", "請點擊這裡報料",
]
# lines the gate spares, or whose cues come to nothing: prose, a link in a sentence, a
# label in a casing ``regex`` does not fold
GATED_PROSE = [
    BODY, BODY_TW, "他在記者會上表示，將加快新產品的研發進度，並於明年推出。", "他说：「展开全文」不是按钮。",
    "更多精彩內容請瀏覽 https://example.com/news/abc", "更新于 2024-05-01 · 1,203 vıews", "说明 2024.05.01 1203 LıKES",
]


@pytest.mark.parametrize("line", GATED_CHROME + GATED_PROSE)
def test_quiet_gate_keeps_every_judgement(line):
    assert judged_alike(line)
    assert judged_alike(f"  {line}\t")


@pytest.mark.parametrize("line", GATED_CHROME)
def test_quiet_gate_lets_chrome_through(line):
    assert chrome_module._verdict(line)[1] is not None


@pytest.mark.parametrize("line", [BODY, BODY_TW, "他在記者會上表示，將加快新產品的研發進度，並於明年推出。"])
def test_quiet_gate_spares_prose(line):
    assert chrome_module._quiet(line, line)


def test_quiet_gate_on_the_seeds(seeds):
    for path in seeds:
        for raw in path.read_text(encoding="utf-8").split("\n"):
            assert judged_alike(raw), raw


#: characters of every cue, mark and first character of the judgements, with odd casings
CUE_ALPHABET = (
    "点击下载关注订阅加入打开阅读閱讀查看看更多全文本文完编輯编辑校对责任返回搜狐海进入留言评论評論收录于收錄於迎敬"
    "浏览瀏覽次阅人时间時間日期赞讚分享转发粉丝图圖片来源（）()【】[]▲►#＋+|｜/／>-—:：，。！？ 　\t"
    "0123456789.年月ViEWSvıewsLİKEKſharecomment新闻網台政治财经要闻公司市场投资表示今年的研发"
    "※◆推噓→Bb楼樓Ff#第网络網路新媒体审核審核终审看板本帖最后由于编辑原PO回复前小时分钟From"
)


@settings(max_examples=300, deadline=None)
@given(st.text(CUE_ALPHABET, min_size=1, max_size=120))
def test_quiet_gate_on_cue_soup(line):
    assert judged_alike(line)


def test_foreign_ascii_is_foreign():
    """The ``re`` class for ASCII lines finds what ``_FOREIGN`` finds, character by character."""
    for c in map(chr, range(128)):
        assert bool(chrome_module._FOREIGN_ASCII.search(c)) == bool(chrome_module._FOREIGN.search(c)), repr(c)


@pytest.mark.parametrize("label", ["views", "VIEWS", "vıews", "vİews", "Likes", "LİKE", "liKe", "ſhares", "CoMmEnTs"])
def test_latin_counter_labels_in_any_casing(label):
    """Every casing ``_COUNTER_CUE`` finds, the gate's scan for Latin labels finds too."""
    if chrome_module._COUNTER_CUE.search(label):
        assert chrome_module._LATIN_LABEL.search(label)


@pytest.mark.parametrize(
    "line",
    ["（下载红星新闻，报料有奖！）", "（下載鏡週刊APP，爆料有獎！）", "报料有奖", "爆料有獎！", "点击这里投稿", "請點擊這裡報料"],
)
def test_tip_off_rewards_and_contributions_are_calls_to_action(line):
    assert chrome_module._widget_kind(line) == "strong"


@pytest.mark.parametrize(
    "line",
    [
        "警方呼吁市民积极报料。", "市民报料有奖励，最高可获五千元。", "网友在微博爆料有奖金可拿。",
        "讀者可以點擊這裡查詢", "他說（記者點擊這裡）", "該報推出爆料有獎活動，吸引大批讀者投稿。",
    ],
)
def test_sentences_on_tip_offs_and_contributions_stay(line):
    assert chrome_module._widget_kind(line) is None


@pytest.mark.parametrize(
    "line",
    ["想了解更多精彩内容，快来关注齐鲁壹点", "想瞭解更多精彩內容，快來關注鏡週刊", "想了解更多精彩内容，欢迎关注某某号"],
)
def test_read_more_and_follow_outlet_is_a_call_to_action(line):
    assert chrome_module._verdict(line)[1] is not None


@pytest.mark.parametrize(
    "line",
    [
        "想了解更多详情的市民，可拨打12345热线咨询。",
        "想瞭解更多內容的民眾，可上市府官網查詢。",
        "快来关注齐鲁壹点",
        "他说：想了解更多内容，欢迎关注他的账号。",
        "请关注天气变化",
    ],
)
def test_read_more_prose_is_no_call_to_action(line):
    assert chrome_module._verdict(line)[1] is None


@pytest.mark.parametrize(
    "line",
    [
        # the same buttons as portals in the other script write them: the word lists hold
        # in both scripts (``scripts.twins``), whichever one a word was listed in
        "縮小字體 放大字體 收藏 微博 微信 分享",
        "點贊(56) 評論(12)",
        "回覆 點贊",
        "轉發 256 評論 1032 贊 3421",
        "举报 收藏 转寄",
    ],
)
def test_widget_lines_go_in_either_script(line):
    doc = chrome(f"{BODY_TW}\n{line}\n{BODY}")
    assert doc.text == f"{BODY_TW}\n{BODY}"
