# What `cmake --install` lays down, in the FHS layout of GNUInstallDirs: the two programs and, on
# Linux, the desktop entry, icons, AppStream metadata, the workspace file type and manual pages.
set(NAP_APP_ID io.github.napdesk.NapDesk) # also QGuiApplication::desktopFileName (app/main.cpp)
set(NAP_HOMEPAGE https://github.com/napdesk/napdesk)
include(GNUInstallDirs)
# The package's name, not the project's, names the documentation folder (Qt has already set
# CMAKE_INSTALL_DOCDIR from the project name by now).
set(NAP_INSTALL_DOCDIR ${CMAKE_INSTALL_DATADIR}/doc/napdesk)
# Who answers for the packages (Debian Maintainer, changelog trailer): set it when publishing.
set(NAP_PACKAGE_CONTACT "NAP Desk maintainers <maintainers@napdesk.invalid>"
    CACHE STRING "Maintainer of the packages, as: Name <address>")

if(WIN32)
  # The DLLs the programs load (libzip, libxlsxwriter and theirs) go beside them; see the end.
  install(TARGETS napdesk napdesk-cli RUNTIME_DEPENDENCY_SET nap_runtime
          RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
else()
  install(TARGETS napdesk napdesk-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
install(FILES ${PROJECT_SOURCE_DIR}/THIRD-PARTY-NOTICES.txt DESTINATION ${NAP_INSTALL_DOCDIR})

# Installs FILE gzipped, as Debian wants manual pages and changelogs (-n: no time stamp, so
# packages are reproducible); as it is where gzip is missing.
function(nap_install_gzipped file destination)
  find_program(NAP_GZIP gzip)
  if(NAP_GZIP)
    add_custom_command(OUTPUT ${file}.gz COMMAND ${NAP_GZIP} -9 -n -c ${file} > ${file}.gz DEPENDS ${file})
    set_property(GLOBAL APPEND PROPERTY NAP_GZIPPED ${file}.gz)
    install(FILES ${file}.gz DESTINATION ${destination})
  else()
    install(FILES ${file} DESTINATION ${destination})
  endif()
endfunction()

if(UNIX AND NOT APPLE)
  set(res ${PROJECT_SOURCE_DIR}/resources)
  install(FILES ${res}/${NAP_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${res}/${NAP_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${res}/${NAP_APP_ID}.mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
          RENAME ${NAP_APP_ID}.xml)
  install(FILES ${res}/icons/napdesk.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
          RENAME ${NAP_APP_ID}.svg)

  # Fixed sizes for docks and menus that do not scale SVG, rendered when rsvg-convert is there.
  find_program(NAP_RSVG_CONVERT rsvg-convert)
  if(NAP_RSVG_CONVERT)
    set(pngs)
    foreach(size 16 24 32 48 64 128 256)
      set(png ${PROJECT_BINARY_DIR}/icons/${size}x${size}/${NAP_APP_ID}.png)
      add_custom_command(OUTPUT ${png}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/icons/${size}x${size}
        COMMAND ${NAP_RSVG_CONVERT} -w ${size} -h ${size} -o ${png} ${res}/icons/napdesk.svg
        DEPENDS ${res}/icons/napdesk.svg VERBATIM)
      list(APPEND pngs ${png})
      install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
    add_custom_target(napdesk_icons ALL DEPENDS ${pngs})
  else()
    message(STATUS "rsvg-convert not found: only the scalable icon is installed")
  endif()

  # Manual pages in English and Traditional Chinese, version and date filled in (the date
  # honours SOURCE_DATE_EPOCH).
  string(TIMESTAMP NAP_MAN_DATE "%Y-%m-%d" UTC)
  foreach(page napdesk napdesk-cli)
    configure_file(${PROJECT_SOURCE_DIR}/docs/man/${page}.1.in ${PROJECT_BINARY_DIR}/man/en/${page}.1 @ONLY)
    nap_install_gzipped(${PROJECT_BINARY_DIR}/man/en/${page}.1 ${CMAKE_INSTALL_MANDIR}/man1)
    configure_file(${PROJECT_SOURCE_DIR}/docs/man/zh_TW/${page}.1.in ${PROJECT_BINARY_DIR}/man/zh_TW/${page}.1 @ONLY)
    nap_install_gzipped(${PROJECT_BINARY_DIR}/man/zh_TW/${page}.1 ${CMAKE_INSTALL_MANDIR}/zh_TW/man1)
  endforeach()

  # Debian's form of the licence (a machine-readable copyright file pointing at the Apache text
  # every system has) and its changelog, so that any build can be packaged as it is.
  install(FILES ${PROJECT_SOURCE_DIR}/packaging/debian/copyright DESTINATION ${NAP_INSTALL_DOCDIR})
  configure_file(${PROJECT_SOURCE_DIR}/packaging/debian/changelog.in ${PROJECT_BINARY_DIR}/debian/changelog @ONLY)
  nap_install_gzipped(${PROJECT_BINARY_DIR}/debian/changelog ${NAP_INSTALL_DOCDIR})
  get_property(gzipped GLOBAL PROPERTY NAP_GZIPPED)
  if(gzipped)
    add_custom_target(napdesk_gzipped ALL DEPENDS ${gzipped})
  endif()
else()
  install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${NAP_INSTALL_DOCDIR})
endif()

if(WIN32)
  # Qt's DLLs, plugins and translations beside napdesk.exe (windeployqt, through Qt's script; Qt
  # 6.3+), then every other DLL found in the folders where libzip and libxlsxwriter live.
  qt_generate_deploy_app_script(TARGET napdesk FILENAME_VARIABLE nap_deploy_script)
  install(SCRIPT ${nap_deploy_script})
  set(NAP_RUNTIME_DLL_DIRS "${LIBZIP_PREFIX}/bin;${XLSXWRITER_PREFIX}/bin"
      CACHE STRING "Folders holding the DLLs of libzip, libxlsxwriter and their dependencies")
  install(RUNTIME_DEPENDENCY_SET nap_runtime
    PRE_EXCLUDE_REGEXES "api-ms-.*" "ext-ms-.*" "^[Qq]t6.*"
    POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*"
    DIRECTORIES ${NAP_RUNTIME_DLL_DIRS}
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
