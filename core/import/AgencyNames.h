#pragma once

#include <QString>
#include <QStringList>

namespace nap {

// The agencies a form names in one answer, as officers write them: "國家發展委員會、（數位發展部、
// 法務部）", "主辦：國發會；協辦：法務部", "National Development Council (Ministry of Justice)".
// Names in parentheses or after 協辦 / co- are co-implementing; known names become catalogue
// codes, others are kept as written.
class AgencyNames
{
public:
    struct List
    {
        QString lead;
        QStringList co;
    };

    // The first line naming an agency decides; the lines after it (a translation) are ignored.
    static List parse(const QString &text);

private:
    static List parseLine(const QString &line);
    static QString code(const QString &name);
};

} // namespace nap
