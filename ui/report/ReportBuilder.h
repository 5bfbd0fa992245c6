#pragma once

#include "Period.h"
#include "ReportDocument.h"
#include "kpi/KpiEngine.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace tenure {
class Workspace;
class KpiEngine;
class Bands;
} // namespace tenure

namespace tenure::report {

// Sections of a portfolio report; an account report always has all of its own sections.
enum Section : unsigned {
    SummarySection = 1u << 0,
    TrendsSection = 1u << 1,
    MovementsSection = 1u << 2,
    CohortsSection = 1u << 3,
    SegmentsSection = 1u << 4,
    AtRiskSection = 1u << 5,
    CommentsSection = 1u << 6,
    AppendixSection = 1u << 7,
    AllSections = 0xffu,
};

struct ReportOptions
{
    QString period;                           // "2026-Q1", "2026-03", "2026"; empty = the default period
    QString account;                          // an account_key: an account report; empty: the portfolio
    QString segment = QStringLiteral("plan"); // attribute of the segment breakdown
    PageSize pageSize = PageSize::A4;
    unsigned sections = AllSections;
    QDate generatedOn; // printed on the cover only; invalid = today
    // The as-of month of the numbers (--as-of); nullopt: the workspace's setting or its data.
    std::optional<MonthIndex> asOf;
    // The formula profile (--profile); nullopt: the workspace setting "kpi_profile".
    std::optional<KpiProfile> profile;
};

// Called between steps; return false to cancel.
using ProgressCallback = std::function<bool(int done, int total, const QString& step)>;

// Builds report documents from one workspace. Opens its own connection on the path, so it can run
// on a worker thread (one builder per thread). Everything printed except the cover's date is a
// function of the workspace and the options.
class ReportBuilder
{
public:
    // Returns nullptr with a one-line reason when the workspace cannot be opened.
    static std::unique_ptr<ReportBuilder> open(const QString& workspacePath, QString* error);
    ~ReportBuilder();

    // The default period: the last complete quarter of MRR data (a quarter whose last month has MRR
    // data); without one, the latest quarter of any data, marked partial.
    std::optional<Period> defaultPeriod();
    // Checks options; returns an empty string when they are fine, else a one-line reason.
    QString validate(const ReportOptions& options);
    // Account keys in the workspace, sorted.
    QStringList accountKeys();

    // Builds the document, or returns nullptr with the reason (bad options, cancelled).
    std::unique_ptr<Document> build(const ReportOptions& options, QString* error,
                                    const ProgressCallback& progress = {});

    Workspace& workspace() { return *m_workspace; }

private:
    ReportBuilder();
    std::unique_ptr<Document> buildAccount(const ReportOptions& options, const Period& period, QString* error,
                                           const ProgressCallback& progress);
    struct Private;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<KpiEngine> m_engine;
    std::unique_ptr<Bands> m_bands;
    std::unique_ptr<Private> d;
};

// Renders document into path through a temporary file renamed at the end, so a failure never leaves a
// partial or empty PDF behind. Returns the page count, 0 on failure (error set).
int writePdf(const Document& document, const QString& path, QString* error);

// A file name for an account's report: the key with unsafe characters replaced.
QString accountFileName(const QString& accountKey);

} // namespace tenure::report
