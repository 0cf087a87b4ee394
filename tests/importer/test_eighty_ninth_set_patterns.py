"""Patterns an eighty-ninth fresh set of real notices (2023-2024 builder and authority notices,
held-out set 23d) showed (issue #11): each a sentence of behaviour on a text written for the
test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_rebuilds_first_notice_recounting_the_existing_works_approval_is_still_a_first_notice():
    page = (
        "根据《环境影响评价公众参与办法》的有关要求,建设单位在确定承担环境影响评价工作的机构后,"
        "对项目基本信息予以公示,征求社会各界对项目环境影响及环境保护工作的意见和建议:\n"
        "(一)建设项目名称、选址、建设内容等基本情况,改建、扩建项目应当说明现有工程及其环境保护情况;\n"
        "项目名称:某某县丰禾食品厂年加工果脯3000吨扩建项目\n"
        "建设内容:在现有厂区内新建烘干车间一座,购置烘干线两条。\n"
        "现有工程及其环境保护情况:厂区现有《某某县丰禾食品厂年加工果脯800吨项目环境影响报告表》"
        "于2018年5月10日取得某某市生态环境局某某分局批复,审批文号为:某环表[2018]21号,"
        "于2019年4月通过竣工环境保护自主验收。\n"
        "(二)建设单位名称和联系方式;\n"
        "建设单位:某某县丰禾食品厂\n"
        "联系人:周先生 联系电话:13905550147\n"
        "(三)环境影响报告书编制单位的名称;\n"
        "编制单位:某某环保科技有限公司\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "eia_first"
    assert proposal.value("issuer") == "某某县丰禾食品厂"


def test_the_environmental_departments_in_general_are_not_the_ministry_as_issuer():
    page = (
        "我公司已基本完成“年产果汁5000吨项目”环评编写工作,即将报送生态环境部门审批,"
        "现在此处向公众公示环评全本信息内容:\n"
        "(一)建设项目概况\n"
        "年产果汁5000吨项目位于某某县工业园区纬三路8号,由某某县青禾饮品有限公司投资建设。\n"
        "(二)公示时间\n"
        "自本公示之日起5个工作日内。\n"
        "(三)联系方式\n"
        "联系人:林先生 联系电话:0595-5550132\n"
    )
    proposal = _only(page)
    assert "生态环境部" not in (proposal.value("issuer") or "")


def test_a_second_notice_by_count_putting_up_the_report_about_to_be_submitted_is_pre_submission():
    page = (
        "某某县青禾饮品有限公司年产果汁5000吨项目环境影响评价第二次信息公示\n"
        "我公司已基本完成该项目环评编写工作,即将报送生态环境主管部门审批,根据《环境影响评价"
        "公众参与办法》,现在此向公众公示环评全本信息内容。\n"
        "公示时间:自本公示之日起5个工作日内。\n"
        "建设单位:某某县青禾饮品有限公司 联系电话:0595-5550132\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "eia_pre_submission"
