"""Patterns a sixty-fourth fresh set of real notices showed (issue #11, held-out set 19c:
EIA draft-comment and pre-submission notices, calls for comments): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_call_for_comments_on_a_trial_guideline_is_not_an_eia_draft():
    # a department's own draft EIA rule issued "(试行)", put out for comment by the text
    # itself: its 征求意见稿 is no EIA report's draft (nor a rule the text merely cites)
    page = (
        "为规范规划环境影响评价中的污水接管评估，我厅组织起草了《园区规划环境影响评价污水"
        "接管评估技术指南（试行）（征求意见稿）》，现向社会公开征求意见，意见反馈截止时间为"
        "2025年9月30日。"
        "意见请书面反馈我厅，电子版发送至pinggu@example.gov.cn。\n"
        "某某省生态环境厅\n"
        "2025年9月10日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2025-09-30"


def test_the_body_that_says_it_holds_the_second_publicity_issues_it():
    # no signature and no 建设单位 label: the sentence naming who holds the publicity does
    page = (
        "按照《环境影响评价公众参与办法》要求，规划环境影响报告书征求意见稿编制完成后，"
        "某某县高新技术产业园区管理委员会进行了第二次环境影响评价信息公示，内容如下：\n"
        "一、征求意见稿全文的网络链接：https://pan.example.com/s/1AbCdEfGh\n"
        "二、函索纸质报告书联系方式\n"
        "名称：某某县高新技术产业园区管理委员会规划建设办公室\n"
        "联系人：钱某某\n"
        "联系方式：0471-5550123\n"
        "三、公众提出意见的起止时间\n"
        "2025年3月3日 - 3月14日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某县高新技术产业园区管理委员会"
    assert notice.value("window")["ends_on"] == "2025-03-14"
