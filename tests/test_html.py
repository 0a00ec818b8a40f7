"""The html filter: markup goes, the text it wrapped stays, prose with < and > is untouched."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleanseeds.document import Document
from cleanseeds.filters.html import Html


def run(text: str) -> str:
    doc = Document(text)
    Html()(doc)
    return doc.text


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        # keyword-link spans of WordPress sites, with and without their lost "<"
        ("在核心業務場景中使用<span class='wp_keywordlink_affiliate'>英偉達</span>芯片",
         "在核心業務場景中使用英偉達芯片"),
        ("規模化span class='wp_keywordlink_affiliate'>量產,打通", "規模化量產,打通"),
        ('此舉標志著a href="https://example.com/tag/nvidia" title="英伟达">英伟达芯片', "此舉標志著英伟达芯片"),
        ("第一段<br>第二段<br/>第三段", "第一段\n第二段\n第三段"),
        ('<p style="text-align:center"><img src="a.jpg" alt="图片"></p>正文', "正文"),
        ("<strong>记者：</strong>张三", "记者：张三"),
        ("正文<!-- 广告位 -->继续", "正文继续"),
        ("正文<script type=\"text/javascript\">var a = 1 < 2;</script>继续", "正文继续"),
        ("<style>.a{color:red}</style>标题", "标题"),
        ("<![CDATA[新闻正文", "新闻正文"),
        # WeChat reposts keep their section/mpvoice tags
        ('<section data-role="paragraph"><mpvoice voice_encode_fileid="x"></mpvoice>正文</section>', "正文"),
        # entities
        ("你好&nbsp;世界", "你好 世界"),
        ("微软&amp;OpenAI", "微软&OpenAI"),
        ("&#8220;成熟制程&#8221;", "“成熟制程”"),
        ("&#x4e2d;&#x6587;", "中文"),
        ("1 &lt; 2 &gt; 0", "1 < 2 > 0"),
        ("AT&amp;T", "AT&T"),
    ],
)
def test_markup_cut_text_kept(dirty: str, clean: str) -> None:
    assert run(dirty) == clean


@pytest.mark.parametrize(
    "text",
    [
        "若 a<b 且 c>d，则结论成立",
        "線寬可達 <1nm 的水平",
        "新工藝(<1nm)即將量產",
        "x < y > z",
        "收益率 >5% 的產品",
        "R&D 投入",
        "AT&T 與 T-Mobile",
        "A&B&C",
        "<<三体>>是一部小说",
        "《H20芯片解禁,怎么看?》",
        "温度 <30°C> 之间",
        "&lt;b&gt;加粗&lt;/b&gt; 是 HTML 的写法",
        "span class 是一个属性名",
    ],
)
def test_prose_untouched(text: str) -> None:
    out = run(text)
    if text.startswith("&lt;b"):
        # escaped markup stays escaped, so that a second pass finds nothing to cut
        assert "<b" not in out
    else:
        assert out == text


_PROSE = st.sampled_from(
    ["我们", "臺灣", "<1nm", "(<1nm)", "a<b", "c>d", " ", "，", "&", "R&D", "5%", "<", "“", "”", "H20", "芯片"]
)


@given(st.lists(_PROSE, max_size=30).map("".join))
def test_property_prose_unchanged(text: str) -> None:
    assert run(text) == text


_TAGS = st.sampled_from(["<p>", "</p>", "<br/>", "<span class='x'>", "</span>", '<a href="u">', "</a>", "&nbsp;", "&amp;"])


@given(st.lists(st.one_of(_PROSE, _TAGS), max_size=30).map("".join))
def test_property_idempotent(text: str) -> None:
    once = run(text)
    assert run(once) == once


def test_many_distinct_links_are_all_cut_with_their_own_reason():
    text = "".join(f"<p class='c{i % 7}'>第{i}段<a href=\"/n/{i}.html\" title='第{i}\"篇'>链接</a></p>\n" for i in range(3000))
    doc = Document(text)
    changes = list(Html().find(doc))
    assert len(changes) == 3000 * 4
    assert f"HTML tag <a href=\"/n/2999.html\" title='第2999\"篇'>"[:37] in changes[-3].reason
    assert run(text) == "".join(f"第{i}段链接\n" for i in range(3000))


@pytest.mark.parametrize("tag", ["<a href='x'>", '<a href="a b c">', "<img src=x/>", '<span title="it\'s">'])
def test_tags_differing_only_in_quoted_values_read_alike(tag):
    assert run(f"前{tag}后") == "前后"


@pytest.mark.parametrize(
    "dirty, clean",
    [
        # a block tag between text on one line stood for a line break
        ("总投资12亿元<br/>预计明年完工", "总投资12亿元\n预计明年完工"),
        ("第一段。<BR>第二段。", "第一段。\n第二段。"),
        ("第一段。</p><p>第二段。", "第一段。\n第二段。"),
        ("第一段。</p>  <p class=\"c\">第二段。", "第一段。\n第二段。"),
        ("第一段。 <br> 第二段。", "第一段。\n第二段。"),
        ("<li>甲項</li><li>乙項</li>", "甲項\n乙項"),
        # at a line's edge, or inline markup: cut, no break
        ("<p>只有一段。</p>", "只有一段。"),
        ("第一段。<br>\n第二段。", "第一段。\n第二段。"),
        ("行<b>粗</b>体", "行粗体"),
        ("<a href='/x'>連結</a>文字", "連結文字"),
        # an entity escaped twice is decoded in one step; escaped markup stays escaped
        ("总投资&amp;nbsp;12亿元", "总投资 12亿元"),
        ("他說&amp;quot;好&amp;quot;。", '他說"好"。'),
        ("&amp;lt;b&amp;gt;", "&amp;lt;b&amp;gt;"),
    ],
)
def test_block_tags_break_lines_and_double_escapes(dirty: str, clean: str) -> None:
    assert run(dirty) == clean
    assert run(run(dirty)) == run(dirty)


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        # XHTML empty elements: the slash makes them markup, where "<b and c>" is prose
        ("“我们第三季见。”<br />", "“我们第三季见。”"),
        ("第一段。<br />第二段。", "第一段。\n第二段。"),
        ("上文<hr />下文", "上文\n下文"),
        ("首段<BR />次段", "首段\n次段"),
        # tags escaped twice on a line they wrap: cut, their text kept
        ("&lt;p&gt;（责编：鱼儿）&lt;/p&gt;", "（责编：鱼儿）"),
        ("&lt;p&gt;（責編：魚兒）&lt;/p&gt;", "（責編：魚兒）"),
        ('&lt;p class=&quot;txt&quot;&gt;正文一段&lt;/p&gt;', "正文一段"),
        ("&lt;p&gt;一段。&lt;/p&gt;&lt;p&gt;二段。&lt;/p&gt;", "一段。\n二段。"),
        ("前文\n  &lt;div&gt;&lt;strong&gt;記者：&lt;/strong&gt;張三&lt;/div&gt;\n後文", "前文\n  記者：張三\n後文"),
        # a space entity inside Chinese prose: none before a closing mark or after an
        # opening one, none alone between two Han characters of a sentence
        ("不會顯示安全警告&nbsp;。", "不會顯示安全警告。"),
        ("他说&nbsp;，这是第一次。", "他说，这是第一次。"),
        ("「&nbsp;好」", "「好」"),
        ("鴻海也展示&nbsp;電動巴士Model T&amp;Model U新款，並宣布合作。", "鴻海也展示電動巴士Model T&Model U新款，並宣布合作。"),
        ("该公司&#160;宣布扩产。", "该公司宣布扩产。"),
        ("总投资&amp;nbsp;，预计明年完工。", "总投资，预计明年完工。"),
        # ... a space where it parts words: a byline's title and name, a run, beside
        # Latin letters or digits, a line with no sentence mark
        ("（记者&nbsp;王希）国务院今天召开会议。", "（记者 王希）国务院今天召开会议。"),
        ("导演：张艺谋&nbsp;&nbsp;主演：巩俐", "导演：张艺谋  主演：巩俐"),
        ("新浪娱乐讯&nbsp;6月1日，电视剧收官。", "新浪娱乐讯 6月1日，电视剧收官。"),
        ("采用&nbsp;Apple&nbsp;芯片，性能提升。", "采用 Apple 芯片，性能提升。"),
        ("一段。&nbsp;&nbsp;二段。", "一段。  二段。"),
    ],
)
def test_xhtml_breaks_escaped_tags_and_spaces_in_han(dirty: str, clean: str) -> None:
    assert run(dirty) == clean
    assert run(run(dirty)) == run(dirty)


@pytest.mark.parametrize(
    "text",
    [
        # prose about markup has text outside its escaped tags: its tags are not cut
        "&lt;p&gt;标签表示一个段落",
        "用 &lt;br&gt; 换行",
        "&lt;x&gt;甲&lt;/x&gt;",  # no known element
    ],
)
def test_escaped_prose_keeps_its_tags(text: str) -> None:
    out = run(text)
    assert out.count("&lt;") == text.count("&lt;")
    assert run(out) == out
