#include "ImportPlan.h"

#include "store/Workspace.h"

#include <QAtomicInt>
#include <QRegularExpression>
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
    for (const Area &a : ws.areas())
        plan->m_areaNumber.insert(a.uuid, a.number);
    const QList<Commitment> commitments = ws.commitments();
    for (const Commitment &c : commitments)
        plan->m_mine.insert(c.uuid, c);
    std::vector<ImportSource> sources;
    QStringList paths;
    if (!ImportSource::expandFolders(files, ws.path(), &paths, error) ||
        !readAll(paths, ws.path(), &sources, error))
        return false;
    const FormMatcher matcher(commitments);
    for (ImportSource &source : sources) {
        FilePlan file;
        file.source = std::move(source);
        file.baselines = Provenance::baselines(ws, file.source.fileName);
        const QList<Commitment> &theirs = file.source.commitments;
        for (int i = 0; i < int(theirs.size()); ++i) {
            if (!file.source.handFilled) {
                file.items.append(plan->item(file, theirs.at(i)));
                continue;
            }
            FormMatcher::How how = FormMatcher::How::None;
            const QString uuid = matcher.find(theirs.at(i), file.baselines.keys(), int(theirs.size()), &how);
            file.items.append(plan->formItem(file, i, uuid, how));
        }
        plan->files.append(file);
    }
    plan->findNewAreas();
    return true;
}

ImportPlan::Item ImportPlan::item(const FilePlan &file, const Commitment &theirs) const
{
    const int number = file.source.areaNumbers.value(theirs.uuid);
    const auto m = m_mine.constFind(theirs.uuid);
    const auto b = file.baselines.constFind(theirs.uuid);
    const Commitment carried = m == m_mine.cend() ? theirs : keepUncarried(theirs, *m, file.source);
    return compare(carried, number, m == m_mine.cend() ? nullptr : &*m,
                   m == m_mine.cend() ? 0 : m_areaNumber.value(m->areaUuid),
                   b == file.baselines.cend() ? nullptr : &*b);
}

// A hand-filled form compared with the commitment it was matched to, or as a new one.
ImportPlan::Item ImportPlan::formItem(const FilePlan &file, int index, const QString &uuid,
                                      FormMatcher::How how) const
{
    const Commitment &form = file.source.commitments.at(index);
    const auto m = m_mine.constFind(uuid);
    if (m == m_mine.cend()) {
        Item i = compare(form, newFormArea(form), nullptr, 0, nullptr);
        i.match = FormMatcher::How::None;
        return i;
    }
    const Commitment adopted = FormMatcher::adopt(form, *m, file.source.found.value(form.uuid));
    const int area = m_areaNumber.value(m->areaUuid);
    const auto b = file.baselines.constFind(uuid);
    Item i = compare(adopted, area, &*m, area, b == file.baselines.cend() ? nullptr : &*b);
    i.match = how;
    return i;
}

// A new commitment from a form goes to the area its code names, else to the last area.
int ImportPlan::newFormArea(const Commitment &form) const
{
    static const QRegularExpression code(QStringLiteral("^\\s*(\\d{1,3})\\s*-\\s*\\d+"));
    const QRegularExpressionMatch m = code.match(form.code);
    if (m.hasMatch())
        return m.captured(1).toInt();
    int last = 0;
    for (int number : m_areaNumber)
        last = qMax(last, number);
    return qMax(1, last);
}

bool ImportPlan::rematch(int file, int item, const QString &uuid)
{
    if (file < 0 || file >= files.size() || !files.at(file).source.handFilled || item < 0 ||
        item >= files.at(file).items.size() || (!uuid.isEmpty() && !m_mine.contains(uuid)))
        return false;
    FilePlan &fp = files[file];
    fp.items[item] =
        formItem(fp, item, uuid, uuid.isEmpty() ? FormMatcher::How::None : FormMatcher::How::Officer);
    findNewAreas();
    return true;
}

void ImportPlan::findNewAreas()
{
    QSet<int> known(m_areaNumber.cbegin(), m_areaNumber.cend());
    newAreas.clear();
    for (const FilePlan &f : std::as_const(files)) {
        for (const Item &i : f.items) {
            if (!known.contains(i.areaNumber)) {
                known.insert(i.areaNumber);
                newAreas.append(i.areaNumber);
            }
        }
    }
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
