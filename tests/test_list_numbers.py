"""Items of a numbered list inside the article that a keyword rule took out are kept when
their number follows the article's line above (``numbered_item``)."""

from __future__ import annotations

import scrubber
from scrubber.list_numbers import item_number

INTRO_ZH = ("这套系统由作者利用下班时间和周末开发完成，目前已经在三家公司稳定运行了一年多，"
            "下面是购买后可以获得的服务内容。")
OUTRO_ZH = ("如果你对这套系统的设计理念感兴趣，可以先阅读项目的文档，再决定是否购买，"
            "作者会在评论区回答大家的问题。")


def _page(item: str) -> str:
    return "\n".join([
        "首页", "论坛", "登录", INTRO_ZH,
        "1. 可以完全控制你本地部署的系统，无需依赖作者提供的在线服务。",
        "2. 能完全掌握用户、权限和角色这一套架构的设计理念与代码实现。",
        "3. 享受永久免费的版本更新，项目依然在不停地迭代和完善中。",
        item,
        "5. 可以降低技术团队的开发成本，节约大量的人力和财力资源。",
        OUTRO_ZH, "关于我们", "联系我们", "版权所有 © 2024 示例论坛"])


def _verdict(doc: scrubber.Document, text: str) -> scrubber.LineVerdict:
    return next(v for v in doc.lines if v.text == text)


def test_the_next_item_of_the_articles_list_stays_whatever_its_words() -> None:
    item = "4. 作者提供永久技术支持"
    v = _verdict(scrubber.scrub(_page(item)), item)
    assert (v.keep, v.reason) == (True, "numbered_item")


def test_a_line_out_of_the_lists_sequence_is_left_to_the_rules() -> None:
    item = "9. 技术支持"
    assert not _verdict(scrubber.scrub(_page(item)), item).keep


def test_item_numbers() -> None:
    assert [item_number(t) for t in ("4. 作者", "（2）取得", "2)   Be listed", "- 3. Tea",
                                      "2024年", "Home", "123. x")] == [4, 2, 2, 3, None, None,
                                                                       None]


def test_chinese_item_numbers() -> None:
    assert [item_number(t) for t in ("（二）未按规定", "（十一）变更", "十、附则", "二十三、其他",
                                      "一二三", "十一月")] == [2, 11, 10, 23, None, None]


def test_an_item_numbered_in_chinese_numerals_stays() -> None:
    item = "（三）取得增值电信业务经营许可证；"
    page = "\n".join([
        "首页", "政策", INTRO_ZH,
        "（一）在工商管理部门完成注册登记，并领取营业执照；",
        "（二）具有与业务规模相适应的资金实力和专业人员；", item,
        "（四）按照本办法的规定完成备案登记，并接受主管部门的监督。", OUTRO_ZH,
        "版权所有 © 2024 示例网"])
    v = _verdict(scrubber.scrub(page), item)
    assert (v.keep, v.reason) == (True, "numbered_item")


def test_a_numbered_sections_heading_follows_the_section_above() -> None:
    para = ("A good mobile design keeps the most common tasks within reach of the thumb, and "
            "it tells the reader at every step where they are and how to get back.")
    heading = "3. Navigation"
    page = "\n".join(["Home", "Blog", "Mobile design basics", "1. Layout", para,
                      "2. Typography", para + " Type sizes follow the same rule.", heading,
                      para + " Menus should stay short.", "4. Feedback",
                      para + " Every tap needs an answer.", "© 2025 Example Studio"])
    v = _verdict(scrubber.scrub(page), heading)
    assert (v.keep, v.reason) == (True, "numbered_item")


def test_the_first_item_stays_when_the_articles_next_item_follows_it() -> None:
    """"1." has no item above it: the article's "2." below tells it is the list's first."""
    item = "1. 作者提供永久技术支持"
    page = "\n".join(["首页", "论坛", "登录", INTRO_ZH, item,
                      "2. 能完全掌握用户、权限和角色这一套架构的设计理念与代码实现。",
                      "3. 享受永久免费的版本更新，项目依然在不停地迭代和完善中。",
                      OUTRO_ZH, "关于我们", "联系我们", "版权所有 © 2024 示例论坛"])
    v = _verdict(scrubber.scrub(page), item)
    assert (v.keep, v.reason) == (True, "numbered_item")


NOTICE_ZH = ["首页", "政务公开", "通知公告", "关于开展城乡居民医保参保登记工作的通知",
             "各区县医疗保障局、税务局，各有关单位：",
             "为做好明年城乡居民基本医疗保险参保缴费工作，现就有关事项通知如下，请各单位认真贯彻落实。",
             "各区县要高度重视，加强宣传引导，确保应保尽保，按时完成参保登记工作。",
             "附件：1.城乡居民医保参保登记表.docx", "2.缴费操作指南.pdf", "3.常见问题解答.pdf",
             "上一篇：关于公布定点医药机构名单的通知", "主办单位：市医疗保障局",
             "浙ICP备12345678号"]


def test_the_rest_of_the_articles_list_after_it_is_kept() -> None:
    """The items that count on from the article's last numbered line (after a label:
    "附件：1.…") are the rest of its list, cut off with the short items."""
    verdicts = {v.text: (v.keep, v.reason) for v in scrubber.scrub("\n".join(NOTICE_ZH)).lines}
    assert verdicts["2.缴费操作指南.pdf"] == (True, "numbered_tail")
    assert verdicts["3.常见问题解答.pdf"] == (True, "numbered_tail")
    assert not verdicts["上一篇：关于公布定点医药机构名单的通知"][0]


def test_a_sub_item_number_is_no_list_to_count_on() -> None:
    # "5.2" is the second item of section 5: "6." after it is the next section's heading.
    page = [*NOTICE_ZH[:7],
            "5.2 逾期送达的或者未送达指定地点的投标文件，招标人不予受理，请投标人注意。",
            "6.发布公告的媒介", "主办单位：市医疗保障局", "浙ICP备12345678号"]
    verdicts = {v.text: v.reason for v in scrubber.scrub("\n".join(page)).lines}
    assert verdicts["6.发布公告的媒介"] != "numbered_tail"
