"""Which kind of notice a text is, from its title first and its body second."""

from __future__ import annotations

import re

from ..deadlines.windows import KINDS as _REGISTRY

#: Every kind code: the registry's (deadlines/windows.py), so a new kind is known here too.
KINDS = tuple(_REGISTRY)
COMPANY_KINDS = frozenset(
    {"liquidation", "capital_reduction", "merger", "division", "deregistration_simplified"}
)
EIA_KINDS = frozenset(code for code in KINDS if code.startswith("eia_"))

#: Environmental notices that are not a stage of the EIA procedure (completion acceptance,
#: discharge permits, post-assessment).
#: (a builder's disclosure of the day its environmental facilities were finished and of their
#: commissioning period, art. 11 of 国环规环评〔2017〕4号: "…环境保护设施竣工及调试日期公示")
NOT_EIA_STAGE = re.compile(r"验收|排污许可|后评价|突发环境事件|应急预案|竣工|调试")
#: A development zone's publicity of a project it means to take in ("某某开发区拟进项目公示",
#: "拟引进项目公示", "拟入园项目公示", "项目准入公示"): the zone's own procedure, which may list
#: the project's impacts and measures and take objections, not a stage of the EIA publicity.
PROJECT_INTAKE = re.compile(
    r"拟(?:引进|进驻|入驻|入园|落户|进)(?:的)?(?:建设)?项目(?:公示|公告)|项目准入公示"
)
#: What a first notice (Measures art. 9) asks for when it names no stage and sets no period:
#: the public's opinions on a project being assessed, on the opinion form.
#: (or the assessment's "工作程序和主要工作内容", art. 9 (3), that only a first notice sets out)
FIRST_NOTICE_CONTENT = re.compile(
    r"征求公众意见的主要事项|公众意见表|征求.{0,6}公众.{0,4}意见|工作程序(?:和|及|与)(?:主要)?工作内容|"
    # the items of Measures art. 9 as headings: "（三）环境影响报告书编制单位的名称"
    r"报告[书表]编制单位的名称|"
    # (or as sites word it, the maker's name with its contact: "三、环境影响报告书编制单位和
    # 联系方式")
    r"报告[书表]编制单位(?:名称)?(?:和|及|与)联系方式|"
    # ... or of the 2006 interim measures' art. 8 (3): "三、承担评价工作的环境影响评价机构的
    # 名称和联系方式", an item no later notice of that regime repeats
    r"承担评价工作的环境影响评价机构|"
    # (the same items as sites word them: "四、环境影响评价的工作程序及主要内容", "三、承担评价
    # 工作的环境影响机构名称和联系方式")
    r"工作程序(?:和|及|与)主要内容|承担评价工作的环境影响机构|"
    # (or in a builder's short words for it, as the Measures' art. 9 (3) item: "三、承担环评
    # 工作的评价机构")
    r"承担环评工作的(?:环境影响)?(?:评价|环评)机构|"
    # (or art. 8 (3)'s heading shortened, its 承担评价工作的 dropped: "三、环境影响评价机构的
    # 名称和联系方式", the assessing body named as it starts its work; or shorter still, as a
    # builder's site words the Measures' art. 9 (3) item: "三、环境影响评价机构及联系方式")
    r"(?:环境影响)?评价机构(?:的)?(?:名称)?(?:和|及|与)联系方式|"
    # (an aggregator's copy that keeps the items of the call but not its stage: "三、征求意见
    # 的公众范围" / "并将征求意见表反馈至邮箱")
    r"征求意见的公众范围|征求意见表|"
    # (or the people asked named as those concerned, the verb its synonym 征询: "在项目论证阶段
    # 征询与该项目有关的个人和单位对该项目的建设及环境保护等方面的意见和建议")
    r"征[求询]与(?:该|本)?(?:项目|工程)有关的(?:个人|公民|单位)[^。；\n]{0,40}?意见|"
    # (or why the project is put up, when nothing is offered yet: "现对本项目建设有关环境保护的
    # 情况进行公示，以便广泛了解社会公众对本项目建设的态度")
    r"了解(?:社会)?公众对(?:本|该)?(?:建设)?(?:项目|工程)[^。；\n]{0,16}?(?:态度|意见)|"
    # (or the assessment said to be under way as the project is put up, nothing drafted yet:
    # "某某工程正在进行环境影响评价工作，…现对本项目环境影响评价情况进行公示"; or said to be
    # needed: "某某项目需开展环境影响评价工作，…现对该项目环境影响评价信息进行公示")
    r"(?:正在|需要?)(?:进行|开展)[^。；\n]{0,8}?(?:环境影响评价|环评)工作|"
    # (or the interim measures' art. 8 (4) as a heading, its 工作程序 left out: "三、环境影响
    # 评价的主要工作内容", an item no later notice repeats; also run on in a copy flattened to
    # one line, its 工作 dropped: "…予以公示： 一、工程概况 … 二、环境影响评价主要内容 本项目
    # 的环境影响评价工作将…", not a second notice's "主要内容及结论")
    r"(?:^|[\s。；;])[一二三四五六七八九十\d]{1,2}\s*[、.．]\s*(?:环境影响评价|环评)(?:的)?"
    r"主要(?:工作)?内容(?![^。；\n]{0,4}结论)|"
    # (or art. 8 (4) split in two, its procedure a numbered heading alone on its line and the
    # work contents a sub-item under it: "四、环境影响评价工作程序" … "2.主要工作内容")
    r"(?:^|\n)[ \t]*(?:[一二三四五六七八九十]{1,2}\s*[、.．]|\d{1,2}\s*[、.．](?!\d)"
    r"|[（(][一二三四五六七八九十\d]{1,2}[)）])\s*(?:环境影响评价|环评)(?:的)?"
    r"工作程序[ \t]*\n(?=(?:[^\n]*\n){0,8}?[ \t]*[\d（(]{1,2}[)）]?\s*[、.．]?\s*主要工作内容)|"
    # (or that heading shortened, alone on its line over the steps the assessment will take:
    # "二、环评工作程序\n某某公司现已委托…编制《…报告书》，有关工作程序如下：…")
    r"(?:^|\n)[ \t]*(?:[一二三四五六七八九十]{1,2}\s*[、.．]|\d{1,2}\s*[、.．](?!\d)"
    r"|[（(][一二三四五六七八九十\d]{1,2}[)）])\s*(?:环境影响评价|环评)(?:的)?"
    r"工作程序[ \t]*\n|"
    # (or art. 9 (2) as the second heading, under the project's outline: "一、项目概况 … 二、
    # 建设单位的名称和联系方式"; a later notice's items open with the draft or the report)
    r"(?:^|\n)[ \t]*(?:二\s*[、.．]?|2\s*[、.．]|[（(][二2][)）]\s*[、.．]?)"
    r"\s*建设单位(?:的)?名称(?:和|及|与)联系方式"
)
#: What a draft-comment notice offers that a first notice cannot yet: the draft report itself.
_DRAFT_OFFERED = re.compile(
    # (not the consultant "报告表编制单位" a first notice names)
    r"征求意见稿|报告[书表][^。；\n]{0,12}(?:全文|链接|下载|查阅|索取)|简本|报告表(?!编制)|"
    # ... or the report attached, or the scope of the public asked, which only a draft-comment
    # notice sets out (Measures art. 10 (2); a first notice's items are art. 9's)
    r"附件\s*[：:]\s*《[^《》\n]{0,60}报告[书表]》|征求意见的公众范围"
)
#: The assessment's conclusions as a heading of the notice: "2、环境影响评价结论", "（三）评价
#:结论"; or as the 2006 interim measures' art. 9 (4) words it: "三、环境影响报告书提出的环境影响
#: 评价结论的要点".
#: (A copy flattened to one line keeps the heading's number after a space or a full stop: "…
#: 对项目所在区域环境影响较小。 三、环境影响评价主要结论 某某项目具有明显的环境效益…".)
_CONCLUSION_GIVEN = re.compile(
    r"(?:(?:^|\n)\s*(?:[\d一二三四五六七八九十]{1,2}[、.．]|[（(][\d一二三四五六七八九十]{1,2}[）)])?"
    r"|[ \t　。；;]\s*(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[）)]))\s*"
    r"(?:环境影响报告[书表]提出的)?(?:环境影响)?评价(?:的)?(?:主要)?结论"
)
#: The 2006 interim measures' second notice by the items art. 9 has it set out, which its first
#: notice (art. 8: "建设项目的名称及概要") does not: "（一）建设项目情况简述", "（三）预防或者减轻
#: 不良环境影响的对策和措施的要点", "环境影响评价结论的要点" (a copy cut before its conclusions
#: and period keeps them).
#: (also its item (二), "建设项目对环境可能造成影响的概述", and the moment art. 9 sets for it,
#: "在报送环境保护行政主管部门审批前，…公示如下", the authority under its pre-2018 name)
_SECOND_NOTICE_ITEMS = re.compile(
    r"建设项目(?:的)?情况简述|措施的?要点|结论的?要点|建设项目对环境可能造成(?:的)?(?:主要)?影响|"
    # (the item worded the other way round: "二、建设项目可能对环境造成的概述")
    r"建设项目可能对环境造成(?:的)?(?:主要)?(?:影响)?(?:的)?概述|"
    # (or that item as a heading of its own line, worded "项目可能造成的环境影响", the impacts
    # the assessment found set out under it: a first notice only asks about them, in a
    # sentence, "公众对项目可能造成的环境影响…的意见")
    r"(?:^|(?<=\n))\s*(?:[一二三四五六七八九十\d]{1,2}\s*[、.．]|[（(][一二三四五六七八九十\d]{1,2}[）)])?"
    r"\s*(?:建设)?项目(?:建成后)?可能(?:造成|产生)的(?:主要)?环境影响\s*[：:]?\s*(?=\n|$)|"
    # (or worded with the environment first, "四、项目对环境可能造成的影响", the same heading
    # of its own line; or the impacts found phase by phase under numbered headings, "二、施工期
    # 环境影响", "三、营运期环境影响": what the assessment found, which a first notice has not)
    r"(?:^|(?<=\n))\s*(?:[一二三四五六七八九十\d]{1,2}\s*[、.．]|[（(][一二三四五六七八九十\d]{1,2}[）)])?"
    r"\s*(?:建设)?项目对(?:周[围边])?环境可能(?:造成|产生)的(?:主要)?影响\s*[：:]?\s*(?=\n|$)|"
    r"(?:^|(?<=\n))\s*(?:[一二三四五六七八九十\d]{1,2}\s*[、.．]|[（(][一二三四五六七八九十\d]{1,2}[）)])"
    r"\s*(?:施工期|营运期|运营期|运行期)(?:的)?(?:主要)?环境影响(?:分析)?\s*[：:]?\s*(?=\n|$)|"
    # (or worded as the problems the works may bring, over the stages they arise in, the
    # impacts then set out under it: "建设过程中及投入运营后可能存在的主要环境问题：")
    r"(?:^|(?<=\n))[^\n。，,；;：:]{0,16}?可能(?:存在|产生|出现)的(?:主要)?环境问题\s*[：:]\s*(?=\n|$)|"
    r"在报送(?:环境保护|环保)行政主管部门审批(?:或者?重新审核)?前|"
    # (or the report's summary as an item of the notice: "5、环境影响评价报告内容摘要：…", a
    # report that is written; a first notice has none to sum up)
    r"(?:环境影响(?:评价)?|环评)报告[书表]?(?:的)?(?:内容)?摘要\s*[：:]|"
    # (or the measures the assessment proposes as a heading of the notice, as a plan's EIA sets
    # them out with the plan: "二、拟采取的主要环境保护措施"; measures come out of an assessment
    # made, a first notice has none to give; a copy flattened to one line keeps the heading
    # after a full stop: "…为文化旅游片区。二、拟采取的主要环境保护措施")
    r"(?:^|(?<=[\n。；;：:]))\s*(?:[一二三四五六七八九十\d]{1,2}\s*[、.．]|[（(][一二三四五六七八九十\d]{1,2}[）)])"
    r"\s*(?:[一二三四五六七八九十\d]{1,2}\s*[、.．])?\s*拟采取的(?:主要)?"
    r"(?:环境保护|环保|污染防治|生态(?:环境)?保护)(?:(?:和|及|与)?对策)?措施"
)
#: The paper copy of the report offered to read or ask for (Measures art. 10 (1), "查阅纸质报告书
#: 的方式和途径"; "向建设单位…索取纸质报告书等补充信息"): a report exists, so the notice is past
#: the first one, whatever its copy kept of its title (not the copy a first notice says it will
#: put up later, "将…查阅纸质报告书").
_PAPER_REPORT_OFFERED = re.compile(
    r"(?<!将)(?:索取|查阅|获取|借阅)[^。；\n将]{0,8}?纸质(?:版|本)?(?:的)?(?:环境影响)?报告[书表]|"
    # (or the report named first, its paper copy after: "可以向某某局索要《某某工程环境影响报告
    # 表》纸质版")
    r"(?<!将)(?:索取|索要|查阅|获取|借阅)《[^》\n]{2,80}?报告[书表]》(?:的)?纸质(?:版|本)|"
    # (or the report itself to read now, on paper or on line, under the item's heading or in its
    # sentence: "二、查阅环境影响报告书的方式和途径", "下载报告书电子版进行查阅", "索取报告书进行
    # 查阅"; a first notice has no report yet, and one that says it will or may offer it later,
    # "公众可查阅报告书", "将…下载报告书", is not read so)
    r"(?<![将可])(?:查阅|索取|下载)(?:环境影响)?报告书(?:的方式|电子版|进行查阅)"
)
#: A plan's own draft put up for views under a title that names no assessment ("关于《某某
#: 河道采砂规划（2017~2020年）》（草案）的公示"): the plan's publicity, its assessment a
#: separate procedure (a plan's EIA notices name the assessment in their titles).
_PLAN_DRAFT_TITLE = re.compile(
    r"规划[^《》\n]{0,20}?(?:》\s*)?[（(]\s*草案\s*[）)]\s*(?:》\s*)?(?:的)?(?:公示|公告|征求意见)"
)
#: A first notice named as such, not only recounted by the consultant's engagement.
_FIRST_NAMED = re.compile(r"第一次|首次|一次公示|第1次")
#: The end of a first notice's period: "即日起——本项目环境影响报告书征求意见稿发布" (until the
#: draft is released): the draft is still to come, not offered. (Not the dash of a plan's years
#: in its name, "《某某县矿产资源规划（2021—2025年）》环境影响报告书征求意见稿公示如下", nor
#: that dash left alone by a mirror that deleted every figure, "（—年）".)
_UNTIL_DRAFT = re.compile(
    r"(?:至|到|—|–|～|~|-)(?!\s*(?:(?:19|20)\d{2})?\s*年?\s*[）)])"
    r"[^。；\n]{0,30}?征求意见稿[^。；\n]{0,6}?(?:发布|公开|公示)(?:之日|时|前|为止)?"
)
#: A rebuild's first notice must tell the existing works and how they were assessed (Measures
#: art. 9 (1): "改建、扩建、迁建项目应当说明现有工程及其环境保护情况"), so it recounts their
#: approvals and numbers ("现有工程…于某年取得某分局审批，审批文号为…"): a past decision on
#: other works, not the stage of this notice. The recounting runs to the end of its line.
_EXISTING_WORKS = re.compile(
    r"现有(?:工程|项目)(?:及其?|和|与)?(?:环境保护|环保)(?:情况|措施|手续)[：:][^\n]*|"
    # (or the works as they stood before the expansion, recounted in the outline: "扩建前项目于
    # 某年委托编制了《…报告表》…通过某局审批，审批文号…，取得验收意见…")
    r"(?:扩建|改建|改扩建|技改|迁建)前(?:的)?(?:项目|工程)[^\n]*|"
    # (or a park's earlier approvals a plan or tracking assessment recounts, with their numbers:
    # "园区于2019年12月3日获得某某县人民政府批复，批复文号为某政字〔2019〕145号")
    r"(?:获得|取得)[^。；;\n]{0,40}?批复[，,]\s*(?:批复|审批)文号为[^。；;，,\n]*"
)
#: A first notice outlines the project being assessed (Measures art. 9 (1)), and under the 2006
#: interim measures (art. 8 (4)) the assessment's work programme, which no later notice repeats.
_PROJECT_OUTLINE = re.compile(
    # (or the project by a numbered heading of the interim measures' first notice: "一、项目情况")
    r"项目概况|项目概要|(?:[一二三四五六七八九十]|(?<![\d.．])\d{1,2})[、.．](?!\d)\s*(?:建设)?项目(?:基本)?情况|"
    r"名称(?:及|和|与)概[要况]|建设项目(?:的)?基本情况|建设项目名称[^。；\n]{0,10}?基本情况|"
    # (or in the Measures' own words for art. 9 (1): "建设项目名称、选址选线、建设内容等基本情况")
    r"选址选线[^。；\n]{0,8}?基本情况|"
    r"(?:评价|环评)(?:的)?(?:主要)?工作程序(?:和|及|与)(?:主要)?工作内容"
)
#: A soil survey's results put up for objections before a plot changes use (土壤污染防治法
#: art. 59): a window the public may answer, of no EIA stage.
SOIL_SURVEY = re.compile(r"土壤污染状况(?:初步|详细)?调查")
#: A completion-acceptance (竣工环保验收) publicity described in the body: not an EIA stage.
COMPLETION = re.compile(r"竣工.{0,8}验收|验收(?:监测|调查)报告|验收报告")
#: An authority's completion-acceptance decision put up before it is made (before 2017, when the
#: builders came to accept their own works): "我局拟对1个建设项目作出竣工环境保护验收决定",
#: "某某索道工程拟作出竣工环境保护验收决定的公开", or the hearing notice naming that decision:
#: "可对拟作出的建设项目竣工环境保护验收批复决定提出听证申请".
ACCEPTANCE_DECISION_PROPOSED = re.compile(
    r"拟(?:对[^。；\n]{0,20}?)?(?:作出)?的?(?:建设项目)?竣工环(?:境)?保(?:护)?验收(?:合格)?(?:批复)?决定"
)
#: What a builder puts up under art. 11 of the acceptance measures (国环规环评〔2017〕4号): the
#: day its environmental facilities were finished, their commissioning period ("公开竣工日期",
#: "调试起止日期为…", "竣工及调试日期公示"), or the acceptance report and opinion ("现将…验收
#: 调查报告和验收意见向社会公开"). Such a text recounts the EIA steps long done (报批本, 批复),
#: so its stage words name no stage of its own.
COMPLETION_PUBLICITY = re.compile(
    r"公开竣工日期|竣工日期[^。；\n]{0,12}?(?:公示|公开)|调试的?(?:起止)?(?:日期|时间)|竣工(?:及|和|、)调试|"
    # ... or, before the builders accepted their own works (2017), the authority's acceptance
    # decision put up before it is made: "我局拟对1个建设项目作出竣工环境保护验收决定"
    rf"{ACCEPTANCE_DECISION_PROPOSED.pattern}|"
    r"验收(?:监测|调查)?(?:报告|意见|情况|资料)[^。；\n]{0,30}?(?:向社会|予以|进行|在)[^。；\n]{0,8}?"
    r"(?:公示|公开|公告)"
)
EIA_CONTEXT = re.compile(
    r"环境影响|环评|环境保护设施|建设项目环境|"
    # (or the two papers Measures art. 10 (1) and (3) has a draft-comment notice offer, named
    # together in a short newspaper notice that never writes 环境影响: "征求意见稿和公众意见表
    # 见网址…")
    r"征求意见稿[^。；\n]{0,4}?(?:和|及|与|、|以及)[^。；\n]{0,4}?公众意见(?:调查)?表"
)
#: A rectification put up for objections before it is closed ("…问题整改公示", "拟申请验收销号",
#: "现对该项问题整改完成情况向社会公示"): an inspection's follow-up, of kind "other" even when
#: the problem it closes was an assessment (a park's plan report obtained).
RECTIFICATION_PUBLICITY = re.compile(
    r"整改(?:完成)?(?:情况)?(?:销号)?公[示告]|验收销号|整改完成情况[^。；\n]{0,12}?公示"
)
INSPECTION = re.compile(
    r"督察.{0,30}?(?:举报|信访|值班电话|邮政信箱|邮箱)|(?:举报|信访).{0,30}?督察|"
    r"督察进驻期间[（(]?\d",  # the group's printed sitting period: "督察进驻期间(2020年11月14日-…)"
    re.S,  # across line breaks: a listing prints the group, its period and its phone a line each
)

#: A Party inspection group (巡视组, 巡察组) taking reports while it sits: "巡察期间，县委各巡察组
#: 分别设专门值班电话…受理信访举报时间截止到…" (the ways listed in any order: "来信来访来电").
#: Also a supervision group sent on a campaign (督导组: "中央扫黑除恶第20督导组…督导进驻期间…
#: 设立专门举报电话"), printed the same way. Not an environmental inspection (督察), so a window
#: of kind "other" the public may answer.
DISCIPLINE_INSPECTION = re.compile(
    r"(?:巡[视察]|督导)(?:组|期间|工作)[^。]{0,80}?"
    r"(?:举报|信访|(?:来信|来电|来访)[、，,]?(?:来信|来电|来访))|"
    r"(?:举报|信访)[^。]{0,30}?(?:巡[视察]|督导)组"
)

#: The report about to go for approval, put up in full now: "即将报送生态环境部门审批，根据…，
#: 现在此处向公众公示环评全本信息内容" (not a draft put up so: "…现公示征求意见稿全文").
_ABOUT_TO_SUBMIT_IN_FULL = (
    r"即将报[送批审][^。；\n]{0,16}?审[批查](?:(?!征求意见稿)[^。\n]){0,80}?(?:公示|公开)"
    r"(?:(?!征求意见稿)[^。；\n]){0,6}?全[本文](?![^。；\n]{0,8}征求意见稿)"
)

#: EIA stages as titles name them, most specific first ("拟作出审批决定" also says 审批决定).
EIA_TITLE_STAGES = (
    # (a title may name the whole project between: "拟对某某医院（某某中心医院）…改扩建项目环境
    # 影响报告表作出批准意见的公告")
    # (or the review it is about to make of the report, the step before its decision: "某某厅
    # 拟对某某项目海洋环境影响评价文件进行审查的公示")
    (
        "eia_pre_approval",
        re.compile(
            r"拟(?:对.{0,80}?)?(?:批准|审批|批复|同意|作出)|审批前|拟(?:对.{0,80}?)?进行审查|"
            # (or the files named first, then what the authority is about to do with them, as
            # Qinghai's and Yunnan's bureaus word it: "关于某某医院等2个建设项目环境影响评价文件
            # 拟进行审查公示", "建设项目环境影响评价文件拟审查情况的公示")
            r"(?:环境影响评价|环评)文件拟(?:进行|予以)?审查|"
            # (or the authority's coming review named so: "某某省环境保护局关于近期审查某某
            # 开发区环境影响报告书的公示")
            r"关于(?:近期|即将|拟)?审查[^。；\n]{0,80}?(?:报告[书表]|评价文件)"
        ),
    ),
    ("eia_decision", re.compile(r"审批决定|批复|审批意见|审批结果|审批.{0,4}公告")),
    ("eia_acceptance", re.compile(r"受理")),
    # the draft itself put up in full under a title that says so ("某某项目环境影响评价征求意见稿
    # 全本公示"): a draft for comment, not the finished report's 全本
    ("eia_draft_comment", re.compile(r"征求意见稿[)）》」”]{0,3}[^。；\n]{0,6}?全[本文]公[示开]")),
    (
        "eia_pre_submission",
        # (a plan's report goes to review, not approval: "报审前公示")
        # (or the builder's third notice by its number: Measures art. 20 follows the first
        # (art. 9) and the draft-comment notice (art. 10), "…公众参与第三次信息公示")
        re.compile(
            r"报[批审]前|送审前|报批稿|报批本|全本|全文公[示开]|报批.{0,6}(?:公示|公开)|"
            r"第[三3]次(?:信息)?公[示开告]"
        ),
    ),
    # (not a tender's second round an aggregator's title names: "某某工程二次招标公告")
    # (or the round named by its stage, as Beijing's sites titled them: "某某道路建设工程环评项目
    # 第二阶段网上公示"; not a works' phase, "二期（第二阶段）工程…第一次公示")
    (
        "eia_draft_comment",
        re.compile(
            r"征求意见稿|第二次(?!招标)|二次(?!招标)|第2次|意见征求|第二阶段(?:网上|网络)?(?:信息)?公[示告开]"
        ),
    ),
    # (a builder's "环境信息一次公告": its first notice under another word for it)
    (
        "eia_first",
        re.compile(r"第一次|首次|一次公[示告]|第1次|第一阶段(?:网上|网络)?(?:信息)?公[示告开]"),
    ),
)
#: EIA stages as bodies describe them, with the tense that tells stages apart.
EIA_BODY_STAGES = (
    # the draft itself put up in full ("《…报告书（征求意见稿）》进行全本公示")
    ("eia_draft_comment", re.compile(r"征求意见稿[)）》」”]{1,3}[^。；\n]{0,6}?全本公示")),
    (
        "eia_pre_submission",
        # … or recounts the draft-comment stage as done ("公示了本项目环境影响报告书征求意见稿")
        re.compile(
            # (a report table "即将报批" or put up "送审前": 报告表 have no draft-comment stage)
            r"报[批审]前|送审前|拟报[批审]|即将报[批审]|报批稿|报批本|全本公示|"
            # (within one sentence: not "公示文本与报批文本一致。公示期限为…", a completion
            # acceptance saying the text it puts up is the one its builder keeps on file)
            r"报批[^。；\n]{0,6}(?:公示|公开)|"
            # (the authority it goes to named between, the report put up in full: "项目在送某某区
            # 行政审批局审批前需先公示，因此现将拟审批的《…报告表》全文予以公示" (the head of the
            # text may stop before 全文: "需先公示" says it too); 拟审批 then is the
            # builder's word for the report sent. Not the 2006 measures' second notice, "在报送…
            # 审批前，向公众公告环境影响报告书的简要内容": a summary, put up for comment)
            # (or sent for review, "报送生态环境主管部门审查前")
            r"(?:送交?|报送)[^。；，,\n]{1,20}?审[批查]前(?:[^。；\n]{0,80}?全[文本]|(?:需|须)先?公[示开])|"
            # (or that stage named as the work done now: "现开展该项目环境影响报告书报送行政审批前
            # 公示工作", "报送审批前公示"; the 2006 second notice says "审批前，向公众公告")
            r"报送[^。；，,\n]{0,20}?审批前公[示开](?:工作)?|"
            r"(?:公示|公开)了[^。；\n]{0,20}征求意见稿|"
            # what the Measures (art. 20) have a builder put up before submission, put up now:
            # "现向公众公开本项目环境影响评价报告书全文和公众参与说明" (the statement also
            # printed short, 公参说明)
            r"(?<!了)(?:公开|公示)[^。；\n]{0,24}?全文(?:和|及|与|、|以及)(?:公众参与|公参)说明|"
            # ... or the statement named first: "对该项目公参说明和环评报告书进行全文公示"
            r"(?:公众参与|公参)说明》?(?:和|及|与|、|以及)[^。；\n]{0,12}?报告[书表]》?"
            r"[^。；\n]{0,8}?(?:进行|予以)?全[文本]公[示开]|"
            # … or named before the verb: "现将本项目环境影响报告书及公众参与说明等有关信息进行公示"
            r"现将[^。；\n]{0,30}?(?:报告[书表]|全文|全本)(?:和|及|与|、|以及)公众参与说明"
            r"[^。；\n]{0,12}?(?:进行|予以)?公[示开]|"
            # ... each document by its title, the report marked as in full: "现将《某某项目环境
            # 影响报告书》（全文）及《某某项目环境影响评价公众参与说明》进行公示"
            # (or unbracketed: "现将《某某项目环境影响报告书》全文及《某某项目公众参与说明》")
            # (each maybe marked as its attachment, the statement named as it likes: "现将《某某
            # 项目环境影响报告书》全文（附件1）及《某某项目公众参与情况说明》（附件2）进行公示")
            r"现将《[^《》\n]{2,60}?报告[书表]》\s*(?:[（(](?:全文|全本)[）)]|全文|全本)\s*"
            r"(?:[（(]附件[一二三四五六七八九十\d]{1,2}[）)]\s*)?(?:和|及|与|、|以及)"
            r"《[^《》\n]{0,60}?公众参与[^《》\n]{0,4}?说明》[^。；\n]{0,12}?(?:进行|予以)?公[示开]|"
            # a report table put up once it is finished (it has no draft stage): "编制完成《…
            # 环境影响报告表》，现将报告表全文公示", "完成报告表编制工作后，现予公示"
            r"(?:编制)?完成[^。；\n]{0,40}?报告表》?(?![^。；\n]{0,6}征求意见稿)[^。；\n]{0,16}?"
            r"(?:全文|全本)公示|完成[^。；\n]{0,12}?报告表编制(?:工作)?(?:后|之后)[^。；\n]{0,16}?公示|"
            # (or the finished table named, then its information given to the public, as the
            # 2006 measures' builders worded it: "目前已完成了《某某项目环境影响报告表》的编制
            # 工作，现我单位根据相关规定，向公众公开其有关环境保护信息")
            r"完成了?[^。；\n]{0,80}?报告表》?的?编制(?:工作)?[，,][^。；\n]{0,30}?"
            r"向(?:社会)?公众公[开示]|"
            # the builder putting the finished report up in full (环办〔2013〕103号): "现将《某某
            # 项目环境影响报告表》全本进行公开，以接受公众的监督"
            # (the public it goes to may be named before the verb: "现将该项目环境影响报告表全本
            # 向公众公开，以了解社会公众对本项目建设的态度")
            r"现将《[^》\n]{2,80}?报告[书表]》全本(?:进行|予以)?(?:向(?:社会)?公众)?公[开示]|"
            # (or the report named without its title marks: "现将其环境影响报告书全本予以公开")
            r"现将[^。；\n《》]{0,40}?报告[书表]全本(?:进行|予以)?(?:向(?:社会)?公众)?公[开示]|"
            # (the guide's own purpose clause after the report's title, the words before it lost
            # to a site's mask: "…>******有限公司某某项目环境影响报告表》进行公开，以接受公众的
            # 监督"; a recount says "进行了公开")
            r"报告[书表]》(?:全[本文])?(?:进行|予以)公[开示][，,]以接受(?:公众|社会)的?监督|"
            # ... or under that guide by name, the finished report itself put up: "依据《建设项目
            # 环境影响评价政府信息公开指南（试行）》的规定，现将《某某项目环境影响评价报告表》进行
            # 公示" (an authority citing it puts up what it is about to decide, "现将拟审批的…")
            # (or the report named after "现予以", marked as put up in full: "按照《…政府信息公开
            # 指南（试行）》要求，现予以《某某工程环境影响报告书》全文公示")
            r"信息公开指南[^。\n]{0,30}?现(?:将|予以)《[^《》\n]{2,160}?报告[书表]》(?:全[文本])?"
            r"(?:进行|予以)?公[示开]|"
            # (the report not named, only said to be put up in full: "根据《…政府信息公开指南
            # （试行）》，现将报告全文进行公示")
            r"信息公开指南[^。\n]{0,30}?现将(?:环评|环境影响(?:评价)?)?报告[书表]?全[文本](?:进行|予以)?公[示开]|"
            # (the project named first and the report called its EIA file: "根据《…政府信息公开
            # 指南（试行）》有关规定，现将该项目环评文件全文进行公示")
            r"信息公开指南[^。\n]{0,30}?现将[该本]项目(?:环评|环境影响(?:评价)?)文件全[文本](?:进行|予以)?公[示开]|"
            # (or the project itself said to be put up in full: "按照《…政府信息公开指南（试行）》
            # 有关要求，对该项目进行全文公示")
            r"信息公开指南[^。\n]{0,30}?对[该本](?:项目|工程)(?:进行|予以)全[文本]公[示开]|"
            # ... the full text marked in brackets after the report's name: "现对该项目环境影响
            # 评价报告表（全本）进行公示，并征求公众意见"
            r"报告[书表]》?[（(]全[本文][）)][^。；\n]{0,6}?公[开示]|"
            # ... or the report about to go for approval, put up in full now
            rf"{_ABOUT_TO_SUBMIT_IN_FULL}|"
            # ... or, under the disclosure mechanism (环发〔2015〕162号: a report table in full
            # before it is submitted), with the builder's first-notice outline around it: "现向
            # 公众公告下列信息，并公开本项目环评报告表全文", "三、环境影响报告表全本查阅"
            # (or "二、环境影响报告表全文见附件 三、公众参与说明见附件")
            r"公开[^。；\n]{0,12}?报告表全[文本]|报告表全[本文](?:查阅|下载|链接|见)|"
            # ... or what it puts up said to be the report in full, the project named before:
            # "现将《某某生产线项目》进行公示，公示内容为报告表全本"
            r"(?:公示|公开)内容(?:为|是)[^。；\n]{0,16}?报告[书表]全[本文]|"
            # ... or its public version offered in full: "…环境影响报告表（公示稿）全文本详见附件"
            r"报告表》?[（(]公示[稿版本][）)]\s*全(?:文本?|本)|"
            # ... or attached as that version, the report table's name ending its attachment
            # line: "附件一：某某厂塑料制品喷涂加工生产迁建项目环境影响报告表（公示版）" (a
            # report put out for comment is its 征求意见稿), a remark in brackets may follow
            r"(?m:^附件[一二三四五六七八九十\d]{0,2}[：:][^\n]{2,80}?报告表》?[（(]公示[稿版本][）)]"
            r"(?:\s*[（(][^（()）\n]{1,20}[）)])?\s*$)"
        ),
    ),
    (
        "eia_pre_approval",
        re.compile(
            r"拟(?:对.{0,30}?|于.{0,6}?)?(?:批准|审批|批复|同意|作出.{0,16}?(?:审批|批复|决定))|"
            # (the report named in full in its marks, longer than any name above: "我局拟对
            # 《某某建材有限公司某某山建筑石料用灰岩矿技改项目环境影响报告书》作出审批意见")
            r"拟对《[^《》\n]{2,120}》[^。；\n]{0,6}?(?:批准|审批|批复|作出.{0,16}?(?:审批|批复|决定))|"
            # (the report named in full, however long, and the opinion "issued" rather than
            # "made": "我局拟对某某集团年产1.5万吨米糠油、60万吨大米项目（一期）环境影响报告表
            # 出具审批意见")
            # (or the reply itself, bare: "我局拟对某某项目、某某项目环境影响评价文件作出批复，现将…
            # 予以公示")
            r"拟对[^。；\n]{0,120}?(?:作出|出具)(?:审批(?:意见|决定)|批复(?:意见|决定)?)|"
            # a report put up with the experts' review of it: the review follows submission,
            # so the authority publishes before it decides ("…简本及评审会专家意见予以公示")
            r"(?:评审会?)?专家(?:评审)?意见[^。；\n]{0,4}?予以公示|"
            # the authority about to review the reports it puts up, the step before its decision
            # ("我局近期将对以下开发区的环境影响报告书进行审查，现将有关情况公示如下"); not a
            # sentence that tells of an acceptance ("我局已受理…，将对…进行审查")
            r"(?:^|[。；\n])(?:(?!受理)[^。；\n])*?(?:我|本)(?:局|厅)(?:近期)?(?:即将|将|拟)对"
            r"(?:(?!受理)[^。；\n]){0,80}?进行审查|"
            # the reason an authority gives for putting up what it is about to decide, left
            # when a copy lost the sentence before it: "为保证审批意见的严肃性和公正性，现将该
            # 项目环境影响评价文件基本情况予以公示"
            r"保证(?:此次|本次)?(?:审批|审查|审议)(?:意见|工作|决定)?的?严肃性|"
            # ... or the objections to its approval it takes while the report is up: "如对项目
            # 环境影响报告书审批持有异议者，在公示时间内可向我厅反映" (not a decision's appeal,
            # "对审批决定有异议的，可申请行政复议"), as a copy keeps it under the project's
            # table, its head and the builder's earlier notices recounted above it
            r"对[^。；\n]{0,40}?(?:报告[书表]|评价文件)》?[^。；\n]{0,6}?(?:审批|批复|批准)"
            r"(?:持有|持|有|存在)异议[^。；\n]{0,40}?向(?:我|本)(?:局|厅|委|分局)|"
            # ... or its title run into the body, the files named before what the authority is
            # about to do with them: "某某局关于某某医院等2个建设项目环境影响评价文件拟进行审查
            # 公示" (a site's index rows above it took the title's place)
            r"(?:环境影响评价|环评)文件拟(?:进行|予以)?审查"
        ),
    ),
    (
        "eia_decision",
        re.compile(
            r"作出.{0,10}?(?:审批决定|批复)|审批决定如下|(?:审批|批复)文号|批复时间|"
            r"(?:审批|批复)(?:决定|意见|结果)的?(?:全文)?公告|"
            # the rights of review against the decision announced: "认为公告的…审批决定侵犯…"
            r"认为公告的[^。；\n]{0,30}?(?:审批决定|批复)"
        ),
    ),
    (
        "eia_acceptance",
        # (with the day between: "我局已于2025年9月28日受理…报送的《…报告书》")
        re.compile(r"(?:已|予以|正式|依法)受理|已于[^。；，,\n]{4,16}?受理|受理(?:了|情况|公示|日期|时间)"),
    ),
    (
        "eia_draft_comment",
        # not the draft a first notice says is still to come ("征求意见稿编制过程中"), nor the
        # first notice's window that runs until it is done ("自即日起至本工程环境影响报告书征求
        # 意见稿完成前", Measures art. 9)
        re.compile(
            r"征求意见稿(?!编制过程|编制期间|编制完成后|形成后|完成后|(?:编制)?(?:完成|形成)前)|第二次公[示告]|二次公[示告]|第2次|简本|"
            # (the interim measures' second notice told by what it does: "第二次向公众公开其有关
            # 环境保护信息", "第二次向社会公示")
            r"第二次向(?:公众|社会)公[开示告]|"
            # (or the report book marked as the version put up for comment, the draft under the
            # interim measures' name: "某某项目环境影响报告书（公示稿）信息公告如下"; a report
            # table has no draft stage, and one about to be submitted is read above)
            r"报告书》?[（(]公示[稿版本][）)]|"
            # ... or the notice's second publicity named with its 信息 ("公众参与第二次信息公示",
            # "第二次环境信息公示"), as a title split over lines leaves it in the body
            # (or without its 第, as "二次公示" is read: "…跟踪评价报告书 二次信息公示")
            r"第?二次(?:公众参与)?(?:环境)?信息公[示告开]|"
            # (or the round's matters set out under its 2006 name, "对该项目进展情况及二次公众
            # 参与有关事项公告内容如下")
            r"第?二次公众参与(?:有关|相关)?(?:事项|信息)?公[示告开]|"
            # ... or the round's number in brackets after the notice's name, as a title set under
            # the body by column OCR leaves it there: "某某项目公众参与公告（第二次）"
            r"公[示告开][（(]\s*第[二2]次\s*[）)]|"
            # ... or the report's main contents set out now, as the 2006 measures' second notice
            # does once the report is written (art. 9): "…报告书已…编制完成，为进一步征询公众…
            # 意见，现将报告书的主要内容公告如下"
            r"现将[^。；\n]{0,20}?报告[书表]》?的?(?:主要|简要)内容(?:予以|进行)?公[告示]如下|"
            # the report itself put up for comment, the draft not named as such: "现对某某公路
            # 环境影响报告书进行征求意见公示"
            r"报告[书表]》?(?:进行|予以)征求意见(?:公示|公开)|"
            # … or its contents and first conclusions put up, as the 2006 measures' second
            # notice and the provincial rules after them word it: "现将该项目环评报告书的主要
            # 内容和初步结论等环境影响评价信息进行公示" (a report has conclusions once drafted)
            r"(?<!了)报告[书表]》?的?(?:主要内容|简要内容)(?:和|及|与|、)(?:初步|主要)?结论|"
            # ... or its main conclusions alone put up now ("现…公示某某工程环境影响报告书的主要
            # 结论"; not a first notice's promise, "…完成后将公示报告书的主要结论", nor a later
            # notice recounting it, "已公示了…")
            r"(?<![将已])公[示布开](?!了)[^。；，,\n]{0,50}?报告[书表]》?的?(?:主要|初步)结论|"
            # ... or put up once its first draft is done, the draft not named 征求意见稿: "本项目
            # 在环境影响报告表初稿完成后进行公示工作" (not a first notice's promise of it: "…初稿
            # 完成后将再次公示")
            r"报告[书表]的?初稿(?:已经?)?(?:编制)?完成(?:后|之后)?(?![^。；\n]{0,8}?将)"
            r"[^。；\n]{0,12}?(?:进行|予以|开展)?公[示开告]|"
            # ... or the round now held named as the one after the draft: "在该项目环境影响报告书
            # 征求意见稿完成后进行本次公众参与工作" (not a first notice's "…完成后将进行")
            r"征求意见稿(?:编制)?(?:完成|形成)(?:后|之后)[^。；，,\n]{0,4}?(?:进行|开展)本次|"
            # ... or Measures art. 10 quoted as what the notice does now: "建设项目环境影响报告书
            # 征求意见稿形成后，（应）当公开下列信息，征求与该建设项目环境影响有关的意见" (a first
            # notice promising the draft says 将)
            r"征求意见稿(?:编制)?(?:完成|形成)(?:后|之后)[，,]?\s*(?:建设单位)?应?当?公开(?:下列|以下)信息"
        ),
    ),
    (
        "eia_first",
        re.compile(
            r"第一次|首次|一次公示|第1次|委托.{0,40}?(?:开展|承担|进行).{0,12}?环境影响评价|"
            # the 2006 interim measures' first notice in its own words (art. 8: "向公众公告…
            # 信息"): "现将该项目环境影响评价的有关事项向公众公告如下" (its second notice, the
            # report's summary put up, names its 简本 and is read above)
            r"现将[^。；\n]{0,40}?环境影响评价[^。；\n]{0,6}?(?:有关|相关)事项向(?:公众|社会)公[告示]|"
            # Measures art. 9 quoted: "确定环境影响报告书编制单位后7个工作日内…公开下列信息"
            r"确定环境影响报告书?(?:表)?编制单位后\s*(?:7|七)个工作日内|"
            # the assessment said to be at its start ("目前本项目正处于环境影响评价初期阶段"), or
            # Measures art. 9's closing sentence, the draft still being written ("在环境影响报告
            # 书征求意见稿编制过程中，公众均可向建设单位提出…意见")
            r"(?:环境影响评价|环评)(?:工作)?的?初期阶段|"
            # ... or said to have just begun ("目前已开始开展环评工作", "现已启动本项目环境
            # 影响评价工作"): the work starts with the first notice (Measures art. 9)
            r"(?:已|正式)(?:开始|启动)(?:开展|进行)?(?:本项目|该项目)?的?(?:环境影响评价|环评)工作|"
            r"征求意见稿编制过程中[^。；\n]{0,6}?公众(?:均|仍|也)?可|"
            # the 2006 interim measures' first notice told by the item only it prints (art. 8):
            # "四、环境影响评价的工作程序和主要工作内容"
            r"(?:环境影响评价|环评)的?工作程序(?:和|及|与)主要工作内容"
        ),
    ),
)  # fmt: skip
COMPANY_RULES = (
    ("deregistration_simplified", re.compile(r"简易注销")),
    (
        "capital_reduction",
        # a listed company cancelling shares it bought back: "回购并注销股份…总股本将会减少",
        # "将依法注销所回购的股份，公司注册资本将相应减少"
        re.compile(
            r"减资|减少注册资本|注册资本由.{0,30}?减|回购(?:并|及|暨)?注销|总股本将(?:会)?减少|"
            r"注册资本(?:将|也将|亦将)(?:相应)?减少"
        ),
    ),
    # (not the accounts a listed company consolidates: "对合并报表外单位担保", "合并范围")
    ("merger", re.compile(r"吸收合并|新设合并|合并(?!(?:财务)?报表|范围|口径)")),
    ("division", re.compile(r"分立")),
    ("liquidation", re.compile(r"清算|注销|解散|申报债权|债权申报")),
)
#: A bankruptcy manager's claims notice (企业破产法 art. 45: the court sets 30 days to 3 months):
#: not a company's own liquidation notice, so "other" with the period it prints.
BANKRUPTCY = re.compile(
    r"破产(?:清算|重整|和解|申请|案)|(?<!清算组)管理人(?:申报|申请)|指定.{0,12}管理人|"
    # a reorganisation, or the court's pre-reorganisation before it, run by a (temporary)
    # manager: "决定对公司启动预重整…临时管理人", "裁定受理…对公司的重整申请"
    r"预重整|重整(?:申请|程序|案|期间|阶段|计划)|临时管理人"
)
#: A public body asking the public to answer by a date: comments on a draft law or rule
#: (立法法 art. 40, 规章制定程序条例 art. 16), proposals for its legislative plan, or sign-ups
#: for a price hearing (政府制定价格听证办法) or a decision's hearing (听证代表): windows citizens
#: may answer, of kind "other".
SOLICITATION = re.compile(
    # (or "consulted on": "现面向社会公开征询意见", "征询公众意见")
    r"(?:公开|广泛|向社会)[^。；\n]{0,8}?征(?:求|集|询)|征(?:求|询)[^。；\n]{0,20}?意见|"
    r"征集[^。；\n]{0,20}?(?:建议|意见|参加人)|听证会?(?:参加人|代表)|(?:参加|旁听)[^。；\n]{0,10}?报名|"
    # (or leads for a body's work: "提案线索征集时间截止至…", "公开征集问题线索")
    r"线索征集|征集[^。；\n]{0,10}?线索|"
    # a name, plan or scheme put up for objections: "如有异议", "对公示结果有异议的，请在公示期
    # 内…", "多提宝贵意见和建议", "对…拟命名称有意见和建议均可来电或来信…反映", "如对该问题
    # 整改完成情况有异议，请在公示期间…反映"
    # (also "对公示内容存在异议的，可向…反馈", "如有疑问或异议，请致电…")
    r"(?:如|若)(?:对[^。；\n]{0,30}?)?(?:有|存在)(?:[^。；，,\n]{1,4}?[或和、])?异议|(?:有|存在)异议(?:的|者)|"
    # (or anyone's objection, the way plan and project publicity puts it: "任何单位或个人对该
    # 项目建设有异议，请在规定的公示时间内提出")
    r"任何(?:单位|个人|组织|公民)[^。；\n]{0,40}?(?:有|存在|提出)异议|"
    r"(?:多提|提出|反映|反馈)[^。；\n]{0,8}?(?:意见|建议|异议)|"
    # (or views put to a body named, on what: "向我局提出对建设项目环境保护的意见和建议"; or
    # handed in to it in writing: "公示期内可向某某镇人民政府提交书面意见与建议")
    r"向[^。；;\n，,]{1,16}?(?:提出|提交)[^。；;\n]{0,16}?(?:意见|建议)|"
    r"有意见(?:和|或|、)?建议|"
    # a list put up for the public to watch over and report false entries in: "公示期间欢迎广大
    # 群众参与监督", "敬请社会各界监督", "接受社会监督…举报电话", "鼓励公众积极参与并监督"
    r"(?:欢迎|敬请|接受|鼓励)[^。；\n]{0,10}?监督|"
    # ... or that says it takes objections in its period: "公示期间，某某厅接受公众提交的书面
    # 异议材料", "公示期内受理实名异议"
    r"(?:接受|受理)[^。；;\n]{0,12}?异议|"
    # ... or that names the office that takes the public's objections, as a label: "受理部门：
    # 某某市生态环境局某某分局", "受理单位：某某县发展和改革局", "意见接收单位：某某市自然资源局"
    r"(?<![\u4e00-\u9fff])(?:意见)?(?:受理|接收)(?:部门|单位|机关)[：:]"
)
#: A sign-up for a public participation symposium (座谈会, Measures art. 14-15: the builder or
#: the plan's body announces it and who may apply): a window to apply in, of kind "other" when
#: the text is about an assessment (segment.py leaves others untracked).
SYMPOSIUM_SIGN_UP = re.compile(r"座谈会[^。]{0,200}?报名|报名[^。]{0,200}?座谈会")
#: A sign-up for an assessment's hearing (环境保护行政许可听证暂行办法; Measures art. 16): the
#: body that holds it announces the hearing ("定于…组织召开…环境影响评价听证会", "…听证会公告")
#: and calls for those who wish to take part ("报名参加听证", "公开征集听证会参加人员"): a window
#: to apply in, of kind "other", not a stage of the publicity.
HEARING_CALLED = re.compile(r"听证会(?:公告|通知)|(?:召开|举行)[^。；\n]{0,80}?听证会")
HEARING_SIGN_UP = re.compile(
    r"报名参加听证|(?:征集|报名)[^。；\n]{0,10}?听证会?(?:参加人|代表)|"
    r"听证会?(?:参加人|代表)[^。；\n]{0,20}?报名"
)
#: An authority putting up, after its decision, what the approval lacked ("市生态环境局关于对
#: 《某某工程环境影响评价公众参与情况说明》…的补正公示"): a window of its own for the public,
#: no stage of the builder's publicity.
CORRECTIVE_PUBLICITY = re.compile(r"补正公示")
#: A land acquisition announced before it is applied for (土地管理法实施条例 art. 26: a 预公告
#: of at least ten working days, the survey and the ban on new planting and building) or its
#: compensation scheme put up for objections and hearings (art. 27-28): a window the owners
#: and users of the land may answer, of kind "other".
LAND_TAKING = re.compile(
    r"拟征收[^。；\n]{0,12}?土地|征收土地[^。；\n]{0,6}?(?:预公告|方案|公告)|征地预公告"
)
#: Creditors told to file claims, or the body that takes them.
CLAIMS = re.compile(r"申报债权|债权申报|清算组|清算委员会|清算小组")
_CLEAR_LIQUIDATION = re.compile(r"清算|解散|申报债权|债权申报|债权人")


#: How much of an untitled body can be a title run into the first sentence.
HEAD_CHARS = 60
_RUN_IN_TITLE = re.compile(
    r"^(?P<t>[^，。；\n]{4,60}?(?:公示|公告|公开))[ ]?(?=根据|按照|依据|为了?|经|现将|兹)"
)


#: A rule cited by its title ("依据…《关于…方案合并编制有关问题的通知》"): its words (合并, 注销)
#: are the rule's, not the company action the notice announces (which a cited motion, "《关于
#: 注销回购股份暨减少注册资本的议案》", does name). A closing 》 whose opening bracket the copy
#: lost ("、某某厅关于…合并编制有关问题的通知》") closes the title from the clause's start.
_CITED_RULE = re.compile(
    r"(?:《[^《》\n]{0,80}?|[^。；;，,、\n《》]{1,80}?)(?:通知|规定|办法|条例|细则)》"
)


def _company_kind(text: str) -> str | None:
    for kind, pattern in COMPANY_RULES:
        if pattern.search(text):
            return kind
    return None


def _eia_stage(text: str, stages: tuple = EIA_BODY_STAGES) -> str | None:
    for kind, pattern in stages:
        if pattern.search(text):
            return kind
    return None


def title_kind(title: str) -> tuple[str | None, bool]:
    """Return the kind a title names (None when it names none) and whether it is EIA."""
    if INSPECTION.search(title):
        return "inspection_reporting", False
    eia = bool(EIA_CONTEXT.search(title))
    if eia:
        return _eia_stage(title, EIA_TITLE_STAGES), True
    return _company_kind(title), False


#: The whole EIA procedure listed as steps ("工作程序：接受委托——第一次公示——…——报批", or
#: in a list: "工作程序：现场踏勘、资料收集、报告书编制、技术评审、报批稿修编、报送审批"): it
#: names every stage and is the stage of none. (A numbered heading may stand for the colon,
#: the steps run on after it: "1、评价工作程序 接受委托→现状调查→…→报告书简本公示→征求公众
#: 意见→编制报告书", as the 2006 interim measures' first notices set it out; not the item's
#: own heading, "环境影响评价的工作程序和主要工作内容", that only a first notice prints, nor a
#: sentence going on after a comma, "按照工作程序，现进行第二次公示".)
# (or the steps on the line below their heading, joined by arrows or dashes: "1、评价程序\n建设
# 单位委托→建设单位提供技术资料→…→公示环境影响评价结论及简本→…→上报审批")
_PROCEDURE = re.compile(
    r"(?:工作程序|工作流程|评价程序)(?:[：:][^\n。]*?|(?![和及与])[^\n。，,；;]*?)"
    r"(?:[—–\-→、]{1,2}[^\n。—–\-→、]+){3,}|"
    r"(?:工作程序|工作流程|评价程序)[：:]?[ \t]*\n[^\n。—–→]*(?:[—–→]{1,2}[^\n。—–→]+){3,}|"
    # (or below the item's own heading, which stays: "二、环境评价工作程序和工作内容\n接受环评
    # 工作委托→第一次公示→…→第二次公示，报告书简本公示→…→上报审批")
    r"(?P<head>工作内容)[：:]?[ \t]*\n[^\n。—–→]*(?:[—–→]{1,2}[^\n。—–→]+){3,}"
)

#: ... or as numbered steps after a colon, run on in a copy flattened to one line ("四、环境影响
#: 评价的工作程序和主要工作内容 评价机构…依次开展工作: 1、现场踏勘… 5、开展公众调查，…公开环境
#: 影响评价报告简本… 7、将报告书报请…"), up to the next section's heading: the steps go, the
#: heading stays (only a first notice prints it, read in the stages above).
_NUMBERED_PROCEDURE = re.compile(
    r"(?P<head>(?:工作程序|工作流程|评价程序)[^\n。]{0,80}?[：:])[ \t]*"
    r"(?:\d{1,2}、(?:(?![一二三四五六七八九十]{1,3}、|\d{1,2}、)[^\n])*){3,}"
)


def _heading_kept(m: re.Match[str]) -> str:
    """What of a listed procedure stays: its item's heading, which only a first notice prints."""
    return m.group("head") or ""


def _without_procedure(body: str) -> str:
    """``body`` less its listed procedure (``_PROCEDURE``), then less its numbered steps
    (``_NUMBERED_PROCEDURE``), each heading kept. (Cheap test first: every form names 程序,
    流程 or 工作内容, and a body with none of them is left as it is.)"""
    if "程序" not in body and "流程" not in body and "工作内容" not in body:
        return body
    body = _PROCEDURE.sub(_heading_kept, body)
    return _NUMBERED_PROCEDURE.sub(r"\g<head>", body)


#: The builder's duty as the measures state it, printed as a preamble by platforms' notices
#: ("建设单位编制环境影响公众参与的过程中，应当公开有关环境影响评价的信息，征求公众意见"): the
#: law's words, not this text asking for views (news cut after the preamble asks nothing).
_DUTY_CITED = re.compile(r"应当公开[^。；\n]{0,30}?信息[，,]\s*征求公众意见")

#: The next notice a first notice announces ("本次为建设项目的第一次公示。在报告书编制完成、
#: 报送评审前，建设单位还将进行第二次公示"; Measures art. 10 follows art. 9): a stage to
#: come, not the stage of this notice. (The number may be a digit and the notice named by what
#: it publicises, as the 2006 interim measures' first notices word it: "报送审批前，还将举行第2次
#: 环评公示".)
_NEXT_NOTICE_ANNOUNCED = re.compile(
    r"(?:还将|将再|将会|将要|还会|拟再|再次)[^。；\n]{0,6}?(?:进行|开展|发布|作|举行)?第[二2]次"
    r"(?:环评|环境影响评价)?(?:信息)?公[示告开]|"
    # (or what that notice will hold, with its items listed after, which are that notice's
    # and not this one's: "第2次公示内容将包括：\n①、项目情况简述；\n②、…的要点；")
    r"第[二2]次(?:环评|环境影响评价)?(?:信息)?公[示告]的?(?:主要)?内容将[^\n。]*"
    r"(?:\n[ \t]*(?:[①-⑩]|\d{1,2}[、.．)）]|[（(]\d{1,2}[)）])[^\n]*)*|"
    # (or the notice to come before the report is sent, announced in the future tense by a first
    # notice under the 2006 measures: "在报告书送审前将对该项目…评价结论等进行再次公示", "报送
    # 审批前还将再次公告"): that stage named is not this notice's
    r"(?:送审|报批|报审|报送[^。；，,\n]{0,12}?审[批查])前[，,]?(?:还|仍)?将"
    r"[^。；\n]{0,80}?(?:再次|第[二2]次)[^。；\n]{0,10}?公[示告开]"
)

#: A rule or guideline cited in its own draft ("依据…《环境影响评价技术导则 公众参与》（征求意见稿）
#: 中的相关规定"): the draft of the rule followed, not the draft report put up for comment.
_CITED_DRAFT_RULE = re.compile(
    r"《[^《》\n]{0,60}?(?:导则|办法|规定|标准|条例|规范|指南)[^《》\n]{0,20}?"
    r"(?:》[（(]征求意见稿[）)]|[（(]征求意见稿[）)]》)"
)


#: The hearing notice an authority gives before it decides a licence: "自公示起五日内申请人、
#: 利害关系人可对…审批意见要求听证", "…可提出听证申请".
_HEARING_RIGHTS = re.compile(
    # (maybe "申请人及有关利害关系人", as Guangdong's bureaus word it)
    r"申请人[、,和及]?(?:有关|相关)?(?:有重大利益关系的)?利害关系人[^。；\n]{0,60}?(?:要求|申请|提出)听证"
)
#: ... or, in a copy cut to the project table, that notice's heading under the table whose head
#: is the pre-approval form's (环境影响评价政府信息公开指南: "项目名称 | 建设地点 | … | 主要环境
#: 影响及预防或者减轻不良环境影响的对策和措施 | …" and then "听证权利告知："); no other stage's
#: table has that column.
#: (the heading may be run on after the table's last cell: "…| 无 |听证权利告知：")
_HEARING_HEADING = re.compile(r"(?:^|[|｜\s])听证(?:权利)?告知\s*[：:]", re.M)
_MEASURES_COLUMN = re.compile(
    r"项目名称\s*[|｜\n][^。]{0,200}?预防或者?减轻不良(?:环境)?影响的?对策和?措施"
)
#: ... or that form's items listed one under another, as a bureau's page of the projects it is
#: about to approve prints them ("项目一 1.项目名称：… 4.环境影响评价机构：… 6.主要环境影响及预防
#: 或者减轻不良环境影响的对策和措施："): the guide's item joins the effects and their measures
#: ("主要环境影响及…"), where a builder's second notice (2006 measures art. 9) gives the measures'
#: "要点" under an item of their own.
MEASURES_ITEM_LIST = re.compile(
    r"项目名称\s*[：:][\s\S]{0,1200}?(?:环境影响)?评价机构\s*[：:][\s\S]{0,1200}?"
    r"主要环境影响及预防或者?减轻不良(?:环境)?影响的?对策和?措施(?!的?要点)"
)
#: ... and the columns the same guide gives that form alone, next to the measures column: "公众
#: 参与情况", "相关环保措施承诺" ("建设单位或地方政府所作出的相关环境保护措施承诺文件"). An
#: acceptance's table lists the report and its date, a decision's its number; a copy cut to this
#: table, its heading and hearing notice lost, is still the pre-approval's.
_PARTICIPATION_COLUMN = re.compile(
    r"[|｜\n]\s*(?:公众参与情况|[^|｜\n。]{0,24}措施承诺(?:文件)?|"
    # (the ministry's own form for the reports it is about to review gives the number to ring
    # for each project instead, "…对策和措施 | 联系电话 |": a column head, no number after it)
    r"联系电话)\s*(?=[|｜\n])"
)


def _pre_approval_form(body: str) -> bool:
    """Whether the body holds the pre-approval form's table head: the measures column with the
    public-participation, commitment or (the ministry's form) phone column beside it."""
    m = _MEASURES_COLUMN.search(body)
    return bool(m and _PARTICIPATION_COLUMN.search(body, m.start(), m.end() + 120))


#: A builder putting its report table up as it stands, no draft named: "为了听取…意见和要求，
#: 现将其环境影响报告表予以公示" (a report table has no draft-comment stage, so it is the one
#: put up before submission).
_TABLE_PUT_UP = re.compile(
    r"现将(?:其|本项目|该项目|本工程|该工程)?的?环境影响报告表(?:全[文本])?(?:予以|进行)?公[示开]|"
    # (or named by its project, in book-title marks or not: "现将某某加工项目环境影响报告表予以
    # 公示"; not its main contents told, "…报告表的主要内容公告如下", a draft's notice)
    r"现将《?[^。；，,《》\n]{2,40}?(?:项目|工程)的?环境影响报告表》?(?:全[文本])?(?:予以|进行)?公[示开]|"
    # (or by the short name the text gave it, once its review meeting is told: "…报告表（以下
    # 简称“报告表”）技术审查会，并出具技术审查专家意见。现将报告表公示如下")
    r"现将报告表(?:全[文本])?(?:予以|进行)?公[示开]"
)
#: An authority speaking of itself ("我局", "本厅"): its notice puts up what it handles, never the
#: builder's own report.
_SPEAKS_AS_AUTHORITY = re.compile(r"[我本](?:局|厅|分局|委)")

#: A builder putting its report up before the authority decides on it, the report named and
#: the stage said as "before approval": "在《某某线路改迁工程环境影响报告表》审批前进行环境
#: 影响评价文件公示" (an authority's own notice says "拟审批", and speaks as 我局; its title,
#: "…报告表》审批前公示", performs nothing).
_PUT_UP_BEFORE_APPROVAL = re.compile(
    r"报告[书表]》?(?:报送)?审批前[，,]?(?:进行|予以)[^。；\n]{0,16}?公[示开]"
)
#: The disclosure guide a builder cites when it puts its report up before submitting it
#: (《建设项目环境影响评价政府信息公开指南（试行）》, 环办〔2013〕103号: the report's full text
#: is public before the authority accepts it): cited by a builder's notice that names no stage
#: and sets no period, it is that disclosure (an authority cites it over its own notices).
_DISCLOSURE_GUIDE = re.compile(
    r"政府信息公开指南|环办\s*[〔\[【(（]?\s*2013\s*[〕\]】)）]?\s*103\s*号"
)
#: ... putting itself up now ("现将本项目进行公示", "现将有关情况公示如下").
_PUTS_ITSELF_UP_NOW = re.compile(r"现将[^。；\n]{0,30}?(?:进行|予以)?公[示开告]")

#: The measures' words for a notice that puts its information up and asks views on the works
#: (2018 Measures' notices of every stage open so: "依据《环境影响评价公众参与办法》，现公开
#: 下列信息，征求与该建设项目环境影响有关的意见"): a notice, its stage not told by these words.
_INFORMATION_PUT_UP_FOR_VIEWS = re.compile(
    r"现公开(?:下列|以下|如下)(?:信息|内容)[，,]?(?:并)?征求[^。；\n]{0,24}?意见"
)


#: The acceptance stage told as over, its publicity closed: "受理公示期间未收到任何反对意见",
#: "受理公示期内无异议". An authority's later notice opens so (Guangxi practice).
_ACCEPTANCE_OVER = re.compile(r"受理公示期[间内满]?[^。；\n]{0,10}?(?:未收到|没有收到|无|已满)")


#: A decision told as made, with its number or in the past: "批复文号", "已作出…批复".
_MADE = re.compile(r"(?:批复|审批|批准)文号|已(?:经)?(?:作出|批复|审批|批准)|作出了")


#: The authority's act told as made, the report named and nothing proposed: "我局对《某某项目环境
#: 影响报告表》作出审批。…现将该项目的审批意见予以公示" (a decision's notice that keeps the
#: pre-approval's "为保证审批的严肃性" and asks for views in its period); not "拟对…作出", nor
#: "作出审批意见前".
_ACT_MADE = re.compile(
    r"我(?:局|厅|委|分局)(?:已(?:经)?)?(?:于[^。；\n拟]{2,16}?)?对《[^《》\n]{2,160}》作出(?:了)?"
    r"(?:审批|批复|批准)(?:决定|意见)?(?=[。；;，,])"
)


def _hearing_on_proposed(body: str) -> bool:
    """Whether the body tells the right to a hearing on a decision still proposed ("自公示起五日内
    申请人、利害关系人可对以下拟作出的…批复决定要求听证")."""
    return any("拟" in m.group() for m in _HEARING_RIGHTS.finditer(body))


#: A title that names the decision only as "作出审批意见" (no 决定, 批复, 结果, 已)...
_OPINION_ONLY = re.compile(r"^(?!.*(?:审批决定|批复|审批结果|已作出|已审批))(?=.*审批意见)")
#: ... over a body that says the authority is yet to give it ("拟对…作出审批意见").
_TO_DECIDE = re.compile(
    r"拟(?:于[^。；\n]{0,10}?)?对[^。；\n]{0,40}?作出(?:审批意见|审批决定|批复)|"
    # (or the files said to be under review still, as Jilin's bureaus word it: "我局拟对以下
    # 环境影响评价文件进行审查")
    r"拟对[^。；\n]{0,20}?(?:环境影响评价|环评)文件(?:进行|予以)审查"
)


#: A call for comments on a draft policy, catalogue or plan, not on an EIA report:
#: "关于公开征求《某某目录（2021年版）（征求意见稿）》意见的公告". Like a people's congress's
#: call for comments on a draft law, it is a window the public may answer, of no EIA stage.
_POLICY_CONSULTATION = re.compile(
    r"征求《(?P<doc>[^《》\n]{2,80}?)》(?:[（(](?:征求意见稿|草案)[）)])?(?:的)?意见的(?:公告|通知)"
)
_EIA_DOCUMENT = re.compile(r"(?:报告[书表]?|评价|说明)$")
#: ... or the call put in the body: a draft rule, catalogue or notice named with its draft mark
#: ("起草了《关于调整某某权限的通知（征求意见稿）》。现公开征求意见", "形成《某某目录（2022年
#: 本）》（征求意见稿），现向社会公开征求意见"). Only a body's policy document counts here (a
#: notice, rule, catalogue, scheme…), not a plan, whose draft-comment EIA notices name it so.
_DRAFT_POLICY_CALLED = re.compile(
    r"《(?P<doc>[^《》\n]{2,80}?)》(?P<mark>[（(](?:征求意见稿|草案)[）)])?[^《》\n]{0,14}?"
    r"(?:公开|广泛|向社会)[^。；\n]{0,6}?征求[^。；\n]{0,6}?意见"
)
_POLICY_DOCUMENT = re.compile(
    r"(?:通知|通告|办法|规定|目录|名录|清单|方案|细则|条例|规则|制度|标准|指南|决定|意见)$"
)
#: Marks after a document's name that are not its name: the draft, an edition ("（2022年版）"),
#: or the trial or interim status a rule is issued under ("某某指南（试行）", "某某办法（暂行）").
_DRAFT_MARK = re.compile(r"[（(](?:征求意见稿|草案|试行|暂行|[^（）()]{0,8}[版本])[）)]")


def policy_consultation(text: str) -> bool:
    """A call for comments on a draft document that is not an EIA report or its summary."""
    found = _POLICY_CONSULTATION.search(text)
    if found:
        return not _EIA_DOCUMENT.search(_DRAFT_MARK.sub("", found.group("doc")))
    for called in _DRAFT_POLICY_CALLED.finditer(text):
        doc = called.group("doc")
        if not (called.group("mark") or re.search(r"[（(](?:征求意见稿|草案)[）)]$", doc)):
            continue
        if _POLICY_DOCUMENT.search(_DRAFT_MARK.sub("", doc)):
            return True
    return False


#: A title that names the draft itself (not only the notice's number, "第二次公示").
_DRAFT_IN_TITLE = re.compile(r"征求意见稿|意见征求")
#: What a builder puts up before submitting its report (Measures art. 20): the full report and
#: the participation statement, "报批前，对环境影响报告书全文和公众参与说明进行公示".
_FULL_REPORT_BEFORE_SUBMISSION = re.compile(
    r"报[批审]前[^。；\n]{0,40}?全文(?:和|及|与|、|以及)公众参与说明|"
    # ... or the report about to go for approval, put up in full now
    + _ABOUT_TO_SUBMIT_IN_FULL
)


def _counted_not_named(stage: str | None, title: str, body: str) -> bool:
    """Tell whether a title's "二次公示" (the builder counting its notices) stands over a body
    that puts up the full report before submission now, as Measures art. 20 has it ("报批前，
    对环境影响报告书全文和公众参与说明进行公示"; not "将在报批前…", the next stage a
    draft-comment notice announces)."""
    return (
        stage == "eia_draft_comment"
        and not _DRAFT_IN_TITLE.search(title)
        and any(
            "将" not in body[max(0, m.start() - 12) : m.start()]
            for m in _FULL_REPORT_BEFORE_SUBMISSION.finditer(body)
        )
    )


#: A title's "第三次公示" (the builder counting its notices: a province may have the draft put up
#: twice before the report goes in) over a body that puts up the draft now, finished ("《…报告书》
#: （征求意见稿）已完成…进一步公开征求…意见"), naming no submission: a draft for comment.
_THIRD_NOTICE = re.compile(r"第[三3]次(?:信息)?公[示开告]")
_DRAFT_FINISHED = re.compile(
    r"征求意见稿[)）》」”]{0,3}[^。；\n]{0,6}?(?:已|现已)(?:编制)?(?:完成|形成)"
    # (the views asked for in the next sentence: "…公开以下信息，进一步公开征求…建议和意见")
    r"[\s\S]{0,200}?征求[^。；\n]{0,80}?(?:意见|建议)"
)
_SUBMISSION_NAMED = re.compile(r"报[批审送]|送审|审批前|公众参与说明|公参说明|全本")


def _third_notice_of_draft(stage: str | None, title: str, body: str) -> bool:
    """Tell whether a title's "第三次公示" stands over a body that puts up the draft itself."""
    return (
        stage == "eia_pre_submission"
        and _THIRD_NOTICE.search(title) is not None
        and _SUBMISSION_NAMED.search(title + body) is None
        and _DRAFT_FINISHED.search(body) is not None
    )


#: A notice without a title line whose first sentence puts up a post-assessment of works in
#: use ("对“某某水电站项目环境影响后评价报告”环境影响后评价工作进行信息公示"): of no EIA stage,
#: as a title naming 后评价 is (the rule cited, 《建设项目环境影响后评价管理办法》, is left out).
_POST_ASSESSMENT_PUT_UP = re.compile(r"后评价[^。；\n]{0,30}?(?:进行|予以)[^。；\n]{0,6}?公[示开]")


def puts_up_post_assessment(body: str) -> bool:
    head = body[: (body.find("。") + 1) or HEAD_CHARS * 4]
    if "后" not in head or "评" not in head:
        return False  # (cheap test first: dropping the titles cited leaves no 后评价 unprinted)
    head = re.sub(r"《[^《》\n]*》", "", head)
    return _POST_ASSESSMENT_PUT_UP.search(head) is not None


def classify(title: str | None, body: str, has_window: bool = False) -> tuple[str, float]:
    """Return the notice kind and a confidence.

    An EIA notice that names no stage but prints a comment period is a draft-comment notice
    (环境影响评价信息公开 with a period); one with neither is a first notice.
    """
    title = title or ""
    # (a draft rule the text itself puts out for comment is the subject, not a rule it cites)
    consultation = policy_consultation(f"{title}\n{body}")
    body = _UNTIL_DRAFT.sub("", _without_procedure(_CITED_DRAFT_RULE.sub("", body)))
    body = _DUTY_CITED.sub("", _EXISTING_WORKS.sub("", body))
    if "次" in body:  # (each of its announcements names the 第二次 or 再次 notice)
        body = _NEXT_NOTICE_ANNOUNCED.sub("", body)
    if NOT_EIA_STAGE.search(title) or consultation:
        return "other", 0.7
    if PROJECT_INTAKE.search(title) and not EIA_CONTEXT.search(title):
        return "other", 0.6
    if not title and puts_up_post_assessment(body):
        return "other", 0.6
    if _PLAN_DRAFT_TITLE.search(title) and not EIA_CONTEXT.search(title):
        return "other", 0.6
    if RECTIFICATION_PUBLICITY.search(title) or RECTIFICATION_PUBLICITY.search(body):
        return "other", 0.7
    if SYMPOSIUM_SIGN_UP.search(title + body) and not _DRAFT_OFFERED.search(title + body):
        return "other", 0.6
    if HEARING_CALLED.search(title + body) and HEARING_SIGN_UP.search(title + body):
        return "other", 0.6
    if CORRECTIVE_PUBLICITY.search(title + body):
        return "other", 0.6
    if BANKRUPTCY.search(title + body) and not EIA_CONTEXT.search(title + body):
        return "other", 0.7
    from_title, title_eia = title_kind(title) if title else (None, False)
    if from_title == "inspection_reporting":
        return from_title, 0.95
    if from_title == "eia_decision" and _OPINION_ONLY.search(title) and _TO_DECIDE.search(body):
        # "…作出审批意见的公示" over "我局拟对…作出审批意见": the opinion is still to be given
        return "eia_pre_approval", 0.85
    if from_title == "eia_decision" and _hearing_on_proposed(body) and not _MADE.search(body):
        # "…批复决定的公示" over the right to a hearing on the decision "拟作出" (行政许可法
        # art. 47: heard before a licence is decided): the decision is still to be made
        return "eia_pre_approval", 0.8
    if _counted_not_named(from_title, title, body):
        return "eia_pre_submission", 0.85
    if _third_notice_of_draft(from_title, title or "", body):
        return "eia_draft_comment", 0.85
    if from_title in EIA_KINDS:
        return from_title, 0.95
    if from_title in COMPANY_KINDS:
        body_kind = _company_kind(body)
        if from_title == "liquidation" and body_kind == "deregistration_simplified":
            return body_kind, 0.8
        if from_title == "liquidation" and not _CLEAR_LIQUIDATION.search(title + body):
            return "other", 0.5  # 注销 alone (a licence, a certificate) is no liquidation
        return from_title, 0.95 if body_kind == from_title else 0.85
    if INSPECTION.search(body) and not EIA_CONTEXT.search(body):
        return "inspection_reporting", 0.8
    if not title_eia and (
        COMPLETION_PUBLICITY.search(body)
        or (
            COMPLETION.search(body)
            and not _eia_stage(body)
            # (an authority's pre-approval table asks for the completion acceptance to come,
            # "工程竣工环保验收，若…超标": its hearing notice tells the stage, or its table's head)
            and not _HEARING_RIGHTS.search(body)
            and not _pre_approval_form(body)
        )
    ):
        return "other", 0.6
    if title_eia or EIA_CONTEXT.search(body):
        # without a title line, the title often runs into the first sentence
        stage = _eia_stage(title, EIA_TITLE_STAGES) if title else None
        run_in = _RUN_IN_TITLE.match(body) if not title else None
        head = body[: min(HEAD_CHARS, (body.find("。") + 1) or HEAD_CHARS)]
        if run_in and EIA_CONTEXT.search(run_in.group("t")):
            stage = _eia_stage(run_in.group("t"), EIA_TITLE_STAGES)
        elif not title and EIA_CONTEXT.search(head):
            stage = _eia_stage(head)
            if stage == "eia_acceptance" and _ACCEPTANCE_OVER.search(body):
                # the head recounts the acceptance and its publicity as over: the notice is
                # at the stage the rest of the body names (an authority's pre-approval)
                stage = _eia_stage(body[len(head) :]) or stage
            if stage == "eia_first" and not _FIRST_NAMED.search(head):
                # "我单位委托某某公司对…进行环境影响评价" opens notices of every stage: the
                # stage is the one the body names
                stage = None
        if _counted_not_named(stage, title, body):
            return "eia_pre_submission", 0.8
        if stage == "eia_decision" and _hearing_on_proposed(body) and not _MADE.search(body):
            # a decision the head names ("我局拟对1个项目作出不予批复决定", its 拟 lost to a
            # mirror's conversion) over the right to a hearing on it "拟作出": still to be made
            return "eia_pre_approval", 0.7
        if stage == "eia_decision" and _OPINION_ONLY.search(title) and _TO_DECIDE.search(body):
            # "…项目审批意见公示" (a title naming no EIA) over "我局拟对以下环境影响评价文件进行
            # 审查": the opinion is still to be given, as with an EIA title above
            return "eia_pre_approval", 0.75
        if stage:
            return stage, 0.8
        stage = _eia_stage(body)
        if stage == "eia_acceptance" and _pre_approval_form(body) and not _MADE.search(body):
            # the pre-approval form's 公众参与情况 cell recounts the acceptance's publicity
            # ("…在政府网站发布了受理公示"): the form's head tells the stage
            stage = "eia_pre_approval"
        if stage == "eia_pre_approval" and _ACT_MADE.search(body) and not _TO_DECIDE.search(body):
            # the pre-approval's words around an act the authority says it has made
            stage = "eia_decision"
        if (
            stage == "eia_first"
            and not _FIRST_NAMED.search(body)
            and _SECOND_NOTICE_ITEMS.search(body)
        ):
            # the consultant's engagement opens notices of every stage ("受某某公司委托，某某院
            # 承担了该项目环境影响评价工作"); the items the 2006 measures set for the second
            # notice tell which one this is
            stage = "eia_draft_comment"
        if stage:
            return stage, 0.8 if title_eia else 0.7
        if _HEARING_RIGHTS.search(body) or (
            "听证" in body and _HEARING_HEADING.search(body) and _MEASURES_COLUMN.search(body)
        ):
            # the right to a hearing before a licence is decided (行政许可法 arts. 46-47),
            # told by the authority that is to decide: its pre-approval notice
            return "eia_pre_approval", 0.6
        if "主要环境影响及" in body and MEASURES_ITEM_LIST.search(body):
            # the guide's pre-approval items for a project, listed without the page's head
            return "eia_pre_approval", 0.5
        if _pre_approval_form(body) and not _MADE.search(body):
            # the pre-approval form's table alone, nothing told as decided: that notice cut
            # to its table
            return "eia_pre_approval", 0.55
        if _TABLE_PUT_UP.search(body) and not _SPEAKS_AS_AUTHORITY.search(body):
            # a builder putting its finished report table up (a table has no draft stage)
            return "eia_pre_submission", 0.6
        if _PUT_UP_BEFORE_APPROVAL.search(body) and not _SPEAKS_AS_AUTHORITY.search(body):
            # a builder putting its report up before it is approved: the stage before submission
            return "eia_pre_submission", 0.55
        if (
            not has_window
            and _DISCLOSURE_GUIDE.search(body)
            and not _SPEAKS_AS_AUTHORITY.search(body)
            and _PUTS_ITSELF_UP_NOW.search(body)
        ):
            # a builder putting its works up under the disclosure guide, no period set: the
            # full-text disclosure before submission, not a first notice
            return "eia_pre_submission", 0.5
        # (the 2006 measures' second notice outlines the project too, then gives what the
        # assessment found: the impacts and measures of art. 9 (2)-(3), or its conclusions; a
        # first notice comes before any of them)
        first_notice = (
            _PROJECT_OUTLINE.search(body)
            and not _DRAFT_OFFERED.search(body)
            and not _SECOND_NOTICE_ITEMS.search(body)
            and not _CONCLUSION_GIVEN.search(body)
        )
        if has_window and not first_notice:
            return "eia_draft_comment", 0.6
        if has_window:  # a first notice that sets a period of its own (Guizhou, Gansu practice)
            return "eia_first", 0.5
        offered = _PAPER_REPORT_OFFERED.search(body)
        if (
            offered
            and "报告表" in offered.group()
            and "征求意见稿" not in body
            and not _SPEAKS_AS_AUTHORITY.search(body)
        ):
            # a builder's finished report table offered to read, on paper or to download (a
            # table has no draft stage): the one put up before submission
            return "eia_pre_submission", 0.5
        if _CONCLUSION_GIVEN.search(body) or offered or _SECOND_NOTICE_ITEMS.search(body):
            # the assessment's conclusions given (the 2006 interim measures' second notice, art.
            # 9 (4)): the report is drafted, the notice asks views on it, its period cut from
            # the copy; a first notice comes before any conclusion
            # (or the paper report offered to read or ask for, Measures art. 10 (1))
            return "eia_draft_comment", 0.5
        if (
            title_eia
            or FIRST_NOTICE_CONTENT.search(body)
            # (a copy cut after the measures' opening and the works' outline: a notice that
            # names no stage and sets no period, read as the first, as the docstring has it)
            or _INFORMATION_PUT_UP_FOR_VIEWS.search(body)
        ):
            return "eia_first", 0.5
    body_kind = _company_kind(_CITED_RULE.sub("", body))  # (a cited rule's 合并编制 is no merger)
    if body_kind == "liquidation" and not CLAIMS.search(body):
        body_kind = None
    if body_kind:
        return body_kind, 0.7
    return "other", 0.5
