"""Patterns a hundred-and-forty-sixth fresh set of real notices showed (issue #11: notices by
industrial-park management committees and township governments: park plan EIAs, tracking
assessments, the park's and the township's own works): each a sentence of behaviour on a text
written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_an_account_cut_above_its_heading_that_tells_two_publicity_stages_as_done_is_no_notice():
    page = (
        "1、概述\n"
        "某某县城区生活垃圾转运站扩建工程属新建项目，项目总投资1200万元，建设地点位于某某镇"
        "某某村北侧，日转运生活垃圾80t。\n"
        "2、公示信息及征求意见\n"
        "我单位委托环评机构开展环评工作7日内，于2019年3月5日在某某网"
        "（http://www.example.com/a/2019/0305/1.html）进行了第一次网络公示。\n"
        "报告书编制过程中，我单位于2019年4月8日在某某网"
        "（http://www.example.com/a/2019/0408/2.html）和某某镇人民政府公示栏进行了二次公示。"
        "环评单位提供了纸质版报告简本供公众查阅，在公示中预留了联系方式听取公众意见，公示期间"
        "公示信息处于公开状态。\n"
        "我单位于2019年4月9日~4月22日在评价区发放公众参与调查表60份，收回58份，被调查单位均"
        "支持本项目的建设，无反对意见。\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_notice_that_recounts_both_earlier_stages_and_now_puts_the_report_up_stands():
    page = (
        "某某工业园区污水处理厂工程环境影响报告书报批前公示\n"
        "本项目已于2021年5月6日在某某镇人民政府网站进行了第一次公示，于2021年6月10日进行了"
        "第二次公示。现将《某某工业园区污水处理厂工程环境影响报告书》全本及公众参与说明进行"
        "报批前公示。\n"
        "建设单位：某某工业园区管理委员会 联系电话：0000-1234567\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_submission"
    assert notice.value("issuer") == "某某工业园区管理委员会"


def test_a_park_committees_tracking_assessment_put_up_in_draft_calls_for_comment():
    page = (
        "《某某县产业集聚区发展规划环境影响跟踪评价报告书》目前已基本编制完成，根据环境影响"
        "评价法及环境影响评价公众参与办法的有关要求，现将跟踪评价有关信息公告如下：\n"
        "一、建设单位：某某县产业集聚区管理委员会\n"
        "二、本跟踪评价报告书征求意见稿全文的网络链接见附件1，如需查阅纸质报告书请至管委会"
        "综合办查阅。\n"
        "三、公众意见表见公告附件2。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某县产业集聚区管理委员会"
