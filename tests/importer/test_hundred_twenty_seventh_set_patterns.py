"""Patterns a hundred-and-twenty-seventh fresh set of real notices showed (issue #11: notices
rich in contacts and links, the fields clerks retype): each a sentence of behaviour on a text
written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only

_DRAFT = (
    "根据《环境影响评价公众参与办法》（生态环境部令第4号）要求，现将某某河综合治理工程环境"
    "影响报告书征求意见稿进行公示。\n"
    "一、征求意见稿全文的网络链接：https://pan.baidu.com/s/1AbCdEfGhIjKlMn 提取码：ab12\n"
    "二、公众提出意见的方式和途径\n"
    "建设单位：某某县水利工程建设中心\n"
    "联系人：刘工\n"
    "{builder}\n"
    "邮箱：river2031@example.com\n"
    "环评单位：某某环境科技有限公司\n"
    "联系人：何工 电话：0759-3123457\n"
    "三、公众提出意见的起止时间：自本公示发布之日起10个工作日。\n"
)


def test_a_number_with_the_remark_that_it_is_the_fax_is_not_the_phone_the_next_number_is():
    notice = _only(_DRAFT.format(builder="电话：0759-3123456（传真）；13900001234"))
    assert notice.value("contact")["phone"] == "13900001234"


def test_a_number_remarked_as_the_fax_as_well_is_still_the_phone():
    notice = _only(_DRAFT.format(builder="电话：0759-3123456（兼传真）"))
    assert notice.value("contact")["phone"] == "0759-3123456"
