"""Content-farm mirrors concatenated with no separator: each page opens with its headline,
the farm's site line repeating it (``<站名>官网最新热点:<headline>``) and a counter row. The
echoed headline starts a new article; the dump's first one is no boundary."""

import pytest

from cleanseeds import clean

from ._chrome import chrome, splits

HEADS = [
    # (headline, the farm's line repeating it, counter row)
    ("槟城升旗山缆车明年更换新车厢", "光华网官网最新热点:槟城升旗山缆车明年更换新车厢", "更新时间: 浏览次数:2317"),
    ("新款比亚迪宋PLUS上市 售价15.98万元起", "车讯频道网官网最新热点:新款比亚迪宋PLUS上市 售价15.98万元起", "更新时间: 浏览次数:1562"),
    ("秋冬季節流感高發 醫師籲及早接種疫苗", "健康生活網官網最新熱點:秋冬季節流感高發 醫師籲及早接種疫苗", "更新時間: 瀏覽次數:845"),
    ("台北捷運環狀線北環段動工 預計2030年通車", "資訊快報網最新熱點：台北捷運環狀線北環段動工 預計2030年通車", "更新時間：2025-10-14 瀏覽次數：1203"),
]
BODY_A = "（槟城22日讯）升旗山机构宣布，现有的第四代缆车将于明年中旬退役，新车厢可载客量由100人增至140人。"
BODY_B = "業內人士指出，這項政策將對整個產業鏈產生深遠影響，相關部門將持續追蹤後續發展。"


def _page(head: tuple[str, str, str], body: str) -> str:
    return "\n".join(head) + "\n" + body + "\n"


@pytest.mark.parametrize(("first", "second"), [(a, b) for a in HEADS[:2] for b in HEADS if a != b])
def test_a_second_farm_head_splits(first, second):
    text = _page(first, BODY_A) + "上一篇：槟州政府推出电子钱包回扣\n" + _page(second, BODY_B)
    arts = clean(text)
    assert [a.title for a in arts] == [first[0], second[0]]
    assert arts[1].paragraphs == [BODY_B]


def test_the_split_stands_at_the_headline():
    first, second = HEADS[0], HEADS[2]
    text = _page(first, BODY_A) + "\n" + _page(second, BODY_B)
    doc = chrome(text)
    assert splits(doc) == [text.index(second[0] + "\n" + second[1])]


def test_the_dump_s_first_head_is_no_boundary():
    text = _page(HEADS[1], BODY_A)
    assert splits(chrome(text)) == []
    assert len(clean(text)) == 1


def test_a_title_echoed_after_text_without_a_site_line_stays_one_article():
    # a subheading repeated inside a sentence is no farm's head
    text = (
        f"{HEADS[0][0]}\n{HEADS[0][1]}\n{BODY_A}\n"
        "新车厢的设计亮点\n工程师表示，新车厢的设计亮点在于更大的观景窗和更平稳的运行。\n"
    )
    arts = clean(text)
    assert len(arts) == 1
    assert "新车厢的设计亮点" in arts[0].paragraphs


def test_idempotent():
    text = _page(HEADS[0], BODY_A) + _page(HEADS[2], BODY_B)
    once = clean(text)
    for art in once:
        again = clean(art.text)
        assert [a.paragraphs for a in again] == [art.paragraphs]
