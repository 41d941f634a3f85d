#pragma once

#include "model/Commitment.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace nap {

// Which workspace commitment a hand-filled form is about. A form carries no uuid: it is the
// commitment the same file gave last time, else the lead agency's commitment with the form's
// code, else with its title (either language, ignoring spaces and punctuation). Only a single
// candidate counts; the officer corrects or makes the match in the preview.
class FormMatcher
{
public:
    enum class How
    {
        None, // a new commitment
        EarlierImport,
        Code,
        Title,
        Officer
    };

    explicit FormMatcher(const QList<Commitment> &mine);

    // `earlier`: the uuids the same file name gave at its last import.
    QString find(const Commitment &form, const QStringList &earlier, int formsInFile, How *how) const;

    // The form's commitment as it bears on `mine`: the workspace's uuid, code and area, and
    // every field the form does not answer (or answers only in a language it does not print)
    // as the workspace has it; milestones matched by their description keep their uuid and what
    // the table has no column for.
    static Commitment adopt(const Commitment &form, const Commitment &mine, const QList<Field> &found);

    static QString normalTitle(const QString &title);
    static QString howCode(How how); // "none", "earlier_import", "code", "title", "officer"

private:
    static bool sameAgency(const Commitment &a, const Commitment &b);
    static void adoptMilestones(QList<Milestone> *milestones, const QList<Milestone> &mine);

    QList<Commitment> m_mine;
};

} // namespace nap
