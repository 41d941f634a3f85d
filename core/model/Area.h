#pragma once

#include "LocalizedText.h"

#include <QString>

namespace nap {

// A policy area (challenge area) grouping commitments; its number prefixes their codes.
struct Area
{
    QString uuid;
    int number = 0;
    LocalizedText title;
    LocalizedText preface;

    friend bool operator==(const Area &a, const Area &b)
    {
        return a.uuid == b.uuid && a.number == b.number && a.title == b.title && a.preface == b.preface;
    }
};

} // namespace nap
