"""Patterns a hundred-and-eighty-third fresh set of real notices showed (issue #11: district and
county notices of Sichuan, Chongqing and Guizhou): each a sentence of behaviour on a text written
for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer.kinds import classify
from tests.importer.proposals import only as _only

#: A gas field unit's first notice a web copy flattened to one line, its items run on.
_FLATTENED_FIRST = (
    "根据《中华人民共和国环境影响评价法》和《环境影响评价公众参与办法》等法律和相关文"
    "件的要求，某某天然气股份有限公司某某油气"
    "矿委托某某环保科技有限公司进行“某某005-H5-C1回采建设方案”的环境影响评"
    "价工作。现对该项目建设有关情况予以公示："
    " 一、工程概况 （1）项目名称：某某005-H5-C1回采建设方案 （2）建设单"
    "位：某某天然气股份有限公司某某油气矿 （"
    "3）建设性质：新建 （4）建设地点：某某区某某镇境内 （5）建设内容：新建井站1"
    "座，新建采气管道1.35km，及其配套工"
    "程。 二、环境影响评价主要内容 本项目的环境影响评价工作将按照国家有关法律法规的"
    "要求，进行工程建设地区的环境现状监测与评"
    "价、环境影响预测与评价以及提出污染防治措施、生态保护措施。 三、项目可能造成的主"
    "要影响及拟采取的防治措施 本项目站场工程"
    "主要在已建站场内进行建设，新建管道为临时占地，完工后对临时占地进行复耕复植，对生态环境影响较小。\n"
)


def test_a_first_notice_flattened_to_one_line_is_known_by_its_assessment_contents_heading():
    assert classify(None, _FLATTENED_FIRST)[0] == "eia_first"
    assert _only(_FLATTENED_FIRST).value("kind") == "eia_first"


def test_a_gas_field_units_oil_and_gas_mine_is_the_builder_that_issues_its_notice():
    assert _only(_FLATTENED_FIRST).value("issuer") == "某某天然气股份有限公司某某油气矿"


def test_an_authoritys_title_over_its_opening_line_does_not_lengthen_its_name():
    page = (
        "某某市生态环境局审查建设项目环评信息公示表20240301\n"
        "某某市生态环境局审查以下建设项目环评文件，现公告有关环评信息，接受社会监督，公示"
        "期为2024年3月1日—2024年3月7"
        "日。\n"
        "反馈意见受理方式为电子邮箱：abc@example.com，通讯地址：某某市某某"
        "区某某路1号。申请人和利害关系人可自公示"
        "起5个工作日内以书面形式向我局提出听证申请。\n"
        "序号\n"
        "项目名称\n"
        "建设地点\n"
        "建设单位\n"
        "环境影响评价机构\n"
        "项目概况\n"
        "主要环境影响和环境保护对策与措施\n"
        "相关部门意见\n"
        "建设单位开展的公众参与情况\n"
        "1\n"
        "某某零部件项目\n"
        "某某市某某工业园区\n"
        "某某汽车有限公司\n"
        "某某设计研究院有限公司\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某市生态环境局"


def test_a_repeated_title_ending_in_a_numbered_works_does_not_lengthen_the_authoritys_name():
    page = (
        "某某省生态环境厅2024年3月4日拟作出的建设项目环境影响评价文件审批意见的公示"
        "某页2#平台钻采工程\n"
        "某某省生态环境厅2024年3月4日拟作出的建设项目环境影响评价文件审批意见的公示"
        "某页2#平台钻采工程\n"
        "根据建设项目环境影响评价审批程序的有关规定，我厅拟对某页2#平台钻采工程环境影响"
        "评价文件进行审查。为保证审查工作的严肃性"
        "和公正性，现将拟审查的环境影响评价文件基本情况予以公示，公示期为2024年3月4"
        "日-2024年3月8日（5个工作日）。\n"
        "听证权利告知：依据《中华人民共和国行政许可法》，自公示起五日内申请人、利害关系人可提出听证申请。\n"
        "联系电话：0851-*（某某省生态环境厅环评处）\n"
        "通讯地址：（略）59号某某省生态环境厅环评处\n"
        "序号 | 建设项目名称 | 建设地点 | 建设单位 | 环境影响评价文件编制单位"
        "名称 | 建设项目概况 |\n"
        "1 | 某页2#平台钻采工程 | （略）建设1.68hm2井场，布置9口页岩气井 |\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某省生态环境厅"


def test_the_builder_labelled_as_its_owner_issues_the_draft_notice_not_a_bureau_it_cites():
    page = (
        "某某酒业有限公司 年产2000t白酒生产线建设项目 环境影响报告书征求意见稿公示\n"
        "根据《建设项目环境保护管理条例》的有关要求，某某酒业有限公司已开展年产2000t"
        "白酒生产线建设项目的环境影响评价工作，现"
        "项目环境影响报告书征求意见稿已编制完成，根据《环境影响评价公众参与办法》等有关规"
        "定予以公示，征求与本建设项目环境影响有关"
        "的意见：\n"
        "一、建设项目环境影响报告书概况\n"
        "1、建设项目情况\n"
        "项目名称：年产2000t白酒生产线建设项目\n"
        "建设业主：某某酒业有限公司\n"
        "建设内容：项目占地约30000m2，建设年产2000t白酒生产线及配套设施等。\n"
        "2、区域环境质量现状\n"
        "1）空气环境质量\n"
        "本项目所在区域为不达标区。某某市生态环境局编制了《某某市大气环境质量限期达标规划"
        "》（2018-2025年）。根据该规划内"
        "容，某某市将采取如下大气环境质量改善措施。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某酒业有限公司"


def test_a_papers_name_in_title_marks_under_the_title_dates_the_notice_by_the_issue():
    page = (
        "您所在的位置：某某传媒网 >> 新闻 >> 公示公告 >> 浏览文章\n"
        "某某水电站环境影响评价第二次公告\n"
        "《某某日报》    2014年09月11日\n"
        "    目前某某水电站环境影响评价工作已基本完成，根据《环境影响评价公众参与暂行"
        "办法》的有关规定，现就工程情况及主要环境"
        "影响的相关信息，向社会公众公开。\n"
        "  一、建设项目概况\n"
        "  工程名称：某某水电站工程\n"
        "  工程性质：新建\n"
        "  建设单位：某某水电开发有限公司\n"
        "  评价单位：某某勘测设计研究院有限公司\n"
        "  建设地点：某某省某某县\n"
        "  工程内容及规模：水库正常蓄水位2475米，装机容量120万千瓦，工程总投资约"
        "180亿元，工程筹建期12个月，施工总工"
        "期72个月。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("published_on") == dt.date(2014, 9, 11)
