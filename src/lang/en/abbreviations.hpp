// English abbreviations the tokenizer knows: a period after one does not end a sentence.
#pragma once

#include <array>
#include <string_view>

namespace kairos::lang::en {

// Words after which a period does not end a sentence ("Sept. 17", "Mr. Smith", "Corp. said").
inline constexpr std::array<std::string_view, 40> abbreviations{
    "mr",  "mrs", "ms",     "dr",    "prof", "sen",  "rep",  "gov", "gen",  "lt",
    "col", "st",  "jan",    "feb",   "mar",  "apr",  "aug",  "sep", "sept", "oct",
    "nov", "dec", "inc",    "corp",  "co",   "ltd",  "jr",   "sr",  "no",   "vs",
    "mt",  "ft",  "messrs", "calif", "mass", "conn", "wash", "fla", "pa",   "rev"};

} // namespace kairos::lang::en
