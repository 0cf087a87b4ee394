"""Patterns a two-hundred-sixty-third fresh set of real notices showed (issue #11: eco-environment
bureaus' acceptance notices; the store held almost none unused): each a sentence of behaviour on a
text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_disclosure_catalogue_row_naming_acceptance_publicity_is_no_notice():
    page = (
        "序号 | 公开事项 | 公开内容(要素) | 公开依据 | 公开时限 | 公开主体 | 公开渠道和载体 |\n"
        "1 | 行政 许可 | 建设项目环境影响评价文件审批 | 受理环节:受理情况公示、报告书(表)全本;"
        "拟决定环节:拟审查环评文件基本情况公示;决定环节:环评批复 | 《中华人民共和国行政许可法》、"
        "《政府信息公开条例》 | 自该信息形成或者变更之日起20个工作日内 | 镇级生态环境部门 | "
        "■政府网站 | √ |\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_first_notice_cut_short_keeps_the_builders_phone_closing_the_space_after_the_dash():
    page = (
        "根据《环境影响评价公众参与办法》相关要求,现对某某区某某路工程建设项目环境影响评价工作进行"
        "公告,并征求公众意见。 一、建设项目概况 1.项目名称:某某区某某路工程; 2.性质:新建; "
        "二、建设单位名称和联系方式 建设单位:某某市某某区代建项目中心 联系人:某工 "
        "电话:0757- 20000001 邮箱:10000001@qq.com 三、环境影响报告书编制单位的名称 "
        "某某环保顾问有限公司 联系人:某工 电话:13900000002 邮箱:20000002@qq.com "
        "四、公众意见表的网络链接 公众意见表详见附表1。 "
        "五、提交公众意见表方式和途径 提交公众意见表可与\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某市某某区代建项目中心"
    assert notice.value("contact")["phone"] == "0757-20000001"
    assert notice.value("contact")["email"] == "10000001@qq.com"
