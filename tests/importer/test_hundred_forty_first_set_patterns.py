"""Patterns a hundred-and-forty-first fresh set of real notices showed (issue #11: EIA notices
of logistics and commerce, petrol stations, car repair shops, cold chains, data centres and
base stations): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_date_under_a_masked_signer_above_the_project_table_is_the_signature_date():
    page = (
        "关于2031年3月3日拟对建设项目环境影响评价文件作出审批意见的公示\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对1个建设项目环境影响报告表"
        "作出批复决定。现将基本情况予以公示，公示期为2031年3月3日-2031年3月7日（共5个工作日）。\n"
        "电 话：0000-****123\n"
        "听证告知：自公示起五日内申请人、利害关系人可要求听证。\n"
        "****\n"
        "2031年3月3日\n"
        "拟批准的建设项目\n"
        "序号 | 项目名称 | 建设地点 | 建设单位 |\n"
        "1 | ****加油站项目 | **县某某镇 | ****加油站 |\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("published_on") == dt.date(2031, 3, 3)


def test_a_notice_put_up_once_the_report_forms_first_draft_is_done_seeks_comment_on_it():
    page = (
        "某某能源有限公司某某加油站改造项目环境影响评价公告 根据《某某省建设项目环境保护管理"
        "办法》的规定，本项目在环境影响报告表初稿完成后进行公示，使公众了解、参与项目环境影响"
        "评价工作。现将有关内容公告如下：一、建设项目基本情况 项目名称：某某加油站改造项目 "
        "二、主要环境影响预测情况 营运期废气主要为储油罐呼吸产生的油气。\n"
    )
    assert _only(page).value("kind") == "eia_draft_comment"


def test_a_first_notice_that_promises_a_publicity_once_the_draft_is_done_stays_first():
    page = (
        "某某冷链物流有限公司冷库建设项目环境影响评价第一次公示\n"
        "某某冷链物流有限公司委托某某环保科技有限公司开展本项目环境影响评价工作，报告书初稿完成后"
        "将再次公示。公众可通过电话向建设单位提出意见。联系电话：0000-1234567\n"
    )
    assert _only(page).value("kind") == "eia_first"


def test_the_road_of_an_address_before_a_bureaus_name_is_no_part_of_the_name():
    page = (
        "关于某某县某某加油站建设项目环境影响评价文件拟进行审查的公示\n"
        "根据建设项目环境影响评价审批程序的有关规定，我局拟对该建设项目环境影响评价文件进行审查，"
        "公示期为2031年4月7日-2031年4月11日。\n"
        "联系电话：0000-7654321\n"
        "通讯地址：某某省某某县长安路某某县环境保护局\n"
        "项目名称 某某县某某加油站建设项目\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某县环境保护局"


def test_a_bureau_the_notice_names_as_publishing_beats_the_index_rows_posting_office():
    page = (
        "索引号 0000-2031-0101 发布机构 市生态环境局某某分局\n"
        "公开目录 环境保护 发布日期 2031-01-08\n"
        "关于2031年1月7日拟作出建设项目环评批复决定的公示（某某汽车修理厂建设项目）\n"
        "根据建设项目环境影响评价的有关规定，现将某某县环境保护局2031年1月7日项目环评文件拟审批"
        "情况予以公示。\n"
        "联系电话：0000-7121000 电子邮箱：mouhb@example.com\n"
    )
    notice = _only(page)
    assert notice.value("issuer") == "某某县环境保护局"
    assert notice.value("published_on") == dt.date(2031, 1, 8)


def test_the_index_rows_posting_office_issues_a_notice_that_names_no_other():
    page = (
        "索引号 0000-2031-0102 发布机构 某某市生态环境局某某分局\n"
        "公开目录 环境保护 发布日期 2031-01-09\n"
        "经审议，我局拟批准《某某洗车场建设项目环境影响报告表》，现予公示5个工作日。"
        "联系电话：0000-7121001\n"
    )
    assert _only(page).value("issuer") == "某某市生态环境局某某分局"


def test_a_document_sites_preview_of_a_report_forms_flattened_contents_is_no_notice():
    page = (
        "《某某4S店建设项目环评报告.docx》由会员分享，可在线阅读。\n"
        "1、一、建设项目基本情况1二、建设项目工程分析9三、区域环境质量现状、环境保护目标及评价"
        "标准17四、主要环境影响和保护措施24五、环境保护措施监督检查清单40六、结论41附表：建设项目"
        "污染物排放量汇总表 一、建设项目基本情况 建设项目名称 4S店建设项目 建设单位 某某汽车销售"
        "有限公司\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_completion_monitoring_reports_cover_and_contents_is_no_notice_for_its_phones():
    page = (
        "某某公告\n"
        "某某云计算中心项目\n"
        "竣工环境保护\n"
        "验收监测报告\n"
        "建设单位：某某云数科技有限公司\n"
        "编制单位：某某检测有限公司\n"
        "电话：0000-7210000 电话：0000-3130000\n"
        "目录\n"
        "1验收项目概况.............................................. 1\n"
        "2验收依据.................................................. 3\n"
        "3工程建设概况.............................................. 4\n"
        "\n"
        "某某云数科技有限公司是一家从事数据存储服务的企业，总部设在某某市。\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_companys_petrol_station_named_after_it_at_the_head_issues_its_own_notice():
    page = (
        "某某石油销售有限公司某某第三加油站油罐改造项目 环境影响评价公告 根据当地环保部门的规定，"
        "本项目在环境影响报告表初稿完成后进行公示。项目概况：某某石油销售有限公司某某第三加油站"
        "位于某某县某某路8号，拟更换储油罐。\n"
    )
    assert _only(page).value("issuer") == "某某石油销售有限公司某某第三加油站"


def test_a_company_leading_a_project_it_builds_anew_keeps_its_own_name():
    page = (
        "某某能源有限公司新建加油站项目 环境影响评价公告 本项目在环境影响报告表初稿完成后进行公示。"
        "项目概况：某某能源有限公司拟在某某县某某镇新建加油站一座。\n"
    )
    assert _only(page).value("issuer") == "某某能源有限公司"
