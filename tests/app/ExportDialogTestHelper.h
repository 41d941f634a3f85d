#pragma once

// What the export dialog suites share: finding the dialog's widgets, ticking formats, choosing a
// folder, reading the written packages with independent tools, and test workspaces.
#include "AppTestHelper.h"

#include "ExportDialog.h"
#include "FileDialog.h"
#include "WorkspaceDocument.h"
#include "sample/SamplePlan.h"
#include "store/Workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QTest>
#include <QUuid>

namespace nap::test {

class ExportDialogTest : public QObject
{
protected:
    template <typename T> static T *child(QWidget *dialog, const char *name)
    {
        T *w = dialog->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    static QPushButton *button(QWidget *dialog, QDialogButtonBox::ButtonRole role)
    {
        for (QAbstractButton *b : child<QDialogButtonBox>(dialog, "buttonBox")->buttons()) {
            if (child<QDialogButtonBox>(dialog, "buttonBox")->buttonRole(b) == role)
                return qobject_cast<QPushButton *>(b);
        }
        return nullptr;
    }
    static void tickFormats(QWidget *d, bool form, bool plan, bool xlsx, bool ods)
    {
        child<QCheckBox>(d, "formFormat")->setChecked(form);
        child<QCheckBox>(d, "planFormat")->setChecked(plan);
        child<QCheckBox>(d, "xlsxFormat")->setChecked(xlsx);
        child<QCheckBox>(d, "odsFormat")->setChecked(ods);
    }
    static void setFolder(QWidget *d, const QString &folder)
    {
        nap::ui::FileDialog::setNextFileName(folder);
        QTest::mouseClick(child<QPushButton>(d, "browseButton"), Qt::LeftButton);
    }
    static QStringList files(const QString &folder)
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    }
    // An independent reader: Python's zipfile checks every member's CRC and lists the names.
    static QStringList zipNames(const QString &path)
    {
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral("-c"),
                 QStringLiteral("import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\n"
                                "assert z.testzip() is None\nprint('\\n'.join(z.namelist()))"),
                 path});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return {QStringLiteral("<bad zip> ") + QString::fromUtf8(p.readAllStandardError())};
        return QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    static QString zipMember(const QString &path, const QString &member)
    {
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral("-c"),
                 QStringLiteral("import sys, zipfile\n"
                                "sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))"),
                 path, member});
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    // ODF: the first member is "mimetype", stored uncompressed, with the right type.
    static QByteArray odfMimetype(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QByteArray head = f.read(200);
        if (!head.startsWith("PK\x03\x04") || head.mid(30, 8) != "mimetype" || head.at(8) != 0 ||
            head.at(9) != 0)
            return "<not a stored mimetype first>";
        const int extra = quint8(head.at(28)) | quint8(head.at(29)) << 8;
        const int size = quint8(head.at(18)) | quint8(head.at(19)) << 8;
        return head.mid(38 + extra, size);
    }
    // A workspace with many commitments: exports that take long enough to watch and stop.
    static QString bigWorkspace(const QString &folder, int copies)
    {
        const SamplePlan sample = SamplePlan::build();
        const QString path = folder + QStringLiteral("/big.napdesk");
        Error error;
        auto ws = Workspace::create(path, &error);
        if (!ws)
            qFatal("%s", qPrintable(error.message()));
        Plan plan = sample.plan;
        plan.uuid = ws->plan().uuid;
        ws->savePlan(plan, &error);
        for (const Area &a : sample.areas)
            ws->saveArea(a, &error);
        QList<Commitment> all;
        for (int k = 0; k < copies; ++k) {
            for (Commitment c : sample.commitments) {
                c.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
                c.code = QStringLiteral("%1-%2").arg(c.code).arg(k);
                for (Milestone &m : c.milestones)
                    m.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
                all.append(c);
            }
        }
        if (!ws->saveCommitments(all, &error))
            qFatal("%s", qPrintable(error.message()));
        return path;
    }
    static std::unique_ptr<nap::ui::WorkspaceDocument> openDocument(const QString &path)
    {
        Error error;
        auto doc = nap::ui::WorkspaceDocument::open(path, Workspace::Mode::ReadWrite, &error);
        if (!doc)
            qFatal("%s", qPrintable(error.message()));
        return doc;
    }
};

} // namespace nap::test
