"""Patterns a two-hundred-forty-sixth fresh set of real notices showed (issue #11: EIA notices
of 2019-2022, the epidemic years: fangcang hospitals, infectious-disease wards, PCR
laboratories): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_files_named_before_the_review_the_bureau_is_about_to_make_is_a_pre_approval():
    # (the site's county tag before the title's day, and a remark in brackets inside it: the
    # title runs into the body, the stage read from the body)
    page = (
        "| 索引号: | 发布机构: | ||\n"
        "| 生效日期: | 2031-03-10 | 废止日期: | |\n"
        "【某某县】2031年3月10日某某县生态环境局关于某某县人民医院感染性疾病科(病区)等2个建设项目"
        "环境影响评价文件拟进行审查公示\n"
        "通讯地址:某某县某某路1号\n"
        "邮编:800000\n"
    )
    assert _only(page).value("kind") == "eia_pre_approval"


def test_a_title_naming_the_files_to_be_reviewed_is_a_pre_approval():
    page = (
        "某某省生态环境厅关于2031年3月10日建设项目环境影响评价文件拟审查情况的公示\n"
        "根据建设项目环境影响评价审批程序及信息公开要求,现将有关情况予以公示。\n"
        "公示期:5个工作日\n"
        "联系电话:0871-60000000\n"
        "序号 | 项目名称 | 建设地点 | 建设单位 | 环评机构 |\n"
        "1 | 某某煤矿改造升级项目 | 某某县 | 某某矿业有限公司 | 某某研究院有限公司 |\n"
    )
    assert _only(page).value("kind") == "eia_pre_approval"


def test_a_builder_saying_its_files_will_be_reviewed_later_is_not_read_as_the_bureaus_notice():
    # the builder's first notice still reads as one: no 文件拟审查 in it
    page = (
        "某某医院方舱医院建设项目环境影响评价第一次公示\n"
        "建设单位:某某医院 联系电话:13900000000\n"
        "公众意见表可发送电子邮件至某某@qq.com进行意见反馈。\n"
    )
    assert [p.value("kind") for p in extract_notices(page).proposals] == ["eia_first"]
