#include "CommitmentEditor.h"

#include "BasicPage.h"
#include "ContactPage.h"
#include "ContentPage.h"
#include "DisplayNames.h"
#include "MilestonesPage.h"
#include "OtherPage.h"
#include "ProblemPage.h"
#include "ValuesPage.h"
#include "WorkspaceDocument.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace nap::ui {

CommitmentEditor::CommitmentEditor(QWidget *parent)
    : QWidget(parent), m_header(new QLabel(this)), m_origin(new QLabel(this)),
      m_pageList(new QListWidget(this)), m_stack(new QStackedWidget(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.3);
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_header->setWordWrap(true);
    m_header->setContentsMargins(8, 6, 8, 2);
    outer->addWidget(m_header);
    m_origin->setObjectName(QStringLiteral("origin"));
    m_origin->setContentsMargins(8, 0, 8, 2);
    m_origin->setWordWrap(true);
    m_origin->setProperty("guidance", true);
    m_origin->hide();
    connect(m_origin, &QLabel::linkActivated, this, &CommitmentEditor::historyRequested);
    outer->addWidget(m_origin);
    auto *row = new QHBoxLayout;
    row->addWidget(m_pageList);
    row->addWidget(m_stack, 1);
    outer->addLayout(row, 1);

    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    for (EditorPage *page :
         QList<EditorPage *>{new BasicPage, new ProblemPage, new ContentPage, new ValuesPage,
                             new MilestonesPage, new ContactPage, new OtherPage})
        addPage(page);
    connect(m_pageList, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    auto *next = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this, nullptr, nullptr,
                               Qt::WidgetWithChildrenShortcut);
    connect(next, &QShortcut::activated, this, [this] { setCurrentPage((currentPage() + 1) % pageCount()); });
    auto *previous = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this, nullptr, nullptr,
                                   Qt::WidgetWithChildrenShortcut);
    connect(previous, &QShortcut::activated, this,
            [this] { setCurrentPage((currentPage() + pageCount() - 1) % pageCount()); });
    EditorPage::styleLabels(this);
    retranslate();
    m_pageList->setCurrentRow(0);
}

void CommitmentEditor::addPage(EditorPage *page)
{
    auto *scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    page->setContentsMargins(8, 4, 12, 8);
    scroll->setWidget(page);
    scroll->setFocusPolicy(Qt::NoFocus);
    m_stack->addWidget(scroll);
    m_pages.append(page);
    m_pageList->addItem(page->title());
    connect(page, &EditorPage::titleChanged, this, &CommitmentEditor::retranslate);
}

void CommitmentEditor::setDocument(WorkspaceDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_uuid.clear();
    for (EditorPage *page : std::as_const(m_pages)) {
        page->setDocument(document);
        page->setReadOnly(!document || document->isReadOnly());
    }
    if (!document)
        return;
    connect(document, &WorkspaceDocument::commitmentChanged, this, [this](const QString &uuid) {
        if (uuid == m_uuid)
            reload();
    });
    connect(document, &WorkspaceDocument::structureChanged, this, &CommitmentEditor::reload);
    connect(document, &WorkspaceDocument::areaChanged, this, &CommitmentEditor::reload);
    connect(document, &WorkspaceDocument::planChanged, this, &CommitmentEditor::reload);
}

void CommitmentEditor::setCommitment(const QString &uuid)
{
    if (m_document)
        m_document->closeMergeWindow();
    m_uuid = uuid;
    for (EditorPage *page : std::as_const(m_pages))
        page->setCommitment(uuid);
    updateHeader();
}

void CommitmentEditor::reload()
{
    if (!m_document || !m_document->commitment(m_uuid))
        return;
    for (EditorPage *page : std::as_const(m_pages))
        page->reload();
    updateHeader();
}

void CommitmentEditor::updateHeader()
{
    const Commitment *c = m_document ? m_document->commitment(m_uuid) : nullptr;
    m_header->setText(c ? tr("%1  %2").arg(c->code, DisplayNames::text(c->text(Field::Title))) : QString());
    updateOrigin();
}

void CommitmentEditor::updateOrigin()
{
    // On every reload (each keystroke): one indexed query, not the whole history.
    const std::optional<Provenance::Event> event =
        m_document && m_document->commitment(m_uuid) ? m_document->lastImport(m_uuid) : std::nullopt;
    m_origin->setVisible(event.has_value());
    if (!event)
        return;
    const QString agency = event->agency.isEmpty()
                               ? event->fileName
                               : tr("%1 (%2)").arg(event->fileName, DisplayNames::agency(event->agency));
    const QString when = DisplayNames::moment(event->importedAt);
    const QString line = event->importedBy.isEmpty()
                             ? tr("Last imported from %1 on %2.").arg(agency.toHtmlEscaped(), when)
                             : tr("Last imported from %1 on %2 by %3.")
                                   .arg(agency.toHtmlEscaped(), when, event->importedBy.toHtmlEscaped());
    m_origin->setText(line + QStringLiteral(" <a href=\"history\">%1</a>").arg(tr("Field history…")));
}

void CommitmentEditor::setEditingMode(EditingMode mode)
{
    for (EditorPage *page : std::as_const(m_pages))
        page->setEditingMode(mode);
}

int CommitmentEditor::currentPage() const
{
    return m_stack->currentIndex();
}

void CommitmentEditor::setCurrentPage(int index)
{
    m_pageList->setCurrentRow(index);
}

bool CommitmentEditor::focusField(Field field)
{
    for (int i = 0; i < pageCount(); ++i) {
        setCurrentPage(i);
        if (m_pages.at(i)->focusField(field))
            return true;
    }
    return false;
}

bool CommitmentEditor::focusMilestone(int row)
{
    for (int i = 0; i < pageCount(); ++i) {
        auto *milestones = qobject_cast<MilestonesPage *>(m_pages.at(i));
        if (!milestones)
            continue;
        setCurrentPage(i);
        milestones->selectRow(row);
        return milestones->focusField(Field::Milestones);
    }
    return false;
}

int CommitmentEditor::pageOf(Field field) const
{
    for (int i = 0; i < pageCount(); ++i) {
        if (m_pages.at(i)->hasField(field))
            return i;
    }
    return -1;
}

bool CommitmentEditor::fieldAt(const QWidget *widget, Field *field) const
{
    for (const EditorPage *page : m_pages) {
        if (page->fieldAt(widget, field))
            return true;
    }
    return false;
}

void CommitmentEditor::retranslate()
{
    for (int i = 0; i < pageCount(); ++i)
        m_pageList->item(i)->setText(m_pages.at(i)->title());
    m_pageList->setAccessibleName(tr("Form pages"));
    m_pageList->setToolTip(tr("Ctrl+PgDown / Ctrl+PgUp: next or previous page"));
    int width = 0;
    for (int i = 0; i < pageCount(); ++i)
        width = qMax(width, m_pageList->fontMetrics().horizontalAdvance(m_pages.at(i)->title()));
    m_pageList->setFixedWidth(width + 36);
    updateHeader();
}

void CommitmentEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace nap::ui
