"""Patterns a two-hundred-and-first fresh set of real notices showed (issue #11: Jiangsu and
Zhejiang notices of pharmaceutical, electronics, new-material and semiconductor projects): each
a sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_bureau_title_naming_its_second_name_and_the_project_it_proposes_to_approve_heads_it():
    page = (
        "某某市生态环境局（某某新区管理委员会产业保障局）拟对某某生物某某新区生物药"
        "（重组蛋白药物和人用疫苗）产业化基地项目环评文件作出审批意见的公示\n"
        "发布日期：2025-05-06 09:10\n"
        "序号\n项目名称\n建设地点\n建设单位\n建设项目概况\n公众参与情况\n1\n"
        "某某生物某某新区生物药产业化基地项目\n"
        "某某市某某新区某某街道\n"
        "某某生物技术有限公司\n"
        "本项目购置发酵罐等设备，形成年产疫苗1000万剂的生产能力。\n"
        "项目环评申报时提交了环评公众参与情况说明书面材料，环评期间在相关网站、周边相关单位"
        "信息公告栏等处开展了公示。\n"
        "企业承诺按环评落实环保治理措施\n"
        "废气：发酵废气经“两级碱喷淋+活性炭吸附”处理达标后通过排气筒高空排放；动物房废气经"
        "“高效过滤器+二级活性炭吸附”处理达标后通过排气筒高空排放。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某市生态环境局（某某新区管理委员会产业保障局）"
    assert str(notice.value("published_on")) == "2025-05-06"


def test_a_reposted_table_row_cut_after_the_bureau_says_it_will_decide_is_still_its_notice():
    page = (
        "拟批准的建设项目环境影响评价文件\n"
        "序号 | 项目名称 | 建设地点 | 建设单位 | 环评机构 | 项目概况 | 公众参与情况 |\n"
        "7 | 某某 (略) 年产5吨光电子专用材料建设项目 | (略) 某某镇某某大道18号 | 某某 (略) | "
        "某某 (略) | 项目建成后形成年产5吨光电子专用材料的生产规模。 | "
        "环评期间已按规范要求进行了公众参与调查。 |\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对上述建设项目环境影响评价"
        "文件作出审批意见。为保证审批意见的严肃性和公正性，现将上述建设项目环境影响评价文件的基\n"
    )
    assert _only(page).value("kind") == "eia_pre_approval"


def test_the_office_named_in_full_as_the_one_to_contact_beats_the_page_source_line_short_name():
    page = (
        "关于对【某某光电材料有限公司扩建项目】拟作出的建设项目环境影响评价文件审批意见的公示\n"
        "发布日期：2023-01-10 14:22:53  来源：某某开发区行政审批局浏览量：\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对建设项目环境影响报告书（表）"
        "进行审查。为保证此次审查工作的严肃性和公正性，现将拟审查环境影响评价文件的基本情况予以"
        "公示。公示期：从即日起，5个工作日。\n"
        "联系电话：0512-12345678\n"
        "联系单位：某某市某某经济技术开发区行政审批局\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某市某某经济技术开发区行政审批局"
