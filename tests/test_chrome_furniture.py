"""Page furniture kept as body on news and post pages: a reading counter in Hong Kong's
form, a player's button whose arrow a legacy codec lost, a broadcaster's share bar, an
outlet's app promo, a vertical portal's widget rows (rating buttons, model links, price
cards, viewing hotline, poster's place), Medium's listen button, a bookmarking reply.
Prose using the same words stays."""

import pytest

from cleanseeds import clean

from ._chrome import ARTICLE_HEAD as HEAD
from ._chrome import P1, P2, paragraphs_around

CHROME = [
    # reading counters, Hong Kong's 閲 among them
    "閲讀次數：1,248",
    "閱讀次數：3,562",
    "阅读次数：1248",
    "閲讀 2.3萬",
    # a player's button, its arrow lost or kept
    "? 播放新聞",
    "▶ 播放新聞",
    "▶ 播放新闻",
    # a broadcaster's share bar
    "分享工具 facebook",
    # an outlet's app promo
    "下载“证券时报”官方APP，或关注官方微信公众号，即可随时了解股市动态，洞察政策信息，把握财富机会。",
    "下載「經濟日報」App，或加入官方LINE好友，即可隨時掌握最新財經消息。",
    # vertical portals' rows
    "这篇新闻对你有帮助吗？ 有帮助 没帮助",
    "這篇新聞對你有幫助嗎？ 有幫助 沒幫助",
    "亮了(356) 回复",
    "亮了(89) 回覆",
    "相关车型：宋PLUS DM-i 宋PLUS EV",
    "相關車型：RAV4 Corolla Cross",
    "看房热线：400-606-6969",
    "看房熱線：2345 6789",
    "滨江·江语海 均价约58000元/㎡",
    "信義·璞園建案 均價約85萬/坪",
    "发布于 湖南",
    "發佈於 台灣",
    # post pages: Medium's listen button, a reply that only bookmarks the thread
    "Text to speech",
    "留名",
]

PROSE = [
    "专家认为，这些措施对中小企业确实有帮助，没帮助的条款也会在明年修订。",
    "記者發現，不少讀者的閱讀次數明顯增加，圖書館借閱量也創新高。",
    "电台今天播放新闻特辑，回顾这座城市四十年来的变化。",
    "電台今天播放新聞特輯，回顧這座城市四十年來的變化。",
    "杭州主城区新房均价约5万元/㎡，较去年同期下降百分之三。",
    "該區新建案均價約85萬/坪，比去年同期上漲一成。",
    "市民可拨打看房热线预约，售楼处表示周末人流明显增加。",
    "相关车型将于明年上市，售价尚未公布，经销商已开始接受预订。",
    "他说，下载官方APP或关注公众号，可以随时了解办事进度。",
    "她的这篇文章发布于上个月，在网上引发了不少讨论。",
    "这场比赛让球迷的眼睛都亮了，主队在最后一分钟完成绝杀。",
    "市民留名登记后，工作人员会在三天内联系安排体检。",
]


@pytest.mark.parametrize("mid", [True, False])
@pytest.mark.parametrize("line", CHROME)
def test_furniture_goes(line, mid):
    assert paragraphs_around(line, mid) == [P1, P2]


@pytest.mark.parametrize("mid", [True, False])
@pytest.mark.parametrize("line", PROSE)
def test_prose_with_the_same_words_stays(line, mid):
    assert line in paragraphs_around(line, mid)


def test_twice_changes_nothing_more():
    text = HEAD + P1 + "\n? 播放新聞\n" + P2 + "\n閲讀次數：1,248\n發佈於 台灣\n"
    once = "\n\n".join(clean(text)[0].paragraphs)
    assert "\n\n".join(clean(HEAD + once + "\n")[0].paragraphs) == once


MEDIUM_HEAD = "Sign in\n為什麼我離開大公司\n陳柏翰\nFollow\n6 min read\n·\nOct 6, 2025\n"
BODY_TW = "在外商公司做了五年產品設計之後，我在今年三月遞出辭呈，加入一間只有八個人的新創。"
BODY_TW2 = "半年過去，我還沒有後悔，如果你也在考慮類似的選擇，我建議先問自己想要什麼。"


@pytest.mark.parametrize(
    "box",
    [
        "Written by 陳柏翰\n238 Followers\n產品設計師，寫設計、閱讀與新創日常。\nFollow\n",
        "Written by 林予晴\n1.2K Followers\n前端工程师，写代码也写生活。\nFollow\n",
    ],
)
def test_author_box_bio_and_follow_button_go(box):
    arts = clean(MEDIUM_HEAD + f"{BODY_TW}\n{BODY_TW2}\n" + box + "Help\nStatus\nAbout\nText to speech\n")
    assert arts[0].paragraphs == [BODY_TW, BODY_TW2]


def test_prose_above_a_follow_button_stays_without_an_author_box():
    line = "產品設計師的工作，說穿了就是不斷地寫設計、讀資料、和人討論。"
    arts = clean(MEDIUM_HEAD + f"{BODY_TW}\n{line}\nFollow\n{BODY_TW2}\n")
    assert line in arts[0].paragraphs
