#pragma once

#include <QString>

namespace nap {

// Where LibreOffice's command-line program is on this computer (the only platform-specific
// knowledge of the PDF export): on the PATH, else the usual install folders of Windows and
// macOS. NAPDESK_SOFFICE names another program (tests, portable installs).
class OfficeLocator
{
public:
    // The program to run, or empty when LibreOffice is not installed.
    static QString find();
};

} // namespace nap
