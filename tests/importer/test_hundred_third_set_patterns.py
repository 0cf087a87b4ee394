"""Patterns a hundred-and-third fresh set of real notices showed (issue #11: hospitals, radiation
and nuclear-technology projects, laboratories and schools): each a sentence of behaviour on a
text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_builders_notice_numbered_its_third_is_pre_submission():
    page = (
        "某某医院核医学科改扩建项目环境影响评价公众参与第三次信息公示\n"
        "根据《环境影响评价公众参与办法》的有关规定，现将本项目有关情况公告如下：\n"
        "（一）公众参与说明和环评报告：公众参与说明请见附件1，环评报告请见附件2；\n"
        "（二）公众意见表：见附件3；\n"
        "（三）公众可以信函、电子邮件等方式将填写的公众意见表提交建设单位，"
        "电子邮件地址：hospital3@example.com\n"
        "（四）公示有效期限：自公示日起5个工作日。\n"
    )
    assert _only(page).value("kind") == "eia_pre_submission"


def test_a_report_tables_public_version_offered_in_full_is_pre_submission():
    page = (
        "一、建设单位：某某市某某医院\n"
        "二、项目名称：某某市某某医院DSA射线装置建设项目\n"
        "三、建设内容：医院拟将门诊楼二层原库房改建为DSA机房，新增使用1台DSA，属Ⅱ类射线装置。\n"
        "四、公示时间\n"
        "自2024年5月6日起十个工作日。\n"
        "五、联系方式：\n"
        "联系人：王某某\n"
        "联系电话：13900001111\n"
        "某某市某某医院DSA射线装置建设项目环境影响报告表（公示稿）全文本详见附件。\n"
    )
    assert _only(page).value("kind") == "eia_pre_submission"
