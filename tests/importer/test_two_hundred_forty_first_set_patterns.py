"""Patterns a two-hundred-and-forty-first fresh set showed (issue #11: bureaus' approval-stage
notices of 2024-2026; every notice the queries found was already used, so the set is near-misses):
each a sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices

_APPROVAL_STATISTICS = (
    "去年全国共完成环评审批10.5万个\n"
    "某某社北京1月9日电 (记者 某某)2025年,全国各级环评审批部门共审批建设项目环评文件10.5万个,"
    "同比增加3.1%,涉及总投资18.2万亿元。\n"
    "某某司司长某某9日在新闻发布会上表示,全年共审批某某引水工程、某某高铁等重大项目环评文件41个,"
    "对纳入台账的项目即报即受理即转评估,在法定审批期限内进一步压缩审批时间。\n"
)

_APPROVAL_CATALOGUE = (
    "为深化环境影响评价改革,根据《中华人民共和国环境影响评价法》等有关规定,"
    "我厅对全省建设项目环境影响评价文件的审批权限进行了优化调整。"
    "现将《某某省生态环境厅审批环境影响评价文件的建设项目目录(2026年本)》予以印发,"
    "并就有关事项通知如下。\n"
    "一、除生态环境部负责审批的建设项目外,省生态环境厅负责审批下列建设项目的环境影响评价文件:\n"
    "(一)列入目录中应当编制环境影响报告书的建设项目;\n"
    "(二)跨2个及以上市行政区域的建设项目。\n"
    "二、其他编制环境影响报告书(表)的建设项目,由市生态环境局负责审批。\n"
)

_PRE_APPROVAL = (
    "某某市生态环境局2026年3月2日拟对建设项目环境影响评价文件作出审批意见的公示\n"
    "根据建设项目环境影响评价审批程序的有关规定,经审查,我局拟对1个建设项目环境影响评价文件"
    "作出审批意见。现将基本情况予以公示,公示期为2026年3月3日-2026年3月9日(5个工作日)。\n"
    "听证权利告知:依据《中华人民共和国行政许可法》,自公示起五日内申请人、利害关系人可对"
    "以下拟作出的建设项目环境影响评价文件审批意见要求听证。\n"
    "联系电话:0000-1234567\n"
    "序号 | 项目名称 | 建设地点 | 建设单位\n"
    "1 | 某某年产1万吨某某材料项目 | 某某工业园 | 某某新材料有限公司\n"
)


def test_a_news_item_counting_approvals_is_no_notice():
    # figures of approved EIA files and a "即报即受理" scheme name no window anyone can use
    assert extract_notices(_APPROVAL_STATISTICS).proposals == ()


def test_an_approval_catalogue_that_reassigns_powers_is_no_notice():
    # a department's rule on who approves what has no project, no window and no contact
    assert extract_notices(_APPROVAL_CATALOGUE).proposals == ()


def test_a_bureau_title_dated_before_its_nidui_is_one_notice_of_that_day_beside_near_misses():
    # "某某局<date>拟对…的公示" drops the 关于 of the series titles: the day is the posting day
    page = "\n\n".join([_APPROVAL_STATISTICS, _PRE_APPROVAL, _APPROVAL_CATALOGUE])
    proposals = extract_notices(page).proposals
    assert len(proposals) == 1
    notice = proposals[0]
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("window")["ends_on"] == "2026-03-09"
    assert str(notice.value("published_on")) == "2026-03-02"
