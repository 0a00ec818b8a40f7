"""The body filter keeps a head with a share bar or a live/video status row under it.

Broadcasters' and live pages set a row between the date or byline row and the body: a
share bar that ends in a copy-link button (``分享 Facebook LINE X 複製連結``), or a live
or video page's status and counters (``直播中 · 12.6万人看过``, ``3.4萬次觀看``). Unread,
that row parted the head from the body, and the low-density cut took the headline and
its date row along with the banner. Both scripts; a headline that names a live event
or a count is no status row; prose stays untouched.
"""

from __future__ import annotations

from cleanseeds import clean
from cleanseeds.filters.body import _aside_row, _rows
from tests.test_body_heads2 import _FOOT, _FOOT_TW, kept
from tests.test_body_news_heads import _NEWS, _NEWS_TW


def test_share_bar_with_copy_link_under_pipe_byline_traditional() -> None:
    page = (
        "央廣 中央廣播電臺 - 臺灣之音\n首頁 / 新聞 / 台灣\n交通部推動偏鄉公車升級 明年補助汰換電動巴士\n"
        "2026-08-14 15:32 | 記者 林玉婷 | 編輯 陳家豪\n分享 Facebook LINE X 複製連結\n"
    )
    text = page + _NEWS_TW + "\n" + _FOOT_TW
    lines = kept(text)
    assert "交通部推動偏鄉公車升級 明年補助汰換電動巴士" in lines
    assert "分享 Facebook LINE X 複製連結" not in lines
    art = clean(text)[0]
    assert art.title == "交通部推動偏鄉公車升級 明年補助汰換電動巴士"
    assert art.published is not None and art.published.startswith("2026-08-14")


def test_share_bar_with_copy_link_simplified() -> None:
    page = (
        "某某新闻网 - 权威发布\n首页 国内 国际 财经 体育 军事\n强冷空气来袭 华北黄淮气温骤降\n"
        "2026-11-26 08:30 来源：新华社\n分享到：微信 微博 复制链接\n"
    )
    lines = kept(page + _NEWS + "\n" + _FOOT)
    assert "强冷空气来袭 华北黄淮气温骤降" in lines
    assert "2026-11-26 08:30 来源：新华社" in lines
    assert "分享到：微信 微博 复制链接" not in lines


def test_live_status_row_under_byline_simplified() -> None:
    page = (
        "某某新闻 - 某某日报报业集团旗下\n首页 | 要闻 | 本地 | 直播 | 视频 | 体育\n"
        "直播丨城市马拉松今晨开跑 3万名跑者同场竞技\n2026-04-12 07:20 某某新闻\n"
        "某某新闻记者 陈晨 黄虹\n直播中 · 12.6万人看过\n"
    )
    text = page + _NEWS + "\n" + _FOOT
    lines = kept(text)
    assert "直播丨城市马拉松今晨开跑 3万名跑者同场竞技" in lines
    assert "直播中 · 12.6万人看过" not in lines
    art = clean(text)[0]
    assert art.published is not None and art.published.startswith("2026-04-12")


def test_video_view_count_under_date_traditional() -> None:
    page = (
        "某某電視台 新聞網\n首頁 政治 社會 國際 財經 體育\n旅遊局：十月入境旅客逾三百萬人次 按年增一成\n"
        "2026-11-27 20:15\n3.4萬次觀看 | 1,024人在看\n"
    )
    lines = kept(page + _NEWS_TW + "\n" + _FOOT_TW)
    assert "旅遊局：十月入境旅客逾三百萬人次 按年增一成" in lines
    assert "2026-11-27 20:15" in lines
    assert "3.4萬次觀看 | 1,024人在看" not in lines


def test_ended_live_badge_traditional() -> None:
    page = (
        "某某新聞網 - 即時新聞\n首頁 政治 社會 國際 財經 體育\n【文字直播】立法院三讀通過預算案 朝野攻防全紀錄\n"
        "2026-12-01 18:02 記者 李大華\n直播已結束 · 8.8萬人看過\n"
    )
    lines = kept(page + _NEWS_TW + "\n" + _FOOT_TW)
    assert "【文字直播】立法院三讀通過預算案 朝野攻防全紀錄" in lines
    assert "直播已結束 · 8.8萬人看過" not in lines


def test_status_words_in_prose_untouched() -> None:
    prose = (
        "记者在现场看到，直播中有3万人同时在线观看，12.6万人看过回放，主办方表示将继续优化服务。\n"
        "有网友留言说，复制链接分享给家人以后，大家都在看，这样的活动希望明年还能继续举办。\n"
        "記者了解，直播已結束後仍有8.8萬人看過回放，主辦單位表示將把精彩片段整理成合輯。"
    )
    assert kept(prose) == prose.split("\n")


def test_headline_naming_a_count_is_no_status_row() -> None:
    """A headline such as ``12.6万人看过的直播`` has words besides the counter: a headline."""
    for text in (
        "12.6万人看过的马拉松直播",
        "直播中出现意外 主办方致歉",
        "回放：立法院三讀通過預算案",
        "逾3.4萬人觀看 跨年煙火秀圓滿落幕",
    ):
        assert not _aside_row(_rows(text)[0]), text
