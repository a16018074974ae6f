// A file clang cannot compile: clang-tidy reports the error and exits 1.
#include "ndis.h"

VOID Broken(VOID) {
  undeclared_function_argument = 1;
}
