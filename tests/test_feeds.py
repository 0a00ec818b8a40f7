"""The feeds filter: related-article lists go, found by their structure."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanseeds.document import Change, Document
from cleanseeds.filters.feeds import FeedsFilter, line_kind
from cleanseeds.lines import unmemoised

BODY = "公司表示，今年将继续扩大在华投资，并加快新产品的研发进度。"
BODY_TW = "業內人士指出，這項政策將對整個產業鏈產生深遠影響。"
HEADLINES = [
    "惊艳!全红婵 “换头式” 长大,长发披肩秒变甜妹",
    "四五次催诊电话“穷追不舍”,瑞金医生为啥非要喊他来手术?",
    "佛山市海鲸电器有限公司成立 注册资本10万人民币",
    "TD Cowen上调戴尔科技目标价至150美元",
    "台積電法說會釋利多 外資連三買",
    "颱風動態更新 北部山區慎防豪雨",
    "狗都叹气,社保利息公布了...",
]


def feeds(text: str) -> Document:
    doc = Document(text)
    FeedsFilter()(doc)
    return doc


def splits(doc: Document) -> list[int]:
    return [n.pos for n in doc.notes if n.split]


@pytest.mark.parametrize(
    "header",
    ["推荐阅读", "相关推荐", "热点推荐", "相关阅读", "猜你喜欢", "往期回顾 全部", "热门文章", "延伸阅读",
     "延伸閱讀", "相關新聞", "推薦閱讀", "【相关阅读】", "▌往期推荐", "Related articles", "大家都在看"],
)
def test_headed_feed_goes_and_ends_article(header):
    feed = "\n".join([header, *HEADLINES[:4]])
    text = f"{BODY}\n{feed}\n"
    doc = feeds(text)
    assert doc.text == f"{BODY}\n"
    assert doc.edits[0].reason.startswith("related feed: heading")
    assert splits(doc) == [len(BODY) + 1]


def test_one_line_related_link():
    doc = feeds(f"{BODY}\n相关阅读：《光刻机国产化进入关键阶段》\n")
    assert doc.text == f"{BODY}\n"


def test_feed_stops_at_prose():
    text = f"{BODY}\n推荐阅读\n{HEADLINES[0]}\n{HEADLINES[1]}\n{BODY_TW}"
    doc = feeds(text)
    assert doc.text == f"{BODY}\n{BODY_TW}"


def test_headerless_headline_count_alternation():
    items = []
    for h, n in zip(HEADLINES, ["6152", "6264", "5592", "4984", "1.2万", "3090", "9486"]):
        items += [h, n]
    doc = feeds(f"{BODY}\n" + "\n".join(items))
    assert doc.text == f"{BODY}\n"
    assert "counts or times" in doc.edits[0].reason
    assert splits(doc)


def test_headerless_headline_repeat_source_time():
    items = []
    for i, h in enumerate(HEADLINES[:5]):
        items += [h, "", h, "", f"作者号{i}", f"2025-12-{10 + i} 08:03:04"]
    doc = feeds(f"{BODY}\n" + "\n".join(items) + f"\n下一篇的标题\n\n{BODY_TW}")
    assert doc.text == f"{BODY}\n下一篇的标题\n\n{BODY_TW}"


@pytest.mark.parametrize(
    "meta",
    ["新浪财经 2小时前", "腾讯新闻 356评论", "某某号 · 1.2万阅读 · 3天前", "中央社 12-31 08:03", "5 hours ago"],
)
def test_headerless_source_time_lines(meta):
    items = []
    for h in HEADLINES[:4]:
        items += [h, meta]
    doc = feeds(f"{BODY}\n" + "\n".join(items))
    assert doc.text == f"{BODY}\n"


def test_section_blocks_with_one_headline_each():
    blocks = []
    for label, h in zip(["头条要闻", "体育要闻", "娱乐要闻", "财经要闻"], HEADLINES):
        blocks += [label, "", h, ""]
    doc = feeds(f"{BODY}\n\n" + "\n".join(blocks))
    assert doc.text == f"{BODY}\n\n"
    assert "section blocks" in doc.edits[0].reason


@pytest.mark.parametrize(
    "text",
    [
        # subheadings between paragraphs
        f"一、市场回暖\n{BODY}\n二、政策支持\n{BODY_TW}\n三、未来展望\n{BODY}",
        # a numbered list, numbers on their own lines
        f"{BODY}\n1\n苹果的新款手机\n2\n华为的折叠屏\n3\n小米的汽车业务\n{BODY_TW}",
        # a short poem
        "春眠不觉晓\n处处闻啼鸟\n夜来风雨声\n花落知多少",
        # table cells
        "場景 |\n森億服務 |\n智慧臨床 |\n醫療質控、單病種管理、病例質控等各種應用 |\n智慧管理 |\n智慧運管管理相關產品 |",
        # prose that names a feed heading
        f"{BODY}\n推荐阅读这本书的人，大多是年轻的创业者。\n{BODY_TW}",
        # the publication time under a title
        f"美國松口H20芯片\n2025-07-15 19:50\n(來源:華山穹劍)\n{BODY_TW}",
    ],
)
def test_article_structure_survives(text):
    assert feeds(text).text == text


def test_line_kinds():
    assert line_kind("推荐阅读") == "header"
    assert line_kind("2025-12-31 08:03:04") == "marker"
    assert line_kind("6152") == "marker"
    assert line_kind("头条要闻") == "label"
    assert line_kind(HEADLINES[1]) == "head"
    assert line_kind(BODY) == "prose"


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(HEADLINES), min_size=3, max_size=12),
       st.lists(st.integers(100, 99999), min_size=12, max_size=12))
def test_any_headline_count_run_goes(heads, counts):
    items = []
    for h, n in zip(heads, counts):
        items += [h, str(n)]
    doc = feeds(f"{BODY}\n" + "\n".join(items))
    assert doc.text == f"{BODY}\n"
    assert feeds(doc.text).text == doc.text


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([BODY, BODY_TW, "# 什么是 H20?", "小经销商还怎么玩。", "图 | 质谱集群"]),
                min_size=1, max_size=10))
def test_articles_without_feeds_untouched(parts):
    text = "\n".join(parts)
    doc = feeds(text)
    assert doc.text == text and not doc.notes


def test_seed_feeds_go_and_bodies_stay():
    from pathlib import Path

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    text = (seeds / "000_fc14589b7a7b1c5a.txt").read_text(encoding="utf-8")
    doc = feeds(text)
    assert doc.text.endswith("返回搜狐,查看😍更多\n")
    assert "注册资本" not in doc.text
    text = (seeds / "001_f8e108a88b08aadd.txt").read_text(encoding="utf-8")
    doc = feeds(text)
    assert "头条要闻" not in doc.text and "2025-12-31 08:03:04" not in doc.text
    assert "国产GPU,太不容易 —— 电子工程世界" in doc.text
    assert "撰文:早起" in doc.text


# -- where a feed ends; headings without a colon's item; headless link runs ----------------

from cleanseeds.filters.feeds import line_role  # noqa: E402


@pytest.mark.parametrize("header", ["相关新闻：", "相關新聞：", "延伸阅读:", "【相关阅读】：", "看更多："])
def test_heading_with_bare_colon(header):
    doc = feeds(f"{BODY}\n{header}\n{HEADLINES[0]}\n{HEADLINES[4]}\n")
    assert doc.text == f"{BODY}\n"


@pytest.mark.parametrize(
    "head",
    [
        # a headline, then its date and source line: the next article's head
        "日本5月企业物价指数同比上涨2.4%\n2024年06月12日 10:21 来源：中国新闻网",
        "一季度GDP同比增长5.3% 经济开局良好\n2024年04月16日 10:51 来源于 财新网",
        "風評：少子化不是一兩個政策能解決的\n風傳媒 / 風傳媒評論 2024-05-07 06:00",
        "賴清德出訪友邦 外交部：行程依慣例不公布\n政治中心／綜合報導\n2024/08/13 10:20",
        "九龍城大廈棚架倒塌 兩途人受傷送院\n撰文：陳嘉明\n2024/09/03",
    ],
)
def test_feed_stops_at_next_article_head(head):
    text = f"{BODY}\n推荐阅读\n{HEADLINES[0]}\n{HEADLINES[4]}\n{head}\n{BODY_TW}\n"
    doc = feeds(text)
    assert doc.text == f"{BODY}\n{head}\n{BODY_TW}\n"
    title_at = len(f"{BODY}\n")
    assert [doc.text_offset(p) for p in splits(doc)] == [title_at, title_at]  # feed ends one, head starts one
    assert feeds(doc.text).text == doc.text


@pytest.mark.parametrize(
    "stop",
    [
        "即時新聞 > 港澳",
        "财新网 > 经济 > 正文",
        "人民网>>财经>>正文",
        "Copyright © 1997-2024 by www.people.com.cn. all rights reserved",
        "人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用",
        "京ICP证060535号 京公网安备11000002000015号",
        "東網版權所有",
    ],
)
def test_feed_stops_at_breadcrumb_or_copyright(stop):
    rest = f"{stop}\n2024年09月03日 14:10\n港鐵屯馬線信號故障 班次延誤約10分鐘\n{BODY_TW}\n"
    doc = feeds(f"{BODY}\n相關閱讀\n{HEADLINES[4]}\n{HEADLINES[5]}\n{rest}")
    assert doc.text == f"{BODY}\n{rest}"


def test_feed_stops_where_another_filter_cut_a_breadcrumb():
    text = f"{BODY}\n猜你喜欢\n{HEADLINES[0]}\n{HEADLINES[2]}\n财新网 > 经济 > 正文\n一季度GDP同比增长5.3%\n{BODY_TW}\n"
    doc = Document(text)
    crumb = text.index("财新网")
    doc.apply([Change(crumb, crumb + len("财新网 > 经济 > 正文\n"), "", "breadcrumb")], "chrome")
    FeedsFilter()(doc)
    assert doc.text == f"{BODY}\n一季度GDP同比增长5.3%\n{BODY_TW}\n"


def test_items_under_a_heading_another_filter_cut():
    text = f"{BODY}\n看更多：\n風評：房價高漲是生育率的殺手\n"
    doc = Document(text)
    at = text.index("看更多")
    doc.apply([Change(at, at + len("看更多：\n"), "", "widget")], "chrome")
    FeedsFilter()(doc)
    assert doc.text == f"{BODY}\n"


def test_cut_heading_before_prose_keeps_what_follows():
    # a "read more" expander cut mid-article: the subheading and prose after it stay
    text = f"{BODY}\n看更多\n二、政策支持\n{BODY_TW}\n"
    doc = Document(text)
    at = text.index("看更多")
    doc.apply([Change(at, at + len("看更多\n"), "", "widget")], "chrome")
    FeedsFilter()(doc)
    assert doc.text == f"{BODY}\n二、政策支持\n{BODY_TW}\n"
    assert not splits(doc)


def test_dated_items_are_items():
    items = "\n".join(f"{h}\n2024-06-{10 + i} 08:0{i}" for i, h in enumerate(HEADLINES[:4]))
    doc = feeds(f"{BODY}\n相关新闻\n{items}\n")
    assert doc.text == f"{BODY}\n"


@pytest.mark.parametrize(
    "header",
    ["▸ 更多 TVBS 報導", "更多 NOWnews 今日新聞 報導", "更多風傳媒報導", "看更多 CTWANT 文章", "更多精彩报道",
     "网易热搜", "微博熱搜榜", "热搜", "熱門"],
)
def test_heading_kinds(header):
    doc = feeds(f"{BODY}\n{header}\n{HEADLINES[1]}\n{HEADLINES[5]}\n")
    assert doc.text == f"{BODY}\n"


def test_hot_list_with_ranks_and_counts():
    hot = "网易热搜\n1 618预售开启 各平台优惠力度对比 389万\n2 多地公布高考安排 301万\n3 国足客场对阵新加坡 275万"
    doc = feeds(f"{BODY}\n{hot}\n")
    assert doc.text == f"{BODY}\n"


def test_bulleted_links_at_the_tail():
    tail = "►直播／賴清德總統出席活動\n►最新政治新聞一次看\n▸遇到火災怎麼辦？ 消防局教你關門避難"
    doc = feeds(f"{BODY_TW}\n{tail}\n")
    assert doc.text == f"{BODY_TW}\n"
    assert not splits(doc)


@pytest.mark.parametrize(
    "text",
    [
        # bullet points inside an article: prose resumes after them
        f"{BODY}\n▶ 加强市场监管力度\n▶ 完善社会保障制度\n{BODY_TW}\n",
        # one bulleted line is not a run
        f"{BODY_TW}\n►遇到火災怎麼辦？ 消防局教你關門避難\n",
        # prose that names a hot list
        f"{BODY}\n这条消息很快冲上微博热搜，引发网友热议。\n",
        f"{BODY_TW}\n更多的人開始關注這類報導，相關討論持續發酵。\n",
        # an article head right after the body: no feed
        f"{BODY}\n日本5月企业物价指数同比上涨2.4%\n2024年06月12日 10:21 来源：中国新闻网\n{BODY_TW}\n",
    ],
)
def test_near_misses_stay(text):
    doc = feeds(text)
    assert doc.text == text and not splits(doc)


def test_line_roles():
    assert line_role("财新网 > 经济 > 正文") == "stop"
    assert line_role("Copyright © 2024 ETtoday.net All Rights Reserved.") == "stop"
    assert line_role("2024年06月12日 10:21 来源：中国新闻网") == "meta"
    assert line_role("2024/07/15") == "meta"
    assert line_role("記者張書瑋／新北報導") == "meta"
    assert line_role("►最新政治新聞一次看") == "bullet"
    assert line_role("2024年6月21日外汇牌价") == ""  # a headline that opens with a date
    assert line_role("营收>预期，股价大涨") == ""
    assert line_role(HEADLINES[3]) == ""


@pytest.mark.parametrize("link", ["延伸閱讀：台灣中小企業的接班危機", "相关阅读：新能源车企价格战何时休", "推荐阅读：央行再度降准"])
def test_one_read_also_line_inside_an_article_is_cut_without_ending_it(link):
    import cleanseeds

    before = "業內人士指出，這項政策將對整個產業鏈產生深遠影響，中小企業首當其衝。"
    after = "但自動化的門檻並不低。一套機械手臂動輒數百萬元，許多工廠仍在觀望。"
    (art,) = cleanseeds.clean(f"{before}\n{link}\n{after}\n")
    assert art.paragraphs == [before, after]


# -- headings as unseen portals word them; built headings need headlines under them ------

from cleanseeds.filters.feeds import built_heading  # noqa: E402

TW_HEADS = ["北市捷運新線動工 預計2031年通車", "外資連三賣 台股收跌逾百點", "中颱逼近 氣象署不排除發海警"]
CN_HEADS = ["国家统计局：11月CPI同比上涨0.2%", "多地出台新政 支持首套房贷款", "冬季流感高发 专家提醒及时接种"]
HK_HEADS = ["港鐵東鐵綫今早信號故障 班次延誤", "政府擬推新一輪消費券 詳情下月公布", "天文台：明日氣溫回升 市區最高24度"]


@pytest.mark.parametrize(
    "header,heads",
    [
        # listed headings and their Traditional forms, with what portals put around them
        ("熱門排行", TW_HEADS),
        ("▍延伸閱讀", TW_HEADS),
        ("📌延伸閱讀", TW_HEADS),
        ("★ 推薦閱讀 ★", TW_HEADS),
        ("＞＞相關新聞", HK_HEADS),
        ("延伸阅读▼", CN_HEADS),
        ("推荐阅读 ↓", CN_HEADS),
        ("看更多鏡週刊報導", TW_HEADS),
        ("More on this story", HK_HEADS),
        # built: what a box offers, and as what
        ("更多精彩內容", TW_HEADS),
        ("今日熱門", TW_HEADS),
        ("24小时热门", CN_HEADS),
        ("熱門新聞排行", HK_HEADS),
        ("重点新闻推荐", CN_HEADS),
        ("编辑精选", CN_HEADS),
        ("編輯推介", HK_HEADS),
        ("人氣新聞", TW_HEADS),
        ("热点专题", CN_HEADS),
        ("相關影音", TW_HEADS),
        # built: the reader addressed
        ("你可能有興趣", TW_HEADS),
        ("你可能也想看", TW_HEADS),
        ("你可能錯過了", HK_HEADS),
        ("猜你想看", CN_HEADS),
        ("猜您喜欢", CN_HEADS),
        ("為您精選", HK_HEADS),
        ("不容錯過", TW_HEADS),
        # built: what other readers read
        ("其他人也看了這些新聞", TW_HEADS),
        ("看了本文的人还看了：", CN_HEADS),
        ("看了这篇文章的人还看了", CN_HEADS),
        ("大家都在讀", TW_HEADS),
        ("网友还看了", CN_HEADS),
    ],
)
def test_unseen_portal_headings(header, heads):
    body = BODY if heads is CN_HEADS else BODY_TW
    doc = feeds(f"{body}\n{header}\n" + "\n".join(heads) + "\n")
    assert doc.text == f"{body}\n"
    assert splits(doc) == [len(body) + 1]
    assert feeds(doc.text).text == doc.text


@pytest.mark.parametrize(
    "block",
    [
        # a Taiwanese portal: the box, each headline with its date
        "你可能有興趣\n"
        + "\n".join(f"{h}\n2024/12/0{i + 1} 10:2{i}" for i, h in enumerate(TW_HEADS)),
        # a Hong Kong portal: the box, headlines with a bullet dot before them
        "相關文章：\n" + "\n".join(f"• {h}" for h in HK_HEADS),
        # a mainland portal: ranked headlines with read counts
        "热门资讯排行\n" + "\n".join(f"{i + 1} {h}\n{n}阅读" for i, (h, n) in enumerate(zip(CN_HEADS, [3521, 2987, 1204]))),
        # a WeChat-style footer: the box, and headlines in book-title marks
        "往期精选\n" + "\n".join(f"《{h}》" for h in CN_HEADS),
        # a site's "others also read" box, source and time under each headline
        "其他人也看了\n" + "\n".join(f"{h}\n三立新聞網 2小時前" for h in TW_HEADS),
    ],
)
def test_real_feed_blocks(block):
    body = BODY if "热门" in block or "往期" in block else BODY_TW
    doc = feeds(f"{body}\n{block}\n")
    assert doc.text == f"{body}\n"


def test_credit_line_stays_above_the_box():
    credit = "（編輯：陳政偉）1131203"
    doc = feeds(f"{BODY_TW}\n{credit}\n你可能有興趣\n" + "\n".join(TW_HEADS) + "\n")
    assert doc.text == f"{BODY_TW}\n{credit}\n"


def test_built_heading_before_the_next_article():
    nxt = "颱風動態更新 北部山區慎防豪雨\n2024/08/13 10:20\n" + BODY_TW
    doc = feeds(f"{BODY_TW}\n你可能也想看\n" + "\n".join(TW_HEADS) + f"\n{nxt}\n")
    assert doc.text == f"{BODY_TW}\n{nxt}\n"


@pytest.mark.parametrize(
    "line",
    ["其他人也看了這些新聞", "你可能有興趣...", "猜你喜欢", "24小時熱門", "為您推薦", "熱門話題 >", "看了本文的人還看了："],
)
def test_built_headings_are_headers(line):
    assert line_kind(line) == "header"


@pytest.mark.parametrize(
    "line",
    ["你可能會喜歡這款手機的設計", "大家都在看這場比賽", "熱門話題：颱風明日登陸", "最新消息", "國際新聞", "相關政策",
     "推薦書單", "一、市场回暖", BODY],
)
def test_not_built_headings(line):
    assert not built_heading(line)


# -- articles that list things: none of it is a feed -------------------------------------

LIST_NEGATIVES = [
    # numbered steps, both scripts
    f"{BODY_TW}\n更改密碼的步驟如下：\n1. 打開手機的設定頁面\n2. 點選帳號與安全性\n3. 輸入新密碼並再次確認\n{BODY_TW}\n",
    f"{BODY}\n具体操作步骤：\n第一步，打开微信并登录账号\n第二步，点击右下角的“我”\n第三步，进入设置中的隐私选项\n{BODY}\n",
    # a list of quotes
    f"{BODY_TW}\n網友紛紛留言：\n「這政策根本來不及反應」\n「希望政府再多想想配套」\n「支持！早該這麼做了」\n{BODY_TW}\n",
    # the article's own table of contents
    f"本文目录\n一、疫情下的消费变化\n二、线上渠道的崛起\n三、未来三年的展望\n{BODY}\n{BODY}\n",
    # a live blog: short updates, each with its time
    f"{BODY_TW}\n08:00 颱風中心位於鵝鑾鼻東南方\n09:30 花蓮縣宣布明日停班停課\n10:15 台鐵部分班次停駛\n{BODY_TW}\n",
    # a programme
    f"{BODY}\n活动议程\n09:00 嘉宾签到\n09:30 开幕致辞\n10:00 主题演讲：人工智能与制造业\n{BODY}\n",
    # a list of books and of products
    f"{BODY_TW}\n推薦書單：\n《人類大歷史》\n《槍炮、病菌與鋼鐵》\n《快思慢想》\n{BODY_TW}\n",
    f"{BODY}\n记者了解到，以下几款机型最受欢迎：\n华为Mate 60 Pro\n小米14 Ultra\nvivo X100 Pro\n{BODY}\n",
    # a subheading that reads like a box's heading, prose under it
    f"{BODY_TW}\n熱門話題\n{BODY_TW}\n",
    f"{BODY}\n精彩内容\n{BODY}\n",
    # one line under a built heading, then the story goes on
    f"{BODY_TW}\n編輯推介\n這本書值得一讀\n{BODY_TW}\n",
    # a built heading over short labels (a menu of the article's own parts)
    f"{BODY}\n热门话题\n政策\n市场\n{BODY}\n",
    # live blogs: a time over each update (the time leads; a feed's date follows its link)
    f"{BODY_TW}\n2024-07-24 08:00\n颱風中心位於鵝鑾鼻東南方120公里\n2024-07-24 09:30\n花蓮縣宣布明日停班停課\n"
    f"2024-07-24 10:15\n台鐵部分班次停駛\n{BODY_TW}\n",
    f"{BODY}\n12月5日 08:00\n国家发改委召开新闻发布会\n12月5日 09:30\n北京发布大风蓝色预警\n12月5日 10:15\n"
    f"首都机场部分航班延误\n{BODY}\n",
    # two short headline-like lines under a built heading, then the story goes on
    f"{BODY}\n热门话题\n人工智能如何改变制造业\n新能源车价格战何时休\n{BODY}\n",
    # the points of the article under a subheading made of feed words
    f"{BODY}\n重点内容\n一是加快推进产业转型升级\n二是持续扩大有效投资\n三是着力稳定就业\n{BODY}\n",
    f"{BODY_TW}\n精彩內容\n（一）開幕典禮與貴賓致詞\n（二）得獎作品巡迴展出\n（三）導演映後座談\n{BODY_TW}\n",
    # sentences that name boxes
    f"{BODY_TW}\n大家都在看這場比賽，現場座無虛席。\n你可能有興趣知道，這項技術早在十年前就已問世。\n",
]


@pytest.mark.parametrize("text", LIST_NEGATIVES)
def test_article_lists_stay(text):
    doc = feeds(text)
    assert doc.text == text and not splits(doc)


def test_built_heading_mid_text_needs_three_headlines():
    doc = feeds(f"{BODY}\n今日热点\n" + "\n".join(CN_HEADS) + f"\n{BODY}\n")
    assert doc.text == f"{BODY}\n{BODY}\n"
    assert splits(doc)


# -- the prose shortcut: a finished sentence is answered without the patterns ------------

#: lines near the shortcut's edge, built as heading, colon, blanks, item, stop, closers:
#: heading words (both scripts, Latin), blanks (``\u3000``, a no-break space, ``\x1c``
#: that only strip() takes), closing quotes, teaser dots, counts and times
_HEADS = ["", "推荐阅读", "延伸閱讀", "相關新聞", "猜你喜欢", "更多 TVBS 報導", "网易热搜", "Read more", "【相关阅读】", "▌", "阅读"]
_SEPS = ["", "：", ":", " ", "，"]
_BLANKS = ["", " ", "\u3000", "\xa0", "\x1c", "  "]
_WORDS = ["好消息", "台積電法說會", "公司表示将继续扩大投资", "業內人士指出", "6152", "2025-12-31 08:03", "次播放", "a", "1"]
_STOPS = ["", "。", "；", ";", "…", "...", "!"]
_CLOSE = ["", "」", "”", "）", "」」", " "]
_edge_lines = st.tuples(
    st.sampled_from(_HEADS), st.sampled_from(_SEPS), st.lists(st.sampled_from(_BLANKS), max_size=3),
    st.lists(st.sampled_from(_WORDS + _SEPS + _BLANKS), min_size=1, max_size=4),
    st.sampled_from(_STOPS), st.sampled_from(_CLOSE),
).map(lambda t: t[0] + t[1] + "".join(t[2]) + "".join(t[3]) + t[4] + t[5])


def _full_kind(s: str) -> str:
    """What :func:`line_kind` says without its shortcut for finished sentences."""
    from cleanseeds.filters import feeds as mod

    shortcut = mod._finished_sentence
    mod._finished_sentence = lambda s: False
    try:
        return unmemoised(line_kind)(s)
    finally:
        mod._finished_sentence = shortcut


@settings(max_examples=2000, deadline=None)
@given(_edge_lines)
def test_finished_sentence_shortcut_is_only_ever_prose(s):
    assert unmemoised(line_kind)(s) == _full_kind(s)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a short item after a colon makes a one-line related link, even ending in a stop
        ("相关阅读：好消息。", "header"),
        ("延伸閱讀：颱風來了。」", "header"),
        ("推荐阅读：\u3000\u3000好消息。", "header"),
        ("Read more: 台積電法說會；", "header"),
        # a whole sentence after the colon is the story's own
        ("相关阅读：公司表示，今年将继续扩大在华投资。", "prose"),
        ("記者指出：這項政策將對整個產業鏈產生深遠影響。」", "prose"),
        (BODY, "prose"),
        (BODY_TW, "prose"),
        (f"  {BODY_TW}\u3000", "prose"),
    ],
)
def test_finished_sentences_and_short_items(line, kind):
    assert line_kind(line) == kind == _full_kind(line)


# -- stops and cut headings: the cheap signs looked at first ------------------------------

STOP_LINES = [
    "即時新聞 > 港澳",
    "新聞首頁 › 國際",
    "首页 » 科技",
    "Copyright © 2024 ETtoday.net All Rights Reserved.",
    "COPY RIGHT 2024",  # not one: the word is split
    "ALL RIGHTS RESERVED",
    "人 民 网 股 份 有 限 公 司 版 权 所 有",
    "東網版權所有",
    "京ICP证060535号",
    "京 icp 備 12345678 號",
    "京公网安备11000002000015号",
    "北市公網安備 10001 號",
]


@pytest.mark.parametrize("line", STOP_LINES)
def test_every_stop_shows_in_any_text_around_it(line):
    from cleanseeds.filters.feeds import _may_hold_stop, _stop_line

    if _stop_line(line):
        for text in (line, f"{HEADLINES[0]}\n{line}", f"{line}\n{HEADLINES[5]}", f"{HEADLINES[1]}\n  {line}  \n{BODY}"):
            assert _may_hold_stop(text)


@pytest.mark.parametrize("line", HEADLINES + [BODY, BODY_TW, "推荐阅读", "6152", "2025-12-31 08:03:04"])
def test_no_stop_shown_in_headlines(line):
    from cleanseeds.filters.feeds import _may_hold_stop

    assert not _may_hold_stop(line)


def _cut(text: str, piece: str) -> Document:
    doc = Document(text)
    at = text.index(piece)
    doc.apply([Change(at, at + len(piece), "", "widget")], "chrome")
    return doc


def test_heading_cut_among_other_cuts():
    # a cut before prose (judged for nothing) and a cut heading over the feed
    text = f"{BODY}\n分享到：微信\n{BODY_TW}\n延伸閱讀\n{HEADLINES[4]}\n{HEADLINES[5]}\n"
    doc = _cut(text, "分享到：微信\n")
    at = doc.text.index("延伸閱讀")
    doc.apply([Change(at, at + len("延伸閱讀\n"), "", "widget")], "chrome")
    FeedsFilter()(doc)
    assert doc.text == f"{BODY}\n{BODY_TW}\n"


def test_heading_cut_before_a_blank_line_heads_nothing():
    text = f"{BODY}\n相关推荐\n\n{HEADLINES[0]}\n{BODY_TW}\n"
    doc = _cut(text, "相关推荐\n")
    FeedsFilter()(doc)
    assert doc.text == f"{BODY}\n\n{HEADLINES[0]}\n{BODY_TW}\n"


def test_cut_stop_inside_a_feed_ends_it():
    text = f"{BODY}\n相关新闻\n{HEADLINES[0]}\n{HEADLINES[1]}\n首页 > 财经 > 正文\n{HEADLINES[2]}\n{BODY_TW}\n"
    doc = _cut(text, "首页 > 财经 > 正文\n")
    FeedsFilter()(doc)
    assert doc.text == f"{BODY}\n{HEADLINES[2]}\n{BODY_TW}\n"


# -- a headline, its byline, its date: the head of the next article ----------------------------

#: headlines of the next article and their date lines, both scripts
NEXT_HEADS = [
    ("台南老屋變身青年旅館 文化局：兼顧保存與活化", "2024/05/12 14:25"),
    ("城市更新让老街区焕发新活力", "2024-05-12 09:30"),
]


@pytest.mark.parametrize(
    "byline",
    [
        "王小明",  # 中時: the bare name under the headline
        "張子午",
        "张晓燕",
        "歐陽娜娜",  # a compound surname
        "王小明 李大華",
        "王小明、李大华",
        "王小明 撰文",
        "記者 王小明",
        "记者 张晓燕",
        "文／王小明",
        "文/张晓燕",
        "王小明 / 台北報導",
        "記者王小明／台北報導",
        "撰文 王小明",
        "中時新聞網 王小明",
        "新华社记者 王小明",
        "本报记者 张晓燕 李红梅",
        "作者：张晓燕",
        "王小明\n攝影 李大華",
        "記者 王小明\n李大華",
    ],
)
@pytest.mark.parametrize("headline, date", NEXT_HEADS)
def test_byline_between_headline_and_date_after_a_feed(byline, headline, date):
    head = f"{headline}\n{byline}\n{date}"
    text = f"{BODY}\n推荐阅读\n{HEADLINES[0]}\n{HEADLINES[4]}\n{head}\n{BODY_TW}\n"
    doc = feeds(text)
    assert doc.text == f"{BODY}\n{head}\n{BODY_TW}\n"
    title_at = len(f"{BODY}\n")
    assert [doc.text_offset(p) for p in splits(doc)] == [title_at, title_at]
    assert feeds(doc.text).text == doc.text


@pytest.mark.parametrize("byline", ["王小明", "記者 王小明", "文／王小明", "王小明 / 台北報導", "撰文 王小明"])
def test_byline_under_the_page_headline_after_a_menu(byline):
    # a whole page: a menu list, then the page's own head; the headline starts the article
    headline, date = NEXT_HEADS[0]
    text = f"熱門\n政治\n娛樂\n社會\n生活\n{headline}\n{byline}\n{date}\n{BODY_TW}\n"
    doc = feeds(text)
    assert doc.text == f"{headline}\n{byline}\n{date}\n{BODY_TW}\n"
    assert [doc.text_offset(p) for p in splits(doc)] == [0]


def test_page_with_a_bare_name_under_its_headline_keeps_its_title():
    import cleanseeds

    headline, date = NEXT_HEADS[0]
    text = f"中時新聞網\n熱門\n政治\n娛樂\n社會\n生活\n{headline}\n王小明\n{date}\n{BODY_TW}\n{BODY_TW}\n"
    arts = cleanseeds.clean(text)
    assert [a.title for a in arts] == [headline]


@pytest.mark.parametrize("headline, date", NEXT_HEADS)
def test_dated_feed_ends_at_a_head_with_a_byline(headline, date):
    # items are a headline and its date; the next article's head has a name between them
    items = "\n".join(f"{h}\n2024-06-1{i} 08:0{i}" for i, h in enumerate(HEADLINES[:3]))
    head = f"{headline}\n王小明\n{date}"
    for feed in (f"相关新闻\n{items}", items):
        doc = feeds(f"{BODY}\n{feed}\n{head}\n{BODY_TW}\n")
        assert doc.text == f"{BODY}\n{head}\n{BODY_TW}\n"
        title_at = len(f"{BODY}\n")
        assert [doc.text_offset(p) for p in splits(doc)] == [title_at, title_at]


def test_items_with_names_stay_one_feed():
    # every item carries its author: the last one is an item too, no article head
    names = ["王小明", "李大華", "张晓燕"]
    items = "\n".join(f"{h}\n{n}\n2024-06-1{i} 08:0{i}" for i, (h, n) in enumerate(zip(HEADLINES, names)))
    doc = feeds(f"{BODY}\n相关新闻\n{items}\n{BODY_TW}\n")
    assert doc.text == f"{BODY}\n{BODY_TW}\n"


@pytest.mark.parametrize("word", ["春运", "颱風", "世足", "奧運"])
def test_one_word_headline_after_a_menu(word):
    # no name shape: a short line over a date is still the head's headline
    text = f"{BODY}\n热门\n{HEADLINES[0]}\n{HEADLINES[2]}\n{word}\n2024-06-12 09:30\n{BODY_TW}\n"
    doc = feeds(text)
    assert doc.text == f"{BODY}\n{word}\n2024-06-12 09:30\n{BODY_TW}\n"


@pytest.mark.parametrize("word", ["王小明", "高温"])
def test_name_shaped_line_under_menu_labels_is_the_headline(word):
    # no headline above it (menu labels only): the short line stays the head
    text = f"{BODY}\n热门\n政治\n娱乐\n社会\n{word}\n2024-06-12 09:30\n{BODY_TW}\n"
    doc = feeds(text)
    assert doc.text == f"{BODY}\n{word}\n2024-06-12 09:30\n{BODY_TW}\n"


@pytest.mark.parametrize(
    "line",
    ["王小明", "王小明 李大華", "歐陽娜娜", "記者 王小明", "撰文 王小明", "中時新聞網 王小明", "王小明 撰文"],
)
def test_byline_shapes(line):
    from cleanseeds.filters.feeds import _byline

    assert _byline(line)


@pytest.mark.parametrize(
    "line",
    [
        "春运", "颱風來了", "台南老屋變身青年旅館", "2024/05/12 14:25", "来源：新华社", "王小明表示，今年将继续扩大投资。",
        "政治", "國際兩岸", "王者荣耀新赛季今日开启", "By 王小明",
    ],
)
def test_not_byline_shapes(line):
    from cleanseeds.filters.feeds import _byline

    assert not _byline(line)


@pytest.mark.parametrize(
    "prose",
    [
        "王小明表示，老屋修復過程中保留了原有的木構架。",
        "记者王小明从市文化局获悉，老街区改造将于年底完工。",
    ],
)
def test_prose_after_a_feed_with_a_name_stays(prose):
    text = f"{BODY}\n推荐阅读\n{HEADLINES[0]}\n{HEADLINES[4]}\n{prose}\n{BODY_TW}\n"
    doc = feeds(text)
    assert doc.text == f"{BODY}\n{prose}\n{BODY_TW}\n"


# -- a heading left alone: its items cut, or never dumped --------------------------------


@pytest.mark.parametrize("heading", ["更多三立新聞網報導", "更多中時新聞網報導", "看更多 ETtoday 新聞", "更多澎湃新闻报道", "延伸閱讀"])
@pytest.mark.parametrize("after", ["", "下載APP，掌握第一手消息\n", "花蓮強震 台積電：部分廠區疏散人員\n2024/04/03 10:30\n" + BODY_TW + "\n"])
def test_lone_heading_at_the_end_is_cut(heading, after):
    text = f"{BODY_TW}\n{BODY}\n{heading}\n{after}"
    doc = feeds(text)
    assert heading not in doc.text
    assert feeds(doc.text).text == doc.text


@pytest.mark.parametrize(
    "text",
    [
        # the words inside a sentence
        f"{BODY}\n更多三立新聞網報導指出，這項政策將對整個產業鏈產生深遠影響。\n",
        f"{BODY_TW}\n据更多澎湃新闻报道，该项目已于上月正式开工建设。\n",
    ],
)
def test_lone_heading_near_misses_stay(text):
    doc = feeds(text)
    assert doc.text == text and not splits(doc)


@pytest.mark.parametrize("text", [f"{BODY_TW}\n更多三立新聞網報導\n{BODY}\n", f"{BODY}\n更多中时新闻网报道\n{BODY_TW}\n"])
def test_a_listed_heading_between_paragraphs_goes_without_a_split(text):
    """Its links were cut (or never dumped): what is left is a box's heading, never a
    subheading of the story, and the story goes on under it."""
    doc = feeds(text)
    assert "新聞網報導" not in doc.text and "新闻网报道" not in doc.text
    assert not splits(doc)


# -- date lines that name the outlet and put the clock before a day-first date ---------------


@pytest.mark.parametrize(
    "head",
    [
        # Malaysian and Singaporean portals: the outlet, a 12-hour clock, then DD/MM/YYYY
        "国行：首季经济增长4.2% 胜市场预期\n《星洲网》发布: 12:30pm 18/05/2024",
        "柔佛新山关卡车龙长达5公里\n国内 | 10:15am 18/05/2024",
        "大馬首季經濟增長4.2% 勝市場預期\n《光華網》發布: 18/05/2024 下午3:20",
        "新加坡地铁东西线明早恢复通车\n更新：18-05-2024 09:05 AM",
        "港股半日升逾200點 科指漲2%\n發佈時間：18.05.2024 12:05",
    ],
)
def test_feed_stops_at_head_with_day_first_date(head):
    text = f"{BODY}\n相关新闻\n{HEADLINES[0]}\n{HEADLINES[4]}\n{head}\n{BODY_TW}\n"
    doc = feeds(text)
    assert doc.text == f"{BODY}\n{head}\n{BODY_TW}\n"
    title_at = len(f"{BODY}\n")
    assert [doc.text_offset(p) for p in splits(doc)] == [title_at, title_at]
    assert feeds(doc.text).text == doc.text


def test_section_label_over_next_head_goes_with_feed():
    """A section label between a feed and the next headline is the feed's tail (or chrome)."""
    head = "国行：首季经济增长4.2% 胜市场预期\n《星洲网》发布: 12:30pm 18/05/2024"
    text = f"{BODY}\n相关新闻\n{HEADLINES[0]}\n{HEADLINES[1]}\n国内\n{head}\n{BODY_TW}\n"
    doc = feeds(text)
    assert doc.text == f"{BODY}\n{head}\n{BODY_TW}\n"


@pytest.mark.parametrize(
    "line, role",
    [
        ("《星洲网》发布: 10:15am 18/05/2024", "meta"),
        ("《聯合早報》發布: 18/05/2024 下午3:20", "meta"),
        ("2024-05-18 12:30", "meta"),
        ("18.05.2024", "meta"),
        # not dates: a ratio, a score, a sum, a headline with a price
        ("目前共有3/5/2024项", ""),
        ("比分1:2 18/05/2024", ""),
        ("令吉兑美元走强 收报4.68", ""),
        ("新柔捷运系统工程进度达75% 明年底通车", ""),
    ],
)
def test_day_first_date_lines(line, role):
    assert line_role(line) == role


# -- a flash list: a box of instruments, then the next item's time and headline --------------


@pytest.mark.parametrize(
    "box, head",
    [
        ("相关标的\n万科A +10.04%", "14:30\n国家统计局：4月一线城市新建商品住宅价格环比下降0.6%"),
        ("相關個股\n台積電 +2.1%\n聯發科 -0.5%", "09:30\n台股開盤上漲百點 電子股領軍"),
        ("相关股票\n贵州茅台 1715.00 +0.85%", "11:20\n央行：降低全国层面个人住房贷款最低首付款比例"),
        ("相关新闻\n" + HEADLINES[0] + "\n" + HEADLINES[4], "15:02\nA股收盘：沪指涨1.01%报3154点"),
    ],
)
def test_feed_stops_at_flash_item_head(box, head):
    text = f"{BODY}\n{box}\n{head}\n{BODY_TW}\n"
    doc = feeds(text)
    assert doc.text == f"{BODY}\n{head}\n{BODY_TW}\n"
    at = len(f"{BODY}\n")
    assert [doc.text_offset(p) for p in splits(doc)] == [at, at]
    assert feeds(doc.text).text == doc.text


def test_timed_items_stay_items():
    """Where every item is a time over a headline, the last one is an item too."""
    items = f"14:30\n{HEADLINES[0]}\n12:20\n{HEADLINES[4]}"
    doc = feeds(f"{BODY}\n相关阅读\n{items}\n{BODY_TW}\n")
    assert doc.text == f"{BODY}\n{BODY_TW}\n"


# -- the shortcuts taken for speed answer as the full judgements do ----------------------

#: lines that end with a stop (the shortcut) or nearly so, with and without colons and
#: blanks near the end, in both scripts
_SHORTCUT_LINES = [
    BODY,
    BODY_TW,
    "　　" + BODY,
    BODY + "  ",
    "新华社北京5月18日电：国务院总理今天主持召开常务会议。",
    "記者會上，發言人表示：「我們將持續關注。」",
    "他说：会议将于明天召开；",
    "延伸閱讀：台積電法說會釋利多。",
    "相关推荐: 好文。",
    "推荐阅读：今日头条。",
    "来源：新华社 2024年5月18日。",
    "短句。",
    "　　短句。",
    "The committee approved the plan on Monday;",
    "Read more: ten new ideas.",
    "标题 一句话说完了的时候。",
    "标题：这是一句话 完了。",
    *HEADLINES,
]


@pytest.mark.parametrize("line", _SHORTCUT_LINES)
def test_kinds_shortcut_agrees_with_line_kind(line):
    from cleanseeds.filters.feeds import _kinds
    from cleanseeds.lines import split_lines

    body = split_lines(line)
    assert _kinds(body) == [line_kind(ln.text) for ln in body]


def test_kinds_stops_end_sentences():
    from cleanseeds.filters.feeds import _STOPS
    from cleanseeds.filters.shape import ends_sentence

    assert all(ends_sentence("这是一句话" + stop) for stop in _STOPS)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("24小时热榜", "header"),
        ("24小時熱榜", "header"),
        ("24小时热门新闻", "header"),
        ("2025-10-10 15:33:07", "marker"),
        ("2024年05月18日 10:15", "marker"),
        ("6152", "marker"),
        ("1.2万阅读", "marker"),
        ("新华社 | 3小时前", "marker"),
        ("阅读 2341", "marker"),
        ("24岁的他拿下首冠", "head"),
        ("2024年台灣經濟展望", "head"),
    ],
)
def test_digit_led_lines(line, kind):
    """A line opening with digits is a heading only with a heading's own digits (24小时)."""
    assert line_kind(line) == kind


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("2024-05-18 10:15", "meta"),
        ("發布時間：2024年05月18日", "meta"),
        ("来源：新华社 2024-05-18", "meta"),
        ("记者 王小明 2024-05-18", "meta"),
        ("政治中心／綜合報導", "meta"),
        ("台積電法說會釋利多 外資連三買", ""),
    ],
)
def test_meta_lines_either_reading(line, role):
    from cleanseeds.filters.feeds import line_role

    assert line_role(line) == role


# -- stock boxes: a heading over quote rows, ending where the rows end ----------------------


@pytest.mark.parametrize(
    "row",
    [
        "台積電 1,045 +25 (+2.45%)",
        "鴻海 209.5 +4.5 (+2.20%)",
        "万科A +10.04%",
        "贵州茅台 1715.00 -0.85%",
        "宁德时代(300750) 180.50 +2.30%",
        "騰訊控股 00700 380.2 ▲1.5%",
        "英伟达 NVDA.O 121.44 -3.21%",
        "600519 贵州茅台 1688.00 -0.52%",
    ],
)
def test_quote_rows(row):
    from cleanseeds.filters.feeds import quote_row

    assert quote_row(row)


@pytest.mark.parametrize(
    "line",
    [
        "新柔捷运系统工程进度达75% 明年底通车",
        "港股半日升逾200點 科指漲2%",
        "台積電法說會釋利多 外資連三買",
        "2024-10-16 06:30",
        "阅 12.3W",
        "比分 2 1",  # no change among the numbers
        BODY,
    ],
)
def test_not_quote_rows(line):
    from cleanseeds.filters.feeds import quote_row

    assert not quote_row(line)


#: the next page of the dump: a blank line, the site's name and menu, a headline, a byline
#: the date lines do not read, the date, then the story
NEXT_TC = "\n鉅亨網\n首頁\n美股\n美股雷達\n聯準會官員：降息步伐可望放緩\n鉅亨網編譯陳韋廷\n2024-10-16 06:30\n"
NEXT_SC = "\n新浪财经\n首页\n美股\n美股新闻\n美联储官员：降息仍需更多证据\n新浪财经编译李明\n2024年05月17日 06:30\n"


@pytest.mark.parametrize(
    "box, nxt",
    [
        ("相關個股\n台積電 1,045 +25 (+2.45%)\n聯發科 1,280 +23 (+1.83%)\n鴻海 209.5 +4.5 (+2.20%)", NEXT_TC),
        ("相关个股\n贵州茅台 1715.00 +0.85%\n五粮液 152.30 -1.20%", NEXT_SC),
        ("个股\n万科A +10.04%\n保利发展 -2.10%", NEXT_SC),
        ("【相關股票】\n台積電 +2.1%\n聯發科 -0.5%", NEXT_TC),
    ],
)
def test_stock_box_ends_with_its_rows(box, nxt):
    text = f"{BODY}\n{box}\n{nxt}{BODY_TW}\n"
    doc = feeds(text)
    assert doc.text == f"{BODY}\n{nxt}{BODY_TW}\n"
    assert doc.edits[0].reason.startswith("stock quote box")
    # the box ends the article; no boundary under the next page's headline
    assert [doc.text_offset(p) for p in splits(doc)] == [len(BODY) + 1]
    assert feeds(doc.text).text == doc.text


@pytest.mark.parametrize("heading", ["个股", "個股", "相关个股"])
def test_ticker_word_over_prose_is_no_box(heading):
    """``个股`` over prose is a market report's paragraph heading, not a stock box."""
    text = f"{BODY}\n{heading}\n{BODY_TW}\n"
    assert feeds(text).text == (text if heading != "相关个股" else f"{BODY}\n{BODY_TW}\n")


@pytest.mark.parametrize("nxt", [NEXT_TC, NEXT_SC])
def test_feed_stops_at_blank_line_over_next_page(nxt):
    text = f"{BODY}\n相关新闻\n{HEADLINES[0]}\n{HEADLINES[4]}\n{nxt}{BODY_TW}\n"
    doc = feeds(text)
    assert doc.text == f"{BODY}\n{nxt}{BODY_TW}\n"
    assert [doc.text_offset(p) for p in splits(doc)] == [len(BODY) + 1]


def test_blank_lines_between_feed_items_head_no_page():
    """Items set off by blank lines are headlines, not a menu: the feed takes them all."""
    head = "台股收盤：加權指數漲1.2%\n2024-05-18 13:35"
    text = f"{BODY}\n相关新闻\n\n{HEADLINES[0]}\n\n{HEADLINES[4]}\n\n{head}\n{BODY_TW}\n"
    doc = feeds(text)
    assert HEADLINES[0] not in doc.text and HEADLINES[4] not in doc.text
    assert head in doc.text


@pytest.mark.parametrize("nxt", [NEXT_TC, NEXT_SC])
def test_next_page_after_body_splits(nxt):
    """No feed between: the blank line, the page's nav, its headline and date start a page."""
    tags = "文章標籤\n台積電\n加權指數\n"
    for text in (f"{BODY}\n{nxt}{BODY_TW}\n", f"{BODY}\n{tags}{nxt}{BODY_TW}\n"):
        doc = feeds(text)
        assert doc.text == text
        nav = text.index(nxt) + 1
        assert splits(doc) == [nav]


@pytest.mark.parametrize(
    "text",
    [
        # a headline and its date after a blank line, with no nav above: a subheading's kind
        f"{BODY}\n\n聯準會官員：降息步伐可望放緩\n2024-10-16 06:30\n{BODY_TW}\n",
        # one label over it: a section label, not a page's menu
        f"{BODY}\n\n美股\n聯準會官員：降息步伐可望放緩\n2024-10-16 06:30\n{BODY_TW}\n",
        # labels and a headline with no date under them
        f"{BODY}\n\n首页\n美股\n美联储官员：降息仍需更多证据\n{BODY_TW}\n",
        # no blank line: a page's head glued on is left to metadata
        f"{BODY}\n首页\n美股\n美联储官员：降息仍需更多证据\n2024年05月17日 06:30\n{BODY_TW}\n",
    ],
)
def test_no_page_start(text):
    doc = feeds(text)
    assert doc.text == text and not splits(doc)


def test_cnyes_like_pages_split_in_the_pipeline():
    from cleanseeds import Pipeline

    nav = "鉅亨網\n首頁\n新聞\n台股\n美股\n"
    one = ["台股今日在法說會前夕獲外資回補，加權指數終場上漲218點，成交量3,812億元。",
           "法人指出，市場預期第三季獲利將優於財測，外資近三日合計買超逾300億元。"]
    two = ["聯準會理事週二表示，近期經濟數據顯示美國經濟仍具韌性，降息步伐可能更為謹慎。",
           "受此影響，美國10年期公債殖利率升至4.08%，美元指數也同步走強。"]
    first = f"{nav}台積電法說前夕外資回補 加權指數收漲逾200點\n2024-10-16 14:05\n" + "\n".join(one) + "\n"
    box = "相關個股\n台積電 1,045 +25 (+2.45%)\n聯發科 1,280 +23 (+1.83%)\n"
    for raw in (first + box + NEXT_TC + "\n".join(two), first + NEXT_TC + "\n".join(two)):
        arts = Pipeline.default().clean(raw)
        assert [a.title for a in arts] == ["台積電法說前夕外資回補 加權指數收漲逾200點", "聯準會官員：降息步伐可望放緩"]
        assert [a.paragraphs for a in arts] == [one, two]


# -- a read-count feed right over a content farm's next head -------------------------------


@pytest.mark.parametrize(
    "head",
    [
        "资讯快报网官网最新热点:暴雨致山区道路塌方 救援队伍连夜抢通\n更新时间:2025-08-12 23:50 浏览次数:1746",
        "新聞快報網官網最新熱點：颱風外圍環流影響 北部山區嚴防豪雨\n更新時間：2025-08-12 23:50 瀏覽次數：1746",
        "暴雨致山区道路塌方 救援队伍连夜抢通\n发布时间：2025年08月12日 23:50",
        "颱風外圍環流影響 北部山區嚴防豪雨\n2025/08/12 23:50",
    ],
)
def test_counted_feed_stops_at_dated_head(head):
    """Items counted only (``标题 / 1984``): a headline with a full date under it, before
    the prose, is the next article's head, not one more item."""
    items = "\n".join(f"{h}\n{n}" for h, n in zip(HEADLINES[:4], ["3426", "2871", "5120", "1984"]))
    for heading in ("推荐阅读", "推薦閱讀"):
        text = f"{BODY}\n{heading}\n{items}\n{head}\n{BODY_TW}\n"
        doc = feeds(text)
        assert doc.text == f"{BODY}\n{head}\n{BODY_TW}\n"
        at = len(f"{BODY}\n")
        assert [doc.text_offset(p) for p in splits(doc)] == [at, at]
        assert feeds(doc.text).text == doc.text


@pytest.mark.parametrize(
    "last",
    [
        # the items are dated alike: the last one is an item too
        "dated",
        # a count under the last headline as under the others
        "counted",
    ],
)
def test_alike_items_over_prose_stay_items(last):
    if last == "dated":
        items = "\n".join(f"{h}\n2025-08-1{i} 10:0{i}" for i, h in enumerate(HEADLINES[:4]))
    else:
        items = "\n".join(f"{h}\n{n}" for h, n in zip(HEADLINES[:4], ["3426", "2871", "5120", "1984"]))
    doc = feeds(f"{BODY}\n推荐阅读\n{items}\n{BODY_TW}\n")
    assert doc.text == f"{BODY}\n{BODY_TW}\n"


# -- Hong Kong portals' "see more" box over bracket-tagged headlines -------------------------


@pytest.mark.parametrize(
    "heading, items",
    [
        ("即睇更多：", ["【天氣】下周初有雨 氣溫回落至25度", "【交通】東區走廊車禍 往筲箕灣方向擠塞"]),
        ("睇更多", ["【港聞】港鐵東鐵綫列車信號故障 上下班時段大混亂", "【娛樂】人氣男團宣布暫停活動"]),
        ("即睇更多：", ["【天气】下周初有雨 气温回落至25度", "【交通】东区走廊车祸 往筲箕湾方向挤塞"]),
    ],
)
def test_cantonese_see_more_box_goes(heading, items):
    text = f"{BODY_TW}\n{heading}\n" + "\n".join(items) + "\n"
    doc = feeds(text)
    assert doc.text == f"{BODY_TW}\n"
    assert "related feed: heading" in doc.edits[0].reason


@pytest.mark.parametrize(
    "text",
    [
        "市民可以上網睇更多資料，了解今年消費券的登記安排。\n",
        "記者即睇更多現場情況後表示，救援工作仍在進行中。\n",
    ],
)
def test_cantonese_see_more_in_prose_stays(text):
    assert feeds(f"{BODY_TW}\n{text}").text == f"{BODY_TW}\n{text}"


# -- a mobile feed of time-ago cards right over the next article's head ----------------------


@pytest.mark.parametrize(
    "heading, items, head",
    [
        # 百家号-like: cards with an account and an age, then headline / account / date row
        ("为你推荐", ["财经观察家 2小时前", "新华网 5小时前"],
         "北京地铁17号线北段年底前开通试运营\n北京青年报\n2025-10-14 08:12 北京青年报官方百家号 关注"),
        ("為你推薦", ["財經觀察家 2小時前", "新華網 5小時前"],
         "北市公車路線調整 明年元旦上路\n聯合新聞網\n2025-10-14 08:12"),
        # bare ages, a headline right over the date row
        ("相關新聞", ["3小時前", "5小時前"], "台積電高雄廠第二期裝機 2奈米量產時程不變\n2025/09/15 10:00"),
        ("相关新闻", ["刚刚", "12小时前"], "国内首条氢能重卡干线物流通道投入运营\n2025年06月18日 16:02"),
    ],
)
def test_time_ago_feed_stops_at_dated_head(heading, items, head):
    """Cards stamped with an age (``2小时前``) never carry a year: a headline over a full
    date row, before the prose, is the next article's head, not one more card."""
    cards = "\n".join(f"{h}\n{t}" for h, t in zip(HEADLINES[:2], items))
    text = f"{BODY}\n{heading}\n{cards}\n{head}\n{BODY_TW}\n"
    doc = feeds(text)
    assert doc.text == f"{BODY}\n{head}\n{BODY_TW}\n"
    at = len(f"{BODY}\n")
    assert [doc.text_offset(p) for p in splits(doc)] == [at, at]
    assert feeds(doc.text).text == doc.text


@pytest.mark.parametrize(
    "chrome",
    [
        # an app prompt and its slogan: cut with the feed
        "一手掌握經濟脈動\n點我訂閱自由財經Youtube頻道",
        "打开百度APP 查看更多精彩内容",
    ],
)
def test_time_ago_feed_stops_at_head_past_chrome(chrome):
    head = "台積電高雄廠第二期裝機 2奈米量產時程不變\n2025/09/15 10:00"
    text = f"{BODY}\n相關新聞\n{HEADLINES[4]}\n3小時前\n{HEADLINES[5]}\n5小時前\n{chrome}\n{head}\n{BODY_TW}\n"
    doc = feeds(text)
    assert doc.text == f"{BODY}\n{head}\n{BODY_TW}\n"
    assert feeds(doc.text).text == doc.text


@pytest.mark.parametrize("crumb", ["自由時報 即時新聞 ＞ 生活", "新浪新闻 国内 > 正文", "首页 > 北京 青年报 > 社会"])
def test_time_ago_feed_stops_at_breadcrumb_with_blanks(crumb):
    head = "台積電高雄廠第二期裝機 2奈米量產時程不變\n2025/09/15 10:00"
    rest = f"{crumb}\n{head}\n{BODY_TW}\n"
    text = f"{BODY}\n相關新聞\n{HEADLINES[4]}\n3小時前\n{HEADLINES[5]}\n5小時前\n點我訂閱自由財經Youtube頻道\n{rest}"
    doc = feeds(text)
    assert doc.text == f"{BODY}\n{rest}"
    assert feeds(doc.text).text == doc.text


@pytest.mark.parametrize("script", ["sc", "tc"])
def test_feed_with_full_dated_items_stays_a_feed(script):
    """Cards that carry a full date are alike: the last one over the prose is a card too."""
    src = "财经观察家" if script == "sc" else "財經觀察家"
    cards = "\n".join(f"{h}\n2025-10-1{i} 08:1{i} {src}" for i, h in enumerate(HEADLINES[:3]))
    doc = feeds(f"{BODY}\n为你推荐\n{cards}\n{BODY_TW}\n")
    assert doc.text == f"{BODY}\n{BODY_TW}\n"


def test_time_ago_cards_over_prose_stay_cards():
    cards = "\n".join(f"{h}\n{n}小时前" for h, n in zip(HEADLINES[:3], (2, 5, 9)))
    doc = feeds(f"{BODY}\n为你推荐\n{cards}\n{BODY_TW}\n")
    assert doc.text == f"{BODY}\n{BODY_TW}\n"


@pytest.mark.parametrize(
    "prose",
    [
        "记者2小时前赶到现场时，救援人员已将被困群众全部转移。\n2025年10月14日，当地政府召开新闻发布会通报情况。",
        "記者5小時前抵達現場，消防人員仍在搶救受困民眾。\n2025/09/15 10:00起，該路段實施交通管制。",
    ],
)
def test_prose_with_ages_and_dates_untouched(prose):
    text = f"{BODY}\n{prose}\n{BODY_TW}\n"
    assert feeds(text).text == text


@pytest.mark.parametrize("line", ["营收 超 预期", "自由時報 即時新聞", "新浪新闻 国内 正文"])
def test_blank_joined_words_without_arrows_are_no_breadcrumb(line):
    from cleanseeds.filters.feeds import line_role

    assert line_role(line) != "stop"
