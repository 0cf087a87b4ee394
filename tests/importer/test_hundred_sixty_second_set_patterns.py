"""Patterns a hundred-and-sixty-second fresh set of real notices showed (issue #11: notices of
2020-2026 from Jilin, Heilongjiang, Liaoning, Inner Mongolia and Shanxi, builders' stages and
bureaus' pre-approvals and decisions): each a sentence of behaviour on a text written for the
test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_builder_naming_its_stage_as_the_report_sent_for_approval_is_a_pre_submission():
    page = (
        "某某市发展和改革委员会于2023年5月8日出具了项目备案证明。某某省环境技术评估中心于2023年"
        "9月12日主持召开《某某钢铁有限公司某某高炉置换工程环境影响报告书》技术评估会。\n"
        "目前，评价单位已完成了该报告书的修改工作。根据《中华人民共和国环境影响评价法》、"
        "《环境影响评价公众参与办法》（生态环境部令第4号）的相关规定，现开展该项目环境影响报告书"
        "报送行政审批前公示工作，听取社会各界的意见和建议，公示材料如下：\n"
        "1、项目名称：某某钢铁有限公司某某高炉置换工程\n"
        "2、意见反馈方式：公众可通过信函、电子邮件或电话等方式将意见提交建设单位。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_submission"


def test_a_draft_notice_that_sets_out_its_information_now_stands_despite_a_tally_of_no_views():
    page = (
        "本项目环境影响评价工作正在开展，环境影响报告书征求意见稿现已形成，按《环境影响评价公众"
        "参与办法》有关规定，现公示如下信息：\n"
        "（一）环境影响报告书征求意见稿全文的网络链接：https://pan.baidu.com/s/1MouMouExample\n"
        "（二）征求意见的公众范围：项目周边居民及关心该项目建设的单位和个人。\n"
        "（三）公众提出意见的方式和途径：可通过电子邮件、电话等方式发表意见。\n"
        "建设单位：某某锌业科技有限公司\n"
        "联系人：某某 联系电话：13900001111\n"
        "（四）公众提出意见的起止时间：本公告发布后10个工作日内。\n"
        "截止到2023年4月28日，未收到任何反馈意见。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("contact")["phone"] == "13900001111"


def test_the_day_a_tally_of_no_views_was_taken_is_no_end_of_the_period():
    page = (
        "某某项目环境影响报告书征求意见稿已形成，现公开下列信息，征求与该建设项目环境影响有关的"
        "意见：\n"
        "一、征求意见稿全文网络链接：https://pan.baidu.com/s/1MouMouExample\n"
        "二、公众提出意见的方式：电子邮件、信函。建设单位：某某锌业科技有限公司 联系电话："
        "13900001111\n"
        "三、公众提出意见的起止时间：本公告发布后10个工作日内。\n"
        "截止到2023年4月28日，未收到任何反馈意见。\n"
    )
    window = _only(page).value("window")
    assert window is not None
    assert "ends_on" not in window
    assert window["length"] == 10
    assert window["unit"] == "working_days"
