// English words the document-type prescan (resolve/doc_type.cpp) reads. Add a word to its list.
#pragma once

#include <array>
#include <string_view>

namespace kairos::lang::en::doc_type {

// A short text that speaks to or for someone is a message or a request, even when it is written
// as a sentence: "Let's meet Friday.", "Can you call me on Monday?". News names third parties.
// Possessives ("our help desk", "my office") describe rather than address, and are left out.
inline constexpr std::array<std::string_view, 9> personal_words{"i",   "me",  "we",  "us",    "you",
                                                                "let", "pls", "plz", "please"};

} // namespace kairos::lang::en::doc_type
