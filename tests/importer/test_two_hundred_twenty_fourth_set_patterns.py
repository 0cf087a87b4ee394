"""Patterns a two-hundred-and-twenty-fourth fresh set showed (issue #11: company creditor
notices for capital reductions, mergers and divisions printed in newspapers, 2015-2026; the
search found no fresh notice, only explainers and templates around them): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_an_explainer_that_times_the_merger_duty_without_shall_is_no_notice():
    page = (
        "公司吸收合并的办理过程可分为以下阶段:\n"
        "一、合并前准备\n"
        "合并各方就合并细节(如公司名称、注册资本、债务承继等)达成一致,签订《合并协议》。\n"
        "二、合并实施\n"
        "自合并决议作出后10日内书面通知债权人,并于30日内在报纸上公告。债权人有权在接到"
        "通知后30日内或公告后45日内提出异议。\n"
        "三、合并登记\n"
        "合并后公司向登记机关申请变更登记,被合并公司办理注销登记。\n"
    )
    assert not extract_notices(page).proposals


def test_a_merger_notice_that_says_it_has_told_its_creditors_is_still_read():
    page = (
        "某某甲有限公司吸收合并某某乙有限公司公告\n"
        "经某某甲有限公司与某某乙有限公司股东会决议,某某甲有限公司吸收合并某某乙有限公司,"
        "合并后某某甲有限公司存续,某某乙有限公司注销。本公司已自合并决议作出之日起10日内"
        "通知债权人,未接到通知书的债权人可自本公告之日起45日内要求清偿债务或者提供相应的担保。\n"
        "联系人:某某 电话:13900000000\n"
        "特此公告\n"
        "某某甲有限公司\n"
        "2023年3月1日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "merger"
