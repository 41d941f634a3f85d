#pragma once

#include <QListWidget>
#include <QPointer>
#include <QSet>

namespace nap {
struct Commitment;
}

namespace nap::ui {

class WorkspaceDocument;

// The commitments of a workspace as a list with check boxes ("1-1  title" in the interface
// language). Follows the document: commitments added, removed, renumbered or retitled
// keep their ticks.
class CommitmentChecklist : public QListWidget
{
    Q_OBJECT
public:
    explicit CommitmentChecklist(QWidget *parent = nullptr);

    void setDocument(WorkspaceDocument *document);
    QSet<QString> checkedUuids() const { return m_checked; }
    void setCheckedUuids(const QSet<QString> &uuids);
    void setAllChecked(bool checked);

signals:
    // The officer ticked or cleared a commitment.
    void checkedChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void updateItem(const QString &uuid);
    QString label(const Commitment &commitment) const;

    QPointer<WorkspaceDocument> m_document;
    QSet<QString> m_checked; // kept across refills
};

} // namespace nap::ui
