"""Chrome of overseas papers and vertical sites: subscription and channel prompts, a car
portal's price link and comment box, a game portal's "more in our zone" prompt, a
property portal's section trail. Prose using the same words stays."""

import pytest

from ._chrome import P1, P2, paragraphs_around

CHROME = [
    # subscription and channel prompts (Malaysian and Singaporean papers)
    "欲知更多内容，请订阅《中国报》电子版",
    "欲知更多內容，請訂閱《中國報》電子版",
    "点击这里订阅星洲日报电子报",
    "點擊這裡訂閱星洲日報電子報",
    "想看更多新闻？点击这里加入Telegram",
    "想看更多新聞？點擊這裡加入Telegram",
    # car and tech portals
    "查看本车型更多报价 >",
    "查看本車型更多報價 >",
    "网友评论（27）",
    "網友評論（27）",
    "查看评论",
    "查看評論",
    # game portals
    "更多相关资讯请关注：艾尔登法环专区",
    "更多相關資訊請關注：艾爾登法環專區",
    # property portals' section trail
    "乐居财经 > 楼市动态",
    "樂居財經 > 樓市動態",
]

PROSE = [
    "记者了解到，网友评论普遍认为这一政策有助于缓解停车难问题。",
    "請訂閱者注意，本報電子版將於下月起調整價格，每月收費增加五元。",
    "他说，点击这里的按钮就能完成报名，整个过程不到一分钟，十分方便快捷。",
    "公司动态显示，该企业今年前三季度营收同比增长百分之十二。",
    "查看评论区可以发现，不少网友对这一决定表示支持，也有人提出了不同意见。",
    "更多相关资讯请关注官方公告，市民如有疑问可拨打政务服务热线咨询。",
    "想看更多新聞的讀者，可以到圖書館閱覽當天的報紙。",
]


@pytest.mark.parametrize("mid", [True, False])
@pytest.mark.parametrize("line", CHROME)
def test_vertical_chrome_goes(line, mid):
    assert paragraphs_around(line, mid) == [P1, P2]


@pytest.mark.parametrize("mid", [True, False])
@pytest.mark.parametrize("line", PROSE)
def test_prose_with_the_same_words_stays(line, mid):
    assert line in paragraphs_around(line, mid)
