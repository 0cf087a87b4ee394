"""A signature without a date: an organisation's name alone on the notice's last line."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices

#: Written for these tests.
AFTER_CONTACTS = """\
关于申报债权的公告
某某市人民法院已裁定受理某某市岚山纸业有限公司破产清算一案，并指定本所
为管理人。债权人应于2025年3月20日前向管理人申报债权。
联系人：林律师　联系电话：0596-2671234
某某市岚山纸业有限公司管理人
"""

CONSULTANT_THEN_CONTACTS = """\
某某县城东污水处理厂扩建工程环境影响评价第一次公示
某某县城东污水处理厂扩建工程拟于县城东部建设，现按《环境影响评价公众参与办法》予以公示。
公众可自本公示发布之日起10个工作日内以电话或电子邮件提出意见。
建设单位：某某县排水有限公司
联系人：郑工　电话：0598-7712345
环评单位：
某某环境工程咨询有限公司
联系人：黄工　电话：0591-87654321
"""


def _issuer(text: str) -> str | None:
    proposals = extract_notices(text).proposals
    assert len(proposals) == 1
    return proposals[0].to_json()["issuer"]


def test_a_name_under_the_contact_lines_signs_the_notice() -> None:
    assert _issuer(AFTER_CONTACTS) == "某某市岚山纸业有限公司管理人"


def test_a_consultant_named_above_its_own_contact_lines_signs_nothing() -> None:
    assert _issuer(CONSULTANT_THEN_CONTACTS) == "某某县排水有限公司"


def test_a_signature_with_its_date_and_the_attachments_run_onto_one_line_dates_the_notice() -> None:
    text = (
        "某某港东区码头扩建工程环境影响评价第一次公示\n"
        "现将某某港东区码头扩建工程环境影响评价有关信息公告如下。公众可自本公告发布之日起10个工作日内"
        "提出意见。建设单位：某某国际码头有限公司 联系人：钱工 电话：0898-65550123 特此公告。\n"
        "某某国际码头有限公司 2020年10月14日 附件：公众意见表\n"
    )
    proposals = extract_notices(text).proposals
    assert len(proposals) == 1
    assert proposals[0].value("published_on") == dt.date(2020, 10, 14)
