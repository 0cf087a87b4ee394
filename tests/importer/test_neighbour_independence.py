"""Whether a notice is read must not depend on which item is printed next to it (issue #11).

Pages whose blank lines part their items are laid out here in every order: each notice is
read, with its own contacts, whichever item sits above it (one cut off mid-sentence too).
"""

from __future__ import annotations

from itertools import permutations

import pytest

from notices.importer import extract_notices
from notices.importer.segment import Lines
from notices.importer.text import Page

#: A builder's first notice, its title run into its first sentence, cut off mid-sentence.
CUT_OFF_FIRST = (
    "某某产业基地建设项目 环境影响评价第一次公示 根据《中华人民共和国环境影响评价法》有关规定，"
    "现将“某某产业基地建设项目”的有关信息公示如下： 一、建设项目名称及概要 项目名称：某某产业"
    "基地建设项目 建设地点：某某市某某区某某工业园 联系电话：023-61234567 [注]：请公众在发表"
    "意见的同时尽量提供详尽的联系方式，以便我们及"
)
#: An authority's untitled notice opening with the rule and its review in one breath.
REVIEW_OPENING = (
    "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对1个核技术利用建设项目环境影响"
    "评价文件作出审批意见。为保证审批意见的严肃性和公正性，现将建设项目环境影响评价文件的基本情况"
    "予以公示。如有异议，请在公示期内反馈我局辐射科。公示期为2031年3月3日-2031年3月7日。\n"
    "电话：0371—7654321\n"
    "通讯地址：某某县某某路与某某路交叉口\n"
    "拟审批的建设项目环境影响报告表\n"
    "序号 | 建设单位 | 项目名称 | 建设地点 |\n"
    "1 | 某某县医院 | 某某县医院DSA应用项目 | 某某县某某路1号 |"
)
#: An authority's untitled, signed notice opening with the rule and its act in one sentence.
ACT_OPENING = (
    "根据《环境影响评价公众参与暂行办法》有关规定，2031年4月1日我局受理了某某中学搬迁新建校区"
    "的建设项目环境影响评价文件审批，现将受理情况予以公示，公示期为2031年4月1日-2031年4月14日"
    "（10个工作日）。\n"
    "联系电话：0591-83001234\n"
    "通讯地址：某某市某某区某某路137号\n"
    "某某市某某区环境保护局\n"
    "2031年4月1日\n" + "\n|\n".join(["序号", "项目名称", "建设地点", "建设单位", "环评机构"] * 3)
    # (the table under it, a web table's cells one per line)
)
ITEMS = {
    "023-61234567": CUT_OFF_FIRST,
    "0371-7654321": REVIEW_OPENING,
    "0591-83001234": ACT_OPENING,
}


def _phones(page: str) -> list[str | None]:
    found = [p.to_json().get("contact") or {} for p in extract_notices(page).proposals]
    return [contact.get("phone") for contact in found]


@pytest.mark.parametrize("order", list(permutations(ITEMS)))
def test_each_notice_is_read_whatever_item_is_printed_above_it(order: tuple[str, ...]) -> None:
    page = "\n\n".join(ITEMS[phone] for phone in order) + "\n"
    assert [p.replace("—", "-") if p else p for p in _phones(page)] == list(order)


def test_a_notice_opening_with_its_rule_under_a_cut_off_item_is_not_joined_to_it() -> None:
    page = f"{CUT_OFF_FIRST}\n\n{REVIEW_OPENING}\n"
    assert len(extract_notices(page).proposals) == 2


#: A web copy of a builder's notice, its paragraphs parted by lines of spaces, its title
#: printed after its body under the site's column label ("行业资讯|…").
LABELLED_TITLE_LAST = (
    "\n  \n".join(
        [
            "发布日期：2031-03-15 14:23:17",
            "根据国家和地方相关法规及规定，某某轨道交通投资有限公司于2031年1月就某某线一期工程"
            "基本情况向公众进行了第一次信息公示。",
            "现将环境影响报告书征求意见稿全文和公众参与说明进行公示。",
            "建设单位名称：某某轨道交通投资有限公司",
            "联系人：某某",
            "电话：022-61234567",
            "邮箱：mouser@example.com",
        ]
    )
    + "\n行业资讯|某某市轨道交通某某线一期工程环境影响评价报告书信息公示"
)
#: A listed company's creditor notice cut off mid-sentence, its title printed after it.
CREDITOR_TITLE_LAST = (
    "证券代码：300000 证券简称：某某科技 公告编号：2031-104\n"
    "某某科技股份有限公司\n"
    "  本公司及董事会全体成员保证信息披露的内容真实、准确和完整。\n"
    "  公司将回购注销限制性股票，注册资本将减少。现根据《中华人民共和国公司法》等相关法律、"
    "法规的规定公告如下：\n"
    "  凡本公司债权人均有权于本通知公告之日(20\n"
    "关于回购股权激励股份减少注册资本的债权人公告"
)


@pytest.mark.parametrize("above_first", [True, False])
def test_a_title_after_its_body_under_a_column_label_is_its_own(above_first: bool) -> None:
    items = [LABELLED_TITLE_LAST, CREDITOR_TITLE_LAST]
    page = "\n\n".join(items if above_first else items[::-1]) + "\n"
    titles = {p.value("title") for p in extract_notices(page).proposals}
    assert titles == {
        "某某市轨道交通某某线一期工程环境影响评价报告书信息公示",
        "关于回购股权激励股份减少注册资本的债权人公告",
    }


#: A web copy whose paragraphs are parted by lines of spaces only (the site's empty paragraphs
#: copied with their indent), signed at its foot.
GAPPED_COPY = (
    "某某中心某某工程项目环境影响报告书报批前公示\n"
    "发布时间：2031-07-31 10:20\n"
    "    根据《环境影响评价公众参与办法》的有关规定，现将某某中心某某工程项目环境影响报告书全文"
    "及公众参与说明予以公示。\n"
    "    \n"
    "    一、项目概况：某某中心拟在某某市某某区某某路建设某某工程，主要建设实验楼一栋。\n"
    "    \n"
    "    二、公众提出意见的方式：公众可在公示之日起10个工作日内，通过电话或电子邮件向建设单位"
    "提出意见。\n"
    "    \n"
    "    联系人：王某 联系电话：010-58901234\n"
    "    \n"
    "    某某中心\n"
    "    \n"
    "    2031年7月31日\n"
)
#: A web copy of a call for comments, one paragraph a line, no blank line inside it.
WEB_COPY = (
    "某某县某某风电场项目环境影响评价第二次公示\n"
    "根据《环境影响评价公众参与办法》的规定，某某新能源有限公司某某风电场项目环境影响报告书征求"
    "意见稿已编制完成，现将有关信息公示如下。\n"
    "一、征求意见稿全文的网络链接及查阅纸质报告书的方式和途径：公众可到建设单位办公室查阅纸质"
    "报告书，也可通过网络链接下载全文。\n"
    "二、征求意见的公众范围：项目评价范围内的公民、法人和其他组织，以及关注本项目的其他公众。\n"
    "三、公众意见表的网络链接：公众可通过下方链接下载公众意见表，填写后通过电子邮件或信函方式"
    "提交。\n"
    "四、公众提出意见的方式和途径：公众可在公示期间通过信函、电子邮件等方式向建设单位提出意见。"
    "联系人：李某 联系电话：0482-6123456\n"
    "五、公众提出意见的起止时间：自公示之日起10个工作日内。\n"
    "某某新能源有限公司\n"
    "2031年9月20日\n"
)


def _read(page: str) -> list[tuple[str | None, str | None]]:
    found = [p.to_json() for p in extract_notices(page).proposals]
    return [(j.get("issuer"), j.get("published_on")) for j in found]


def test_a_copys_space_only_lines_are_paragraph_gaps_where_empty_lines_part_items() -> None:
    page = Page(WEB_COPY + "\n" + GAPPED_COPY + "\n" + WEB_COPY.replace("某某县", "某甲县"))
    lines = Lines(page)
    assert lines.gaps
    assert all(lines.blank(i) for i in lines.gaps)
    # three items, parted only where the page has a truly empty line
    assert sum(1 for i in lines.filled if lines.parted(i)) == 3
    # (a page with no empty line: its space-only lines are its only blank lines, read as such)
    assert not Lines(Page(GAPPED_COPY)).gaps


@pytest.mark.parametrize("order", list(permutations(["gapped", "web", "other"])))
def test_a_copy_with_space_only_gaps_is_read_whatever_is_printed_next_to_it(
    order: tuple[str, ...],
) -> None:
    items = {
        "gapped": (GAPPED_COPY, ("某某中心", "2031-07-31")),
        "web": (WEB_COPY, ("某某新能源有限公司", "2031-09-20")),
        "other": (
            WEB_COPY.replace("2031年9月20日", "2031年9月22日"),
            ("某某新能源有限公司", "2031-09-22"),
        ),
    }
    page = "\n".join(items[k][0] for k in order)
    assert _read(page) == [items[k][1] for k in order]
    assert _read(GAPPED_COPY) == [items["gapped"][1]]


#: A web copy under its site's menu labels and its posting date, its paragraphs parted by lines
#: of spaces and its title set after the body, as a mirror copies it.
UNDER_MENU = (
    "12345\n手机版\n微信公众号\n2031-07-31\n"
    "   某某研究院受某某中心委托开展某某中心某某工程使用射线装置项目的环境影响评价工作，现环境影响"
    "报告书已编制完成。根据《环境影响评价公众参与办法》的规定，现公示报告书全文及公众参与说明，"
    "公众可在公示之日起10个工作日内通过电话向建设单位提出意见。联系电话：010-58901234\n"
    "    附件1：某某工程环评报告 \n"
    "    附件2：某某工程环评公众参与说明 \n"
    + (" " * 60 + "\n") * 4
    + "某某中心某某工程使用射线装置项目环境影响评价报告书及公众参与说明全文公示\n"
)


@pytest.mark.parametrize("above", [True, False])
def test_a_posting_date_under_a_sites_menu_labels_dates_the_copy_next_to_another(
    above: bool,
) -> None:
    page = UNDER_MENU + "\n" + WEB_COPY if above else WEB_COPY + "\n" + UNDER_MENU
    read = _read(page)
    assert ("某某中心", "2031-07-31") in read
    assert ("某某新能源有限公司", "2031-09-20") in read
    assert _read(UNDER_MENU) == [("某某中心", "2031-07-31")]


def test_space_only_lines_between_long_items_still_part_them() -> None:
    """Space-only lines that part items of one-line paragraphs (or stand alone between two
    empty lines) part them, where a gapped copy elsewhere on the page keeps its own gaps."""
    between = WEB_COPY.count("\n")  # the space-only line under the first item
    lone = WEB_COPY + "  \n" + WEB_COPY.replace("某某县", "某甲县") + "\n" + GAPPED_COPY
    assert between not in Lines(Page(lone)).gaps
    items = [WEB_COPY.replace("某某县", f"某{n}县") for n in "甲乙丙"]
    spaced = "  \n".join(items) + "\n" + GAPPED_COPY
    assert between not in Lines(Page(spaced)).gaps
    assert Lines(Page(spaced)).gaps  # (the gapped copy's own)
    assert len(_read(spaced)) == 4
    assert len(_read(lone)) == 3
