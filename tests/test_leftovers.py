"""What is left between articles: cut when it holds no prose and no article head."""

from __future__ import annotations

from cleanseeds import clean

PROSE_SC = "国家统计局今天发布数据，五月份全国居民消费价格同比上涨0.3%，环比下降0.1%。\n"
PROSE_TC = "行政院今天通過明年度總預算案，總歲出規模較今年增加百分之五點二，創歷史新高。\n"


def texts(dump: str) -> list[str]:
    return [a.text for a in clean(dump)]


def test_footer_links_after_an_end_marker_are_no_article():
    dump = PROSE_SC + "（完）\n网站简介 | 网站声明 | 联系我们 | 广告服务\n"
    assert texts(dump) == [PROSE_SC.strip()]


def test_a_hot_list_after_a_separator_is_no_article_traditional():
    dump = PROSE_TC + "----------\n熱門排行\n1 颱風動態一次看 389萬\n2 股市收盤速報 301萬\n"
    assert texts(dump) == [PROSE_TC.strip()]


def test_two_articles_with_prose_both_stay():
    dump = PROSE_SC + "----------\n" + PROSE_TC
    assert texts(dump) == [PROSE_SC.strip(), PROSE_TC.strip()]


def test_a_dump_that_is_one_stretch_without_prose_is_left_alone():
    assert texts("今日要闻\n明日预告\n") == ["今日要闻\n明日预告"]


def test_no_stretch_with_prose_means_nothing_to_tell_apart():
    dump = "标题一\n----------\n标题二\n"
    assert texts(dump) == ["标题一", "标题二"]


def test_a_stretch_with_a_byline_and_date_stays_as_an_article_head():
    head = "央行宣布降准\n2024-06-12 10:21 来源：新华网 记者 王小明\n降准0.5个百分点 释放资金约1万亿\n"
    out = clean(PROSE_SC + "----------\n" + head)
    assert len(out) == 2
    assert out[1].published is not None or out[1].authors
    assert "降准0.5个百分点" in out[1].text


def test_what_was_cut_is_recorded():
    from cleanseeds import clean_document

    dump = PROSE_SC + "（完）\n网友互动区\n今日话题 周末去哪儿\n"
    doc, articles = clean_document(dump)
    assert [a.text for a in articles] == [PROSE_SC.strip()]
    assert any(e.filter == "leftovers" and "网友互动区" in dump[e.start : e.end] for e in doc.edits)


def test_a_service_desk_footer_after_an_end_is_no_article():
    footer = "客服信箱：service@example.com｜客服專線：(02)8692-5588｜新聞熱線：(02)2345-6789\n"
    dump = PROSE_TC + "（完）\n" + footer
    assert texts(dump) == [PROSE_TC.strip()]


def test_a_service_desk_footer_after_a_separator_is_no_article_simplified():
    footer = "新闻热线：010-12345678  广告热线：010-87654321  服务邮箱：service@example.cn\n"
    dump = PROSE_SC + "----------\n" + footer
    assert texts(dump) == [PROSE_SC.strip()]


def test_an_article_that_gives_readers_a_hotline_stays():
    second = (
        "市场监管局提醒，消费者购买预付卡前应核实商家资质，遇到纠纷可及时投诉。\n"
        "投诉电话：12315\n"
    )
    dump = PROSE_SC + "----------\n" + second
    assert texts(dump) == [PROSE_SC.strip(), second.strip()]


def test_an_article_on_forum_rules_stays():
    second = (
        "某論壇今天修訂討論區規則，會員張貼文章不得有人身攻擊或謾罵，違者將被停權。\n"
        "管理員表示，新規則上路一週後，網友檢舉數量已明顯下降。\n"
    )
    dump = PROSE_TC + "----------\n" + second
    assert texts(dump) == [PROSE_TC.strip(), second.strip()]


def test_a_contribution_prompt_after_an_end_is_no_article_simplified():
    dump = PROSE_SC + "（完）\n想和千万读者分享你的观点和发现，点击这里投稿。寻求报道，点击这里。\n"
    assert texts(dump) == [PROSE_SC.strip()]


def test_a_member_promo_after_an_end_is_no_article_traditional():
    promo = "【加入本網會員】每天精彩好文直送你的信箱，每週獨享編輯精選。立刻點擊免費加入會員！\n"
    dump = PROSE_TC + "（完）\n" + promo
    assert texts(dump) == [PROSE_TC.strip()]


def test_a_word_to_authors_after_an_end_is_no_article():
    notice = "特别提醒：如果我们使用了您的图片，请作者与本站联系索取稿酬。\n"
    dump = PROSE_SC + "（完）\n" + notice
    assert texts(dump) == [PROSE_SC.strip()]
    notice = "特別提醒：如果我們使用了您的圖片，請作者與本網站聯繫索取稿酬。\n"
    assert texts(PROSE_TC + "（完）\n" + notice) == [PROSE_TC.strip()]


def test_an_article_on_a_tip_off_campaign_stays():
    second = (
        "市公安局今天启动打击电信诈骗专项行动，警方呼吁市民积极报料，提供线索者可获奖励。\n"
        "警方表示，行动期间将公布举报电话，并对举报人信息严格保密。\n"
    )
    dump = PROSE_SC + "----------\n" + second
    assert texts(dump) == [PROSE_SC.strip(), second.strip()]
