"""Patterns a fresh set of EIA notices as document-sharing and mirror sites carry them showed
(issue #11): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only

# A mirror that deleted every Latin letter and figure of a planning EIA's draft-comment notice:
# its links are left as their punctuation, its mailbox as "_@.", its phones as empty labels.
_STRIPPED = (
    "根据《中华人民共和国环境影响评价法》和生态环境部年月日发布的《环境影响评价公众参与办法》"
    "的要求，对某某港总体规划（年）修订环境影响评价有关信息公开如下：\n"
    "一、规划名称：某某港总体规划（年）修订，规划将某某港划分为个港区。\n"
    "二、征求意见稿全文的网络链接：://../\n"
    "三、公众意见表的网络链接：://.../////.\n"
    "四、规划编制机关：某某市交通运输局\n"
    "联系电话：\n"
    "联系人：张科长\n"
    "环评单位：某某环境技术有限公司\n"
    "联系电话：\n"
    "电子信箱：_@.\n"
    "五、公众提出意见的起止时间：本公告公示之日起个工作日\n"
    "某某市交通运输局\n"
    "年月日\n"
)


def test_a_mirror_copy_whose_links_and_mailbox_lost_their_letters_is_still_a_notice():
    notice = _only(_STRIPPED)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某市交通运输局"
    assert notice.value("links") == []


def test_a_form_with_its_contact_labels_left_empty_is_still_no_notice():
    page = (
        "某某项目环境影响评价第二次公示（范本）\n"
        "一、环境影响报告书征求意见稿全文的网络链接：\n"
        "二、公众提出意见的起止时间：年月日至年月日\n"
        "建设单位：\n"
        "联系人：\n"
        "联系电话：\n"
        "电子邮箱：\n"
    )
    assert not extract_notices(page).proposals


def test_a_grid_company_building_the_works_it_says_are_needed_is_the_builder():
    page = (
        "为保障公众环境保护知情权、参与权、表达权和监督权，依据《环境影响评价公众参与办法》，"
        "现公开下列信息，征求与该建设项目环境影响有关的意见。\n"
        "一、项目概况 为满足某某渔光互补光伏项目所发电力送出需求，某某省电力有限公司某某供电"
        "分公司建设某某光伏发电项目配套110千伏送出工程（以下简称“本项目”）十分必要。\n"
        "二、环境影响报告书征求意见稿全文的网络链接 某某供电分公司网站\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某省电力有限公司某某供电分公司"
