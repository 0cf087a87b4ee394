"""Patterns a hundred-and-sixty-sixth fresh set of real notices showed (issue #11: Fujian
notices of 2020-2026, builders' first notices and bureaus' pre-approvals, one query per
place): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_title_run_into_its_first_sentence_after_a_blank_line_starts_a_notice_of_its_own():
    page = (
        "某某市2025年5月6日拟作出建设项目环评审批意见公示\n"
        "根据建设项目环境管理的有关规定，经审议，我局拟对以下建设项目环境影响评价文件作出批准"
        "或不予批准的审批意见，现依据政府信息公开的有关规定予以公示。序号项目名称建设地点建设单位"
        "环评机构项目概况1某某河防洪提升工程某某县某某镇某某县水利工作站建设内容为新建堤防、"
        "加高加固旧堤，施工期废水经沉淀后回用，生活污水经处理后用于周边林地浇灌，项目产生的"
        "固体废物应分类收集处\n"
        "\n"
        "某某工业园控制性详细规划调整环境影响评价第一次公示 为充分了解社会各界对某某工业园"
        "控制性详细规划调整的意见，根据《环境影响评价公众参与办法》的要求，现将有关环境影响"
        "评价事宜进行第一次公告，以广泛征求公众意见。公众可采取信函、电子邮件、电话的方式提出"
        "意见，现公示10个工作日（自发布之日起10个工作日内）。联系方式 规划实施单位：某某开发区"
        "管理委员会\n"
    )
    notices = extract_notices(page).proposals
    assert [n.value("kind") for n in notices] == ["eia_pre_approval", "eia_first"]
    assert notices[1].value("issuer") == "某某开发区管理委员会"


def test_the_body_that_organised_drawing_up_a_plan_issues_its_first_notice():
    page = (
        "某某湾河口整治规划环境影响评价公众参与第一次信息公示\n"
        "发布时间：2024-03-05 10:20\n"
        "根据《中华人民共和国环境影响评价法》《规划环境影响评价条例》的要求，现将某某湾河口"
        "整治规划环境影响评价的有关内容进行第一次信息公示。\n"
        "公示期限为本公告发布之日起10个工作日内。\n"
        "三、联系方式\n"
        "（一）规划组织编制单位：某某省水利厅\n"
        "联系人：某工\n"
        "联系电话：13800000000\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某省水利厅"
