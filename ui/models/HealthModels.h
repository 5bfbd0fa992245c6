#pragma once

#include "GridModel.h"
#include "kpi/KpiEngine.h"

namespace tenure {

// Band colours shared by the health page, the editor and the account page.
QString bandColour(const QString& band);

// The backtest per month and band: accounts, those that churned within 3 months, their share.
class BacktestModel : public GridModel
{
    Q_OBJECT
public:
    enum Column { Month, Band, Accounts, Churned, ChurnShare };
    explicit BacktestModel(QObject* parent = nullptr);
    void load(const QList<BacktestRow>& rows);
};

// How well the score predicts churn, in all and per segment: churn shares of red and green, the
// lift (red / green) and the AUC.
class BacktestGroupModel : public GridModel
{
    Q_OBJECT
public:
    enum Column { Segment, Observations, Churned, RedShare, GreenShare, Lift, Auc };
    explicit BacktestGroupModel(QObject* parent = nullptr);
    void load(const QList<BacktestGroup>& groups);
};

// One account month by month: MRR, its movement, the score, the band and each component.
class AccountMonthsModel : public GridModel
{
    Q_OBJECT
public:
    enum Column { Month, Mrr, Movement, Change, Score, Band, FirstComponent };
    explicit AccountMonthsModel(QObject* parent = nullptr);
    void load(const AccountStory& story, const QString& currency);
};

// A plain table of text cells (the account's tickets, survey answers, renewals, orders, attributes).
class TextTableModel : public GridModel
{
    Q_OBJECT
public:
    explicit TextTableModel(QObject* parent = nullptr);
    // numeric: the columns shown right-aligned and sorted as numbers.
    void load(const QStringList& headers, const QList<QStringList>& rows, const QList<int>& numeric = {});
};

} // namespace tenure
