"""Patterns a two-hundred-and-thirtieth fresh set of real notices showed (issue #11: authority
notices of city and district eco-environment bureaus in Guangdong and Zhejiang): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices

_TRAIL_BROKEN_AFTER_HOME = (
    "您的当前位置：首页\n"
    "> 办事大厅 > 建设项目审批公示\n"
    "某某市环保局某某新区分局2019年3月4日拟对建设项目环评文件作出审批意见的公告\n"
    "日期：2019-03-04 浏览次数： 字号：[ ]\n"
    "1、拟批准的建设项目环境影响评价文件\n"
    "序号\n"
    "项目名称\n"
    "建设地点\n"
    "建设单位\n"
    "1\n"
    "某某检测实验室建设项目\n"
    "某某新区北部工业区\n"
    "某某科技有限公司\n"
    "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对上述建设项目环境影响评价文件"
    "作出审批意见。现将各建设项目环境影响评价文件的基本情况予以公告。"
    "公告期为2019年3月4日至2019年3月8日（5个工作日）。\n"
    "联系电话：0575-88880000\n"
    "听证告知：依据《中华人民共和国行政许可法》，自公告起五日内申请人、利害关系人可对上述拟作出"
    "建设项目环境影响评价文件批复决定要求听证。\n"
    "打印本页 关闭窗口\n"
    "中国 ★ 某某省·某某市环境保护局 地址：某某市某某街1号\n"
)


def test_the_rest_of_a_trail_broken_after_home_is_not_the_title_over_the_bureaus_own():
    # "> 办事大厅 > 建设项目审批公示" is the site's trail the copy broke after 首页, though it
    # ends in 公示: the line under it is the title, and its bureau issues the notice, not the
    # city bureau the site's footer names after "打印本页 关闭窗口"
    proposals = extract_notices(_TRAIL_BROKEN_AFTER_HOME).proposals
    assert len(proposals) == 1
    notice = proposals[0]
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("title").startswith("某某市环保局某某新区分局")
    assert notice.value("issuer") == "某某市环保局某某新区分局"
    assert str(notice.value("published_on")) == "2019-03-04"
    assert notice.value("window")["ends_on"] == "2019-03-08"


_REVOKING_LETTER = (
    "关于撤销某某电子有限公司新建项目环境影响报告表批复的决定\n"
    "某某电子有限公司：\n"
    "你单位提交的《某某电子有限公司新建项目环境影响报告表》于2020年5月6日通过我局审批"
    "（批复文号：某环建〔2020〕1234号）。经核查发现，该报告表存在严重质量问题，我局决定撤销"
    "该报告表的批复。\n"
    "你单位如对本决定不服，可以在收到本决定书之日起60日内申请行政复议，也可在6个月内依法"
    "提起行政诉讼。\n"
    "某某市生态环境局\n"
    "2022年6月1日\n"
    "联系人及电话：某先生，23000000\n"
)


def test_a_bureaus_letter_revoking_one_companys_approval_is_no_notice():
    # a decision addressed to one company, with only its terms of appeal: no public window
    assert extract_notices(_REVOKING_LETTER).proposals == ()
