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


def test_a_date_alone_under_a_notices_last_labelled_line_ends_it_when_the_next_runs_on():
    first = (
        "某某县清源水务有限公司污水处理厂提标改造项目环境影响评价征求意见稿公示\n"
        "依照《环境影响评价公众参与办法》，现将征求意见稿公开如下：\n"
        "一、征求意见稿全文见：http://www.example.gov.cn/xxgk/show-20481.html\n"
        "二、公众可下载公众意见表，以信函或电子邮件方式提交建设单位。\n"
        "建设单位：某某县清源水务有限公司\n"
        "联系人：周先生\n"
        "联系电话：0817-6123456\n"
        "公示时间：见报之日起十个工作日内\n"
        "2022年11月3日\n"
    )
    second = (  # its title moved under its body, as column OCR prints it
        "某某晚报 2022年11月05日\n"
        "某某市东郊环卫管理所东郊垃圾转运站项目，根据《环境影响评价公众参与办法》要求，"
        "现对本项目环境影响报告书征求意见稿进行公示并征求公众意见。\n"
        "建设单位联系人：钱科长，联系电话：13912345678\n"
        "公众提出意见起止时间：2022年11月1日至11月14日\n"
        "公告发布单位：某某市东郊环卫管理所\n"
        "公告发布时间：2022年11月1日\n"
        "某某市东郊环卫管理所东郊垃圾转运站项目环境影响评价第二次公示\n"
    )
    proposals = extract_notices(_column(first + second, 24)).proposals
    assert len(proposals) == 2, [p.value("kind") for p in proposals]
    upper, lower = proposals
    assert upper.value("issuer") == "某某县清源水务有限公司"
    assert upper.value("contact")["phone"] == "0817-6123456"
    assert lower.value("contact")["phone"] == "13912345678"
