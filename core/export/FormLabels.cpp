#include "FormLabels.h"

#include <array>

namespace nap {
namespace {

struct Pair
{
    const char *zh;
    const char *en;
};

constexpr std::array<Pair, FormLabels::LabelCount> kLabels{{
    {"開放政府國家行動方案承諾事項表", "Open Government National Action Plan: Commitment Form"},
    {"承諾事項名稱", "Commitment name"},
    {"主（協）辦機關", "Lead (and co-implementing) agencies"},
    {"承諾事項的起迄時間", "Start and end of the commitment"},
    {"承諾事項之描述", "Description of the commitment"},
    {"承諾事項涉及的公共問題", "Public problem the commitment addresses"},
    {"問題成因", "Causes of the problem"},
    {"既有作為", "What has been done so far"},
    {"摘要", "Brief description"},
    {"承諾事項內容", "What is the commitment"},
    {"預期成果", "Expected results"},
    {"承諾事項本身對於解決這些公共問題有何貢獻與助益",
     "How will the commitment contribute to solve the public problem"},
    {"為何此一承諾事項與OGP的核心價值（透明、公共參與、課責）有所相關",
     "Why is this commitment relevant to OGP values (transparency, participation, accountability)"},
    {"透明", "Transparency"},
    {"公共參與", "Participation"},
    {"課責", "Accountability"},
    {"涵容", "Inclusion"},
    {"相關", "Relevant"},
    {"未勾選", "Not claimed"},
    {"其他資訊", "Additional information"},
    {"經費", "Budget"},
    {"相關政府計畫", "Related government programmes"},
    {"永續發展目標", "Sustainable Development Goals"},
    {"政策領域", "Policy areas"},
    {"其他參與者（政府）", "Other actors (government)"},
    {"其他參與者（公民社會、私部門、多邊組織）",
     "Other actors (civil society, private sector, multilaterals)"},
    {"衡量指標／關鍵里程碑", "Measures / key milestones"},
    {"關鍵里程碑", "Milestone"},
    {"預期產出", "Expected output"},
    {"開始時間", "Start"},
    {"結束時間", "End"},
    {"負責機關", "Responsible agency"},
    {"填表人/機關/團體", "Form filler, agency or organisation"},
    {"聯絡方式", "Contact information"},
    {"姓名", "Name"},
    {"職稱/單位", "Title and department"},
    {"電話", "Phone"},
    {"電子郵件", "E-mail"},
    {"方案期程", "Plan period"},
    {"發布機關", "Issued by"},
    {"匯出日期", "Exported on"},
    {"面向", "Area"},
    {"（尚無里程碑）", "(no milestones yet)"},
}};

} // namespace

QString FormLabels::text(Label label, Language language)
{
    const Pair &p = kLabels.at(static_cast<size_t>(label));
    return QString::fromUtf8(language == Language::Chinese ? p.zh : p.en);
}

QString FormLabels::chineseNumeral(int number)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (number <= 0 || number >= 100)
        return QString::number(number);
    if (number < 10)
        return digits.at(number);
    const int tens = number / 10;
    const int ones = number % 10;
    QString out = tens == 1 ? QString() : QString(digits.at(tens));
    out += QStringLiteral("十");
    if (ones)
        out += digits.at(ones);
    return out;
}

} // namespace nap
