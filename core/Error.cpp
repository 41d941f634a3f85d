#include "Error.h"

#include <QCoreApplication>

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
    case FolderNotFound:
        text = QCoreApplication::translate("nap::Error", "The folder does not exist. Choose another folder.");
        break;
    }
    if (!detail.isEmpty())
        //: Appended to a message; the translation carries its own spacing (none before full-width brackets).
        text += QCoreApplication::translate("nap::Error", " (Detail: %1)").arg(detail);
    return text;
}

} // namespace nap
