"""What the OCR of a typeset page does to notices that read fine as text: a column or page
break inside a notice, a bureau's name broken before its division, a 1 read as l in a link."""

from __future__ import annotations

import pytest

from notices.importer import extract_notices
from notices.importer.links import clean_url
from notices.importer.segment import Lines, Segment, _continued_sections
from notices.importer.text import Page

DRAFT_TOP = (
    "某某县某某工业园区规划环境影响评价第二次公示\n"
    "根据《环境影响评价公众参与办法》（生态环境部令第4号）等有关规定，\n"
    "现将某某县某某工业园区规划环境影响评价有关信息公示如下：\n"
    "一、征求意见稿全文的网络链接及查阅纸质报告书的方式和途径\n"
    "征求意见稿全文见http://www.example.cn/gs/2024/0101.html\n"
    "如需查阅纸质报告书可联系某某环境科技有限公司。\n"
)
DRAFT_REST = (
    "二、征求意见的公众范围\n"
    "本次征求公众意见的范围是园区所在地周围及关注园区建设的公众。\n"
    "三、公众提出意见的方式和途径\n"
    "公众可通过信函、传真、电子邮件等方式提交意见，公示期为公示之日起10个工作日。\n"
    "四、建设单位及联系方式\n"
    "单位名称：某某县某某工业园区管理委员会\n"
)
CONTACT_LINE = "联系人：某某某 联系电话：13912345678\n"
NEWS = (
    "本报讯（记者 某某）近日，某某县举办了农民丰收节活动，\n"
    "现场观众纷纷表示，“今年的收成比去年更好”。\n"
)


def _issuers(text: str) -> list:
    return [(p.value("kind"), p.value("issuer")) for p in extract_notices(text).proposals]


def _segments(text: str, *parts: tuple[int, int], pasted: bool = False) -> list[tuple[int, int]]:
    lines = Lines(Page(text))
    segments = [Segment(first, last) for first, last in parts]
    for seg in segments:
        seg.pasted = pasted
    found = _continued_sections(lines, segments)
    return [(seg.first, seg.last) for seg in found]


def test_a_notice_whose_next_numbered_section_is_set_after_a_column_break_is_one_notice():
    # the OCR reads a blank line where the column ends, inside the notice: the body under it
    # opens with the section after the notice's last one
    text = DRAFT_TOP + "\n" + DRAFT_REST
    assert _segments(text, (0, 5), (7, 12)) == [(0, 12)]


def test_a_notice_that_ends_on_a_sections_heading_goes_on_under_it():
    text = DRAFT_TOP + "二、征求意见的公众范围\n" + DRAFT_REST.split("\n", 1)[1]
    assert _segments(text, (0, 6), (7, 12)) == [(0, 12)]


def test_on_a_paste_a_notice_ending_on_a_sections_heading_keeps_the_item_under_it_apart():
    # a paste parts every item by a single line break: with no blank line between them, the
    # item right under a heading is the next item, not the section a column break moved
    text = DRAFT_TOP + "二、征求意见的公众范围\n" + DRAFT_REST.split("\n", 1)[1]
    assert _segments(text, (0, 6), (7, 12), pasted=True) == [(0, 6), (7, 12)]


def test_contact_lines_set_after_the_break_under_the_contact_label_are_the_notices():
    text = DRAFT_TOP + DRAFT_REST + "\n" + CONTACT_LINE + "\n" + NEWS
    assert _segments(text, (0, 11)) == [(0, 13)]


def test_sections_that_do_not_go_on_in_order_stay_apart():
    # a block opening with "二、" under a notice whose last section was also 二, or under a
    # signed notice, is no next section of it
    other = DRAFT_TOP.replace("一、", "二、")
    assert _segments(other + "\n" + DRAFT_REST, (0, 5), (7, 12)) == [(0, 5), (7, 12)]
    assert _segments(DRAFT_TOP + "\n" + NEWS + "\n" + DRAFT_REST, (0, 5), (10, 15)) == [
        (0, 5),
        (10, 15),
    ]
    signed = [Segment(0, 5, date_line=5), Segment(7, 12)]
    lines = Lines(Page(DRAFT_TOP + "\n" + DRAFT_REST))
    assert len(_continued_sections(lines, signed)) == 2


def test_a_bureaus_name_broken_before_its_division_is_the_whole_name():
    page = (
        "浏览次数：-作者：信息来源：转自某某市生态环境局\n"
        "某某分局发布时间：2024-03-0109:30:00\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟批准某某污水处理厂工程\n"
        "建设项目环境影响报告表，现予公示5个工作日，如有意见，请在公示期内来信或来电向我局反映。\n"
        "联系电话：0000-3251321\n"
    )
    assert _issuers(page) == [("eia_pre_approval", "某某市生态环境局某某分局")]


@pytest.mark.parametrize(
    ("read", "link"),
    [
        (
            "https://wenku.example.com/view/7b06c8768ad63186bceb19e8b8f67clcfbd6ee26",
            "https://wenku.example.com/view/7b06c8768ad63186bceb19e8b8f67c1cfbd6ee26",
        ),
        (
            "http://www.example.cn/doc?id=4O2881e4f1b2c3d4e5&t=1",
            "http://www.example.cn/doc?id=402881e4f1b2c3d4e5&t=1",
        ),
        (
            "http://www.example.cn/a/cafebabedeadbee1.html",
            "http://www.example.cn/a/cafebabedeadbee1.html",
        ),
    ],
)
def test_a_hexadecimal_key_in_a_link_gets_back_the_figures_ocr_read_as_letters(read, link):
    assert clean_url(read) == link


@pytest.mark.parametrize(
    "link",
    [
        "https://docs.example.com/pdf/DUWdYTmFrTVVvR21t",  # a mixed-case key: no hex key
        "http://www.example.cn/hbcyxh/xxgk/255400/index.html",  # figures only
        "http://www.example.cn/labelled/decade/called/fall",  # words in the hex letters and l
        "http://www.example.cn/s/1ablelled0000ollooo",  # more look-alikes than a key has
    ],
)
def test_paths_that_are_no_hexadecimal_key_keep_their_letters(link):
    assert clean_url(link) == link
