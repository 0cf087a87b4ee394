"""Patterns a two-hundred-and-seventy-third fresh set of real notices showed (issue #11:
organic-fertilizer plants, biogas and biomass works, straw utilisation, edible-fungus and manure
works, any stage): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only

#: A farm park's notice cut above its title, its sections the builder, the consultant, then the
#: impacts and the measures (the 2006 measures' second-notice items), no period left.
IMPACTS_FIRST_WORDED = (
    "一、项目概况\n"
    "某某生态农业园区位于某某镇东侧，规划占地面积12hm2，分为食用菌生产区、有机肥加工区和"
    "养殖区，总投资1.2亿元。\n"
    "二、建设单位\n"
    "某某生态农业有限公司 地址：某某镇某某村 邮编：100000 联系人：某某 联系电话：0123-4567890\n"
    "三、评价单位\n"
    "某某环境科技有限公司 联系人：某工 电话：0123-7654321 E-mail：someone@example.com\n"
    "四、项目对环境可能造成的影响\n"
    "施工期大气环境影响主要为扬尘，声环境影响主要为施工噪声；运行期主要为有机肥发酵恶臭、"
    "菌料粉碎粉尘和生活污水。\n"
    "五、项目采取的环境保护措施\n"
    "发酵车间密闭并设生物除臭装置，粉尘经布袋除尘器处理后经15m排气筒排放，生活污水经化粪池"
    "处理后用于农灌。\n"
)


def test_an_untitled_notice_headed_with_the_works_impacts_on_the_environment_is_a_draft_notice():
    # "四、项目对环境可能造成的影响" is the 2006 measures' second-notice item worded with the
    # environment first: the impacts the assessment found, which no first notice sets out
    notice = _only(IMPACTS_FIRST_WORDED)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("contact")["phone"] == "0123-4567890"


def test_numbered_headings_of_the_impacts_of_each_phase_make_an_announcement_a_draft_notice():
    # an announcement of participation that sets out what the assessment found, phase by phase
    # ("二、施工期环境影响", "三、营运期环境影响"), its period cut from the copy
    page = (
        "根据《环境保护公众参与办法》和《环境影响评价公众参与暂行办法》有关规定，现对某某生态"
        "循环农业园建设项目环境影响评价进行公众参与公告。希望广大公众积极参与，对项目建设提出"
        "环保建议。\n"
        "一、项目概况\n"
        "项目位于某某镇某某村，年出栏生猪2万头，配套建设沼气工程及有机肥车间。\n"
        "二、施工期环境影响\n"
        "施工扬尘、噪声经洒水、围挡等措施后影响较小。\n"
        "三、营运期环境影响\n"
        "粪污经沼气工程处理后沼液还田，沼渣生产有机肥，对周围环境影响较小。\n"
    )
    assert _only(page).value("kind") == "eia_draft_comment"


def test_a_builders_notice_under_the_disclosure_guide_with_no_stage_or_period_is_pre_submission():
    # a small works' builder putting it up under 环办〔2013〕103号 (the report's full text public
    # before the authority accepts it), its name masked by an aggregator: no first notice
    page = (
        "根据《环境影响评价公众参与办法》、《关于印发<建设项目环境影响评价政府信息公开指南"
        "（试行）>的通知》（环办【2013】103号）等有关规定，现将本项目进行公示，以接受公众的监督。"
        "现将有关情况公示如下：\n"
        "******有限公司秸秆颗粒燃料生产项目；\n"
        "（2）建设地点：某某县某某镇某某村；\n"
        "（3）建设性质：新建；\n"
        "项目租用闲置厂房，建设秸秆颗粒生产线一条，年产颗粒燃料3000吨。\n"
    )
    assert _only(page).value("kind") == "eia_pre_submission"
