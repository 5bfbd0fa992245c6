#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace tenure {

// Every file dialog of the window goes through here, so tests can answer them without a dialog:
// setNextFileName() makes the next call return that name (an empty string = cancelled).
class FileDialog
{
public:
    static FileDialog& instance();

    QString openFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter);
    QStringList openFileNames(QWidget* parent, const QString& caption, const QString& dir,
                              const QString& filter);
    QString saveFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter);
    QString existingDirectory(QWidget* parent, const QString& caption, const QString& dir);

    void setNextFileName(const QString& name) { setNextFileNames({name}); }
    void setNextFileNames(const QStringList& names);

private:
    bool takeNext(QStringList* names);

    QStringList m_next;
    bool m_hasNext = false;
};

} // namespace tenure
