"""A text that prints its deadline but not its own date: the last day is proposed as printed."""

from __future__ import annotations

import datetime as dt

import pytest

from notices.deadlines.windows import WindowTerms, undated_last_day
from notices.importer import extract_notices
from notices.importing import proposal_json

#: Written for this test, modelled on reposts of managers' claims notices that lost their date.
PAGE = """\
关于申报债权的公告
某某县人民法院已裁定受理某某县青禾农业开发有限公司破产清算一案，
并指定本所为管理人。债权人应于2025年6月16日前向管理人申报债权，
书面说明债权数额和有无财产担保。
联系人：周律师　联系电话：0731-84512345
某某县青禾农业开发有限公司管理人
"""


@pytest.mark.django_db
def test_an_undated_claims_deadline_is_proposed_as_printed_and_still_needs_its_date():
    proposals = extract_notices(PAGE).proposals
    assert len(proposals) == 1
    data = proposal_json(proposals[0])
    assert data.get("published_on") is None
    assert data["last_day"] == "2025-06-16"
    assert "last_day_error" not in data
    assert data["issuer"] == "某某县青禾农业开发有限公司管理人"
    assert "published_on" in proposals[0].needs_attention


def test_only_a_text_with_neither_its_date_nor_a_first_day_takes_its_stated_end_alone():
    end = dt.date(2025, 6, 16)
    assert undated_last_day(WindowTerms("other", None, stated_last_day=end)) == end
    dated = WindowTerms("other", dt.date(2025, 3, 1), stated_last_day=end)
    assert undated_last_day(dated) is None
    started = WindowTerms("other", None, stated_first_day=dt.date(2025, 3, 1), stated_last_day=end)
    assert undated_last_day(started) is None
    assert undated_last_day(WindowTerms("other", None)) is None
