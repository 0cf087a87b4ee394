"""Patterns a two-hundredth fresh set of real notices showed (issue #11: factories' notices in
the Pearl River Delta cities, Dongguan, Foshan, Zhongshan, Jiangmen, Huizhou, Zhuhai): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_an_extension_set_off_by_a_dash_on_a_number_without_area_code_is_kept():
    page = (
        "某某电子（某某）有限公司电镀线改扩建项目环境影响评价第一次公示\n"
        "建设单位：某某电子（某某）有限公司\n"
        "联系人：某先生\n"
        "联系电话：83880000-32100\n"
        "公众可通过信函、电子邮件等方式向建设单位提出意见。\n"
    )
    notice = _only(page)
    assert notice.value("contact")["phone"] == "83880000-32100"


_ACCEPTANCE_PUT_UP = (
    "2021年6月1日，某某机电有限公司根据《建设项目环境保护管理条例》、《建设项目竣工环境保护验收"
    "暂行办法》等规定，自主召开"
    "《某某机电有限公司年产配件10万套扩建项目》竣工环境保护验收会。\n"
    "建设单位某某机电有限公司组织成立了验收工作组，经讨论，同意该项目通过竣工环境保护自主验收。"
    "于2021年06月01日开始在某某环保网站上进行了《某某机电有限公司年产配件10万套扩建项目》"
    "竣工环境保护验收报告和验收意见的全本信息公开，公示文本与报批文本一致。公示期限为即日起20天，"
    "公示期间如有不同意见可与某某机电有限公司联系，联系人：某某，电话：13900001111\n"
)


def test_a_completion_acceptance_saying_its_text_matches_the_one_on_file_is_no_pre_submission():
    # ("报批文本一致。公示…": the sentence ends between the two words)
    assert _only(_ACCEPTANCE_PUT_UP).value("kind") == "other"


def test_the_builder_named_run_on_before_the_group_it_formed_is_the_issuer():
    assert _only(_ACCEPTANCE_PUT_UP).value("issuer") == "某某机电有限公司"


def test_the_day_a_text_went_up_on_the_site_it_names_is_its_publication_day():
    assert str(_only(_ACCEPTANCE_PUT_UP).value("published_on")) == "2021-06-01"


def test_a_report_and_statement_put_up_as_numbered_attachments_is_a_pre_submission_notice():
    page = (
        "根据《环境影响评价公众参与办法》的要求，现将《某某纺织有限公司改扩建项目环境影响报告书》"
        "全文（附件1）及《某某纺织有限公司改扩建项目环境影响评价公众参与情况说明》（附件2）进行公示，"
        "征求公众对该建设项目环境影响的意见。\n"
        "一、项目概况\n"
        "某某纺织有限公司位于某某市某某工业区，拟对现有厂区进行改扩建。\n"
        "二、征求意见的公众范围\n"
        "项目环境影响评价范围内的所有公众。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_submission"


def test_a_guide_that_announces_a_procedures_steps_is_no_notice():
    page = (
        "某某市建设项目环评审批程序如下：\n"
        "准备材料\n"
        "企业先请环评单位到厂里踏勘，看看是否具备办理条件。\n"
        "报告编写\n"
        "环评单位依据企业资料写出环境影响评价报告。\n"
        "送审\n"
        "报告写好后交到当地环保局审批并在网上公示。\n"
        "环保局先做初审，再把报告内容公示出来，公示期一般为10日。\n"
        "核查与公示\n"
        "环保局派人到现场核查，分析项目的工艺和污染物。\n"
        "将核查结果和拟审批意见在环保局网站公示，接受社会监督。\n"
        "批复\n"
        "公示期满无异议的，环保局按时出具批复。\n"
        "\n"
        "某某塑料有限公司新建项目环境影响评价第一次公示\n"
        "建设单位：某某塑料有限公司\n"
        "联系电话：0760-88000000\n"
        "公众可通过信函、电子邮件等方式向建设单位提出意见。\n"
    )
    proposals = extract_notices(page).proposals
    assert [p.value("kind") for p in proposals] == ["eia_first"]


def test_a_forum_copy_flattened_under_its_edit_line_is_read_by_its_run_in_title():
    page = (
        "本帖最后由 某某 于 2019-9-2 14:19 编辑\n"
        "某某空调设备有限公司年产保温材料建设项目环境影响评价第二次公示 一、建设项目概要 "
        "某某空调设备有限公司年产保温材料建设项目位于某某市某某工业园，新建厂房两座。 "
        "二、可能对环境造成的影响及环保措施 废气经收集后经活性炭吸附处理，对周边环境影响不大。 "
        "三、结论 建设项目符合国家和地方的产业政策，选址合理\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"


def test_an_eia_notice_by_its_number_that_names_a_supplier_is_no_procurement():
    page = (
        "某某塑胶制品有限公司扩建项目环境影响评价第二次公示 一、建设项目概要 "
        "某某塑胶制品有限公司扩建项目位于某某市某某镇，年产塑胶制品500吨。 "
        "二、主要环境影响及环保措施 生活污水经化粪池处理后排入市政管网；废原料桶由供应商回收利用。 "
        "三、环境影响评价结论 在落实各项环保措施后，项目建设从环境保护角度可行\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
