"""Section blocks (a portal's sections, one headline under each) go; songs and poems stay."""

import pytest

import cleanseeds
from cleanseeds.document import Document
from cleanseeds.filters.feeds import FeedsFilter

BODY = "公司表示，今年将继续扩大在华投资，并加快新产品的研发进度。"
BODY_TW = "業內人士指出，這項政策將對整個產業鏈產生深遠影響。"


def feeds(text: str) -> Document:
    doc = Document(text)
    FeedsFilter()(doc)
    return doc


SECTIONS_S = [
    ("头条要闻", "国务院常务会议部署稳就业政策措施"),
    ("体育要闻", "全运会男子百米决赛 广东选手夺冠"),
    ("娱乐要闻", "第38届金鸡奖提名名单公布 多部新片入围"),
    ("财经要闻", "央行下调存款准备金率0.25个百分点"),
]
SECTIONS_T = [
    ("焦點新聞", "颱風動態更新 北部山區慎防豪雨"),
    ("國際新聞", "美聯準會宣布維持利率不變 市場反應平淡"),
    ("財經新聞", "台積電法說會釋利多 外資連三買"),
    ("地方新聞", "金門大橋通車週年 小金門觀光人次倍增"),
]
SECTIONS_CHANNEL = [
    ("财经频道", "A股三大指数集体收涨 成交额突破万亿"),
    ("科技频道", "国产大飞机C919完成高原试飞任务"),
    ("汽车频道", "新能源汽车下乡活动在多地启动"),
]


@pytest.mark.parametrize("sections", [SECTIONS_S, SECTIONS_T, SECTIONS_CHANNEL], ids=["s", "t", "channel"])
@pytest.mark.parametrize("blank", [True, False])
def test_section_blocks_go(sections, blank):
    sep = "\n\n" if blank else "\n"
    blocks = sep.join(f"{label}{sep}{head}" for label, head in sections)
    doc = feeds(f"{BODY}\n\n{blocks}\n")
    assert doc.text.strip() == BODY
    assert doc.edits[0].reason.startswith("related feed")


LYRICS_T = "如果你回來\n我還在這裡等你\n火車開走\n站台換了人\n如果你回來\n我還在這裡等你\n如果你回來\n我還在這裡等你\n"
LYRICS_S = "如果你回来\n我还在这里等你\n火车开走\n站台换了人\n如果你回来\n我还在这里等你\n如果你回来\n我还在这里等你\n"
#: a chorus three times, its first line of a label's length (a song's title over it)
SONG_T = (
    "月光下的小鎮\n有我們走過的足印\n風吹過稻田\n像你輕輕喊我的名\n"
    "火車一班一班開走\n站台上的人換了又換\n"
    "月光下的小鎮\n有我們走過的足印\n風吹過稻田\n像你輕輕喊我的名\n"
    "月光下的小鎮\n有我們走過的足印\n"
)
SONG_S = (
    "月光下的小镇\n有我们走过的足印\n风吹过稻田\n像你轻轻喊我的名\n"
    "火车一班一班开走\n站台上的人换了又换\n"
    "月光下的小镇\n有我们走过的足印\n风吹过稻田\n像你轻轻喊我的名\n"
    "月光下的小镇\n有我们走过的足印\n"
)
#: a poem of 4-line stanzas, each opened by a line that ends as the others do
POEM_S = (
    "在春天里\n我看见花开满了山坡\n燕子从南方飞回\n田埂上的泥土松软\n\n"
    "在夏天里\n我听见蝉鸣响彻了村庄\n荷叶铺满池塘\n孩子们跳进小河\n\n"
    "在秋天里\n我闻到稻谷香飘过了田野\n父亲弯腰收割\n母亲晒着红辣椒\n\n"
    "在冬天里\n我等待雪花落满了屋檐\n炉火映红脸庞\n一家人围坐说笑\n"
)
POEM_T = (
    "在春天裡\n我看見花開滿了山坡\n燕子從南方飛回\n田埂上的泥土鬆軟\n\n"
    "在夏天裡\n我聽見蟬鳴響徹了村莊\n荷葉鋪滿池塘\n孩子們跳進小河\n\n"
    "在秋天裡\n我聞到稻穀香飄過了田野\n父親彎腰收割\n母親曬著紅辣椒\n"
)
#: a refrain that names a section word: still a refrain (the label repeats)
REFRAIN_NEWS = "今天的新聞\n我們一起看的晚間節目\n今天的新聞\n外婆總是戴著老花眼鏡\n今天的新聞\n窗外的雨一直下到天亮\n"


SONG_IDS = ["lyrics_t", "lyrics_s", "song_t", "song_s", "poem_s", "poem_t", "refrain_news"]


@pytest.mark.parametrize("song", [LYRICS_T, LYRICS_S, SONG_T, SONG_S, POEM_S, POEM_T, REFRAIN_NEWS], ids=SONG_IDS)
def test_songs_and_poems_stay_alone(song):
    assert feeds(song).text == song


@pytest.mark.parametrize("song", [LYRICS_T, LYRICS_S, SONG_T, SONG_S, POEM_S, POEM_T], ids=SONG_IDS[:6])
@pytest.mark.parametrize("body", [BODY, BODY_TW], ids=["s", "t"])
def test_songs_and_poems_stay_inside_an_article(song, body):
    text = f"{body}\n\n{song}\n{body}\n"
    assert feeds(text).text == text
    text = f"{body}\n\n{song}"  # at the article's end, where a feed would stand
    assert feeds(text).text == text


def test_lyrics_dump_keeps_its_chorus():
    text = "《月光下的小鎮》\n作詞：陳若雨　作曲：林子昂\n街燈一盞一盞亮起\n老郵筒還站在巷口那裡\n" + SONG_T
    (art,) = cleanseeds.clean(text)
    assert "火車一班一班開走" in art.paragraphs
    assert not any("feed" in e.reason for e in art.edits)
    assert cleanseeds.clean(LYRICS_T)


@pytest.mark.parametrize(
    "text",
    [
        # short section words inside prose lines: no labels at all
        f"{BODY}\n國際新聞\n{BODY_TW}\n財經新聞\n{BODY}\n體育新聞\n{BODY_TW}\n",
        # subheadings ending in a section word over paragraphs
        f"一、头条要闻\n{BODY}\n二、体育要闻\n{BODY_TW}\n三、娱乐要闻\n{BODY}\n",
    ],
)
def test_article_prose_survives(text):
    assert feeds(text).text == text
