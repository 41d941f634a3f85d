#include "BilingualText.h"

#include <QTranslator>

namespace nap {
namespace {

const QTranslator &chineseCatalogue()
{
    // Loaded once, read-only afterwards: safe to share between checker threads.
    static const QTranslator *catalogue = [] {
        auto *t = new QTranslator;
        if (!t->load(QStringLiteral(":/i18n/napdesk_zh_TW.qm")))
            qWarning("NAP Desk: the Traditional Chinese catalogue is missing from the build");
        return t;
    }();
    return *catalogue;
}

} // namespace

QString BilingualText::of(Language language, const char *context, const char *source,
                          const char *disambiguation)
{
    if (language == Language::Chinese) {
        const QString zh = chineseCatalogue().translate(context, source, disambiguation);
        if (!zh.isEmpty())
            return zh;
    }
    return QString::fromUtf8(source);
}

} // namespace nap
