#pragma once

#include "ExportRequest.h"

#include <QList>
#include <QString>

namespace nap {

// Small text decisions shared by the document and workbook writers.
class ExportText
{
public:
    // The languages an export prints, in order (bilingual: Chinese, then English).
    static QList<Language> languages(ExportRequest::Mode mode);
    static Language primary(ExportRequest::Mode mode);
    // Catalogue display name for an agency code; a free entry is returned as typed.
    static QString agency(const QString &value, Language language);
    // Lead agency first, co-implementing agencies in parentheses: "內政部、（監察院）".
    static QString agencyLine(const QString &lead, const QStringList &coAgencies, Language language);
    // "內政部、監察院" (workbook co-agency column).
    static QString agencyList(const QStringList &agencies, Language language);
    // "zh-TW" or "en".
    static QString languageTag(ExportRequest::Mode mode);
    // Escapes &, <, > and quotes for a template placeholder. Sanitizes.
    static QString xmlEscaped(const QString &text);
};

} // namespace nap
