"""Pasted pages, items parted by a single line break (issue #11, second round): where an
authority's notice starts mid-text, and a paste with one stray blank line. Each test is a
sentence of behaviour on a text written for the test, not copied from a real page."""

from __future__ import annotations

from notices.importer import extract_notices

#: A builder's notice cut off before its consultant's contacts, as an excerpt often is.
_CUT_DRAFT = (
    "某某县青山镇污水处理厂工程环境影响报告书征求意见稿公示\n"
    "一、征求意见稿全文的网络链接\n"
    "公众可登录http://www.example.cn/qs下载征求意见稿全文。\n"
    "二、公众提出意见的方式和途径\n"
    "公众可通过信函、电子邮件等方式向建设单位提出意见。\n"
    "1.建设单位：某某县青山水务有限公司\n"
    "联系人：王工\n"
    "地址：某某县青山镇解放路1号\n"
    "2.环\n"
)

#: A bureau's acceptance notice with no title, its rule and its act in one long sentence.
_ACCEPTANCE = (
    "根据《中华人民共和国环境影响评价法》、《中华人民共和国行政许可法》、《政府信息公开条例》"
    "以及相关法规、规章和规定的要求，我局对拟受理的环境影响报告文件予以公示，"
    "公示时间为2031年3月3日—2031年3月14日。\n"
    "项目名称：某某港区通信管线工程\n"
    "建设单位：某某港信息技术有限公司\n"
    "受理日期：2031年3月3日\n"
    "传真：0471-5550188\n"
    "电子邮件：sth@example.cn\n"
)

#: A bureau's decision notice with no title whose review is read as done on the filing.
_DECISION = (
    "根据建设项目环境影响评价审批程序的有关规定，经对项目申报材料认真研究，某某市生态环境局"
    "已对某某纺织有限公司年产500万米面料项目环境影响评价文件作出审批决定。"
    "公告期自信息发布日起7日。\n"
    "联系电话：0471-5550177（某某市生态环境局）\n"
    "通信地址：某某市青山区体育路6号\n"
)


def _kinds(page: str) -> list[str]:
    return [p.value("kind") for p in extract_notices(page).proposals]


def _read_apart(*items: str) -> bool:
    """Tell whether the items pasted one under the other are read as each alone is."""
    alone = [kind for item in items for kind in _kinds(item)]
    return len(alone) == len(items) and _kinds("".join(items)) == alone


def test_a_bureau_putting_up_its_notice_in_its_rule_sentence_starts_it_under_a_cut_notice():
    # the builder's notice above stops mid-word ("2.环"), so no line closes it: the bureau's
    # sentence citing the laws and putting its own notice up is the next notice's first line
    assert _read_apart(_CUT_DRAFT, _ACCEPTANCE)
    assert _kinds(_CUT_DRAFT + _ACCEPTANCE) == ["eia_draft_comment", "eia_acceptance"]


def test_a_rule_sentence_pointing_back_to_projects_above_stays_in_its_notice():
    page = _ACCEPTANCE + (
        "根据《中华人民共和国行政许可法》及相关规定的要求，我局对上述项目的环境影响报告文件"
        "予以公示，公示期间可提出意见。\n"
        "联系电话：0471-5550199\n"
    )
    assert _read_apart(_CUT_DRAFT, page)


def test_a_review_done_on_the_filing_opens_a_decision_notice_under_a_garbled_line():
    upper = _CUT_DRAFT.replace("2.环\n", "3、.#.y“waJIMFet*uHMft-Mu.njzm\n")
    assert _read_apart(upper, _DECISION)


def test_an_attached_files_name_closes_the_notice_it_is_attached_to():
    upper = (
        _CUT_DRAFT.replace("2.环\n", "联系电话：0471-5550166\n")
        + "某某县青山镇污水处理厂工程征求意见稿公示.docx\n"
    )
    lower = (
        "根据建设项目环境影响评价审批程序的有关规定，2031年3月3日我局受理某某县青山镇"
        "供热管网工程环境影响评价文件。现将该项目环评文件予以公示，"
        "公示期为2031年3月3日-2031年3月9日（5个工作日）。\n"
        "联系电话：0471-5550155（环评股）\n"
    )
    assert _read_apart(upper, lower)


def test_a_files_name_under_a_tables_last_row_heads_a_document_sites_copy():
    page = (
        _DECISION
        + "序号|项目名称|批复文号|批复时间|\n"
        + "1|某某纺织有限公司年产500万米面料项目|某环审〔2031〕7号|2031-3-1|\n"
        + "某某高速公路环评公参说明.docx\n"
        + "《某某高速公路环评公参说明.docx》由会员分享，可在线阅读。\n"
        + "1、某某高速公路环境影响评价公众参与说明。建设单位于2030年5月进行了第一次公示，"
        "公示期间未收到公众意见。\n"
    )
    notices = extract_notices(page).proposals
    assert [p.value("kind") for p in notices] == ["eia_decision"]
    assert "公参说明" not in notices[0].text


def test_one_stray_blank_line_on_a_paste_parts_no_more_than_the_items_it_sits_between():
    # a paste of three notices, one line break between them, with a lone blank (whitespace)
    # line under the first: the other two are still parted where the third starts
    first = _CUT_DRAFT.replace("2.环\n", "联系电话：0471-5550166\n") + " \n"
    assert _read_apart(first, _DECISION, _ACCEPTANCE)


def test_an_attached_files_name_wrapped_before_its_extension_still_closes_its_notice():
    upper = (
        _CUT_DRAFT.replace("2.环\n", "联系电话：0471-5550166\n")
        + "某某县青山镇污水处理厂工程征求意见稿公示.\n"
        + "docx\n"
    )
    lower = (
        "根据建设项目环境影响评价审批程序的有关规定，2031年3月3日我局受理某某县青山镇"
        "供热管网工程环境影响评价文件。现将该项目环评文件予以公示，"
        "公示期为2031年3月3日-2031年3月9日（5个工作日）。\n"
        "联系电话：0471-5550155（环评股）\n"
    )
    assert _read_apart(upper, lower)
