#pragma once

#include "DemoRows.h"

#include <QFile>

#include <array>
#include <memory>

namespace tenure::demo {

// Writes the rows as canonical CSV files, one per kind ("<kind>.csv", header = templateHeader(),
// plus the custom account column), streamed through a small buffer per file.
class DemoCsvSink : public DemoSink
{
public:
    DemoCsvSink();
    ~DemoCsvSink() override;

    bool open(const QString& dir, QString* error);
    // Flushes and closes every file; false with a reason when a write failed.
    bool close(QString* error);
    qint64 bytesWritten() const { return m_bytes; }

    void account(const AccountRow& row) override;
    void revenue(const RevenueRow& row) override;
    void subscription(const SubscriptionRow& row) override;
    void order(const OrderRow& row) override;
    void survey(const SurveyRow& row) override;
    void ticket(const TicketRow& row) override;
    void signup(const SignupRow& row) override;
    void funnel(const FunnelRow& row) override;
    void cost(const CostRow& row) override;
    void renewal(const RenewalRow& row) override;
    bool ok() const override { return m_ok; }

private:
    struct Output
    {
        std::unique_ptr<QFile> file;
        std::string buffer;
    };
    std::string& line(DataKind kind) { return m_outputs[size_t(kind)].buffer; }
    void endLine(DataKind kind);
    void flush(Output& output);

    std::array<Output, 11> m_outputs;
    qint64 m_bytes = 0;
    bool m_ok = true;
    QString m_error;
};

} // namespace tenure::demo
