"""Patterns real notices print that newspaper OCR pages did not: each a sentence of behaviour.

Every text here is written for the test, modelled on how real notices and reposts are worded
(not copied from any of them).
"""

from __future__ import annotations

import datetime as dt

import pytest

from notices.importer import extract_notices
from notices.importer.kinds import classify


def only(text: str) -> dict:
    (proposal,) = extract_notices(text).proposals
    return proposal.to_json()


STAGES = [
    ("eia_pre_approval", "经审议，我厅拟于近日内批准《某某医院核技术利用项目环境影响报告表》。"),
    ("eia_decision", "经审查，我局对以下2个建设项目环境影响评价文件作出审批决定，现予公告。"),
    (
        "eia_pre_submission",
        "建设单位已于2023年3月6日公示了本项目环境影响报告书征求意见稿，现将报告书全文公开。",
    ),
    (
        "eia_first",
        "建设单位已委托某某环境咨询有限公司开展环境影响评价工作，"
        "在环境影响报告书征求意见稿编制过程中，公众均可提出意见。",
    ),
    (
        "eia_first",
        "依据《环境影响评价公众参与办法》，现就某某养殖场建设项目环境影响评价征求公众意见，"
        "公众意见表见附件。",
    ),
    ("other", "现将某某项目竣工环境保护验收监测报告表进行公示，公示期为20个工作日。"),
]


@pytest.mark.parametrize(("kind", "body"), STAGES)
def test_the_stage_is_read_from_the_body_with_its_tense(kind: str, body: str) -> None:
    assert classify(None, body)[0] == kind


def test_a_title_run_into_the_first_sentence_names_the_stage() -> None:
    body = (
        "某某风电场项目环境影响评价第一次公示根据《环境影响评价公众参与办法》，"
        "现公示如下，还将进行第2次公示。"
    )
    assert classify(None, body)[0] == "eia_first"


WEB_COPY = """\
首页 > 通知公告
2024年5月8日 星期三 上一期 下一期
某某工业园区热电联产项目环境影响评价第二次公示
依据《环境影响评价公众参与办法》，我单位委托某某工程咨询有限公司承担了本项目环境影响评价工作，目前已形成环境影响报告书征求意见稿。
征求意见稿链接：pan.baidu.com/s/1XyZ9abcDEF 提取码：k3m9
某某工业园区管理委员会，联系电话：0999-6570123；
某某工程咨询有限公司，联系电话：0991-2667000，邮箱：consult_eia@126.com。
公众可自本公示发布之日起10个工作日内提交意见。感谢公众参与。 某某工业园区管理委员会 2024年5月8日
联系我们
CONTACT US
电话：
0991-4160000
邮箱：
SITE@163.COM

银川本月起环评审批可上网查询
2月12日，记者从市行政审批服务局了解到，从本月起建设项目环境影响评价的受理、拟批准及作出的审批决定，可以全程在网站上查询，相关申请人、利害关系人可对拟作出的审批决定要求听证。
"""


def test_a_web_copy_gives_the_notice_and_not_the_news_beside_it() -> None:
    notice = only(WEB_COPY)
    assert notice["kind"] == "eia_draft_comment"
    assert notice["issuer"] == "某某工业园区管理委员会"  # signed at the end of the last line
    assert notice["published_on"] == "2024-05-08"
    assert notice["contact"]["phone"] == "0999-6570123"  # the builder's, not the site's
    assert "0991-4160000" not in notice["contact"].get("phones", [])
    assert notice["links"] == ["http://pan.baidu.com/s/1XyZ9abcDEF?pwd=k3m9"]


def test_news_of_a_round_of_inspections_is_no_notice() -> None:
    news = (
        "第二批中央生态环境保护督察全面启动\n\n"
        "经党中央、国务院批准，第二批7个中央生态环境保护督察组近日全部实现督察进驻。"
        "进驻期间，各督察组设立专门值班电话和邮政信箱，受理来信来电举报，"
        "受理举报电话时间为每天8:00-20:00，进驻时间约为1个月。\n"
        "督察组值班电话：010-12345678，邮政信箱：北京市A001邮政专用信箱。\n"
    )
    assert extract_notices(news).proposals == ()


def test_a_listed_company_named_under_its_header_issues_its_reduction_notice() -> None:
    page = (
        "证券代码：300999 证券简称：某某科技 公告编号：2019-104\n"
        "某某科技集团股份有限公司\n"
        "关于回购注销限制性股票减少注册资本的债权人公告\n"
        "本公司将回购注销限制性股票，注册资本将减少。本公司债权人自本公告之日起45日内，"
        "有权要求本公司清偿债务或者提供相应的担保。\n"
        "特此公告。\n"
        "某某科技集团股份有限公司董事会\n"
        "2019年10月15日\n"
    )
    notice = only(page)
    assert notice["kind"] == "capital_reduction"
    assert notice["published_on"] == "2019-10-15"


def test_a_period_between_doubled_dashes_is_read() -> None:
    page = (
        "根据建设项目环境影响评价审批程序的有关规定，经审查，2024年1月23日我局对2个建设项目"
        "环境影响评价文件作出审批决定。现将审批决定予以公告，公告期为2024年1月23日--2024年1月31日"
        "（7个工作日）。\n联系电话：0312-1234567\n"
        "序号 | 项目名称 | 建设单位 | 文号 |\n"
        "1 | 某某护栏网改建项目 | 某某金属制品有限公司 | 行审环评字[2024]001号 |\n"
        "2 | 某某技改项目 | 某某机械有限公司 | 行审环评字[2024]002号 |\n"
    )
    notice = only(page)
    assert notice["kind"] == "eia_decision"
    assert notice["window"]["ends_on"] == dt.date(2024, 1, 31).isoformat()
    assert [p["project"] for p in notice["projects"]] == ["某某护栏网改建项目", "某某技改项目"]


def test_a_paragraph_of_an_article_about_notices_on_a_printed_page_is_no_notice() -> None:
    article = (
        "公司减资要注意什么\n\n"
        "公司需要减少注册资本时，必须编制资产负债表及财产清单。\n\n"
        "公司应当自作出减少注册资本决议之日起十日内通知债权人，并于三十日内在报纸上公告。"
        "债权人自接到通知书之日起三十日内，未接到通知书的自公告之日起四十五日内，"
        "有权要求公司清偿债务或者提供相应的担保。\n\n"
        "办理减资登记时，应当提交公告的报纸样张。\n"
    )
    assert extract_notices(article).proposals == ()
