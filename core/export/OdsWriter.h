#pragma once

#include "DeflateDevice.h"
#include "Error.h"
#include "ExportRequest.h"
#include "OdfPackage.h"
#include "WorkbookModel.h"
#include "text/XmlStringWriter.h"

#include <QByteArray>

#include <utility>

namespace nap {

// Writes a Workbook as an OpenDocument spreadsheet (.ods) with the project's ODF package
// code: same sheets, columns, values, dropdowns (content validations reading the hidden
// lists sheet), frozen header row, autofilter and A4 landscape print set-up as the .xlsx.
class OdsWriter
{
public:
    // Each row of the workbook is let go once written: pass the only copy (std::move) and the
    // finished package never sits beside the whole workbook.
    explicit OdsWriter(Workbook workbook) : m_wb(std::move(workbook)) {}
    OdsWriter(const OdsWriter &) = delete;
    OdsWriter &operator=(const OdsWriter &) = delete;
    bool build(QByteArray *package, Error *error, const ExportProgress &progress);

private:
    bool contentXml(Error *error, const ExportProgress &progress);
    void automaticStyles();
    void validations();
    bool table(WorkbookSheet &sheet, int index, const std::function<bool()> &step); // empties the rows
    void cell(const WorkbookCell &cell, const WorkbookColumn &column, int columnIndex);
    void functions();
    QByteArray stylesXml() const;
    QByteArray settingsXml() const;
    QString validationName(const WorkbookColumn &column) const;

    Workbook m_wb;
    // content.xml: the writer appends to m_chunk, moved into m_content after each row.
    QString m_chunk;
    DeflateDevice m_content{OdfPackage::kDeflateLevel};
    XmlStringWriter m_w{&m_chunk};
};

} // namespace nap
