"""Patterns a fresh set of real notices (salt and alkali: caustic soda and potash, chlor-alkali
works, salt-lake salts, detergent builders) showed (issue #11): each a sentence of behaviour on
a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices

#: A builder's second notice whose title names no company and whose copy lost its signature:
#: the body opens by recounting the filing reply the works got, cited by its title, which
#: names the authority that wrote it before its 关于.
_SECOND_NOTICE = (
    "年产8万吨偏硅酸钠技改项目环境影响评价第二次公示\n"
    "某某碱业有限公司2016年5月9日取得了《某某市发展和改革委员会关于某某碱业有限公司年产8万吨"
    "偏硅酸钠项目备案的通知》（某发改备字〔2016〕12号）并已建成。因原料来源变化，建设单位"
    "提出了本项目的建设。\n"
    "本次技改新建硅酸钠溶液制备装置，原生产线其余装置不变。\n"
    "目前，本项目的环境影响报告书征求意见稿已编制完成，现公开征求公众意见。\n"
)


def test_a_company_named_after_an_authoritys_about_in_a_cited_title_is_the_issuer():
    notice = extract_notices(_SECOND_NOTICE).proposals[0]
    assert notice.value("issuer") == "某某碱业有限公司"


def test_the_company_after_about_is_found_with_the_title_printed_under_the_body():
    # column OCR sets the title after the body it heads
    head, body = _SECOND_NOTICE.split("\n", 1)
    notice = extract_notices(body + head + "\n").proposals[0]
    assert notice.value("issuer") == "某某碱业有限公司"
