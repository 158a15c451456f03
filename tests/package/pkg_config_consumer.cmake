# Builds and runs the consumer with the compiler flags pkg-config gives for an installed kairos,
# as a Makefile user would; fails on any step. PREFIX is where `cmake --install --prefix`
# put kairos, so the test also proves kairos.pc names that prefix and not the configured one.
find_program(PKG_CONFIG NAMES pkg-config pkgconf REQUIRED)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
file(GLOB_RECURSE pc_files ${PREFIX}/*/kairos.pc)
list(LENGTH pc_files n)
if(NOT n EQUAL 1)
    message(FATAL_ERROR "expected one installed kairos.pc under ${PREFIX}, found: ${pc_files}")
endif()
get_filename_component(pc_dir ${pc_files} DIRECTORY)
set(ENV{PKG_CONFIG_PATH} ${pc_dir})

execute_process(COMMAND ${PKG_CONFIG} --variable=includedir kairos
                OUTPUT_VARIABLE includedir OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "pkg-config does not know kairos: ${rc}")
endif()
if(NOT EXISTS ${includedir}/kairos/kairos.hpp)
    message(FATAL_ERROR "kairos.pc's includedir ${includedir} lacks kairos/kairos.hpp")
endif()

execute_process(COMMAND ${PKG_CONFIG} --cflags --libs kairos
                OUTPUT_VARIABLE flags OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "pkg-config --cflags --libs kairos failed: ${rc}")
endif()
separate_arguments(flags UNIX_COMMAND "${flags}")
execute_process(COMMAND ${CXX} -std=c++20 ${SRC}/main.cpp -o ${WORK}/consumer ${flags} -pthread
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "the consumer does not build with pkg-config's flags: ${flags}")
endif()
execute_process(COMMAND ${WORK}/consumer RESULT_VARIABLE rc OUTPUT_VARIABLE out)
message(STATUS "consumer printed: ${out}")
if(NOT rc EQUAL 0 OR NOT out MATCHES "2025-09-17")
    message(FATAL_ERROR "the pkg-config consumer failed (${rc}): ${out}")
endif()
