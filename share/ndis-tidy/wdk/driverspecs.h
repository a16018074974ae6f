/* driverspecs.h - ndis-tidy's model: the annotations live in sal.h. */
#include "sal.h"
