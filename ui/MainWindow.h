#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QTableWidget;

namespace tenure {

class Workspace;

// The main window: menus, the dashboard pages and a status bar with the workspace path.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    bool openWorkspace(const QString& path, QString* error);
    Workspace* workspace() const { return m_workspace.get(); }
    // Selects a page by name (overview, data, ...); false when there is no such page.
    bool showView(const QString& name);
    // Renders the window as it is now into a PNG file.
    bool saveScreenshot(const QString& file, QString* error);
    // Off for screenshots, so a fixed size is not written into the user's settings.
    void setKeepGeometry(bool keep) { m_keepGeometry = keep; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void refresh();

    std::unique_ptr<Workspace> m_workspace;
    QTableWidget* m_kinds = nullptr;
    QLabel* m_pathLabel = nullptr;
    bool m_keepGeometry = true;
};

} // namespace tenure
