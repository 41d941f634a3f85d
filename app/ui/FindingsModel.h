#pragma once

#include "check/Finding.h"

#include <QAbstractItemModel>
#include <QIcon>
#include <QStringList>

#include <functional>

namespace nap::ui {

// The findings of one commitment as a tree: the editor pages that hold findings, in form
// order, and beneath each its findings, errors first. Messages are rendered on every display
// in the interface language, so a language switch needs only retranslate().
class FindingsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        MessageColumn,
        FieldColumn,
        RuleColumn,
        ColumnCount
    };
    enum Role
    {
        SeverityRole = Qt::UserRole + 1, // Severity as int; groups: none
        FieldRole,                       // Field as int
        MilestoneRole,                   // milestone index, -1 when not a milestone finding
        RuleRole,                        // "A1" … "E3"
        PageRole                         // editor page index, -1 when no page shows the field
    };
    using PageOf = std::function<int(Field)>;
    using PageTitle = std::function<QString(int page)>;

    explicit FindingsModel(QObject *parent = nullptr);

    // How findings are grouped: the editor page of a field and the page's current title.
    void setPages(PageOf pageOf, PageTitle pageTitle);
    // Replaces the findings; keeps the rows (and the view's selection) when nothing changed.
    void setFindings(const QList<Finding> &findings);
    int findingCount() const { return int(m_findings.size()); }
    const Finding *finding(const QModelIndex &index) const;
    // The rows of every finding, in display order (for tests and keyboard navigation).
    QModelIndexList findingIndexes() const;
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QIcon severityIcon(const Finding &finding);
    // "Milestone 3" or the field's name, in the interface language.
    static QString location(const Finding &finding);

private:
    struct Group
    {
        int page = -1;
        QList<int> rows; // indices into m_findings
    };
    QVariant groupData(const Group &group, int column, int role) const;
    QVariant findingData(const Finding &finding, int column, int role) const;
    static QString signature(const Finding &finding);

    PageOf m_pageOf;
    PageTitle m_pageTitle;
    QList<Finding> m_findings;
    QStringList m_signatures;
    QList<Group> m_groups;
};

} // namespace nap::ui
