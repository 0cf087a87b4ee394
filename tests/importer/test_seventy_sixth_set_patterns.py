"""Patterns the seventy-sixth fresh set of real notices showed (issue #11: pages pasted from PDF
e-papers and scans, lines broken at the column's width, notices run together with no blank
line between them): each a sentence of behaviour on a text written for the test, modelled on
the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices


def _column(text: str, width: int = 22) -> str:
    """Break each line at ``width`` characters, as a copy out of a PDF column does."""
    out: list[str] = []
    for line in text.splitlines():
        out.extend(line[i : i + width] for i in range(0, len(line), width))
    return "\n".join(out) + "\n"


def test_a_body_whose_moved_title_reads_as_the_next_notices_heading_is_still_a_notice():
    first = (
        "依据建设项目竣工环境保护验收的有关规定，我局于2019年4月10日对2个建设项目竣工"
        "环境保护验收申请作出审批决定，现予公告，公告期为2019年4月11日至2019年4月17日（7日）。\n"
        "对上述决定不服的，可以自公告期满之日起六十日内申请行政复议。\n"
        "联系电话：0571-86012345\n"
        "通讯地址：某某市滨江路88号\n"
        "邮编：310052\n"
        "关于2019年4月10日作出的建设项目竣工环境保护验收审批决定的公告\n"
    )
    second = (
        "根据建设项目环境影响评价审批程序的有关规定，经审查，2019年3月我局对2个建设项目"
        "环境影响评价文件作出审批决定。现将审批决定予以公告，公告期为2019年4月15日至"
        "2019年4月23日（7日）。\n"
        "联系电话：0572-2261234\n"
        "电子邮箱：mouxianhb@163.com\n"
        "序号 | 项目名称 | 文号 |\n"
        "1 | 某某县青山纸箱厂扩建项目 | 某环批〔2019〕11号 |\n"
        "2 | 某某县绿源饲料加工项目 | 某环批〔2019〕12号 |\n"
    )
    proposals = extract_notices(_column(first + second)).proposals
    assert len(proposals) == 2, [p.value("kind") for p in proposals]
    upper, lower = proposals
    assert upper.value("window")["ends_on"] == "2019-04-17"
    assert lower.value("kind") == "eia_decision"
    assert lower.value("window")["ends_on"] == "2019-04-23"
