// Fuzzes the JSON Lines reader (kairos/io/json.hpp, read_jsonl_record) on arbitrary bytes.
// Invariants: no crash, no escaping exception; an error names the line; an accepted record
// written back as {"id","dct","text"} reads back equal; the error line writer accepts any
// message bytes; the flat reader and the direct string writer of kairos/io/json_text.hpp say
// what nlohmann's tree says (the record or the same error; the same bytes).
#include "fuzz_check.hpp"

#include <cstddef>
#include <cstdint>
#include <kairos/io/json.hpp>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view line(reinterpret_cast<const char*>(data), size);
    const auto r = kairos::io::read_jsonl_record(line, 7);
    const auto tree = kairos::io::detail::js::tree_record(line, 7);
    KAIROS_FUZZ_CHECK(r.has_value() == tree.has_value());
    if (r && tree) KAIROS_FUZZ_CHECK(*r == *tree);
    if (!r && !tree) KAIROS_FUZZ_CHECK(r.err().message == tree.err().message);
    std::string direct;
    kairos::io::detail::js::writer(direct, -1).string(line);
    KAIROS_FUZZ_CHECK(direct ==
                      nlohmann::json(std::string(line))
                          .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    if (!r) {
        KAIROS_FUZZ_CHECK(r.err().message.rfind("line 7", 0) == 0);
        const auto out = kairos::io::jsonl_error_line(line, r.err());
        KAIROS_FUZZ_CHECK(out.find('\n') == std::string::npos);
        return 0;
    }
    nlohmann::json j;
    j["id"] = r->id;
    j["dct"] = r->dct;
    j["text"] = r->text;
    const auto again = kairos::io::read_jsonl_record(j.dump(), 1);
    KAIROS_FUZZ_CHECK(again.has_value());
    KAIROS_FUZZ_CHECK(*again == *r);
    return 0;
}
