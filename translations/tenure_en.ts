<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>tenure::BandsDialog</name>
    <message>
        <source>Benchmark bands and targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the bands to the defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a band pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a band pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target has a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target segment attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment attribute (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target segment value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment value (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;KPI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: a band needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (%2): the lower bound must be below the upper bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (%2): &quot;%3&quot; is not a colour such as #2e7d32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: keep at least one band, or use Reset to defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import band pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band packs (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export band pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band packs (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::CohortModel</name>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort %1, month %2 (%3): %4 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::CohortsPage</name>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer retention (share of accounts still active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue retention (MRR against the first month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cohorts: cohorts need revenue (MRR) data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: month of first MRR. Columns: months since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::CommentsModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::DataPage</name>
    <message>
        <source>Data kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the selected data kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What the workspace holds&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Imports&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::ExplainDialog</name>
    <message>
        <source>all accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denominator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial period: the data end before the period does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message>
        <source>, margin of error ±%1 (95 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — small sample (fewer than 30 answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Behind the number&lt;/b&gt; (%n row(s))</source>
        <translation>
            <numerusform>&lt;b&gt;Behind the number&lt;/b&gt; (%n row)</numerusform>
            <numerusform>&lt;b&gt;Behind the number&lt;/b&gt; (%n rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts and rows behind the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::FilterBar</name>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period grain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::GridModel</name>
    <message>
        <source>partial period (data ends before the period does)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::HealthModel</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling it down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::HealthPage</name>
    <message>
        <source>At-risk accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No health scores: they need revenue (MRR) data, and are better with surveys, tickets, signups and renewals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Health in %1&lt;/b&gt;: global score %2 (MRR-weighted). Accounts: %3 red, %4 amber, %5 green. Below: the &lt;b&gt;%6 at-risk accounts&lt;/b&gt; (red band), highest MRR first, with the components that pull each score down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::ImportDialog</name>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import, in import order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Files&lt;/b&gt; (imported in this order: accounts first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data kind of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maps to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that would be rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns&lt;/b&gt;: correct the mapping where the guess is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Rows that would be rejected&lt;/b&gt; (among the first rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot import this file:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · encoding %2 · delimiter %3 · %n data row(s)</source>
        <translation>
            <numerusform>%1 · encoding %2 · delimiter %3 · %n data row</numerusform>
            <numerusform>%1 · encoding %2 · delimiter %3 · %n data rows</numerusform>
        </translation>
    </message>
    <message>
        <source>no kind fits: choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Required columns not mapped:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target of column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(custom attribute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows imported, %3 rejected (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the file being imported was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::ImportHistoryModel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::KindRowsModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::KindSummaryModel</name>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::KpiTile</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs prev.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small sample (n=%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n=%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::MainWindow</name>
    <message>
        <source>Dashboard pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open workspace...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tenure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - Tenure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write screenshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenure workspaces (*.tenure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; open it with File &gt; Open workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenure workspaces (*.tenure);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is running; drop the files again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every row imported from %1? The file itself is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tenure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tenure %1&lt;/h3&gt;&lt;p&gt;Customer-success KPIs on your desktop: churn, retention, MRR movements, NPS, CSAT, support and adoption, against benchmark bands and targets.&lt;/p&gt;&lt;p&gt;Your data stays in one file on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Benchmark bands and targets...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::MovementsModel</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR at end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::MovementsPage</name>
    <message>
        <source>MRR movements chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MRR data in the chosen range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::NpsDistributionModel</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::OverviewModel</name>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs a year before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::OverviewPage</name>
    <message>
        <source>&lt;h3&gt;No data yet&lt;/h3&gt;&lt;p&gt;Drop CSV exports from your CRM, billing, support or survey tools on this window, or use &lt;b&gt;File &amp;gt; Import...&lt;/b&gt;.&lt;br&gt;Start with accounts and revenue (MRR) or subscriptions.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2 · changes against the previous period and a year before · double-click a tile to explain it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI tiles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::SegmentModel</name>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts with this attribute value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::SegmentsPage</name>
    <message>
        <source>KPIs by segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data: import accounts with a segment attribute (plan, region, ...) and their revenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every KPI in &lt;b&gt;%1&lt;/b&gt; by &lt;b&gt;%2&lt;/b&gt;. Click a column header to sort; double-click a value to explain it. Colours: the KPI&apos;s benchmark band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a logo file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency (ISO code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency (ISO code):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross margin in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gross margin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO code such as USD or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::SurveysPage</name>
    <message>
        <source>NPS answers over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in comments or account names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No NPS answers in the chosen range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS answers: promoters (9-10), passives (7-8), detractors (0-6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::TrendModel</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (%1 segments)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::TrendPage</name>
    <message>
        <source>&amp;KPI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for this KPI in the chosen range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no values in the chosen range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Lines: the %1 largest segments (by the KPI&apos;s denominator or answers in the last period, else by MRR) and the other %n together.</source>
        <translation>
            <numerusform>Lines: the %1 largest segments (by the KPI&apos;s denominator or answers in the last period, else by MRR) and the other %n together.</numerusform>
            <numerusform>Lines: the %1 largest segments (by the KPI&apos;s denominator or answers in the last period, else by MRR) and the other %n together.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::report::ExportReportDialog</name>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quarter (2026-Q1), a month (2026-03) or a year (2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segments by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of a portfolio report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At-risk accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the options, then preview or save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the report: %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the preview...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
