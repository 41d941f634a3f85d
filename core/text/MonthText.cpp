#include "MonthText.h"

#include "DateFormat.h"

#include <QRegularExpression>

namespace nap {

bool MonthText::fromParts(int year, int month, bool roc, YearMonth *out)
{
    if (roc || year < 1000) {
        if (year < 1 || year > 300)
            return false;
        year += 1911;
    }
    if (year < 1912 || year > 2200 || month < 1 || month > 12)
        return false;
    *out = YearMonth(year, month);
    return true;
}

bool MonthText::parse(const QString &text, YearMonth *month)
{
    // Full-width digits and slashes (ＩＭＥ input) become ASCII; spaces carry no meaning.
    QString t = text.normalized(QString::NormalizationForm_KC).simplified();
    if (t.isEmpty()) {
        *month = YearMonth();
        return true;
    }
    bool roc = false;
    static const QRegularExpression era(QStringLiteral("^(?:民國|roc)\\s*"),
                                        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = era.match(t); m.hasMatch()) {
        roc = true;
        t = t.mid(m.capturedLength());
    }
    t.remove(QLatin1Char(' '));
    static const QRegularExpression numeric(QStringLiteral("^(\\d{1,4})[/\\-.年](\\d{1,2})月?$"));
    if (const auto m = numeric.match(t); m.hasMatch())
        return fromParts(m.captured(1).toInt(), m.captured(2).toInt(), roc, month);
    // Digits only: "202101" (Gregorian) or "11001" (ROC).
    static const QRegularExpression packed(QStringLiteral("^(\\d{3,4})(\\d{2})$"));
    if (const auto m = packed.match(t); m.hasMatch())
        return fromParts(m.captured(1).toInt(), m.captured(2).toInt(), roc, month);
    // "January 2021", "Jan2021" (spaces were removed).
    static const QRegularExpression named(QStringLiteral("^([A-Za-z]{3,9})\\.?,?(\\d{4})$"));
    if (const auto m = named.match(t); m.hasMatch() && !roc) {
        const QString name = m.captured(1).toLower();
        for (int i = 1; i <= 12; ++i) {
            const QString full = DateFormat::monthName(i).toLower();
            if (full == name || (name.size() == 3 && full.startsWith(name)))
                return fromParts(m.captured(2).toInt(), i, false, month);
        }
    }
    return false;
}

} // namespace nap
