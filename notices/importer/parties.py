"""Who a notice is by and about: issuer, subject company or project, and liquidation dates."""

from __future__ import annotations

import datetime as dt
import re

from .dates import DATE, date_pattern, match_date
from .segment import ORG_SUFFIX
from .text import NAV_LINK

#: (with the "??" a mirror's converter left inside a name for a character it could not read:
#: "湖南某某環??萍纪顿Y有限公司"; never before the name, where it is the page's mojibake)
_ORG_CHARS = (
    r"(?:[\u4e00-\u9fffA-Za-z0-9（）()·&\-]|(?<=[\u4e00-\u9fff])\?{2,4}(?=[\u4e00-\u9fff]))"
)
#: Suffixes that end a company or other business (not a government body).
COMPANY_SUFFIX = (
    r"(?:有限责任公司|股份有限公司|有限公司|分公司|公司|集团|合作社|联合社|合伙企业|"
    r"事务所|艺术团|工作室|经营部|门市部|商行|中心|厂|店)"
    r"(?:[（(](?:有限合伙|普通合伙|特殊普通合伙)[）)])?"
)
COMPANY = re.compile(
    # (not the "集团" inside "某某(集团)股份有限公司")
    rf"(?P<org>{_ORG_CHARS}{{2,40}}?{COMPANY_SUFFIX})(?![)）]?[\u4e00-\u9fff]{{0,4}}公司)"
)
#: A company's own announcement defines itself as "the company": "某某股份有限公司（以下简称
#: “公司”或“某某”）", "某某集团股份有限公司(下称:公司或某某)". A manager's or a court's notice
#: calls the debtor by its name or "债务人", never bare "公司".
_SELF_DEFINED = re.compile(r"[（(](?:以下)?(?:简称|下称)[：:]?(?P<inner>[^（）()\n]{1,40})[）)]")
_BARE_COMPANY = re.compile(r"(?:^|[“\"、或，,])本?公司(?:$|[”\"、或，,])")
#: What may stand before the name in its sentence: a clause, a date, a verb of the court's;
#: or the end of the title line the text joined to it ("关于…暨通知债权人的公告" / "某某股份有限
#: 公司（简称本公司）董事会…"): no company's name holds the word 公告.
_BEFORE_NAME = re.compile(
    r"^.*(?:[，,。；;：:、“”\s]|[）)](?![股有集公])|对|向|收到|原因|原由|理由|事由|决定|根据|依据|鉴于|关于|指定|"
    r"公告)"
)


def self_named_company(text: str) -> tuple[str, int, int] | None:
    """The company that calls itself "公司" in its own announcement, and where it stands (the
    name may be broken over lines)."""
    for m in _SELF_DEFINED.finditer(text, 0, 2000):
        inner = m.group("inner").strip('“”" ')
        if not _BARE_COMPANY.search(m.group("inner")) and inner not in ("公司", "本公司"):
            continue
        start = max(0, m.start() - 60)
        prefix = text[start : m.start()]
        cut = _BEFORE_NAME.match(prefix.replace("\n", "\x00"))
        at = start + (cut.end() if cut else 0)
        lead = _LEAD_WORDS.match(text, at, m.start())
        at = lead.end() if lead else at
        heading = _HEADING_REST.match(text, at, m.start())
        if heading and _HEADING_MARK.search(text, 0, at):
            below = text[heading.end() : m.start()].replace("\n", "")
            if COMPANY.fullmatch(below):
                return below, heading.end(), m.start()
        name = text[at : m.start()].replace("\n", "")
        if COMPANY.fullmatch(name):
            return name, at, m.start()
    return None


CLEARING_GROUP = re.compile(r"(?:清算组|清算小组|清算委员会|清算人|破产管理人|管理人)$")
_SUBJECT_LABEL = re.compile(
    rf"(?:公司名称|企业名称|名称)[：:]\s*(?P<org>{_ORG_CHARS}{{2,40}}?{COMPANY_SUFFIX})"
)
_TITLE_ORG = re.compile(rf"^(?:关于)?(?P<org>{_ORG_CHARS}{{2,40}}?{COMPANY_SUFFIX})")
_SELF = re.compile(r"^(?:本公司|本企业|我公司|本单位)")
#: A numbered heading on a line of its own over the name, as a PDF's text prints it
#: ("（一）本次拟回购注销" / "某某股份有限公司（以下简称“公司”）…"): the heading ends at its
#: line break, where the name begins.
_HEADING_MARK = re.compile(
    r"(?:^|\n)\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)$"
)
_HEADING_REST = re.compile(r"[^\n（）()]{1,20}\n")
#: Words that open a sentence before the company's name ("根据XX公司…", "经XX公司…").
_LEAD_WORDS = re.compile(r"^(?:根据|依据|按照|经|由|鉴于|关于|现|兹|因|为)+")
#: A project name ends in a kind of works; a title residue without one is not a project.
_PROJECT_END = re.compile(
    r"(?:项目|工程|改造|扩建|新建|技改|电站|风电场|光伏电站|变电站|站|厂|矿|线|管道|园区|基地|"
    r"中心|场|库|路|桥|隧道)(?:[（(][^）)]{1,12}[）)])?$"
)

PROJECT_LABEL = re.compile(
    r"(?:项目名称|建设项目名称|工程名称)[：:]\s*(?P<p>[^，,。；;\n：:]{2,60})"
)
PROJECT_REPORT = re.compile(
    r"《(?P<p>[^《》\n]{2,80}?)(?:环境影响(?:评价)?报告[书表]|环评报告[书表]?)(?:（[^）]{0,8}）)?》"
)
_EIA_TITLE_TAIL = re.compile(
    r"(?:的)?(?:建设项目)?(?:竣工)?(?:环境影响|环评|环境保护).*$|"
    r"(?:的)?(?:第[一二三四五六七八九十\d]次|首次)?(?:公众参与)?(?:信息)?(?:公示|公开|公告)$"
)
#: An inspection group, with its number when printed after the name: "国家海洋督察组(第四组)";
#: also a Party inspection group taking reports ("区委第一巡察组"), or a campaign's supervision
#: group numbered in figures ("中央扫黑除恶第20督导组").
_INSPECTOR = re.compile(
    r"(?P<org>(?:中央|国家|自治区|省|市)?(?:[\u4e00-\u9fff]|(?<=第)\d{1,3}){0,30}?"
    r"(?:督察组|巡察组|巡视组|督导组)"
    r"(?:[（(]第[一二三四五六七八九十\d]{1,3}组[）)])?)"
)
BUILDER = re.compile(
    # the name after a colon, run on, or alone on the line under a heading ("一、建设单位")
    # or under a heading naming what its lines give ("一、建设单位名称和联系方式")
    # (not the consultant's "编制单位名称", "评价单位名称")
    # (older notices call the builder its owner: "业主单位：…"; a grid company's notice names
    # the branch that manages the building for it: "建管单位：某某电力有限公司建设分公司")
    # (or what a heading says it gives: "三、项目建设单位基本情况")
    # (older notices label the name's line under that heading: "三、建设单位及联系方式" /
    # "单位：某某铁路局" or "单位名称：…")
    # (or its "项目业主：…", as the 2006 measures' notices print it)
    # (a plan's commissioning body under the same heading, the name on the next line or run
    # on after it once the lines are joined: "二、规划环评委托单位名称及联系方式" / "某某局")
    rf"(?:(?:(?:建设|业主|建管)单位|(?<![\u4e00-\u9fff])(?:规划环评|规划|环评)?委托单位)(?:的)?(?:名称)?"
    r"(?:(?:(?:(?:和|及|与)联系方式|基本情况|基本信息)[ \t\u3000]*\n|(?:和|及|与)联系方式)"
    r"[ \t\u3000]*"
    r"(?:单位(?:名称)?[：:][ \t\u3000]*)?|"
    # (or that heading with the name run on after its colon: "二、建设单位名称和联系方式：某某
    # 新能源有限公司，联系人…")
    r"(?:和|及|与)联系方式(?=[：:]))?|"
    # (or "建设业主：…", as Sichuan builders print it)
    r"(?<!编制|评价|环评|咨询)单位名称|(?:项目|建设)业主|"
    # (or "项目单位：…", as the measures' item "建设项目情况名称及概要" lists it beside 性质)
    r"(?<!编制|评价|环评|咨询)项目单位(?=[：:])|"
    # a plan's organising authority: "主管单位：…", "规划编制机关：…", "规划实施单位：…",
    # "规划单位：…", "规划组织单位：…", "规划组织实施单位：…"; the body that commissioned the
    # assessment or carries out a public project: "委托单位：…", "项目实施机构：…"; also with
    # its name label: "规划编制单位名称：…"; a plan drawn up under a body's charge,
    # "规划组织编制单位：某某厅"
    # (under a heading that named the plan, the label alone: "二、规划实施单位名称和联系方式" /
    # "实施单位：某某市自然资源局"; a plan's contacts under "组织单位：某某开发区管理委员会")
    # (or the body that carries a plan out, "规划执行单位：某某县规划和自然资源局")
    r"主管单位|规划(?:组织)?编制(?:机关|单位)(?:名称)?|规划(?:组织实施|实施|执行|组织)?单位|委托单位|"
    r"项目实施(?:机构|单位)|"
    r"(?<![\u4e00-\u9fff])(?:实施|组织)单位(?=[：:])|"
    # the body that puts the notice up, under its own label ("公告单位：某某研究总院"), and a
    # park's managing body in a plan or tracking assessment ("园区管理单位名称和联系方式 / 管理
    # 单位：某某开发区管理委员会")
    r"公告单位|管理单位|"
    # a plan's two bodies named under one label (Shanghai's form): "专项规划编制机关、产业园区
    # 管理机构名称：…"
    r"规划编制机关、[\u4e00-\u9fff]{2,10}名称)"
    # (or in the next cell of a web table flattened with rules: "业主单位: | 某某管理委员会 |")
    # (not a sentence giving the builder a duty: "建设单位应通过合理布局…")
    # (its colon typed twice by a slip: "建设单位：：某某中心")
    r"(?:[：:]?[ \t\u3000]*\|[ \t\u3000]*|[：:]{1,2}\s*|[ ]*\n[ ]*|"
    r"(?![、或和及与的在将对向开应须需]))"
    rf"(?P<org>(?![\u4e00-\u9fff]{{0,2}}(?:联系|地址|名称))"
    # (a second name in brackets after it, a hospital's as a university's clinical school:
    # "某某大学第三医院（某某大学第三临床医学院）")
    rf"{_ORG_CHARS}{{2,48}}?{ORG_SUFFIX}(?:[（(][\u4e00-\u9fff]{{1,20}}[）)])?)"
    # (not a group's name cut before the company form it goes on with, when a copy lost the
    # space before the next label: "建设单位名称：某某集团有限公司地址：…")
    r"(?!(?:股份)?有限(?:责任)?公司|分公司|公司)"
    # (a postcode label run on after the name: "建设单位：某某公司邮政编码：…")
    # (a mirror's mojibake "?" stands for the space before the next label: "某某局?联系方式：…")
    # (or any next label run on once a copy lost its spaces: "…有限责任公司项目性质：新建",
    # or the next section's number, in a copy flattened to one line: "…委员会八、环评机构")
    # (or the person to ask run on after it: "某某水务投资有限公司杨工，联系电话…")
    # (or a web table's cell rule after it: "业主单位: | 某某管理委员会 |")
    # (or the duty the measures give it, in a sentence naming it: "报告书（征求意见稿）完成后，
    # 建设单位某某建设有限公司应当公开相关信息")
    r"(?=[\s，,。；;\n|｜]|[?？](?=联系|地址|电话)|联系|地址|单位|电话|邮箱|邮政编码|邮编|于\d|$|"
    r"应当|"
    # (or a second builder after it, the first named: "建设单位：某某水务投资有限公司、某某区某某
    # 水务投资有限责任公司")
    rf"、{_ORG_CHARS}{{2,48}}?{ORG_SUFFIX}(?:$|[\s，,。；;])|"
    # (or what it did, run on after its name: "建设单位某某机电有限公司组织成立了验收工作组")
    r"(?:组织)?(?:成立|召开)|"
    r"[\u4e00-\u9fff]{1,2}(?:工|先生|女士|经理|主任)[，,]|"
    # (… or the next item's number in brackets: "建设单位：某某石场 (3)建设地点：…", or with a
    # point once the space before it was lost: "委托单位：某某管理委员会3.规划概况：…")
    # (a label never opens on the 会 that ends a 管委会 whose space before "联系电话：" was lost)
    r"(?!会)[\u4e00-\u9fff]{2,6}[：:]|[一二三四五六七八九十]{1,3}、|[(（][\d一二三四五六七八九十]{1,2}[)）]|"
    r"\d{1,2}[.．、](?=[\u4e00-\u9fff])|"
    # (or its postcode or phone in brackets: "建设单位：某某电力有限公司（邮编561600）；联系人…")
    r"[(（](?:邮编|邮政编码|电话|联系)|"
    # (... or as one glyph, a number in a bracket or a circle: "建设单位：某某有限公司⑵联系地址")
    r"[\u2460-\u2487])"
)
_AUTHORITY = re.compile(
    rf"(?P<org>{_ORG_CHARS}{{2,30}}?(?:生态环境局|环境保护局|生态环境分局|环境保护分局|"
    r"生态环境厅|环境保护厅|行政审批局|"
    # (the short forms older pages print: "某某市环保局", "省环保厅")
    r"环保局|环保厅|"
    # (its district office after it, run on or in brackets as Zhejiang prints it: "宁波市生态
    # 环境局象山分局", "宁波市生态环境局（象山分局）")
    r"行政审批服务局|生态环境部|环境保护部)"
    # (... or its office for a part of a new area, the part named in brackets: "某某新区生态环境局
    # （某西）工作部")
    # (… or its new area's office with the district it covers in brackets, as Zhejiang names
    # them: "某某市生态环境局某某新区（某东区）分局", "某某市生态环境局高新区（某江）分局")
    # (a development zone's office, its name up to ten characters: "长春市生态环境局某某经济技术
    # 开发区分局", "…汽车经济技术开发区分局")
    r"(?:[\u4e00-\u9fff]{1,10}?分局|[（(][\u4e00-\u9fff]{1,8}?分局[）)]|"
    r"[\u4e00-\u9fff]{1,8}?[（(][\u4e00-\u9fff]{1,6}[）)]分局|"
    r"[（(][\u4e00-\u9fff]{1,6}[）)](?:工作部|分局|办事处)|"
    # (… or the second name the bureau also bears, in brackets after it: "某某市生态环境局
    # （某某新区管理委员会产业保障局）拟对…作出审批意见的公示")
    r"[（(][\u4e00-\u9fff]{2,20}?局[）)])?)"
    # not a ministry's order cited as the rule followed ("生态环境部令第4号", also with the
    # ministry's 部 printed again before it: "生态环境部部令第4号"), nor the bureau's counter
    # in a service centre named in an address ("…五楼生态环境局窗口"), nor the departments in
    # general ("报送生态环境部门审批": 部门, not the ministry 生态环境部)
    r"(?!部?令|窗口|门)"
)
#: The builder named in brackets after its label: "建设单位（某某管理局）：联系人…", also in a
#: sentence that lists who to ask: "向建设单位（某某管理处）、评价单位索取补充信息".
_BUILDER_BRACKETED = re.compile(
    rf"建设单位[（(](?P<org>{_ORG_CHARS}{{2,40}}?{ORG_SUFFIX})[）)]\s*(?:[：:]|[、或和及与](?=[^。；\n]{{0,6}}单位))"
)
#: "X委托Y开展…环境影响评价", "受X委托": the builder X commissioned the assessment.
#: (not "受省环保厅委托，我局…": there X entrusts its power to the authority that speaks, which
#: issues the notice, see ``_ENTRUSTED_SPEAKER``)
_COMMISSIONED = re.compile(
    # (a mirror's mojibake may stand before the name: "????某某公司委托…"; a title that ends
    # in a bracket may be run into the sentence: "…公开（二次公示）某某委员会委托…")
    # (the consultant that speaks may be named first: "某某研究院受X委托开展…评价": X; the
    # builder may define itself first, as the speaker it then is: "受某某有限公司（以下简称
    # “我单位”）的委托，某某环保科技有限公司承担了…")
    rf"(?:^|[，,。；;：:\n)）])[?？]*(?:[^，,。；;：:\n]{{2,40}}?(?:院|所|公司|中心)受(?!理)|受)?"
    rf"(?P<org>{_ORG_CHARS}{{2,40}}?{ORG_SUFFIX})"
    # (or any short name it gives itself there, its own or the speaker's word for it: "受某某
    # 油田分公司（以下简称“某某分公司”）的委托", "（以下简称公司）的委托")
    r"(?:[（(](?:以下)?(?:简称|下称)[：:]?[“\"]?[^（）()“”\"\n，,。]{1,12}?[”\"]?[）)])?"
    # (or "现已委托": "某某开发有限公司现已委托某某环保科技有限公司对…进行环境影响评价";
    # also "现已正式委托…编制《…报告书》")
    r"(?:现已|已|于[^，,。；;\n]{0,16}?)?(?:正式)?(?:委托|的委托)"
)
#: What follows "受X委托" when X entrusted its power to the authority that speaks ("受江苏省
#: 环保厅委托，我局…作出审批决定"): X neither builds nor signs; the speaker does.
_ENTRUSTED_SPEAKER = re.compile(r"委托\s*[，,、]?\s*(?:我|本)(?:局|厅|委|部|分局)")


def _entrusts_speaker(body: str, org_end: int) -> bool:
    """Whether the organisation ending at ``org_end`` entrusts its power to the speaker."""
    return _ENTRUSTED_SPEAKER.match(body, org_end) is not None


#: Words that open a sentence or a source line before an organisation's name.
_ORG_LEAD = re.compile(
    # (or the word offering a second place to write to: "…政务服务中心一楼，或某某生态环境局
    # 环评科": 或 opens no name)
    # (本 opening the city of 本溪 is its name: "本溪某某药业有限公司", not "本公司")
    # (or the news lead's time word: "日前某某省生态环境厅发布了…", "近日，…")
    r"^(?:根据|依据|按照|转自|来源|随着|鉴于|关于|其中|经|由|受|向|对|为|在|现将|现|兹|因|我|本(?!溪)|或者|或|"
    r"日前|近日|近期|今日|昨日)+"
    # ... or a web form's label whose colon was lost: "管理机构某某工业园区管理委员会"
    r"|^(?:管理机构|建设单位|规划单位|实施单位|发文单位|主管单位|委托单位)(?![:：])"
)
#: An address printed before the name in a signature block ("…路529号达州市环境保护局").
#: (or a block and floor: "…88号A2座四川省生态环境厅", "…行政大楼19层某某市生态环境局")
#: (a re-poster may mask its figures: "…科园南路**号A*座四川省生态环境厅", the name then read
#: from the character after the mask: "座四川省生态环境厅")
_ADDRESS_LEAD = re.compile(
    r"^(?:.*?(?:[\d*]+号|号楼|[\d*]+室|[\d*]+[楼层]|[A-Z]?[\d*]+座)|座)(?=[\u4e00-\u9fff]{4})"
)
#: A website's name a spam site glued before a title ("某某体育官方网站某某市生态环境局关于…"):
#: no organisation's name holds a website's. (Unless a legal form follows: a mirror that put a
#: brand in a company's name, "某某官网股份有限公司某某矿", prints that as the name.)
_SITE_LEAD = re.compile(
    r"^[^，,。；;\n]*?(?:官方网站|官网)(?!股份|有限|集团|公司)(?=[\u4e00-\u9fff]{4})"
)
#: A title run into the name by a line join: "…规划环境影响评价第二次公示某某管委会委托…", or a
#: category a re-poster sets before it with a dash ("海外监管公告-某某股份有限公司因…公告").
_TITLE_LEAD = re.compile(r"^[^，,。；;：:]{4,}?(?:公示|公告)[-－—–]?(?=[\u4e00-\u9fff]{4})")
#: A web page's own buttons run into the name by a line join: the article's toolbar ("字体：[ ]
#: 收藏 打印") printed on the line above the signature-style heading "某某市生态环境局", or a
#: re-poster's paywall line ("…查看详细信息请 注册/登录") above the title "某某市生态环境局关于…".
#: No organisation's name opens with a button's word.
_CONTROLS_LEAD = re.compile(r"^(?:收藏|打印|分享|关闭|登录)+(?=[\u4e00-\u9fff]{4})")
#: A re-poster's region tag before a title, its province and city run into the name they
#: precede: "浙江舟山舟山市环保局关于…" (the city named again), "江西南昌江西某某有限公司…" (the
#: province named again). A place printed twice in a row is a tag, not part of the name.
_PROVINCES = (
    "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|"
    "湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆"
)
_REGION_TAG = re.compile(
    rf"^(?P<prov>{_PROVINCES})(?P<city>[\u4e00-\u9fff]{{2,3}}?)"
    r"(?=(?P=prov)(?:省|自治区|市)?[\u4e00-\u9fff]{2}|(?P=city)(?:市|县|区|州|盟|地区))"
)
#: An address with the name in brackets after it, the bracket not closed within the name read:
#: "通讯地址：某某县某某路住建局二楼（某某市生态环境局某某分局）", or a service hall's name
#: before it: "联系地址：某某县某某路001号市民之家（某某市生态环境局某某分局政务窗口）".
_BRACKETED_AFTER_ADDRESS = re.compile(
    r"^[^（()）]*?(?:楼|层|室|号|院|路|街|道|之家|服务中心|大厅)[（(](?=[^（()）]{4,}$)"
)


#: A title naming its issuer: "XX行政审批局关于对…的公示", "XX有限公司关于…的公告", or an
#: authority's title naming the step it is about to take: "XX生态环境局XX分局拟对…作出批准
#: 决定的公示", maybe with the day it acts on before the act: "某某管委会生态环境局2025年5月15日
#: 对建设项目环境影响评价文件拟进行审查审批的公示". (a web table's empty row may be run into the
#: title line before it: "||||某某局关于…") A newspaper's heading may be the body's name and
#: the notice word alone: "某某省林业和草原局公示", "某某县人民政府公告".
TITLE_ISSUER = re.compile(
    rf"^[|｜ ]*(?P<org>{_ORG_CHARS}{{2,40}}?{ORG_SUFFIX}"
    # (a bureau with the second name it also bears in brackets: "某某市生态环境局（某某新区
    # 管理委员会产业保障局）拟对…")
    r"(?:(?<=[局厅])[（(][\u4e00-\u9fff]{2,20}?局[）)])?)"
    r"(?:关于|(?:(?<=[局厅])|(?<=局[）)]))拟(?:对|批准|作出|审批)|(?=\d{4}年\d{1,2}月\d{1,2}日(?:对|拟))|"
    # (or the day, then what it acts on, then the step: "某某分局2025年06月12日环评文件拟批准
    # 意见公告")
    r"(?<=[局厅])(?=\d{4}年\d{1,2}月\d{1,2}日[^，。；\n]{0,12}?拟(?:批准|审批|作出|对))|"
    # ... or an authority's title naming the projects before the step it is about to take
    # ("某某市生态环境局建设项目环境影响评价文件拟审批公示"), maybe after the day it went up
    # ("3月4日某某市生态环境局…"), or naming the EIA files it took in by their short name
    # ("某某区行政审批局环评受理公示（第12期）", "某某局环境影响评价文件受理公示")
    r"(?<=[局厅])(?=(?:建设项目|环评|环境影响)[^，。；\n]{0,30}?(?:拟|受理))|"
    # ... or a government's title naming the land it takes (土地管理法 art. 47: only a people's
    # government at county level or above announces it): "某某县人民政府征收土地预公告"
    r"(?<=人民政府)(?=(?:拟)?征(?:收|用)?(?:集体)?土地[^，。；\n]{0,16}?"
    r"(?:公告|公示)[ \t\u3000]*$)|"
    r"(?=(?:公示|公告|通告)[ \t\u3000]*$))"
)
#: An EIA title led by the company whose project it is: "某某有限公司年产6000吨…项目环境影响…",
#: "某某有限公司某某港区…泊位工程环境影响报告书…".
#: A company's branch named after it, its place first: "某某销售有限公司某某第五加油站",
#: "某某股份有限公司某某石油分公司" (the unit that builds, not the project's verb: "…有限公司
#: 新建加油站项目").
_BRANCH = (
    r"(?:(?!新建|扩建|改扩建|迁建|改建|技改|年产|建设|拟建)[\u4e00-\u9fff]{2,16}?"
    r"(?:分公司|加油站|加气站|加油加气站|充电站|营业部))?"
)
TITLE_COMPANY = re.compile(
    # (maybe after a news portal's place label in brackets: "【某地】某某有限公司某某项目…公示")
    r"^(?:【[\u4e00-\u9fff]{2,6}】)?"
    rf"(?P<org>{_ORG_CHARS}{{2,40}}?(?:有限责任公司|股份有限公司|有限公司){_BRANCH})"
    r"(?=年产|新建|扩建|改扩建|技改|技术改造|[^，。；\n]{0,30}?(?:项目|工程))"
)


#: A project named in its marks in a builder's notice, led by the company whose it is:
#: "《某某科技有限公司年产10万吨某某项目》已委托某某研究所编制完成征求意见稿".
BRACKETED_COMPANY_PROJECT = re.compile(
    rf"《(?P<org>{_ORG_CHARS}{{2,40}}?(?:有限责任公司|股份有限公司|有限公司))"
    r"(?=年产|新建|扩建|改扩建|技改|技术改造|[^，。；《》\n]{0,30}?(?:项目|工程))"
)


#: ... or without marks, the project's report said to be commissioned, as the 2006 measures'
#: notices open ("根据…办法，某某有限公司某某项目环境影响报告书已委托某某大学编制，现将…"):
#: the company whose project it is puts the notice up.
COMPANY_PROJECT_COMMISSIONED = re.compile(
    r"(?:^|[，,。；;\n])[ \u3000]*"
    rf"(?P<org>{_ORG_CHARS}{{2,40}}?(?:有限责任公司|股份有限公司|有限公司))"
    r"[^，,。；;\n《》]{0,40}?(?:项目|工程)的?环境影响(?:评价)?报告[书表](?:已|现已)?委托"
)


#: A title line led by the organisation that puts the notice up, set off by a space, as news
#: portals and advertising pages print it: "某某管理委员会 某某规划环境影响…公示".
TITLE_LED_BY_ORG = re.compile(
    rf"^[ \u3000]*(?P<org>{_ORG_CHARS}{{4,40}}?{ORG_SUFFIX})[ \u3000]+(?=[^\s（(])"
)


#: The former name printed after a name: "XX分局(原XX环境保护局)", or the role it acts in for
#: the project: "XX交通运输局(代业主)", "(项目业主)".
_FORMER_NAME = re.compile(r"[（(](?:原[^（）()]{2,30}|代业主|代建单位|项目业主|业主)[）)]$")
#: A disclosure number run into the name by the line join: "2026-010XX股份有限公司"; or a phone
#: run into the bracket of the remark naming the office that answers it, no space or one between
#: them ("0730-1234567(某某县环境保护局办公室)", "0931-1234567(某某市生态环境局某某科"): the name
#: starts inside the bracket.
_NUMBER_LEAD = re.compile(r"^\d[\d\-—－]{2,}[ ]?[（(]?(?=[\u4e00-\u9fff])")
#: Dates run into the name by a sentence cut before them: "年12月19日-2022年12月31日XX局".
#: (or the day a law was issued, cited in brackets before the name, and the word joining them:
#: "年8月17日）及某某省环保厅")
_DATE_LEAD = re.compile(
    r"^[\d年月日\-—–－至~～]*\d{1,2}日(?:[)）][及和与、]?)?(?=[\u4e00-\u9fff]{4})"
)


#: A sentence run into the name, its verb done before the name it reaches ("…复查工作通过了
#: 市环境保护局现场验收"): a verb's 了 is no part of a name, the name starts after it.
#: (or a clause naming who handles the matter: "…环境影响报告表已由某某市生态环境局负责受理")
_CLAUSE_LEAD = re.compile(r"^[^，,。；;]*(?:了|(?:已|现|均|将|拟|应|须)由)(?=[\u4e00-\u9fff]{4})")


#: Where the public is told to send opinions, run into the name: "请于公示期内将书面意见反馈至XX局",
#: "请于本公示发布之日起10个工作日内向XX局陈述意见" (the time allowed, then to whom), the
#: time in brackets: "请在公示期间（2023年7月3日至7月14日，共10个工作日）向XX局反映", or the
#: office itself the object of 报 ("如有意见请在此时间内报XX局行审科").
_SENT_TO = re.compile(
    r"^[^，,。；]*?(?:(?:反馈|反映|提交|寄送|寄|送|报送)(?:至|给|到)|(?:日内|期内|期间)向|"
    r"(?:日内|期内|期间|时间内)报(?:送)?(?:至|给|到)?)|"
    r"^[^。；（(]*?[）)]向|"
    # (or the clause that says who hears them, opening at its comma: "如对该项目审批有意见建议，
    # 可向XX局提出")
    r"^(?:均|亦|也)?(?:可以?|请)向"
)


def clean_org(name: str) -> str:
    """Drop the words, number and address printed before a name ("根据省生态环境厅":
    省生态环境厅), the bracket of a remark it opens ("0931-1234567 (某某市生态环境局环评科)")
    and the former name printed after it. A web listing's bullet left before a line ("·某某局
    关于…") is no part of the name either: a name's middle dot stands inside it, never first."""
    name = name.lstrip("·•●▪■◆")
    if name[:1] in "(（" and not any(ch in name for ch in ")）"):
        name = name[1:]
    name = _BRACKETED_AFTER_ADDRESS.sub("", name)
    name = _REGION_TAG.sub("", name)
    # (an address may print a number and then a floor: "…113号市政府行政大楼19层某某局")
    name = _ADDRESS_LEAD.sub("", _ADDRESS_LEAD.sub("", name))
    name = _FORMER_NAME.sub("", _NUMBER_LEAD.sub("", name))
    name = _TITLE_LEAD.sub("", _SITE_LEAD.sub("", _CONTROLS_LEAD.sub("", name)))
    name = _DATE_LEAD.sub("", name)
    name = _CLAUSE_LEAD.sub("", name)
    sent = _SENT_TO.match(name)
    if sent and len(name) - sent.end() >= 4:
        name = name[sent.end() :]
    lead = _ORG_LEAD.match(name)
    name = name[lead.end() :] if lead and len(name) - lead.end() >= 4 else name
    if lead:  # (a batch title's day after its 关于: "关于2025年4月28日某某市生态环境局拟作出…")
        name = _DATE_LEAD.sub("", name)
    about = _AUTHOR_ABOUT.match(name)
    if about and COMPANY.fullmatch(name[about.end() :]):
        name = name[about.end() :]
    return _without_open_bracket(name)


#: A document's author and its 关于 before the company the document is about, when a cited
#: title ("取得了《某某市经济和信息化委员会关于某某有限公司年产1万吨某某项目备案的批复》") is
#: read as a name: no name holds 关于, the company is the one after it.
_AUTHOR_ABOUT = re.compile(r"^[^，,。；;《》\n]{2,40}?关于(?=[^，,。；;《》\n]{4,}$)")


#: A second name an office prints in brackets after its own ("某某区建设局（某某市生态环境局
#: 某某区分局）") that the reading cut before its closing bracket: the office is the name before.
_OPEN_SECOND_NAME = re.compile(
    r"(?<=[局厅委会司])[(（](?=[^()（）]*(?:局|厅|委员会|管委会)$)[^()（）]*$"
)


def _without_open_bracket(name: str) -> str:
    cut = _OPEN_SECOND_NAME.search(name)
    return name[: cut.start()] if cut and cut.start() >= 4 else name


_SENTENCE = "。；\n"
DISSOLVED = re.compile(r"(?:决议|决定|同意|通过|形成)[^。；\n]{0,14}?(?:解散|注销|终止)|解散")
FORMED = re.compile(
    r"(?:成立|组成|组建|设立|产生)[^。；\n]{0,16}?清算(?:组|小组|委员会)|"
    r"(?:指定|选定|推选|委托|聘请)[^。；\n]{0,24}?为清算(?:人|组成员|组负责人)"
)
FORMED_AFTER = re.compile(
    rf"清算(?:组|小组|委员会)[^。；\n]{{0,10}}?于(?:{date_pattern('d')})[^。；\n]{{0,4}}?"
    r"(?:成立|组成|组建|设立)"
)
_SAME_DAY = re.compile(r"同日|当日|同时|即日")


#: A company's board signing its announcement ("某某股份有限公司董事会", or "董事会" on the line
#: under the name): the board acts for the company, which issues the notice.
_BOARD = re.compile(r"(?<=公司)(?:董事会|监事会)$")
_BOARD_ALONE = frozenset({"董事会", "监事会"})


def issuer_from_signature(orgs: list[tuple[str, str | None]]) -> str | None:
    """Return the issuer from the signature's organisations (the builder when labelled)."""
    if not orgs:
        return None
    for org, label in orgs:
        if label and label.startswith("建设单位"):
            return org
    names: list[str] = []
    for org, _ in orgs:
        if org in _BOARD_ALONE and names and names[-1].endswith("公司"):
            continue
        org = _BOARD.sub("", org)
        if org not in names:
            names.append(org)
    return "、".join(names)


#: Characters that make another body of the same name, not a letter OCR dropped from it:
#: "某某公司" and "某某分公司" are two companies.
_NOT_DROPPED = set("分子总")


def fuller_reading(name: str, body: str) -> str | None:
    """The signature's organisation read with one more character in the notice's body. OCR
    drops a blurred character far more often than it adds one: where the body never prints
    the name as the signature was read but has it with one more Chinese character inside,
    the body kept the character the signature lost (a clearing group's suffix aside)."""
    stem = CLEARING_GROUP.sub("", name)
    if len(stem) < 6 or stem in body:
        return None
    head = stem[:2]
    at = body.find(head)
    while at != -1:
        candidate = body[at : at + len(stem) + 1]
        for i in range(2, len(stem)):
            extra = candidate[i] if len(candidate) == len(stem) + 1 else ""
            if (
                "\u4e00" <= extra <= "\u9fff"
                and extra not in _NOT_DROPPED
                and candidate[:i] == stem[:i]
                and candidate[i + 1 :] == stem[i:]
            ):
                return candidate + name[len(stem) :]
        at = body.find(head, at + 1)
    return None


def subject_company(
    issuer: str | None, title: str | None, body: str
) -> tuple[str, str, int] | None:
    """Return (company, where it was read: "issuer", "title" or "body", offset there)."""
    if issuer:
        first = issuer.split("、")[0]
        stripped = CLEARING_GROUP.sub("", first)
        if stripped != first and len(stripped) >= 2:
            return stripped, "issuer", 0
    if title:
        m = _TITLE_ORG.match(title)
        if m:
            return m.group("org"), "title", m.start("org")
    m = _SUBJECT_LABEL.search(body)
    if m:
        return m.group("org"), "body", m.start("org")
    m = COMPANY.search(body[:200])
    if m and not _SELF.match(m.group("org")):
        lead = _LEAD_WORDS.match(m.group("org"))
        number = _NUMBER_LEAD.match(m.group("org"))
        cut = lead.end() if lead else number.end() if number else 0
        return m.group("org")[cut:], "body", m.start("org") + cut
    if issuer:
        return issuer.split("、")[0], "issuer", 0
    return None


#: An authority's title naming its step before the project ("关于受理XX工程环评文件的公告",
#: "拟批准XX项目环境影响报告表审批文件公示", "2024年12月17日拟对XX项目环评文件作出审批意见的公告").
_STAGE_LEAD = re.compile(r"^(?:\d{4}年\d{1,2}月\d{1,2}日)?(?:拟(?:对|批准|审批|受理)|受理)")


#: An authority's name ending a title's lead: its own list of projects, not a project.
_AUTHORITY_NAME_END = re.compile(r"(?:局|厅|委员会|人民政府|政府|办公室)$")
#: The files an authority takes in or decides on, after "建设项目" in its title.
_AUTHORITY_FILES = re.compile(r"环境影响评价文件|环评文件")


def project_from_title(title: str) -> str | None:
    """Return the project a title names ("XX项目环境影响评价第二次公示" -> "XX项目")."""
    core = title.split("关于", 1)[1] if "关于" in title else title
    whole = core
    core = _EIA_TITLE_TAIL.sub("", core).rstrip("的")
    if (
        not _PROJECT_END.search(core)
        and not _AUTHORITY_NAME_END.search(core)
        and whole.startswith(core + "建设项目")
        and not _AUTHORITY_FILES.match(whole, len(core) + 4)
    ):
        # ("某某公司年屠宰30万头生猪建设项目环境影响评价第二次公示": the name ends in its
        # 建设项目, which the tail took with it; not an authority's list, "某某局建设项目环境
        # 影响评价文件受理公示", "…拟作出建设项目环境影响评价文件批复决定的公示")
        core += "建设项目"
    core = _STAGE_LEAD.sub("", core, count=1)
    if len(core) < 4 or core in ("建设项目", "项目") or not _PROJECT_END.search(core):
        return None
    return core


#: A line holding only a project's name, as in an OCR'd table of projects.
PROJECT_LINE = re.compile(
    r"^(?P<p>[^，,。；;：:\n《》“”]{4,60}?(?:项目|工程)(?:[（(][^）)\n]{1,12}[）)])?)$", re.M
)


#: A heading over a list of projects, not a project: "一、拟批准环境影响评价文件的建设项目",
#: "作出审批决定的建设项目".
LIST_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])|的建设项目$"
)


ROW_NUMBER = re.compile(r"^\d{1,3}[ ]*[|｜][ ]*")


def project_from_body(body: str) -> tuple[str, int] | None:
    """Return the project named in a body: a 项目名称 label, a report's title, a table row."""
    for pattern in (PROJECT_LABEL, PROJECT_REPORT):
        m = pattern.search(body)
        if m and m.group("p").strip() not in ("建设项目", "项目"):
            return m.group("p").strip(), m.start("p")
    for m in PROJECT_LINE.finditer(body):
        name = m.group("p").strip()
        if name in ("建设项目", "项目") or LIST_HEADING.search(name):
            continue
        cell = ROW_NUMBER.match(name)  # a table row: "1 | 某某工程"
        return (name[cell.end() :], m.start("p") + cell.end()) if cell else (name, m.start("p"))
    return None


_NUMBERED_INSPECTOR = re.compile(
    r"第[一二三四五六七八九十\d]{1,3}[\u4e00-\u9fff]{0,24}(?:督察组|巡察组|巡视组|督导组)$|"
    r"督察组[（(]第[^（）()]{1,3}组[）)]$"
)


#: Who reports to the group, printed before its name: "市督察协调联络工作组向省第三生态环境
#: 保护督察组反馈了…" (the local liaison team acts; the group is what follows 向).
_TO_INSPECTOR = re.compile(
    r"^.*(?:向|给|配合|协助|陪同|会同)(?=(?:中央|国家|自治区|省|市|第)[\u4e00-\u9fff]{3,}督察组)"
)


#: Groups counted, not named: "派出6个巡察组" (the figure is no name character, so the match
#: starts at 个), "县委各巡察组", "3个巡察组各巡察40天", or the bare word "巡察组主要受理…".
_COUNTED_INSPECTORS = re.compile(
    r"^(?:[个各多几诸]|全部|所有|两个|[一二三四五六七八九十]+个)[\u4e00-\u9fff]{0,6}?"
    r"(?:督察组|巡察组|巡视组|督导组)$|"
    r"^(?:督察组|巡察组|巡视组|督导组)$"
)


def inspector(
    title: str | None, body: str, numbered_only: bool = False
) -> tuple[str, str, int] | None:
    """Return the inspection group: the first named with its number (第五…督察组) and in
    full (生态环境保护, not 环保), else the first named (unless ``numbered_only``: a Party
    committee's groups are told apart only by their numbers, "县委巡察组" is any of them);
    groups only counted name none."""
    found: list[tuple[str, str, int]] = []
    for where, text in (("title", title or ""), ("body", body)):
        for m in _INSPECTOR.finditer(text):
            org = _TO_INSPECTOR.sub("", clean_org(m.group("org")))
            org = org[org.rfind("中央") :] if "中央" in org else org
            if _COUNTED_INSPECTORS.match(org):
                continue
            found.append((org, where, m.end("org") - len(org)))
    if not found:
        return None
    numbered = [f for f in found if _NUMBERED_INSPECTOR.search(f[0])]
    full = [f for f in numbered if "环保" not in f[0]]
    if numbered_only and not numbered:
        return None
    return (full or numbered or found)[0]


#: The builder named first in a line listing its name, contact person and phone: under a
#: heading ("建设单位名称及联系方式" / "名称：X；联系人：…"), after a label naming the list
#: ("建设单位名称、联系人及电话：X，…"), or in the row under a header row ("名称;联系人;电话").
_LISTED_ORG = rf"(?P<org>{_ORG_CHARS}{{2,48}}?{ORG_SUFFIX})(?=[，,；;、]\s*[^\n]{{0,12}}?\d"
#: (under the builder's heading the name may also stand alone on its "名称：" line, its address
#: and phone on the lines below: "二、建设单位名称和联系方式" / "名称：X" / "通讯地址：…")
_ALONE_ON_LINE = r"|[ \t\u3000]*(?:\n|$))"
BUILDER_LISTED = tuple(
    re.compile(lead + _LISTED_ORG + tail)
    for lead, tail in (
        # (also when the heading keeps its colon: "二、建设单位：" / "名称：X")
        (r"建设单位[^\n：:]{0,12}[：:]?[ \t\u3000]*\n[ ]*名称[：:]\s*", _ALONE_ON_LINE),
        (r"建设单位名称[、及和与][^\n：:]{0,8}?电话[：:]\s*", ")"),
        (r"名称[;；、,，]\s*联系人[;；、,，]\s*(?:联系)?电话[ ]*\n[ ]*", ")"),
    )
)


#: A company's legal form, printed after its name: what a label's short form leaves out.
_LEGAL_FORM = r"(?:股份)?有限(?:责任|責任)?公司"


def whole_name(org: str, body: str) -> tuple[str, int] | None:
    """The whole name of the body a label gives in short ("委托单位：某某开发集团"), where the
    notice prints it elsewhere with its legal form ("某某开发集团有限公司按照…公开…"); else None."""
    if re.search(_LEGAL_FORM + "$", org):
        return None
    m = re.search(re.escape(org) + _LEGAL_FORM, body)
    return (m.group(), m.start()) if m else None


def builder(body: str) -> tuple[str, int] | None:
    """Return the builder a body names (建设单位：X, X委托…), else the authority it names."""
    for pattern in (
        BUILDER,
        *BUILDER_LISTED,
        _BUILDER_BRACKETED,
        _COMMISSIONED,
        _PLANS_TO_BUILD,
        _BUILT_BY,
        _HELD_ACCEPTANCE,
        _HOLDS_PUBLICITY,
        _REPORT_PUT_UP,
        _PROJECT_PUT_UP,
        _PROJECT_MATTERS_SET_OUT,
        _OWN_REPORT_SET_OUT,
        _ACCEPTED_PROJECT,
        _PASSES_ACCEPTANCE,
        _ASSESSES_OWN,
        _LAUNCHES_ASSESSMENT,
        _ANSWERS_FOR,
        _DRAFTED,
        _HOLDS_PARTICIPATION,
    ):
        m = next(
            (
                m
                for m in pattern.finditer(body)
                if not _entrusts_speaker(body, m.end("org"))
                and not _NOT_A_NAME.match(clean_org(m.group("org")))
                and not _under_consultants_heading(body, m.start())
            ),
            None,
        )
        if m:
            org = clean_org(m.group("org"))
            if _REDACTED.search(org):
                return None  # the builder a re-poster hid ("(略)交通委员会…") is left blank
            whole = whole_name(org, body)
            if whole:
                return whole
            return org, m.end("org") - len(org)
    forum = _FORUM_EDIT.match(body)
    m = _OWN_PROJECT.match(body, forum.end() if forum else 0)
    # (speaking as the company, or naming it again as where to read the report or send views:
    # "纸质版报告可至某某化工有限公司查阅")
    if m and _NOT_A_NAME.match(clean_org(m.group("org"))):
        m = None
    if m and (
        _SPEAKS_AS_COMPANY.search(body)
        or m.group("org") in body[m.end() :]
        or _OWN_PROJECT_ASSESSED.match(body, m.end())
    ):
        return m.group("org"), m.start("org")
    m = _SELF_COMMISSIONED.search(body)
    if m:  # "我单位委托Y…": the builder is the other organisation in the contact lines
        for line in _CONTACT_ORG.finditer(body):
            key = "org" if line.group("org") else "org2"
            org = line.group(key)
            if org not in m.group("agent") and m.group("agent") not in org:
                return org, line.start(key)
    # (not an authority the notice recounts as having acted by a document of its own: "安徽省
    # 生态环境厅以皖环函〔2019〕12号文对《…规划环境影响报告书》出具审查意见", the approval of
    # earlier works or of the plan a tracking assessment looks back on)
    return authority(body, past_acts=False)


#: An EIA notice that opens by introducing its company, as a builder's own notice does ("某某
#: 集团有限公司（原名某某有限公司）位于某某开发区，是一家集…为一体的…企业。公司拟…"): the
#: company it introduces builds the project. Read only at the head of a line among the
#: notice's first lines (under the page's posting lines), never in an authority's table.
_INTRODUCED = re.compile(
    rf"(?:^|\n)[ \u3000]*(?P<org>{_ORG_CHARS}{{2,40}}?{COMPANY_SUFFIX})"
    r"(?:[（(](?:原名|原|曾用名)[：:]?[^（）()\n]{2,40}[）)])?"
    r"(?:(?:成立于[^，,。；\n]{2,20}[，,])?位于[^。；\n]{2,60}?[，,](?:是|系)(?:一家|一个|我国)|"
    # (or its founding and its seat, as a company tells its own history: "某某有限公司成立于
    # 1994年1月，位于某某镇某某村，占地面积…")
    r"成立于[^，,。；\n]{2,20}[，,]位于[^，,。；\n]{2,40}[，,。])"
)
#: How many of the notice's first lines that introduction may open.
INTRODUCED_LINES = 8
#: ... or the project it outlines there said to be built with a company's money ("某某电站由
#: 某某水电有限责任公司投资建设，位于…"): that company builds it (not "由某某公司建设", a
#: contractor as often as not).
_INVESTED = re.compile(
    rf"由(?P<org>{_ORG_CHARS}{{2,40}}?(?:有限责任公司|股份有限公司|有限公司|公司|集团))"
    r"(?:投资|出资)(?:建设|兴建)"
)


def introduced_company(body: str) -> tuple[str, int] | None:
    """Return the company an EIA notice introduces at the head of its text, and where."""
    head = "\n".join(body.split("\n")[:INTRODUCED_LINES])
    m = _INTRODUCED.search(head) or _INVESTED.search(head)
    if m is None or _REDACTED.search(m.group("org")):
        return None
    org = clean_org(m.group("org"))
    return org, m.end("org") - len(org)


#: A bare "单位名称：" line's heading when the heading is the consultant's ("四、环境影响评价机构
#: 的名称和联系方式" / "环评单位及联系方式"): the name under it is the consultant, not the builder.
_CONSULTANTS_HEADING = re.compile(
    r"(?:评价|环评|编制|咨询|技术服务)(?:单位|机构)[^\n]{0,16}$|^[^\n]{0,6}(?:环评|评价)(?:单位|机构)"
)
#: (or the builder's label copied onto the consultant's block under that heading: "三、环评单位
#: 与联系方式" / "建设单位：某某环保有限公司")
_BARE_NAME_LABEL = re.compile(r"[ \t\u3000]*(?:建设)?单位(?:名称)?[：:]")


def _under_consultants_heading(body: str, start: int) -> bool:
    """True when the label at ``start`` is a bare "单位名称：" opening its line under a heading
    that names the consultant."""
    line_start = body.rfind("\n", 0, start) + 1
    if body[line_start:start].strip() or not _BARE_NAME_LABEL.match(body, start):
        return False
    above_end = line_start - 1
    if above_end <= 0:
        return False
    heading = body[body.rfind("\n", 0, above_end) + 1 : above_end].strip()
    # (a heading over both bodies' contacts names the builder first: "建设单位及环评单位的联系方式")
    return "建设单位" not in heading and bool(_CONSULTANTS_HEADING.search(heading))


#: What a sentence that opens with its date leaves before "委托" ("2022年3月16日我公司委托某某
#: 研究院…"): a date's tail and the speaker's "我公司", no name.
_NOT_A_NAME = re.compile(
    r"^(?:[年月]\d|\d{1,2}[月日])|^(?:我|本)(?:公司|单位|院|局|厅|委)$|"
    # a label heading a column of a table a copy ran into one line ("序号 建设项目名称 建设地点
    # 建设单位 1 某某工程 某某市 某某公司"): what follows is the row, opened by its number
    r"^\d{1,3}(?=[\u4e00-\u9fff])"
)
#: A name a re-poster hid in part: "(略)交通委员会房山公路分局", "*安市某某局".
_REDACTED = re.compile(r"[（(]略[）)]|\*")
#: A re-poster's mask right before a name, which hid its start: "****开发区行政审批局".
_MASK_BEFORE = re.compile(r"(?:[*＊]|[（(]略[）)]\s?)$")
#: "X拟在某地建设…": the company that plans the project opens the notice with it, also after
#: the label of its section ("项目概况：", "建设内容：") and with the sum it invests first
#: ("项目概况：X拟投资14800万元，在某某产业园建设…"), or in the older notices' words,
#: "X计划建设某某工程" (a consultant writing a 2006-measures notice for the builder names it
#: so, then speaks as "我公司受委托编制"); or it plans to extend the works it runs, or to move
#: them.
_PLANS_TO_BUILD = re.compile(
    # (a small hydropower station is run as a business of its own: "某某水电站拟建设某某水电站
    # 增效扩容项目")
    rf"(?:^|[，,。；;\n]|(?:概况|建设内容)[：:])(?P<org>{_ORG_CHARS}{{2,40}}?(?:{COMPANY_SUFFIX}|水电站))"
    r"(?:拟(?:(?:投资[0-9.，,]{1,12}(?:亿|万)?元[，,]?)?(?:在|于)[^。；\n]{0,40}?(?:建设|新建|扩建)"
    # … or the works named straight after ("某某公司拟投资7000万元建设某某水库工程"), also in
    # the short form ("某某水务有限公司拟建某某污水处理厂扩建工程", "…合作社拟投资建设…项目")
    r"|(?:投资(?:[0-9.，,]{1,12}(?:亿|万)?元[，,]?)?)?(?:建设|新建|扩建|建)"
    r"(?=[^。；\n]{2,60}?(?:项目|工程))"
    # … or to extend or rebuild the works it runs: "某某科技有限公司拟对现有工程进行改扩建"
    # (or the project just named: "…建设了某某中心（一期工程）。…X拟对该项目进行改扩建")
    r"|对(?:现有|原有|已建|该)[^。；\n]{0,20}?进行(?:改扩建|扩建|改建|技术改造|技改)"
    # … or to carry out the project it quotes: "某某县融媒体中心拟实施“某某项目”"
    r"|实施[“\"「《]"
    # … or to move its works to a new site: "某某药业有限公司拟迁建至某某开发区"
    r"|(?:迁建|搬迁)(?:至|到))"
    # … or, in a grid company's words, building the works it says are needed: "为满足某某光伏
    # 项目电力送出需求，某某供电分公司建设某某220千伏送出工程（以下简称“本项目”）十分必要"
    r"|(?:建设|新建|扩建)(?=[^。；\n]{2,80}?(?:项目|工程)[^。；\n]{0,20}?(?:十分|非常|是)必要)"
    r"|计划(?:在[^。；\n]{0,40}?)?(?:建设|新建|扩建)"
    # … or, in a 2006-measures second notice's outline (建设项目情况简述), investing its sum in
    # the works, no 拟: "X投资620万元在某某镇某某村建设某某项目"
    r"|投资[0-9.，,]{1,12}(?:亿|万)?元[，,]?(?:(?:在|于)[^。；\n]{0,40}?)?(?:建设|新建|扩建)"
    r"(?=[^。；\n]{2,60}?(?:项目|工程))"
    # … or, opening the outline, building it at a place (no date between): "1、建设项目基本情况
    # X于某某省某某市某某区建设某某工程。"
    r"|于(?![^。；\n]{0,12}?(?:年|月|日))[^。；，,\n]{2,40}?(?:建设|新建|扩建)"
    r"(?=[^。；\n]{2,60}?(?:项目|工程)))"
)
#: "某某项目是由X在某地建设的…", "由X开发兴建的某某小区": the body the project is built by.
_BUILT_BY = re.compile(
    rf"由(?P<org>{_ORG_CHARS}{{2,40}}?{COMPANY_SUFFIX})(?:在[^，,。；;\n]{{1,30}}?)?"
    r"(?:投资|开发|负责)?(?:建设|兴建|新建)的"
)
#: "X于…组织召开…竣工环境保护验收会": under the acceptance measures (国环规环评〔2017〕4号) the
#: builder holds its own acceptance, so the one that convenes the meeting builds the project
#: (not the authority that approved its EIA years before, which the text names too).
_HELD_ACCEPTANCE = re.compile(
    rf"(?:^|[，,。；;：:\n])(?:由)?(?P<org>{_ORG_CHARS}{{2,40}}?{ORG_SUFFIX})"
    r"(?:(?:于|在)[^，,。；;\n]{0,24}?)?(?:组织|主持)?召开了?[^。；\n]{0,60}?验收"
)
#: "X进行了第二次环境影响评价信息公示", "X现对…进行公示": the body that says it holds the
#: publicity is the one that puts it up (the builder; a park's committee for its plan) ...
_HOLDS_PUBLICITY = re.compile(
    rf"(?:^|[，,。；;：:\n])(?P<org>{_ORG_CHARS}{{2,40}}?{ORG_SUFFIX})"
    r"(?:(?:现|特|已|于[^，,。；;\n]{0,16}?)?(?:对[^，,。；;\n]{0,60}?)?(?:进行了?|开展了?)"
    r"[^，,。；;\n]{0,20}?(?:公示|信息公开)"
    # ... or that it announces what follows about the project: "X针对拟建工程公告如下信息",
    # "X现就该项目有关事项公示如下"
    r"|(?:现|特)?(?:就|针对)[^，,。；;\n]{0,60}?(?:公告|公示|公布)如下)"
)
#: "现就X《…环境影响报告书》征求意见稿阶段进行公示": the company whose report the notice puts
#: up, named before its title, is the builder (the report is its own).
_REPORT_PUT_UP = re.compile(
    rf"现(?:就|对|将)(?P<org>{_ORG_CHARS}{{2,40}}?{COMPANY_SUFFIX})(?:的)?《[^《》\n]{{2,80}}?"
    r"(?:报告[书表]|登记表)(?:[（(][^（）()\n]{1,10}[）)])?》[^。；;\n]{0,24}?(?:进行|予以)?公[示开]"
)
#: ... or the project named without marks, its company first: "现对X某某装置改造项目开展情况及
#: 环境影响评价情况进行公示" (not an authority's "现对X某某项目拟作出审批意见进行公示").
_PROJECT_PUT_UP = re.compile(
    rf"现(?:就|对)(?P<org>{_ORG_CHARS}{{2,40}}?{COMPANY_SUFFIX})(?:的)?"
    r"(?![^。；;\n]{0,80}?(?:拟|审批|批复|受理))[^。；;\n《》]{2,60}?(?:项目|工程)"
    r"[^。；;\n]{0,30}?(?:进行|予以)公[示开]"
)
#: ... or the company's project quoted as the matters of its assessment are set out below, in
#: the 2006 interim measures' words: "现将“X年产1万吨某某项目”有关环境影响评价事宜公告如下",
#: or put up without "如下": "…有关环境影响评价事宜进行公示" (the same sentence's other ending).
_PROJECT_MATTERS_SET_OUT = re.compile(
    rf"现将[“\"「]?(?P<org>{_ORG_CHARS}{{2,40}}?{COMPANY_SUFFIX})[^。；;\n《》“”\"]{{2,60}}?"
    r"(?:项目|工程)[”\"」]?(?:的)?(?:有关|相关)(?:环境影响评价|环评)?(?:的)?(?:事宜|事项)"
    r"(?:向(?:公众|社会))?(?:(?:公告|公示)如下|(?:进行|予以)(?:公告|公示))"
)
#: ... or a sentence that opens with the company's project and sets its report out below:
#: "X年回收1万吨某某项目环境影响报告书（公示稿）信息公告如下：" (the builder's own report).
_OWN_REPORT_SET_OUT = re.compile(
    rf"(?m:^[ \t\u3000]*(?P<org>{_ORG_CHARS}{{2,40}}?{COMPANY_SUFFIX}{_BRANCH})"
    r"[^。；;，,\n《》]{2,60}?"
    r"(?:项目|工程)环境影响(?:评价)?报告[书表](?:[（(][^（）()\n]{1,10}[）)])?"
    r"(?:的)?(?:有关|相关)?(?:信息)?公[示告]如下)"
)
#: "“X某某项目”竣工环境保护验收工作已完成…现…公示", "故“X某某扩建项目（部分验收）”竣工验收资料
#: 在本网站公示": the project whose completion acceptance is put up, named in marks for the
#: company that builds it; under the acceptance measures (国环规环评〔2017〕4号) the builder puts
#: its own acceptance up.
_ACCEPTED_PROJECT = re.compile(
    rf"“(?P<org>{_ORG_CHARS}{{2,40}}?{COMPANY_SUFFIX})[^“”\n]{{1,160}}?(?:项目|工程)"
    r"[^“”\n]{0,80}?”[^。；;\n]{0,12}?竣工[^。；;\n]{0,12}?验收"
)
#: "对照《建设项目竣工环境保护验收暂行办法》，X某某项目不存在其所规定的验收不合格情形": the
#: acceptance opinion's set conclusion (art. 8 of 国环规环评〔2017〕4号 lists the cases that fail)
#: names the project by the company that builds it, and the builder puts its own acceptance up.
_PASSES_ACCEPTANCE = re.compile(
    rf"(?:^|[，,。；;：:\n》])(?P<org>{_ORG_CHARS}{{2,40}}?{COMPANY_SUFFIX})"
    r"[^。；;\n《》]{1,120}?(?:项目|工程)[^。；;\n]{0,60}?不存在[^。；;\n]{0,20}?验收不合格"
)
#: "X对其“…项目”开展了环境影响评价工作": the company that has its own project assessed
#: builds it (a notice before submission often opens so and names nobody else).
_ASSESSES_OWN = re.compile(
    rf"(?:^|[，,。；;：:\n])(?P<org>{_ORG_CHARS}{{2,40}}?{ORG_SUFFIX})"
    r"(?:已|现|于[^，,。；;\n]{0,16}?)?[对就]其[^。；;\n]{0,80}?(?:开展|进行)了?[^，,。；;\n]{0,6}?环境影响评价"
)
#: "X现已启动《…规划》环境影响评价工作": the body that says it has launched the assessment of
#: its own plan or project (a bureau for its sector's plan) is the one that puts the notice up.
_LAUNCHES_ASSESSMENT = re.compile(
    rf"(?:^|[，,。；;：:\n])(?P<org>{_ORG_CHARS}{{2,40}}?{ORG_SUFFIX})"
    r"(?:现已|已经|已|现|于[^，,。；;\n]{0,16}?)?启动了?[^，,。；;\n]{0,60}?环境影响评价"
)
#: The builder's pledge in a notice before it submits its report (公众参与说明 "如存在弄虚作假、
#: 隐瞒欺骗等情况，由X承担全部责任"): the one that answers for the report is its builder.
_ANSWERS_FOR = re.compile(
    rf"由(?P<org>{_ORG_CHARS}{{2,40}}?{ORG_SUFFIX})(?:自行)?承担(?:全部|一切|相应的?)?(?:法律)?责任"
)
#: A call for comments on a draft the body itself wrote: "X依据相关法规，研究起草了《…（征求意见
#: 稿）》，现面向社会公开征求意见", "X牵头编制了《…规划（征求意见稿）》": the drafter calls.
#: (or the plan whose assessment a notice puts up, drawn up by its body: "某某市国土资源局编制了
#: 《某某市矿产资源总体规划（2008-2015）》。某某研究院受规划单位委托为该规划编制环境影响报告书";
#: the plan itself, not a report on it, which its consultant "编制了")
_DRAFTED = re.compile(
    rf"(?:^|[，,。；;：:\n])(?P<org>{_ORG_CHARS}{{2,40}}?{ORG_SUFFIX})"
    r"(?:(?:[^，,。；;\n《]{0,30}?[，,]?)?(?:研究|组织)?(?:起草|牵头起草|牵头编制)了?《|"
    r"(?:组织)?编制了《[^《》\n]{0,60}?规划(?:[（(][^（）()《》\n]{0,20}[）)])?》)"
)
#: The body that holds the public participation itself, acting under its measures in the
#: notice's opening sentence ("根据…等文件要求，某某农业发展有限公司根据《环境影响评价公众参与
#: 办法》，在…征求意见稿编制完成后，需征求…意见"): the measures bind the builder (arts. 4-5),
#: who issues the notice.
_HOLDS_PARTICIPATION = re.compile(
    rf"(?:^|[，,。；;：:\n])(?P<org>{_ORG_CHARS}{{2,40}}?{ORG_SUFFIX})"
    r"(?:根据|依据|按照)《[^《》\n]{0,30}?公众参与(?:暂行)?办法》"
)
#: A notice that opens with its project, named for the company that builds it ("某某煤业有限
#: 公司年产60万吨…项目环境影响报告书征求意见稿…"), and speaks as that company ("前往本公司查阅"):
#: the company issues it.
_OWN_PROJECT = re.compile(
    rf"\s*(?P<org>{_ORG_CHARS}{{2,40}}?{COMPANY_SUFFIX}{_BRANCH})(?![\u4e00-\u9fff]{{0,4}}公司)"
    r"[^\n。；]{1,60}?(?:项目|工程)"
)
_SPEAKS_AS_COMPANY = re.compile(r"(?:本|我)公司")
#: ... or goes on to say who assesses that project for it ("某某机场有限责任公司某某机场改扩建
#: 工程环境影响评价由某某环境科技有限公司承担"): the company whose project is assessed builds it.
_OWN_PROJECT_ASSESSED = re.compile(
    r"(?:的)?环境影响评价(?:工作)?由[^。；\n]{2,40}?(?:承担|编制|开展)"
)
#: The organisation alone on the line over the phone it gives (maybe with a remark in brackets
#: on where it sits): "某某领导小组办公室（办公室设在某某司）" / "电话：010-…": the one to write to.
CONTACT_HEAD = re.compile(
    rf"(?:^|\n)[ \t\u3000]*(?P<org>{_ORG_CHARS}{{2,40}}?{ORG_SUFFIX})"
    r"(?:[（(][^（）()\n]{1,30}[）)])?[ \t\u3000]*\n[ \t\u3000]*(?:联系|举报)?电话[：:]"
)
#: A forum's line over a post it shows edited ("本帖最后由 某某 于 2011-5-26 21:03 编辑"): the
#: site's, not the notice's first line.
_FORUM_EDIT = re.compile(r"\s*本帖最后由[^\n]{1,40}?编辑[ \t\u3000]*\n")
_SELF_COMMISSIONED = re.compile(
    rf"(?:我|本)(?:单位|公司|局|委)(?:已|于[^，,。；;\n]{{0,16}}?)?委托(?P<agent>{_ORG_CHARS}{{2,40}}?{ORG_SUFFIX})"
)
#: A contact line led by its organisation: "巩留某某管理委员会，联系电话：…".
_CONTACT_ORG = re.compile(
    rf"(?:^|\n)(?P<org>{_ORG_CHARS}{{2,40}}?{ORG_SUFFIX})[，,：:]\s*(?:联系电话|电话|联系人)|"
    # "…可联系某某矿业有限责任公司陈某，联系电话：…"
    rf"联系(?P<org2>{_ORG_CHARS}{{2,40}}?{COMPANY_SUFFIX})[\u4e00-\u9fff]{{2,3}}[，,]\s*(?:联系电话|电话)"
)


#: The body that calls for comments or sign-ups, as its own sentence says so: "某某管理委员会
#: 决定就某某项目进行听证", "县政协提案委员会决定近期面向社会公开征集提案线索"; or that decided
#: what the text puts up, in the sentence that puts it up: "某某区农业农村局决定开展2024年水生生物
#: 增殖放流活动，现将有关事项公示如下".
_CONVENES = re.compile(
    rf"(?:^|[，,。；;\n])(?P<org>{_ORG_CHARS}{{2,40}}?{ORG_SUFFIX})(?:决定|拟)[^。；\n]{{0,60}}?"
    r"(?:举行听证|进行听证|召开[^。；\n]{0,30}?听证会|听证会|公开征集|公开征求|征求[^。；\n]{0,20}?意见|"
    r"现将[^。；\n]{0,30}?(?:公示|公告)如下)"
)
#: ... or the body letters are addressed to: "信函邮寄至：某某县交通运输局，邮编…", "请寄往某某
#: 区人民政府办公室（地址：…）", "邮寄地址：某某县政协提案委员会"; or with its verb's other half in
#: brackets, or as the label of the letters' line: "寄（送）到某某市水利局", "来信请寄：某某局".
_ADDRESSED = re.compile(
    r"(?:(?:邮寄|寄送|请寄|寄)(?:[（(]送[)）])?(?:至|到|往)|邮寄地址|来信请寄)"
    rf"[：:]?\s*(?P<org>{_ORG_CHARS}{{2,40}}?{ORG_SUFFIX})"
    r"(?=[，,。；;（(\s]|$|邮编|地址)"
)
#: ... or the body that takes the public's calls, letters and visits, named with them: "二、国家
#: 某某局受理电话、信箱和来访地址", "某某局将对反映的问题进行核实", "某某厅对来信来访者的姓名和单位
#: 严格保密" (a publicity of a reserve, a park or a draft that the public answers by writing in).
_TAKES_RESPONSES = re.compile(
    rf"(?:^|[，,。；;：:、\n])[ \t\u3000]*(?P<org>{_ORG_CHARS}{{2,40}}?{ORG_SUFFIX})"
    r"(?:将|会)?(?:对(?:反映的问题|来信|来电|来访)|受理(?:电话|信箱|来访|来信|举报))"
)
#: ... or the body the call says gathers the views in, maybe bracketed as a form's blank filled:
#: "本次民意征询由（某某市交通运输局）负责汇总", "意见建议由某某县发展和改革局负责收集" (a
#: mirror's "匯總" too, a form the page's folding leaves as printed).
_GATHERS_VIEWS = re.compile(
    rf"由[（(]?(?P<org>{_ORG_CHARS}{{2,40}}?{ORG_SUFFIX})[）)]?(?:统一)?负责(?:[汇匯]总|收集|整理|受理)"
)
#: ... or the office a label names as the one that takes the public's views: "意见接收单位：
#: 某某市自然资源和规划局", "受理部门：某某县发展和改革局".
_RECEIVER_LABEL = re.compile(
    rf"(?<![\u4e00-\u9fff])(?:意见)?(?:受理|接收)(?:部门|单位|机关)[：:][ \t\u3000]*"
    rf"(?P<org>{_ORG_CHARS}{{2,40}}?{ORG_SUFFIX})(?=[，,。；;（(\s]|$)"
)
#: An organisation named by its level alone ("县政协提案委员会", "市交通运输局") ...
_LEVEL_FIRST = re.compile(r"^[省市县区镇乡]")


def convener(body: str) -> tuple[str, int] | None:
    """Return the body that calls for comments or sign-ups (the one that decided to, else the
    one letters go to, else the one that takes the calls), read with its place where the notice
    prints it so ("黄梅县政协提案委员会" for "县政协提案委员会"), and its offset in ``body``."""
    for pattern in (_CONVENES, _RECEIVER_LABEL, _ADDRESSED, _TAKES_RESPONSES, _GATHERS_VIEWS):
        m = pattern.search(body)
        if m is None:
            continue
        org = clean_org(m.group("org"))
        at = m.end("org") - len(org)
        if _LEVEL_FIRST.match(org):
            # (printed as a name on its own: after a label's colon, at a line's start or
            # opening a sentence: "…人居环境。某某市生态环境局依据…", then "市生态环境局拟…")
            placed = re.search(
                rf"(?:^|\n|[：:。；;])[ ]*(?P<full>[\u4e00-\u9fff]{{2,4}}{re.escape(org)})", body
            )
            place = placed.group("full")[: -len(org)] if placed else ""
            if placed and not _LEVEL_FIRST.match(place) and not _ORG_LEAD.match(place):
                return placed.group("full"), placed.start("full")
        return org, at
    return None


#: Endings of a whole organisation (a bureau, a commission, a government, a company or group,
#: or an environmental enforcement unit that posts its own notices: "某某市环境监察支队",
#: "某某区生态环境保护综合行政执法大队").
_WHOLE_ORG = r"(?:局|委员会|管委会|人民政府|有限责任公司|股份有限公司|有限公司|集团|支队|大队)"
#: The labels of a government disclosure catalogue's header cells ("名 称：", "分 类：",
#: "文 号：", "生成日期：", "主题分类：") as they follow one another on one row.
_CATALOGUE_CELL = (
    r"(?:名\s?称|分\s?类|文\s?号|索\s?引\s?号|生成日期|成文日期|发布日期|"
    r"(?:主题|体裁)分类|关\s?键\s?词)\s*[：:]"
)
#: A web page's publisher line under the title: "公开时间：… 公开人：某某公司管理人".
_PUBLISHER = re.compile(
    # (a consultation platform's: "征集部门：某某区政府办公室开始时间：…")
    # (a header table copied with its cell rules: "发布机构: | 某某管理委员会 | 发文日期: |")
    rf"(?:公开人|发布人|发布单位|发布机构|作者|征集部门|征集单位)\s*[：:]\s*(?:[|｜]\s*)?"
    rf"(?P<org>{_ORG_CHARS}{{2,48}}?{ORG_SUFFIX})"
    # (a news portal's line runs on to its editor or the time: "作者：某某县农业农村局 编辑：…";
    # a disclosure catalogue's header to its next cell: "发布机构：某某区环境保护局|关键词：…")
    # (or a bracketed byline closes it: "【作者：某某管委会】【来源：】")
    r"(?=[\s，,。；;|｜】]|$|编辑|责任编辑|审核|来源|时间|发布时间|开始|\d|"
    # or to the next labelled cell of the row, its spaces taken out ("发布单位：某某县环境保护局
    # 名 称：关于…公示", "… 分类：…", "… 生成日期：…")
    rf"{_CATALOGUE_CELL})|"
    # a site's source line naming a whole organisation, not one of its divisions or a
    # website ("时间：… 来源：某某区生态环境局", "日期：… 来自：某某港务集团")
    # (or a commission under its short name, "信息来源：某某市发展改革委")
    rf"(?:来源|来自)\s*[：:]\s*(?P<source>{_ORG_CHARS}{{2,40}}?(?:{_WHOLE_ORG}|(?<=[\u4e00-\u9fff]{{2}})委))"
    # (a portal's line runs the source on to its editor: "来源：某某园区管委会编辑：…", or to
    # the time it posted the page: "来源：某某市生态环境局某某分局发布时间：…", or to the day
    # itself once the copy lost the spaces before it: "来源:某某市环境监察支队2016-10-24 09:35")
    # (or to the site's font widget, the spaces before it taken out: "来源：某某委【字体：")
    r"(?=\s|$|【|编辑|责任编辑|作者|审核|发布时间|发布日期|(?:19|20)\d{2}[-年./])"
)


def publisher(line: str) -> tuple[str, int] | None:
    """Return the organisation a publisher line names, with its offset in ``line``."""
    m = _PUBLISHER.search(line)
    if m is None:
        return None
    group = "org" if m.group("org") else "source"
    org = clean_org(m.group(group))
    return org, m.end(group) - len(org)


#: What follows the ministry named as the maker or host of the public opinion form
#: ("公众意见表由生态环境部统一制定", "从生态环境部官网下载"): it issues nothing here.
_FORM_MAKER = re.compile(r"(?:统一)?制定|制(?![度止])|官网|官方网站|网站")


#: What follows an authority named as the author of a document a notice cites: the title
#: itself, or the act of issuing it first ("按照生态环境部印发的《…办法》的要求"), maybe after
#: the other ministries that issued it jointly ("按照原环境保护部、商务部、科学技术部联合发布的
#: 《…》").
_CITED_AFTER = re.compile(
    r"(?:[、和与及][\u4e00-\u9fff]{2,12}?(?:部|委员会|委|总局|局|署|院)){0,6}"
    # (the day it issued it may stand before the verb: "生态环境部2018年7月16日发布《…办法》",
    # or the day the rules took effect, its 年月日 maybe lost in a copy: "生态环境部2019年1月1日
    # 施行的《…办法》", "生态环境部201911施行的《…办法》")
    r"(?:于?\d{4}年\d{1,2}月(?:\d{1,2}日)?|\d{5,8})?起?"
    # (… or the title of the circular that issued it: "生态环境部关于印发《…指南》的通知")
    r"(?:关于)?(?:(?:联合)?(?:印发|发布|颁布|公布|出台|修订|施行|实施)的?)?《"
)


#: What a copy never drops before an authority's name: figures, a project's or a notice's words.
_RUN_INTO_NAME = re.compile(r"[\d#＃*]|公示|公告|项目|工程")


def authority(body: str, past_acts: bool = True, start: int = 0) -> tuple[str, int] | None:
    """Return the environmental authority a text names (the first from ``start`` on), with its
    offset; not one named in the title of a document it cites ("《生态环境部…审批程序规定》").
    Where the text names it again in full ("通讯地址：林郭勒盟生态环境局 … 联系方式：锡林郭勒盟
    生态环境局"), the fuller name: a copy drops the first character, never adds one."""
    first = _authority(body, start, past_acts=past_acts)
    if first is None:
        return None
    org, at = first
    fuller = _authority(body, at + len(org), org, past_acts=past_acts)
    if fuller is not None and _RUN_INTO_NAME.search(fuller[0][: -len(org)]):
        # the line above run into the name by the join, a title that ends in a number or a
        # project ("…公示表20210331" / "重庆市生态环境局审查…", "…9#平台钻采工程" / "贵州省生态
        # 环境厅…"): a copy drops a character or a place, never figures or a project
        fuller = None
    return fuller or first


#: The body that acts in an authority notice's opening sentence, where it is no environmental
#: bureau: a development zone's committee approving under delegated power ("经审查，2024年9月
#: 10日某某经济技术开发区管委会对以下建设项目环境影响评价文件作出审批决定").
_ACTING_BODY = re.compile(
    r"经(?:审查|审议|研究)[，,]\s*"
    r"(?:(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?"
    r"(?:\s*[-—–－至~～]+\s*(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日)?[，,]?\s*)?"
    rf"(?P<org>(?![我本该])[\u4e00-\u9fff]{_ORG_CHARS}{{1,40}}?(?:管委会|委员会))"
    r"(?:拟)?对|"
    # (or a bureau of a merged name no pattern of an environmental authority knows, maybe with
    # the second name it bears in brackets, proposing its approval: "经审议，某某实验区生态环境
    # 和城市管理局（综合行政执法局）拟批复某某项目环境影响评价文件")
    r"经(?:审查|审议|研究)[，,]\s*"
    rf"(?P<bureau>(?![我本该])[\u4e00-\u9fff]{_ORG_CHARS}{{1,40}}?局"
    r"(?:[（(][\u4e00-\u9fff]{2,12}?局[）)])?)"
    r"拟(?:批复|批准|对)"
)


#: The approving body named by its label where a notice lists whom to write to, a bureau of a
#: merged name no pattern of an environmental authority knows: "公众反馈意见联系方式：审批部门：
#: 某某新区生态环境和水务局 电话：…".
_APPROVER_LABELLED = re.compile(
    rf"审批(?:部门|机关|单位)(?:名称)?[：:]\s*(?P<org>{_ORG_CHARS}{{2,40}}?(?:局|厅|委员会|管委会))"
    r"(?=[\s，,。；;|]|电话|联系|地址|$)"
)


#: A development zone that approves under delegated power, named as the subject of the step it
#: proposes at the head of a line, maybe after the day, maybe by its committee, maybe after
#: 关于: "2025年3月12日某某环保科技工业园拟批准环境影响报告表的情况", "某某经济开发区拟对以下
#: 建设项目作出审批意见", "2023年5月6日某某经济技术开发区管委会拟对建设项目环评文件作出审批
#: 意见的公示", "2025年2月3日某某高新技术产业开发区关于拟作出审批决定的…公示".
_ZONE_PROPOSES = re.compile(
    r"(?:^|\n)[|｜ \t\u3000]*(?:\d{4}年\d{1,2}月\d{1,2}日)?"
    rf"(?P<org>(?![我本该])[\u4e00-\u9fff]{_ORG_CHARS}{{1,30}}?"
    r"(?:开发区|工业园区|工业园|产业园区|产业园|科技园区|科技园|园区|新区)"
    r"(?:管委会|管理委员会)?)"
    r"(?:关于)?拟(?:对|批准|作出|审批)"
)


def proposing_zone(title: str) -> str | None:
    """Return the development zone (or its committee) a title names as the body that proposes
    to approve ("某某经济技术开发区管委会拟对…作出审批意见的公示"): the title names its issuer,
    before any office the body gives as the one to call."""
    m = _ZONE_PROPOSES.search(title)
    if m is None or _REDACTED.search(m.group("org")):
        return None
    return m.group("org")


#: The office a notice that speaks as 我局 names as its address, the street in brackets after
#: it: "通讯地址：某某市水务管理局（某某区某某路18号）" (a bureau of another field approving under
#: powers a regulation gives it, no environmental bureau by name).
_OFFICE_AT_ADDRESS = re.compile(
    rf"(?:通讯|通信|联系)地址[：:]\s*(?P<org>(?![我本该])[\u4e00-\u9fff]{_ORG_CHARS}{{1,30}}?"
    r"(?:局|厅|委员会|管委会))[（(][^（）()\n]{2,40}?(?:路|街|道|巷|号|楼)"
)


#: An office that opens the notice by saying it puts up the approval it proposes, as a zone's
#: service office does for the powers it holds: "1、某某开发区政务服务办公室按照《…》以及相关
#: 法规的要求，公示建设项目环境影响评价拟审批信息。" (the builders stand in its table).
_OFFICE_PUTS_UP = re.compile(
    r"(?:^|\n)[ \t\u3000]*(?:[\d一二三四五六七八九十]{1,2}[、.．]\s*)?"
    rf"(?P<org>(?![我本该])[\u4e00-\u9fff]{_ORG_CHARS}{{1,40}}?(?:办公室|局|委员会|管委会))"
    r"(?:按照|根据|依据)[^。\n]{0,160}?(?:公示|公开|公告)[^。\n]{0,16}?"
    r"(?:拟审批|拟批准|拟作出|审批(?:信息|决定|意见))"
)


def acting_body(body: str) -> tuple[str, int] | None:
    """Return the committee an authority notice names as the body that accepted or decided
    (the subject of its act: "…管委会对…作出审批决定"), or the body labelled as the approver,
    or the zone that proposes the step at the head of a line, or the office it gives as its
    address, with its offset."""
    m = (
        _ACTING_BODY.search(body)
        or _APPROVER_LABELLED.search(body)
        or _ZONE_PROPOSES.search(body)
        or _OFFICE_AT_ADDRESS.search(body)
        or _OFFICE_PUTS_UP.search(body)
    )
    if m is None:
        return None
    key = "bureau" if m.groupdict().get("bureau") else "org"
    if _REDACTED.search(m.group(key)):
        return None
    return m.group(key), m.start(key)


#: An office named by its kind alone, no place before it: no name of an authority (the ministry,
#: 生态环境部, is one of a kind and keeps its name). (Nor is its kind after the level of
#: government alone, as an address prints the office it houses: "…大楼19楼市生态环境局法制科".)
_BARE_AUTHORITY = re.compile(
    r"[市县区]?(?:(?:生态环境|环境保护|环保)(?:分局|局|厅)|行政审批(?:服务)?局)"
)


#: An address that names the city, then the district, then the authority under the city's name
#: again: "青石市东湖新区青石市生态环境局" (the city's name, at least two characters and
#: its 市/州/盟, repeated right after a 区, 县 or 旗).
#: (or by its level alone, the office the address houses no name: "某某市某某区市生态环境局")
_PLACE_AGAIN = re.compile(
    r"(?P<address>(?P<city>[\u4e00-\u9fff]{2,8}?[市州盟])[\u4e00-\u9fff]{1,10}?(?:新区|区|县|旗))"
    r"(?=(?P=city)|[市县](?:生态环境|环境保护|环保))"
)


#: Latin letters (and the digits or dashes run on after them) before an authority's kind of
#: office: no place of a Chinese authority, but a spam phrase a mirror put where its place was
#: ("通讯地址：某省365体育app手机版安全下载_mobile288-365生态环境局法规科").
_LATIN_BEFORE = re.compile(r"^[^\n]*[A-Za-z][A-Za-z0-9\-_]*")


#: The authority whose approval a builder obtained before, recounted in the project's account
#: ("…于2018年建设了一期工程，同年取得了某某省生态环境厅的批复（…〔2018〕520号）"): it approved
#: the earlier works, it does not speak in the notice.
_OBTAINED = re.compile(r"(?:取得|获得|获取)了?$")
_APPROVAL_AFTER = re.compile(r"的?(?:环评)?(?:批复|审批意见|审查意见)")


#: A house number inside what reads as a name: the street address of an office, no name; or
#: the floor of a building ("通讯地址：某某市某某路省政府前大楼十层环保厅环评处").
_HOUSE_NUMBER = re.compile(r"\d+号|(?:大楼|大厦|楼)[一二三四五六七八九十\d]{1,3}层")

#: ... unless what it issued is a publicity, the notice itself as a news item relays it:
#: "近日，某某市某某生态环境局发布《关于…项目环境影响报告表的公示》。…" (no rule is a 公示).
_PUTS_UP = re.compile(r"[^《》\n]{2,120}?公示》")
#: What follows an authority named as the source of the rules a notice follows ("根据《…条例》
#: 及某某省环保厅有关文件要求", "按照某某市生态环境局的相关规定"): it issues nothing here.
_RULES_OF = re.compile(r"(?:的)?(?:有关|相关)(?:文件)?(?:要求|规定)|(?:的)?文件(?:要求|精神)")

#: A day inside what reads as a name: a clause that recounts an approval ("…于2016年12月12日
#: 通过某某区环保局审批"), no name of an office.
_DAY_INSIDE = re.compile(r"\d{2,4}年\d{1,2}月")

#: The body a decision may be appealed to, named in the rights clause: "可以自公告期限届满之日
#: 起六十日内向某某省生态环境厅或某某市人民政府提起行政复议" (a reviewing body, not the issuer).
_APPEAL_BODY = re.compile(r"(?:或[^，,。；;\n]{2,24}?)?(?:提起|申请)行政复议")

#: An authority said to have acted by a document of its own ("…生态环境厅以皖环函〔2019〕12号文
#: 对…出具审查意见", "…环保局于2015年以某环审〔2015〕8号批复"): a past act recounted.
_BY_DOCUMENT = re.compile(
    r"(?:于[^，,。；;\n]{0,16}?)?以[^，,。；;\n]{0,30}?(?:号文?|文件|函)(?![\u4e00-\u9fff]{0,2}[：:])"
)

#: A site's bar of links to other sites, printed over its articles: "中国政府网 | 中华人民共和国
#: 生态环境部 | 某某省政府门户网站": the ministry named there is a link, no party to the notice.
_LINK_BAR = re.compile(r"(?:网|网站|门户)\s*[|｜]|[|｜][^|｜\n]*(?:政府网|门户网站)")


def _in_link_bar(body: str, at: int) -> bool:
    start = body.rfind("\n", 0, at) + 1
    end = body.find("\n", at)
    line = body[start : end if end >= 0 else len(body)]
    return line.count("|") + line.count("｜") >= 2 and _LINK_BAR.search(line) is not None


#: A street before an office's name in an address line ("通讯地址：湖南省某某县长风路某某县环境
#: 保护局"), maybe with the stretch of the road ("蒙自市某某路中段某某州生态环境局"): the road
#: ends the address, the office's name starts with its place again.
_STREET_BEFORE = re.compile(
    r"^(?:[^\n]{2,40}(?:大道|路|街|巷)(?:[东西南北中]段)?|[东西南北中]段)"
    r"(?=[\u4e00-\u9fff]{2,8}?[省市州盟区县縣旗])"
    # (or the side of the road the building stands on, the office then named without its
    # place: "成峰路某某段路南行政审批局二楼" is that office's floor, not another office)
    r"|^[^\n]{2,40}(?:大道|路|街)[东西南北]侧?(?=(?:行政审批|生态环境|环境保护|环保))"
)
#: A site's index label glued to its value ("发布机构市生态环境局某某分局", the spaces of the
#: page's header row lost): the page's record of who posted it, not the notice's words.
_INDEX_LABEL = r"(?:发布机构|發布機構|发文机关|发布单位)[：:]?\s*"
_INDEX_LABEL_GLUED = re.compile(_INDEX_LABEL)
_INDEX_LABEL_BEFORE = re.compile(f"{_INDEX_LABEL}$")
#: The title cell of the same header row, glued to the title it restates ("• 名称 某某开发区
#: 行政审批服务局2024年3月6日…拟审批公示"): the label is no part of the office the title names.
_TITLE_CELL_GLUED = re.compile(r"^(?:名\s?称|标\s?题)[：:]?\s*(?=[\u4e00-\u9fff]{2})")


#: The verb of a filing or approval the works obtained, before the body that gave it: "2019年
#: 4月23日，取得某某区行政审批局备案" (told of the project's past, never its notice's issuer).
_OBTAINED_FROM = re.compile(r"取得|获得|得到")
#: The authority that is to approve the report, as a builder's notice sets out the assessment's
#: steps ("4对报告书进行专家审查 / 5某某省环保厅对报告书进行批复"): the approver to come, whom
#: the builder's notice never speaks as.
_APPROVES_REPORT = re.compile(
    r"(?:负责)?对[^，,。；;\n]{0,24}?报告[书表]?(?:进行|予以)?(?:审批|批复|审查|审核)"
)


def _authority(
    body: str, pos: int = 0, shorter: str | None = None, past_acts: bool = True
) -> tuple[str, int] | None:
    """The first authority named from ``pos`` on (one whose name ends in ``shorter``, if given;
    without ``past_acts``, not one said to have acted by a document of its own). One the
    page's index row names ("发布机构 某某局") only when the notice's own text names none."""
    indexed = None
    for m in _AUTHORITY.finditer(body, pos):
        if shorter is not None and not (
            m.group("org").endswith(shorter) and len(m.group("org")) > len(shorter)
        ):
            continue
        opened = body.rfind("《", 0, m.start("org"))
        if opened >= 0 and body.find("》", opened, m.start("org")) < 0:
            continue
        if _FORM_MAKER.match(body, m.end("org")):
            continue  # the ministry that made the opinion form, or hosts it for download
        if _RULES_OF.match(body, m.end("org")):
            continue  # the authority whose rules the notice follows: "及某某省环保厅有关文件要求"
        cited = _CITED_AFTER.match(body, m.end("org"))
        if cited and not _PUTS_UP.match(body, cited.end()):
            continue  # the author of a document cited: "根据国家生态环境部《…办法》的要求"
        if _entrusts_speaker(body, m.end("org")):
            continue  # the authority that entrusted its power to the one speaking
        if _in_link_bar(body, m.start("org")):
            continue  # a link in the site's bar over the article
        if NAV_LINK.match(body, body.rfind("\n", 0, m.start("org")) + 1):
            continue  # the link to the item before or after ("上一篇：某某局关于…")
        if not past_acts and _BY_DOCUMENT.match(body, m.end("org")):
            continue  # an approval it gave before, recounted
        if not past_acts and _OBTAINED_FROM.search(
            body, max(0, m.start("org") - 2), m.start("org") + 2
        ):
            continue  # the body the works got a filing or approval from ("取得某某局备案")
        if not past_acts and _APPROVES_REPORT.match(body, m.end("org")):
            continue  # the body to approve the report, a step the assessment leads up to
        org = clean_org(m.group("org"))
        lead = m.end("org") - len(org)
        if org[:1] in "年月日" and body[lead - 1 : lead] in ("*", "＊"):
            # a day a re-poster masked before the name ("经审查，**日某某州生态环境局某某分局
            # 拟对…"): its 日 closes the date, not opens the name (日照, 日喀则 follow no mask)
            org, lead = org[1:], lead + 1
        if body[lead - 1 : lead] == "向" and _APPEAL_BODY.match(body, m.end("org")):
            continue  # the body a decision may be appealed to ("向某某厅提起行政复议")
        again = _PLACE_AGAIN.match(org)
        if again:  # an address before the name: "某某市某某新区某某市生态环境局"
            org = org[again.end("address") :]
        street = _STREET_BEFORE.match(org)
        if street:  # the road of an address before the name: "某某县长风路某某县环境保护局"
            org = org[street.end() :]
        glued = _INDEX_LABEL_GLUED.search(org)
        if glued:  # (the row's other cells before it too: "索引号0000-01发布机构某某局")
            org = org[glued.end() :]
        titled = _TITLE_CELL_GLUED.match(org)
        if titled:  # the row's title cell: the office its title names, as the row records it
            org, glued = org[titled.end() :], titled
        latin = _LATIN_BEFORE.match(org)
        if latin:  # a mirror's spam in place of the place: "…_mobile288-365生态环境局"
            org = org[latin.end() :]
        if _BARE_AUTHORITY.fullmatch(org):
            continue  # the kind of office alone, its place an address ("…路8号生态环境局二楼")
        if _HOUSE_NUMBER.search(org):
            continue  # an address that ends at the office: "联系地址：某某市新城大道124号环保局"
        if "设在" in org:
            continue  # where an office sits ("（办公室设在生态环境部某某司）"), not its name
        if _DAY_INSIDE.search(org):
            continue  # a clause run up to the office: "该项目于2016年12月12日通过某某区环保局"
        at = m.end("org") - len(org)
        if _MASK_BEFORE.search(body, max(0, at - 3), at):
            continue  # a name a re-poster masked at its start ("****开发区审批局"): its tail
        if _OBTAINED.search(body, max(0, at - 4), at) and _APPROVAL_AFTER.match(body, m.end("org")):
            continue  # an approval the builder obtained, recounted: "同年取得了某某厅的批复"
        if glued or _INDEX_LABEL_BEFORE.search(body, max(0, at - 8), at):
            indexed = indexed or (org, at)  # the page's index row: the notice's words first
            continue
        return org, at
    return indexed


def _date_before(body: str, pos: int) -> tuple[dt.date, int, int] | None:
    """Return the last date in the sentence before ``pos`` (or 同日 → None)."""
    start = max(body.rfind(ch, 0, pos) for ch in _SENTENCE) + 1
    best = None
    for m in DATE.finditer(body, start, pos):
        value = match_date(m, "d")
        if value is not None:
            best = (value, m.start(), m.end())
    return best


def dissolution(body: str) -> tuple[dt.date, int, int] | None:
    """Return the date the company resolved to dissolve, with the span that says so."""
    for m in DISSOLVED.finditer(body):
        found = _date_before(body, m.start())
        if found:
            return found[0], found[1], m.end()
    return None


def group_formed(
    body: str, dissolved: tuple[dt.date, int, int] | None
) -> tuple[dt.date, int, int] | None:
    """Return the date the clearing group was formed, with the span that says so."""
    m = FORMED_AFTER.search(body)
    if m and match_date(m, "d"):
        return match_date(m, "d"), m.start(), m.end()
    for m in FORMED.finditer(body):
        start = max(body.rfind(ch, 0, m.start()) for ch in _SENTENCE) + 1
        lead = body[start : m.start()]
        same = list(_SAME_DAY.finditer(lead))
        found = _date_before(body, m.start())
        if same and (found is None or start + same[-1].start() > found[1]):
            if dissolved is not None:
                return dissolved[0], min(dissolved[1], start + same[-1].start()), m.end()
            continue
        if found:
            return found[0], found[1], m.end()
    return None
