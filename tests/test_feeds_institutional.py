"""Feeds of institutional sites: items dated on their own line under a feed heading."""

import pytest

from cleanseeds.document import Document
from cleanseeds.filters.feeds import FeedsFilter

BODY = "村里的路修好了，村民出行更方便了，大家都很高兴。"


def feeds(text: str) -> Document:
    doc = Document(text)
    FeedsFilter()(doc)
    return doc


@pytest.mark.parametrize(
    "lines",
    [
        ["推荐阅读", "秋收时节的田野 2025-10-10", "乡村振兴一线观察 2025-10-09", "学习强国 强国号 ｜ 学习平台"],
        ["相关新闻", "县领导调研农业产业园建设 2025-10-08", "全县秋季征兵体检工作圆满结束 2025-10-06"],
        ["延伸閱讀", "鄉村振興一線觀察 2025年10月09日", "秋收時節的田野 2025年10月10日"],
        ["相關新聞", "市府推動長照2.0 (2025-10-08)", "北市青年住宅開放申請 (2025-10-06)"],
    ],
)
def test_dated_items_under_a_heading_are_the_feed(lines):
    text = BODY + "\n" + "\n".join(lines) + "\n京ICP备19001234号\n"
    doc = feeds(text)
    assert doc.text == BODY + "\n京ICP备19001234号\n"
    assert feeds(doc.text).text == doc.text



@pytest.mark.parametrize(
    "lines",
    [
        ["秋收时节的田野 2025-10-10", "乡村振兴一线观察"],  # one dated line: a head's shape
        ["人民日报 2025-10-10 08:00", "来源：人民日报 2025-10-10"],
    ],
)
def test_a_lone_dated_line_is_not_taken_for_items(lines):
    from cleanseeds.filters.feeds import _dated_item

    assert not all(_dated_item(x) for x in lines)
