// kairos/kairos.hpp — the umbrella header: values, extraction, event linking, timeline, status.
//
// The io/ headers (JSON, iCalendar, SVG, table) and the fmt formatters are opt-in: include
// them yourself when you need them, so a program that only extracts pulls in neither
// nlohmann/json nor the output code.
#pragma once

#include <kairos/document.hpp>
#include <kairos/event.hpp>
#include <kairos/expected.hpp>
#include <kairos/extractor.hpp>
#include <kairos/link.hpp>
#include <kairos/status.hpp>
#include <kairos/timeline.hpp>
#include <kairos/timex.hpp>
