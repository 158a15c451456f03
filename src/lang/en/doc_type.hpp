// English words the document-type prescan (resolve/doc_type.cpp) reads. Add a word to its list.
#pragma once

#include <array>
#include <string_view>

namespace kairos::lang::en::doc_type {

// A short text that speaks to or for someone is a message or a request, even when it is written
// as a sentence: "Let's meet Friday.", "Can you call me on Monday?". News names third parties.
inline constexpr std::array<std::string_view, 12> personal_words{
    "i", "me", "my", "we", "us", "our", "you", "your", "let", "let's", "pls", "please"};

} // namespace kairos::lang::en::doc_type
