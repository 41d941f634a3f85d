#include "InterfaceFont.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QStringList>

namespace nap::ui {
namespace {

QStringList chineseFamilies()
{
    return {QStringLiteral("Noto Sans CJK TC"), QStringLiteral("Noto Sans TC"),
            QStringLiteral("Microsoft JhengHei UI"), QStringLiteral("Microsoft JhengHei"),
            QStringLiteral("PingFang TC")};
}

QStringList latinFamilies()
{
    return {QStringLiteral("Segoe UI"), QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
            QStringLiteral("Helvetica Neue")};
}

QStringList installed(const QStringList &families)
{
    const QStringList available = QFontDatabase::families();
    QStringList result;
    for (const QString &family : families) {
        if (available.contains(family, Qt::CaseInsensitive))
            result << family;
    }
    return result;
}

QStringList familiesFor(const QString &language)
{
    const QStringList chinese = installed(chineseFamilies());
    if (language.startsWith(QLatin1String("zh")))
        return chinese;
    const QStringList latin = installed(latinFamilies());
    // A Latin face without its CJK fallback would show Chinese content in a Japanese or
    // Simplified fallback; keep the TC face right behind it.
    return latin.mid(0, 1) + chinese;
}

} // namespace

QString InterfaceFont::preferredFamily(const QString &language)
{
    const QStringList families = familiesFor(language);
    return families.isEmpty() ? QString() : families.constFirst();
}

void InterfaceFont::apply(const QString &language)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return; // a command-line tool has no interface font
    const QStringList families = familiesFor(language);
    if (families.isEmpty())
        return; // keep the platform's default
    QFont font = QApplication::font();
    if (font.families() == families)
        return;
    font.setFamilies(families);
    QApplication::setFont(font);
}

void InterfaceFont::installKaiSubstitutions()
{
    // The NDC form's 標楷體 (DFKai-SB) is not on Linux desktops; use the Kai faces that are.
    const QStringList kai{QStringLiteral("TW-Kai"), QStringLiteral("AR PL UKai TW"),
                          QStringLiteral("DFKai-SB")};
    QFont::insertSubstitutions(QStringLiteral("標楷體"), kai);
    QFont::insertSubstitutions(QStringLiteral("DFKai-SB"), kai.mid(0, 2));
}

} // namespace nap::ui
