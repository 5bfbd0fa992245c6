<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>tenure::AccountMonthsModel</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
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
</context>
<context>
    <name>tenure::AccountPage</name>
    <message>
        <source>A&amp;ccount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health score over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an account in any list (at-risk accounts, explanations, data) to open it here, or type its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account &lt;b&gt;%1&lt;/b&gt; in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health &lt;b style=&quot;color:%1&quot;&gt;%2 (%3)&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, pulled down by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR now %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is made of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveys (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR (%1) and its movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health score (red below %1, amber below %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::BacktestGroupModel</name>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account-months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored active account-months with 3 later months of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of them, churned within the next 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of red account-months that churned within 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of green account-months that churned within 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red churn share / green churn share: how much riskier red is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chance that a churner scored below a non-churner (ties count half): 0.5 is a coin toss, 1 a perfect ordering</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::BacktestModel</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned within 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::Bands</name>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>satisfactory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net expansion (good)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>losing revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>great</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good (ACSI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-commerce benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amazing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above benchmark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>tenure::ConnectDialog</name>
    <message>
        <source>Connect to team workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team workspace lives in a PostgreSQL database shared by your team. The user name and password come from ~/.pgpass, PGPASSWORD or the libpq service file (postgresql:///?service=tenure). A password you type when asked is kept only until Tenure quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team workspace URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team workspace URL starts with postgresql://</source>
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
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; (%n row(s))</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%n row)</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%n rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::ExplainDialog</name>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Behind the number&lt;/b&gt; (%n row(s))</source>
        <translation>
            <numerusform>&lt;b&gt;Behind the number&lt;/b&gt; (%n row)</numerusform>
            <numerusform>&lt;b&gt;Behind the number&lt;/b&gt; (%n rows)</numerusform>
        </translation>
    </message>
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
    <message>
        <source>Computed under the %1 formula profile: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Under every formula profile&lt;/b&gt; (Settings chooses the one in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value under every formula profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every formula profile gives the same value for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Exchange rates&lt;/b&gt; (MRR at the month&apos;s last rate; orders, costs and renewals at their day&apos;s):</source>
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
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message>
        <source>partial period (data ends before the period does)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::HealthConfig</name>
    <message>
        <source>MRR trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::HealthConfigDialog</name>
    <message>
        <source>Health score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components and weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom attribute to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber below (green from):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift and AUC by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all accounts only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the score predict churn? By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift and AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each month&apos;s score against churn (MRR 0) within the next 3 months. Lift: red churn share / green churn share. AUC: the chance that a churner scored below a non-churner (0.5 = a coin toss, 1 = perfect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtest by month and band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Component&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Weight&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the component off: it keeps its weight but counts for nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low end of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High end of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no numeric custom attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use this configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No health scores: they need revenue (MRR) data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lose their score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;In %1 no account changes band&lt;/b&gt; against the saved configuration (%2 active accounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;In %1, %2 of %3 active accounts change band&lt;/b&gt; against the saved configuration: %4.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, ARR %2</source>
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
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit weights...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health score distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtest: churn share by band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Health in %1&lt;/b&gt;: global score %2 (MRR-weighted). Accounts shown: %3 red, %4 amber, %5 green. Below: the &lt;b&gt;%6 at-risk accounts&lt;/b&gt; (red band), highest MRR first, with the components that pull each score down; double-click one to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score distribution (accounts per 10 points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtest: share that churned within 3 months, by band (all accounts)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::ImportDialog</name>
    <message numerus="yes">
        <source>%1 · encoding %2 · delimiter %3 · %n data row(s)</source>
        <translation>
            <numerusform>%1 · encoding %2 · delimiter %3 · %n data row</numerusform>
            <numerusform>%1 · encoding %2 · delimiter %3 · %n data rows</numerusform>
        </translation>
    </message>
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
        <source>Import warnings</source>
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
    <message>
        <source>Worksheet of the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money columns are in &amp;cents (4900 means 49.00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money columns are in cents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the file is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · XLSX sheet %2 · %n data row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the KPIs of the new data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 (%2 MB)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · encoding %2 · delimiter %3 · about %n data row(s)</source>
        <translation>
            <numerusform>%1 · encoding %2 · delimiter %3 · about %n data row</numerusform>
            <numerusform>%1 · encoding %2 · delimiter %3 · about %n data rows</numerusform>
        </translation>
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
    <name>tenure::KindText</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per customer account, from your CRM: its id, name, plan, region and any other column you want to filter by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per account and month with its monthly recurring revenue, from billing or finance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per subscription with its start, end, amount and billing interval, as billing systems export them; Tenure turns them into monthly revenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per purchase outside the subscription, such as add-ons or services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per survey answer (NPS, CSAT or CES) with its score and comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per support ticket, from your help desk: when it was opened and solved and how many replies it took.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per new user or trial, from product analytics, with the date it first reached value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors and conversions per day, week or month, from web analytics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What customer success spends (salaries, tools, programmes), by date and category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per contract up for renewal: its due date, whether it renewed, and its ARR before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed by every other kind; gives the segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR, ARR, churn and retention, MRR movements, cohorts, health.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat purchase rate, average order value and purchase frequency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS, CSAT and CES, the Surveys page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact resolution and self-service rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product adoption rate and time to value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer retention cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal rate and net renewal rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue (MRR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer-success costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rates by date: date, currency and rate, or the ECB reference-rates file as published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in other currencies, converted into the workspace&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::KpiCatalogue</name>
    <message>
        <source>Monthly recurring revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual recurring revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer churn rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer retention rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraction MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivation MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net MRR churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross MRR churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net revenue retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross revenue retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average revenue per account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upsell and cross-sell rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net renewal rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer retention cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net promoter score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer effort score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-service rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product adoption rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SaaS quick ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer health score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of account MRR in the period&apos;s last month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 x MRR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts with MRR &gt; 0 in the period&apos;s last month (|E|).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts active at the end of the period that were not active at its start (|N| = |E \ S|), new and reactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts active at the start of the period (MRR &gt; 0 in the month before it) and not at its end (|S \ E|).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|S \ E| / |S|: accounts lost during the period over accounts active at its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts lost (S \ E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts active at start (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(|E| - |N|) / |S|: accounts active at the end that were active at the start, over accounts active at the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts retained (|E| - |N|)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR of accounts going 0 -&gt; x that never paid before, summed over the period&apos;s months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increase of accounts going x -&gt; y &gt; x (x &gt; 0), summed over the period&apos;s months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrease of accounts going x -&gt; y with 0 &lt; y &lt; x, summed over the period&apos;s months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR of accounts going x -&gt; 0, summed over the period&apos;s months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR of accounts going 0 -&gt; x that paid before, summed over the period&apos;s months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(churn + contraction - reactivation - expansion) / MRR at the start of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>churn + contraction - reactivation - expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(churn + contraction) / MRR at the start of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>churn + contraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR at the end of the period of the accounts active at its start (S) / their MRR at the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end MRR of S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start MRR of S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum over S of min(end, start MRR) / sum over S of start MRR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum over S of min(end, start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR / active customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARPA x gross margin / m, m = mean monthly customer churn (fraction) of the up to 12 months ending with the period&apos;s last month that have a churn value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARPA x gross margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean monthly churn (fraction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion MRR + orders of type add-on, upsell or cross-sell in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts in S with an expansion in the period / |S|.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts in S with expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals due in the period that were renewed / renewals due in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewals due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of ARR after of the renewals due in the period (0 when not renewed) / sum of their ARR before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts with 2 or more orders up to the end of the period / accounts with 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts with 2+ orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts with 1+ orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order revenue in the period / orders in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders in the period / accounts ordering in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordering accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversions / visitors in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer-success costs in the period / retained accounts (|E| - |N|).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retained accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of NPS answers in the period scoring 9-10 minus % scoring 0-6 (-100 to 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promoters - detractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT answers in the period scoring 4-5 on 1-5 / CSAT answers in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>satisfied answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean of the CES answers in the period (1-7, higher = easier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum of scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CES answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets resolved in the period with contacts = 1 / tickets resolved in the period with contacts &gt;= 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved on first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved by an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues resolved in the period with contacts = 0 / all issues resolved in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved by self-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issues resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signups in the period that have activated / signups in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activated signups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days from signed_up_at to activated_at of the signups in the period that activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new + reactivation + expansion MRR) / (churn + contraction MRR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new + reactivation + expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per account, a weighted mean (0-100) of MRR trend, latest NPS, CSAT, ticket load, product activation and renewal status; components without data drop out and the weights renormalise. The global score is the MRR-weighted mean over active accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum of score x MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum of MRR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::KpiProfile</name>
    <message>
        <source>LTV = ARPA / mean churn of the six months before the current one, without gross margin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivation does not offset churn in net MRR churn and NRR; LTV = ARPA / the last month&apos;s churn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LTV = ARPA / (1 - the last month&apos;s revenue retention).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenure&apos;s own definitions (SPEC.md section 4): LTV = ARPA x gross margin / mean churn of up to 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(churn + contraction - expansion) / MRR at start: reactivation does not offset churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(churn + contraction - reactivation - expansion) / MRR at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 % - net MRR churn without reactivation; over a quarter it also counts accounts that joined during it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End MRR of the accounts active at the start / their start MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARPA / mean churn of the 6 months before the last one, no gross margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARPA / churn of the last month, no gross margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARPA / (1 - revenue retention of the last month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARPA x gross margin / mean churn of the 12 months up to the last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>churn + contraction - expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start MRR - churn - contraction + expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>churn of the last month (fraction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 - revenue retention of the last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean churn (fraction) of the 6 months before the last</source>
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
        <source>Workspace file</source>
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
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting started...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when Tenure starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy cannot replace the workspace itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy.tenure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Health score...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;team workspace...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another import changed this workspace&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the pages with the workspace&apos;s new data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1 may only read this team workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team workspace password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1
(kept only until Tenure quits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team workspace cannot be saved as a copy; its server keeps the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the new data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading in the background failed (%1); loading here.</source>
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
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
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
        <source>KPI tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · data as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2%3 · changes against the previous period and a year before · double-click a tile to explain it</source>
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
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the data (YYYY-MM-DD or YYYY-MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active subscriptions count through this month, and no MRR is shown after it. Leave it empty to use the day of the latest billing import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As-of date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The as-of date must be a date (2026-03-31) or a month (2026-03), or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenure (SPEC.md, default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Formula profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace currency stays %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain the number of a tile or a table cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next or previous field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move within a table or the page list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a filter&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
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
    <message numerus="yes">
        <source>Lines: the %1 largest segments (by the KPI&apos;s denominator or answers in the last period, else by MRR) and the other %n together.</source>
        <translation>
            <numerusform>Lines: the %1 largest segments (by the KPI&apos;s denominator or answers in the last period, else by MRR) and the other %n together.</numerusform>
            <numerusform>Lines: the %1 largest segments (by the KPI&apos;s denominator or answers in the last period, else by MRR) and the other %n together.</numerusform>
        </translation>
    </message>
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
        <source>&quot;Other&quot; combines %1 segments: choose one of them under Value to explain it.</source>
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
    <message>
        <source>money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::WelcomeDialog</name>
    <message>
        <source>Welcome to Tenure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This dashboard shows a demo company&lt;/b&gt;, so every page has something to look at.&lt;/p&gt;&lt;p&gt;To see your own customers, create a workspace and import CSV exports of your tools: one file per kind of data below. Accounts are needed first; everything else is optional and adds its KPIs. Your exports can keep their own column names, the importer maps them; the templates show the columns Tenure reads.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data kinds and their templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save templates...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace for my data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explore the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) saved in %1.</source>
        <translation>
            <numerusform>%n template saved in %1.</numerusform>
            <numerusform>%n templates saved in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already there were kept.</source>
        <translation>
            <numerusform>%n file already there was kept.</numerusform>
            <numerusform>%n files already there were kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the kinds of data you want a template for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save templates in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::cli</name>
    <message>
        <source>%1: %2 (see tenure %1 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tenure %1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: bad --format %2 (csv, json or table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workspace is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cohorts: unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cohorts: bad --metric %1 (customers or mrr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cohorts: unknown segment attribute %1 (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import CSV files into a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list or remove import batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show what the importer sees in a file, without importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the canonical CSV header of a data kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute KPIs per period and segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer or revenue retention by cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer health scores and their backtest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a QBR report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate a demo company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: --last-month wants a month such as 2026-03, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: --workspace (or --csv) is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health: unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health: bad --period %1 (a period such as 2026-03, 2026-Q1 or 2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health: the workspace has no revenue or subscription data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health: no MRR data in %1 (data from %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imports: unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imports: --remove needs a batch number, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kpi: unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kpi: unknown KPI %1 (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kpi: --kpi needs at least one KPI id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kpi: bad --period %1 (month, quarter or year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kpi: bad --%1 %2 (a period such as 2026-03, 2026-Q1 or 2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kpi: --from %1 is after --to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kpi: unknown segment attribute %1 (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: --out is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: unknown page size &apos;%1&apos; (use a4 or letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: --workspace is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: --out %1 is a folder; give a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: with --account all, --out must be a folder (%1 is a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: the workspace has no accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: cannot create folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: account %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template: give exactly one KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template: unknown kind &apos;%1&apos; (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at most one workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size wants WxH, e.g. 1280x800</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see tenure --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tenure [WORKSPACE]                 open the dashboard
       tenure --screenshot FILE.png [--size WxH] [--view VIEW] [WORKSPACE]
       tenure COMMAND [OPTIONS]           run a job without a window

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one account&apos;s MRR, health, tickets, surveys, renewals and orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kpi: unknown --profile %1 (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: unknown --profile %1 (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or change the workspace currency (amounts converted at imported rates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency: give at most one CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team workspace %1 could not be opened: %2
The default workspace is open instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
A WORKSPACE (and --workspace W) is a .tenure file or a team workspace on PostgreSQL,
postgresql://user@host:5432/dbname (docs/team-workspace.md).
Run &apos;tenure COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::kpiformat</name>
    <message>
        <source>= %1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 pts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenure::report::ExportReportDialog</name>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
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
<context>
    <name>tenure::report::Report</name>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly business review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly business review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual business review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only ticket up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 most recent tickets up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only answer up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 most recent answers up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 held at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rose from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fell from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, on the %1 target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, above the %1 target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, below the %1 target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small sample: 1 answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small sample: %1 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No KPI has a value in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs %1</source>
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
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 answer (± %3)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 answers (± %3)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, small sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey scores: %1; margins of error at 95 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is partial: MRR data ends in %2, so MRR-based KPIs cover %3 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes of rates are in percentage points (pts); of amounts and counts, in per cent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 KPI has a value in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, new customers added %2 of MRR, expansion %3 and reactivation %4; contraction removed %5 and churn %6, a net change of %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The quick ratio was %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly MRR movements, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivation</source>
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
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR at end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the one account that started paying in %1, %2 % was still active six months later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and the cohort&apos;s MRR was %1 % of its first month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cohort has six months of history yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Each cell is the share of a cohort (accounts grouped by the month of their first MRR) still active k months later (M0 = first month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer retention by cohort (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue retention by cohort (% of first-month MRR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account has a value for %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One segment by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 segments by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1 has the most MRR: %2, %3 % of the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> No segment lost customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Customer churn was highest in %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At-risk accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health as of %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MRR-weighted health score is %1; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 active accounts are red, %3 amber and %4 green.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The red accounts hold %1 of MRR (%2 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> No account is red; the table lists the ten lowest scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The table lists the %1 red accounts with the most MRR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling the score down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What customers said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS in %1 was %2 from %3 answer. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS in %1 was %2 from %3 answers. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answer came with a comment; below are the most recent detractors (0-6) and promoters (9-10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers came with a comment; below are the most recent detractors (0-6) and promoters (9-10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S = accounts active at the start of the period (MRR &gt; 0 in the month before it); E = accounts active at its end; N = E \ S (new and reactivated). A ratio with a zero denominator has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: imported files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers in this report come from these imports; the SHA-256 content hash identifies each file, so the report can be reproduced from the same files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No import batches: the data was generated or written directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace has no data to report on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown period &apos;%1&apos; (use 2026-03, 2026-Q1 or 2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data in period %1 (data runs from %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown account &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown segment attribute &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %4 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR data ends in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account review · %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · Tenure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account review
%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paid %2 of MRR in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has paid no MRR since %2 (its last paying month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no MRR up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, up from %1 at the start of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, down from %1 at the start of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, unchanged over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the portfolio median is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Its health score is %1 (%2)%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, pulled down by </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It has no health score for %1 (not active).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It opened no support ticket in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It opened one support ticket in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It opened %1 support tickets in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Next renewal: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets opened in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly MRR, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portfolio median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reactivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MRR movement from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is not active in %1, so it has no health score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health as of %1: %2 (%3). A component without data drops out and the other weights are renormalised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tickets and surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tickets up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No survey answers up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No renewals recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the %1 accounts that started paying in %2, %3 % were still active six months later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start painting the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen for this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the latest billing export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in other currencies are converted into %1: MRR at the rate of the month&apos;s last day (the latest rate on or before it), orders, costs and renewals at the rate of their day. Month-end rates of this period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
