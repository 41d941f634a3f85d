#include "XlsxWriter.h"

#include "ExportText.h"
#include "Exporter.h"
#include "text/XmlText.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <clocale>
#include <locale.h>
#include <string>
#include <utility>

namespace nap {
namespace {

// libxlsxwriter formats doubles with the C library, which follows LC_NUMERIC: under a
// comma-decimal locale it writes "13,28" and the file is corrupt. Switch this thread (not
// the process: the UI thread keeps its locale) to the "C" numeric locale while writing.
class CNumericLocale
{
public:
    CNumericLocale()
    {
#ifdef _WIN32
        m_previousMode = _configthreadlocale(_ENABLE_PER_THREAD_LOCALE);
        const char *current = std::setlocale(LC_NUMERIC, nullptr);
        m_previous = current ? current : "C";
        std::setlocale(LC_NUMERIC, "C");
#else
        m_c = newlocale(LC_NUMERIC_MASK, "C", duplocale(LC_GLOBAL_LOCALE));
        if (m_c)
            m_previous = uselocale(m_c);
#endif
    }
    ~CNumericLocale()
    {
#ifdef _WIN32
        std::setlocale(LC_NUMERIC, m_previous.c_str());
        _configthreadlocale(m_previousMode);
#else
        if (m_c) {
            uselocale(m_previous);
            freelocale(m_c);
        }
#endif
    }
    CNumericLocale(const CNumericLocale &) = delete;
    CNumericLocale &operator=(const CNumericLocale &) = delete;
    static bool active()
    {
        return std::localeconv()->decimal_point[0] == '.';
    }

private:
#ifdef _WIN32
    int m_previousMode = 0;
    std::string m_previous;
#else
    locale_t m_c = nullptr;
    locale_t m_previous = nullptr;
#endif
};

struct Formats
{
    lxw_format *header = nullptr;
    lxw_format *text = nullptr;
    lxw_format *longText = nullptr;
    lxw_format *code = nullptr;
    lxw_format *number = nullptr;
    lxw_format *month = nullptr;
    lxw_format *dateTime = nullptr;
};

lxw_format *baseFormat(lxw_workbook *wb)
{
    lxw_format *f = workbook_add_format(wb);
    format_set_font_name(f, "標楷體");
    format_set_font_size(f, 12);
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    return f;
}

Formats makeFormats(lxw_workbook *wb)
{
    Formats f;
    f.header = baseFormat(wb);
    format_set_bold(f.header);
    format_set_text_wrap(f.header);
    format_set_bg_color(f.header, 0xDDE5F0);
    format_set_border(f.header, LXW_BORDER_THIN);
    f.text = baseFormat(wb);
    format_set_text_wrap(f.text);
    f.longText = baseFormat(wb);
    format_set_text_wrap(f.longText);
    f.code = baseFormat(wb);
    format_set_num_format(f.code, "@");
    f.number = baseFormat(wb);
    f.month = baseFormat(wb);
    format_set_num_format(f.month, "yyyy/mm");
    format_set_align(f.month, LXW_ALIGN_LEFT);
    f.dateTime = baseFormat(wb);
    format_set_num_format(f.dateTime, "yyyy-mm-dd hh:mm");
    format_set_align(f.dateTime, LXW_ALIGN_LEFT);
    return f;
}

lxw_format *formatFor(const Formats &f, WorkbookColumn::Style style)
{
    switch (style) {
    case WorkbookColumn::Style::Text:
        return f.text;
    case WorkbookColumn::Style::LongText:
        return f.longText;
    case WorkbookColumn::Style::Code:
        return f.code;
    case WorkbookColumn::Style::Number:
        return f.number;
    case WorkbookColumn::Style::Month:
        return f.month;
    case WorkbookColumn::Style::DateTime:
        return f.dateTime;
    }
    return f.text;
}

lxw_datetime toLxw(const QDate &d, const QTime &t = QTime(0, 0))
{
    return lxw_datetime{d.year(), d.month(), d.day(), t.hour(), t.minute(), static_cast<double>(t.second())};
}

// Header/footer strings are not escaped by libxlsxwriter and '&' starts a control code.
// At most `maxChars` characters, never half of a surrogate pair.
QString clipped(const QString &text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return text;
    const qsizetype n = text.at(maxChars - 1).isHighSurrogate() ? maxChars - 1 : maxChars;
    return text.left(n);
}

QByteArray headerText(const QString &text, int maxChars)
{
    // Clip before doubling '&': a clip between the two would leave a control code.
    QString clean = clipped(XmlText::sanitized(text).simplified(), maxChars);
    clean.replace(QLatin1Char('&'), QLatin1String("&&"));
    return clean.toUtf8();
}

// Document properties hold at most 255 characters in Excel (libxlsxwriter refuses longer
// ones, failing the whole file): keep whole characters within 255 bytes of UTF-8, which
// fits however the limit is counted.
QByteArray propertyText(const QString &text)
{
    constexpr int kMaxPropertyBytes = 255;
    const QByteArray bytes = XmlText::sanitized(text).simplified().toUtf8();
    if (bytes.size() <= kMaxPropertyBytes)
        return bytes;
    int cut = kMaxPropertyBytes;
    while (cut > 0 && (uchar(bytes.at(cut)) & 0xC0) == 0x80) // not inside a UTF-8 sequence
        --cut;
    return bytes.left(cut);
}

QString lxwProblem(lxw_error e)
{
    return QString::fromUtf8(lxw_strerror(e));
}

} // namespace

qsizetype XlsxWriter::cellLength(const QString &text)
{
    return XmlText::escapedForXlsx(XmlText::exportable(text)).size();
}

QByteArray XlsxWriter::cellText(const QString &text)
{
    return XmlText::escapedForXlsx(XmlText::exportable(text)).toUtf8();
}

namespace {

QByteArray columnLetters(int column)
{
    QByteArray out;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        out.prepend(static_cast<char>('A' + (c - 1) % 26));
    return out;
}

class SheetWriter
{
public:
    SheetWriter(lxw_workbook *book, const Formats &formats, const Workbook &wb)
        : m_book(book), m_f(formats), m_wb(wb)
    {
    }

    // Returns false with *error set; `step` reports each written row. Empties each row once
    // written (the sheet keeps its number of rows).
    bool write(WorkbookSheet &sheet, Error *error, const std::function<bool()> &step);

private:
    bool writeCell(lxw_worksheet *ws, int row, int col, const WorkbookCell &cell,
                   const WorkbookColumn &column, Error *error);
    void setUp(lxw_worksheet *ws, const WorkbookSheet &sheet);
    bool validations(lxw_worksheet *ws, const WorkbookSheet &sheet, Error *error);

    lxw_workbook *m_book;
    const Formats &m_f;
    const Workbook &m_wb;
};

bool SheetWriter::writeCell(lxw_worksheet *ws, int row, int col, const WorkbookCell &cell,
                            const WorkbookColumn &column, Error *error)
{
    const auto r = static_cast<lxw_row_t>(row);
    const auto c = static_cast<lxw_col_t>(col);
    lxw_format *format = formatFor(m_f, column.style);
    lxw_error rc = LXW_NO_ERROR;
    switch (cell.kind) {
    case WorkbookCell::Kind::Empty:
        return true;
    case WorkbookCell::Kind::Text: {
        if (cell.text.isEmpty())
            return true;
        const QString stored = XmlText::escapedForXlsx(XmlText::exportable(cell.text));
        if (stored.size() > Workbook::kMaxCellText) {
            *error =
                Error::make(Error::InvalidInput,
                            QCoreApplication::translate(
                                "nap::XlsxWriter", "row %1, column %2: %3 characters; an Excel cell "
                                                   "holds at most %4. Shorten the text, or export the "
                                                   "OpenDocument workbook (.ods), which has no such limit")
                                .arg(row + 1)
                                .arg(column.id)
                                .arg(stored.size())
                                .arg(Workbook::kMaxCellText));
            return false;
        }
        rc = worksheet_write_string(ws, r, c, stored.toUtf8().constData(), format);
        break;
    }
    case WorkbookCell::Kind::Number:
        rc = worksheet_write_number(ws, r, c, cell.number, format);
        break;
    case WorkbookCell::Kind::Date: {
        lxw_datetime dt = toLxw(cell.date);
        rc = worksheet_write_datetime(ws, r, c, &dt, format);
        break;
    }
    case WorkbookCell::Kind::DateTime: {
        lxw_datetime dt = toLxw(cell.dateTime.date(), cell.dateTime.time());
        rc = worksheet_write_datetime(ws, r, c, &dt, format);
        break;
    }
    }
    if (rc != LXW_NO_ERROR) {
        *error =
            Error::make(rc == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED ? Error::InvalidInput : Error::WriteFailed,
                        QStringLiteral("row %1, %2: %3").arg(row + 1).arg(column.id, lxwProblem(rc)));
        return false;
    }
    return true;
}

void SheetWriter::setUp(lxw_worksheet *ws, const WorkbookSheet &sheet)
{
    const bool twoLines = m_wb.properties.mode == ExportRequest::Mode::Bilingual;
    for (int i = 0; i < sheet.columns.size(); ++i) {
        const WorkbookColumn &col = sheet.columns.at(i);
        worksheet_set_column(ws, static_cast<lxw_col_t>(i), static_cast<lxw_col_t>(i), col.width,
                             formatFor(m_f, col.style));
        worksheet_write_string(ws, 0, static_cast<lxw_col_t>(i), XlsxWriter::cellText(col.header).constData(),
                               m_f.header);
    }
    worksheet_set_row(ws, 0, twoLines ? 34 : 18, m_f.header);
    if (sheet.hidden) {
        worksheet_hide(ws);
        return;
    }
    const auto lastCol = static_cast<lxw_col_t>(std::max<qsizetype>(sheet.columns.size() - 1, 0));
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(std::max<qsizetype>(sheet.rows.size(), 1)),
                         lastCol);
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9); // A4
    worksheet_set_margins(ws, 0.5, 0.5, 0.75, 0.75);
    worksheet_repeat_rows(ws, 0, 0);
    if (sheet.fitToWidth)
        worksheet_fit_to_pages(ws, 1, 0); // as many pages tall as needed
    const bool en = m_wb.properties.mode == ExportRequest::Mode::English;
    QByteArray header = "&L" + headerText(m_wb.properties.title, 120);
    if (!m_wb.properties.exportingAgency.isEmpty())
        header += "&R" + headerText(m_wb.properties.exportingAgency, 60);
    worksheet_set_header(ws, header.constData());
    const QByteArray footer = "&C" + ExportText::pageOf(en ? Language::English : Language::Chinese,
                                                        QStringLiteral("&P"), QStringLiteral("&N"))
                                         .toUtf8();
    worksheet_set_footer(ws, footer.constData());
}

bool SheetWriter::validations(lxw_worksheet *ws, const WorkbookSheet &sheet, Error *error)
{
    const bool en = m_wb.properties.mode == ExportRequest::Mode::English;
    const auto lastRow = static_cast<lxw_row_t>(std::min<qsizetype>(sheet.rows.size() + 1000, 1048575));
    for (int i = 0; i < sheet.columns.size(); ++i) {
        const WorkbookColumn &col = sheet.columns.at(i);
        if (col.listName.isEmpty())
            continue;
        // Guard rail 1: the list lives on the hidden sheet; never an inline value_list.
        const QByteArray formula = "=" + col.listName.toLatin1();
        const QByteArray title =
            XmlText::sanitized(ExportText::word(en ? Language::English : Language::Chinese,
                                                QT_TRANSLATE_NOOP("nap::ExportText", "Choose from the list")))
                .toUtf8();
        lxw_data_validation v{};
        v.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
        v.value_formula = const_cast<char *>(formula.constData());
        v.error_type =
            col.strictList ? LXW_VALIDATION_ERROR_TYPE_STOP : LXW_VALIDATION_ERROR_TYPE_INFORMATION;
        v.input_title = const_cast<char *>(title.constData());
        const auto c = static_cast<lxw_col_t>(i);
        const lxw_error rc = worksheet_data_validation_range(ws, 1, c, lastRow, c, &v);
        if (rc != LXW_NO_ERROR) {
            *error = Error::make(Error::WriteFailed, col.id + QStringLiteral(": ") + lxwProblem(rc));
            return false;
        }
    }
    return true;
}

bool SheetWriter::write(WorkbookSheet &sheet, Error *error, const std::function<bool()> &step)
{
    // Guard rail 2: sheet names are not escaped by libxlsxwriter.
    const QByteArray name = XmlText::sanitized(sheet.name).toUtf8();
    lxw_worksheet *ws = workbook_add_worksheet(m_book, name.constData());
    if (!ws) {
        *error = Error::make(Error::WriteFailed, QStringLiteral("sheet ") + sheet.name);
        return false;
    }
    setUp(ws, sheet);
    for (int r = 0; r < sheet.rows.size(); ++r) {
        const QVector<WorkbookCell> row = std::exchange(sheet.rows[r], {});
        for (int c = 0; c < row.size() && c < sheet.columns.size(); ++c) {
            if (!writeCell(ws, r + 1, c, row.at(c), sheet.columns.at(c), error))
                return false;
        }
        if (!sheet.hidden && !step()) {
            *error = Error::make(Error::Cancelled);
            return false;
        }
    }
    return sheet.hidden || validations(ws, sheet, error);
}

bool setProperties(lxw_workbook *book, const Workbook &wb, Error *error)
{
    const WorkbookProperties &p = wb.properties;
    const QByteArray title = XmlText::sanitized(p.title).toUtf8();
    const QByteArray company = propertyText(p.exportingAgency);
    lxw_doc_properties props{};
    props.title = const_cast<char *>(title.constData());
    props.author = const_cast<char *>("NAP Desk");
    props.company = const_cast<char *>(company.constData());
    props.created = static_cast<time_t>(p.exportTime.toSecsSinceEpoch());
    lxw_error rc = workbook_set_properties(book, &props);
    const QByteArray schema = QByteArray::number(Exporter::schemaVersion());
    if (rc == LXW_NO_ERROR)
        rc = workbook_set_custom_property_string(book, "nap_schema_version", schema.constData());
    if (rc == LXW_NO_ERROR)
        rc = workbook_set_custom_property_string(book, "nap_app_version", NAP_VERSION);
    if (rc == LXW_NO_ERROR)
        rc = workbook_set_custom_property_string(book, "nap_language", p.language.toLatin1().constData());
    if (rc == LXW_NO_ERROR && !company.isEmpty())
        rc = workbook_set_custom_property_string(book, "nap_exporting_agency", company.constData());
    lxw_datetime when = toLxw(p.exportTime.date(), p.exportTime.time());
    if (rc == LXW_NO_ERROR)
        rc = workbook_set_custom_property_datetime(book, "nap_export_time", &when);
    for (const WorkbookList &list : wb.lists) {
        if (rc != LXW_NO_ERROR)
            break;
        // Chinese sheet names must be quoted in formulas.
        const QByteArray letters = columnLetters(list.column);
        const QByteArray range = "='" + XmlText::sanitized(wb.sheets.last().name).toUtf8() + "'!$" + letters +
                                 "$2:$" + letters + "$" + QByteArray::number(list.count + 1);
        rc = workbook_define_name(book, list.name.toLatin1().constData(), range.constData());
    }
    if (rc != LXW_NO_ERROR)
        *error = Error::make(Error::WriteFailed, lxwProblem(rc));
    return rc == LXW_NO_ERROR;
}

} // namespace

bool XlsxWriter::write(Workbook wb, const QString &path, Error *error, const ExportProgress &progress)
{
    CNumericLocale cLocale; // guard rail 3, for this thread only
    if (!CNumericLocale::active()) {
        *error = Error::make(Error::WriteFailed, QStringLiteral("cannot switch to the C numeric locale"));
        return false;
    }
    const QByteArray file = QFile::encodeName(path);
    QByteArray tmpdir = QFile::encodeName(QFileInfo(path).absolutePath());
    lxw_workbook_options options{LXW_FALSE, tmpdir.data(), LXW_FALSE};
    lxw_workbook *book = workbook_new_opt(file.constData(), &options);
    if (!book) {
        *error = Error::make(Error::WriteFailed, path);
        return false;
    }
    const Formats formats = makeFormats(book);
    const int total = wb.rowCount();
    int done = 0;
    auto step = [&] {
        return !progress || progress(++done, total);
    };
    bool ok = setProperties(book, wb, error);
    SheetWriter writer(book, formats, wb);
    for (WorkbookSheet &sheet : wb.sheets) {
        if (ok)
            ok = writer.write(sheet, error, step);
    }
    if (!ok) {
        lxw_workbook_free(book);
        return false;
    }
    const lxw_error rc = workbook_close(book);
    if (rc != LXW_NO_ERROR) {
        *error = Error::make(Error::WriteFailed, lxwProblem(rc));
        return false;
    }
    return true;
}

} // namespace nap
