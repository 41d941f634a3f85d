# Optional instrumentation for scripts/run-sanitizers.sh and scripts/fuzz.sh. Applied to every
# target in the tree, so the library code the tests and the fuzz target reach is checked too.
option(NAP_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(NAP_BUILD_FUZZ "Build the libFuzzer targets in fuzz/ (clang only)" OFF)

if(NAP_SANITIZE)
  if(MSVC)
    message(FATAL_ERROR "NAP_SANITIZE needs GCC or clang")
  endif()
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()

if(NAP_BUILD_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "NAP_BUILD_FUZZ needs clang (libFuzzer): -DCMAKE_CXX_COMPILER=clang++")
  endif()
  # Coverage feedback for libFuzzer in the code under test; the fuzz target links the driver.
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
