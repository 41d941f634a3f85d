#include "Error.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace nap {

QString Error::message() const
{
    QString text;
    switch (code) {
    case None:
        return {};
    case FileNotFound:
        text = QCoreApplication::translate("nap::Error", "The file does not exist.");
        break;
    case NotAWorkspace:
        text = QCoreApplication::translate("nap::Error", "This file is not a NAP Desk workspace.");
        break;
    case Corrupt:
        text =
            QCoreApplication::translate("nap::Error", "The workspace file is damaged; it was left untouched. "
                                                      "Open a backup copy instead.");
        break;
    case NewerSchema:
        text = QCoreApplication::translate("nap::Error",
                                           "This workspace was saved by a newer version of NAP Desk. "
                                           "Update NAP Desk to open it; the file was left untouched.");
        break;
    case ReadOnlyLocation:
        text =
            QCoreApplication::translate("nap::Error", "The folder is read-only: NAP Desk cannot save here. "
                                                      "Choose a folder you can write to.");
        break;
    case Locked:
        text =
            QCoreApplication::translate("nap::Error", "Another NAP Desk window is editing this workspace.");
        break;
    case DatabaseError:
        text = QCoreApplication::translate("nap::Error", "The workspace could not be read or written.");
        break;
    case NotFound:
        text = QCoreApplication::translate("nap::Error", "The requested item does not exist.");
        break;
    case InvalidInput:
        text = QCoreApplication::translate("nap::Error", "The input is not valid.");
        break;
    case WriteFailed:
        text = QCoreApplication::translate("nap::Error", "The file could not be written.");
        break;
    case DiskFull:
        text = QCoreApplication::translate("nap::Error", "The disk is full; nothing was written.");
        break;
    case UnsupportedFormat:
        text = QCoreApplication::translate("nap::Error", "This file format is not supported.");
        break;
    case TargetInUse:
        text = QCoreApplication::translate("nap::Error",
                                           "The file is open in another program. Close it there and try "
                                           "again, or choose another file name.");
        break;
    case Cancelled:
        text = QCoreApplication::translate("nap::Error", "Stopped before finishing; nothing was written.");
        break;
    case AlreadyExists:
        text = QCoreApplication::translate("nap::Error",
                                           "A file with this name already exists; it was left untouched. "
                                           "Choose another name.");
        break;
    case NotRegularFile:
        text = QCoreApplication::translate(
            "nap::Error", "This is not an ordinary file (it is a folder, device or pipe); "
                          "NAP Desk reads and writes only ordinary files. Nothing was changed.");
        break;
    case ReadOnlyFile:
        text = QCoreApplication::translate(
            "nap::Error", "The file is read-only: NAP Desk cannot save to it. Allow changes to "
                          "the file (its properties) or save a copy elsewhere.");
        break;
    case NameTooLong:
        text = QCoreApplication::translate("nap::Error",
                                           "The file name is too long for the disk. Choose a shorter name.");
        break;
    case SchemaMismatch:
        text = QCoreApplication::translate(
            "nap::Error", "The workspace's tables do not match its version: it was changed by "
                          "another program or damaged. It was left untouched; open a backup copy "
                          "instead.");
        break;
    case Truncated:
        text = QCoreApplication::translate(
            "nap::Error", "The workspace file is shorter than it should be (it was cut off, for "
                          "example by an interrupted copy). It was left untouched; open a backup "
                          "copy instead.");
        break;
    case ForeignJournal:
        text = QCoreApplication::translate(
            "nap::Error",
            "The journal file beside the workspace (its name ends in -wal) does not fit this "
            "workspace; it may come from another copy. Both files were left untouched. Move the "
            "-wal file to another folder and open the workspace again, or open a backup copy.");
        break;
    case TargetIsWorkspace:
        text = QCoreApplication::translate(
            "nap::Error", "This is the workspace itself (or one of its files): an export must "
                          "not replace it. Choose another file name.");
        break;
    case FolderNotFound:
        text = QCoreApplication::translate("nap::Error", "The folder does not exist. Choose another folder.");
        break;
    case OfficeMissing:
        text = QCoreApplication::translate(
            "nap::Error", "A PDF is made with LibreOffice, which is not installed on this computer. Install "
                          "LibreOffice (free, from libreoffice.org or your IT staff), or export the .odt "
                          "form and save it as PDF from your word processor.");
        break;
    case OfficeFailed:
        text = QCoreApplication::translate(
            "nap::Error", "LibreOffice could not turn the document into a PDF. Close any LibreOffice "
                          "window that shows a question and try again, or export the .odt form and save "
                          "it as PDF from your word processor.");
        break;
    case PackageUnreadable:
        text = QCoreApplication::translate(
            "nap::Error", "This is not a readable workbook or document package: it is not a zip file, or "
                          "it was cut off (for example by an interrupted download). Ask for the file again.");
        break;
    case PackageTooLarge:
        text = QCoreApplication::translate(
            "nap::Error", "The package holds more, or unpacks to more, than any NAP Desk file does; it was "
                          "not read, to keep this computer safe. Ask the sender for the original file.");
        break;
    case PackageUnsafeName:
        text = QCoreApplication::translate(
            "nap::Error", "The package holds a file whose name points outside the package; it was not read.");
        break;
    case PackageEncrypted:
        text = QCoreApplication::translate(
            "nap::Error", "The package is protected with a password; NAP Desk reads only unprotected files. "
                          "Ask the sender to save it without a password.");
        break;
    case PackageMacros:
        text = QCoreApplication::translate(
            "nap::Error",
            "The file contains macros; NAP Desk does not read files with macros. Ask the "
            "sender to save it as an ordinary workbook or document (.xlsx, .ods, .odt, .docx).");
        break;
    case XmlUnsafe:
        text = QCoreApplication::translate(
            "nap::Error", "The file's content declares a document type or entities, which NAP Desk files "
                          "never do; it was not read.");
        break;
    case XmlTooComplex:
        text = QCoreApplication::translate(
            "nap::Error", "The file's content is nested too deeply or holds a text too long to be a NAP "
                          "Desk file; it was not read.");
        break;
    case XmlMalformed:
        text = QCoreApplication::translate(
            "nap::Error", "The file's content is damaged (not well-formed); it was not read.");
        break;
    case EmptyFolder:
        text = QCoreApplication::translate(
            "nap::Error", "The folder holds no file NAP Desk imports (.xlsx, .ods, .odt, .docx, .napdesk).");
        break;
    case NotAForm:
        text = QCoreApplication::translate(
            "nap::Error", "This document is not a commitment form: none of the form's headings (such as "
                          "承諾事項名稱 or Commitment name) was found in it.");
        break;
    }
    if (!file.isEmpty())
        //: %1 is a file name, %2 the message about it.
        text = QCoreApplication::translate("nap::Error", "%1: %2").arg(QFileInfo(file).fileName(), text);
    if (!detail.isEmpty())
        //: Appended to a message; the translation carries its own spacing (none before full-width brackets).
        text += QCoreApplication::translate("nap::Error", " (Detail: %1)").arg(detail);
    return text;
}

} // namespace nap
