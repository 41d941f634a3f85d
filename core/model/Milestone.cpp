#include "Milestone.h"

#include <QList>

namespace nap {

QList<Completion> Completions::all()
{
    return {Completion::NoEvidence, Completion::NotStarted, Completion::Limited, Completion::Substantial,
            Completion::Complete};
}

QString Completions::code(Completion completion)
{
    switch (completion) {
    case Completion::NoEvidence:
        return QStringLiteral("no_evidence");
    case Completion::NotStarted:
        return QStringLiteral("not_started");
    case Completion::Limited:
        return QStringLiteral("limited");
    case Completion::Substantial:
        return QStringLiteral("substantial");
    case Completion::Complete:
        return QStringLiteral("complete");
    }
    return {};
}

Completion Completions::fromCode(const QString &code)
{
    for (Completion c : all()) {
        if (Completions::code(c) == code)
            return c;
    }
    return Completion::NotStarted;
}

} // namespace nap
