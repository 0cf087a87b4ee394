"""Hard-wrapped text (issue #11, layout robustness): a notice copied from an e-paper PDF's text
layer comes broken at the column's width, wherever the edge falls (inside a name, a phone
number, before a label). Each test is a sentence of behaviour on a text written for the test,
not copied from a real page; ``_wrap`` breaks it the way such a text layer does."""

from __future__ import annotations

from notices.importer.text import soft_break, width
from tests.importer.proposals import only as _only

_TITLE = "某某市青禾化工有限公司年产五千吨水性涂料项目环境影响评价征求意见稿公示\n"
_BODY = (
    "某某市青禾化工有限公司年产五千吨水性涂料项目环境影响报告书征求意见稿已编制完成，现予公示。"
    "公众可自本公告发布之日起10个工作日内提出意见。建设单位：某某市青禾化工有限公司联系人：周工"
    "联系电话：0471-5550123电子邮箱：qinghe@example.com\n"
    "某某市青禾化工有限公司\n"
    "2031年4月3日\n"
)


def _wrap(text: str, column: int) -> str:
    """Break every line of ``text`` at ``column`` ideographs (ASCII counts half)."""
    out = []
    for line in text.split("\n"):
        cur = ""
        for ch in line:
            if width(cur + ch) > column:
                out.append(cur)
                cur = ""
            cur += ch
        out.append(cur)
    return "\n".join(out)


def test_a_phone_number_cut_by_the_column_edge_before_a_label_is_read_whole():
    # at 20 and 25 columns the edge falls inside the number: "…0471-55501" / "23电子邮箱：…"
    for column in (20, 25):
        page = _wrap(_TITLE + _BODY, column)
        assert "0471-55501\n23电子邮箱" in page
        contact = _only(page).value("contact")
        assert contact["phone"] == "0471-5550123", column
        assert contact["email"] == "qinghe@example.com", column


def test_every_column_width_of_an_e_paper_gives_the_same_notice():
    for column in range(18, 27):
        notice = _only(_wrap(_TITLE + _BODY, column))
        assert notice.value("kind") == "eia_draft_comment", column
        assert notice.value("issuer") == "某某市青禾化工有限公司", column
        assert notice.value("contact")["phone"] == "0471-5550123", column


def test_a_line_opening_with_closing_punctuation_goes_on_the_line_above():
    # a short line would keep its break; a comma cannot open a line, so the break is the edge's
    assert soft_break("联系人：周工", "，联系电话：0471-5550123", 20.0)
    assert not soft_break("联系人：周工", "联系电话：0471-5550123", 20.0)
