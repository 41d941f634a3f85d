#pragma once

#include <QString>

namespace nap::ui {

// How bilingual fields are shown: both languages side by side, or one of them.
enum class EditingMode
{
    SideBySide,
    ChineseOnly,
    EnglishOnly
};

namespace EditingModes {
inline QString code(EditingMode mode)
{
    switch (mode) {
    case EditingMode::ChineseOnly:
        return QStringLiteral("zh");
    case EditingMode::EnglishOnly:
        return QStringLiteral("en");
    case EditingMode::SideBySide:
        break;
    }
    return QStringLiteral("side_by_side");
}
inline EditingMode fromCode(const QString &code)
{
    if (code == QLatin1String("zh"))
        return EditingMode::ChineseOnly;
    if (code == QLatin1String("en"))
        return EditingMode::EnglishOnly;
    return EditingMode::SideBySide;
}
} // namespace EditingModes

} // namespace nap::ui
