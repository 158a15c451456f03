// The extraction pipeline: tokenize, match rules, refine, resolve against the anchor, link events.
#include "events/link.hpp"
#include "grammar/en/rules.hpp"
#include "grammar/scan.hpp"
#include "lex/token.hpp"
#include "refine/refine.hpp"
#include "resolve/resolver.hpp"
#include "resolve/tense.hpp"

#include <date/tz.h>
#include <kairos/extractor.hpp>
#include <limits>

namespace kairos {

struct extractor::impl {
    // compiling the rules once here keeps the first extract() as fast as the others
    const grammar::grammar_index& index = grammar::english_index();
};

extractor::extractor() : impl_(std::make_unique<const impl>()) {}
extractor::~extractor() = default;
extractor::extractor(extractor&&) noexcept = default;
extractor& extractor::operator=(extractor&&) noexcept = default;

namespace {

/// Points that set the time under discussion: stated calendar dates, not DCT-relative ones.
bool sets_reference(const grammar::operation& op, const timex& v) {
    if (op.kind != grammar::op_kind::point || op.from != grammar::origin::none) return false;
    if (op.decade >= 0 || op.century >= 0) return false;
    return v.is_point() && v.year().has_value();
}

void resolve_all(const lex::token_stream& ts, const std::vector<grammar::match>& matches,
                 document& doc) {
    resolve::context ctx;
    ctx.dct = doc.dct.day;
    for (const grammar::match& m : matches) {
        ctx.sentence = ts.tokens[m.first].sentence;
        ctx.tense = resolve::tense_around(ts, m.first, m.last);
        ctx.deadline = resolve::after_deadline_word(ts, m.first);
        const auto r = resolve::resolve(m.op, ctx);
        if (!r) continue;
        mention out;
        out.begin = ts.tokens[m.first].begin;
        out.end = ts.tokens[m.last - 1].end;
        out.text.assign(doc.text, out.begin, out.end - out.begin);
        out.type = r->type;
        out.value = r->value;
        out.rule = m.by->name;
        out.stated = m.op.stated;
        out.implied = r->implied;
        out.instant_utc = r->instant_utc;
        out.sentence = ts.tokens[m.first].sentence;
        if (sets_reference(m.op, r->value)) {
            ctx.reference = r->value.with_mod(timex_mod::none);
            ctx.reference_sentence = ts.tokens[m.first].sentence;
        }
        doc.mentions.push_back(std::move(out));
    }
}

void run(document& doc, const grammar::grammar_index& index) {
    const lex::token_stream ts = lex::tokenize(doc.text);
    doc.sentences.reserve(ts.sentences.size());
    for (const auto& s : ts.sentences) {
        if (s.first >= s.last) {
            doc.sentences.push_back({0, 0});
            continue;
        }
        doc.sentences.push_back({ts.tokens[s.first].begin, ts.tokens[s.last - 1].end});
    }
    std::vector<grammar::match> matches = grammar::scan(ts, index);
    refine::refine(ts, matches);
    resolve_all(ts, matches, doc);
}

} // namespace

document extractor::extract(std::string_view text, const extract_options& options) const {
    document doc;
    doc.dct = options.dct;
    constexpr std::size_t limit = std::numeric_limits<std::uint32_t>::max() - 1;
    if (text.size() > limit) {
        text = text.substr(0, limit);
        doc.diagnostics.push_back({{0, static_cast<std::uint32_t>(limit)},
                                   "text longer than 4 GiB: only the first 4 GiB were read"});
    }
    try {
        doc.text.assign(text);
        run(doc, impl_->index);
        if (options.link_events) detail::link_events(doc);
    } catch (const std::exception& e) {
        doc.diagnostics.push_back({{}, std::string("extraction stopped early: ") + e.what()});
    } catch (...) {
        doc.diagnostics.push_back({{}, "extraction stopped early"});
    }
    return doc;
}

namespace {

bool read_number(std::string_view s, std::size_t at, std::size_t n, int& out) {
    if (at + n > s.size()) return false;
    out = lex::to_int(s.substr(at, n));
    return out >= 0;
}

} // namespace

expected<anchor> parse_anchor(std::string_view dct, std::string_view zone) {
    const auto bad = [&](std::string_view why) {
        return error{errc::invalid_argument, "invalid DCT \"" + std::string(dct) +
                                                 "\": " + std::string(why) +
                                                 " (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS])"};
    };
    int y = 0, m = 0, d = 0;
    if (dct.size() < 10 || dct[4] != '-' || dct[7] != '-' || !read_number(dct, 0, 4, y) ||
        !read_number(dct, 5, 2, m) || !read_number(dct, 8, 2, d))
        return bad("not a date");
    const date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(m)},
                                   date::day{static_cast<unsigned>(d)}};
    if (!ymd.ok()) return bad("no such day");
    anchor a;
    a.day = date::sys_days{ymd};
    if (dct.size() > 10) {
        int hh = 0, mm = 0, ss = 0;
        if (dct[10] != 'T' || dct.size() < 16 || dct[13] != ':' || !read_number(dct, 11, 2, hh) ||
            !read_number(dct, 14, 2, mm))
            return bad("bad time of day");
        if (dct.size() > 16 && (dct.size() != 19 || dct[16] != ':' || !read_number(dct, 17, 2, ss)))
            return bad("bad seconds");
        if (hh > 23 || mm > 59 || ss > 59) return bad("no such time of day");
        a.time_of_day = std::chrono::seconds{hh * 3600 + mm * 60 + ss};
    }
    if (!zone.empty()) {
        try {
            (void)date::locate_zone(zone);
        } catch (const std::exception&) {
            return error{errc::unknown_time_zone, "unknown time zone \"" + std::string(zone) +
                                                      "\" (expected an IANA name "
                                                      "such as America/New_York)"};
        }
        a.zone = std::string(zone);
    }
    return a;
}

} // namespace kairos
