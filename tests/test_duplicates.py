"""The duplicates filter: the scraper's second copy goes, writing that repeats stays."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanseeds.document import Document
from cleanseeds.filters.duplicates import DuplicatesFilter, _inline_spans, repeated_head, repeated_sentences

BODY = "公司表示，今年将继续扩大在华投资，并加快新产品的研发进度。"
BODY_TW = "業內人士指出，這項政策將對整個產業鏈產生深遠影響。"


def dedupe(text: str) -> Document:
    doc = Document(text)
    DuplicatesFilter()(doc)
    return doc


@pytest.mark.parametrize(
    "line,kept",
    [
        ("文 | 镜相工作室,作者 | 黄依婷,编辑 | 卢枕 文 | 镜相工作室,作者 | 黄依婷,编辑 | 卢枕 9月,国内入秋,气温骤降。",
         "文 | 镜相工作室,作者 | 黄依婷,编辑 | 卢枕 9月,国内入秋,气温骤降。"),
        ("文 | 大V商业,作者 | 庄莉 文 | 大V商业,作者 | 庄莉 即时零售的竞争,开始波及到消费品牌。",
         "文 | 大V商业,作者 | 庄莉 即时零售的竞争,开始波及到消费品牌。"),
        ("英伟达回归遇阻,谁能替代H20? 英伟达回归遇阻,谁能替代H20?", "英伟达回归遇阻,谁能替代H20?"),
        ("美國松口H20芯片 美國松口H20芯片 美國松口H20芯片 2025-07-15", "美國松口H20芯片 2025-07-15"),
        ("Nvidia faces a new test in China Nvidia faces a new test in China",
         "Nvidia faces a new test in China"),
    ],
)
def test_repeated_head_on_one_line(line, kept):
    doc = dedupe(line)
    assert doc.text == kept
    assert doc.edits[0].reason.startswith("repeated ")


@pytest.mark.parametrize(
    "line,kept",
    [
        ("相比技术和生态上的差距，国产替代意义重大。,国产替代意义重大。", "相比技术和生态上的差距，国产替代意义重大。"),
        ("這是一個注定不會輕鬆的過程。這是一個注定不會輕鬆的過程。後來居上。", "這是一個注定不會輕鬆的過程。後來居上。"),
    ],
)
def test_repeated_sentence(line, kept):
    doc = dedupe(line)
    assert doc.text == kept
    assert doc.edits[0].reason == "repeated sentence"


def test_consecutive_identical_lines_keep_first():
    text = f"惊艳!全红婵 “换头式” 长大\n\n惊艳!全红婵 “换头式” 长大\n{BODY}\n{BODY}\n{BODY_TW}"
    doc = dedupe(text)
    assert doc.text == f"惊艳!全红婵 “换头式” 长大\n\n{BODY}\n{BODY_TW}"


def test_title_repeated_after_byline():
    text = f"英伟达回归遇阻,谁能替代H20?\n2025-07-15 19:50\n英伟达回归遇阻,谁能替代H20?\n{BODY}"
    assert dedupe(text).text == f"英伟达回归遇阻,谁能替代H20?\n2025-07-15 19:50\n{BODY}"


@pytest.mark.parametrize(
    "text",
    [
        # a refrain far apart
        f"我们是共产主义接班人。\n{BODY}\n{BODY_TW}\n{BODY}\n我们是共产主义接班人。",
        # prose repeated a few lines later is the writer's choice
        f"{BODY}\n{BODY_TW}\n{BODY}",
        # glued repetition inside a lyric
        "一闪一闪亮晶晶一闪一闪亮晶晶，满天都是小星星。",
        "哈哈哈哈哈哈哈哈哈哈哈哈哈哈",
        "一步一步一步地往前走，终于到了山顶。",
        # short sentences repeated for emphasis
        "不行。不行。就是不行。",
        # same opening, different line
        "第一季度营收同比增长，第一季度营收同比增长的原因是需求回暖。",
        "![]()\n![]()",
    ],
)
def test_writing_that_repeats_survives(text):
    assert dedupe(text).text == text


def test_helpers():
    assert repeated_head("标题很长的一个标题 标题很长的一个标题") == (9, 19)
    assert repeated_head(BODY) is None
    s = "国产替代意义重大，意义深远。,意义深远的事情。"
    assert repeated_sentences(s) == []


@settings(max_examples=150, deadline=None)
@given(st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=6, max_size=40)
       .filter(lambda s: len(set(s)) >= 4),
       st.integers(2, 4), st.sampled_from([" ", "  "]))
def test_any_repeated_head_keeps_one_copy(head, copies, gap):
    rest = "正文从这里开始，讲的是另一件事。"
    doc = dedupe(gap.join([head] * copies) + " " + rest)
    assert doc.text == f"{head} {rest}"
    assert dedupe(doc.text).text == doc.text


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([BODY, BODY_TW, "他说：“我们不会放弃。”", "小经销商还怎么玩。"]),
                min_size=1, max_size=8, unique=True))
def test_distinct_lines_untouched(parts):
    text = "\n".join(parts)
    assert dedupe(text).text == text


def test_sentence_repeated_three_times_keeps_one():
    doc = dedupe("國產替代意義重大的事情。國產替代意義重大的事情。,國產替代意義重大的事情。後來居上。")
    assert doc.text == "國產替代意義重大的事情。後來居上。"


def test_repeated_head_after_an_indent():
    from cleanseeds.document import Document

    line = "\u3000\u3000作者 | 张三，编辑 | 李四 作者 | 张三，编辑 | 李四 正文从这里开始，讲一件事。"
    doc = Document(line)
    DuplicatesFilter()(doc)
    assert doc.text == "\u3000\u3000作者 | 张三，编辑 | 李四 正文从这里开始，讲一件事。"


@pytest.mark.parametrize(
    "line,kept",
    [
        ("美国松口芯片 美国松口芯片", "美国松口芯片"),
        ("美國鬆口晶片 美國鬆口晶片", "美國鬆口晶片"),
        ("两会前瞻四月 两会前瞻四月", "两会前瞻四月"),
    ],
)
def test_shortest_line_with_a_repeated_head(line, kept):
    assert dedupe(line).text == kept


def _inline_reference(s: str) -> tuple[tuple[int, int, str], ...]:
    """What :func:`_inline_spans` finds, from the public helpers alone."""
    body = s.lstrip()
    lead = len(s) - len(body)
    spans = [(a, b, "repeated sentence") for a, b in repeated_sentences(s)]
    head = repeated_head(body)
    if head and all(head[1] + lead <= a or head[0] + lead >= b for a, b, _ in spans):
        spans.append((head[0] + lead, head[1] + lead, "repeated title or byline on one line"))
    return tuple(sorted(spans))


_piece = st.sampled_from(
    ["国产替代意义重大。", "國產替代意義重大。", "他说：“我们不会放弃。”", "後來居上！", "真的吗?", "作者 | 张三",
     " ", "\u3000", ",", "。", "甲乙丙丁"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_piece, max_size=8).map("".join))
def test_inline_spans_agree_with_the_helpers(line):
    assert _inline_spans(line) == _inline_reference(line)


#: sentence text, ends, closing quotes and separators, densely mixed, with short copies
_sentence_piece = st.sampled_from(
    ["意义重大", "意義重大", "重大", "大", "国产替代", "后来", "。", "。", "！", "？", "!", "?", "”", "」",
     "』", "’", '"', " ", ",", "，", "、", ";", "\u3000"]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_sentence_piece, max_size=24).map("".join))
def test_repeat_test_never_hides_a_repeated_sentence(line):
    """The cheap test (split at 。, or the 8-character tails) is a necessary condition."""
    from cleanseeds.filters.duplicates import _sentence_repeats

    assert repeated_sentences(line) == _sentence_repeats(line)


@pytest.mark.parametrize(
    "line",
    [
        "相比技术和生态上的差距，国产替代意义重大。,国产替代意义重大。",
        "相比技術和生態上的差距，國產替代意義重大。”,國產替代意義重大。”",
        "這是一個注定不會輕鬆的過程。這是一個注定不會輕鬆的過程。後來居上。",
        "他說：「這是一個重大的決定。」「這是一個重大的決定。」",
        "第一句话说完了。第二句话也说完了。第一句话说完了。",
        # each end character, both scripts
        "我们终于成功了！,我们终于成功了！",
        "難道這是真的嗎？難道這是真的嗎？",
        "我们终于成功了!我们终于成功了!",
        "Is it really true? Is it really true?",
        # copies with little text before a long run of ends and quotes
        "重大。。。。。。。。 。。。。。。。。",
        "很国意义重大。”」,国意义重大。”」",
        "很意重大。”」』’ 意重大。”」』’",
        '好。”」』’"”」,。”」』’"”」',
    ],
)
def test_repeat_test_on_real_shapes(line):
    from cleanseeds.filters.duplicates import _sentence_repeats

    assert repeated_sentences(line) == _sentence_repeats(line)


@pytest.mark.parametrize(
    "text",
    [
        # a poem's anaphora (the line comes back every other line)
        "我想念北方的雪\n落在父亲的肩上\n我想念北方的雪\n落在母亲的窗前\n我想念北方的雪\n落在我童年的院子",
        "我想念北方的雪\n落在父親的肩上\n我想念北方的雪\n落在母親的窗前",
        # a chorus, twice, and its last line sung twice
        "月光下的小镇\n有我们走过的足印\n月光下的小镇\n时间走得特别安静",
        "火車一班一班開走\n站台上的人換了又換\n如果你回來\n我還在這裡等你\n如果你回來\n我還在這裡等你",
        "你問我愛你有多深\n我愛你有幾分\n我的情也真\n我的愛也真\n月亮代表我的心\n月亮代表我的心",
        # as lyrics sites print them: phrases spaced, blank lines between verses
        "輕輕的一個吻 已經打動我的心\n深深的一段情 教我思念到如今\n\n你問我愛你有多深 我愛你有幾分\n"
        "你去想一想 你去看一看 月亮代表我的心\n你去想一想 你去看一看 月亮代表我的心",
        "轻轻的一个吻，已经打动我的心\n深深的一段情，教我思念到如今\n你问我爱你有多深，我爱你有几分\n"
        "你去想一想，你去看一看，月亮代表我的心\n你去想一想，你去看一看，月亮代表我的心",
        # or each line a sentence
        "你問我愛你有多深，我愛你有幾分?\n我的情也真，我的愛也真，月亮代表我的心。\n"
        "你問我愛你有多深，我愛你有幾分?\n我的情不移，我的愛不變，月亮代表我的心。",
    ],
)
def test_refrain_in_verse_survives(text):
    assert dedupe(text).text == text


@pytest.mark.parametrize(
    "text,kept",
    [
        # the title again after the time line, with menu items above it
        ("首页\n国内新闻\n美国松口芯片出口\n2025-07-15 19:50\n美国松口芯片出口\n" + BODY,
         "首页\n国内新闻\n美国松口芯片出口\n2025-07-15 19:50\n" + BODY),
        ("寒流來襲醫師提醒保暖\n來源：中央社\n寒流來襲醫師提醒保暖\n" + BODY_TW,
         "寒流來襲醫師提醒保暖\n來源：中央社\n" + BODY_TW),
        # a title printed twice over the byline
        ("寒流來襲 醫師提醒心血管患者注意保暖\n寒流來襲 醫師提醒心血管患者注意保暖\n記者林志明／台北報導\n" + BODY_TW,
         "寒流來襲 醫師提醒心血管患者注意保暖\n記者林志明／台北報導\n" + BODY_TW),
        # an author's name over each post, the post's text after it
        ("湘江边的老李\n关注\n湘江边的老李\n" + BODY, "湘江边的老李\n关注\n" + BODY),
        # a menu item doubled: menu items are no lines of verse
        ("首页\n新闻中心\n新闻中心\n体育\n娱乐", "首页\n新闻中心\n体育\n娱乐"),
    ],
)
def test_repeated_title_among_short_lines_is_cut(text, kept):
    assert dedupe(text).text == kept
