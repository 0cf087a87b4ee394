"""A notice whose period is in months: its last day is proposed, and it still saves."""

from __future__ import annotations

import pytest

from notices.importer import extract_notices
from notices.importing import proposal_json, save_notices
from notices.models import Notice

pytestmark = pytest.mark.django_db

#: Written for this test, modelled on how court-appointed managers word claims notices.
PAGE = """\
债权申报公告
通辽市科尔沁区人民法院已裁定受理
通辽市某某商贸有限公司破产清算一
案，并指定本所为管理人。债权人应
自本公告发布之日起三个月内，向管
理人申报债权，书面说明债权数额和
有无财产担保。
联系人：王律师
联系电话：0475-8212345
通辽市某某商贸有限公司管理人
2024年1月31日
"""


def test_a_claims_period_in_months_gets_its_last_day_and_saves_without_it():
    proposals = extract_notices(PAGE).proposals
    assert len(proposals) == 1
    data = proposal_json(proposals[0])
    assert data["kind"] == "other"  # a court-appointed manager's notice, not a liquidation
    assert data["issuer"] == "通辽市某某商贸有限公司管理人"
    assert data["window"]["unit"] == "months"
    assert data["last_day"] == "2024-04-30"  # Civil Code art. 202: no April 31st
    outcome = save_notices([data])
    assert not outcome.errors
    assert Notice.objects.get().window_unit == ""
