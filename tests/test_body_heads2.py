"""The body filter keeps an article's head standing under a nav: blogs, forums, app shares.

These pages put short lines right above the text: the platform's nav, then the headline,
maybe the author's name and a follow button, a date row, then counters, tags and a
category field. The low-density cut used to take the head with the nav; the head must
stay (the metadata filter reads it), the nav and the counters go. A date row under the
last item of a headline list is no head. Both scripts; ordinary prose stays untouched.
"""

from __future__ import annotations

from cleanseeds import clean
from cleanseeds.document import Document
from cleanseeds.filters.body import Body

_FOOT = "关于我们 | 联系我们 | 网站地图 | 意见反馈\n© 2025 版权所有 京ICP备12345678号"
_FOOT_TW = "關於我們 | 聯絡我們 | 隱私權政策 | 服務條款\n© 2025 版權所有"
_PROSE = (
    "周末和老伴去了趟郊区的古银杏林，今年天气暖，叶子还没全黄，一半绿一半金，远远看去像是打翻了颜料盘。\n"
    "林子里人不少，有拍婚纱照的年轻人，也有推着轮椅带老人出来晒太阳的一家人，大家都很安静。\n"
    "回来的路上买了两斤白果，老伴说炖汤最好，晚上就做了一锅，味道确实不错，明年还要再来。"
)
_PROSE_TW = (
    "今年跟新埔的果園訂了二十斤牛心柿，想說退休了有時間，就學老一輩自己在陽台曬柿餅。\n"
    "第一次削完皮直接曬，結果遇到連續三天下雨，表面長了一層白毛，只好全部丟掉，非常可惜。\n"
    "後來請教果園的老闆娘，她說重點是削皮後先用熱水燙過消毒，白天曬太陽、晚上收進屋裡。"
)


def run_body(text: str) -> Document:
    doc = Document(text)
    Body()(doc)
    return doc


def kept(text: str) -> list[str]:
    return [line.strip() for line in run_body(text).text.split("\n") if line.strip()]


def test_blog_head_under_nav_traditional() -> None:
    """隨意窩-style: nav, headline, 發表時間 row, a counter row and a category field."""
    page = (
        "阿芬的廚房 - 隨意窩 Xuite日誌\n阿芬的廚房\n全部內容\n文章分類\n相簿\n"
        "自己做柿餅第一年 失敗兩次終於成功\n發表時間 2025/10/03 22:15\n"
        "瀏覽 532 | 回應 4 | 推薦 12 | 引用 0\n分類：生活手作\n"
        f"{_PROSE_TW}\n{_FOOT_TW}\n"
    )
    out = kept(page)
    assert out[:2] == ["自己做柿餅第一年 失敗兩次終於成功", "發表時間 2025/10/03 22:15"]
    assert "相簿" not in out and "分類：生活手作" not in out
    assert not any("瀏覽 532" in line for line in out)
    art = clean(page)[0]
    assert art.title == "自己做柿餅第一年 失敗兩次終於成功"
    assert str(art.published).startswith("2025-10-03")


def test_blog_head_in_menu_run_simplified() -> None:
    """新浪博客-style: a short headline joins the menu run above it; the bracketed date
    under it shows it is the head; 转载, 标签 and 分类 rows go."""
    page = (
        "老树林的博客\n[订阅]\n[手机订阅]\n首页\n博文目录\n图片\n关于我\n正文\n"
        "秋天去看银杏\n(2025-10-11 09:12:34)\n转载▼\n标签：\n杂谈\n银杏\n分类： 生活随笔\n"
        f"{_PROSE}\n{_FOOT}\n"
    )
    out = kept(page)
    assert out[:2] == ["秋天去看银杏", "(2025-10-11 09:12:34)"]
    assert "转载▼" not in out and "分类： 生活随笔" not in out and "正文" not in out
    art = clean(page)[0]
    assert art.title == "秋天去看银杏"
    assert str(art.published).startswith("2025-10-11")


def test_app_share_head_with_account_name() -> None:
    """人民号-style: headline, the account's name, its label, the date."""
    page = (
        "人民日报客户端\n打开\n人民号\n我市完成首批老旧小区加装电梯集中验收\n"
        f"绍兴市融媒体中心\n人民号作者\n2025-10-13 09:00\n{_PROSE}\n{_FOOT}\n"
    )
    art = clean(page)[0]
    assert "人民号" not in art.paragraphs and "打开" not in art.paragraphs
    assert art.title == "我市完成首批老旧小区加装电梯集中验收"
    assert str(art.published).startswith("2025-10-13")


def test_tech_blog_head_with_author_and_level() -> None:
    """掘金-style: a headline over the author's name, a level badge, the date, 关注."""
    page = (
        "首页\n沸点\n课程\n直播\n活动\n商城\n创作者中心\n写文章\n发沸点\n"
        "React 19 中 useOptimistic 的使用场景与注意事项\n前端阿飞\nLV.4\n2025-10-10 22:03\n关注\n"
        f"{_PROSE}\n{_FOOT}\n"
    )
    out = kept(page)
    assert out[0] == "React 19 中 useOptimistic 的使用场景与注意事项"
    assert "写文章" not in out and "关注" not in out
    assert clean(page)[0].title == "React 19 中 useOptimistic 的使用场景与注意事项"


def test_headline_over_two_date_rows() -> None:
    """CSDN-style: the headline over a byline row and an edit-time row, then buttons."""
    page = (
        "博客\n下载\n学习\n社区\n会议\n登录\n"
        "Python 用 pandas 读取大 CSV 文件内存溢出的三种解决办法\n"
        "码农小张 发布于 2025-10-14 21:33:08\n已于 2025-10-14 21:33:08 修改\n收藏\n点赞数\n"
        f"{_PROSE}\n{_FOOT}\n"
    )
    out = kept(page)
    assert out[0] == "Python 用 pandas 读取大 CSV 文件内存溢出的三种解决办法"
    assert "码农小张 发布于 2025-10-14 21:33:08" in out and "点赞数" not in out


def test_last_item_of_a_headline_list_is_no_head() -> None:
    """A list of dated headlines above the text: the last item is no head of it."""
    page = (
        "首頁\n新聞\n政治\n社會\n生活\n國際\n熱門文章\n"
        "颱風山陀兒逼近 南部縣市停班停課\n2025/10/02 18:00\n"
        "台積電法說會前夕 外資連三日買超\n2025/10/03 09:30\n"
        f"{_PROSE_TW}\n{_FOOT_TW}\n"
    )
    out = kept(page)
    assert "台積電法說會前夕 外資連三日買超" not in out
    assert "2025/10/03 09:30" not in out


def test_prose_only_dump_untouched() -> None:
    """A pre-extracted article with a dated head passes unchanged."""
    text = f"秋天去看银杏\n(2025-10-11 09:12:34)\n{_PROSE}\n"
    assert run_body(text).text == text


def test_second_run_changes_nothing() -> None:
    page = (
        "阿芬的廚房\n全部內容\n文章分類\n相簿\n留言板\n"
        "自己做柿餅第一年 失敗兩次終於成功\n發表時間 2025/10/03 22:15\n"
        f"{_PROSE_TW}\n{_FOOT_TW}\n"
    )
    once = run_body(page).text
    assert "自己做柿餅第一年 失敗兩次終於成功" in once and "留言板" not in once
    assert run_body(once).text == once


def test_blog_date_over_its_headline_traditional() -> None:
    """痞客邦-style: the date row over the headline, the headline right over the text."""
    page = (
        "小鹿愛旅行 :: 痞客邦 ::\n小鹿的旅行筆記\n部落格全站分類：旅遊美食\n相簿\n部落格\n留言\n名片\n"
        "Oct 12 Sun 2025 21:30\n自己做柿餅第一年 失敗兩次終於成功\n"
        f"{_PROSE_TW}\n{_FOOT_TW}\n"
    )
    art = clean(page)[0]
    assert art.title == "自己做柿餅第一年 失敗兩次終於成功"
    assert str(art.published).startswith("2025-10-12")
    assert art.paragraphs[0].startswith("今年跟新埔的果園")


def test_dated_items_over_the_body_are_no_head() -> None:
    """A feed of date / headline pairs right over the text: no head is kept from it."""
    page = (
        "新闻首页 | 国内 | 国际 | 财经 | 体育\n"
        "2025-10-11\n秋季养生注意这几点饮食建议\n2025-10-12\n城市公园新增三处银杏观赏点\n"
        f"{_PROSE}\n{_FOOT}\n"
    )
    out = kept(page)
    assert "城市公园新增三处银杏观赏点" not in out and "2025-10-12" not in out
