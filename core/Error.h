#pragma once

#include <QString>

namespace nap {

// Errors are values in core: a code plus the technical detail. Only message() turns them
// into (translated) words, so the UI and the CLI say the same thing.
struct Error
{
    enum Code
    {
        None,
        FileNotFound,
        NotAWorkspace, // not SQLite, or SQLite without our tables
        Corrupt,       // integrity check failed or unreadable pages
        NewerSchema,   // written by a newer NAP Desk
        ReadOnlyLocation,
        Locked, // another NAP Desk instance has the file open
        DatabaseError,
        NotFound, // a uuid or code that does not exist
        InvalidInput,
        WriteFailed,
        DiskFull,
        UnsupportedFormat,
        TargetInUse, // the output file is open in another program
        Cancelled,   // the user stopped a long operation
        FolderNotFound,
        AlreadyExists,     // a new file would replace one that is there
        NotRegularFile,    // a folder, device, pipe or socket where a file was expected
        ReadOnlyFile,      // the file itself is read-only (its folder may be writable)
        NameTooLong,       // the file name exceeds what the file system (with our suffixes) allows
        SchemaMismatch,    // the tables do not match the version the file claims
        Truncated,         // the file is shorter than its own header says
        ForeignJournal,    // the -wal beside the workspace does not fit it
        TargetIsWorkspace, // an export would overwrite the workspace or one of its files
        OfficeMissing,     // a PDF needs LibreOffice, which is not installed
        OfficeFailed,      // LibreOffice ran but gave no PDF (or did not finish in time)
        PackageUnreadable, // not a zip package, or cut off
        PackageTooLarge,   // too many entries, too big inflated, or compressed suspiciously well
        PackageUnsafeName, // an entry name that escapes the package (../, absolute, duplicate)
        PackageEncrypted,
        PackageMacros, // Basic/, Scripts/ or vbaProject.bin: refused, never run
        XmlUnsafe,     // a DTD or entity declaration
        XmlTooComplex, // nested too deep, or a name or text too long
        XmlMalformed,
        NotAForm,    // a word-processor document without any heading of the commitment form
        EmptyFolder, // a folder to import from holds no file NAP Desk imports
    };

    Code code = None;
    QString detail;
    QString file; // the file the error is about; message() names it

    bool isError() const { return code != None; }
    explicit operator bool() const { return isError(); }
    QString message() const;

    static Error make(Code code, const QString &detail = {}) { return Error{code, detail, {}}; }
    static Error about(const QString &file, Code code, const QString &detail = {})
    {
        return Error{code, detail, file};
    }
};

} // namespace nap
