#include "CliApplication.h"

#include <QCoreApplication>
#include <QTextStream>

#include <clocale>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("NAPDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("NAPDesk"));
    // libxlsxwriter formats numbers with the C library: keep '.' as the decimal point.
    std::setlocale(LC_NUMERIC, "C");
    QTextStream out(stdout);
    QTextStream err(stderr);
    nap::cli::CliApplication cli;
    const int code = cli.run(app.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
