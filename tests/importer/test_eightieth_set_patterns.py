"""Patterns an eightieth fresh set of real notices (Beijing, Tianjin, Hebei, Shanxi and Inner
Mongolia, all media) showed (issue #11): each a sentence of behaviour on a text written for the
test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_the_body_that_announces_what_follows_about_its_project_issues_a_first_notice():
    page = (
        "某某至某某二级公路改建工程环境影响评价第一次公示\n"
        "某某公路改建工程是某某省干线公路网规划中的重要路段,建成后将改善沿线群众出行条件。\n"
        "按照《环境影响评价公众参与办法》(生态环境部令第4号)的要求,某某县交通运输局针对该工程"
        "公告如下信息:\n"
        "一、项目概况\n"
        "路线全长23.6km,起于某某村东,止于某某镇北,按二级公路标准建设。\n"
    )
    assert _only(page).value("issuer") == "某某县交通运输局"


def test_the_body_that_says_it_puts_the_following_up_on_the_project_issues_it():
    page = (
        "某某物流园配套道路工程环境影响评价公众参与第一次公示\n"
        "为听取公众意见,某某物流园区管理委员会现就该工程环境影响评价有关事项公示如下:\n"
        "一、建设内容\n"
        "新建园区道路4.2km及配套雨污管网。\n"
        "二、公众意见表的网络链接\n"
        "http://www.example.cn/gongshi/yijianbiao.docx\n"
    )
    assert _only(page).value("issuer") == "某某物流园区管理委员会"
