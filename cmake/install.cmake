include(CMakePackageConfigHelpers)

install(DIRECTORY include/kairos DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS kairos kairos_headers EXPORT kairosTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT kairosTargets NAMESPACE kairos::
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/kairos)

configure_package_config_file(cmake/kairosConfig.cmake.in
    ${CMAKE_CURRENT_BINARY_DIR}/kairosConfig.cmake
    INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/kairos)
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/kairosConfigVersion.cmake
    COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/kairosConfig.cmake
              ${CMAKE_CURRENT_BINARY_DIR}/kairosConfigVersion.cmake
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/kairos)

# The prefix as seen from <libdir>/pkgconfig ("../.."), so kairos.pc names the prefix given
# at install time (cmake --install --prefix P), not the one known when configuring.
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
    message(FATAL_ERROR "kairos.pc needs a relative CMAKE_INSTALL_LIBDIR, not ${CMAKE_INSTALL_LIBDIR}")
endif()
file(RELATIVE_PATH KAIROS_PC_UP "/prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/prefix")
configure_file(cmake/kairos.pc.in ${CMAKE_CURRENT_BINARY_DIR}/kairos.pc @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/kairos.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
