#pragma once

#include "LocalizedText.h"

#include <QString>

namespace nap {

// Who answers questions about a commitment, as the NDC form prints it: name and title or
// department in both languages, phone and e-mail.
struct Contact
{
    LocalizedText name;
    LocalizedText title;
    QString phone;
    QString email;

    bool isEmpty() const { return name.isEmpty() && title.isEmpty() && phone.isEmpty() && email.isEmpty(); }
};

} // namespace nap
