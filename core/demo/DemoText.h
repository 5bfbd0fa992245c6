#pragma once

#include "DemoRandom.h"

#include <string>

// Word lists and comment templates of the demo company.
namespace tenure::demo::text {

constexpr int IndustryCount = 10;
extern const char* const industries[IndustryCount];

// "Bluepeak Logistics": a prefix and a word that fits the industry.
std::string companyName(DemoRandom& random, int industry);
// Appended when a name is taken already.
const char* nameSuffix(int attempt);

// Customer-success managers, two per region (regions in the generator's order).
const char* csmName(int region, int which);
// The first name, for comments such as "Priya has been great".
std::string firstName(const char* fullName);

// A believable free-text comment for a survey answer; the tone follows the score (NPS promoter,
// passive or detractor; CSAT and CES good or poor).
std::string surveyComment(DemoRandom& random, const char* survey, int score, const std::string& csmFirstName);

} // namespace tenure::demo::text
