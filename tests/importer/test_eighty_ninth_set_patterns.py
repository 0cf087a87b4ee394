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
