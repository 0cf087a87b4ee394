"""Patterns a forty-ninth fresh set of real notices showed (issue #11: EIA notices of every
stage from the north-east and north-west, as government sites, builders, platforms and
aggregators print them): each a sentence of behaviour on a text written for the test,
modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices
from tests.importer.proposals import only as _only

# A bureau's acceptance notice as an aggregator reposts it: no title, no signature, the
# bureau's number masked, its list of projects flattened one cell a line.
_MASKED_ACCEPTANCE = (
    "根据建设项目环境影响评价审批程序的有关规定，2025年3月14日我局共受理1个建设项目环境影响"
    "评价文件。现将受理情况予以公示，公示期2025年3月14日-2025年3月27日（10个工作日）。"
    "听证权利告知：依据《中华人民共和国行政许可法》，自公示之日起五日内申请人、利害关系人可"
    "提出听证申请。联系电话（传真）：0471-*；通讯地址：白川盟生态环境局；邮编：*。\n"
    "序号 | 项目名称 | 建设地点 | 建设单位 | 评价机构 | 受理日期 |\n"
    "1 | 白川县石料综合利用项目环境影响报告书 | 白川县工业园区 | 白 (略) | 北岭 (略) | "
    "2025年3月14日 |\n"
    "注：1.环境影响报告书查阅方式：见附件\n"
    "公众反馈意见联系方式：白川盟生态环境局0471-*\n"
)


def test_an_untitled_unsigned_notice_whose_numbers_an_aggregator_masked_is_still_found():
    proposal = _only(_MASKED_ACCEPTANCE)
    assert proposal.value("kind") == "eia_acceptance"
    assert proposal.value("window")["ends_on"] == "2025-03-27"


# A builder's second notice that puts its own survey questions to the reader.
_SURVEY_QUESTIONS = (
    "青岭新区调蓄水库工程 环境影响评价公众参与二次公示\n"
    "时间：2025/4/8 10:12:30  访问次数：88\n"
    "一、项目概况\n"
    "青岭新区调蓄水库工程由引水枢纽、引水渠道和水库组成，水库库容为600万m3。\n"
    "二、建设单位及联系方式\n"
    "建设单位：青岭新区水库建设有限公司\n"
    "联系人：周工 联系电话：18100001234\n"
    "三、征求公众意见的主要事项\n"
    "1）您对项目所在地周围环境质量现状有何看法？\n"
    "2）您认为项目建设对环境将产生何种影响？这种影响是否在您可接受范围内？\n"
    "3）您对本项目环境影响报告书中提出的污染防治措施有何建议？\n"
    "四、公众获取环境影响报告书方式和途径\n"
    "征求意见稿见附件。\n"
    "五、公众意见表的网络连接\n"
    "公众可登陆生态环境部网站下载公众意见表。\n"
    "六、公众提出意见的方式与途径\n"
    "接受公众意见专用邮箱：qlsk2025@163.com\n"
)


def test_a_notices_own_survey_questions_do_not_make_it_an_explainer():
    proposal = _only(_SURVEY_QUESTIONS)
    assert proposal.value("kind") == "eia_draft_comment"
    assert proposal.value("contact")["email"] == "qlsk2025@163.com"


# The period's first day printed with its month lost ("2025年314日"): no "314日" period.
_LOST_MONTH = _MASKED_ACCEPTANCE.replace(
    "公示期2025年3月14日-2025年3月27日（10个工作日）", "公示期2025年314日-20253月27（10个工作日）"
)


def test_days_after_a_year_whose_month_was_lost_are_a_date_not_a_period():
    window = _only(_LOST_MONTH).value("window")
    assert (window["length"], window["unit"]) == (10, "working_days")


# The same list flattened one cell a line, the date column last: the builder's and the
# consultant's names above the last row's date are cells, not a signature.
_CELL_A_LINE = (
    "根据建设项目环境影响评价审批程序的有关规定，我局共受理1个建设项目环境影响评价文件。"
    "现将受理情况予以公示，公示期10个工作日。\n"
    "联系电话（传真）：0471-6230518\n"
    "通讯地址：白川盟生态环境局 邮编：026100\n"
    "序号\n项目名称\n建设地点\n建设单位\n评价机构\n受理日期\n"
    "1\n"
    "白川县石料综合利用项目\n"
    "白川县工业园区\n"
    "白川县青石建材有限公司\n"
    "北岭环保科技有限公司\n"
    "2025年3月14日\n"
    "注：1、环境影响报告书查阅方式：见附件\n"
    "公众反馈意见联系方式：白川盟生态环境局 0471-6230518\n"
)


def test_a_date_under_a_tables_date_column_is_not_a_signature():
    proposal = _only(_CELL_A_LINE)
    assert proposal.value("issuer") == "白川盟生态环境局"
    assert proposal.value("published_on") is None


def test_a_bureau_named_again_in_full_is_read_in_full():
    # the address drops the name's first character; the feedback line prints it whole
    page = _CELL_A_LINE.replace("通讯地址：白川盟生态环境局", "通讯地址：川盟生态环境局")
    assert _only(page).value("issuer") == "白川盟生态环境局"


def test_nothing_is_proposed_for_the_feedback_line_alone():
    assert extract_notices("公众反馈意见联系方式：白川盟生态环境局0471-*\n").proposals == ()


def test_a_signature_right_after_the_last_row_of_a_table_with_a_date_column_still_signs():
    page = (
        "东川县生态环境局关于2023年7月作出的建设项目环境影响评价文件审批决定的公告\n"
        "根据建设项目环境影响评价审批程序的有关规定，我局对下列建设项目环境影响评价文件作出审批决定，"
        "现予以公告，公告期为7日。\n"
        "联系电话：0591-55501234\n"
        "序号\n项目名称\n文号\n审批时间\n"
        "1\n"
        "青石数字工厂建设项目（一期）\n"
        "东环评〔2023〕11号\n"
        "2023年8月2日\n"
        "东川市东川县生态环境局\n"
        "2023年8月7日\n"
    )
    proposal = _only(page)
    assert proposal.value("issuer") == "东川市东川县生态环境局"
    assert proposal.value("published_on") == dt.date(2023, 8, 7)
