#pragma once

#include "EditingMode.h"
#include "model/LocalizedText.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace nap::ui {

class PlainTextField;

// The one editor for every bilingual free-text field: 中文 | English side by side or one
// language only, with a badge telling whether the translation is missing, out of date or
// up to date, and "Mark as reviewed" when the English may no longer match the Chinese.
class LocalizedTextEdit : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString fieldName READ fieldName WRITE setFieldName)
    Q_PROPERTY(int lines READ lines WRITE setLines)

public:
    explicit LocalizedTextEdit(QWidget *parent = nullptr);

    QString fieldName() const { return m_fieldName; }
    void setFieldName(const QString &name); // used for accessible names
    int lines() const { return m_lines; }
    void setLines(int lines);

    // Shows the value; an editor whose text already matches is left alone (cursor kept).
    void setValue(const LocalizedText &value);
    const LocalizedText &value() const { return m_value; }
    void setEditingMode(EditingMode mode);
    EditingMode editingMode() const { return m_mode; }
    void setReadOnly(bool readOnly);
    PlainTextField *editor(nap::Language language) const;
    void focusLanguage(nap::Language language);

signals:
    void textEdited(nap::Language language, const QString &text);
    void reviewRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onTextChanged(nap::Language language);
    void updateBadge();
    void updateVisibility();
    void retranslate();

    PlainTextField *m_zh;
    PlainTextField *m_en;
    QLabel *m_zhLabel;
    QLabel *m_enLabel;
    QLabel *m_badge;
    QToolButton *m_review;
    LocalizedText m_value;
    QString m_fieldName;
    EditingMode m_mode = EditingMode::SideBySide;
    int m_lines = 4;
    bool m_loading = false;
    bool m_readOnly = false;
};

} // namespace nap::ui
