#pragma once

#include "Error.h"
#include "model/Commitment.h"

#include <QHash>
#include <QList>
#include <QString>

namespace nap {

// One file an officer imports, read into commitments: a NAP Desk workbook (.xlsx, .ods) or
// document (.odt) through the hardened readers, a form filled by hand in a word processor
// (.odt, .docx), or another workspace (.napdesk) opened read-only.
struct ImportSource
{
    QString path;
    QString fileName; // what the provenance records and a re-import is matched by
    QString sha256;
    QString agency; // the exporting agency the file names, else its first lead agency
    QList<Commitment> commitments;
    QHash<QString, int> areaNumbers; // by commitment uuid
    // A document carries only the languages it prints: one without any English (or Chinese)
    // text says nothing about it, and the workspace's version is kept.
    bool carriesChinese = true;
    bool carriesEnglish = true;
    // A form filled by hand: no uuids (ImportPlan matches it to the workspace), the fields each
    // commitment's form answered, by its uuid, and what no heading of the form claimed.
    bool handFilled = false;
    QHash<QString, QList<Field>> found;
    QStringList unplaced;

    // Fails with an Error naming the file; `workspacePath` (the target) is refused as a source.
    static bool read(const QString &path, const QString &workspacePath, ImportSource *out, Error *error);

    // The files to import from what the officer named: a folder stands for the files in it that
    // NAP Desk reads (by name; not its subfolders, office lock files or the target workspace).
    // Fails for a folder holding none.
    static bool expandFolders(const QStringList &paths, const QString &workspacePath, QStringList *files,
                              Error *error);
    static bool isImportable(const QString &fileName);

private:
    void findCarriedLanguages();
    bool readWorkbook(bool xlsx, Error *error);
    bool readWorkspace(Error *error);
    bool readOdt(Error *error);
    bool readHandFilled(Error *error);
    bool hash(Error *error);
};

} // namespace nap
