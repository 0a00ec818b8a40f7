"""The chrome filter on parts of a page around the article: a hot-replies box of
``nickname：reply`` lines between vote rows, a photo's credit line and its caption, a
caption ending with its bracketed credit, a bracketed section label closing the article, a
row of bare tags over the share buttons, and an institution's contact footer. Prose that
looks alike stays."""

import pytest

from ._chrome import chrome, reasons

BODY = "公司表示，今年将继续扩大在华投资，并加快新产品的研发进度，预计明年产能提升三成。"
BODY_TW = "業內人士指出，這項政策將對整個產業鏈產生深遠影響，相關企業已著手調整布局。"


# -- hot replies ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "box",
    [
        "亮了的回复 (3)\n蓝色港湾01：海港今年太稳了\n亮了(356) 回复\n红色风暴：下一场见\n亮了(89) 回复\n查看全部评论 >",
        "热门评论\n追风少年：支持国产！\n赞(128) 回复\n路人甲乙丙: 价格还是有点贵\n赞 37 回复 举报",
        "網友回應\n台北小明：說得太好了\n讚(12) 回覆\n阿寶：希望政府趕快處理\n讚(3) 回覆\n查看更多留言",
        "精彩評論 (25)\n港島居民：交通又要癱瘓\n回覆 | 讚 8",
        "最新評論\nTommy_HK：終於有人講\n讚 5\n回覆",
    ],
)
def test_a_hot_replies_box_after_the_text_goes(box):
    doc = chrome(f"{BODY}\n{BODY}\n{box}\n")
    assert doc.text == f"{BODY}\n{BODY}\n"


def test_a_hot_replies_box_keeps_what_follows_it():
    box = "热门回复\n老球迷：这球踢得漂亮\n点赞 56 回复"
    doc = chrome(f"{BODY}\n{box}\n{BODY_TW}\n")
    assert doc.text == f"{BODY}\n{BODY_TW}\n"
    assert "comment section" in reasons(doc)


@pytest.mark.parametrize(
    "text",
    [
        # a quote in prose stands over the next sentence, not over a row of buttons
        f"{BODY}\n网友评论\n有网友：这个价格太贵了，还不如买进口的。\n{BODY}\n",
        # a heading in the text, the sentences under it no replies
        f"{BODY}\n热门评论\n{BODY}\n{BODY_TW}\n",
        # at the head, before any text: the metadata's to read
        f"熱門回覆\n小明：好文\n讚(3) 回覆\n{BODY_TW}\n",
    ],
)
def test_prose_and_head_lines_like_replies_stay(text):
    doc = chrome(text)
    assert "comment section" not in reasons(doc)


# -- photo credits and captions -------------------------------------------------------

@pytest.mark.parametrize(
    "credit, caption",
    [
        ("圖片：世衛組織/Yoshi Shimizu", "印度一家診所內正在接受結核病篩檢的病人。"),
        ("图片：联合国儿童基金会/Frank Dejongh", "在学校操场上做游戏的孩子们"),
        ("聯合國兒童基金會/Frank Dejongh", "乍得東部的蘇丹難民營。"),
        ("Photo: UNICEF/Mark Garten", "一名難民兒童在營地等候分發物資。"),
        ("摄影：新华社/李贺", "雪后的故宫角楼"),
    ],
)
def test_a_credit_line_and_its_caption_go(credit, caption):
    doc = chrome(f"{BODY}\n{credit}\n{caption}\n{BODY}\n")
    assert doc.text == f"{BODY}\n{BODY}\n"


def test_a_credit_line_keeps_the_paragraph_under_it():
    doc = chrome(f"{BODY}\n圖片：路透社/Jane Doe\n{BODY_TW}\n")
    assert doc.text == f"{BODY}\n{BODY_TW}\n"


@pytest.mark.parametrize(
    "line",
    [
        "環狀線北環段路線示意圖。（圖／捷運局提供）",
        "新北市長侯友宜出席記者會（圖／記者林大明攝）",
        "雪后的故宫角楼。（图片来源：新华社）",
        "台積電熊本廠外觀（Photo: Reuters）",
    ],
)
def test_a_caption_ending_with_its_credit_goes(line):
    doc = chrome(f"{BODY}\n{line}\n{BODY_TW}\n")
    assert doc.text == f"{BODY}\n{BODY_TW}\n"


@pytest.mark.parametrize(
    "line",
    [
        # a sentence of reporting: clauses, or a note alone in its brackets
        "警方提供的监控画面显示，嫌犯当晚独自离开。（图／警方提供）",
        "市府指出，新路線完工後將大幅縮短通勤時間。（圖／捷運局提供）",
        "嫌犯当晚独自离开现场。（资料照）",
        # prose that quotes a picture
        "图片：这张照片拍下了他最后的身影，如今挂在客厅的墙上。",
        "記者會上展示的路線圖／示意圖引發討論，議員質疑經費過高。",
        # a date or a unit with a slash is no credit
        "2025/10/11",
        "時速120公里/小時",
    ],
)
def test_prose_that_names_a_picture_stays(line):
    text = f"{BODY}\n{line}\n{BODY_TW}\n"
    assert chrome(text).text == text


# -- a bracketed section label at the end ------------------------------------------------

@pytest.mark.parametrize("label", ["[加西新聞]", "【國際新聞】", "〔财经〕", "[本港要聞]", "【体育频道】"])
def test_a_bracketed_section_label_closing_the_article_goes(label):
    doc = chrome(f"{BODY}\n{BODY_TW}\n{label}\n")
    assert doc.text == f"{BODY}\n{BODY_TW}\n"
    assert reasons(doc) == ["section label"]


@pytest.mark.parametrize("line", ["【完】", "[注释]", "【记者手记】", "[編按：本文有更新]", "【小提醒】"])
def test_other_bracketed_lines_at_the_end_stay(line):
    text = f"{BODY}\n{BODY_TW}\n{line}\n"
    assert "section label" not in reasons(chrome(text))


def test_a_bracketed_label_inside_the_text_stays():
    text = f"{BODY}\n[加西新聞]\n{BODY_TW}\n"
    assert chrome(text).text == text


# -- bare tags over the share buttons ------------------------------------------------------

@pytest.mark.parametrize(
    "tags",
    [["AI新創", "募資"], ["半导体"], ["國際", "美國", "川普"], ["新能源汽车", "比亚迪", "价格战"]],
)
def test_bare_tags_between_byline_and_share_buttons_go(tags):
    head = "台灣AI新創募資熱 今年金額創新高\n撰文者：蘇柔瑋 發布日期：2026.12.03\n"
    rows = "\n".join(tags)
    doc = chrome(f"{head}{rows}\n分享\n{BODY_TW}\n{BODY}\n")
    assert doc.text == f"{head}{BODY_TW}\n{BODY}\n"
    assert reasons(doc).count("tag row under the byline") == len(tags)


@pytest.mark.parametrize(
    "text",
    [
        # no byline above: the short lines may be the headline
        f"募資熱\n分享\n{BODY_TW}\n",
        # a subhead stands over its paragraph, the buttons elsewhere
        f"标题\n2025-10-11 记者 张三\n{BODY}\n一、背景\n{BODY}\n分享\n",
        # the buttons stand over no text
        f"标题\n2025-10-11 记者 张三\nAI新創\n分享\n延伸閱讀\n",
    ],
)
def test_short_lines_that_are_no_tag_row_stay(text):
    assert "tag row under the byline" not in reasons(chrome(text))


# -- an institution's contact footer -------------------------------------------------------

@pytest.mark.parametrize(
    "line",
    [
        "医院地址：临江市人民路88号　急诊电话：0731-12345120　咨询电话：0731-12345678",
        "地址：台北市中正區重慶南路一段122號 電話：(02)2311-0000 傳真：(02)2311-0001",
        "地址：香港九龍彌敦道100號｜查詢熱線：2345 6789｜電郵：info@example.org.hk",
        "联系电话：010-12345678　邮编：100000",
    ],
)
def test_a_contact_footer_after_the_text_goes(line):
    doc = chrome(f"{BODY}\n{BODY}\n{line}\n")
    assert doc.text == f"{BODY}\n{BODY}\n"
    assert reasons(doc) == ["contact footer"]


@pytest.mark.parametrize(
    "text",
    [
        # an event's venue and hotline inside the report
        f"{BODY}\n报名地址：市文化馆二楼　咨询电话：12345678\n{BODY}\n",
        # before any text
        f"地址：台北市中正區 電話：(02)2311-0000\n{BODY_TW}\n",
        # a sentence that names an address and a number
        f"{BODY}\n地址：人民路88号，电话：12345678，欢迎市民前往咨询。\n",
    ],
)
def test_contact_fields_in_the_text_stay(text):
    assert "contact footer" not in reasons(chrome(text))
