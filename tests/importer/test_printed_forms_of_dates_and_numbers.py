"""The same notice in the other ways pages print its dates, phones and e-mail addresses.

A date may carry its weekday in brackets ("2024年3月5日（星期二）"), a phone may be printed for
dialling from abroad ("+86-471-…", "86-0471-…") or with its mobile's digits in groups ("139 4712
6608"), an e-mail may write its @ out ("（at）"), and a site may print its posting stamp as
"2022年09月21日" or "2022.1.13" where another prints "2022-09-21". Texts invented.
"""

from __future__ import annotations

import pytest

from notices.importer import extract_notices
from notices.importer.contacts import find_contact, find_phones
from notices.importer.text import Page


def _one(text: str) -> dict:
    proposals = [p.to_json() for p in extract_notices(text).proposals]
    assert len(proposals) == 1, proposals
    return proposals[0]


def test_a_period_whose_days_carry_their_weekday_in_brackets_is_read_to_its_last_day() -> None:
    notice = _one(
        "某某县某某养殖场扩建项目环境影响评价第二次公示\n"
        "某某县某某养殖场扩建项目环境影响报告书征求意见稿已编制完成，现征求公众意见。\n"
        "公示时间：2024年3月5日（星期二）至2024年3月18日（星期一）。\n"
        "联系人：王工 联系电话：0471-6662391\n"
        "某某县某某养殖场\n"
        "2024年3月5日（星期二）\n"
    )
    assert notice["window"]["ends_on"] == "2024-03-18"
    assert notice["published_on"] == "2024-03-05"


@pytest.mark.parametrize(
    ("printed", "number"),
    [
        ("+86-471-6662391", "0471-6662391"),
        ("86-0471-6662391", "0471-6662391"),
        ("+86 10 65239174", "010-65239174"),
        ("+86-13947126608", "13947126608"),
    ],
)
def test_a_number_printed_for_dialling_from_abroad_is_the_domestic_number(
    printed: str, number: str
) -> None:
    assert [p.value for p in find_phones(Page(f"联系电话：{printed}").text)] == [number]


def test_an_email_whose_at_is_written_out_is_read_as_the_address() -> None:
    found = find_contact(Page("联系人：李工\n电子邮箱：mouren_hb（at）163.com").text)
    assert found["email"].value == "mouren_hb@163.com"


def test_a_cut_first_notice_whose_only_number_is_a_grouped_mobile_is_still_a_notice() -> None:
    notice = _one(
        "某某市某某农牧有限公司改扩建项目环境影响评价公众参与第一次公示根据《环境影响评价公众"
        "参与办法》等相关规定，对本项目有关环境影响评价情况进行第一次公示。一、项目概况项目名称："
        "某某市某某农牧有限公司改扩建项目。现有工程于2012年3月取得环评批复（某环建〔2012〕7号），"
        "2012年9月通过某某县环境保护局验收，运行以来未收到周边居民的投诉。二、建设单位"
        "名称及联系方式单位名称：某某市某某农牧有限公司联系人：赵总联系电话：139 4712 6608三、环境"
        "影响评价机构名称和联系方\n"
    )
    assert notice["kind"] == "eia_first"
    assert notice["contact"]["phone"] == "13947126608"


def test_a_title_run_into_its_body_over_a_posting_stamp_in_year_month_day_is_dated() -> None:
    notice = _one(
        "某某再生资源科技有限公司某某回收利用项目 环境影响评价第二次公示发表时间:2022年09月21日"
        " 11:01 1. 建设项目概况项目名称：某某回收利用项目。建设内容：年回收处理废旧设备3000吨。"
        "项目由某某再生资源科技有限公司建设，位于某某县某某工业园。\n"
    )
    assert notice["published_on"] == "2022-09-21"


def test_a_dotted_posting_stamp_run_into_the_bodys_opening_dates_the_notice() -> None:
    notice = _one(
        "某某高速公路某某段改扩建工程环境影响评价第二次公示\n"
        "2022.1.13根据《中华人民共和国环境影响评价法》、《环境影响评价公众参与办法》的相关要求，"
        "现公开某某高速公路某某段改扩建工程环境影响报告书征求意见稿，征求公众意见。\n"
        "公众可在公示之日起10个工作日内通过电话、电子邮件等方式提出意见。\n"
        "联系电话：0633-8916257\n"
    )
    assert notice["published_on"] == "2022-01-13"


def test_a_bracketed_source_byline_in_year_month_day_dates_the_notice() -> None:
    notice = _one(
        "某某市生态环境局关于拟对某某无害化处理中心项目作出审批意见的公示\n"
        "[某某市生态环境局]2023年07月28日字号: |\n"
        "根据建设项目环境影响评价审批程序的有关规定，我局拟对某某无害化处理中心项目作出审批意见。"
        "公示期为2023年7月28日至2023年8月3日（5个工作日）。\n"
        "听证告知：依据《中华人民共和国行政许可法》，自公示起五日内可以提出听证申请。\n"
        "联系电话：0371-2391684\n"
    )
    assert notice["published_on"] == "2023-07-28"
