#include "ConnectDialog.h"

#include "store/ServerAddress.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tenure {

ConnectDialog::ConnectDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to team workspace"));
    setObjectName(QStringLiteral("connectDialog"));
    auto* layout = new QVBoxLayout(this);

    auto* explanation = new QLabel(
        tr("A team workspace lives in a PostgreSQL database shared by your team. The user name and "
           "password come from ~/.pgpass, PGPASSWORD or the libpq service file "
           "(postgresql:///?service=tenure). A password you type when asked is kept only until "
           "Tenure quits."),
        this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto* form = new QFormLayout;
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("connectUrl"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/dbname"));
    m_url->setAccessibleName(tr("Team workspace URL"));
    m_url->setMinimumWidth(m_url->fontMetrics().averageCharWidth() * 48);
    form->addRow(tr("&URL:"), m_url);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("connectProblem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isAcceptable())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_url, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    validate();
}

QString ConnectDialog::url() const
{
    return m_url->text().trimmed();
}

void ConnectDialog::setUrl(const QString& url)
{
    m_url->setText(url);
}

bool ConnectDialog::isAcceptable() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void ConnectDialog::validate()
{
    const QString text = url();
    QString problem;
    bool ok = false;
    if (text.isEmpty()) {
        // Nothing typed yet: no complaint, only OK disabled.
    } else if (!server::isServerUrl(text)) {
        problem = tr("A team workspace URL starts with postgresql://");
    } else {
        server::Address address;
        QString error;
        ok = server::parse(text, &address, &error);
        if (!ok)
            problem = error;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

} // namespace tenure
