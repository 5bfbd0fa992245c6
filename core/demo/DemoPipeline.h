#pragma once

#include "DemoRows.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <vector>

namespace tenure::demo {

// A batch of generated rows of every kind, in generation order within each kind.
struct RowChunk
{
    std::vector<AccountRow> accounts;
    std::vector<RevenueRow> revenue;
    std::vector<SubscriptionRow> subscriptions;
    std::vector<OrderRow> orders;
    std::vector<SurveyRow> surveys;
    std::vector<TicketRow> tickets;
    std::vector<SignupRow> signups;
    std::vector<FunnelRow> funnel;
    std::vector<CostRow> costs;
    std::vector<RenewalRow> renewals;
    size_t rows = 0;

    // Hands the rows to sink, kind by kind; stops early when the sink fails.
    void replay(DemoSink& sink) const;
};

// Runs produce (the generator, writing into the DemoSink it is given) on a worker thread while the
// calling thread replays the rows into sink: generation and SQLite or file writing overlap. Each
// kind keeps its order, so the output is the same as from a single thread. If sink fails, the
// producer is told to stop (its sink's ok() turns false).
void runPipelined(const std::function<void(DemoSink&)>& produce, DemoSink& sink);

} // namespace tenure::demo
