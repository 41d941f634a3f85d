#pragma once

#include <QDateTime>
#include <QString>

namespace nap {

enum class Language
{
    Chinese,
    English
};

// One free-text answer in both languages, with the edit times that decide whether the
// English version still matches the Chinese text it translates.
struct LocalizedText
{
    QString zh;
    QString en;
    QDateTime zhEdited; // UTC; null when never edited
    QDateTime enEdited;
    QDateTime reviewed; // when an officer confirmed both versions match

    enum class Status
    {
        Empty,
        Missing,
        Stale,
        UpToDate
    };

    const QString &text(Language language) const { return language == Language::Chinese ? zh : en; }
    // Sets one language and stamps its edit time; does nothing when the text is unchanged.
    void setText(Language language, const QString &value, const QDateTime &when);
    void markReviewed(const QDateTime &when) { reviewed = when; }
    bool isEmpty() const { return zh.trimmed().isEmpty() && en.trimmed().isEmpty(); }
    Status status() const;
    // The version that lags when status() is Stale: normally the English (the Chinese
    // changed after it); the Chinese when the English changed after both were reviewed.
    Language outdatedLanguage() const;

    friend bool operator==(const LocalizedText &a, const LocalizedText &b)
    {
        return a.zh == b.zh && a.en == b.en && a.zhEdited == b.zhEdited && a.enEdited == b.enEdited &&
               a.reviewed == b.reviewed;
    }
    friend bool operator!=(const LocalizedText &a, const LocalizedText &b) { return !(a == b); }
};

} // namespace nap
