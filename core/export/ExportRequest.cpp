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
    case Format::PdfForm:
    case Format::PdfPlan:
        return QStringLiteral(".pdf");
    }
    return {};
}

ExportRequest::Format ExportRequest::documentOf(Format format)
{
    switch (format) {
    case Format::PdfForm:
        return Format::OdtForm;
    case Format::PdfPlan:
        return Format::OdtPlan;
    default:
        return format;
    }
}

QList<ExportRequest::Format> ExportRequest::allFormats()
{
    return {Format::OdtForm, Format::OdtPlan, Format::Xlsx, Format::Ods, Format::PdfForm, Format::PdfPlan};
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
    case Format::PdfForm:
        return QStringLiteral("pdf");
    case Format::PdfPlan:
        return QStringLiteral("pdf-plan");
    }
    return {};
}

bool ExportRequest::formatFromCode(const QString &code, Format *format)
{
    for (Format f : allFormats()) {
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
