"""The same notice printed with its parts in another order or labelled another way (issue #11).

Sites and papers print a notice's title, signature, contacts and numbered headings in several
orders and forms; each test re-prints a notice we wrote one such way and says what must still
be read from it.
"""

from __future__ import annotations

from notices.importer import extract_notices

#: Two authorities' untitled notices, each printing its contacts over its body (as some
#: bureaus' pages do), one blank line between the two.
CONTACTS_FIRST = (
    "电话：0818-2734651\n"
    "地址：某某市某某区某某路114号306室\n"
    "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对1个项目作出批复决定。为保证此次"
    "审议工作的严肃性和公正性，现将建设项目环境影响报告的基本情况予以公示。公示期为2031年10月30日"
    "—2031年11月5日（共5个工作日）。\n"
    "听证告知：依据《中华人民共和国行政许可法》，自公示起五日内申请人、利害关系人可对以下拟作出的"
    "建设项目环境影响评价文件批复决定要求听证。\n"
    "某某输气管道工程环境影响报告书拟批复公示.docx\n"
    "\n"
    "联系电话：0795-2683715（环评股）\n"
    "通讯地址：某某省某某县政务服务中心，邮编：336400\n"
    "根据建设项目环境影响评价审批程序的有关规定，2031年7月16日我局受理某某渠某某闸除险加固工程"
    "环境影响评价文件。现将该项目环评文件予以公示，公示期为2031年7月16日-2031年7月22日"
    "（5个工作日）。\n"
    "公示期间，社会各界如发现建设单位存在违法或失信行为的，可以向我局提出异议。\n"
    "序号 | 项目名称 | 建设地点 | 建设单位 |\n"
    "1 | 某某渠某某闸除险加固工程 | 某某县某某镇 | 某某县水利局 |\n"
)


def _read(page: str) -> list[dict]:
    return [p.to_json() for p in extract_notices(page).proposals]


def test_contacts_printed_over_the_body_stay_with_their_notice() -> None:
    found = _read(CONTACTS_FIRST)
    assert [(p.get("contact") or {}).get("phone") for p in found] == [
        "0818-2734651",
        "0795-2683715",
    ]


#: A builder's first notice on a county site: the site's column names over its title, the
#: title wrapped over two lines after the project's name.
WRAPPED_UNDER_COLUMNS = (
    "政府信息公开\n"
    "工作动态\n"
    "某某三路机械制造有限公司筑路机械制造项目\n"
    "环境影响评价公众参与第一次公示\n"
    "来源:某某县政府门户网 发布时间:2031-07-24 00:00 浏览次数: 字体: [ ] 打印\n"
    "根据《中华人民共和国环境影响评价法》和《环境影响评价公众参与暂行办法》的规定，现将某某三路"
    "机械制造有限公司筑路机械制造项目环境影响评价的有关信息公示如下：\n"
    "一、建设项目概况\n"
    "项目名称：某某三路机械制造有限公司筑路机械制造项目\n"
    "建设地点：某某县某某工业园\n"
    "二、环境影响评价的工作程序和主要工作内容\n"
    "环评报告书编制完成后，经环评专家组评审通过后报某某县环境保护局审批。\n"
    "三、征求公众意见的主要事项和方式\n"
    "公众可通过电话、信函等方式向建设单位反映意见。\n"
    "建设单位：某某三路机械制造有限公司 联系人：某某 联系电话：0825-7823916\n"
)


def test_a_title_wrapped_under_the_sites_column_names_is_read_whole() -> None:
    (found,) = _read(WRAPPED_UNDER_COLUMNS)
    assert (found["kind"], found["title"], found["issuer"]) == (
        "eia_first",
        "某某三路机械制造有限公司筑路机械制造项目环境影响评价公众参与第一次公示",
        "某某三路机械制造有限公司",
    )
