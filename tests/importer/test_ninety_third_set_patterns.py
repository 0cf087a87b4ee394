"""Patterns a ninety-third fresh set of real notices showed (issue #11: builders' and EIA
consultants' own websites, their 新闻/公告 columns): each a sentence of behaviour on a text
written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from notices.importer.contacts import find_phones
from tests.importer.proposals import only as _only


def test_a_phone_extension_set_off_by_an_em_dash_is_kept_with_the_number():
    found = find_phones("联系电话：0371—6652208—2105\n")
    assert [f.value for f in found] == ["0371-6652208-2105"]


def test_a_phone_extension_set_off_by_an_en_dash_is_kept_like_a_hyphened_one():
    found = find_phones("联系电话：0371–6652208–2105；传真：0371-6652209\n")
    assert [f.value for f in found] == ["0371-6652208-2105"]


def test_an_em_dash_phone_in_a_hospitals_draft_notice_is_its_contact_with_the_extension():
    page = (
        "某某县中心医院迁建项目环境影响评价征求意见稿公示\n"
        "根据《环境影响评价公众参与办法》的相关要求，现将本项目征求意见稿及相关信息公示如下：\n"
        "一、征求意见稿全文的网络链接：https://pan.example.com/s/1AbCdEfGh 提取码：k2m9\n"
        "二、建设单位名称：某某县中心医院\n"
        "联系人：王院长\n"
        "联系电话：0371—6652208—2105\n"
        "邮箱：zxyy2031@example.com\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("contact")["phone"] == "0371-6652208-2105"


_GARBLED_FIRST = (
    "某某新材料有限公司板材加工项目\n"
    "发布时间：2022-05-16 09:12\n"
    "、通过现场踏勘及收集资料，了解工程周围环境状况，进行环境现状监测，完成报告书的编制，"
    "上报审批。特此公示，任何单位或个人若有意见或建议，可通过电话、电子邮件等形式向建设单位"
    "或评价单位反映。本公告自公布十日内有效。\n"
    "五、征求公众意见的主要事项目前本项目正处于环境影响评价初期阶段，为使周围居民了解本项目，"
    "特发布此消息。\n"
)


def test_an_untitled_notice_that_says_its_assessment_is_at_its_start_is_a_first_notice():
    # a period is printed ("自公布十日内有效"), but the assessment has only begun: no draft yet
    notice = _only(_GARBLED_FIRST)
    assert notice.value("kind") == "eia_first"


_UNNAMED_FIRST = (
    "根据《中华人民共和国环境影响评价法》和《环境影响评价公众参与办法》（部令第4号）的要求，"
    "现将日处理200吨餐厨垃圾资源化利用项目的有关信息公示如下：\n"
    "如对本项目有意见和看法，可下载并填写建设项目环境影响评价公众意见表。\n"
    "本次征求意见时间为：公告发布后10个工作日内。可通过电子邮件、电话或信函发表意见。\n"
    "在环境影响报告书征求意见稿编制过程中，公众均可向建设单位提出与环境影响评价相关的意见。\n"
)


def test_a_notice_that_sets_out_a_projects_information_below_is_proposed_though_it_names_no_one():
    proposals = extract_notices(_UNNAMED_FIRST).proposals
    assert len(proposals) == 1


def test_the_measures_sentence_on_a_draft_still_being_written_makes_a_first_notice_with_a_period():
    notice = _only(_UNNAMED_FIRST)
    assert notice.value("kind") == "eia_first"


def test_a_draft_notice_that_recalls_the_drafting_stage_stays_a_draft_comment_notice():
    page = (
        "某某热电联产项目环境影响报告书征求意见稿公示\n"
        "某某热电有限公司委托某某环境科技有限公司编制的环境影响报告书已形成征求意见稿，"
        "征求意见稿全文见附件。公示期为10个工作日。在征求意见稿编制过程中，公众均可向建设单位"
        "提出意见，我公司已作记录。\n"
        "联系人：李工 联系电话：13900012345\n"
    )
    assert _only(page).value("kind") == "eia_draft_comment"


def test_an_explainer_of_the_steps_that_sets_out_no_project_is_still_not_proposed():
    page = (
        "环评公众参与有哪些步骤？\n"
        "第一步，现将有关信息向公众公开；第二步，公开征求意见稿；第三步，报批前公开全文。\n"
    )
    assert extract_notices(page).proposals == ()
