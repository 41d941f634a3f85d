#pragma once

#include "model/LocalizedText.h"

#include <QString>

namespace nap {

// A commitment whose aim is the body of rules itself or an institution's powers: "Improving the
// normative framework for the media", "Legal environment enabling freedom of the press",
// "Strengthening the powers of the anti-corruption office", 健全政黨法制環境, 強化監察機關職權.
// Reviewers rate a change to rules or to what an institution may do as a binding change, even
// when the title starts with a process verb; carrying out a framework that exists ("implementing
// the legal framework", 落實現行法制) or studying one ("analysis of the legislative framework",
// 檢視法制環境) is not one. Read in the title only: background text names frameworks in passing.
class FrameworkAim
{
public:
    // The phrase naming the framework or the powers, or "".
    static QString found(const QString &text, Language language);
};

} // namespace nap
