"""Patterns a hundred-and-third fresh set of real notices showed (issue #11: hospitals, radiation
and nuclear-technology projects, laboratories and schools): each a sentence of behaviour on a
text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
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


_LONG_TITLE = (
    "某某市生态环境局关于2024年3月5日拟对某某市第一人民医院（某某区中心医院）数字减影血管造影"
    "装置及核医学科改扩建项目环境影响报告表作出批准意见的公告"
)


def test_an_authoritys_title_naming_the_day_and_a_long_project_is_the_title_and_its_issuer():
    page = (
        f"{_LONG_TITLE}\n{_LONG_TITLE}\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我 (略) 医院改扩建项目环境影响"
        "评价文件作出批准意见。为保证审批意见的严肃性和公正性， (略) 。公告期为 * 日至 * 日"
        "（5个工作日）。\n"
        "项目名称： (略) 改扩建项目\n"
        "建设项目概况：门诊楼一层拟新建1间DSA机房，新增使用1台DSA，属II类射线装置。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("title") == _LONG_TITLE
    assert notice.value("issuer") == "某某市生态环境局"


def test_a_long_line_citing_a_rules_title_is_no_title():
    page = (
        "根据某某省生态环境厅关于进一步规范建设项目环境影响评价文件审批信息公开工作的通知和"
        "某某市人民政府关于建设项目审批制度改革有关事项的公告\n"
        "现将某某中学实验楼建设项目环境影响报告表征求意见稿予以公示，公示期为2024年6月3日至"
        "2024年6月14日。\n"
        "建设单位：某某市某某中学 联系电话：0571-88880000\n"
    )
    assert _only(page).value("title") is None


def test_two_bodies_signing_on_one_line_joined_by_a_slight_pause_mark_the_first_issues():
    page = (
        "《某某县人民医院和某某县妇幼保健院迁建项目环境影响报告书》（征求意见稿）已编制完成，"
        "现进行公示。\n"
        "一、征求意见稿查阅方式：https://pan.example.com/s/1ExAmPlE\n"
        "二、公众可通过电话、电子邮件等方式将意见提交给建设单位联系人（李先生，0760-81234567，"
        "hospital@example.com）。\n"
        "三、公众提出意见的起止时间：自本公告发布起10个工作日内。\n"
        "某某县人民医院、某某县妇幼保健院\n"
        "2024年4月8日\n"
    )
    assert _only(page).value("issuer") == "某某县人民医院"


def test_a_builders_second_name_in_brackets_stays_with_its_name():
    page = (
        "新增1台医用电子直线加速器项目环境影响报告表全本公示\n"
        "现依据《建设项目环境影响评价政府信息公开指南（试行）》的规定，向公众进行报告表全本信息的"
        "公开。\n"
        "1、项目名称：新增1台医用电子直线加速器\n"
        "2、建设单位：某某大学第一医院（某某大学第一临床医学院）\n"
        "3、公众提出意见的起止时间：2024年7月8日至2024年7月12日。\n"
        "联系人：陈老师 电话：13900002222\n"
    )
    assert _only(page).value("issuer") == "某某大学第一医院（某某大学第一临床医学院）"


def _decisions(second_row: str) -> str:
    return (
        "关于2024年3月1日作出的辐射项目环境影响评价文件审批决定的公告\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审查，2024年3月1日我厅对3个辐射项目环境"
        "影响评价文件作出审批决定。现将作出的审批决定情况予以公告，公告期为2024年3月4日-2024年"
        "3月15日（10个工作日）。\n"
        "联系电话：028-80000000\n"
        "通讯地址：某某市某某路1号\n"
        "2024年3月1日作出的辐射项目环境影响评价文件审批决定\n"
        "序号\n项目名称\n审批文号\n审批时间\n"
        "1\n某某市人民医院核医学科改建项目\n某环审批〔2024〕11号\n2024-3-1\n"
        f"2\n{second_row}\n某环审批〔2024〕12号\n2024-3-1\n"
        "3\n某某县中医院医用直线加速器应用项目\n某环审批〔2024〕13号\n2024-3-1\n"
    )


def _projects(page: str) -> list[str]:
    proposals = extract_notices(page).proposals
    assert len(proposals) == 1
    return [row["project"] for row in proposals[0].value("projects") or []]


def test_a_table_set_a_cell_a_line_under_its_caption_is_read_into_the_notice():
    assert _projects(_decisions("某某检测技术有限公司工业X射线探伤项目")) == [
        "某某市人民医院核医学科改建项目",
        "某某检测技术有限公司工业X射线探伤项目",
        "某某县中医院医用直线加速器应用项目",
    ]


def test_a_project_name_wrapped_onto_the_next_line_of_such_a_table_is_one_project():
    assert _projects(_decisions("某某检测技术有限公司扩建\n工业X射线探伤项目"))[1] == (
        "某某检测技术有限公司扩建工业X射线探伤项目"
    )
