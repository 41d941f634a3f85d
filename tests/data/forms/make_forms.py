#!/usr/bin/python3
"""Writes the hand-filled form fixtures of tst_importhandfilled: commitment forms as an officer
fills NDC's template in a word processor, in NDC's field order, made with odfpy and converted
to .docx by LibreOffice. Run from this folder: /usr/bin/python3 make_forms.py"""
import subprocess

from odf.opendocument import OpenDocumentText
from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
from odf.text import H, P


def cell(*paragraphs, span=1):
    c = TableCell(numbercolumnsspanned=span) if span > 1 else TableCell()
    for p in paragraphs:
        c.addElement(P(text=p))
    return c


def spanned(*paragraphs, span):
    return [cell(*paragraphs, span=span)] + [CoveredTableCell() for _ in range(span - 1)]


def table(doc, name, columns, rows):
    t = Table(name=name)
    t.addElement(TableColumn(numbercolumnsrepeated=columns))
    for r in rows:
        row = TableRow()
        for c in r:
            row.addElement(c)
        t.addElement(row)
    doc.text.addElement(t)


def label_row(label, *answer, columns=3):
    return [cell(*label.split("\n"))] + spanned(*answer, span=columns - 1)


def ndc_table_zh():
    """NDC's form as one table, in Chinese, for the sample's 1-1: the problem updated, the
    last milestone row moved to the top and a blank row left in the milestone table."""
    doc = OpenDocumentText()
    doc.text.addElement(P(text="附件2 建議承諾事項格式"))
    doc.text.addElement(P(text=""))
    table(doc, "form", 3, [
        label_row("承諾事項名稱", "政府資料開放與運用法制化"),
        label_row("建議主政機關／主（協）辦機關", "國家發展委員會、（數位發展部、法務部）"),
        label_row("承諾事項的起迄時間", "2021年1月至2024年5月"),
        spanned("承諾事項之描述", span=3),
        label_row("承諾事項涉及的公共問題",
                  "目前政府資料開放僅依行政規則推動，各機關開放程度不一。",
                  "113年政府資料開放平臺計有約5萬項資料集，其中約2成近1年未曾更新。"),
        label_row("承諾事項內容", "研擬「政府資料開放與運用法」草案，並公開草案徵詢各界意見。"),
        label_row("承諾事項本身對於解決這些公共問題有何貢獻與助益",
                  "以法律取代行政規則，使資料開放成為機關義務。"),
        label_row("為何此一承諾事項與OGP的核心價值（透明、公共參與、課責）有所相關",
                  "透明：依法公開資料清單與未開放理由。",
                  "參與：草案於公共政策網路參與平臺公開預告。",
                  "課責：民眾申請遭拒時可提出申訴。"),
        label_row("其他資訊", "每年約新臺幣500萬元。"),
        [cell("衡量指標／關鍵里程碑"), cell("起迄時間"), cell("主辦機關")],
        [cell("完成草案並函報行政院"), cell("2022/07～2023/06"), cell("國家發展委員會")],
        [cell("完成「政府資料開放與運用法」草案"), cell("2021/01～2021/12"), cell("國家發展委員會")],
        [cell(""), cell(""), cell("")],
        [cell("辦理草案公開諮詢會議3場次並公開會議紀錄"), cell("2022/01～2022/06"), cell("國發會")],
        label_row("填表人/機關/團體", "國家發展委員會資訊管理處"),
        label_row("聯絡方式", "姓名：陳資料（範例）", "職稱：國家發展委員會資訊管理處科長",
                  "電話：02-2316-5300#123", "電子郵件：opendata@example.gov.tw"),
    ])
    doc.save("ndc-table-zh.odt")


def headings_en():
    """The form written as headings and paragraphs, in English, with extra blank lines, a note
    before the form, a heading the form does not have, and a blank row in the milestone table."""
    doc = OpenDocumentText()
    blank = lambda: doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Draft for internal review, do not circulate"))
    doc.text.addElement(H(outlinelevel=1, text="Open Government National Action Plan: Commitment Form"))
    sections = [
        ("Commitment name", ["Open register of lobbying contacts"]),
        ("Lead (and co-implementing) agencies", ["Ministry of the Interior (Ministry of Justice)"]),
        ("Start and end of the commitment", ["January 2025 to December 2026"]),
        ("Public problem the commitment addresses",
         ["Lobbying contacts with officials are registered on paper and are not published.",
          "In 2023 only 312 contacts were registered across all ministries."]),
        ("What is the commitment", ["Publish every registered lobbying contact online within ten days."]),
        ("How will the commitment contribute to solve the public problem",
         ["The public can see who meets officials about which decisions."]),
        ("Why is this commitment relevant to OGP values",
         ["Transparency: every contact is published as open data.",
          "Accountability: anyone can report an unregistered contact to the Control Yuan."]),
        ("Internal remarks", ["Check the wording with the legal office."]),
    ]
    for heading, paragraphs in sections:
        doc.text.addElement(H(outlinelevel=2, text=heading))
        for p in paragraphs:
            doc.text.addElement(P(text=p))
            blank()
        blank()
    doc.text.addElement(H(outlinelevel=2, text="Measures / key milestones"))
    table(doc, "milestones", 5, [
        [cell(h) for h in ("Milestone", "Expected output", "Start", "End", "Responsible agency")],
        [cell("Amend the Lobbying Act regulations"), cell("Amended regulations"), cell("2025/01"),
         cell("2025/06"), cell("Ministry of the Interior")],
        [cell(""), cell(""), cell(""), cell(""), cell("")],
        [cell("Launch the online register"), cell("Public website"), cell("2025/07"), cell("2025/12"),
         cell("Ministry of the Interior")],
        [cell("Publish the first annual report"), cell("Annual report"), cell("2026/01"),
         cell("2026/12"), cell("Ministry of Justice")],
    ])
    blank()
    doc.text.addElement(H(outlinelevel=2, text="Contact information"))
    for p in ("Name: Lin Mei-hua", "Title and department: Section Chief, Department of Civil Affairs",
              "Phone: 02-2356-5000", "E-mail: lobbying@example.gov.tw"):
        doc.text.addElement(P(text=p))
    doc.save("headings-en.odt")


def bilingual():
    """Both languages in one table: each label cell holds the Chinese and the English label,
    each answer the Chinese then the English text."""
    doc = OpenDocumentText()
    table(doc, "form", 5, [
        label_row("承諾事項名稱\nCommitment name", "推動預算資料開放", "Open budget data", columns=5),
        label_row("建議主政機關\nLead agency", "行政院主計總處", "Directorate-General of Budget, Accounting and Statistics",
                  columns=5),
        label_row("承諾事項的起迄時間\nStart and end date", "2025/01～2026/12", columns=5),
        label_row("承諾事項涉及的公共問題\nPublic problem",
                  "中央政府總預算書僅以PDF公開，民眾難以分析。",
                  "The central budget is published only as PDF, which the public cannot analyse.", columns=5),
        label_row("承諾事項內容\nWhat is the commitment", "以開放格式公開預算書全部表格。",
                  "Publish every budget table in open formats.", columns=5),
        [cell("里程碑\nMilestone"), cell("預期產出\nExpected output"), cell("開始日期\nStart"),
         cell("結束日期\nEnd"), cell("主辦機關\nResponsible agency")],
        [cell("公開112年度預算表格", "Publish the 2023 budget tables"), cell("資料集", "Datasets"),
         cell("2025/01"), cell("2025/06"), cell("行政院主計總處")],
        [cell("建置預算視覺化網站", "Build a budget visualisation site"), cell("網站", "Website"),
         cell("2025/07"), cell("2026/12"), cell("行政院主計總處")],
        label_row("聯絡方式\nContact information", "姓名：王預算", "電話：02-2380-3500",
                  "E-mail: budget@example.gov.tw", columns=5),
    ])
    doc.save("bilingual.odt")


def no_form():
    doc = OpenDocumentText()
    doc.text.addElement(P(text="Minutes of the weekly meeting."))
    doc.text.addElement(P(text="Nothing here is a commitment form."))
    doc.save("not-a-form.odt")


if __name__ == "__main__":
    ndc_table_zh()
    headings_en()
    bilingual()
    no_form()
    for name in ("ndc-table-zh.odt", "bilingual.odt"):
        subprocess.run(["soffice", "--headless", "--convert-to", "docx", name], check=True,
                       stdout=subprocess.DEVNULL)
