"""Reading order on a page: columns, headlines over columns, boxed notices, title sizes."""

from __future__ import annotations

from notices.pages.layout import Fragment, Rect, reading_order
from notices.pages.ocr import type_size


def _column(
    x: float, y: float, texts: list[str], size: float = 10, lead: float = 14, ocr: bool = False
):
    """Lines set one under the other; ``ocr``: as OCR gives them (with a width per character)."""
    return [
        Fragment(
            t, x, y + n * lead, x + size * len(t), y + n * lead + size, size=size if ocr else None
        )
        for n, t in enumerate(texts)
    ]


def _read(fragments, frames=()):
    return [[f.text for f in block] for block in reading_order(list(fragments), list(frames), 1e6)]


def test_two_columns_with_aligned_lines_are_read_column_by_column():
    left = _column(0, 0, ["左一", "左二", "左三"])
    right = _column(60, 0, ["右一", "右二", "右三"])
    assert _read(right + left) == [["左一", "左二", "左三"], ["右一", "右二", "右三"]]


def test_a_headline_over_the_columns_is_read_before_them():
    headline = [Fragment("通栏标题", 0, 0, 100, 16)]
    left = _column(0, 30, ["左一", "左二"])
    right = _column(60, 30, ["右一", "右二"])
    assert _read(left + right + headline) == [["通栏标题"], ["左一", "左二"], ["右一", "右二"]]


def test_a_boxed_notice_keeps_its_title_with_its_body_whatever_its_neighbours():
    # The box's lines line up with the next column's lines: without the frame a reader going
    # across the page would interleave them.
    boxed = _column(5, 5, ["清算公告", "正文一", "正文二"])
    beside = _column(58, 5, ["新闻一", "新闻二", "新闻三"])
    frame = Rect(0, 0, 56, 50)
    blocks = _read(beside + boxed, [frame])
    assert ["清算公告", "正文一", "正文二"] in blocks
    assert ["新闻一", "新闻二", "新闻三"] in blocks


def test_a_page_border_is_not_taken_for_a_notice_box():
    left = _column(0, 0, ["左一", "左二"])
    right = _column(60, 0, ["右一", "右二"])
    border = Rect(-5, -5, 1000, 1000)
    assert _read(left + right, [border]) == [["左一", "左二"], ["右一", "右二"]]


def test_pieces_of_one_printed_row_become_one_line():
    parts = [Fragment("联系人：张三", 0, 0, 60, 10), Fragment("电话：123", 90, 0, 130, 10)]
    assert _read(parts) == [["联系人：张三 电话：123"]]


def test_a_title_set_larger_than_the_body_starts_a_block_of_its_own():
    title = [Fragment("注销公告", 0, 0, 56, 14)]
    body = _column(0, 18, ["正文一", "正文二"])
    assert _read(body + title) == [["注销公告"], ["正文一", "正文二"]]


def test_a_wide_gap_in_a_column_separates_blocks():
    first = _column(0, 0, ["甲一", "甲二"])
    second = _column(0, 60, ["乙一", "乙二"])
    assert _read(second + first) == [["甲一", "甲二"], ["乙一", "乙二"]]


def test_no_lines_no_blocks():
    assert _read([]) == []
    assert _read([Fragment("  ", 0, 0, 10, 10)]) == []


def _ocr_line(text: str, y: float, height: float, em: float = 18.0, x: float = 0.0):
    """A line as OCR boxes it: the box's height varies with the letters, its width is the
    characters' widths."""
    width = em * sum(1.0 if ord(c) > 0x2E80 else 0.5 for c in text)
    return Fragment(text, x, y, x + width, y + height, size=type_size(text, width))


def test_ocr_boxes_of_one_paragraph_with_uneven_heights_stay_one_block():
    lines = [
        _ocr_line("为保证审查工作的严肃性和", 0, 20),
        _ocr_line("公正性，现将拟作出审批意见", 24, 25),  # 25 against 20: not a new type size
        _ocr_line("有限公司", 52, 24),
        _ocr_line("2024年6月12日", 80, 23),
    ]
    assert len(_read(lines)) == 1


def test_a_title_read_by_ocr_stays_whole_and_apart_from_the_body_set_smaller():
    body = [_ocr_line("正文第一行正文第一行", 0, 20), _ocr_line("正文第二行正文", 24, 21)]
    title = [
        _ocr_line("某某局建设项目环境影响", 60, 27, em=23),
        _ocr_line("评价文件拟审批公示", 92, 33, em=23),  # a taller box, the same type
    ]
    assert _read(body + title) == [
        ["正文第一行正文第一行", "正文第二行正文"],
        ["某某局建设项目环境影响", "评价文件拟审批公示"],
    ]


def test_a_short_line_spaced_out_to_the_column_width_is_not_a_new_type_size():
    lines = [
        _ocr_line("某某环保固废资源化综合利用", 0, 20),
        _ocr_line("处 置 项 目 环 境 影 响 信 息 公 开", 28, 20),  # wider per character
    ]
    assert len(_read(lines)) == 1


def test_type_size_is_the_width_per_character():
    assert type_size("锡林郭勒盟生态环境局", 190) == 19
    assert type_size("公示期为5个工作日", 170) == 20  # a digit is half an em
    assert type_size("2024年6月12日", 130) == 0  # mostly digits: not measured
    assert type_size("第1版", 58) == 0  # under three ems: too short to tell
    assert type_size("com/s/13WgbweAIDE0QA", 220) == 0  # proportional Latin letters


def test_two_ocr_lines_of_latin_letters_with_unequal_boxes_stay_one_block():
    lines = [
        _ocr_line("https://pan.baidu.com/s/13Wg -", 0, 28),  # descenders: a taller box
        _ocr_line("bweAIDE0QAzjLPEsKsw?pwd=5ok7", 30, 23),
    ]
    assert len(_read(lines)) == 1


def test_lines_a_few_pixels_into_each_other_are_read_top_to_bottom():
    # An OCR box is taller with some letters and a skewed scan's lines run into each other:
    # nothing can be cut, and the lower line, a little to the left, still comes second.
    lines = [
        Fragment("上一行", 2, 5.5, 100, 15.5),
        Fragment("下一行：www.example-", 0, 14.5, 110, 25.5),
        Fragment("com/a.html", 2, 24.5, 60, 34.5),
    ]
    assert _read(reversed(lines)) == [["上一行", "下一行：www.example-", "com/a.html"]]


def test_a_line_the_ocr_lost_inside_a_sentence_does_not_split_the_block():
    # Lines of one column, full to its edge; the fourth ("。" alone, or a short tail) was not
    # read, so the gap between the third and the fifth is one line higher than the rest.
    lines = _column(
        0, 0, ["第一行正文写到栏边", "第二行正文写到栏边", "第三行正文写到栏边"], ocr=True
    )
    lines += _column(0, 56, ["第五行另起一段话。", "第六行"], ocr=True)
    assert _read(lines) == [
        [
            "第一行正文写到栏边",
            "第二行正文写到栏边",
            "第三行正文写到栏边",
            "第五行另起一段话。",
            "第六行",
        ]
    ]


def test_a_gap_after_a_sentence_or_a_short_line_still_starts_a_new_block():
    ended = _column(0, 0, ["第一行正文写到栏边", "第二行正文写完了。"], ocr=True)
    short = _column(0, 0, ["第一行正文写到栏边", "第二行短"], ocr=True)
    nxt = _column(0, 42, ["下一则启事的正文", "第二行"], ocr=True)
    assert len(_read(ended + nxt)) == 2
    assert len(_read(short + nxt)) == 2


def test_two_lines_lost_in_a_row_leave_the_block_split():
    lines = _column(0, 0, ["第一行正文写到栏边", "第二行正文写到栏边"], ocr=True)
    assert len(_read(lines + _column(0, 70, ["另一则启事的正文"], ocr=True))) == 2


def test_a_text_layer_gives_every_line_so_its_gaps_are_breaks():
    lines = _column(0, 0, ["第一行正文写到栏边", "第二行正文写到栏边"])
    assert len(_read(lines + _column(0, 42, ["下一则启事的正文"]))) == 2


def test_a_masthead_twice_the_body_height_is_its_own_block_over_a_line_of_figures():
    # The line under the masthead holds only figures (no width per character to compare), and
    # the gap under the tall masthead is no wider than the masthead's own height.
    lines = [
        _ocr_line("分类广告", 0, 48, em=44),
        _ocr_line("12320", 70, 20),
        _ocr_line("2020-07-31", 97, 20),
        _ocr_line("某某研究院受某某中心委托开展", 124, 20),
    ]
    assert _read(lines) == [["分类广告"], ["12320", "2020-07-31", "某某研究院受某某中心委托开展"]]


def test_a_flat_box_of_one_mark_under_a_line_does_not_start_a_block():
    lines = [_ocr_line("某某研究院受某某中心委托开展", 0, 20), _ocr_line("一", 27, 6)]
    assert _read(lines) == [["某某研究院受某某中心委托开展", "一"]]


def test_a_gap_under_a_box_of_labelled_lines_of_any_length_still_starts_a_new_block():
    # Labelled lines end where their values end: the longest is no sign of a justified column.
    box = _column(
        0,
        0,
        ["进驻时间：某月某日至某月", "邮政信箱：某某区某号信箱", "值班电话：某某某某某某某某某某"],
        ocr=True,
    )
    title = _column(0, 56, ["某某督察组值班电话和邮政信箱"], ocr=True)
    assert len(_read(box + title)) == 2
