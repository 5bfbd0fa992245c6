#include "DemoText.h"

#include <cctype>
#include <cstring>
#include <iterator>

namespace tenure::demo::text {

namespace {

template <typename T, size_t N> const T& pickOne(DemoRandom& random, const T (&list)[N])
{
    return list[size_t(random.uniformInt(0, int(N) - 1))];
}

const char* const prefixes[] = {
    "Bluepeak",  "Silverline", "Brightwater", "Redwood",   "Ironbridge", "Clearwater", "Stonegate",
    "Evergreen", "Summit",     "Harbor",      "Lakeshore", "Maple",      "Granite",    "Cobalt",
    "Crescent",  "Falcon",     "Aurora",      "Beacon",    "Cedar",      "Coral",      "Delta",
    "Ember",     "Fjord",      "Golden",      "Highland",  "Juniper",    "Keystone",   "Lumen",
    "Meridian",  "Nimbus",     "Oakridge",    "Orion",     "Pioneer",    "Quartz",     "Riverbend",
    "Sable",     "Sequoia",    "Solstice",    "Sterling",  "Tidewater",  "Trident",    "Vantage",
    "Vertex",    "Willow",     "Zephyr",      "Atlas",     "Birch",      "Canyon",     "Driftwood",
    "Eastgate",  "Foxglove",   "Greenfield",  "Horizon",   "Indigo",     "Kestrel",    "Larkspur",
    "Mosaic",    "Northstar",  "Polaris",     "Westbrook",
};

const char* const industryWords[IndustryCount][5] = {
    {"Software", "Labs", "Systems", "Cloud", "Digital"},
    {"Health", "Clinics", "Medical", "Care", "Diagnostics"},
    {"Capital", "Finance", "Payments", "Insurance", "Wealth"},
    {"Retail", "Outfitters", "Market", "Goods", "Stores"},
    {"Manufacturing", "Industries", "Fabrication", "Components", "Works"},
    {"Logistics", "Freight", "Shipping", "Transport", "Supply"},
    {"Learning", "Academy", "Education", "Schools", "Tutoring"},
    {"Media", "Studios", "Publishing", "Broadcasting", "Creative"},
    {"Consulting", "Advisors", "Partners", "Legal", "Accounting"},
    {"Hotels", "Hospitality", "Travel", "Resorts", "Dining"},
};

const char* const suffixes[] = {"Group", "Holdings", "International", "& Co", "Global", "Partners"};

const char* const csms[4][2] = {
    {"Jordan Reyes", "Priya Shah"},   // NA
    {"Amelia Novak", "Lukas Berger"}, // EMEA
    {"Kenji Watanabe", "Mei Lin"},    // APAC
    {"Sofia Alvarez", "Mateo Rocha"}, // LATAM
};

const char* const features[] = {
    "reporting",
    "the dashboard",
    "the Salesforce integration",
    "the API",
    "user permissions",
    "the mobile app",
    "data exports",
    "alerting",
    "search",
    "the Slack integration",
    "the onboarding flow",
    "scheduling",
    "the audit log",
    "SSO",
    "bulk editing",
};

// {feature} and {csm} are replaced.
const char* const promoterComments[] = {
    "Love how easy {feature} makes our weekly reporting.",
    "{csm} has been fantastic, always quick to help.",
    "The {feature} alone saves our team hours every week.",
    "Best tool we adopted this year, the whole team uses it daily.",
    "Onboarding was smooth and support is excellent.",
    "Great value for money, we keep finding new uses for it.",
    "Rock solid. No outages we noticed, and {feature} keeps getting better.",
    "Recommended it to two partner companies already.",
    "Our managers finally trust the numbers. Thank you!",
    "Intuitive, fast, and {csm} really understands our business.",
    "Switched from spreadsheets and never looked back.",
    "The new {feature} is exactly what we asked for.",
};

const char* const passiveComments[] = {
    "Does the job, but {feature} could be faster.",
    "Good overall; we would like more flexibility in {feature}.",
    "Solid product, pricing is a bit high for what we use.",
    "Works fine, though the learning curve for new hires is steep.",
    "It's okay. Missing a few integrations we need.",
    "Useful, but {feature} feels dated compared to other tools.",
    "Support is responsive, the product itself is average.",
    "We only use a fraction of it. Would love more training.",
    "Fine for now, we will see how the renewal conversation goes.",
    "Reliable, but \"simple\" tasks still take too many clicks.",
};

const char* const detractorComments[] = {
    "{feature} keeps breaking and support takes days to answer.",
    "Too expensive for what we get, we are evaluating alternatives.",
    "We still haven't managed to roll it out to the team.",
    "Slow, buggy {feature}, and the last update broke our workflow.",
    "Had to open five tickets for the same problem.",
    "Billing errors again this month, very frustrating.",
    "Nobody on our team understands {feature}. Onboarding was rushed.",
    "Promised features never arrived. Disappointed.",
    "Our champion left and nobody reached out to us since.",
    "Data sync fails every week; we export to Excel instead.",
};

const char* const goodSupportComments[] = {
    "Quick and friendly answer, problem solved.",
    "{csm}'s team fixed it within the hour.",
    "Clear explanation, thanks!",
    "Solved on the first reply, great job.",
    "Very helpful agent, knew {feature} inside out.",
    "Fast fix, and they followed up to check.",
};

const char* const poorSupportComments[] = {
    "Took three replies to get a real answer.",
    "The agent did not understand the problem with {feature}.",
    "Still not fixed, had to find a workaround myself.",
    "Slow response, and I had to repeat myself.",
    "Closed the ticket without solving anything.",
};

const char* const easyEffortComments[] = {
    "Easy, found the answer in the help center.",
    "Took two minutes.",
    "Simple process, no hassle.",
    "The in-app guide for {feature} made it easy.",
};

const char* const hardEffortComments[] = {
    "Had to contact support twice and fill in the same form again.",
    "Way too many steps to change {feature} settings.",
    "Hard to find where to do this.",
    "Needed a call with {csm} to get it done.",
};

void replaceAll(std::string& text, const char* placeholder, const std::string& value)
{
    const size_t length = std::strlen(placeholder);
    for (size_t at = text.find(placeholder); at != std::string::npos;
         at = text.find(placeholder, at + value.size()))
        text.replace(at, length, value);
}

std::string fill(DemoRandom& random, const char* pattern, const std::string& csmFirstName, bool capitalise)
{
    std::string text(pattern);
    std::string feature(pickOne(random, features));
    if (capitalise && text.rfind("{feature}", 0) == 0 && !feature.empty())
        feature[0] = char(std::toupper(static_cast<unsigned char>(feature[0])));
    replaceAll(text, "{feature}", feature);
    replaceAll(text, "{csm}", csmFirstName);
    return text;
}

} // namespace

const char* const industries[IndustryCount] = {
    "Software",  "Healthcare", "Financial Services",    "Retail",     "Manufacturing", "Logistics",
    "Education", "Media",      "Professional Services", "Hospitality"};

std::string companyName(DemoRandom& random, int industry)
{
    std::string name(pickOne(random, prefixes));
    name += ' ';
    name += industryWords[industry][random.uniformInt(0, 4)];
    return name;
}

const char* nameSuffix(int attempt)
{
    return suffixes[size_t(attempt) % std::size(suffixes)];
}

const char* csmName(int region, int which)
{
    return csms[region][which];
}

std::string firstName(const char* fullName)
{
    const char* space = std::strchr(fullName, ' ');
    return space ? std::string(fullName, size_t(space - fullName)) : std::string(fullName);
}

std::string surveyComment(DemoRandom& random, const char* survey, int score, const std::string& csmFirstName)
{
    if (std::strcmp(survey, "nps") == 0) {
        if (score >= 9)
            return fill(random, pickOne(random, promoterComments), csmFirstName, true);
        if (score >= 7)
            return fill(random, pickOne(random, passiveComments), csmFirstName, true);
        return fill(random, pickOne(random, detractorComments), csmFirstName, true);
    }
    if (std::strcmp(survey, "csat") == 0) {
        if (score >= 4)
            return fill(random, pickOne(random, goodSupportComments), csmFirstName, true);
        return fill(random, pickOne(random, poorSupportComments), csmFirstName, true);
    }
    if (score >= 5)
        return fill(random, pickOne(random, easyEffortComments), csmFirstName, true);
    return fill(random, pickOne(random, hardEffortComments), csmFirstName, true);
}

} // namespace tenure::demo::text
