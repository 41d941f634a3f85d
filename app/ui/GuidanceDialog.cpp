#include "GuidanceDialog.h"

#include "LanguageManager.h"
#include "check/Guidance.h"
#include "text/BilingualText.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace nap::ui {
namespace {

// The headings belong to the content, which can be in the language the interface is not in.
QString heading(const char *source, Language language)
{
    return BilingualText::of(language, "nap::check", source);
}

QString section(const QString &title, const QString &body, const char *background)
{
    return QStringLiteral("<h3>%1</h3><table width=\"100%\" cellpadding=\"6\" bgcolor=\"%3\"><tr><td>%2"
                          "</td></tr></table>")
        .arg(title.toHtmlEscaped(), body.toHtmlEscaped(), QLatin1String(background));
}

} // namespace

GuidanceDialog::GuidanceDialog(QWidget *parent)
    : QDialog(parent), m_browser(new QTextBrowser(this)), m_otherLanguage(new QPushButton(this)),
      m_language(LanguageManager::displayLanguage())
{
    setObjectName(QStringLiteral("guidanceDialog"));
    m_browser->setObjectName(QStringLiteral("guidanceText"));
    m_browser->setOpenLinks(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_otherLanguage->setAutoDefault(false); // Enter closes; the language is a deliberate click
    buttons->addButton(m_otherLanguage, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_otherLanguage, &QPushButton::clicked, this, [this] {
        setContentLanguage(m_language == Language::Chinese ? Language::English : Language::Chinese);
    });
    resize(520, 460);
    retranslate();
}

GuidanceDialog *GuidanceDialog::showFor(QWidget *window, Field field)
{
    auto *dialog = window->findChild<GuidanceDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog)
        dialog = new GuidanceDialog(window);
    dialog->setField(field);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void GuidanceDialog::setField(Field field)
{
    m_field = field;
    render();
}

void GuidanceDialog::setContentLanguage(Language language)
{
    m_language = language;
    render();
}

QString GuidanceDialog::text() const
{
    return m_browser->toPlainText();
}

void GuidanceDialog::render()
{
    const Language l = m_language;
    const QString label = Guidance::fieldLabel(m_field, l);
    setWindowTitle(tr("Guidance: %1").arg(label));
    QString html = QStringLiteral("<h2>%1</h2>").arg(label.toHtmlEscaped());
    html += section(heading(QT_TRANSLATE_NOOP("nap::check", "What reviewers look for"), l),
                    Guidance::lookFor(m_field, l), "#f1f3f4");
    html += section(heading(QT_TRANSLATE_NOOP("nap::check", "Strong example"), l),
                    Guidance::strongExample(m_field, l), "#e6f4ea");
    html += section(heading(QT_TRANSLATE_NOOP("nap::check", "Weak example"), l),
                    Guidance::weakExample(m_field, l), "#fce8e6");
    m_browser->setHtml(html);
    // The language names stay in their own language, as in the View menu.
    m_otherLanguage->setText(l == Language::Chinese ? QStringLiteral("English") : QStringLiteral("中文"));
    m_otherLanguage->setToolTip(tr("Show this guidance in the other language"));
}

void GuidanceDialog::retranslate()
{
    m_language = LanguageManager::displayLanguage();
    render();
}

void GuidanceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace nap::ui
