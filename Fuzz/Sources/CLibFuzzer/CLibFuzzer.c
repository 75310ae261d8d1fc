// Nothing to define: the header declares a function of libFuzzer's runtime. SwiftPM needs one
// source file per C target.
#include "CLibFuzzer.h"
