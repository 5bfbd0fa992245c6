#include "FileDialog.h"

#include <QFileDialog>

namespace tenure {

FileDialog& FileDialog::instance()
{
    static FileDialog dialog;
    return dialog;
}

void FileDialog::setNextFileNames(const QStringList& names)
{
    m_next = names;
    m_hasNext = true;
}

bool FileDialog::takeNext(QStringList* names)
{
    if (!m_hasNext)
        return false;
    *names = m_next;
    names->removeAll(QString());
    m_next.clear();
    m_hasNext = false;
    return true;
}

QString FileDialog::openFileName(QWidget* parent, const QString& caption, const QString& dir,
                                 const QString& filter)
{
    QStringList next;
    if (takeNext(&next))
        return next.value(0);
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QStringList FileDialog::openFileNames(QWidget* parent, const QString& caption, const QString& dir,
                                      const QString& filter)
{
    QStringList next;
    if (takeNext(&next))
        return next;
    return QFileDialog::getOpenFileNames(parent, caption, dir, filter);
}

QString FileDialog::saveFileName(QWidget* parent, const QString& caption, const QString& dir,
                                 const QString& filter)
{
    QStringList next;
    if (takeNext(&next))
        return next.value(0);
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

QString FileDialog::existingDirectory(QWidget* parent, const QString& caption, const QString& dir)
{
    QStringList next;
    if (takeNext(&next))
        return next.value(0);
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

} // namespace tenure
