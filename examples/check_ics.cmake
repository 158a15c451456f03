# Runs export_ics twice: the files must be byte-identical, and python3-icalendar must read the
# deadline's date back. Skipped (passes with a message) when python3-icalendar is missing.
execute_process(COMMAND ${EXE} dummy-missing-2025-01-01.txt RESULT_VARIABLE bad ERROR_QUIET OUTPUT_QUIET)
if(bad EQUAL 0)
    message(FATAL_ERROR "export_ics accepted a file that does not exist")
endif()
foreach(run a b)
    execute_process(COMMAND ${EXE} RESULT_VARIABLE rc OUTPUT_FILE ${OUT}/export_${run}.ics)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "export_ics failed: ${rc}")
    endif()
endforeach()
file(SHA256 ${OUT}/export_a.ics a)
file(SHA256 ${OUT}/export_b.ics b)
if(NOT a STREQUAL b)
    message(FATAL_ERROR "two runs gave different calendars")
endif()
execute_process(COMMAND ${PYTHON} -c "import icalendar" RESULT_VARIABLE have ERROR_QUIET)
if(NOT have EQUAL 0)
    message(STATUS "python3-icalendar missing: parse check skipped")
    return()
endif()
execute_process(
    COMMAND ${PYTHON} -c
        "import sys,icalendar\nc=icalendar.Calendar.from_ical(open(sys.argv[1],'rb').read())\nfor t in c.walk('VEVENT'):\n    print(t.get('SUMMARY'), t.get('DTSTART').dt.isoformat())"
        ${OUT}/export_a.ics
    RESULT_VARIABLE rc OUTPUT_VARIABLE events ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT events MATCHES "deadline: TikTok divestment 2025-09-17")
    message(FATAL_ERROR "icalendar did not read the deadline back: ${events} ${err}")
endif()
