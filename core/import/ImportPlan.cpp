#include "ImportPlan.h"

#include "store/Workspace.h"

#include <QAtomicInt>
#include <QSet>
#include <QThread>

#include <memory>
#include <vector>

namespace nap {

namespace {

// Reads the files on as many threads as there are cores (at most four): each file is read on
// its own, and reading is most of an import's time. The first file refused, in the order
// given, is the one reported.
bool readAll(const QStringList &files, const QString &target, std::vector<ImportSource> *out, Error *error)
{
    const int count = int(files.size());
    std::vector<ImportSource> sources(static_cast<size_t>(count));
    std::vector<Error> errors(static_cast<size_t>(count));
    std::vector<char> ok(static_cast<size_t>(count), 0);
    QAtomicInt next = 0;
    const auto work = [&] {
        for (int i = next.fetchAndAddRelaxed(1); i < count; i = next.fetchAndAddRelaxed(1))
            ok[size_t(i)] = ImportSource::read(files.at(i), target, &sources[size_t(i)], &errors[size_t(i)]);
    };
    std::vector<std::unique_ptr<QThread>> workers;
    for (int t = 1; t < qMin(qBound(1, QThread::idealThreadCount(), 4), count); ++t) {
        workers.emplace_back(QThread::create(work));
        workers.back()->start();
    }
    work();
    for (const auto &w : workers)
        w->wait();
    for (size_t i = 0; i < size_t(count); ++i) {
        if (!ok[i]) {
            *error = errors[i];
            return false;
        }
    }
    *out = std::move(sources);
    return true;
}

} // namespace

int ImportPlan::FilePlan::count(Kind kind) const
{
    int n = 0;
    for (const Item &i : items)
        n += i.kind == kind ? 1 : 0;
    return n;
}

QString ImportPlan::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::New:
        return QStringLiteral("new");
    case Kind::Unchanged:
        return QStringLiteral("unchanged");
    case Kind::Changed:
        return QStringLiteral("changed");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    }
    return {};
}

Commitment ImportPlan::keepUncarried(const Commitment &theirs, const Commitment &mine,
                                     const ImportSource &source)
{
    if (source.carriesChinese && source.carriesEnglish)
        return theirs;
    const auto keep = [&](LocalizedText *to, const LocalizedText &from) {
        if (!source.carriesChinese) {
            to->zh = from.zh;
            to->zhEdited = from.zhEdited;
        }
        if (!source.carriesEnglish) {
            to->en = from.en;
            to->enEdited = from.enEdited;
        }
    };
    Commitment out = theirs;
    for (Field f : Fields::textFields())
        keep(&out.text(f), mine.text(f));
    for (Milestone &m : out.milestones) {
        for (const Milestone &my : mine.milestones) {
            if (my.uuid == m.uuid) {
                keep(&m.description, my.description);
                keep(&m.expectedOutput, my.expectedOutput);
            }
        }
    }
    return out;
}

bool ImportPlan::build(Workspace &ws, const QStringList &files, ImportPlan *plan, Error *error)
{
    QHash<QString, int> areaNumber; // workspace area uuid -> number
    QSet<int> known;
    for (const Area &a : ws.areas()) {
        areaNumber.insert(a.uuid, a.number);
        known.insert(a.number);
    }
    QHash<QString, Commitment> mine;
    for (const Commitment &c : ws.commitments())
        mine.insert(c.uuid, c);
    std::vector<ImportSource> sources;
    if (!readAll(files, ws.path(), &sources, error))
        return false;
    for (ImportSource &source : sources) {
        FilePlan file;
        file.source = std::move(source);
        const QHash<QString, Provenance::Baseline> baselines =
            Provenance::baselines(ws, file.source.fileName);
        for (const Commitment &theirs : std::as_const(file.source.commitments)) {
            const int number = file.source.areaNumbers.value(theirs.uuid);
            const auto m = mine.constFind(theirs.uuid);
            const auto b = baselines.constFind(theirs.uuid);
            const Commitment carried = m == mine.cend() ? theirs : keepUncarried(theirs, *m, file.source);
            file.items.append(compare(carried, number, m == mine.cend() ? nullptr : &*m,
                                      m == mine.cend() ? 0 : areaNumber.value(m->areaUuid),
                                      b == baselines.cend() ? nullptr : &*b));
            if (!known.contains(number)) {
                known.insert(number);
                plan->newAreas.append(number);
            }
        }
        plan->files.append(file);
    }
    return true;
}

ImportPlan::Item ImportPlan::compare(const Commitment &theirs, int theirArea, const Commitment *mine,
                                     int myArea, const Provenance::Baseline *baseline)
{
    Item item;
    item.theirs = theirs;
    item.areaNumber = theirArea;
    item.kind = mine ? Kind::Unchanged : Kind::New;
    bool stale = !baseline;
    for (Field f : FieldValues::compared()) {
        const FieldValues::Value t = FieldValues::get(theirs, f, theirArea);
        item.values.insert(f, t);
        const auto base = baseline ? baseline->constFind(f) : Provenance::Baseline::const_iterator();
        const bool known = baseline && base != baseline->cend();
        stale = stale || !known || *base != t;
        if (!mine)
            continue;
        const FieldValues::Value m = FieldValues::get(*mine, f, myArea);
        if (m == t || (known && *base == t))
            continue; // the same, or only the workspace changed it since the last import
        const bool conflict = known && *base != m;
        item.changes.append({f, m, t, conflict});
        if (conflict)
            item.kind = Kind::Conflict;
        else if (item.kind == Kind::Unchanged)
            item.kind = Kind::Changed;
    }
    item.baselineStale = stale;
    return item;
}

} // namespace nap
