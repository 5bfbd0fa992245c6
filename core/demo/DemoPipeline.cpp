#include "DemoPipeline.h"

#include <thread>

namespace tenure::demo {

namespace {

constexpr size_t ChunkRows = 16384;
constexpr size_t MaxQueuedChunks = 4; // bounds memory: the producer waits when the writer lags

class ChunkQueue
{
public:
    // False when the consumer gave up; the chunk is dropped then.
    bool push(RowChunk&& chunk)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_chunks.size() < MaxQueuedChunks || m_cancelled; });
        if (m_cancelled)
            return false;
        m_chunks.push_back(std::move(chunk));
        m_changed.notify_all();
        return true;
    }

    // False when the producer is done and everything was taken.
    bool pop(RowChunk* chunk)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_chunks.empty() || m_done; });
        if (m_chunks.empty())
            return false;
        *chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_changed.notify_all();
        return true;
    }

    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
        m_changed.notify_all();
    }

    void cancel()
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_chunks.clear();
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<RowChunk> m_chunks;
    bool m_done = false;
    bool m_cancelled = false;
};

// Collects rows into chunks for the queue.
class QueueSink : public DemoSink
{
public:
    explicit QueueSink(ChunkQueue& queue) : m_queue(queue) {}

    void account(const AccountRow& row) override { add(m_chunk.accounts, row); }
    void revenue(const RevenueRow& row) override { add(m_chunk.revenue, row); }
    void subscription(const SubscriptionRow& row) override { add(m_chunk.subscriptions, row); }
    void order(const OrderRow& row) override { add(m_chunk.orders, row); }
    void survey(const SurveyRow& row) override { add(m_chunk.surveys, row); }
    void ticket(const TicketRow& row) override { add(m_chunk.tickets, row); }
    void signup(const SignupRow& row) override { add(m_chunk.signups, row); }
    void funnel(const FunnelRow& row) override { add(m_chunk.funnel, row); }
    void cost(const CostRow& row) override { add(m_chunk.costs, row); }
    void renewal(const RenewalRow& row) override { add(m_chunk.renewals, row); }
    bool ok() const override { return m_ok; }

    void flush()
    {
        if (m_chunk.rows > 0 && m_ok)
            m_ok = m_queue.push(std::move(m_chunk));
        m_chunk = RowChunk();
    }

private:
    template <typename Row> void add(std::vector<Row>& rows, const Row& row)
    {
        rows.push_back(row);
        if (++m_chunk.rows >= ChunkRows)
            flush();
    }

    ChunkQueue& m_queue;
    RowChunk m_chunk;
    bool m_ok = true;
};

} // namespace

void RowChunk::replay(DemoSink& sink) const
{
    for (const auto& row : accounts)
        sink.account(row);
    for (const auto& row : revenue)
        sink.revenue(row);
    for (const auto& row : subscriptions)
        sink.subscription(row);
    for (const auto& row : orders)
        sink.order(row);
    for (const auto& row : surveys)
        sink.survey(row);
    for (const auto& row : tickets)
        sink.ticket(row);
    for (const auto& row : signups)
        sink.signup(row);
    for (const auto& row : funnel)
        sink.funnel(row);
    for (const auto& row : costs)
        sink.cost(row);
    for (const auto& row : renewals)
        sink.renewal(row);
}

void runPipelined(const std::function<void(DemoSink&)>& produce, DemoSink& sink)
{
    ChunkQueue queue;
    std::thread producer([&] {
        QueueSink queued(queue);
        produce(queued);
        queued.flush();
        queue.finish();
    });
    RowChunk chunk;
    while (queue.pop(&chunk)) {
        chunk.replay(sink);
        if (!sink.ok()) {
            queue.cancel();
            break;
        }
    }
    producer.join();
}

} // namespace tenure::demo
