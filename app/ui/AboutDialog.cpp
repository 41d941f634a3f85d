#include "AboutDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

#ifndef NAP_BUILD_DATE
#define NAP_BUILD_DATE "unknown"
#endif

namespace nap::ui {
namespace {

QString resourceText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QPlainTextEdit *legalView(QWidget *parent, const QString &name, const QString &text)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    // Licence texts are laid out in fixed columns.
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setPlainText(text);
    return view;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent), m_title(new QLabel(this)), m_details(new QLabel(this)),
      m_description(new QLabel(this)), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    m_title->setObjectName(QStringLiteral("aboutTitle"));
    m_details->setObjectName(QStringLiteral("aboutDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse); // to quote in a support request
    m_description->setWordWrap(true);
    m_license = legalView(this, QStringLiteral("aboutLicense"), licenseText());
    m_notices = legalView(this, QStringLiteral("aboutNotices"), noticesText());

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/napdesk.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    auto *heading = new QVBoxLayout;
    heading->addWidget(m_title);
    heading->addWidget(m_details);
    heading->addWidget(m_description);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(heading, 1);

    m_tabs->addTab(m_license, QString());
    m_tabs->addTab(m_notices, QString());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(680, 560);
    retranslate();
}

QString AboutDialog::version()
{
    return QStringLiteral(NAP_VERSION);
}

QString AboutDialog::buildDate()
{
    return QStringLiteral(NAP_BUILD_DATE);
}

QString AboutDialog::licenseText()
{
    return resourceText(QStringLiteral(":/legal/LICENSE"));
}

QString AboutDialog::noticesText()
{
    return resourceText(QStringLiteral(":/legal/THIRD-PARTY-NOTICES.txt"));
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About NAP Desk"));
    // The product name stays in Latin letters in both languages; the subtitle says what it is.
    m_title->setText(QStringLiteral("<b><big>NAP Desk</big></b><br>%1")
                         .arg(tr("National Action Plan commitment editor").toHtmlEscaped()));
    m_details->setText(
        tr("Version %1, built %2, Qt %3").arg(version(), buildDate(), QLatin1String(qVersion())));
    m_description->setText(
        tr("Drafts the commitments of Taiwan's Open Government National Action Plan in Chinese and English, "
           "keeps every edit in a local workspace file, and produces the forms the National Development "
           "Council collects.\n\nFree software under the Apache License, Version 2.0. The libraries it "
           "uses, and their licences, are listed under Third-party notices."));
    m_tabs->setTabText(m_tabs->indexOf(m_license), tr("Licence"));
    m_tabs->setTabText(m_tabs->indexOf(m_notices), tr("Third-party notices"));
}

} // namespace nap::ui
