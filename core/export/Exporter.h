#pragma once

#include "Error.h"
#include "ExportRequest.h"

namespace nap {

// The single entry point of the export layer (.odt forms and plans, .xlsx and .ods
// workbooks). Reads model objects only. Thread-safe: no shared mutable state, no QObject,
// so a GUI can call it from QtConcurrent::run or a QThread with copies of its data.
//
// Writes atomically: the file is built in full, written to a temporary file in the target
// folder, flushed to disk and renamed over the target. On any failure (unwritable folder,
// full disk, target open in another program, cancellation) it returns false with *error
// set (Error::message() is ready for the user) and leaves no partial file; an existing
// target is left untouched.
//
// Typical use from a GUI:
//   ExportRequest req; req.format = ExportRequest::Format::Xlsx; req.targetPath = path; ...
//   ExportInput data{workspace->plan(), workspace->areas(), workspace->commitments(), {}};
//   QtConcurrent::run([=] { Error e; bool ok = Exporter::run(req, data, &e, progress); ... });
class Exporter
{
public:
    static bool run(const ExportRequest &request, const ExportInput &data, Error *error,
                    const ExportProgress &progress = {});

    // The commitments an export of `request` covers, in plan order. Fails with
    // Error::NotFound for an unknown uuid and Error::InvalidInput when nothing is selected.
    static bool select(const ExportRequest &request, const ExportInput &data, QList<Commitment> *out,
                       Error *error);

    // Version of the documented workbook schema (docs/xlsx-schema.md) and of the form
    // layout; both are written into every file's properties.
    static int schemaVersion();
};

} // namespace nap
