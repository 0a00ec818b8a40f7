"""The body filter keeps the head of a forum or microblog post that short-line rules took.

A forum thread prints the headline, a counter row and the poster's nickname, then the
date, all short lines; the menu-run rule swallows the counters and the name, and the
head used to go with them. A microblog's long post puts a label (头条文章) between its
headline and the text. The head must stay for the metadata filter; a menu run that
merely ends over a date is no head. Both scripts; ordinary prose stays untouched.
"""

from __future__ import annotations

from cleanseeds import clean
from tests.test_body_heads2 import _FOOT, _FOOT_TW, _PROSE, _PROSE_TW, kept


def test_forum_head_with_counter_row_and_nickname_traditional() -> None:
    head = "Mobile01\n發表文章\n回覆\n退休後改騎電動機車 一年下來的心得與花費\n瀏覽 8,542 | 回覆 36\n竹北阿明爸\n2025-10-05 14:22\n"
    lines = kept(head + _PROSE_TW + "\n" + _FOOT_TW)
    assert "退休後改騎電動機車 一年下來的心得與花費" in lines
    assert "竹北阿明爸" in lines
    assert "2025-10-05 14:22" in lines
    assert "瀏覽 8,542 | 回覆 36" not in lines
    assert "發表文章" not in lines


def test_forum_head_with_counter_row_and_nickname_simplified() -> None:
    head = "论坛首页\n发表帖子\n回复\n周末带老伴去郊区看银杏 顺便说说路线和花费\n浏览 2,301 | 回复 18\n老树林2025\n2025-10-11 09:12\n"
    text = head + _PROSE + "\n" + _FOOT
    lines = kept(text)
    assert "周末带老伴去郊区看银杏 顺便说说路线和花费" in lines
    assert "2025-10-11 09:12" in lines
    art = clean(text)[0]
    assert art.title == "周末带老伴去郊区看银杏 顺便说说路线和花费"


def test_menu_run_ending_over_a_date_is_no_head() -> None:
    head = "首页\n新闻\n体育\n娱乐\n财经\n科技\n汽车\n2025-10-11 09:12\n"
    lines = kept(head + _PROSE + "\n" + _FOOT)
    assert "科技" not in lines and "汽车" not in lines


def test_microblog_headline_over_a_label_simplified() -> None:
    head = "微博\n首页\n视频\n发现\n注册\n登录\n健康中国\nV\n10-13 09:12 来自 微博 weibo.com\n关于近期流感高发的几点提醒\n头条文章\n"
    lines = kept(head + _PROSE + "\n" + _FOOT)
    assert "关于近期流感高发的几点提醒" in lines
    assert "10-13 09:12 来自 微博 weibo.com" in lines
    assert "头条文章" not in lines


def test_microblog_headline_over_a_label_traditional() -> None:
    head = "首頁\n熱門\n影音\n註冊\n登入\n臺北生活報\n2025-10-13 09:12 來自 iPhone客戶端\n秋天柿餅曬製的幾個小訣竅\n頭條文章\n"
    lines = kept(head + _PROSE_TW + "\n" + _FOOT_TW)
    assert "秋天柿餅曬製的幾個小訣竅" in lines
    assert "頭條文章" not in lines


def test_prose_mentioning_follow_and_hotline_untouched() -> None:
    text = (
        "市民关注的热线电话将在下月起延长服务时间，相关部门表示，均价调整方案也会同步公布。\n"
        "記者關注到，該區新盤均價約每坪八十萬元，業者熱線電話近日湧入大量詢問。"
    )
    assert clean(text)[0].text.strip() == text
