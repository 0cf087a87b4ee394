"""Patterns a fortieth fresh set of real notices (creditor notices: listed companies' capital
reductions, a merger creditor notice, a bankruptcy manager's claims guide) showed (issue #11):
each a sentence of behaviour on a text written for the test, modelled on the pattern, not
copied."""

from __future__ import annotations

from notices.importer import extract_notices


def test_a_liquidation_template_with_long_runs_of_x_is_no_notice():
    page = (
        "清算公告\n"
        "\n"
        "XXXX公司（统一社会信用代码：XXXXXXXXXXXXXXXXXX）经决议，现就公司清算事项公告如下：\n"
        "本公司已成立清算组，请各债权人自本公告发布之日起45日内持相关债权证明文件向清算组"
        "申报债权。\n"
        "逾期未申报的，后果自负。\n"
        "\n"
        "特此公告。\n"
        "公告日期：XXXX年XX月XX日\n"
    )
    assert not extract_notices(page).proposals
