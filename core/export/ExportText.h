#pragma once

#include "ExportRequest.h"

#include <QList>
#include <QString>

namespace nap {

// Small text decisions shared by the document and workbook writers.
class ExportText
{
public:
    // Fixed document words in the export's language (English source, Chinese from the zh_TW
    // catalogue, context "nap::ExportText").
    static QString word(Language language, const char *source);
    // "Page %1 of %2" / "第 %1 頁，共 %2 頁" around the given page number and count fields.
    static QString pageOf(Language language, const QString &number, const QString &count);
    // The languages an export prints, in order (bilingual: Chinese, then English).
    static QList<Language> languages(ExportRequest::Mode mode);
    static Language primary(ExportRequest::Mode mode);
    // Catalogue display name for an agency code; a free entry is returned as typed.
    static QString agency(const QString &value, Language language);
    // Lead agency first, co-implementing agencies in parentheses: "內政部、（監察院）".
    // An agency as a form prints it: in English, a free name without an English part
    // ("新北市政府", not "新北市政府 / New Taipei City Government") prints nothing.
    static QString printedAgency(const QString &value, Language language);
    static QString agencyLine(const QString &lead, const QStringList &coAgencies, Language language);
    // "內政部、監察院" (workbook co-agency column).
    static QString agencyList(const QStringList &agencies, Language language);
    // "zh-TW" or "en".
    static QString languageTag(ExportRequest::Mode mode);
    // Escapes &, <, > and quotes for a template placeholder. Sanitizes.
    static QString xmlEscaped(const QString &text);
    // A phone number with its extension in the language's words: "02-2316-5300 分機 123",
    // "02-2316-5300 ext. 123" (typed as "#123", "分機123", "轉123", "ext 123" or "x123").
    static QString phone(const QString &typed, Language language);
};

} // namespace nap
