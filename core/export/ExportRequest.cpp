#include "ExportRequest.h"

namespace nap {

QString ExportRequest::suffix(Format format)
{
    switch (format) {
    case Format::OdtForm:
    case Format::OdtPlan:
        return QStringLiteral(".odt");
    case Format::Xlsx:
        return QStringLiteral(".xlsx");
    case Format::Ods:
        return QStringLiteral(".ods");
    }
    return {};
}

QString ExportRequest::formatCode(Format format)
{
    switch (format) {
    case Format::OdtForm:
        return QStringLiteral("odt");
    case Format::OdtPlan:
        return QStringLiteral("odt-plan");
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    case Format::Ods:
        return QStringLiteral("ods");
    }
    return {};
}

bool ExportRequest::formatFromCode(const QString &code, Format *format)
{
    for (Format f : {Format::OdtForm, Format::OdtPlan, Format::Xlsx, Format::Ods}) {
        if (formatCode(f) == code) {
            *format = f;
            return true;
        }
    }
    return false;
}

QString ExportRequest::modeCode(Mode mode)
{
    switch (mode) {
    case Mode::Chinese:
        return QStringLiteral("zh");
    case Mode::English:
        return QStringLiteral("en");
    case Mode::Bilingual:
        return QStringLiteral("both");
    }
    return {};
}

bool ExportRequest::modeFromCode(const QString &code, Mode *mode)
{
    for (Mode m : {Mode::Chinese, Mode::English, Mode::Bilingual}) {
        if (modeCode(m) == code) {
            *mode = m;
            return true;
        }
    }
    return false;
}

} // namespace nap
