"""The syndication filter: a feed export (RSS 2.0, Atom, RSS 1.0) read as one article per item."""

from __future__ import annotations

import pytest

from cleanseeds import Pipeline
from cleanseeds.document import Document
from cleanseeds.filters.syndication import Syndication, _date, is_feed_export

#: an RSS 2.0 export as Chinese CMSs write it: indented, CDATA-wrapped HTML, a date with
#: no weekday, an e-mail author, an item with no description
RSS_S = """\ufeff<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
\t<channel>
\t\t<title>南方网-广东新闻</title>
\t\t<link>http://news.southcn.com/</link>
\t\t<description>南方网广东新闻频道</description>
\t\t<language>zh-cn</language>
\t\t<image>
\t\t\t<title>南方网</title>
\t\t\t<url>http://news.southcn.com/logo.gif</url>
\t\t</image>
\t\t<item>
\t\t\t<title><![CDATA[广州地铁十一号线全线开通 &amp; 换乘指引]]></title>
\t\t\t<link>http://news.southcn.com/gd/content/2026-06/01/c_1.htm</link>
\t\t\t<author>editor@southcn.com (李明)</author>
\t\t\t<pubDate>2026-06-01 09:05:33 +0800</pubDate>
\t\t\t<guid isPermaLink="false">c_1</guid>
\t\t\t<category><![CDATA[广东]]></category>
\t\t\t<description><![CDATA[  <p>广州地铁十一号线今天上午全线开通运营，线路全长44.2公里。</p><p>市民可在沿线32座车站换乘。</p>]]></description>
\t\t</item>
\t\t<item>
\t\t\t<title>深圳发布暴雨橙色预警</title>
\t\t\t<link>http://news.southcn.com/gd/content/2026-06/01/c_2.htm</link>
\t\t\t<pubDate>Mon, 01 Jun 2026 07:40:00 GMT</pubDate>
\t\t</item>
\t\t<item>
\t\t\t<title>佛山新增两条公交线路</title>
\t\t\t<dc:creator><![CDATA[王芳]]></dc:creator>
\t\t\t<pubDate>Sun, 31 May 2026 18:20:00 +0800</pubDate>
\t\t\t<description>&lt;p&gt;佛山市交通运输局发布通告，新增两条公交线路。&lt;/p&gt;</description>
\t\t\t<comments>http://news.southcn.com/c_3#comments</comments>
\t\t\t<enclosure url="http://news.southcn.com/c_3.jpg" type="image/jpeg" length="0"/>
\t\t</item>
\t</channel>
</rss>
"""

#: an Atom export in Traditional characters: entity-escaped content, published and updated
ATOM_T = """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-TW">
  <title type="text">中央社 CNA | 即時新聞</title>
  <updated>2026-11-05T09:30:00+08:00</updated>
  <id>tag:cna.com.tw,2026:feed</id>
  <link rel="self" href="https://www.cna.com.tw/rss.xml"/>
  <entry>
    <title type="html">行政院通過&amp;quot;數位發展&amp;quot;預算案</title>
    <link rel="alternate" href="https://www.cna.com.tw/news/1.aspx"/>
    <id>tag:cna.com.tw,2026:1</id>
    <published>2026-11-05T08:15:00+08:00</published>
    <updated>2026-11-05T09:00:00+08:00</updated>
    <author><name>張國維</name></author>
    <author><name>林育如</name><email>lin@cna.com.tw</email></author>
    <summary type="html">行政院今天通過數位發展預算案。</summary>
    <content type="html">&lt;p&gt;行政院今天召開院會，通過數位發展部明年度預算案。&lt;/p&gt;&lt;p&gt;預算總額較今年增加一成。&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>颱風警報解除 各縣市明天正常上班上課</title>
    <id>tag:cna.com.tw,2026:2</id>
    <updated>2026-11-04T21:40:00Z</updated>
    <content type="html">&lt;p&gt;中央氣象署晚間解除海上及陸上颱風警報。&lt;/p&gt;</content>
  </entry>
</feed>
"""

#: an RSS 1.0 (RDF) export: items after the channel, Dublin Core date and author, the full
#: text beside an excerpt
RDF_T = """<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel rdf:about="https://www.mingpao.com/rss">
<title>明報新聞網 - 港聞</title>
<link>https://news.mingpao.com/</link>
<description>明報港聞</description>
<items>
<rdf:Seq>
<rdf:li rdf:resource="https://news.mingpao.com/1"/>
</rdf:Seq>
</items>
</channel>
<item rdf:about="https://news.mingpao.com/1">
<title>港鐵東鐵綫周日起加密班次</title>
<link>https://news.mingpao.com/1</link>
<description>港鐵宣布加密班次。</description>
<dc:date>2026-10-02T14:30+08:00</dc:date>
<dc:creator>陳嘉欣、黃志明</dc:creator>
<content:encoded><![CDATA[<p>港鐵公司宣布，東鐵綫周日起加密繁忙時間班次。</p>
<p>班次將由每3分鐘一班縮短至2.5分鐘。</p>]]></content:encoded>
</item>
</rdf:RDF>
"""

#: a feed saved on one line (a minified export)
ONE_LINE_S = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>中新网</title>'
    "<item><title>国务院常务会议召开</title><pubDate>Tue, 02 Jun 2026 20:00:00 +0800</pubDate>"
    "<description><![CDATA[国务院总理主持召开国务院常务会议。]]></description></item>"
    "<item><title>全国高考今日开考</title><description><![CDATA[今年高考报名人数再创新高。]]></description>"
    "</item></channel></rss>"
)


def run(raw: str) -> list:
    return Pipeline.default().clean(raw)


@pytest.mark.parametrize("raw", [RSS_S, RSS_S.replace("\n", "\r\n")])
def test_rss_items_are_articles_with_their_metadata(raw: str) -> None:
    arts = run(raw)
    # the item with no description is its title alone: nothing is left of it, and the
    # pipeline keeps no empty article
    assert [a.title for a in arts] == ["广州地铁十一号线全线开通 & 换乘指引", "佛山新增两条公交线路"]
    assert arts[0].paragraphs == ["广州地铁十一号线今天上午全线开通运营，线路全长44.2公里。", "市民可在沿线32座车站换乘。"]
    assert arts[0].published == "2026-06-01T09:05"
    assert arts[0].authors == ["李明"]
    assert arts[1].authors == ["王芳"] and arts[1].published == "2026-05-31T18:20"
    assert arts[1].paragraphs == ["佛山市交通运输局发布通告，新增两条公交线路。"]
    assert {a.site for a in arts} == {"南方网"}


def test_atom_entries_are_articles_with_their_metadata() -> None:
    arts = run(ATOM_T)
    assert len(arts) == 2
    assert arts[0].title == '行政院通過"數位發展"預算案'
    assert arts[0].published == "2026-11-05T08:15"  # published before updated
    assert arts[0].authors == ["張國維", "林育如"]
    # the summary is an excerpt of the content beside it: it goes
    assert arts[0].paragraphs == ["行政院今天召開院會，通過數位發展部明年度預算案。", "預算總額較今年增加一成。"]
    assert arts[1].published == "2026-11-04T21:40" and not arts[1].authors
    assert arts[1].paragraphs == ["中央氣象署晚間解除海上及陸上颱風警報。"]
    assert {a.site for a in arts} == {"中央社"}


def test_rdf_items_are_articles_with_their_metadata() -> None:
    (art,) = run(RDF_T)
    assert art.title == "港鐵東鐵綫周日起加密班次"
    assert art.published == "2026-10-02T14:30"
    assert art.authors == ["陳嘉欣", "黃志明"]
    assert art.site == "明報新聞網"
    assert art.paragraphs == ["港鐵公司宣布，東鐵綫周日起加密繁忙時間班次。", "班次將由每3分鐘一班縮短至2.5分鐘。"]


def test_one_line_feed() -> None:
    arts = run(ONE_LINE_S)
    assert [a.title for a in arts] == ["国务院常务会议召开", "全国高考今日开考"]
    assert [a.text for a in arts] == ["国务院总理主持召开国务院常务会议。", "今年高考报名人数再创新高。"]
    assert arts[0].published == "2026-06-02T20:00" and arts[0].site == "中新网"


@pytest.mark.parametrize("raw", [RSS_S, ATOM_T, RDF_T, ONE_LINE_S, ATOM_T.replace("\n", "\r\n")])
def test_only_cuts_and_idempotent(raw: str) -> None:
    doc = Syndication()(Document(raw))
    for e in doc.edits:  # cuts only (a boundary inside a line becomes its line break)
        assert e.text in ("", "\n") and e.reason.startswith("feed export")
    for art in run(raw):
        assert "<" not in art.text and "&lt;" not in art.text and "]]>" not in art.text
        assert [p for a in run(art.text) for p in a.paragraphs] == art.paragraphs


def test_page_glued_after_the_feed_is_its_own_article() -> None:
    raw = RSS_S + "\n上海发布高温预警\n上海中心气象台今天发布高温橙色预警。\n"
    arts = run(raw)
    assert len(arts) == 3
    assert "上海中心气象台今天发布高温橙色预警。" in arts[-1].paragraphs


@pytest.mark.parametrize(
    "raw",
    [
        # a page that shows a tag, a CDATA closer or XML in its text
        "<title>北京发布</title>\n北京市今天召开新闻发布会。\n]]>\n会议介绍了最新进展。\n",
        "網頁標題\n<?xml version=\"1.0\"?> 是XML文件的宣告，<item>標籤代表一則項目。\n",
        "教程：RSS文件以<rss version=\"2.0\">开头，每条<item>是一篇文章。\n",
        # a feed glued after a page: where the page ends is a guess, so it is left alone
        "本报讯 昨日全市降雨。\n" + RSS_S,
        # XML that is no feed: an Atom-less <feed>, a sitemap
        '<feed version="1">\n<entry>一</entry>\n</feed>\n',
        '<?xml version="1.0"?>\n<urlset>\n<url><loc>http://a.cn/1</loc></url>\n</urlset>\n',
        "",
        "\n\n",
    ],
)
def test_anything_else_is_left_alone(raw: str) -> None:
    assert list(Syndication().find(Document(raw))) == []


def test_the_check_needs_the_head_and_an_item() -> None:
    assert is_feed_export(RSS_S) is not None
    assert is_feed_export('<rss version="2.0"><channel><title>x</title></channel></rss>') is None
    assert is_feed_export('<?xml version="1.0"?>\n<item><title>一</title></item>') is not None


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("Wed, 20 May 2026 11:32:05 +0800", "2026-05-20T11:32"),
        ("20 May 2026 11:32 GMT", "2026-05-20T11:32"),
        ("2026-11-05T09:12:00+08:00", "2026-11-05T09:12"),
        ("2026-11-05T09:12:00Z", "2026-11-05T09:12"),
        ("2026/5/20 8:03:00", "2026-05-20T08:03"),
        ("2026-05-20", "2026-05-20"),
        ("2026-02-30T10:00:00Z", None),
        ("昨天", None),
        ("", None),
    ],
)
def test_dates(value: str, want: str | None) -> None:
    assert _date(value) == want
