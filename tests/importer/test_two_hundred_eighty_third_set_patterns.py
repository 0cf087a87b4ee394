"""Patterns the two-hundred-and-eighty-third fresh set showed (issue #11). Its focus: industrial
gases and utilities inside parks (air separation, industrial-gas and special-gas filling,
acetylene, hydrogen, park wastewater plants, steam and heat supply) at every EIA stage and the
authorities' approval-stage notices. Each test is a sentence of behaviour on a text written for
the test, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only

_NEWS = (
    "来源：某某能源网 时间：2025-03-02 10:15\n"
    "某某能源网讯 某某省住房和城乡建设厅近日印发通知，就某某省加氢站建设运营管理办法征求"
    "社会意见，办法对加氢站规划、建设和运营提出了要求。\n"
    "办法明确，在符合规划的前提下，允许在化工园区外建设制氢加氢一体站。\n"
)

_SECOND_UNDER_CONTACT_STRIP = (
    "公示登记\n"
    "Information Disclosure\n"
    "联系我们\n"
    "CONTACT US\n"
    "电话：\n"
    "0990-1234567\n"
    "0990-1234568\n"
    "邮箱：\n"
    "SITEBOX@163.COM\n"
    "地址：\n"
    "某某市某某路88号\n"
    "某某环保产业协会\n"
    "某某气体有限公司工业气体充装项目环境影响评价公众参与第二次公示\n"
    "2019-05-06 / :88\n"
    "2019年3月，某某气体有限公司委托某某环保科技有限公司承担该项目的环境影响评价工作。"
    "本项目第一次公示期间未收到公众意见，目前环境影响报告书初稿已完成，现进行第二次公示。\n"
    "一、建设项目情况简述\n"
    "项目名称：某某气体有限公司工业气体充装项目\n"
    "项目内容：建设溶解乙炔生产装置及氧气、氮气充装装置。\n"
)


def test_a_notice_under_a_sites_contact_strip_keeps_its_posting_day_beside_another_item():
    # (the strip's labels, numbers, mailbox and English captions are thin furniture: the title
    # under them opens the item, and the posting line under the title dates it)
    page = f"{_NEWS}\n{_SECOND_UNDER_CONTACT_STRIP}"
    proposals = extract_notices(page).proposals
    assert [p.value("kind") for p in proposals] == ["eia_draft_comment"]
    assert proposals[0].value("published_on").isoformat() == "2019-05-06"


def test_a_builder_labelled_as_the_project_unit_is_the_issuer():
    notice = only(
        "根据《环境影响评价公众参与办法》的相关要求，现将本项目环评的有关情况进行第二次公示。\n"
        "（一）建设项目情况名称及概要\n"
        "项目名称：年产**吨高纯特种气体充装线项目；\n"
        "性质：扩建；\n"
        "项目单位：某某特气科技有限公司；\n"
        "建设地点：某某市某某经济开发区某某路西侧；\n"
        "（二）环境影响报告书征求意见稿全文、公众意见表的网络链接及查阅纸质报告书的方式和途径\n"
        "通过网络链接查看环境影响报告书征求意见稿和公众意见表。\n"
        "（三）公众提出意见的起止时间\n"
        "自本公示发布之日起十个工作日内。\n"
    )
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某特气科技有限公司"


def test_a_2006_first_notice_with_its_procedure_item_split_from_its_work_contents_is_first():
    # (the interim measures' art. 8 (4) item, "环境影响评价的工作程序和主要工作内容", printed as
    # a heading of its own with the work contents as a sub-item under it)
    notice = only(
        "根据《环境影响评价公众参与暂行办法》的有关规定，现将某某工业园区管理委员会"
        "“某某工业园区污水处理厂”环境影响评价的有关信息予以公示：\n"
        "一、项目名称及概要\n"
        "1.项目名称：某某工业园区污水处理厂\n"
        "2.主要建设内容及规模：新建一座处理能力为2万m3/d的污水处理厂。\n"
        "二、建设单位名称及联系方式\n"
        "1.建设单位名称：某某工业园区管理委员会\n"
        "2.电话：138****0000\n"
        "三、环境影响评价单位名称及联系方式\n"
        "1.单位名称：某某环保咨询有限公司\n"
        "四、环境影响评价工作程序\n"
        "1.环境影响评价工作程序\n"
        "⑴评价单位接受委托进行现状调查；\n"
        "⑵编制环境影响报告书；\n"
        "2.主要工作内容\n"
        "⑴工程分析；\n"
    )
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某工业园区管理委员会"


def test_a_document_sites_listing_of_a_completion_report_named_as_publicity_is_no_notice():
    # (the file's name says 验收公示; what the listing shows is the report's own cover)
    name = "环境影响评价报告公示：某某气体空分装置竣工环境保护验收公示环评报告.doc"
    page = (
        f"{name}\n"
        "上传人：某某 文档编号：123456 上传时间：2023-02-26 格式：DOC 页数：21 大小：200KB\n"
        "返回 下载 相关 举报\n"
        f"{name}_第1页\n"
        "第1页 / 共21页\n"
        f"{name}_第2页\n"
        "第2页 / 共21页\n"
        "点击查看更多>>\n"
        "资源描述\n"
        f"《{name}（21页珍藏版）》由会员分享，可在线阅读，更多相关文档请在某某文库上搜索。\n"
        "1、建设项目竣工环境保护验收监测调查表 项目名称：某某气体有限公司20000Nm3/h空分装置"
        "项目 委托单位：某某气体有限公司 某某市环境监测站 2015.06 报告编制说明 1、本报告按验收"
        "监测依据编制。2、本报告涂改无效。\n"
    )
    assert not extract_notices(page).proposals
