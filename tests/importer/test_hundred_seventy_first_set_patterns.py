"""Patterns a hundred-and-seventy-first fresh set of real notices showed (issue #11: Guangdong
county-level EIA notices of 2020-2026, builders' notices and bureaus' pre-approvals): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_an_email_typeset_with_a_space_after_the_dot_of_its_domain_is_one_address():
    page = (
        "某某市某某塑料制品有限公司建设项目环境影响评价第二次公示\n"
        "某某市某某塑料制品有限公司委托某某环境科技有限公司对本项目进行环境影响评价工作，"
        "现将环境影响报告书征求意见稿予以公示，征求公众意见。\n"
        "如需查阅纸质报告书可至建设单位取阅。联系人：王总，联系电话：13800001111，"
        "电子邮件：123456789@qq. com\n"
        "建设单位：某某市某某塑料制品有限公司\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("contact")["email"] == "123456789@qq.com"


def test_a_sentence_that_ends_before_a_spaced_word_is_no_email_of_that_word():
    page = (
        "某某县某某养殖场建设项目环境影响评价第一次公示\n"
        "建设单位：某某县某某养殖有限公司，联系人：李工，电话：13900002222，"
        "邮箱：someone@163.com。 com端口另行公布。\n"
    )
    notice = _only(page)
    assert notice.value("contact")["email"] == "someone@163.com"


def test_a_platform_tables_end_of_notice_in_the_next_cell_is_the_windows_end():
    page = (
        "项目名称 | 某某生态农业发展项目 | ||\n"
        "建设地点 | 某某省:某某市_某某县 | 建设性质 | 新建 |\n"
        "是否受理 | 是 | 受理时间 | 2022-11-14 |\n"
        "公告开始时间 | 2022-11-14 | 公告结束时间 | 2022-11-25 |\n"
        "公众听证权利告知 | 根据建设项目环境影响评价审批程序的有关规定，我局受理了某某生态农业"
        "发展项目环境影响评价文件。现将受理情况予以公示，公示期为10个工作日。 | ||\n"
        "公众反馈意见联系方式 | 审批部门：某某市生态环境局 电话：0000-1234567 |\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_acceptance"
    assert notice.value("window")["ends_on"] == "2022-11-25"
