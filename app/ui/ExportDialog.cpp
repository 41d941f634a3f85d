#include "ExportDialog.h"

#include "export/ExportTarget.h"
#include "export/OpenFindingCounts.h"
#include "export/PdfExport.h"

#include "CommitmentChecklist.h"
#include "DesktopFiles.h"
#include "DisplayNames.h"
#include "ExportJob.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "Settings.h"
#include "WorkspaceDocument.h"
#include "check/Checker.h"
#include "text/DateFormat.h"
#include "ui_ExportDialog.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

namespace nap::ui {
namespace {

constexpr int kPathRole = Qt::UserRole;
const ExportRequest::Format kFormats[] = {ExportRequest::Format::OdtForm, ExportRequest::Format::OdtPlan,
                                          ExportRequest::Format::Xlsx,    ExportRequest::Format::Ods,
                                          ExportRequest::Format::PdfForm, ExportRequest::Format::PdfPlan};

QString defaultFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

} // namespace

ExportDialog::ExportDialog(WorkspaceDocument *document, Settings &settings, const QString &currentUuid,
                           QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportDialog>()), m_document(document), m_settings(settings),
      m_job(new ExportJob(this))
{
    m_ui->setupUi(this);
    setSizeGripEnabled(true);
    // Ministry names are long ("National Development Council", "Ministry of Digital Affairs").
    m_ui->agencyEdit->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 36);
    for (ExportRequest::Mode mode :
         {ExportRequest::Mode::Chinese, ExportRequest::Mode::English, ExportRequest::Mode::Bilingual})
        m_ui->languageCombo->addItem(QString(), ExportRequest::modeCode(mode));
    for (Calendar calendar : {Calendar::Roc, Calendar::Gregorian})
        m_ui->calendarCombo->addItem(QString(), static_cast<int>(calendar));
    QFont title = m_ui->resultTitle->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.2);
    m_ui->resultTitle->setFont(title);
    // Room for the four file names without a scroll bar.
    for (QListWidget *list : {m_ui->namesList, m_ui->resultList})
        list->setIconSize(QSize(16, 16));
    auto *probe = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileIcon), QStringLiteral("Xg"),
                                      m_ui->namesList);
    const int row = m_ui->namesList->sizeHintForRow(0);
    delete probe;
    m_ui->namesList->setFixedHeight(row * 4 + 2 * m_ui->namesList->frameWidth() + 2);
    // A PDF needs LibreOffice: say so where the choice is made, not after the export.
    m_officeAvailable = PdfExport::available();
    m_ui->pdfFormFormat->setEnabled(m_officeAvailable);
    m_ui->pdfPlanFormat->setEnabled(m_officeAvailable);
    m_ui->pdfNote->setVisible(!m_officeAvailable);
    m_ui->pdfNote->setForegroundRole(QPalette::PlaceholderText);
    m_ui->warningLabel->hide();
    m_ui->messageLabel->hide();
    m_ui->progressRow->hide();
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(150);
    m_fitTimer.setSingleShot(true);
    connect(&m_fitTimer, &QTimer::timeout, this, [this] {
        // Wrapped warnings and errors need more height than the dialog was opened with.
        layout()->activate();
        const int needed = heightForWidth(width());
        if (needed > height())
            resize(width(), needed);
    });
    buildButtons();
    loadSettings(currentUuid);
    connectWidgets();
    retranslateDynamicTexts();
    m_exportButton->setFocus();
}

ExportDialog::~ExportDialog() = default;

ExportDialog *ExportDialog::showFor(QWidget *window, WorkspaceDocument *document, Settings &settings,
                                    const QString &currentUuid)
{
    if (!document)
        return nullptr;
    ExportDialog *dialog = nullptr;
    for (ExportDialog *open : window->findChildren<ExportDialog *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (open->document() == document && open->isVisible())
            dialog = open;
    }
    if (dialog) {
        if (!dialog->isExporting())
            dialog->setCurrent(currentUuid);
    } else {
        dialog = new ExportDialog(document, settings, currentUuid, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void ExportDialog::buildButtons()
{
    m_exportButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_backButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::ResetRole);
    m_closeButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::RejectRole);
    m_exportButton->setDefault(true);
    m_backButton->hide();
    // The box would accept() and close the dialog; Export keeps it open for the progress.
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_backButton, &QPushButton::clicked, this, &ExportDialog::back);
    connect(m_closeButton, &QPushButton::clicked, this, &ExportDialog::reject);
}

void ExportDialog::connectWidgets()
{
    connect(&m_refreshTimer, &QTimer::timeout, this, &ExportDialog::refresh);
    for (QRadioButton *radio : {m_ui->currentRadio, m_ui->selectionRadio, m_ui->planRadio})
        connect(radio, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                refresh();
        });
    for (ExportRequest::Format format : kFormats)
        connect(formatBox(format), &QCheckBox::toggled, this, &ExportDialog::refresh);
    connect(m_ui->commitmentList, &CommitmentChecklist::checkedChanged, this, [this] {
        if (!m_ui->selectionRadio->isChecked())
            m_ui->selectionRadio->setChecked(true); // ticking a commitment means "these"
        m_refreshTimer.start();
    });
    connect(m_ui->selectAllButton, &QPushButton::clicked, this,
            [this] { m_ui->commitmentList->setAllChecked(true); });
    connect(m_ui->selectNoneButton, &QPushButton::clicked, this,
            [this] { m_ui->commitmentList->setAllChecked(false); });
    connect(m_ui->languageCombo, &QComboBox::activated, this, &ExportDialog::languageChosen);
    connect(m_ui->calendarCombo, &QComboBox::activated, this, [this] {
        m_calendarPicked = true; // from now on the calendar no longer follows the language
        refresh();
    });
    connect(m_ui->folderEdit, &QLineEdit::textChanged, this, [this] { m_refreshTimer.start(); });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_job, &ExportJob::progressChanged, this, &ExportDialog::showProgress);
    connect(m_job, &ExportJob::finished, this, &ExportDialog::finishExport);
    const auto open = [this] {
        DesktopFiles::open(this, chosenResults());
    };
    connect(m_ui->openButton, &QPushButton::clicked, this, open);
    connect(m_ui->resultList, &QListWidget::itemActivated, this, open);
    connect(m_ui->showFolderButton, &QPushButton::clicked, this, [this] {
        if (!m_written.isEmpty())
            DesktopFiles::showInFolder(chosenResults().constFirst());
    });
    if (!m_document)
        return;
    for (auto signal : {&WorkspaceDocument::structureChanged, &WorkspaceDocument::planChanged})
        connect(m_document, signal, this, [this] { m_refreshTimer.start(); });
    connect(m_document, &WorkspaceDocument::commitmentChanged, this, [this] { m_refreshTimer.start(); });
    connect(m_document, &QObject::destroyed, this, [this] {
        if (!isExporting())
            close(); // the snapshot of a running export stays valid: let it finish
        refresh();
    });
}

void ExportDialog::loadSettings(const QString &currentUuid)
{
    const QStringList formats = m_settings.value(Settings::Key::ExportFormats).toStringList();
    for (ExportRequest::Format format : kFormats)
        formatBox(format)->setChecked(formats.contains(ExportRequest::formatCode(format)) &&
                                      (m_officeAvailable || !ExportRequest::isPdf(format)));
    const ExportRequest::Mode mode = m_settings.exportMode();
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(ExportRequest::modeCode(mode)));
    m_ui->calendarCombo->setCurrentIndex(
        m_ui->calendarCombo->findData(static_cast<int>(ExportRequest::defaultCalendar(mode))));
    QString folder = m_settings.value(Settings::Key::ExportFolder).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = defaultFolder();
    m_ui->folderEdit->setText(QDir::toNativeSeparators(folder));

    QString agency = m_settings.value(Settings::Key::ExportAgency).toString();
    const Commitment *current = m_document ? m_document->commitment(currentUuid) : nullptr;
    if (agency.isEmpty() && m_document)
        agency = m_document->workspace().setting(QStringLiteral("exporting_agency"));
    if (agency.isEmpty() && current)
        agency = current->leadAgency;
    m_ui->agencyEdit->setAgency(agency);
    m_ui->agencyEdit->lineEdit()->home(false); // the name's start, not its end

    QSet<QString> checked;
    if (current) {
        checked = {current->uuid};
        m_ui->currentRadio->setChecked(true);
    } else if (m_document && m_document->area(currentUuid)) {
        for (const Commitment *c : m_document->commitmentsInArea(currentUuid))
            checked.insert(c->uuid);
        m_ui->selectionRadio->setChecked(true);
    } else {
        m_ui->planRadio->setChecked(true);
    }
    m_ui->commitmentList->setDocument(m_document);
    m_ui->commitmentList->setCheckedUuids(checked);
    setCurrent(currentUuid);
}

void ExportDialog::saveSettings() const
{
    QStringList formats;
    for (ExportRequest::Format format : kFormats) {
        if (formatBox(format)->isChecked())
            formats.append(ExportRequest::formatCode(format));
    }
    m_settings.setValue(Settings::Key::ExportFormats, formats);
    m_settings.setValue(Settings::Key::ExportLanguage, m_ui->languageCombo->currentData());
    m_settings.setValue(Settings::Key::ExportFolder, QDir::fromNativeSeparators(options().folder));
    m_settings.setValue(Settings::Key::ExportAgency, m_ui->agencyEdit->typedAgency());
}

void ExportDialog::setCurrent(const QString &uuid)
{
    const bool isCommitment = m_document && m_document->commitment(uuid);
    m_currentUuid = isCommitment ? uuid : QString();
    if (!isCommitment && m_ui->currentRadio->isChecked())
        m_ui->planRadio->setChecked(true);
    updateCounts();
    refresh();
}

ExportOptions::Scope ExportDialog::scope() const
{
    if (m_ui->currentRadio->isChecked())
        return ExportOptions::Scope::Current;
    if (m_ui->selectionRadio->isChecked())
        return ExportOptions::Scope::Selection;
    return ExportOptions::Scope::Plan;
}

QCheckBox *ExportDialog::formatBox(ExportRequest::Format format) const
{
    switch (format) {
    case ExportRequest::Format::OdtForm:
        return m_ui->formFormat;
    case ExportRequest::Format::OdtPlan:
        return m_ui->planFormat;
    case ExportRequest::Format::Xlsx:
        return m_ui->xlsxFormat;
    case ExportRequest::Format::Ods:
        return m_ui->odsFormat;
    case ExportRequest::Format::PdfForm:
        return m_ui->pdfFormFormat;
    case ExportRequest::Format::PdfPlan:
        return m_ui->pdfPlanFormat;
    }
    return nullptr;
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.scope = scope();
    if (o.scope == ExportOptions::Scope::Current && !m_currentUuid.isEmpty())
        o.commitmentUuids = QStringList{m_currentUuid};
    else if (o.scope == ExportOptions::Scope::Selection)
        o.commitmentUuids = m_ui->commitmentList->checkedUuids().values();
    for (ExportRequest::Format format : kFormats) {
        if (formatBox(format)->isChecked())
            o.formats.append(format);
    }
    ExportRequest::modeFromCode(m_ui->languageCombo->currentData().toString(), &o.mode);
    o.calendar = static_cast<Calendar>(m_ui->calendarCombo->currentData().toInt());
    o.folder = QDir::fromNativeSeparators(m_ui->folderEdit->text().trimmed());
    o.exportingAgency = m_ui->agencyEdit->typedAgency();
    return o;
}

QList<ExportRequest> ExportDialog::requests() const
{
    if (!m_document)
        return {};
    QList<ExportRequest> out = options().requests(m_document->plan(), m_document->commitments());
    for (ExportRequest &r : out)
        r.workspacePath = m_document->path(); // never a target
    return out;
}

QString ExportDialog::problem() const
{
    if (!m_document)
        return tr("The workspace was closed.");
    for (const ExportRequest &r : requests()) {
        if (ExportTarget::isWorkspaceFile(r.targetPath, r.workspacePath))
            return tr("%1 would replace the workspace itself. Choose another folder.")
                .arg(QFileInfo(r.targetPath).fileName());
    }
    return options().problem(m_document->commitments());
}

void ExportDialog::refresh()
{
    m_ui->planFormat->setEnabled(scope() == ExportOptions::Scope::Plan);
    m_ui->pdfPlanFormat->setEnabled(scope() == ExportOptions::Scope::Plan && m_officeAvailable);
    updateCounts();
    updateNames();
    updateWarning();
    m_exportButton->setEnabled(!isExporting() && problem().isEmpty());
}

void ExportDialog::updateCounts()
{
    const qsizetype total = m_document ? m_document->commitments().size() : 0;
    m_ui->planRadio->setText(tr("Whole plan (%n commitment(s))", nullptr, int(total)));
    m_ui->selectionCountLabel->setText(
        tr("%1 of %2 ticked").arg(m_ui->commitmentList->checkedUuids().size()).arg(total));
    const Commitment *current = m_document ? m_document->commitment(m_currentUuid) : nullptr;
    m_ui->currentRadio->setEnabled(current != nullptr);
    if (!current) {
        m_ui->currentRadio->setText(tr("Current commitment (none is open)"));
        m_ui->currentRadio->setToolTip(QString());
        return;
    }
    const QString name =
        (current->code + QLatin1Char(' ') + DisplayNames::text(current->text(Field::Title)).simplified())
            .trimmed();
    const QString elided = m_ui->currentRadio->fontMetrics().elidedText(name, Qt::ElideRight, 300);
    m_ui->currentRadio->setText(tr("Current commitment: %1").arg(elided));
    m_ui->currentRadio->setToolTip(name);
}

void ExportDialog::updateNames()
{
    QListWidget *list = m_ui->namesList;
    list->clear();
    const QString reason = problem();
    if (!reason.isEmpty()) {
        auto *item =
            new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxInformation), reason, list);
        item->setToolTip(reason);
        item->setFlags(Qt::NoItemFlags);
        return;
    }
    for (const ExportRequest &r : requests()) {
        const QFileInfo info(r.targetPath);
        const bool exists = info.exists();
        auto *item = new QListWidgetItem(
            style()->standardIcon(exists ? QStyle::SP_MessageBoxWarning : QStyle::SP_FileIcon),
            exists ? tr("%1 (replaces the existing file)").arg(info.fileName()) : info.fileName(), list);
        item->setData(kPathRole, r.targetPath);
        item->setToolTip(QDir::toNativeSeparators(r.targetPath));
    }
}

void ExportDialog::updateWarning()
{
    const ExportOptions o = options();
    TranslationGaps gaps;
    if (m_document && o.mode != ExportRequest::Mode::Chinese)
        gaps = TranslationGaps::of(o.selected(m_document->commitments()));
    m_ui->warningLabel->setVisible(!gaps.isEmpty());
    if (gaps.isEmpty())
        return;
    m_fitTimer.start();
    QStringList parts;
    if (gaps.missing > 0)
        parts.append(tr("%n field(s) have no English text", nullptr, gaps.missing));
    if (gaps.stale > 0)
        parts.append(tr("%n English text(s) are older than the Chinese they translate", nullptr, gaps.stale));
    m_ui->warningLabel->setText(
        tr("English check for %n commitment(s): %1. The export goes ahead with the text as it is.", nullptr,
           gaps.commitments)
            .arg(parts.join(tr("; "))));
}

void ExportDialog::showMessage()
{
    if (!m_error.isError()) {
        m_ui->messageLabel->hide();
        return;
    }
    QString text = m_error.message();
    if (m_error.code != Error::Cancelled) {
        const int index = m_job->result().failedIndex;
        const QString name = index >= 0 && index < m_running.size()
                                 ? QFileInfo(m_running.at(index).targetPath).fileName()
                                 : QString();
        text = tr("The export did not finish: %1 could not be written. No file was changed.\n%2")
                   .arg(name, text);
    }
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->show();
    m_fitTimer.start();
}

void ExportDialog::retranslateDynamicTexts()
{
    m_ui->languageCombo->setItemText(0, tr("Chinese"));
    m_ui->languageCombo->setItemText(1, tr("English"));
    m_ui->languageCombo->setItemText(2, tr("Chinese and English (bilingual)"));
    const QDate today = QDate::currentDate();
    const YearMonth month(today.year(), today.month());
    m_ui->calendarCombo->setItemText(
        0, tr("ROC era (民國), e.g. %1").arg(DateFormat::numeric(month, Calendar::Roc)));
    m_ui->calendarCombo->setItemText(
        1, tr("Gregorian, e.g. %1").arg(DateFormat::numeric(month, Calendar::Gregorian)));
    m_ui->pdfNote->setText(tr("A PDF is made with LibreOffice, which is not installed on this computer."));
    m_exportButton->setText(tr("&Export"));
    m_backButton->setText(tr("&Back"));
    m_closeButton->setText(isExporting() ? tr("&Cancel") : tr("C&lose"));
    const QString folder = m_written.isEmpty() ? QString() : QFileInfo(m_written.constFirst()).absolutePath();
    m_ui->resultText->setText(
        tr("%n file(s) written to %1", nullptr, int(m_written.size())).arg(QDir::toNativeSeparators(folder)));
    showProgress(m_ui->progressBar->value(), m_runningFile);
    showMessage();
    refresh();
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateDynamicTexts();
    } else if (event->type() == QEvent::ActivationChange && isActiveWindow()) {
        refresh(); // files may have appeared in the folder meanwhile
    }
    QDialog::changeEvent(event);
}

void ExportDialog::languageChosen()
{
    if (!m_calendarPicked) {
        ExportRequest::Mode mode = ExportRequest::Mode::Chinese;
        ExportRequest::modeFromCode(m_ui->languageCombo->currentData().toString(), &mode);
        m_ui->calendarCombo->setCurrentIndex(
            m_ui->calendarCombo->findData(static_cast<int>(ExportRequest::defaultCalendar(mode))));
    }
    refresh();
}

void ExportDialog::browse()
{
    const QString folder = FileDialog::getExistingDirectory(this, tr("Export to Folder"), options().folder);
    if (!folder.isEmpty())
        m_ui->folderEdit->setText(QDir::toNativeSeparators(folder));
    refresh();
}

bool ExportDialog::isExporting() const
{
    return m_job->isRunning();
}

bool ExportDialog::confirmReplace(const QList<ExportRequest> &requests)
{
    QStringList existing;
    for (const ExportRequest &r : requests) {
        if (QFileInfo::exists(r.targetPath))
            existing.append(QFileInfo(r.targetPath).fileName());
    }
    if (existing.isEmpty())
        return true;
    return MessageBox::question(this, tr("Replace Files"),
                                tr("The folder already has %n of these file(s):\n\n%1\n\nReplace them?",
                                   nullptr, int(existing.size()))
                                    .arg(existing.join(QLatin1Char('\n'))),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

bool ExportDialog::startExport()
{
    if (isExporting() || !problem().isEmpty())
        return false;
    const ExportOptions o = options();
    const QList<ExportRequest> requests = o.requests(m_document->plan(), m_document->commitments());
    if (requests.isEmpty() || (m_gate && !m_gate(this, o.selected(m_document->commitments()), o.mode)) ||
        !confirmReplace(requests) || !m_document)
        return false;
    ExportInput data{m_document->plan(), m_document->areas(), m_document->commitments(), {}};
    // The open finding counts (the forms' draft mark, the workbook's columns), under the
    // workspace's rule switches: checked once per commitment for all the files of this export.
    data.openFindings = OpenFindingCounts::reader(std::make_shared<OpenFindingCounts>(
        Checker::forWorkspace(m_document->workspace(), o.mode != ExportRequest::Mode::Chinese), data.plan));
    saveSettings();
    m_error = Error();
    m_written.clear();
    m_running = requests;
    m_runningFile = 0;
    showMessage();
    if (!m_job->start(requests, data))
        return false;
    setBusy(true);
    return true;
}

void ExportDialog::setBusy(bool busy)
{
    m_stopping = false;
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->contentsBox), static_cast<QWidget *>(m_ui->formatsBox),
          static_cast<QWidget *>(m_ui->optionsBox), static_cast<QWidget *>(m_ui->destinationBox)})
        w->setEnabled(!busy);
    m_ui->progressBar->setValue(0);
    m_ui->progressRow->setVisible(busy);
    m_closeButton->setEnabled(true);
    m_closeButton->setText(busy ? tr("&Cancel") : tr("C&lose"));
    if (busy)
        showProgress(0, 0);
    refresh();
}

void ExportDialog::showProgress(int perMille, int fileIndex)
{
    m_runningFile = fileIndex;
    m_ui->progressBar->setValue(perMille);
    if (m_stopping) {
        m_ui->progressLabel->setText(tr("Stopping…"));
        return;
    }
    const QString name = fileIndex >= 0 && fileIndex < m_running.size()
                             ? QFileInfo(m_running.at(fileIndex).targetPath).fileName()
                             : QString();
    const QString text = tr("Writing %1 of %2: %3").arg(fileIndex + 1).arg(m_running.size()).arg(name);
    m_ui->progressLabel->setText(text);
    m_ui->progressLabel->setToolTip(text);
}

void ExportDialog::finishExport(bool ok)
{
    const ExportJob::Result &result = m_job->result();
    setBusy(false);
    if (!ok) {
        m_error = result.error;
        showMessage();
        return;
    }
    m_written = result.written;
    m_ui->resultList->clear();
    for (const QString &path : std::as_const(m_written)) {
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileIcon),
                                         QFileInfo(path).fileName(), m_ui->resultList);
        item->setData(kPathRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_ui->resultList->setCurrentRow(0);
    m_ui->openButton->setDefault(true);
    m_ui->pages->setCurrentWidget(m_ui->resultPage);
    m_exportButton->hide();
    m_backButton->show();
    retranslateDynamicTexts();
    m_ui->openButton->setFocus();
}

QStringList ExportDialog::chosenResults() const
{
    QStringList paths;
    for (const QListWidgetItem *item : m_ui->resultList->selectedItems())
        paths.append(item->data(kPathRole).toString());
    if (paths.isEmpty() && !m_written.isEmpty())
        paths.append(m_written.constFirst());
    return paths;
}

void ExportDialog::back()
{
    m_ui->pages->setCurrentWidget(m_ui->setupPage);
    m_backButton->hide();
    m_exportButton->show();
    m_exportButton->setDefault(true);
    m_exportButton->setFocus();
    refresh();
}

void ExportDialog::reject()
{
    if (isExporting()) {
        m_stopping = true;
        m_job->cancel();
        m_closeButton->setEnabled(false);
        showProgress(m_ui->progressBar->value(), m_runningFile);
        return;
    }
    QDialog::reject();
}

} // namespace nap::ui
